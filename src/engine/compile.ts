// Compiling a rule set once into plain synchronous tests over a bitset of
// answers, so a check costs a few word operations per rule and allocates nothing
// per rule (batch mode runs a million of these).

import { QUESTION_IDS, VERDICTS, type Condition, type QuestionId, type RuleDef, type RuleSet } from '../rules/types.js';

export type Bits = Uint32Array;
type Test = (bits: Bits) => boolean;

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
  return { set, bitIndex, answerIds, bitAnswer, neutralBits, words, rules, urgentMask };
}

function compileCondition(cond: Condition, bitIndex: Record<QuestionId, Map<string, number>>, words: number): Test {
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
