// Property-based tests over the built-in rule set: the engine is monotonic,
// deterministic and total (fast-check, at least 1,000 runs each).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.js';
import type { CompiledRuleSet } from '../../src/engine/compile.js';
import { QUESTION_IDS, REGIONS, VERDICTS, type Answers, type QuestionId } from '../../src/rules/types.js';
import { builtinRuleSet } from '../helpers/ruleset.js';

let rs: CompiledRuleSet;
beforeAll(async () => {
  rs = await builtinRuleSet();
});

const RUNS = { numRuns: 1000 };
const rank = (v: string) => VERDICTS.indexOf(v as (typeof VERDICTS)[number]);

function answersArb(): fc.Arbitrary<Answers> {
  return fc.record(Object.fromEntries(QUESTION_IDS.map((q) => [q, fc.subarray(rs.answerIds[q])])) as Record<QuestionId, fc.Arbitrary<string[]>>);
}
const regionArb = () => fc.constantFrom(...REGIONS);
/** One answer id of any question. */
const extraArb = () => fc.constantFrom(...QUESTION_IDS.flatMap((q) => rs.answerIds[q].map((id) => ({ q, id }))));

describe('engine properties (built-in rule set)', () => {
  it('is monotonic: adding an answer never lowers the verdict or clears urgent', () => {
    fc.assert(
      fc.property(answersArb(), extraArb(), regionArb(), (base, { q, id }, region) => {
        const before = check(rs, base, { region });
        const more = { ...base, [q]: [...new Set([...base[q], id])] };
        const after = check(rs, more, { region });
        expect(rank(after.verdict)).toBeGreaterThanOrEqual(rank(before.verdict));
        if (before.urgent) expect(after.urgent).toBe(true);
        // Every rule that matched still matches.
        const afterRules = new Set(after.reasons.map((r) => r.rule));
        for (const r of before.reasons) {
          if (!afterRules.has(r.rule)) expect(rank(after.verdict)).toBeGreaterThanOrEqual(rank(r.verdict));
        }
      }),
      RUNS,
    );
  });

  it('is monotonic over any superset, not just one more answer', () => {
    fc.assert(
      fc.property(answersArb(), answersArb(), regionArb(), (a, b, region) => {
        const union = Object.fromEntries(QUESTION_IDS.map((q) => [q, [...new Set([...a[q], ...b[q]])]])) as Answers;
        const va = rank(check(rs, a, { region }).verdict);
        const vu = rank(check(rs, union, { region }).verdict);
        expect(vu).toBeGreaterThanOrEqual(va);
      }),
      RUNS,
    );
  });

  it('is deterministic: same answers in any order give the same result', () => {
    fc.assert(
      fc.property(answersArb(), regionArb(), fc.integer(), (a, region, seed) => {
        const shuffled = Object.fromEntries(
          QUESTION_IDS.map((q) => [q, [...a[q]].sort((x, y) => ((x.length * 31 + seed) % 7) - ((y.length * 17 + seed) % 7))]),
        ) as Answers;
        expect(check(rs, shuffled, { region })).toEqual(check(rs, a, { region }));
        expect(check(rs, a, { region })).toEqual(check(rs, a, { region }));
      }),
      RUNS,
    );
  });

  it('is total: any valid answers give one of the four verdicts with next steps, never throwing', () => {
    fc.assert(
      fc.property(answersArb(), regionArb(), (a, region) => {
        const r = check(rs, a, { region });
        expect(VERDICTS).toContain(r.verdict);
        expect(r.verdictLabel).not.toMatch(/\bsafe\b/i);
        expect(r.nextSteps.length).toBeGreaterThan(0);
        for (const s of r.nextSteps) expect(s.text.length).toBeGreaterThan(0);
        // Every step has a heading, and the headings come in their order: grouping never reorders steps.
        const groups = r.nextSteps.map((s) => rs.set.stepGroups.findIndex((g) => g.id === s.group));
        expect(groups).not.toContain(-1);
        expect(groups).toEqual([...groups].sort((x, y) => x - y));
        for (const reason of r.reasons) expect(reason.source).toMatch(/^https?:\/\//);
        if (r.verdict !== 'no-known-signs') expect(r.reasons.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('near misses are true: each listed answer alone raises the verdict to the one named, and nothing reaches higher', () => {
    fc.assert(
      fc.property(answersArb(), (a) => {
        const r = check(rs, a, { region: 'england' });
        if (r.verdict === 'scam') expect(r.nearMiss).toBeUndefined();
        if (!r.nearMiss) return;
        expect(rank(r.nearMiss.verdict)).toBeGreaterThan(rank(r.verdict));
        for (const { question, id } of r.nearMiss.answers) {
          expect(['asked', 'signs']).toContain(question);
          const more = { ...a, [question]: [...a[question], id] };
          expect(check(rs, more, { region: 'england' }).verdict).toBe(r.nearMiss.verdict);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never tells Scotland to ring Report Fraud', () => {
    fc.assert(
      fc.property(answersArb(), (a) => {
        const r = check(rs, a, { region: 'scotland' });
        for (const s of r.nextSteps) for (const c of s.contacts) expect(c.phone).not.toBe('0300 123 2040');
      }),
      RUNS,
    );
  });
});
