// The pure core: answers + compiled rule set → verdict, reasons and next steps.
// No I/O, no colour. The verdict is the highest raised by any matching rule,
// so adding an answer can never lower it; with no match it is
// "no-known-signs", which still carries how to check independently.

import { QUESTION_IDS, VERDICTS, type AdviceDef, type Answers, type ContactDef, type QuestionId, type Region, type RuleSet, type StepGroupDef, type Verdict } from '../rules/types.js';
import { encodeAnswers, mergeAnswers } from './answers.js';
import { applies, type Bits, type CompiledAdvice, type CompiledRule, type CompiledRuleSet } from './compile.js';
import { collectMatchedBits } from './condition.js';
import { matchRules } from './match.js';

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
  /** An email address to report to. */
  email?: string;
  note?: string;
}

export interface NextStep {
  id: string;
  /** The step group it comes under (the rule set's step-groups), when the rule set has groups. */
  group?: string;
  text: string;
  contacts: Contact[];
}

/** The one action a result opens with, chosen by the rule set's headlines. */
export interface Headline {
  id: string;
  text: string;
  contacts: Contact[];
  /** Advice ids the headline already says (the renderers do not repeat them). */
  covers: string[];
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
  /** The one action to take first (absent only for a rule set with no headline that fits). */
  headline?: Headline;
  /** Rules of the built-in set (or an earlier pack) that a rule pack turned off. */
  disabledRules?: string[];
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

export function isUrgent(rs: CompiledRuleSet, bits: Bits): boolean {
  for (let w = 0; w < rs.words; w++) if ((bits[w]! & rs.urgentMask[w]!) !== 0) return true;
  return false;
}

/** The answers (from those given) that made a matched rule's condition hold, in the order given. */
function matchedAnswers(rs: CompiledRuleSet, rule: CompiledRule, bits: Bits, answers: Answers): Partial<Record<QuestionId, string[]>> {
  const used = new Uint32Array(rs.words);
  collectMatchedBits(rule.plan, bits, used);
  const matchedOn: Partial<Record<QuestionId, string[]>> = {};
  for (const q of QUESTION_IDS) {
    const ids = answers[q].filter((id) => {
      const bit = rs.bitIndex[q].get(id)!;
      return (used[bit >>> 5]! & (1 << (bit & 31))) !== 0;
    });
    if (ids.length > 0) matchedOn[q] = ids;
  }
  return matchedOn;
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

  const reasons: Reason[] = matched.map((rule) => {
    const { def } = rule;
    const matchedOn = matchedAnswers(rs, rule, bits, answers);
    return { rule: def.id, title: def.title, explanation: def.explanation, source: def.sources[0] ?? '', sources: def.sources, verdict: def.verdict, matchedOn };
  });

  const steps = pickAdvice(rs, hits, n, rank, bits, region).map((def) => ({ def }));
  const nextSteps: NextStep[] = steps.map(({ def }) => ({
    id: def.id,
    ...groupOf(rs.set.stepGroups, def.order),
    text: def.regionText[region] ?? def.text,
    contacts: contactsFor(rs.set, def.contacts, region),
  }));
  const headline = pickHeadline(rs, bits, rank, region);
  const disabledRules = rs.set.disabled.map((d) => d.rule).filter((id, i, all) => all.indexOf(id) === i);

  const nearMiss = findNearMiss(rs, bits, rank);
  const sources = [...new Set([...(headline ? headline.sources : []), ...reasons.flatMap((r) => r.sources), ...steps.flatMap((s) => s.def.sources), ...verdictDef.sources])];
  return {
    verdict,
    verdictLabel: verdictDef.label,
    summary: verdictDef.summary,
    ...(verdictDef.reassurance ? { reassurance: verdictDef.reassurance } : {}),
    urgent: isUrgent(rs, bits),
    region,
    reasons,
    nextSteps,
    ...(headline ? { headline: headline.headline } : {}),
    ...(disabledRules.length > 0 ? { disabledRules } : {}),
    answers: { ...answers, fromText: options.fromText ?? [] },
    sources,
    ...(nearMiss ? { nearMiss } : {}),
  };
}

function contactsFor(set: RuleSet, ids: readonly string[], region: Region): Contact[] {
  return ids
    .map((cid) => set.contacts.find((c) => c.id === cid))
    .filter((c): c is ContactDef => c !== undefined && c.regions.includes(region))
    .map((c) => ({ name: c.name, phone: c.phone, ...(c.web ? { web: c.web } : {}), ...(c.email ? { email: c.email } : {}), ...(c.note ? { note: c.note } : {}) }));
}

/**
 * The next steps for these matched rules (hits[0…n), indices into rs.rules) at
 * this verdict rank: the advice of the matched rules (strongest first), then
 * the verdict's own, each kept only where it applies (region, `when`, verdict
 * range), ordered by `order` with the first seen breaking ties.
 */
export function pickAdvice(rs: CompiledRuleSet, hits: ArrayLike<number>, n: number, rank: number, bits: Bits, region: Region): AdviceDef[] {
  const seen = new Set<string>();
  const out: AdviceDef[] = [];
  const consider = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const a = rs.advice.get(id);
    if (a && a.def.regions.includes(region) && applies(a, bits, rank)) out.push(a.def);
  };
  for (let i = 0; i < n; i++) for (const id of rs.rules[hits[i]!]!.def.advice) consider(id);
  for (const id of rs.set.verdicts.find((v) => v.id === VERDICTS[rank])?.advice ?? []) consider(id);
  // Array.prototype.sort is stable: equal orders keep the order first seen.
  return out.sort((a, b) => a.order - b.order);
}

