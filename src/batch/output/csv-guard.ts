// Spreadsheet-safe CSV cells (OWASP "CSV injection"): a cell that a spreadsheet
// could take for a formula is prefixed with a single quote, which spreadsheets
// show as text. Dangerous: a cell whose first character is a tab, carriage
// return or line feed, or whose first character after any leading white space
// is = + - @ — or a full-width or small form of them (＝＋－＠ ﹦﹢﹣﹫), or the
// minus sign −. The guard is idempotent: a guarded cell starts with ', which is
// never dangerous, so guarding it again changes nothing.

// eslint-disable-next-line no-control-regex -- control characters before a formula are the point
const DANGEROUS = /^(?:[\t\r\n]|[\s\u0000-\u001f\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b\u2212])/;

export function isDangerousCell(cell: string): boolean {
  return DANGEROUS.test(cell);
}

/** The cell made safe to open in a spreadsheet. */
export function guardCell(cell: string): string {
  return DANGEROUS.test(cell) ? `'${cell}` : cell;
}

/** The cell guarded, then quoted for CSV when it needs to be (RFC 4180). */
export function csvCell(cell: string): string {
  const safe = guardCell(cell);
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}
