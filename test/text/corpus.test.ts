// The reader on the corpus of retold real accounts: test/fixtures/corpus/*-tuning.yaml
// (or the files named in SCAMCHECK_CORPUS, separated by ":"). Prints within-bounds %,
// micro precision and recall, genuine calls at "scam" and the misses, and holds
// floors set a little under the figures when they were set. Only the tuning part
// is read here: the held-out part is scored by whoever keeps it, never while tuning.
// The same figures from the command line: node scripts/score-corpus.mjs FILE…
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledRuleSet } from '../../src/engine/compile.js';
import { createReader, type DescriptionReader } from '../../src/text/read.js';
import { builtinRuleSet } from '../helpers/ruleset.js';
import { loadCases, report, scoreCases } from './score.js';

const CORPUS_DIR = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));
const FILES = process.env['SCAMCHECK_CORPUS']
  ? process.env['SCAMCHECK_CORPUS'].split(':').filter(Boolean)
  : existsSync(CORPUS_DIR)
    ? readdirSync(CORPUS_DIR).filter((f) => f.endsWith('-tuning.yaml')).sort().map((f) => join(CORPUS_DIR, f))
    : [];
/**
 * Set under the figures on the tuning parts of all twenty-six rounds (3,329 accounts:
 * within 89.1 %, P 0.698, R 0.513 at the end of the session that added the last one, and 89.4 %,
 * 0.698, 0.513 at the end of the next; see the corpus README for the rounds). An answer a set's writers could not tick ("it felt wrong" on the first
 * six rounds: the corpus's labels.yaml) is left out of precision and recall.
 */
const FLOORS = { withinPct: 89.0, precision: 0.696, recall: 0.511 };

let rs: CompiledRuleSet;
let read: DescriptionReader;
beforeAll(async () => {
  rs = await builtinRuleSet();
  read = createReader(rs.set);
});

describe.runIf(FILES.length > 0)('reading the corpus of real accounts (tuning part)', () => {
  it(`stays within its floors (within bounds ≥ ${FLOORS.withinPct} %, precision ≥ ${FLOORS.precision}, recall ≥ ${FLOORS.recall})`, () => {
    const s = scoreCases(rs, read, loadCases(FILES));
    console.log(report(`corpus, ${FILES.length} file(s)`, s));
    expect(s.cases).toBeGreaterThan(0);
    expect(s.withinPct).toBeGreaterThanOrEqual(FLOORS.withinPct);
    expect(s.precision).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(s.recall).toBeGreaterThanOrEqual(FLOORS.recall);
  });
});

describe('the scoring harness', () => {
  it('counts bounds, answers and genuine calls at "scam"', () => {
    const s = scoreCases(rs, read, [
      { id: 's', kind: 'scam', text: 'A man said he was a police officer and sent a courier to collect my cash, and I handed over £5,000.', expect: { claimed: ['police'], happened: ['paid'] } },
      { id: 'g', kind: 'genuine', text: 'A man said he was a police officer and sent a courier to collect my cash.', expect: { claimed: ['police'], signs: ['no-such-id'] } },
    ]);
    expect(s.cases).toBe(2);
    expect(s.within).toBe(1);
    expect(s.genuineAtScam).toBe(1);
    expect(s.misses.map((m) => m.id)).toEqual(['g']);
    expect(s.unknownIds).toEqual({ 'signs: no-such-id': 1 });
    expect(s.tp).toBeGreaterThanOrEqual(3);
  });

  it("leaves out of precision an answer read that the case's writer could not tick, unless strict", () => {
    const text = 'I got a scam call from a man saying he was from my bank.';
    const labelled = { id: 'a1', kind: 'scam' as const, text, expect: { claimed: ['bank'] } };
    const fair = scoreCases(rs, read, [{ ...labelled, notOffered: ['signs: felt-wrong'] }]);
    const strict = scoreCases(rs, read, [{ ...labelled, notOffered: ['signs: felt-wrong'] }], { strict: true });
    expect(read(text).answers.signs).toContain('felt-wrong');
    expect(fair.notOfferedRead).toEqual({ 'signs: felt-wrong': 1 });
    expect(strict.fp).toBe(fair.fp + 1);
    expect(strict.tp).toBe(fair.tp);
  });

  it('reads which answers a set could not tick from the labels.yaml beside its file', () => {
    const [first] = loadCases([join(CORPUS_DIR, 'a-tuning.yaml')]);
    const [later] = loadCases([join(CORPUS_DIR, 'w-tuning.yaml')]);
    expect(first?.notOffered).toEqual(['signs: felt-wrong', 'signs: new-number']);
    expect(later?.notOffered).toEqual(['signs: new-number']);
  });
});
