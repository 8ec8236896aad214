// Meaning checks over a whole assembled rule set: everything referred to exists,
// every question and verdict is worded, every rule has sources and examples,
// and no rule can lower a verdict when an answer is added (see monotonic.ts).
// Errors and warnings are kept apart; all of them are reported at once.

import type { Problem } from '../util/errors.js';
import { closest } from '../util/suggest.js';
import type { Origins } from './assemble/assembler.js';
import { uncoveredNegations } from './monotonic.js';
import { QUESTION_IDS, READING_ANSWER_LISTS, READING_ANSWER_MAPS, READING_PHRASES_BY_ANSWER, VERDICTS, type Condition, type QuestionId, type RuleSet, type SourceLocation } from './types.js';
import { locationOf } from './yaml-source.js';

/** A problem that may carry a code for callers that treat some kinds apart. */
export type CodedProblem = Problem & { code?: string };
export const MISSING_EXAMPLE = 'missing-example';

export function checkMeaning(set: RuleSet, origins: Origins): CodedProblem[] {
  const problems: CodedProblem[] = [];
  const at = (obj: object, sub: (string | number)[] = [], key?: string): SourceLocation => {
    const o = origins.get(obj);
    if (!o) return (obj as { loc?: SourceLocation }).loc ?? { file: '(rule set)', line: 0, col: 0 };
    return locationOf(o.src, [...o.path, ...sub], key);
  };
  const error = (loc: SourceLocation, message: string) => problems.push({ severity: 'error', ...loc, message });
  const warn = (loc: SourceLocation, message: string) => problems.push({ severity: 'warning', ...loc, message });
  const firstFile = set.packs[0]?.dir ?? '(rule set)';
  const didYouMean = (id: string, ids: string[]) => {
    const g = closest(id, ids);
    return g ? `; did you mean "${g}"?` : '';
  };

  // Questions and answers.
  const answerIds = new Map<QuestionId, string[]>();
  const answerIdSets = new Map<QuestionId, Set<string>>();
  for (const qid of QUESTION_IDS) {
    const q = set.questions.find((x) => x.id === qid);
    if (!q) {
      error({ file: firstFile, line: 0, col: 0 }, `question "${qid}" is not defined`);
      answerIds.set(qid, []);
      continue;
    }
    for (const field of ['prompt', 'hint', 'heading'] as const) if (!q[field]) error(at(q), `question "${qid}" has no ${field}`);
    if (q.answers.length === 0) error(at(q), `question "${qid}" has no answers`);
    const ids = q.answers.map((a) => a.id);
    answerIds.set(qid, ids);
    answerIdSets.set(qid, new Set(ids));
    for (const a of q.answers) {
      if (!a.label) error(at(a), `answer "${qid}: ${a.id}" has no label`);
      if (!a.hint) error(at(a), `answer "${qid}: ${a.id}" has no hint`);
    }
    if (q.emptyAnswer && !ids.includes(q.emptyAnswer)) {
      error(at(q, [], 'empty-answer'), `question "${qid}": empty-answer "${q.emptyAnswer}" is not one of its answers${didYouMean(q.emptyAnswer, ids)}`);
    }
  }
  const checkAnswerRef = (loc: SourceLocation, what: string, qid: string, id: string) => {
    const ids = answerIds.get(qid as QuestionId);
    if (!ids) error(loc, `${what}: "${qid}" is not a question (use ${QUESTION_IDS.join(', ')})`);
    else if (!answerIdSets.get(qid as QuestionId)?.has(id)) error(loc, `${what}: "${id}" is not an answer to "${qid}"${didYouMean(id, ids)}`);
  };

  // Verdicts.
  for (const v of VERDICTS) {
    const def = set.verdicts.find((x) => x.id === v);
    if (!def) error({ file: firstFile, line: 0, col: 0 }, `verdict "${v}" is not defined`);
    else {
      if (!def.label) error(at(def), `verdict "${v}" has no label`);
      if (!def.summary) error(at(def), `verdict "${v}" has no summary`);
      if (/\bsafe\b/i.test(def.label)) error(at(def, [], 'label'), `verdict "${v}": the label must never say "safe"`);
    }
  }

  // Advice and contacts.
  const adviceIds = set.advice.map((a) => a.id);
  const contactIds = set.contacts.map((c) => c.id);
  const adviceIdSet = new Set(adviceIds);
  const contactIdSet = new Set(contactIds);
  const usedAdvice = new Set<string>();
  const usedContacts = new Set<string>();
  const checkAdviceRefs = (owner: object, ids: string[], what: string) => {
    ids.forEach((id, i) => {
      usedAdvice.add(id);
      if (!adviceIdSet.has(id)) error(at(owner, ['advice', i]), `${what}: advice "${id}" does not exist${didYouMean(id, adviceIds)}`);
    });
  };
  for (const a of set.advice) {
    if (a.sources.length === 0) error(at(a), `advice "${a.id}" has no source`);
    a.contacts.forEach((id, i) => {
      usedContacts.add(id);
      if (!contactIdSet.has(id)) error(at(a, ['contacts', i]), `advice "${a.id}": contact "${id}" does not exist${didYouMean(id, contactIds)}`);
    });
  }
  const checkCondition = (owner: object, cond: Condition, what: string) =>
    walkLeaves(cond, [], (answers, path) => {
      for (const [qid, ids] of Object.entries(answers)) ids.forEach((id, i) => checkAnswerRef(at(owner, ['when', ...path, qid, i]), what, qid, id));
    });
  for (const a of set.advice) {
    if (a.when) checkCondition(a, a.when, `advice "${a.id}"`);
    (a.conflicts ?? []).forEach((id, i) => {
      if (!adviceIds.includes(id)) error(at(a, ['conflicts', i]), `advice "${a.id}": conflicting advice "${id}" does not exist${didYouMean(id, adviceIds)}`);
    });
  }
  // Headlines: the one action a result opens with.
  if (set.headlines.length > 0 && set.headlines.at(-1)!.when !== undefined) {
    warn(at(set.headlines.at(-1)!), `headline "${set.headlines.at(-1)!.id}" is the last one but has a "when": a result that fits no headline opens with its first step instead`);
  }
  for (const h of set.headlines) {
    const what = `headline "${h.id}"`;
    if (!h.text) error(at(h), `${what} has no text`);
    if (h.sources.length === 0) error(at(h), `${what} has no source`);
    if (h.when) checkCondition(h, h.when, what);
    h.contacts.forEach((id, i) => {
      usedContacts.add(id);
      if (!contactIds.includes(id)) error(at(h, ['contacts', i]), `${what}: contact "${id}" does not exist${didYouMean(id, contactIds)}`);
    });
    h.covers.forEach((id, i) => {
      if (!adviceIds.includes(id)) error(at(h, ['covers', i]), `${what}: advice "${id}" does not exist${didYouMean(id, adviceIds)}`);
    });
    for (const [kind, list] of [['match', h.examples.match], ['no-match', h.examples.noMatch]] as const) {
      list.forEach((ex, i) => {
        for (const [qid, ids] of Object.entries(ex)) ids.forEach((id, j) => checkAnswerRef(at(h, ['examples', kind, i, qid, j]), `${what} example`, qid, id));
      });
    }
  }
  // Answer groups: which answers mean a loss, a payment, urgency; which questions near misses try.
  for (const [name, group] of Object.entries(set.answerGroups)) {
    for (const [qid, ids] of Object.entries(group)) ids.forEach((id, i) => checkAnswerRef(at(group, [qid, i]), `answer group "${name}"`, qid, id));
  }
  for (const c of set.contacts) if (c.sources.length === 0) error(at(c), `contact "${c.id}" has no source`);
  // Step groups: two headings at the same place would leave one of them empty.
  const groupAt = new Map<number, (typeof set.stepGroups)[number]>();
  set.stepGroups.forEach((g) => {
    if (!g.heading) error(at(g), `step group "${g.id}" has no heading`);
    const same = groupAt.get(g.fromOrder);
    if (!same) groupAt.set(g.fromOrder, g);
    if (same) error(at(g, [], 'from-order'), `step group "${g.id}" starts at order ${g.fromOrder}, as "${same.id}" does; give it another from-order`);
  });
  for (const v of set.verdicts) checkAdviceRefs(v, v.advice, `verdict "${v.id}"`);

  // Rules.
  const ruleIds = set.rules.map((r) => r.id);
  const ruleIdSet = new Set(ruleIds);
  for (const r of set.rules) {
    const what = `rule "${r.id}"`;
    if (r.sources.length === 0) error(at(r), `${what} has no source`);
    // Coded so `rules test` can report these as failed rules rather than refuse to run.
    if (r.examples.match.length === 0) problems.push({ severity: 'error', ...at(r, [], 'examples'), message: `${what} has no example that must match (add one under examples: match:)`, code: MISSING_EXAMPLE });
    if (r.examples.noMatch.length === 0) problems.push({ severity: 'error', ...at(r, [], 'examples'), message: `${what} has no example that must not match (add one under examples: no-match:)`, code: MISSING_EXAMPLE });
    if (r.advice.length === 0) warn(at(r, [], 'advice'), `${what} brings no advice`);
    if (r.status === 'deprecated') warn(at(r, [], 'status'), `${what} is deprecated`);
    checkAdviceRefs(r, r.advice, what);
    walkLeaves(r.when, [], (answers, path) => {
      for (const [qid, ids] of Object.entries(answers)) {
        ids.forEach((id, i) => checkAnswerRef(at(r, ['when', ...path, qid, ...(ids.length > 1 || Array.isArray(leafRaw(origins, r, path, qid)) ? [i] : [])]), what, qid, id));
      }
    });
    for (const [kind, list] of [['match', r.examples.match], ['no-match', r.examples.noMatch]] as const) {
      list.forEach((ex, i) => {
        for (const [qid, ids] of Object.entries(ex)) ids.forEach((id, j) => checkAnswerRef(at(r, ['examples', kind, i, qid, j]), `${what} example`, qid, id));
      });
    }
    r.related.forEach((id, i) => {
      if (!ruleIdSet.has(id)) warn(at(r, ['related', i]), `${what}: related rule "${id}" does not exist`);
    });
  }
  for (const d of set.disabled) {
    if (!ruleIdSet.has(d.rule)) error(at(d, [], 'rule'), `cannot disable rule "${d.rule}": no such rule${didYouMean(d.rule, ruleIds)}`);
  }

  // The reading vocabulary names real answers (a name that is not one would read nothing, silently).
  const reading = set.reading;
  if (reading) {
    const where: SourceLocation = { file: firstFile, line: 0, col: 0 };
    for (const [key, field] of READING_ANSWER_LISTS) {
      for (const [q, list] of Object.entries(reading[field])) for (const id of list ?? []) checkAnswerRef(where, `reading ${key}`, q, id);
    }
    for (const [key, field] of READING_PHRASES_BY_ANSWER) {
      for (const [q, byAnswer] of Object.entries(reading[field])) for (const id of Object.keys(byAnswer ?? {})) checkAnswerRef(where, `reading ${key}`, q, id);
    }
    for (const rule of reading.needsNear) {
      checkAnswerRef(where, 'reading needs-near', rule.question, rule.answer);
      if (rule.note !== undefined && reading.wording[rule.note] === undefined) error(where, `reading needs-near note "${rule.note}" is not a key of reading: wording`);
    }
    for (const [key, field, from, to] of READING_ANSWER_MAPS) {
      for (const [a, b] of Object.entries(reading[field])) {
        checkAnswerRef(where, `reading ${key}`, from, a);
        checkAnswerRef(where, `reading ${key}`, to, b);
      }
    }
  }

  // Monotonicity: a rule with `not` must be covered by rules without it.
  const disabled = new Set(set.disabled.map((d) => d.rule));
  for (const gap of uncoveredNegations(set.rules.filter((r) => !disabled.has(r.id)))) {
    error(at(gap.rule, [], 'when'), gap.message);
  }

  // Things defined but never used are worth a look, not an error.
  for (const a of set.advice) if (!usedAdvice.has(a.id)) warn(at(a), `advice "${a.id}" is not used by any rule or verdict`);
  for (const c of set.contacts) if (!usedContacts.has(c.id)) warn(at(c), `contact "${c.id}" is not used by any advice`);
  return problems;
}

function leafRaw(origins: Origins, rule: object, path: (string | number)[], qid: string): unknown {
  const o = origins.get(rule);
  if (!o) return undefined;
  let node: unknown = o.src.data;
  for (const step of [...o.path, 'when', ...path, qid]) node = (node as Record<string | number, unknown> | undefined)?.[step];
  return node;
}

/** Visit every answers-leaf with its path inside `when`. */
export function walkLeaves(
  cond: Condition,
  path: (string | number)[],
  visit: (answers: Partial<Record<QuestionId, string[]>>, path: (string | number)[]) => void,
): void {
  if ('all' in cond) cond.all.forEach((c, i) => walkLeaves(c, [...path, 'all', i], visit));
  else if ('any' in cond) cond.any.forEach((c, i) => walkLeaves(c, [...path, 'any', i], visit));
  else if ('not' in cond) walkLeaves(cond.not, [...path, 'not'], visit);
  else visit(cond.answers, path);
}
