// Writing a file the volunteer asked for, safely: the content goes to a
// temporary file created exclusively (`wx`) in the same folder, then is linked
// into place (which refuses an existing file) or, only when the volunteer said
// to replace it, renamed over it. A crash or Ctrl-C never leaves half a file.

import { randomBytes } from 'node:crypto';
import { constants, copyFileSync, existsSync, linkSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type WriteOutcome = { ok: true } | { ok: false; reason: 'exists' | 'no-folder' | 'not-allowed' | 'other'; message: string };

/** "2026-11-22-1432", local time: sorts by date and is safe in a file name everywhere. */
export function fileStamp(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}`;
}

/** The first of `stem`, `stem-2`, `stem-3`… for which no file with any of `extensions` exists in `dir`. */
export function freeStem(dir: string, stem: string, extensions: readonly string[]): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? stem : `${stem}-${n}`;
    if (!extensions.some((ext) => existsSync(join(dir, candidate + ext)))) return candidate;
  }
}

function failure(err: unknown): WriteOutcome {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EEXIST') return { ok: false, reason: 'exists', message: e.message };
  if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return { ok: false, reason: 'no-folder', message: e.message };
  if (e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS') return { ok: false, reason: 'not-allowed', message: e.message };
  return { ok: false, reason: 'other', message: e.message ?? String(err) };
}

/** Write `content` to `path`; an existing file is refused unless `replace`. */
export function writeFileSafely(path: string, content: string, { replace }: { replace: boolean }): WriteOutcome {
  const dir = dirname(path);
  try {
    if (!statSync(dir).isDirectory()) return { ok: false, reason: 'no-folder', message: `${dir} is not a folder` };
  } catch (err) {
    return failure(err);
  }
  try {
    if (statSync(path).isDirectory()) return { ok: false, reason: 'other', message: `${path} is a folder` };
  } catch {
    // Not there yet: the usual case.
  }
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, content, { flag: 'wx' });
  } catch (err) {
    return failure(err);
  }
  try {
    if (replace) {
      renameSync(tmp, path);
      return { ok: true };
    }
    try {
      linkSync(tmp, path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // Some file systems (FAT, some network shares) have no hard links: copy, still refusing an existing file.
      if (code === 'EEXIST') throw err;
      copyFileSync(tmp, path, constants.COPYFILE_EXCL);
    }
    return { ok: true };
  } catch (err) {
    return failure(err);
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      // Already renamed into place.
    }
  }
}
