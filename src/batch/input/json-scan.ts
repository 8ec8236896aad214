// A fast path for the usual JSON Lines record: one flat object whose values are
// text, lists of text, or plain numbers. It feeds the fields straight to the
// normaliser, without building an object, a list or an escaped string.
// Anything else — an escape (\"), a nested object, true/false/null, a
// fraction, a repeated field, or a line that is not JSON at all — makes it
// return false, and the caller uses JSON.parse, which handles everything and
// words the errors. Where it returns true it has read exactly what JSON.parse
// would (the tests compare the two on random lines).

export interface ScanTarget {
  begin(): void;
  /** The field the key s[start, end) names (its index), or -1 for a key that is not read. */
  scanKey(s: string, start: number, end: number): number;
  /** Each returns false (or -1) when the value must be left to JSON.parse. Values are s[start, end). */
  scanString(field: number, s: string, start: number, end: number): boolean;
  /** The question index for a list of answer ids, or -1. */
  scanListStart(field: number): number;
  scanListItem(question: number, s: string, start: number, end: number): void;
  /** A plain integer s[start, end) (its text, so that one too large for a double can be kept exactly). */
  scanNumber(field: number, s: string, start: number, end: number): boolean;
}

const QUOTE = 34;

function skipWs(s: string, i: number): number {
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else return i;
  }
}

// A line with a backslash (an escape) or a control character (not allowed raw in a
// JSON string) goes to JSON.parse whole; in any other line a string ends at the next quote.
// eslint-disable-next-line no-control-regex
const NOT_PLAIN = /[\\\u0000-\u001f]/;

/** End of a plain integer (-?(0|[1-9][0-9]*)) at i, or -1 for anything else (fractions and exponents included). */
function integerEnd(s: string, i: number): number {
  if (s.charCodeAt(i) === 45 /* - */) i++;
  const first = s.charCodeAt(i);
  if (first === 48 /* 0 */) i++;
  else if (first >= 49 && first <= 57) {
    i++;
    while (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  } else return -1;
  const next = s.charCodeAt(i);
  if (next === 46 /* . */ || next === 101 /* e */ || next === 69 /* E */ || (next >= 48 && next <= 57)) return -1;
  return i;
}

/** Read `s` into `t`; false means "not the usual shape: use JSON.parse" (t's state is then to be discarded). */
export function scanJsonRecord(s: string, t: ScanTarget): boolean {
  // White space between tokens is rare in exports: each step looks at the next character, and skips only if it must.
  let i = 0;
  let c = s.charCodeAt(0);
  if (c <= 32) c = s.charCodeAt((i = skipWs(s, i)));
  if (c !== 123 /* { */ || NOT_PLAIN.test(s)) return false;
  t.begin();
  c = s.charCodeAt(++i);
  if (c <= 32) c = s.charCodeAt((i = skipWs(s, i)));
  if (c === 125 /* } */) return skipWs(s, i + 1) === s.length;
  for (;;) {
    if (c !== QUOTE) return false;
    const keyEnd = s.indexOf('"', i + 1);
    if (keyEnd < 0) return false;
    const field = t.scanKey(s, i + 1, keyEnd);
    i = keyEnd + 1;
    c = s.charCodeAt(i);
    if (c <= 32) c = s.charCodeAt((i = skipWs(s, i)));
    if (c !== 58 /* : */) return false;
    c = s.charCodeAt(++i);
    if (c <= 32) c = s.charCodeAt((i = skipWs(s, i)));
    if (c === QUOTE) {
      const end = s.indexOf('"', i + 1);
      if (end < 0 || (field >= 0 && !t.scanString(field, s, i + 1, end))) return false;
      i = end + 1;
    } else if (c === 91 /* [ */) {
      const q = field >= 0 ? t.scanListStart(field) : -1;
      if (q < 0) return false;
      c = s.charCodeAt(++i);
      if (c <= 32) c = s.charCodeAt((i = skipWs(s, i)));
      if (c === 93 /* ] */) i++;
      else {
        for (;;) {
          if (c !== QUOTE) return false;
          const end = s.indexOf('"', i + 1);
          if (end < 0) return false;
          t.scanListItem(q, s, i + 1, end);
          i = end + 1;
          c = s.charCodeAt(i);
          if (c <= 32) c = s.charCodeAt((i = skipWs(s, i)));
          if (c === 93) {
            i++;
            break;
          }
          if (c !== 44 /* , */) return false;
          c = s.charCodeAt(++i);
          if (c <= 32) c = s.charCodeAt((i = skipWs(s, i)));
        }
      }
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      const end = integerEnd(s, i);
      if (end < 0 || (field >= 0 && !t.scanNumber(field, s, i, end))) return false;
      i = end;
    } else if (field < 0 && (s.startsWith('true', i) || s.startsWith('null', i))) {
      i += 4;
    } else if (field < 0 && s.startsWith('false', i)) {
      i += 5;
    } else return false;
    c = s.charCodeAt(i);
    if (c <= 32) c = s.charCodeAt((i = skipWs(s, i)));
    if (c === 44 /* , */) {
      c = s.charCodeAt(++i);
      if (c <= 32) c = s.charCodeAt((i = skipWs(s, i)));
      continue;
    }
    if (c === 125 /* } */) return skipWs(s, i + 1) === s.length;
    return false;
  }
}

/**
 * After JSON.parse of the line `s` into `obj`: an id written as an integer too large for a
 * double (above 2^53, such as 12345678901234567891) is put back as its exact text. JSON.parse
 * has already checked the line, so this walk over its top level can be lenient.
 */
export function keepLargeIds(s: string, obj: Record<string, unknown>): void {
  let i = skipWs(s, 0);
  if (s.charCodeAt(i) !== 123) return;
  const raw = new Map<string, string>();
  i++;
  for (;;) {
    i = skipWs(s, i);
    if (s.charCodeAt(i) !== QUOTE) break;
    const keyEnd = stringEnd(s, i);
    const key = JSON.parse(s.slice(i, keyEnd)) as string;
    i = skipWs(s, keyEnd);
    if (s.charCodeAt(i) !== 58 /* : */) break;
    i = skipWs(s, i + 1);
    const end = integerEnd(s, i);
    if (end > 0 && key.trim().toLowerCase() === 'id') raw.set(key, s.slice(i, end));
    else if (end > 0) raw.delete(key);
    i = skipWs(s, end > 0 ? end : valueEnd(s, i));
    if (s.charCodeAt(i) !== 44 /* , */) break;
    i++;
  }
  for (const [key, text] of raw) {
    const value = obj[key];
    if (typeof value === 'number' && !Number.isSafeInteger(value)) obj[key] = text;
  }
}

/** The index just past the JSON string starting at s[i] (a quote). */
function stringEnd(s: string, i: number): number {
  for (let k = i + 1; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 92 /* \\ */) k++;
    else if (c === QUOTE) return k + 1;
  }
  return s.length;
}

/** The index just past the JSON value starting at s[i]. */
function valueEnd(s: string, i: number): number {
  let depth = 0;
  for (let k = i; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === QUOTE) {
      k = stringEnd(s, k) - 1;
      if (depth === 0) return k + 1;
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      if (depth === 0) return k;
      if (--depth === 0) return k + 1;
    } else if (depth === 0 && (c === 44 || c <= 32)) return k;
  }
  return s.length;
}
