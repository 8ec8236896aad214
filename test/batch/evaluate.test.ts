// The batch evaluator must agree with check() — verdict, urgent, matched rules
// in order, and the top next step — for any answers, in every region.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Evaluator } from '../../src/batch/evaluate.js';
import { compileMatcher, matchRules } from '../../src/engine/match.js';
import { encodeAnswers } from '../../src/engine/answers.js';
import { check } from '../../src/engine/check.js';
import { compileRuleSet, type CompiledRuleSet } from '../../src/engine/compile.js';
import { QUESTION_IDS, REGIONS, type Answers } from '../../src/rules/types.js';
import { builtinRuleSet, rule, syntheticSet } from '../helpers/ruleset.js';

function answersArb(rs: CompiledRuleSet): fc.Arbitrary<Answers> {
  const pick = (q: (typeof QUESTION_IDS)[number]) => fc.subarray(rs.answerIds[q], { maxLength: Math.min(5, rs.answerIds[q].length) });
  return fc.record({ claimed: pick('claimed'), asked: pick('asked'), signs: pick('signs'), happened: pick('happened') });
}

function agree(rs: CompiledRuleSet, runs: number): void {
  const evaluators = REGIONS.map((region) => ({ region, ev: new Evaluator(rs, region) }));
  const bits = new Uint32Array(rs.words);
  fc.assert(
    fc.property(answersArb(rs), (answers) => {
      encodeAnswers(rs, answers, bits);
      for (const { region, ev } of evaluators) {
        const expected = check(rs, answers, { region });
        const got = ev.evaluate(bits).outcome();
        expect(got).toEqual({
          verdict: expected.verdict,
          urgent: expected.urgent,
          rules: expected.reasons.map((r) => r.rule),
          nextStep: expected.nextSteps[0] ? { id: expected.nextSteps[0].id, text: expected.nextSteps[0].text } : null,
        });
      }
    }),
    { numRuns: runs },
  );
}

describe('Evaluator', () => {
  it('agrees with check() on the built-in rule set, for random answers in every region', async () => {
    agree(await builtinRuleSet(), 1500);
  });

  it('agrees with check() on a small rule set with any, all, not, ties in advice order and region-only advice', () => {
    const set = syntheticSet([
      rule('cash-police', 'scam', { answers: { claimed: ['police'], asked: ['cash'] } }, ['report', 'hang-up']),
      rule('pin', 'high-risk', { any: [{ answers: { asked: ['pin'] } }, { all: [{ answers: { signs: ['urgent'] } }, { answers: { signs: ['threat'] } }] }] }, ['scotland-only', 'check']),
      rule('not-paid', 'suspicious', { all: [{ answers: { claimed: ['bank'] } }, { not: { answers: { happened: ['paid'] } } }] }, ['check']),
      rule('same-order-a', 'suspicious', { answers: { signs: ['threat'] } }, ['report']),
      rule('empty-any', 'scam', { any: [] }, ['hang-up']),
    ]);
    // Two pieces of advice with the same order: the first seen must win, as in check().
    set.advice.push({ ...set.advice[1]!, id: 'check-too', text: 'also check' });
    set.rules.push(rule('tie', 'suspicious', { answers: { signs: ['urgent'] } }, ['check-too', 'check']));
    // A rule's advice tying with the verdict's own: the rule's was seen first, so it wins.
    set.rules.push(rule('low', 'no-known-signs', { answers: { claimed: ['other'] } }, ['check-too']));
    agree(compileRuleSet(set), 800);
  });

  it('gives "no-known-signs" and the verdict\'s own first step when nothing matches', async () => {
    const rs = await builtinRuleSet();
    const out = new Evaluator(rs, 'england').evaluate(new Uint32Array(rs.words)).outcome();
    expect(out.verdict).toBe('no-known-signs');
    expect(out.rules).toEqual([]);
    expect(out.nextStep?.id).toBe(check(rs, { claimed: [], asked: [], signs: [], happened: [] }, { region: 'england' }).nextSteps[0]?.id);
  });
});

describe('compileMatcher', () => {
  it('matches exactly the rules matchRules does, in the same order', async () => {
    const sets = [await builtinRuleSet(), compileRuleSet(syntheticSet([
      rule('leaf-none-known', 'scam', { answers: { claimed: ['no-such-id'] } }),
      rule('empty-leaf', 'suspicious', { answers: {} }),
      rule('empty-all', 'suspicious', { all: [] }),
      rule('nested', 'high-risk', { not: { any: [{ answers: { claimed: ['police', 'bank'], asked: ['cash'] } }, { not: { answers: { signs: ['urgent'] } } }] } }),
    ]))];
    for (const rs of sets) {
      const fast = compileMatcher(rs);
      const a = new Uint16Array(rs.rules.length + 1);
      const b = new Uint16Array(rs.rules.length + 1);
      fc.assert(
        fc.property(fc.array(fc.nat(), { minLength: rs.words, maxLength: rs.words }), (words) => {
          const bits = Uint32Array.from(words);
          const n = matchRules(rs, bits, a);
          expect(fast(bits, b)).toBe(n);
          expect([...b.subarray(0, n)]).toEqual([...a.subarray(0, n)]);
        }),
        { numRuns: 500 },
      );
    }
  });
});
