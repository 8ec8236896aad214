// The reader on probe descriptions: short calls invented by helpers who had not seen
// the phrase lists or the reader (test/fixtures/probes; its README says how they were
// written). Unlike the corpus they have no source page and no answer labels, only
// verdict bounds, so only "within bounds" is scored. pa, pb, pd, pe, pf, ph, pj and
// pq (and later pr, ps, pv, pz, qb, qd, qf) guide the reading; the held-out sets (pc, pg, pk, pm, pn, pt, pu, pw, px, py, qa, qc, qe)
// are only scored.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledRuleSet } from '../../src/engine/compile.js';
import { createReader, type DescriptionReader } from '../../src/text/read.js';
import { builtinRuleSet } from '../helpers/ruleset.js';
import { loadCases, report, scoreCases } from './score.js';

const DIR = fileURLToPath(new URL('../fixtures/probes/', import.meta.url));
const yamlIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(dir, f));
const TUNING = loadCases(yamlIn(DIR));
const HELD_OUT = loadCases(yamlIn(join(DIR, 'held-out')));

/**
 * Set a little under the figures when they were set. First 679 of 750 tuning probes
 * (90.5 %, 80.3 % with the reader before they were written) and 331 of 400 held-out
 * (82.8 %, 80.5 % before). Then ph, pj and pq (tuning) and pk, pm and pn (held out) were
 * added (see the README): 1,007 of 1,200 tuning (83.9 %, 80.4 % with the reader before that
 * session) and 770 of 1,000 held out (77.0 %, 74.0 % before). Then pr, ps and pv (tuning) and pt,
 * pu and pw (held out) were added: 1,390 of 1,650 tuning (84.2 %, 79.9 % with the reader as that
 * session began) and 1,242 of 1,600 held out (77.6 %, 76.1 % before). Then pz (tuning) and px, py
 * (held out) were added: 1,585 of 1,850 tuning (85.7 %, 84.3 % with the reader as that session
 * began) and 1,576 of 2,000 held out (78.8 %, 77.6 % before). Then qb (tuning) and qa (held
 * out) were added: 1,788 of 2,050 tuning (87.2 %, 85.3 % with the reader as that session
 * began) and 1,775 of 2,200 held out (80.7 %, 78.5 % before). Then qd (tuning) and qc (held
 * out) were added: 1,971 of 2,250 tuning (87.6 %, 86.4 % with the reader as that session
 * began) and 1,936 of 2,400 held out (80.7 %, 79.8 % before). Then qf (tuning) and qe (held
 * out) were added: 2,137 of 2,450 tuning (87.2 %, 86.4 % with the reader as that session
 * began) and 2,080 of 2,600 held out (80.0 %, 79.9 % before).
 */
const FLOORS = { tuning: 86.5, heldOut: 79.5 };

let rs: CompiledRuleSet;
let read: DescriptionReader;
beforeAll(async () => {
  rs = await builtinRuleSet();
  read = createReader(rs.set);
});

describe('probe descriptions', () => {
  it('are what the README says: 2,450 tuning and 2,600 held out, about half genuine, each with its bounds', () => {
    expect(TUNING.length).toBe(2450);
    expect(HELD_OUT.length).toBe(2600);
    for (const c of [...TUNING, ...HELD_OUT]) {
      expect(c.text.trim().length, c.id).toBeGreaterThan(0);
      if (c.kind === 'scam') expect(c.max, c.id).toBeUndefined();
      else expect(c.min, c.id).toBeUndefined();
    }
    expect(new Set([...TUNING, ...HELD_OUT].map((c) => c.id)).size).toBe(5050);
    const genuine = [...TUNING, ...HELD_OUT].filter((c) => c.kind === 'genuine').length;
    expect(genuine / 5050).toBeGreaterThan(0.45);
  });

  it(`stay within their floors (tuning ≥ ${FLOORS.tuning} %, held out ≥ ${FLOORS.heldOut} %)`, () => {
    const tuning = scoreCases(rs, read, TUNING);
    const held = scoreCases(rs, read, HELD_OUT);
    console.log(report('probes, tuning', tuning));
    // The held-out figure is not printed (see corpus-integrity.test.ts); a failing floor names it.
    expect(tuning.withinPct, 'tuning probes, % within bounds').toBeGreaterThanOrEqual(FLOORS.tuning);
    expect(held.withinPct, 'held-out probes, % within bounds').toBeGreaterThanOrEqual(FLOORS.heldOut);
  });
});
