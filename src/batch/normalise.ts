// One input record (a JSON value, or a CSV row as an object) → answer bits,
// id and notes, or an error naming the field and what is wrong with it.
// The hot path allocates little: ids are looked up straight into a reused
// bitset, and the lower-cased form is only made when the id as given misses.

import { describeUnknown } from '../engine/answers.js';
import type { Bits, CompiledRuleSet } from '../engine/compile.js';
import { quoteInput } from '../util/output/sanitize.js';
import { QUESTION_IDS, type QuestionId } from '../rules/types.js';
import { closest } from '../util/suggest.js';
import { IdTable, sameAt } from './id-table.js';
import type { ScanTarget } from './input/json-scan.js';
import { FIELDS, type Field } from './record.js';

/** Fields by index in FIELDS: id, then the four questions in order, then notes. */
const ID = 0;
const NOTES = 5;
const FIELD_BIT: Record<Field, number> = { id: 1 << ID, claimed: 2, asked: 4, signs: 8, happened: 16, notes: 1 << NOTES };

export interface NormalisedRecord {
  id: string | number | null;
  /** Notes text to read (trimmed, not empty), if any. */
  notes: string | undefined;
}

export class Normaliser implements ScanTarget {
  /** The answers given, as bits; valid after a successful read. */
  readonly bits: Bits;
  readonly record: NormalisedRecord = { id: null, notes: undefined };
  private readonly index: IdTable[];
  private problems: string[] = [];
  private ignoredKeys: string[] = [];
  private answered = false;
  private seen = 0;

  constructor(
    private readonly rs: CompiledRuleSet,
    private readonly onIgnored: (name: string) => void,
  ) {
    this.bits = new Uint32Array(rs.words);
    this.index = QUESTION_IDS.map((q) => new IdTable(rs.bitIndex[q]));
  }

