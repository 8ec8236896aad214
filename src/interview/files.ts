// Writing the files the volunteer asked for, safely: the content goes to
// temporary files created exclusively (`wx`) in the same folder, then each is
// linked into place (which refuses an existing file) or, only when the
// volunteer said to replace it, renamed over it — and only once every
// temporary file was written. A crash or Ctrl-C never leaves half a file; only
// a regular file is ever replaced.

import { constants, copyFileSync, existsSync, linkSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { notReplaceable, tempPathFor } from '../util/out-file.js';

type Failure = { ok: false; reason: 'exists' | 'no-folder' | 'not-allowed' | 'other'; message: string };
/** On failure, `path` names the file that could not be written. */
export type WriteOutcome = { ok: true } | (Failure & { path: string });

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

function failure(err: unknown): Failure {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EEXIST') return { ok: false, reason: 'exists', message: e.message };
  if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return { ok: false, reason: 'no-folder', message: e.message };
  if (e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS') return { ok: false, reason: 'not-allowed', message: e.message };
  return { ok: false, reason: 'other', message: e.message ?? String(err) };
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone (renamed into place, or never made).
  }
}

/** Why `path` cannot be written before anything is tried, if it cannot. */
function precheck(path: string, replace: boolean): Failure | undefined {
  const dir = dirname(path);
  try {
    if (!statSync(dir).isDirectory()) return { ok: false, reason: 'no-folder', message: `${dir} is not a folder` };
  } catch (err) {
    return failure(err);
  }
  // Only ever a regular file is replaced: never a device, a link, a pipe or a folder.
  const why = notReplaceable(path);
  if (why !== undefined) return { ok: false, reason: 'other', message: `${path} ${why}` };
  if (!replace && existsSync(path)) return { ok: false, reason: 'exists', message: `${path} already exists` };
  return undefined;
}

/** Put a written temporary file in place: renamed over the target, or linked (refusing an existing file). */
function commit(tmp: string, path: string, replace: boolean): void {
  if (replace) {
    if (notReplaceable(path) !== undefined) throw Object.assign(new Error(`${path} ${notReplaceable(path)!}`), { code: 'ENOTREG' });
    renameSync(tmp, path);
    return;
  }
  try {
    linkSync(tmp, path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // Some file systems (FAT, some network shares) have no hard links: copy, still refusing an existing file.
    if (code === 'EEXIST') throw err;
    copyFileSync(tmp, path, constants.COPYFILE_EXCL);
  }
  removeQuietly(tmp);
}

/**
 * Write several files as one: every file is first written to a temporary file
 * next to it, and only when all of them are written are they put in place. So
 * a save that fails on its second file (a full disk, say) has not replaced or
 * created the first. An existing file is refused unless `replace`.
 */
export function writeFilesSafely(files: readonly { path: string; content: string }[], { replace }: { replace: boolean }): WriteOutcome {
  for (const f of files) {
    const bad = precheck(f.path, replace);
    if (bad) return { ...bad, path: f.path };
  }
  const temps: string[] = [];
  try {
    for (const f of files) {
      const tmp = tempPathFor(f.path);
      writeFileSync(tmp, f.content, { flag: 'wx' });
      temps.push(tmp);
    }
  } catch (err) {
    for (const t of temps) removeQuietly(t);
    // The file whose temporary copy failed; the temporary one may not have been made at all.
    return { ...failure(err), path: files[temps.length]!.path };
  }
  const committed: string[] = [];
  for (const [i, f] of files.entries()) {
    try {
      commit(temps[i]!, f.path, replace);
      committed.push(f.path);
    } catch (err) {
      for (const t of temps.slice(i)) removeQuietly(t);
      // New files made by this save are taken back; replaced ones cannot be (a rename in one folder rarely fails).
      if (!replace) for (const p of committed) removeQuietly(p);
      return { ...failure(err), path: f.path };
    }
  }
  return { ok: true };
}

/** Write `content` to `path`; an existing file is refused unless `replace`. */
export function writeFileSafely(path: string, content: string, { replace }: { replace: boolean }): WriteOutcome {
  return writeFilesSafely([{ path, content }], { replace });
}
