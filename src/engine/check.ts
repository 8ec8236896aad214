// The pure core: answers + compiled rule set → verdict, reasons and next steps.
// No I/O, no colour. The verdict is the highest raised by any matching rule,
// so adding an answer can never lower it; with no match it is
// "no-known-signs", which still carries how to check independently.

import { QUESTION_IDS, VERDICTS, type Answers, type Condition, type QuestionId, type Region, type StepGroupDef, type Verdict } from '../rules/types.js';
import { encodeAnswers, mergeAnswers } from './answers.js';
import type { Bits, CompiledRule, CompiledRuleSet } from './compile.js';

/** An answer read from free text, with the words that led to it. */
export interface TextEvidence {
  question: QuestionId;
  id: string;
  words: string[];
  /**
   * The role the words were read in: "caller-claimed", "caller-asked",
   * "on-the-call", "happened", or "did-as-asked" (read from "so I did" after a request).
   */
  role?: string;
  /** The role in words, from rules/reading.yaml: "the caller asked you to". */
  roleText?: string;
}

export interface Reason {
  rule: string;
  title: string;
  explanation: string;
  /** The first source; all of them are in `sources`. */
  source: string;
  sources: string[];
  verdict: Verdict;
  /** The person's answers that satisfied the rule's conditions. */
  matchedOn: Partial<Record<QuestionId, string[]>>;
}

export interface Contact {
  name: string;
  phone: string;
  web?: string;
  note?: string;
}

export interface NextStep {
  id: string;
  /** The step group it comes under (the rule set's step-groups), when the rule set has groups. */
  group?: string;
  text: string;
  contacts: Contact[];
}

/** Answers that, added on their own, would raise the verdict: forewarning if the caller rings back. */
export interface NearMiss {
  verdict: Verdict;
  answers: { question: QuestionId; id: string }[];
}

export interface CheckResult {
  verdict: Verdict;
  /** The verdict in words ("Scam", "No known warning signs"). */
  verdictLabel: string;
  summary: string;
  /** Not your fault; reporting helps. Present from "suspicious" up. */
  reassurance?: string;
  urgent: boolean;
  region: Region;
  reasons: Reason[];
  nextSteps: NextStep[];
  answers: Answers & { fromText: TextEvidence[] };
  /** Every source behind the reasons and next steps, without repeats. */
  sources: string[];
  /** The highest verdict one more answer could reach, and which answers would reach it (none when already "scam"). */
  nearMiss?: NearMiss;
}

export interface CheckOptions {
  region: Region;
  fromText?: TextEvidence[];
}

/** Indices into rs.rules of the rules that match, written into `out`; returns how many. */
export function matchRules(rs: CompiledRuleSet, bits: Bits, out: Uint16Array | number[]): number {
  let n = 0;
  const rules = rs.rules;
  for (let i = 0; i < rules.length; i++) if (rules[i]!.test(bits)) out[n++] = i;
  return n;
}

export function isUrgent(rs: CompiledRuleSet, bits: Bits): boolean {
  for (let w = 0; w < rs.words; w++) if ((bits[w]! & rs.urgentMask[w]!) !== 0) return true;
  return false;
}

/** The answers (from those given) that made each leaf of a matched condition true. */
function matchedAnswers(cond: Condition, answers: Answers, out: Partial<Record<QuestionId, Set<string>>>, positive = true): boolean {
  if ('all' in cond) return cond.all.map((c) => matchedAnswers(c, answers, out, positive)).every(Boolean);
  if ('any' in cond) return cond.any.map((c) => matchedAnswers(c, answers, out, positive)).some(Boolean);
  if ('not' in cond) return !matchedAnswers(cond.not, answers, {}, !positive);
  let ok = true;
  for (const [q, ids] of Object.entries(cond.answers) as [QuestionId, string[]][]) {
    const hits = ids.filter((id) => answers[q].includes(id));
    if (hits.length === 0) ok = false;
    else if (positive) for (const h of hits) (out[q] ??= new Set()).add(h);
  }
  return ok;
}

