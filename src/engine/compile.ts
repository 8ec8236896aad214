// Compiling a rule set once into plain synchronous tests over a bitset of
// answers, so a check costs a few word operations per rule and allocates nothing
// per rule (batch mode runs a million of these).

import { QUESTION_IDS, VERDICTS, type AdviceDef, type Condition, type HeadlineDef, type QuestionId, type RuleDef, type RuleSet } from '../rules/types.js';

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
  /** true when some advice has a `when` or a verdict range (batch then asks the engine for the top step). */
  conditionalAdvice: boolean;
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
    .map((def, order) => ({ def, order, rank: VERDICTS.indexOf(def.verdict), test: compileCondition(def.when, bitIndex, words) }))
    .sort((a, b) => b.rank - a.rank || a.order - b.order)
    .map(({ def, rank, test }) => ({ def, rank, test }));
  const rankOf = (v: string | undefined, fallback: number) => (v === undefined ? fallback : VERDICTS.indexOf(v as (typeof VERDICTS)[number]));
  const advice = new Map<string, CompiledAdvice>();
  let conditionalAdvice = false;
  for (const def of set.advice) {
    if (advice.has(def.id)) continue;
    if (def.when || def.minVerdict || def.maxVerdict) conditionalAdvice = true;
    advice.set(def.id, {
      def,
      ...(def.when ? { test: compileCondition(def.when, bitIndex, words) } : {}),
      minRank: rankOf(def.minVerdict, 0),
      maxRank: rankOf(def.maxVerdict, VERDICTS.length - 1),
    });
  }
  const headlines = set.headlines.map((def) => ({
    def,
    ...(def.when ? { test: compileCondition(def.when, bitIndex, words) } : {}),
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
  return { set, bitIndex, answerIds, bitAnswer, neutralBits, words, rules, urgentMask, advice, conditionalAdvice, ruleAdvice, verdictAdvice, headlines };
}

/** Whether an advice item or headline applies to these answers at this verdict rank. */
export function applies(item: { test?: Test; minRank: number; maxRank: number }, bits: Bits, rank: number): boolean {
  return rank >= item.minRank && rank <= item.maxRank && (item.test === undefined || item.test(bits));
}

/** A condition (the rules' `when` language) as a test over answer bits: the one matcher rules, advice and headlines share. */
export function compileCondition(cond: Condition, bitIndex: Record<QuestionId, Map<string, number>>, words: number): Test {
  if ('all' in cond) {
    const parts = cond.all.map((c) => compileCondition(c, bitIndex, words));
    if (parts.length === 1) return parts[0]!;
    return (b) => {
      for (let i = 0; i < parts.length; i++) if (!parts[i]!(b)) return false;
      return true;
    };
  }
  if ('any' in cond) {
    const parts = cond.any.map((c) => compileCondition(c, bitIndex, words));
    if (parts.length === 1) return parts[0]!;
    return (b) => {
      for (let i = 0; i < parts.length; i++) if (parts[i]!(b)) return true;
      return false;
    };
  }
  if ('not' in cond) {
    const inner = compileCondition(cond.not, bitIndex, words);
    return (b) => !inner(b);
  }
  // A leaf: for each question named, the given bits must meet its mask.
  const masks: { word: number; mask: number }[][] = [];
  for (const [q, ids] of Object.entries(cond.answers) as [QuestionId, string[]][]) {
    const perWord = new Map<number, number>();
    for (const id of ids) {
      const bit = bitIndex[q].get(id);
      if (bit === undefined) continue; // validation refuses unknown ids; a leaf part that names none can never match
      perWord.set(bit >>> 5, (perWord.get(bit >>> 5) ?? 0) | (1 << (bit & 31)));
    }
    masks.push([...perWord].map(([word, mask]) => ({ word, mask })));
  }
  if (masks.length === 1 && masks[0]!.length === 1) {
    const { word, mask } = masks[0]![0]!;
    return (b) => (b[word]! & mask) !== 0;
  }
  if (masks.length === 2 && masks[0]!.length === 1 && masks[1]!.length === 1) {
    const [{ word: w1, mask: m1 }] = masks[0]! as [{ word: number; mask: number }];
    const [{ word: w2, mask: m2 }] = masks[1]! as [{ word: number; mask: number }];
    return (b) => (b[w1]! & m1) !== 0 && (b[w2]! & m2) !== 0;
  }
  return (b) => {
    for (let i = 0; i < masks.length; i++) {
      const group = masks[i]!;
      let hit = false;
      for (let j = 0; j < group.length; j++) {
        if ((b[group[j]!.word]! & group[j]!.mask) !== 0) {
          hit = true;
          break;
        }
      }
      if (!hit) return false;
    }
    return true;
  };
}
