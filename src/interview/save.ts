// Asking where to save, and saving: a name the volunteer types or a safe
// default in the current folder, never replacing a file without asking, and a
// clear message (then another go) when the folder is missing or not writable.

import { existsSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { isTerminalSafe, terminalSafe } from '../util/output/sanitize.js';
import { writeFilesSafely } from './files.js';
import type { Prompter } from './prompter.js';
import type { Wording } from './wording.js';

export interface SaveRequest {
  message: string;
  hint: string;
  /** Suggested name, without extension; Enter alone takes it. */
  defaultStem: string;
  /** One file per extension (".html", ".md"), all under the same name. */
  files: { ext: string; content: string }[];
}

export interface SaveContext {
  prompter: Prompter;
  t: Wording;
  cwd: string;
}

/** How a path is shown: as typed when inside the working folder, in full otherwise. */
export function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** The name typed, less any of the extensions being written ("smith.html" → "smith"). */
function stemOf(typed: string, exts: readonly string[]): string {
  const lower = typed.toLowerCase();
  const ext = [...exts, '.htm', '.markdown'].find((e) => lower.endsWith(e));
  return ext ? typed.slice(0, -ext.length) : typed;
}

/** Returns the paths written (as shown to the volunteer). Ctrl-C at any prompt leaves no file behind. */
export async function saveFiles(ctx: SaveContext, req: SaveRequest): Promise<string[]> {
  const { prompter, t, cwd } = ctx;
  const exts = req.files.map((f) => f.ext);
  for (;;) {
    const typed = (await prompter.input({ message: req.message, hint: req.hint, default: req.defaultStem })).trim();
    const stem = stemOf(typed === '' ? req.defaultStem : typed, exts);
    const name = basename(stem);
    if (stem.endsWith('/') || stem.endsWith('\\') || name === '' || name === '.' || name === '..' || !isTerminalSafe(stem)) {
      prompter.write(`${t('file-bad-name')}\n`);
      continue;
    }
    const base = resolve(cwd, stem);
    const targets = req.files.map((f) => ({ path: base + f.ext, content: f.content }));
    const existing = targets.filter((f) => existsSync(f.path));
    let replace = false;
    if (existing.length > 0) {
      const names = existing.map((f) => terminalSafe(shownPath(cwd, f.path))).join(', ');
      replace = await prompter.confirm({ message: t('file-exists', { file: names }), default: false });
      if (!replace) {
        prompter.write(`${t('file-try-again')}\n`);
        continue;
      }
    }
    // All or nothing: every file is written aside first, then all are put in place (files.ts).
    const outcome = writeFilesSafely(targets, { replace });
    if (outcome.ok) return targets.map((f) => shownPath(cwd, f.path));
    const shown = terminalSafe(shownPath(cwd, outcome.path));
    const reason =
      outcome.reason === 'exists'
        ? t('file-exists', { file: shown })
        : outcome.reason === 'no-folder'
          ? t('file-no-folder', { folder: terminalSafe(shownPath(cwd, dirname(outcome.path))) })
          : outcome.reason === 'not-allowed'
            ? t('file-not-allowed')
            : terminalSafe(outcome.message);
    const failed = t('file-failed', { file: shown, reason });
    prompter.write(`${failed}\n${t('file-try-again')}\n`);
  }
}