export function check(rs: CompiledRuleSet, given: Answers, options: CheckOptions): CheckResult {
  // The same answers in any order, or repeated, give the same result.
  const answers = mergeAnswers(rs, given);
  const bits = encodeAnswers(rs, answers);
  const hits: number[] = [];
  const n = matchRules(rs, bits, hits);
  const matched: CompiledRule[] = hits.slice(0, n).map((i) => rs.rules[i]!);
  const rank = matched.reduce((m, r) => Math.max(m, r.rank), 0);
  const verdict = VERDICTS[rank]!;
  const verdictDef = rs.set.verdicts.find((v) => v.id === verdict)!;
  const region = options.region;

  const reasons: Reason[] = matched.map(({ def }) => {
    const used: Partial<Record<QuestionId, Set<string>>> = {};
    matchedAnswers(def.when, answers, used);
    const matchedOn: Partial<Record<QuestionId, string[]>> = {};
    for (const q of QUESTION_IDS) if (used[q]) matchedOn[q] = answers[q].filter((id) => used[q]!.has(id));
    return { rule: def.id, title: def.title, explanation: def.explanation, source: def.sources[0] ?? '', sources: def.sources, verdict: def.verdict, matchedOn };
  });

  // Advice from the rules (strongest first), then the verdict's own; ordered by `order`, first seen breaking ties.
  const adviceIds: string[] = [];
  for (const { def } of matched) for (const id of def.advice) if (!adviceIds.includes(id)) adviceIds.push(id);
  for (const id of verdictDef.advice) if (!adviceIds.includes(id)) adviceIds.push(id);
  const steps = adviceIds
    .map((id, seen) => ({ def: rs.set.advice.find((a) => a.id === id), seen }))
    .filter((x): x is { def: NonNullable<typeof x.def>; seen: number } => x.def !== undefined && x.def.regions.includes(region))
    .sort((a, b) => a.def.order - b.def.order || a.seen - b.seen);
  const nextSteps: NextStep[] = steps.map(({ def }) => ({
    id: def.id,
    ...groupOf(rs.set.stepGroups, def.order),
    text: def.regionText[region] ?? def.text,
    contacts: def.contacts
      .map((cid) => rs.set.contacts.find((c) => c.id === cid))
      .filter((c): c is NonNullable<typeof c> => c !== undefined && c.regions.includes(region))
      .map((c) => ({ name: c.name, phone: c.phone, ...(c.web ? { web: c.web } : {}), ...(c.note ? { note: c.note } : {}) })),
  }));

  const nearMiss = findNearMiss(rs, bits, rank);
  const sources = [...new Set([...reasons.flatMap((r) => r.sources), ...steps.flatMap((s) => s.def.sources), ...verdictDef.sources])];
  return {
    verdict,
    verdictLabel: verdictDef.label,
    summary: verdictDef.summary,
    ...(verdictDef.reassurance ? { reassurance: verdictDef.reassurance } : {}),
    urgent: isUrgent(rs, bits),
    region,
    reasons,
    nextSteps,
    answers: { ...answers, fromText: options.fromText ?? [] },
    sources,
    ...(nearMiss ? { nearMiss } : {}),
  };
}

/** What a caller might still ask for or do; who they claimed to be and what has happened are not forewarnings. */
const NEAR_MISS_QUESTIONS: ReadonlySet<QuestionId> = new Set(['asked', 'signs']);

/** Try each answer not given (and not neutral) on its own; keep those reaching the highest verdict above the current one. */
function findNearMiss(rs: CompiledRuleSet, bits: Bits, rank: number): NearMiss | undefined {
  if (rank === VERDICTS.length - 1) return undefined;
  const trial = new Uint32Array(bits);
  let best = rank;
  let answers: { question: QuestionId; id: string }[] = [];
  rs.bitAnswer.forEach(({ question, id }, bit) => {
    const word = bit >>> 5;
    const mask = 1 << (bit & 31);
    if ((bits[word]! & mask) !== 0 || rs.neutralBits.has(bit) || !NEAR_MISS_QUESTIONS.has(question)) return;
    trial[word]! |= mask;
    let reached = rank;
    for (const r of rs.rules) {
      if (r.rank <= reached) break; // rules come highest verdict first
      if (r.test(trial)) reached = r.rank;
    }
    trial[word] = bits[word]!;
    if (reached > best) {
      best = reached;
      answers = [];
    }
    if (reached === best && reached > rank) answers.push({ question, id });
  });
  return best > rank ? { verdict: VERDICTS[best]!, answers } : undefined;
}

/** The group a step of this order comes under: the one starting latest at or before it. */
function groupOf(groups: readonly StepGroupDef[], order: number): { group?: string } {
  let best: StepGroupDef | undefined;
  for (const g of groups) if (g.fromOrder <= order && (!best || g.fromOrder > best.fromOrder)) best = g;
  return best ? { group: best.id } : {};
}
