// The reader's shortcuts give exactly what the long way gives: the scanner reads
// a text's units from a typed array (CodeUnits) as charCodeAt would, and
// saysGenuine's word-cache check never hides a genuine-exact phrase.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RuleSet } from '../../src/rules/types.js';
import { ReaderCore } from '../../src/text/core.js';
import { CodeUnits, scan, wordHash } from '../../src/text/scan.js';
import { builtinRuleSet } from '../helpers/ruleset.js';

let set: RuleSet;
beforeAll(async () => {
  set = (await builtinRuleSet()).set;
});

/** Text with the pieces the shortcuts care about: anchors in every case, apostrophes, non-ASCII, lone surrogates. */
const piece = fc.constantFrom(
  'really', 'REALLY', 'Really', 'rEaLlY', 'actually', 'genuine', 'genuinely', 'along', 'ALONG', 'was', 'them', 'the', 'from', 'my',
  'it', 'had', 'been', 'were', ' ', ' ', '. ', ', ', "'", '’', 'İ', 'é', '\u212a', '\ud800', '😀', 'Привет', '£5,000', 'N.I.', '-', '\n', 'unreally',
);
const text = fc.array(piece, { maxLength: 30 }).map((xs) => xs.join(''));

describe('CodeUnits', () => {
  it('holds the same units as charCodeAt, lone surrogates and all, growing for long texts', () => {
    const units = new CodeUnits();
    for (const t of ['', 'abc', '\ud800x\udc00é😀', 'x'.repeat(5000), 'short again']) {
      const codes = units.load(t);
      expect(Array.from({ length: t.length }, (_, i) => codes[i])).toEqual(Array.from({ length: t.length }, (_, i) => t.charCodeAt(i)));
    }
  });

  it('scans a slice of a longer string as the same words and hashes', () => {
    fc.assert(
      fc.property(text, (t) => {
        const sliced = `##${t}##`.slice(2, -2);
        const seen = (s: string) => {
          const out: string[] = [];
          scan(s, { word: (a, b, h, ascii) => out.push(`${a}-${b}:${ascii ? h : 'x'}`), punct: (k, at) => out.push(`p${k}@${at}`) });
          return out.join(' ');
        };
        expect(seen(sliced)).toBe(seen(t));
      }),
    );
  });

  it('hashes a word as the scanner does', () => {
    const units = new CodeUnits();
    const hashes: number[] = [];
    scan('Really', { word: (_a, _b, h) => hashes.push(h), punct: () => undefined });
    expect(hashes).toEqual([wordHash(units.load('really'), 0, 6)]);
  });
});

describe('saysGenuine', () => {
  it('after reading a text, answers as it does for a text it has not read', () => {
    const reading = new ReaderCore(set);
    const fresh = new ReaderCore(set);
    fc.assert(
      fc.property(text, (t) => {
        reading.find(t);
        fresh.find('something else entirely');
        expect(reading.saysGenuine(t)).toBe(fresh.saysGenuine(t));
      }),
      { numRuns: 500 },
    );
    // And the shortcut is taken: a text with no anchor, read, says no at once.
    reading.find('He said he was from the bank.');
    expect(reading.tokens.watched).toBe(0);
    reading.find('It REALLY was them.');
    expect(reading.tokens.watched).toBe(1);
    expect(reading.saysGenuine('It REALLY was them.')).toBe('it really was');
  });
});
