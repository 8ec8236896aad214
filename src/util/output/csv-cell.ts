// The one CSV-cell guard, for every CSV scamcheck writes (batch results, the
// help desk's tally). A cell is
//  1. sanitised: terminal escapes, bidi controls and invisible characters are
//     shown as visible escapes (sanitize.ts), tabs and line breaks as \t, \n,
//     so the file is harmless when printed to a terminal (`cat results.csv`);
//  2. guarded (OWASP "CSV injection"): a cell a spreadsheet could take for a
//     formula gets a leading single quote, which spreadsheets show as text.
//     Dangerous: a first character tab, CR or LF, or a first character after
//     any white space or invisible characters of = + - @, in any form that
//     NFKC folds to one of them (＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫ …), or a minus sign
//     (− ➖) or plus (➕). The guard is idempotent: ' is never dangerous;
//  3. quoted when it needs to be (RFC 4180).

import { terminalSafe } from './sanitize.js';

/** Leading characters a spreadsheet may skip: white space, controls and invisible format characters. */
const SKIPPED = /^[\s\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}]*/u;
const TRIGGERS = new Set(['=', '+', '-', '@', '\u2212', '\u2795', '\u2796']);

export function isDangerousCell(cell: string): boolean {
  const first = cell.charAt(0);
  if (first === '\t' || first === '\r' || first === '\n') return true;
  // Fast path: a letter, digit or quote first is never dangerous.
  if (/^[\w'"(]/.test(cell)) return false;
  const rest = cell.slice(SKIPPED.exec(cell)![0].length);
  const cp = rest.codePointAt(0);
  if (cp === undefined) return false;
  const ch = String.fromCodePoint(cp);
  return TRIGGERS.has(ch) || TRIGGERS.has(ch.normalize('NFKC').charAt(0));
}

/** The cell made safe to open in a spreadsheet (and nothing else). */
export function guardCell(cell: string): string {
  return isDangerousCell(cell) ? `'${cell}` : cell;
}

/** The cell sanitised, guarded, then quoted for CSV when it needs to be (RFC 4180). */
export function csvCell(value: string | number): string {
  const safe = guardCell(terminalSafe(String(value)));
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV row (CRLF line end). */
export function csvRow(cells: readonly (string | number)[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}
