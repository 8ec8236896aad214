// The character scanner: splits a description into words and the punctuation
// that matters (sentence ends, commas, currency signs), keeping each word's
// place in the original text. One pass over the characters, no regular expressions.
// It reads the text's UTF-16 units from a typed array (CodeUnits), copied in one
// native call: much faster per character than charCodeAt, above all on the
// sliced strings batch hands over (a record's notes are a slice of its line).

export const enum Punct {
  /** . ! ? ; : a dash between words, a line break: ends a sentence or clause. */
  Stop = 1,
  /** , ( ) [ ]: ends a clause unless a list goes on. */
  Comma = 2,
  /** £ $ €: the number after it is money. */
  Currency = 3,
  /** & and +: read as "and". */
  And = 4,
  /** %: read as "percent". */
  Percent = 5,
}

export interface ScanSink {
  /**
   * A word from `start` to `end` (exclusive) in the text. When `ascii`, `hash`
   * is wordHash() of its lower-cased characters; otherwise it is not computed.
   */
  word(start: number, end: number, hash: number, ascii: boolean): void;
  punct(kind: Punct, at: number): void;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return isWordChar(c) && !isDigit(c);
}

/** ".X" at `k` (of `n` units) with X a single letter: the next step of an initialism such as N.I. */
function initialAt(codes: Uint16Array, n: number, k: number): boolean {
  return k + 1 < n && codes[k] === 46 && isLetter(codes[k + 1]!) && (k + 2 >= n || !isWordChar(codes[k + 2]!));
}

/** Word characters below 0x250 (ASCII letters and digits, Latin-1 and Latin Extended letters), as a table. */
const WORD_CHAR = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) {
  WORD_CHAR[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) ? 1 : 0;
}