  /** Read one record; returns an error message (every problem found, joined), or undefined. */
  read(value: unknown): string | undefined {
    this.begin();
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return `the record is ${describeType(value)}, not an object; write one object per line, such as {"id": "A1", "claimed": "police"}`;
    }
    const obj = value as Record<string, unknown>;
    // A parsed JSON object has only own properties; for…in is the fastest walk over them.
    for (const key in obj) {
      const field = fieldFor(key);
      if (field) this.field(field, key, obj[key]);
      else this.ignoredKeys.push(key);
    }
    return this.finish();
  }

  /** Start a record (read() does this itself; the JSON Lines scanner calls it, then the scan* methods). */
  begin(): void {
    this.bits.fill(0);
    this.record.id = null;
    this.record.notes = undefined;
    this.answered = false;
    this.seen = 0;
    if (this.problems.length > 0) this.problems = [];
    if (this.ignoredKeys.length > 0) this.ignoredKeys = [];
  }

  /** The record is complete: report ignored keys; the error message, if any. */
  finish(): string | undefined {
    const keys = this.ignoredKeys;
    if (keys.length === 1) this.onIgnored(keys[0]!);
    else if (keys.length > 1) {
      // Each name once per record, in a time linear in the number of keys (a record may have thousands).
      for (const key of new Set(keys)) this.onIgnored(key);
    }
    if (this.problems.length > 0) return this.problems.join('; ');
    if (!this.answered && this.record.notes === undefined) {
      return 'nothing to check: the record has no answers (claimed, asked, signs, happened) and no notes';
    }
    return undefined;
  }

  // The scanner's side (see input/json-scan.ts), with fields by their index in FIELDS.
  // Each returns false for what it leaves to JSON.parse and read(): a field seen before
  // (JSON keeps the last; a second spelling is an error), and any value that is not
  // text, a list of text, or (for id) a plain number.

  /** The index in FIELDS of the key s[start, end), or -1 for a key scamcheck does not read (noted). */
  scanKey(s: string, start: number, end: number): number {
    const field = fieldIndexAt(s, start, end);
    if (field >= 0) return field;
    const key = s.slice(start, end);
    const named = fieldFor(key);
    if (named !== undefined) return FIELDS.indexOf(named);
    this.ignoredKeys.push(key);
    return -1;
  }

  scanString(field: number, s: string, start: number, end: number): boolean {
    const bit = 1 << field;
    if (this.seen & bit) return false;
    this.seen |= bit;
    if (field === ID) this.id(s.slice(start, end));
    else if (field === NOTES) this.notes(s.slice(start, end));
    else this.idList(field - 1, s, start, end);
    return true;
  }

  /** The question index for a list of answer ids, or -1 to leave it to JSON.parse. */
  scanListStart(field: number): number {
    const bit = 1 << field;
    if (field === ID || field === NOTES || this.seen & bit) return -1;
    this.seen |= bit;
    return field - 1;
  }

  scanListItem(question: number, s: string, start: number, end: number): void {
    this.oneId(question, s, start, end);
  }

  scanNumber(field: number, s: string, start: number, end: number): boolean {
    if (field !== ID || this.seen & 1) return false;
    this.seen |= 1;
    const text = s.slice(start, end);
    const value = Number(text);
    // An integer too large for a double would change (12345678901234567891 → …7000): keep its text exactly.
    this.id(Number.isSafeInteger(value) ? value : text);
    return true;
  }

  /** Set the bits for answer ids from another source (notes read as text); unknown ids are ignored. */
  addAnswers(answers: Partial<Record<QuestionId, readonly string[]>>): void {
    for (let q = 0; q < QUESTION_IDS.length; q++) {
      const ids = answers[QUESTION_IDS[q]!];
      if (!ids) continue;
      for (const id of ids) {
        const bit = this.index[q]!.get(id);
        if (bit >= 0) this.bits[bit >>> 5]! |= 1 << (bit & 31);
      }
    }
  }

  private field(field: Field, key: string, value: unknown): void {
    const bit = FIELD_BIT[field];
    if (this.seen & bit) {
      this.problems.push(`${field} is given twice (as ${quoteInput(key)} and another spelling)`);
      return;
    }
    this.seen |= bit;
    if (value === undefined) return;
    if (field === 'id') return this.id(value);
    if (field === 'notes') return this.notes(value);
    this.answers(field, value);
  }

  private id(value: unknown): void {
    if (typeof value === 'string') this.record.id = value.trim() === '' ? null : value;
    else if (typeof value === 'number' && Number.isFinite(value)) this.record.id = value;
    else this.problems.push(`id is ${describeType(value)}: give the id as text or a number, or leave it out`);
  }

  private notes(value: unknown): void {
    if (typeof value !== 'string') {
      this.problems.push(`notes is ${describeType(value)}: give the notes as text, or leave them out`);
      return;
    }
    // The same limit as --describe and the interview: the rule set's limits.description.
    if (value.length > this.rs.set.limits.description) {
      this.problems.push(`notes is too long (${value.length} characters; the limit is ${this.rs.set.limits.description})`);
      return;
    }
    const text = value.trim();
    if (text !== '') this.record.notes = text;
  }

  private answers(question: QuestionId, value: unknown): void {
    const q = QUESTION_IDS.indexOf(question);
    if (typeof value === 'string') {
      this.idList(q, value, 0, value.length);
      return;
    }
    if (!Array.isArray(value)) {
      this.problems.push(`${question} is ${describeType(value)}: give answer ids as a list, or as text separated by commas`);
      return;
    }
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'string') this.oneId(q, item, 0, item.length);
      else this.problems.push(`${question}[${i}] is ${describeType(item)}: each answer must be an id in text, such as "${this.rs.answerIds[question][0] ?? 'other'}"`);
    }
  }

  /** text[start, end) as "police, bank" — also ";" or "|" between ids, and a JSON list written into a CSV cell. */
  private idList(q: number, text: string, start: number, end: number): void {
    let a = start;
    let b = end;
    while (a < b && text.charCodeAt(a) <= 32) a++;
    while (b > a && text.charCodeAt(b - 1) <= 32) b--;
    if (text.charCodeAt(a) === 91 /* [ */ && text.charCodeAt(b - 1) === 93 /* ] */) {
      try {
        const list: unknown = JSON.parse(text.slice(a, b));
        if (Array.isArray(list)) return this.answers(QUESTION_IDS[q]!, list);
      } catch {
        // Not JSON after all: read it as separated text.
      }
    }
    // Split by hand, leaving out the spaces around each id, so the usual id is looked up in place.
    let from = start;
    for (let i = start; i <= end; i++) {
      const c = i < end ? text.charCodeAt(i) : 44;
      if (c === 44 /* , */ || c === 59 /* ; */ || c === 124 /* | */) {
        let x = from;
        let y = i;
        while (x < y && text.charCodeAt(x) <= 32) x++;
        while (y > x && text.charCodeAt(y - 1) <= 32) y--;
        if (y > x) this.oneId(q, text, x, y);
        from = i + 1;
      }
    }
  }

  /** The id text[start, end): found as given, or trimmed and lower-cased, or reported. */
  private oneId(q: number, text: string, start: number, end: number): void {
    const index = this.index[q]!;
    let bit = index.getAt(text, start, end);
    if (bit < 0) {
      const given = text.slice(start, end);
      const id = given.trim().toLowerCase();
      if (id === '') return;
      bit = index.get(id);
      if (bit < 0) {
        const question = QUESTION_IDS[q]!;
        this.problems.push(describeUnknown(this.rs, question, id).replace(/^"[^"]*"/, quoteInput(given.trim())));
        return;
      }
    }
    this.bits[bit >>> 5]! |= 1 << (bit & 31);
    this.answered = true;
  }
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `text (${quoteInput(value, 30)})`;
    case 'number':
      return `a number (${String(value)})`;
    case 'boolean':
      return `${String(value)}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** The index in FIELDS of the key s[start, end) when it is exactly a field name, else -1; no string is made. */
function fieldIndexAt(s: string, start: number, end: number): number {
  switch (end - start) {
    case 2:
      return sameAt(s, start, 'id') ? ID : -1;
    case 5:
      return sameAt(s, start, 'asked') ? 2 : sameAt(s, start, 'signs') ? 3 : sameAt(s, start, 'notes') ? NOTES : -1;
    case 7:
      return sameAt(s, start, 'claimed') ? 1 : -1;
    case 8:
      return sameAt(s, start, 'happened') ? 4 : -1;
    default:
      return -1;
  }
}

/** The field a key names: exactly, or in another case or with stray spaces ("Claimed", " notes "). */
function fieldFor(key: string): Field | undefined {
  switch (key) {
    case 'id':
    case 'claimed':
    case 'asked':
    case 'signs':
    case 'happened':
    case 'notes':
      return key;
    default: {
      const name = key.trim().toLowerCase();
      return (FIELDS as readonly string[]).includes(name) ? (name as Field) : undefined;
    }
  }
}

/** "Did you mean" for an ignored field or column, if it is close to one scamcheck reads. */
export function suggestField(name: string): string | undefined {
  return closest(name.trim().toLowerCase(), FIELDS);
}
