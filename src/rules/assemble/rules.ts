// Rules and what they are built from: conditions (`when`), examples, the
// verdicts they raise, and the rules a pack switches off under `disable:`.

import type { AnswerSetEntry, ConditionEntry, DisableEntry, ExamplesEntry, RuleEntry, VerdictEntry } from '../file-format/index.js';
import type { LockedChange } from '../locks.js';
import { QUESTION_IDS, VERDICTS, type Condition, type QuestionId, type RuleDef, type RuleExamples, type VerdictDef } from '../types.js';
import { locationOf, type YamlSource } from '../yaml-source.js';
import type { Assembler, Path } from './assembler.js';

/** Normalise a YAML condition to the Condition type. Shape errors were caught by the schema. */
export function toCondition(raw: ConditionEntry | undefined, at: string, problems: string[]): Condition {
  const obj = raw ?? {};
  const keys = Object.keys(obj);
  const combinators = keys.filter((k) => k === 'all' || k === 'any' || k === 'not');
  const questions = keys.filter((k): k is QuestionId => (QUESTION_IDS as readonly string[]).includes(k));
  if (combinators.length > 1 || (combinators.length === 1 && questions.length > 0)) {
    problems.push(`${at} mixes ${keys.join(', ')}: a condition is one of all, any, not, or question ids`);
  }
  if (combinators[0] === 'all') return { all: obj.all!.map((c, i) => toCondition(c, `${at}.all[${i}]`, problems)) };
  if (combinators[0] === 'any') return { any: obj.any!.map((c, i) => toCondition(c, `${at}.any[${i}]`, problems)) };
  if (combinators[0] === 'not') return { not: toCondition(obj.not, `${at}.not`, problems) };
  const answers: Partial<Record<QuestionId, string[]>> = {};
  for (const q of questions) {
    const v = obj[q]!;
    answers[q] = typeof v === 'string' ? [v] : [...v];
  }
  return { answers };
}

function toAnswerSet(raw: AnswerSetEntry): Partial<Record<QuestionId, string[]>> {
  const out: Partial<Record<QuestionId, string[]>> = {};
  for (const [k, v] of Object.entries(raw)) out[k as QuestionId] = [...v];
  return out;
}

export function toExamples(raw: ExamplesEntry): RuleExamples {
  return { match: (raw.match ?? []).map(toAnswerSet), noMatch: (raw['no-match'] ?? []).map(toAnswerSet) };
}

export function addRule(asm: Assembler, raw: RuleEntry, src: YamlSource, path: Path): void {
  const target = asm.claim('rule', asm.set.rules, raw, src, path);
  if (target === undefined) return;
  if (target !== 'new') return overrideRule(asm, target, raw, src, path);
  const shape: string[] = [];
  const when = toCondition(raw.when, 'when', shape);
  for (const m of shape) asm.error(src, [...path, 'when'], `rule "${raw.id}": ${m}`);
  const rule: RuleDef = {
    id: raw.id,
    title: raw.title ?? '',
    status: raw.status ?? 'stable',
    // The schema requires a verdict of a new rule.
    verdict: raw.verdict!,
    explanation: raw.explanation ?? '',
    when,
    advice: [...(raw.advice ?? [])],
    sources: [...(raw.sources ?? [])],
    examples: raw.examples ? toExamples(raw.examples) : { match: [], noMatch: [] },
    related: [...(raw.related ?? [])],
    pack: asm.packName,
    changedBy: [],
    loc: locationOf(src, path),
  };
  asm.push(asm.set.rules, rule);
  asm.origin(rule, src, path);
}

function overrideRule(asm: Assembler, target: RuleDef, raw: RuleEntry, src: YamlSource, path: Path): void {
  if ('when' in raw) {
    asm.error(src, path, `rule "${target.id}": an override cannot change "when"; disable the rule with a reason and add a new one`, 'when');
    return;
  }
  const newVerdict = raw.verdict;
  if (newVerdict && VERDICTS.indexOf(newVerdict) < VERDICTS.indexOf(target.verdict)) {
    asm.error(src, path, `rule "${target.id}": an override cannot lower the verdict from ${target.verdict} to ${newVerdict}`, 'verdict');
    return;
  }
  const lock = asm.lockOn('rule', target.id);
  if (lock) {
    const changes: LockedChange[] = (['title', 'explanation', 'status'] as const)
      .filter((k) => raw[k] !== undefined && raw[k] !== target[k])
      .map((k) => ({ what: `change its ${k}`, key: k }));
    if (changes.length > 0) return asm.lockedError(src, path, `rule "${target.id}"`, lock, changes);
  }
  target.changedBy.push(asm.packName);
  if (newVerdict) target.verdict = newVerdict;
  if (raw.title) target.title = raw.title;
  if (raw.explanation) target.explanation = raw.explanation;
  if (raw.status) target.status = raw.status;
  if (raw.advice) target.advice = [...new Set([...target.advice, ...raw.advice])];
  if (raw.sources) target.sources = [...new Set([...target.sources, ...raw.sources])];
  if (raw.related) target.related = [...raw.related];
  if (raw.examples) {
    const more = toExamples(raw.examples);
    target.examples = { match: [...target.examples.match, ...more.match], noMatch: [...target.examples.noMatch, ...more.noMatch] };
  }
  asm.origin(target, src, path);
}

export function addVerdict(asm: Assembler, raw: VerdictEntry, src: YamlSource, path: Path): void {
  const target = asm.claim('verdict', asm.set.verdicts, raw, src, path);
  if (target === undefined) return;
  if (target !== 'new') {
    // The words that say how serious a call is stay as the rule set first put them:
    // a pack relabelling "Scam" would lower the verdict in all but name.
    const reworded = ['label', 'summary'].filter((k) => k in raw);
    if (reworded.length > 0) {
      asm.error(src, path, `verdict "${target.id}": a pack cannot change its ${reworded.join(' or ')}; add advice or a reassurance instead`, reworded[0]);
      return;
    }
  }
  const v: VerdictDef = target === 'new' ? { id: raw.id, label: '', summary: '', advice: [], sources: [], loc: locationOf(src, path) } : target;
  if (raw.label) v.label = raw.label;
  if (raw.summary) v.summary = raw.summary;
  if (raw.reassurance) v.reassurance = raw.reassurance;
  // Advice is only ever added to a verdict, so a pack cannot take a step away.
  for (const id of raw.advice ?? []) if (!v.advice.includes(id)) v.advice.push(id);
  if (raw.sources) v.sources = [...new Set([...v.sources, ...raw.sources])];
  if (target === 'new') asm.push(asm.set.verdicts, v);
  asm.origin(v, src, path);
}

/** A rule switched off under `disable:`, with its reason; never a locked one. */
export function addDisable(asm: Assembler, raw: DisableEntry, src: YamlSource, path: Path): void {
  const lock = asm.lockOn('rule', raw.rule);
  if (lock) {
    asm.lockedError(src, path, `rule "${raw.rule}"`, lock, [{ what: 'switch it off', key: 'rule' }]);
    return;
  }
  const disabled = { rule: raw.rule, reason: raw.reason, pack: asm.packName, loc: locationOf(src, path) };
  asm.set.disabled.push(disabled);
  asm.origin(disabled, src, path);
}