/** Letters of any script (Latin with accents, Greek, Cyrillic, CJK…) and digits. */
export function isWordChar(c: number): boolean {
  if (c < 0x250) return WORD_CHAR[c] === 1;
  return (c >= 0x300 && c <= 0x1fff) || (c >= 0x2c00 && c <= 0x2dff) || (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
}

/** isWordChar for every UTF-16 unit, as a table: one load per character in the scanner's inner loop. */
const WORD_UNIT = new Uint8Array(0x10000);
// Made from the same ranges as isWordChar, a range at a time (a call per unit costs milliseconds at start-up).
WORD_UNIT.set(WORD_CHAR);
for (const [from, to] of [
  [0x300, 0x1fff],
  [0x2c00, 0x2dff],
  [0x3040, 0x9fff],
  [0xac00, 0xd7af],
] as const) {
  WORD_UNIT.fill(1, from, to + 1);
}

/** ' ’ ‘ ʼ ` ´ ′ — all read as an apostrophe. */
function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x60 || c === 0xb4 || c === 0x2032;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The hash step. `c | 32` lower-cases A–Z and leaves every other character an
 * ASCII word can hold (a–z, 0–9 and ' . , :) as it is; other words are hashed
 * from their lower-cased text, by the same step, so the two always agree.
 */
const step = (h: number, c: number): number => Math.imul(h ^ (c | 32), FNV_PRIME);

/** FNV-1a hash of codes[s, e), ASCII letters lower-cased: the scanner works it out on the way, the word cache uses it. */
export function wordHash(codes: Uint16Array, s: number, e: number): number {
  let h = FNV_OFFSET;
  for (let i = s; i < e; i++) h = step(h, codes[i]!);
  return h;
}

/** Copies a text's UTF-16 units into one reused typed array. */
export class CodeUnits {
  /** The units of the last text loaded, in [0, its length); what lies beyond is left over. */
  codes = new Uint16Array(256);
  private bytes = Buffer.from(this.codes.buffer, this.codes.byteOffset, this.codes.byteLength);

  /** `text`'s units in codes[0, text.length). */
  load(text: string): Uint16Array {
    const n = text.length;
    if (n > this.codes.length) {
      this.codes = new Uint16Array(Math.max(n, this.codes.length * 2));
      this.bytes = Buffer.from(this.codes.buffer, this.codes.byteOffset, this.codes.byteLength);
    }
    // Node writes "utf16le" unit for unit (lone surrogates too): on a little-endian machine that is codes[i] = text.charCodeAt(i).
    if (LITTLE_ENDIAN) this.bytes.write(text, 0, n * 2, 'utf16le');
    else for (let i = 0; i < n; i++) this.codes[i] = text.charCodeAt(i);
    return this.codes;
  }
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** Scan `text` (for a caller that scans once; the reader keeps its CodeUnits). */
export function scan(text: string, sink: ScanSink): void {
  scanCodes(new CodeUnits().load(text), text.length, sink);
}

/** Scan the text whose units are codes[0, n). */
export function scanCodes(codes: Uint16Array, n: number, sink: ScanSink): void {
  let i = 0;
  while (i < n) {
    const c = codes[i]!;
    if (c === 32) {
      i++;
      continue;
    }
    if (WORD_UNIT[c] === 1) {
      const start = i;
      let h = step(FNV_OFFSET, c);
      // Every unit OR-ed together: below 128 means the word is ASCII (no branch per character).
      let units = c;
      let j = i + 1;
      for (;;) {
        for (; j < n; j++) {
          const d = codes[j]!;
          if (WORD_UNIT[d] === 0) break;
          h = step(h, d);
          units |= d;
        }
        // Most words end at a space: nothing to join across then.
        if (j + 1 < n && codes[j] !== 32) {
          const d = codes[j]!;
          const next = codes[j + 1]!;
          // don't, it's, o'clock: an apostrophe between letters stays in the word.
          if (isApostrophe(d) && isWordChar(next) && !isDigit(next)) {
            h = step(step(h, d), next);
            units |= d | next;
            j += 2;
            continue;
          }
          // 5,000  79.99  11:40: separators inside a number.
          if ((d === 44 || d === 46 || d === 58) && isDigit(codes[j - 1]!) && isDigit(next)) {
            h = step(step(h, d), next);
            j += 2;
            continue;
          }
        }
        break;
      }
      // N.I., D.O.B., i.d.: single letters with dots are one word (the lexicon drops the dots).
      if (j === start + 1 && initialAt(codes, n, j)) {
        while (initialAt(codes, n, j)) j += 2;
        if (j < n && codes[j]! === 46) j++;
        h = wordHash(codes, start, j);
      }
      sink.word(start, j, h, units < 128);
      i = j;
      continue;
    }
    switch (c) {
      case 46: // .  between letters (e.on, a.m.) it only separates; otherwise it ends a sentence
        if (!(i > 0 && i + 1 < n && isWordChar(codes[i - 1]!) && isWordChar(codes[i + 1]!))) sink.punct(Punct.Stop, i);
        break;
      case 45: // -  inside a word (co-op, one-time) it separates; between spaces it is a dash
        if (!(i > 0 && i + 1 < n && isWordChar(codes[i - 1]!) && isWordChar(codes[i + 1]!))) {
          if ((i + 1 < n && codes[i + 1]! === 45) || (i > 0 && codes[i - 1]! <= 32) || i + 1 === n || (i + 1 < n && codes[i + 1]! <= 32)) {
            sink.punct(Punct.Stop, i);
          }
        }
        break;
      case 33: // !
      case 63: // ?
      case 59: // ;
      case 58: // :
      case 10: // line feed
      case 13: // carriage return
      case 0x2013: // en dash
      case 0x2014: // em dash
      case 0x2026: // ellipsis
      case 0x2022: // bullet
      case 0x2028: // line separator
      case 0x2029: // paragraph separator
        sink.punct(Punct.Stop, i);
        break;
      case 44: // ,
      case 40: // (
      case 41: // )
      case 91: // [
      case 93: // ]
        sink.punct(Punct.Comma, i);
        break;
      case 0xa3: // £
      case 36: // $
      case 0x20ac: // €
        sink.punct(Punct.Currency, i);
        break;
      case 38: // &
      case 43: // +
        sink.punct(Punct.And, i);
        break;
      case 37: // %
        sink.punct(Punct.Percent, i);
        break;
      default:
        break; // spaces, quotes, slashes, stray apostrophes, emoji: they only separate words
    }
    i++;
  }
}
