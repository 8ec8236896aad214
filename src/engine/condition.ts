// What a rule's condition means, in one place. A condition (all / any / not /
// answers) is planned once into word-and-mask tests over the answer bits; the
// plan is then turned into either back-end: a closure (every mode) or the
// source text of one generated function (batch, see generated-matcher.ts). Both
// read the same plan, so they cannot disagree about what a condition means.

import type { Condition, QuestionId } from '../rules/types.js';
import type { Bits } from './compile.js';

/** One answer group of a leaf: true when any of its bits is set. */
export interface BitGroup {
  word: number;
  mask: number;
}

export type ConditionPlan =
  | { kind: 'all'; parts: ConditionPlan[] }
  | { kind: 'any'; parts: ConditionPlan[] }
  | { kind: 'not'; part: ConditionPlan }
  /** For every question named, at least one of its answers: each inner list is one question's bits, by word. */
  | { kind: 'leaf'; questions: BitGroup[][] };

export type BitIndex = Record<QuestionId, ReadonlyMap<string, number>>;

/** The bits of `ids` as (word, mask) pairs; ids the index does not know are left out (validation refuses them). */
export function masksOf(ids: readonly string[], index: ReadonlyMap<string, number>): BitGroup[] {
  const perWord = new Map<number, number>();
  for (const id of ids) {
    const bit = index.get(id);
    if (bit === undefined) continue;
    perWord.set(bit >>> 5, (perWord.get(bit >>> 5) ?? 0) | (1 << (bit & 31)));
  }
  return [...perWord].map(([word, mask]) => ({ word, mask }));
}

export function planCondition(cond: Condition, bitIndex: BitIndex): ConditionPlan {
  if ('all' in cond) return { kind: 'all', parts: cond.all.map((c) => planCondition(c, bitIndex)) };
  if ('any' in cond) return { kind: 'any', parts: cond.any.map((c) => planCondition(c, bitIndex)) };
  if ('not' in cond) return { kind: 'not', part: planCondition(cond.not, bitIndex) };
  // A question part that names no known answer can never match: it stays as an empty group.
  return { kind: 'leaf', questions: (Object.entries(cond.answers) as [QuestionId, string[]][]).map(([q, ids]) => masksOf(ids, bitIndex[q])) };
}

const hits = (b: Bits, group: readonly BitGroup[]) => {
  for (let j = 0; j < group.length; j++) if ((b[group[j]!.word]! & group[j]!.mask) !== 0) return true;
  return false;
};

/** Back-end one: a closure. Specialised for the common one- and two-answer leaves. */
export function closureOf(plan: ConditionPlan): (bits: Bits) => boolean {
  switch (plan.kind) {
    case 'all': {
      const parts = plan.parts.map(closureOf);
      if (parts.length === 1) return parts[0]!;
      return (b) => {
        for (let i = 0; i < parts.length; i++) if (!parts[i]!(b)) return false;
        return true;
      };
    }
    case 'any': {
      const parts = plan.parts.map(closureOf);
      if (parts.length === 1) return parts[0]!;
      return (b) => {
        for (let i = 0; i < parts.length; i++) if (parts[i]!(b)) return true;
        return false;
      };
    }
    case 'not': {
      const inner = closureOf(plan.part);
      return (b) => !inner(b);
    }
    case 'leaf': {
      const qs = plan.questions;
      if (qs.length === 1 && qs[0]!.length === 1) {
        const { word, mask } = qs[0]![0]!;
        return (b) => (b[word]! & mask) !== 0;
      }
      if (qs.length === 2 && qs[0]!.length === 1 && qs[1]!.length === 1) {
        const { word: w1, mask: m1 } = qs[0]![0]!;
        const { word: w2, mask: m2 } = qs[1]![0]!;
        return (b) => (b[w1]! & m1) !== 0 && (b[w2]! & m2) !== 0;
      }
      return (b) => {
        for (let i = 0; i < qs.length; i++) if (!hits(b, qs[i]!)) return false;
        return true;
      };
    }
  }
}

/**
 * Back-end two: the same test as a JavaScript expression over locals b0, b1, …
 * (the answer words). Only numbers from the plan go into it, never text from a
 * rule file, so a rule pack cannot inject code.
 */
export function expressionOf(plan: ConditionPlan): string {
  switch (plan.kind) {
    case 'all':
      return plan.parts.length === 0 ? 'true' : `(${plan.parts.map(expressionOf).join(' && ')})`;
    case 'any':
      return plan.parts.length === 0 ? 'false' : `(${plan.parts.map(expressionOf).join(' || ')})`;
    case 'not':
      return `!${expressionOf(plan.part)}`;
    case 'leaf': {
      const groups = plan.questions.map((group) => {
        const ors = group.map(({ word, mask }) => `(b${Math.trunc(word)} & ${mask | 0}) !== 0`);
        return ors.length === 0 ? 'false' : `(${ors.join(' || ')})`;
      });
      return groups.length === 0 ? 'true' : `(${groups.join(' && ')})`;
    }
  }
}

/** Whether the plan holds for `bits`, read straight from the plan (for the few checks that need no speed). */
export function holds(plan: ConditionPlan, bits: Bits): boolean {
  switch (plan.kind) {
    case 'all':
      return plan.parts.every((p) => holds(p, bits));
    case 'any':
      return plan.parts.some((p) => holds(p, bits));
    case 'not':
      return !holds(plan.part, bits);
    case 'leaf':
      return plan.questions.every((group) => hits(bits, group));
  }
}

/**
 * The given bits that make a holding plan hold, added to `out` (masks by word):
 * those of every holding leaf reached through all / any. A `not` holds by an
 * answer's absence, so it names none. Adds nothing where the plan does not hold.
 */
export function collectMatchedBits(plan: ConditionPlan, bits: Bits, out: Uint32Array): void {
  if (!holds(plan, bits)) return;
  switch (plan.kind) {
    case 'all':
    case 'any':
      for (const p of plan.parts) collectMatchedBits(p, bits, out);
      return;
    case 'not':
      return;
    case 'leaf':
      for (const group of plan.questions) for (const { word, mask } of group) out[word]! |= bits[word]! & mask;
  }
}
