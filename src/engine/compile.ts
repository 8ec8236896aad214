// Compiling a rule set once into plain synchronous tests over a bitset of
// answers, so a check costs a few word operations per rule and allocates nothing
// per rule (batch mode runs a million of these).

import { QUESTION_IDS, VERDICTS, type AdviceDef, type Condition, type HeadlineDef, type QuestionId, type RuleDef, type RuleSet } from '../rules/types.js';
import { closureOf, planCondition, type BitIndex, type ConditionPlan } from './condition.js';

export type Bits = Uint32Array;
export type Test = (bits: Bits) => boolean;

/** Advice or a headline with its `when` compiled and its verdict range as ranks (0…3). */
export interface CompiledAdvice {
  def: AdviceDef;
  /** Absent when the item always applies. */
  test?: Test;
  minRank: number;
  maxRank: number;
}
export interface CompiledHeadline {
  def: HeadlineDef;
  test?: Test;
  minRank: number;
  maxRank: number;
}

export interface CompiledRule {
  def: RuleDef;
  /** Index of the verdict in VERDICTS: 0 (no-known-signs) … 3 (scam). */
  rank: number;
  /** The condition, planned once (see condition.ts); `test` is its closure. */
  plan: ConditionPlan;
  test: Test;
}

export interface CompiledRuleSet {
  set: RuleSet;
  /** For each question, answer id → bit position. */
  bitIndex: Record<QuestionId, Map<string, number>>;
  /** Valid answer ids per question, in the rule set's order. */
  answerIds: Record<QuestionId, string[]>;
  /** Reverse of bitIndex. */
  bitAnswer: { question: QuestionId; id: string }[];
  /** Bits of neutral answers ("none", "nothing", "not sure"). */
  neutralBits: Set<number>;
  words: number;
  /** Active rules (disabled ones left out), highest verdict first, then in file order. */
  rules: CompiledRule[];
  urgentMask: Bits;
  /** Every advice item by id (the first with the id), with its conditions compiled. */
  advice: Map<string, CompiledAdvice>;
  /** For each rule (as in `rules`), then for each verdict rank, its advice resolved and sorted by order (ties in listed order). */
  ruleAdvice: CompiledAdvice[][];
  verdictAdvice: CompiledAdvice[][];
  headlines: CompiledHeadline[];
}

export function compileRuleSet(set: RuleSet): CompiledRuleSet {
  const bitIndex = {} as Record<QuestionId, Map<string, number>>;
  const answerIds = {} as Record<QuestionId, string[]>;
  const bitAnswer: { question: QuestionId; id: string }[] = [];
  for (const q of QUESTION_IDS) {
    bitIndex[q] = new Map();
    answerIds[q] = [];
    for (const a of set.questions.find((x) => x.id === q)?.answers ?? []) {
      bitIndex[q].set(a.id, bitAnswer.length);
      answerIds[q].push(a.id);
      bitAnswer.push({ question: q, id: a.id });
    }
  }
  const words = Math.max(1, Math.ceil(bitAnswer.length / 32));
  const neutralBits = new Set<number>();
  for (const q of set.questions) for (const a of q.answers) if (a.neutral) neutralBits.add(bitIndex[q.id].get(a.id)!);
  const urgentMask = new Uint32Array(words);
  for (const q of set.questions) {
    for (const a of q.answers) {
      if (!a.urgent) continue;
      const bit = bitIndex[q.id].get(a.id);
      if (bit !== undefined) urgentMask[bit >>> 5]! |= 1 << (bit & 31);
    }
  }
  const disabled = new Set(set.disabled.map((d) => d.rule));
  const rules = set.rules
    .filter((r) => !disabled.has(r.id))
    .map((def, order) => {
      const plan = planCondition(def.when, bitIndex);
      return { def, order, rank: VERDICTS.indexOf(def.verdict), plan, test: closureOf(plan) };
    })
    .sort((a, b) => b.rank - a.rank || a.order - b.order)
    .map(({ def, rank, plan, test }) => ({ def, rank, plan, test }));
  const rankOf = (v: string | undefined, fallback: number) => (v === undefined ? fallback : VERDICTS.indexOf(v as (typeof VERDICTS)[number]));
  const advice = new Map<string, CompiledAdvice>();
  for (const def of set.advice) {
    if (advice.has(def.id)) continue;
    advice.set(def.id, {
      def,
      ...(def.when ? { test: compileCondition(def.when, bitIndex) } : {}),
      minRank: rankOf(def.minVerdict, 0),
      maxRank: rankOf(def.maxVerdict, VERDICTS.length - 1),
    });
  }
  const headlines = set.headlines.map((def) => ({
    def,
    ...(def.when ? { test: compileCondition(def.when, bitIndex) } : {}),
    minRank: rankOf(def.minVerdict, 0),
    maxRank: rankOf(def.maxVerdict, VERDICTS.length - 1),
  }));
  const resolve = (ids: readonly string[]) =>
    ids
      .map((id) => advice.get(id))
      .filter((a): a is CompiledAdvice => a !== undefined)
      .sort((a, b) => a.def.order - b.def.order);
  const ruleAdvice = rules.map((r) => resolve(r.def.advice));
  const verdictAdvice = VERDICTS.map((v) => resolve(set.verdicts.find((d) => d.id === v)?.advice ?? []));
  return { set, bitIndex, answerIds, bitAnswer, neutralBits, words, rules, urgentMask, advice, ruleAdvice, verdictAdvice, headlines };
}

/** Whether an advice item or headline applies to these answers at this verdict rank. */
export function applies(item: { test?: Test; minRank: number; maxRank: number }, bits: Bits, rank: number): boolean {
  return rank >= item.minRank && rank <= item.maxRank && (item.test === undefined || item.test(bits));
}

/** A condition (the rules' `when` language) as a test over answer bits: the one matcher rules, advice and headlines share (the closure back-end of its plan). */
export function compileCondition(cond: Condition, bitIndex: BitIndex): Test {
  return closureOf(planCondition(cond, bitIndex));
}
