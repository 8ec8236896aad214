// What a condition means is defined once, here, directly over sets of answers:
// `answers` holds when every question it names has at least one of its answers
// given; all / any / not as in logic (an empty all holds, an empty any does not).
// Both back-ends the engine builds from a planned condition (the closure and the
// generated expression), and the plan read directly, must agree with it for
// random conditions — including answers spread over several 32-bit words — and
// random answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closureOf, collectMatchedBits, expressionOf, holds, planCondition, type BitIndex } from '../../src/engine/condition.js';
import { QUESTION_IDS, type Condition, type QuestionId } from '../../src/rules/types.js';

// 4 questions × 20 answers: 80 bits over 3 words, so masks on every word are tried.
const IDS: Record<QuestionId, string[]> = Object.fromEntries(QUESTION_IDS.map((q) => [q, Array.from({ length: 20 }, (_, i) => `${q}-${i}`)])) as Record<QuestionId, string[]>;
const bitIndex = Object.fromEntries(QUESTION_IDS.map((q, qi) => [q, new Map(IDS[q].map((id, i) => [id, qi * 20 + i]))])) as unknown as BitIndex;
const WORDS = 3;

type Given = Record<QuestionId, Set<string>>;

/** The definition. */
function meaning(cond: Condition, given: Given): boolean {
  if ('all' in cond) return cond.all.every((c) => meaning(c, given));
  if ('any' in cond) return cond.any.some((c) => meaning(c, given));
  if ('not' in cond) return !meaning(cond.not, given);
  return (Object.entries(cond.answers) as [QuestionId, string[]][]).every(([q, ids]) => ids.some((id) => given[q].has(id)));
}

const leaf: fc.Arbitrary<Condition> = fc
  .dictionary(fc.constantFrom(...QUESTION_IDS), fc.array(fc.oneof(fc.constantFrom(...QUESTION_IDS.flatMap((q) => IDS[q])), fc.constant('unknown-id')), { minLength: 1, maxLength: 4 }), { minKeys: 1, maxKeys: 3 })
  .map((answers) => ({ answers }));
const condition: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('c'), { maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie('c'), { maxLength: 3 }).map((any) => ({ any })),
    tie('c').map((not) => ({ not })),
  ),
})).c;
const given: fc.Arbitrary<Given> = fc
  .record(Object.fromEntries(QUESTION_IDS.map((q) => [q, fc.subarray(IDS[q], { maxLength: 6 })])) as Record<QuestionId, fc.Arbitrary<string[]>>)
  .map((g) => Object.fromEntries(QUESTION_IDS.map((q) => [q, new Set(g[q])])) as Given);

function bitsOf(g: Given): Uint32Array {
  const bits = new Uint32Array(WORDS);
  for (const q of QUESTION_IDS) for (const id of g[q]) {
    const bit = bitIndex[q].get(id)!;
    bits[bit >>> 5]! |= 1 << (bit & 31);
  }
  return bits;
}

function generated(expr: string): (b: Uint32Array) => boolean {
  const loads = Array.from({ length: WORDS }, (_, w) => `const b${w} = b[${w}] | 0;`).join('\n');
  return new Function('b', `'use strict';\n${loads}\nreturn ${expr};`) as (b: Uint32Array) => boolean;
}

describe('a condition means one thing', () => {
  it('the closure, the generated expression and the plan all agree with the definition', () => {
    fc.assert(
      fc.property(condition, given, (cond, g) => {
        const plan = planCondition(cond, bitIndex);
        const bits = bitsOf(g);
        const want = meaning(cond, g);
        expect(closureOf(plan)(bits)).toBe(want);
        expect(generated(expressionOf(plan))(bits)).toBe(want);
        expect(holds(plan, bits)).toBe(want);
      }),
      { numRuns: 3000 },
    );
  });

  it('names as matched only answers that were given, and only when the condition holds', () => {
    fc.assert(
      fc.property(condition, given, (cond, g) => {
        const plan = planCondition(cond, bitIndex);
        const bits = bitsOf(g);
        const out = new Uint32Array(WORDS);
        collectMatchedBits(plan, bits, out);
        for (let w = 0; w < WORDS; w++) expect(out[w]! & ~bits[w]!).toBe(0);
        if (!meaning(cond, g)) expect([...out]).toEqual([0, 0, 0]);
      }),
      { numRuns: 2000 },
    );
  });

  it('names the answers of a holding branch, not of one that fails', () => {
    const cond: Condition = { any: [{ answers: { claimed: ['claimed-1'], asked: ['asked-2'] } }, { answers: { signs: ['signs-3'] } }] };
    const g: Given = { claimed: new Set(['claimed-1']), asked: new Set(), signs: new Set(['signs-3']), happened: new Set() };
    const out = new Uint32Array(WORDS);
    collectMatchedBits(planCondition(cond, bitIndex), bitsOf(g), out);
    const signs3 = bitIndex.signs.get('signs-3')!;
    expect([...out]).toEqual([...bitsOf({ ...g, claimed: new Set() })]);
    expect(out[signs3 >>> 5]! & (1 << (signs3 & 31))).not.toBe(0);
  });
});