/** The top next step's picker for one region: the lists filtered by region once, for callers that pick many times (batch). */
export type TopAdvicePicker = (hits: ArrayLike<number>, n: number, rank: number, bits: Bits) => AdviceDef | undefined;

/**
 * The first of pickAdvice()'s list without building the list: among the advice
 * of the matched rules (hits[0…n), strongest first) and then the verdict's own,
 * the applicable item with the lowest `order`, the first seen on a tie. Batch
 * asks this once per record; test/render/answer-first.test.ts holds it equal to
 * the first of check()'s steps for random answers in every region.
 */
export function topAdviceFor(rs: CompiledRuleSet, region: Region): TopAdvicePicker {
  const inRegion = (list: readonly CompiledAdvice[]) => list.filter((a) => a.def.regions.includes(region));
  const ruleLists = rs.ruleAdvice.map(inRegion);
  const verdictLists = rs.verdictAdvice.map(inRegion);
  return (hits, n, rank, bits) => {
    let best: CompiledAdvice | undefined;
    for (let i = 0; i <= n; i++) {
      // Each list is sorted by order: its first applicable item is its best, and a strict "<" keeps the first seen on a tie.
      const list = i < n ? ruleLists[hits[i]!]! : verdictLists[rank]!;
      for (let j = 0; j < list.length; j++) {
        const a = list[j]!;
        if (best && a.def.order >= best.def.order) break;
        if (applies(a, bits, rank)) {
          best = a;
          break;
        }
      }
    }
    return best?.def;
  };
}

export function topAdvice(rs: CompiledRuleSet, hits: ArrayLike<number>, n: number, rank: number, bits: Bits, region: Region): AdviceDef | undefined {
  return topAdviceFor(rs, region)(hits, n, rank, bits);
}

/** The first headline that fits these answers at this verdict rank. */
export function pickHeadline(rs: CompiledRuleSet, bits: Bits, rank: number, region: Region): { headline: Headline; sources: string[] } | undefined {
  const h = rs.headlines.find((x) => applies(x, bits, rank));
  if (!h) return undefined;
  return {
    headline: { id: h.def.id, text: h.def.text, contacts: contactsFor(rs.set, h.def.contacts, region), covers: [...h.def.covers] },
    sources: h.def.sources,
  };
}

/** Try each answer not given (and not neutral) on its own; keep those reaching the highest verdict above the current one. */
function findNearMiss(rs: CompiledRuleSet, bits: Bits, rank: number): NearMiss | undefined {
  if (rank === VERDICTS.length - 1) return undefined;
  const trial = new Uint32Array(bits);
  let best = rank;
  let answers: { question: QuestionId; id: string }[] = [];
  rs.bitAnswer.forEach(({ question, id }, bit) => {
    const word = bit >>> 5;
    const mask = 1 << (bit & 31);
    if ((bits[word]! & mask) !== 0 || rs.neutralBits.has(bit) || !rs.set.nearMissQuestions.includes(question)) return;
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
