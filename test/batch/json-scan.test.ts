// The JSON Lines fast path must read exactly what JSON.parse + the normaliser
// read, or decline (return false) and leave the line to them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepLargeIds, scanJsonRecord } from '../../src/batch/input/json-scan.js';
import { Normaliser } from '../../src/batch/normalise.js';
import { builtinRuleSet } from '../helpers/ruleset.js';

const rs = await builtinRuleSet();
const KEYS = ['id', 'claimed', 'asked', 'signs', 'happened', 'notes', 'Claimed', ' notes ', 'ID', 'extra', '__proto__', '5', 'date', 'ask', ''];
const IDS = [...rs.bitAnswer.map((a) => a.id), 'POLICE', ' bank ', 'polise', 'none;', '[police]', 'a,b', 'police; bank | telecom', '["police"]', ''];

const text = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...IDS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }, { weight: 2, arbitrary: fc.string({ maxLength: 20 }) });
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: text },
  { weight: 4, arbitrary: fc.array(text, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.array(fc.oneof(text, fc.integer(), fc.constant(null), fc.array(text, { maxLength: 1 })), { maxLength: 3 }) },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1e21, -7, 2 ** 60)) },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null, {}, { a: 1 }) },
);
const space = fc.constantFrom('', '', '', '', '', ' ', '  ', '\t', ' \r');
/** Key/value pairs (repeats allowed) written as one JSON line, with white space between tokens. */
const line = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom(...KEYS), value, space, space), { maxLength: 7 }), space, space)
  .map(([pairs, before, after]) => `${before}{${pairs.map(([k, v, s1, s2]) => `${s1}${JSON.stringify(k)}${s2}:${s1}${JSON.stringify(v)}${s2}`).join(',')}}${after}`);

function viaScanner(text: string) {
  const ignored: string[] = [];
  const n = new Normaliser(rs, (k) => ignored.push(k));
  if (!scanJsonRecord(text, n)) return undefined;
  const error = n.finish();
  return { error, bits: [...n.bits], record: { ...n.record }, ignored: new Set(ignored) };
}

function viaJsonParse(text: string) {
  const ignored: string[] = [];
  const n = new Normaliser(rs, (k) => ignored.push(k));
  const value: unknown = JSON.parse(text);
  // As the JSON Lines reader does: an integer id too large for a double is kept as its text.
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) keepLargeIds(text, value as Record<string, unknown>);
  const error = n.read(value);
  return { error, bits: [...n.bits], record: { ...n.record }, ignored: new Set(ignored) };
}

describe('scanJsonRecord', () => {
  it('reads what JSON.parse reads, whenever it reads a line at all', () => {
    let scanned = 0;
    fc.assert(
      fc.property(line, (l) => {
        const fast = viaScanner(l);
        if (fast === undefined) return;
        scanned++;
        const slow = viaJsonParse(l);
        expect(fast).toEqual(slow);
        // -0 and 0 print alike, but keep them apart anyway.
        expect(Object.is(fast.record.id, slow.record.id)).toBe(true);
      }),
      { numRuns: 4000 },
    );
    // The comparison means something only if the fast path takes many lines.
    expect(scanned).toBeGreaterThan(400);
  });

  it('never accepts a line JSON.parse refuses', () => {
    const broken = fc.tuple(line, fc.nat(), fc.constantFrom('', '"', '{', '}', ',', ':', '[', ']', 'x', '\\', '\u0001', '0', '.', 'e')).map(([l, at, ch]) => {
      const i = at % (l.length + 1);
      return l.slice(0, i) + ch + l.slice(i + (at % 2));
    });
    fc.assert(
      fc.property(broken, (l) => {
        let valid = true;
        try {
          JSON.parse(l);
        } catch {
          valid = false;
        }
        if (!valid) expect(viaScanner(l)).toBeUndefined();
      }),
      { numRuns: 4000 },
    );
  });

  it.each([
    ['{"id":"a","claimed":"police","asked":["hand-over-cash","withdraw-cash"]}', true],
    [' { "id" : 12 , "claimed" : [ ] , "notes" : "£5 — café" } ', true],
    ['{"extra":true,"claimed":"bank","other":null,"n":-3}', true],
    ['{}', true],
    ['{"notes":"he said \\"police\\""}', false],
    ['{"id":1.5,"claimed":"bank"}', false],
    ['{"claimed":"bank","claimed":"police"}', false],
    ['{"claimed":{"a":1}}', false],
    ['{"claimed":"bank"} x', false],
    ['["police"]', false],
  ])('%s → fast path %s', (l, expected) => {
    expect(viaScanner(l) !== undefined).toBe(expected);
  });
});
