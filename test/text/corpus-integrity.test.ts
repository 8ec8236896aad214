// The corpus of retold real accounts (test/fixtures/corpus, see its README) is
// what it says: at least 400 accounts, at least 30 % genuine calls, each with its
// source page, only real answer ids, and the held-out split by the rule fixed
// before tuning (every third account). The held-out part is scored here — never
// read while tuning — and held to a floor a little under what it measured, so
// the figures the README reports cannot quietly fall.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAnswerIds } from '../../src/engine/answers.js';
import type { CompiledRuleSet } from '../../src/engine/compile.js';
import { createReader, type DescriptionReader } from '../../src/text/read.js';
import { builtinRuleSet } from '../helpers/ruleset.js';
import { loadCases, scoreCases } from './score.js';

const DIR = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));
const files = (part: string) => readdirSync(DIR).filter((f) => f.endsWith(`-${part}.yaml`)).sort().map((f) => join(DIR, f));
const TUNING = loadCases(files('tuning'));
const HELD_OUT = loadCases(files('held-out'));

/**
 * Under what the held-out parts of all twenty-six rounds measured (1,636 accounts:
 * 84.0 %, P 0.672, R 0.503 at the end of the session that added the last one, and 84.1 %, 0.672,
 * 0.502 at the end of the next; README). An answer a set's writers could not tick
 * ("it felt wrong" on the first six rounds: the corpus's labels.yaml) is left
 * out of precision and recall.
 */
const HELD_OUT_FLOORS = { withinPct: 83.9, precision: 0.671, recall: 0.501 };

let rs: CompiledRuleSet;
let reader: DescriptionReader;
beforeAll(async () => {
  rs = await builtinRuleSet();
  reader = createReader(rs.set);
});

describe('the corpus of real accounts', () => {
  it('is at least 400 accounts, 30 % genuine, each with its source page, region and basis', () => {
    const all = [...TUNING, ...HELD_OUT];
    expect(all.length).toBeGreaterThanOrEqual(4965);
    expect(all.filter((a) => a.kind === 'genuine').length / all.length).toBeGreaterThanOrEqual(0.3);
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
    for (const a of all) {
      expect(a.source, a.id).toMatch(/^https?:\/\/\S+$/);
      expect(['scam', 'genuine'], a.id).toContain(a.kind);
      expect(['england', 'wales', 'scotland', 'northern-ireland', 'uk'], a.id).toContain(a.region);
      expect(['personal-account', 'reported-incident', 'organisation-description'], a.id).toContain(a.basis);
    }
  });

  it('is split by the rule fixed before tuning: every third account is held out', () => {
    // An id is its set's letters (one or two), then its number: c003, ab012.
    const number = (id: string) => Number(/^[a-z]{1,2}(\d+)$/.exec(id)?.[1]);
    for (const a of TUNING) expect(number(a.id) % 3, a.id).not.toBe(0);
    for (const a of HELD_OUT) expect(number(a.id) % 3, a.id).toBe(0);
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(1636);
  });

  it('uses only real answer ids', () => {
    for (const a of [...TUNING, ...HELD_OUT]) expect(checkAnswerIds(rs, a.expect ?? {}).problems.map((p) => p.message), a.id).toEqual([]);
  });

  it('held-out part: scored (never tuned on), within its floors', () => {
    const s = scoreCases(rs, reader, HELD_OUT);
    // Nothing is printed: the held-out figures are looked at on purpose (scripts/score-corpus.mjs), not on
    // every test run, so nobody tunes on them by accident. A floor that fails names its figure.
    expect(s.withinPct, 'held-out part, % within bounds').toBeGreaterThanOrEqual(HELD_OUT_FLOORS.withinPct);
    expect(s.precision, 'held-out part, precision').toBeGreaterThanOrEqual(HELD_OUT_FLOORS.precision);
    expect(s.recall, 'held-out part, recall').toBeGreaterThanOrEqual(HELD_OUT_FLOORS.recall);
  });
});
