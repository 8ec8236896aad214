// What a rule file keeps by key or as a plain list: the interview's and a
// result's wording, the free-text reader's vocabulary, named answer groups,
// the near-miss questions, the sites accepted as primary sources, and the
// limits on what is read. A later pack adds to each list; for a key, the later
// pack's wording wins (unless the key is locked); a limit it may only lower.

import type { AnswerSetEntry, LimitsEntry, PrimarySourceEntry, ReadingEntry } from '../file-format/index.js';
import { QUESTION_IDS, READING_ANSWER_LISTS, READING_ANSWER_MAPS, READING_PHRASES_BY_ANSWER, type QuestionId, type ReadingDef, type RuleSet } from '../types.js';
import { locationOf, type YamlSource } from '../yaml-source.js';
import type { Assembler, Path } from './assembler.js';

export function addInterview(asm: Assembler, wording: Record<string, string>, src: YamlSource): void {
  for (const [k, v] of Object.entries(wording)) {
    const lock = asm.lockOn('interview', k);
    if (lock && v !== asm.set.interview[k]) {
      asm.lockedError(src, ['interview', k], `interview text "${k}"`, lock, [{ what: 'reword it' }]);
      continue;
    }
    asm.set.interview[k] = v;
  }
}

export function addOutput(set: RuleSet, wording: Record<string, string>): void {
  for (const [k, v] of Object.entries(wording)) set.output[k] = v;
}

export function addNearMissQuestions(set: RuleSet, questions: readonly QuestionId[]): void {
  for (const q of questions) if (!set.nearMissQuestions.includes(q)) set.nearMissQuestions.push(q);
}

/** A pack can only add answers to a group, never take one away. */
export function addAnswerGroups(asm: Assembler, groups: Record<string, AnswerSetEntry>, src: YamlSource): void {
  for (const [name, raw] of Object.entries(groups)) {
    const group = (asm.set.answerGroups[name] ??= {});
    for (const [q, ids] of Object.entries(raw) as [QuestionId, string[]][]) {
      const list = (group[q] ??= []);
      for (const id of ids) if (!list.includes(id)) list.push(id);
    }
    asm.origin(group, src, ['answer-groups', name]);
  }
}

export function addPrimarySource(asm: Assembler, raw: PrimarySourceEntry, src: YamlSource, path: Path): void {
  const domain = raw.domain.toLowerCase();
  const sites = (asm.set.primarySources ??= []);
  // Adding a site twice is harmless: the first stays.
  if (sites.some((d) => d.domain === domain)) return;
  sites.push({ domain, subdomains: raw.subdomains === true, name: raw.name, pack: asm.packName, loc: locationOf(src, path) });
}

/** The reading keys that are plain lists of phrases or words, from the file's key to ReadingDef's field. */
const READING_LISTS = [
  ['senses', 'senses'], ['process', 'process'], ['genuine', 'genuine'], ['scam', 'scam'], ['complied', 'complied'],
  ['questions', 'questions'], ['demands', 'demands'], ['speech', 'speech'], ['fact-questions', 'factQuestions'],
  ['beliefs', 'beliefs'], ['wishes', 'wishes'], ['causatives', 'causatives'], ['people-moved', 'peopleMoved'],
  ['care-callers', 'careCallers'], ['call-words', 'callWords'], ['rings-out', 'ringsOut'], ['loss-words', 'lossWords'], ['other-doers', 'otherDoers'],
  ['reported-first', 'reportedFirst'], ['own-call-words', 'ownCallWords'], ['trusted-numbers', 'trustedNumbers'], ['untrusted-numbers', 'untrustedNumbers'],
  ['own-call-stops', 'ownCallStops'], ['own-call-places', 'ownCallPlaces'], ['service-payees', 'servicePayees'], ['service-stops', 'serviceStops'],
] as const satisfies readonly (readonly [keyof ReadingEntry, keyof ReadingDef])[];

/** Reading vocabulary with nothing in it: where packs start adding, and what tests fill in. */
export function emptyReading(): ReadingDef {
  return {
    senses: [], process: [], genuine: [], genuineExact: [], scam: [], complied: [], questions: [], demands: [], needsDemand: {}, needsNear: [],
    oneWordNeedsDemand: {}, allNeedDemand: {}, doneNotAsked: {}, standsAlone: {}, ownReactions: {}, speech: [], oneWordNeedsSpeech: {}, factQuestions: [], ownDeedKeeps: {}, beliefs: [], wishes: [], causatives: [], peopleMoved: [], questionKeeps: {}, compliedMeans: {}, wantedMeans: {}, nearMissMeans: {}, conditionMeans: {}, claimedMeans: {}, reportedFirst: [], reportedDrops: {}, ringsThePerson: {}, genuineDrops: {}, careCallers: [], careDrops: {}, careKeeps: {}, quotedCallerDoubtedWith: {}, beforeTheCall: {}, callWords: [], ringsOut: [], lossWords: [], otherDoers: [], ownCallWords: [], ownCallTo: {}, trustedNumbers: [], untrustedNumbers: [], ownCallStops: [], ownCallPlaces: [], ownCallDrops: {}, ownCallKeeps: {}, servicePayees: [], serviceStops: [], serviceDrops: {}, serviceKeeps: {}, wording: {},
  };
}

/** Reading vocabulary: lists are added to, maps merged (a later pack's key wins). */
export function addReading(set: RuleSet, raw: ReadingEntry): void {
  const r = (set.reading ??= emptyReading());
  for (const [key, field] of READING_LISTS) for (const p of raw[key] ?? []) if (!r[field].includes(p)) r[field].push(p);
  for (const entry of raw['needs-near'] ?? []) r.needsNear.push({ question: entry.question, answer: entry.answer, phrases: entry.phrases, before: entry.before ?? [], after: entry.after ?? [], note: entry.note, quiet: entry.quiet, afterSaidEarlier: entry['after-said-earlier'], ignore: entry.ignore, onlyNow: entry['only-now'] });
  for (const q of QUESTION_IDS) {
    for (const [key, field] of READING_PHRASES_BY_ANSWER) {
      for (const [answer, phrases] of Object.entries(raw[key]?.[q] ?? {})) {
        const into = ((r[field][q] ??= {})[answer] ??= []);
        for (const p of phrases) if (!into.includes(p)) into.push(p);
      }
    }
  }
  for (const p of raw['genuine-exact'] ?? []) if (!r.genuineExact.includes(p.toLowerCase())) r.genuineExact.push(p.toLowerCase());
  for (const [key, field] of READING_ANSWER_MAPS) for (const [k, v] of Object.entries(raw[key] ?? {})) r[field][k] = v;
  for (const [key, field] of READING_ANSWER_LISTS) {
    const byQuestion = raw[key];
    const into = r[field];
    if (!byQuestion) continue;
    for (const q of QUESTION_IDS) {
      const ids = byQuestion[q] ?? [];
      if (ids.length > 0) into[q] = [...new Set([...(into[q] ?? []), ...ids])];
    }
  }
  for (const [k, v] of Object.entries(raw.wording ?? {})) r.wording[k] = v;
}

/** A pack may lower a limit (read less), never raise it above what the packs before it set. */
export function addLimits(asm: Assembler, raw: LimitsEntry, src: YamlSource): void {
  const limit = raw.description;
  if (limit === undefined) return;
  const now = asm.set.limits.description;
  if (limit > now) {
    asm.error(src, ['limits'], `limits.description ${limit} is more than ${now}, the limit set before this pack: a pack may lower it, never raise it`, 'description');
    return;
  }
  asm.set.limits.description = limit;
}
