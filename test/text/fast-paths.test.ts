// The reader's shortcuts give exactly what the long way gives: the scanner reads
// a text's units from a typed array (CodeUnits) as charCodeAt would, and
// saysGenuine's word-cache check never hides a genuine-exact phrase.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RuleSet } from '../../src/rules/types.js';
import { ReaderCore } from '../../src/text/core.js';
import { GAP, GAP_WORDS, PhraseTrie } from '../../src/text/matcher.js';
import { CodeUnits, isWordChar, scan, wordHash } from '../../src/text/scan.js';
import { compilePhrases } from '../../src/text/phrases.js';
import { BREAK_SYMBOL, NO_SYMBOL, WordCache } from '../../src/text/tokens.js';
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

describe('PhraseTrie', () => {
  /**
   * Every way each phrase matches at each start, the best kept (most words, then fewest gaps,
   * then furthest end), then the covering rule of findAll. Where phrases tie, any of them may
   * be the one found: `chosen` says which the trie took, and the test checks it is among them.
   */
  function reference(phrases: number[][], transparent: boolean[], sym: number[], psym: number[], chosen: (p: number) => number | undefined): number[][] {
    const out: number[][] = [];
    let coveredTo = 0;
    for (let p = 0; p < sym.length; p++) {
      let tied: number[] = [];
      let bestEnd = -1;
      let bestWords = 0;
      let bestGaps = 0;
      phrases.forEach((phrase, group) => {
        const ends = (k: number, pos: number, gaps: number): [number, number][] => {
          if (k === phrase.length) return [[pos, gaps]];
          const s = phrase[k]!;
          if (s === GAP) {
            const found: [number, number][] = [];
            for (let j = 0; j <= GAP_WORDS && pos + j < sym.length; j++) {
              if (j > 0 && sym[pos + j - 1] === BREAK_SYMBOL) break;
              found.push(...ends(k + 1, pos + j, gaps + 1));
            }
            return found;
          }
          if (pos >= sym.length || sym[pos] === BREAK_SYMBOL) return [];
          return sym[pos] === s || psym[pos] === s ? ends(k + 1, pos + 1, gaps) : [];
        };
        const words = phrase.filter((s) => s !== GAP).length;
        for (const [end, gaps] of ends(0, p, 0)) {
          if (words > bestWords || (words === bestWords && (gaps < bestGaps || (gaps === bestGaps && end > bestEnd)))) {
            tied = [group];
            bestEnd = end;
            bestWords = words;
            bestGaps = gaps;
          } else if (words === bestWords && gaps === bestGaps && end === bestEnd && !tied.includes(group)) tied.push(group);
        }
      });
      if (tied.length === 0 || bestEnd <= coveredTo) continue;
      const took = chosen(p);
      const best = took !== undefined && tied.includes(took) ? took : tied[0]!;
      if (bestGaps === 0 && !transparent[best]) coveredTo = bestEnd;
      out.push([p, bestEnd, best]);
    }
    return out;
  }

  it('finds what the plain walk finds, in tries with nodes of many children', () => {
    const symbols = 12;
    // Phrases that share their first word, so some nodes have many children; a gap now and then (never first).
    const phrase = fc
      .tuple(fc.integer({ min: 0, max: 2 }), fc.array(fc.oneof(fc.integer({ min: 0, max: symbols - 1 }), fc.constant(GAP)), { maxLength: 4 }))
      .map(([first, rest]) => {
        // As compiling leaves them: no two gaps in a row, none at the end.
        const p = [first, ...rest].filter((s, i, all) => !(s === GAP && all[i - 1] === GAP));
        while (p[p.length - 1] === GAP) p.pop();
        return p;
      });
    const word = fc.oneof(fc.integer({ min: 0, max: symbols - 1 }), fc.constant(NO_SYMBOL), fc.constant(BREAK_SYMBOL));
    fc.assert(
      fc.property(fc.uniqueArray(phrase, { minLength: 1, maxLength: 40, size: 'max', selector: (p) => p.join() }), fc.array(word, { maxLength: 30, size: 'max' }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (phrases, stream, transparent) => {
        const trie = new PhraseTrie();
        phrases.forEach((p, group) => trie.add(p, group));
        trie.freeze(symbols);
        trie.setTransparent(transparent);
        // The form symbol: now and then another word's, as a past or -ing form is.
        const psym = stream.map((s, i) => (s >= 0 && i % 3 === 0 ? (s + 1) % symbols : NO_SYMBOL));
        const found = trie.findAll(Int32Array.from(stream), Int32Array.from(psym), stream.length);
        const got = Array.from({ length: found.count }, (_, k) => [found.start[k]!, found.end[k]!, found.group[k]!]);
        expect(got).toEqual(reference(phrases, transparent, stream, psym, (p) => got.find((x) => x[0] === p)?.[2]));
        // The same from the arrays saved at build time.
        const loaded = PhraseTrie.fromFrozen(trie.toFrozen());
        loaded.setTransparent(transparent);
        const again = loaded.findAll(Int32Array.from(stream), Int32Array.from(psym), stream.length);
        expect(Array.from({ length: again.count }, (_, k) => [again.start[k]!, again.end[k]!, again.group[k]!])).toEqual(got);
      }),
      { numRuns: 400 },
    );
  });
});

describe('the scanner\'s table of word characters', () => {
  it('agrees with isWordChar for every UTF-16 unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const seen: number[] = [];
      // A unit is read as a word (alone) exactly when isWordChar says so; a space never is.
      scan(String.fromCharCode(c), { word: () => seen.push(1), punct: () => undefined });
      if ((seen.length === 1) !== isWordChar(c)) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
});

describe('the word cache', () => {
  it('gives the same pieces however full it is: growing, emptied at its limit', () => {
    const compiled = compilePhrases(set);
    const roomy = new WordCache(compiled.lexicon, compiled.symbols);
    const small = new WordCache(compiled.lexicon, compiled.symbols, 16, ['really']);
    const words = fc.array(
      fc.oneof(
        fc.constantFrom('asked', 'pin', 'didn\u2019t', "don't", 'really', 'unreally', 'bank', 'transferred', 'extraordinarily-long-word', 'counterintelligence', '5,000', 'n.i.'),
        fc.stringMatching(/^[a-z]{1,20}$/),
      ),
      { minLength: 1, maxLength: 200 },
    );
    fc.assert(
      fc.property(words, (list) => {
        for (const w of list) {
          expect(Array.from(small.partsOf(small.get(w)))).toEqual(Array.from(roomy.partsOf(roomy.get(w))));
          expect(small.watchedAt[small.get(w)]).toBe(w.includes('really') ? 1 : 0);
        }
      }),
      { numRuns: 50 },
    );
  });
});
