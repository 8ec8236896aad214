// The independent definition the safety tests judge by — not the sanitiser's
// or the CSV guard's own tables:
// - dangerous on a terminal: Unicode general categories Cc (C0, C1, DEL), Cf
//   (bidi controls, zero-width and other invisible format characters, the
//   BOM), Zl and Zp (U+2028, U+2029), and lone surrogates;
// - a spreadsheet formula (OWASP "CSV injection"): a cell starting with tab or
//   CR (or LF), or whose text, NFKC-folded and with leading white space and
//   invisible (Cf) characters
//   removed, starts with = + - @ (or the minus sign U+2212).

export const DANGEROUS = /\p{Cc}|\p{Cf}|\p{Zl}|\p{Zp}|\p{Cs}/u;

/** Dangerous characters found in `text`, ignoring those `allowed` (e.g. "\n"). */
export function dangerousIn(text: string, allowed = ''): string[] {
  const found: string[] = [];
  for (const ch of text) if (DANGEROUS.test(ch) && !allowed.includes(ch)) found.push(`U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  return found;
}

/** Named examples, written out by hand: a table test on top of the categories. */
export const NAMED = {
  ESC: '\u001b',
  BEL: '\u0007',
  'CSI (C1)': '\u009b',
  'NEL (C1)': '\u0085',
  'OSC (C1)': '\u009d',
  DEL: '\u007f',
  CR: '\r',
  'RIGHT-TO-LEFT OVERRIDE': '\u202e',
  'LEFT-TO-RIGHT ISOLATE': '\u2066',
  'POP DIRECTIONAL ISOLATE': '\u2069',
  'RIGHT-TO-LEFT MARK': '\u200f',
  'ARABIC LETTER MARK': '\u061c',
  'ZERO WIDTH SPACE': '\u200b',
  'ZERO WIDTH JOINER': '\u200d',
  'WORD JOINER': '\u2060',
  'BYTE ORDER MARK': '\ufeff',
  'SOFT HYPHEN': '\u00ad',
  'MONGOLIAN VOWEL SEPARATOR': '\u180e',
  'LINE SEPARATOR': '\u2028',
  'PARAGRAPH SEPARATOR': '\u2029',
  'TAG LATIN CAPITAL A': '\u{e0041}',
  'LONE SURROGATE': '\ud800',
} as const;

/** Would a spreadsheet take this cell (its value, after CSV parsing) for a formula? */
export function formulaLike(value: string): boolean {
  if (/^[\t\r\n]/.test(value)) return true;
  const folded = value.normalize('NFKC').replace(/^[\s\p{Cf}]+/u, '');
  return /^[=+\-@\u2212]/.test(folded);
}

/** Cells the help-desk tally and the batch once let through, and the classic triggers. */
export const FORMULA_CELLS = [
  '=1+2',
  '+1',
  '-1+2',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  ' =HYPERLINK("http://x")',
  '\u3000=1',
  '\u00a0+1',
  '\u2212\u0031+2', // −1+2, the minus sign
  '\ufe62cmd', // ﹢cmd, small plus
  '\uff1d1', // ＝1, full-width
  '\uff20x', // ＠x
  '\ufe63\ufe63', // ﹣
  '\u207c1', // ⁼1, superscript equals (NFKC: =)
  '\u200b=HYPERLINK()',
  '\ufeff=1',
  '\u2060@x',
];
