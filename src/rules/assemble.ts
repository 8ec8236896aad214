// Turning validated YAML into a RuleSet, one pack at a time, in order.
// The built-in set comes first; each pack may add things, change existing
// ones only when it says `override: true`, and switch rules off only under
// `disable:` with a reason. Every refusal names the file and line.

import type { Problem } from '../util/errors.js';
import {
  QUESTION_IDS,
  VERDICTS,
  type AdviceDef,
  type AnswerDef,
  type Condition,
  type ContactDef,
  type LockDef,
  type LockKind,
  type HeadlineDef,
  type PackInfo,
  type QuestionDef,
  type QuestionId,
  type Region,
  type RuleDef,
  type RuleSet,
  type SourceLocation,
  type StepGroupDef,
  type Verdict,
  type VerdictDef,
  REGIONS,
} from './types.js';
import { expandLocks, LOCKED, lockedMessage, lockIndex, lockKey, removed, type LockedChange, type PendingLock } from './locks.js';
import { locationOf, type YamlSource } from './yaml-source.js';

type Raw = Record<string, unknown>;

/** Where each definition came from, for meaning checks that point inside it. */
export interface Origin {
  src: YamlSource;
  path: (string | number)[];
}
export type Origins = WeakMap<object, Origin>;

export function emptyRuleSet(): RuleSet {
  return { packs: [], questions: [], verdicts: [], rules: [], advice: [], stepGroups: [], contacts: [], disabled: [], interview: {}, primarySources: [], headlines: [], answerGroups: {}, nearMissQuestions: [], output: {} };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);

function fmt(loc: SourceLocation): string {
  return loc.line > 0 ? `${loc.file}:${loc.line}` : loc.file;
}

/** Normalise a YAML condition to the Condition type. Shape errors were caught by the schema. */
export function toCondition(raw: unknown, at: string, problems: string[]): Condition {
  const obj = (raw ?? {}) as Raw;
  const keys = Object.keys(obj);
  const combinators = keys.filter((k) => k === 'all' || k === 'any' || k === 'not');
  const questions = keys.filter((k) => (QUESTION_IDS as readonly string[]).includes(k));
  if (combinators.length > 1 || (combinators.length === 1 && questions.length > 0)) {
    problems.push(`${at} mixes ${keys.join(', ')}: a condition is one of all, any, not, or question ids`);
  }
  if (combinators[0] === 'all') return { all: (obj['all'] as unknown[]).map((c, i) => toCondition(c, `${at}.all[${i}]`, problems)) };
  if (combinators[0] === 'any') return { any: (obj['any'] as unknown[]).map((c, i) => toCondition(c, `${at}.any[${i}]`, problems)) };
  if (combinators[0] === 'not') return { not: toCondition(obj['not'], `${at}.not`, problems) };
  const answers: Partial<Record<QuestionId, string[]>> = {};
  for (const q of questions) {
    const v = obj[q];
    answers[q as QuestionId] = typeof v === 'string' ? [v] : strList(v);
  }
  return { answers };
}

function toAnswerSet(raw: unknown): Partial<Record<QuestionId, string[]>> {
  const out: Partial<Record<QuestionId, string[]>> = {};
  for (const [k, v] of Object.entries((raw ?? {}) as Raw)) out[k as QuestionId] = strList(v);
  return out;
}

export class Assembler {
  readonly set: RuleSet = emptyRuleSet();
  readonly origins: Origins = new WeakMap();
  readonly problems: Problem[] = [];
  private pack: PackInfo | undefined;
  /** Ids defined by the pack being read, to tell a duplicate from an override. */
  private definedHere = new Map<string, SourceLocation>();
  /** The pack's `locked:` entries, expanded once the whole pack is read. */
  private pendingLocks: PendingLock[] = [];
  /** Locks of the packs read so far, by kind and id. */
  private locks = new Map<string, LockDef>();

  /** Start from a rule set assembled before (owned by this assembler from now on). Its items keep their `loc`, without origins. */
  seed(set: RuleSet): void {
    Object.assign(this.set, set);
    this.locks = lockIndex(this.set);
  }

  beginPack(info: PackInfo): void {
    this.endPack();
    this.pack = info;
    this.set.packs.push(info);
    this.definedHere = new Map();
  }

  /** Finish the pack being read: step groups in order, and its locks bind every pack after it. Called again harmlessly. */
  endPack(): void {
    // Kept in step order, so the engine and `rules show` can read them straight off.
    this.set.stepGroups.sort((a, b) => a.fromOrder - b.fromOrder);
    if (!this.pack || this.pendingLocks.length === 0) return;
    const { locks, problems } = expandLocks(this.set, this.pack, this.pendingLocks);
    this.pendingLocks = [];
    this.problems.push(...problems);
    this.set.locks = [...(this.set.locks ?? []), ...locks];
    this.locks = lockIndex(this.set);
  }

  /** Items by id, per list, so finding an earlier definition never scans the list (a big pack stays linear). */
  private byId = new WeakMap<object, Map<string, { id: string }>>();

  private find<T extends { id: string }>(list: T[], id: string): T | undefined {
    let index = this.byId.get(list) as Map<string, T> | undefined;
    if (!index) {
      index = new Map();
      for (const x of list) if (!index.has(x.id)) index.set(x.id, x);
      this.byId.set(list, index);
    }
    return index.get(id);
  }

  private push<T extends { id: string }>(list: T[], item: T): void {
    list.push(item);
    const index = this.byId.get(list) as Map<string, T> | undefined;
    if (index && !index.has(item.id)) index.set(item.id, item);
  }

  private lockOn(kind: LockKind, id: string): LockDef | undefined {
    return this.locks.get(lockKey(kind, id));
  }

  private lockedError(src: YamlSource, path: (string | number)[], what: string, lock: LockDef, changes: LockedChange[]): void {
    const key = changes.find((c) => c.key)?.key;
    this.problems.push({ severity: 'error', ...locationOf(src, path, key), message: lockedMessage(what, lock, changes), code: LOCKED } as Problem);
  }

  private error(src: YamlSource, path: (string | number)[], message: string, key?: string): void {
    this.problems.push({ severity: 'error', ...locationOf(src, path, key), message });
  }

  /**
   * Shared bookkeeping for every kind of item with an id: refuses duplicates in one pack,
   * changes to earlier packs' items without `override: true`, and overrides of nothing.
   * Returns the existing item to change, "new" to create one, or undefined to skip.
   */
  private claim<T extends { id: string; loc: SourceLocation }>(
    kind: string,
    list: T[],
    raw: Raw,
    src: YamlSource,
    path: (string | number)[],
  ): T | 'new' | undefined {
    const id = String(raw['id']);
    const here = locationOf(src, path);
    const key = `${kind}:${id}`;
    const dup = this.definedHere.get(key);
    if (dup) {
      this.error(src, path, `${kind} "${id}" is defined twice in this pack (first at ${fmt(dup)})`);
      return undefined;
    }
    this.definedHere.set(key, here);
    const existing = this.find(list, id);
    const override = raw['override'] === true;
    if (existing && !override) {
      this.error(
        src,
        path,
        `${kind} "${id}" is already defined at ${fmt(existing.loc)}; add "override: true" to change it` +
          (kind === 'rule' ? ', or list it under "disable:" with a reason' : ''),
      );
      return undefined;
    }
    if (!existing && override) {
      this.error(src, path, `${kind} "${id}" has "override: true" but there is no earlier ${kind} "${id}" to change`);
      return undefined;
    }
    return existing ?? 'new';
  }

  addFile(src: YamlSource): void {
    const data = src.data as Raw;
    const section = (name: string): Raw[] => (Array.isArray(data[name]) ? (data[name] as Raw[]) : []);
    section('contacts').forEach((raw, i) => this.addContact(raw, src, ['contacts', i]));
    section('advice').forEach((raw, i) => this.addAdvice(raw, src, ['advice', i]));
    section('step-groups').forEach((raw, i) => this.addStepGroup(raw, src, ['step-groups', i]));
    section('questions').forEach((raw, i) => this.addQuestion(raw, src, ['questions', i]));
    section('verdicts').forEach((raw, i) => this.addVerdict(raw, src, ['verdicts', i]));
    section('rules').forEach((raw, i) => this.addRule(raw, src, ['rules', i]));
    section('locked').forEach((raw, i) => this.pendingLocks.push({ raw, src, path: ['locked', i] }));
    section('disable').forEach((raw, i) => {
      const lock = this.lockOn('rule', String(raw['rule']));
      if (lock) {
        this.lockedError(src, ['disable', i], `rule "${String(raw['rule'])}"`, lock, [{ what: 'switch it off', key: 'rule' }]);
        return;
      }
      this.set.disabled.push({
        rule: String(raw['rule']),
        reason: String(raw['reason']),
        pack: this.pack!.name,
        loc: locationOf(src, ['disable', i]),
      });
      this.origins.set(this.set.disabled.at(-1)!, { src, path: ['disable', i] });
    });
    section('primary-sources').forEach((raw, i) => {
      const domain = (str(raw['domain']) ?? '').toLowerCase();
      const sites = (this.set.primarySources ??= []);
      // Adding a site twice is harmless: the first stays.
      if (sites.some((d) => d.domain === domain)) return;
      sites.push({
        domain,
        subdomains: raw['subdomains'] === true,
        name: str(raw['name']) ?? '',
        pack: this.pack!.name,
        loc: locationOf(src, ['primary-sources', i]),
      });
    });
    const reading = data['reading'];
    if (reading && typeof reading === 'object') this.addReading(reading as Raw);
    const interview = data['interview'];
    if (interview && typeof interview === 'object') {
      for (const [k, v] of Object.entries(interview as Raw)) {
        if (typeof v !== 'string') continue;
        const lock = this.lockOn('interview', k);
        if (lock && v !== this.set.interview[k]) {
          this.lockedError(src, ['interview', k], `interview text "${k}"`, lock, [{ what: 'reword it' }]);
          continue;
        }
        this.set.interview[k] = v;
      }
    }
    const output = data['output'];
    if (output && typeof output === 'object') {
      for (const [k, v] of Object.entries(output as Raw)) if (typeof v === 'string') this.set.output[k] = v;
    }
    for (const q of strList(data['near-miss-questions'])) {
      if ((QUESTION_IDS as readonly string[]).includes(q) && !this.set.nearMissQuestions.includes(q as QuestionId)) this.set.nearMissQuestions.push(q as QuestionId);
    }
    section('headlines').forEach((raw, i) => this.addHeadline(raw, src, ['headlines', i]));
    const groups = data['answer-groups'];
    if (groups && typeof groups === 'object') {
      // A pack can only add answers to a group, never take one away.
      for (const [name, raw] of Object.entries(groups as Raw)) {
        const group = (this.set.answerGroups[name] ??= {});
        for (const [q, ids] of Object.entries((raw ?? {}) as Raw)) {
          if (!(QUESTION_IDS as readonly string[]).includes(q)) continue;
          const list = (group[q as QuestionId] ??= []);
          for (const id of strList(ids)) if (!list.includes(id)) list.push(id);
        }
        this.origins.set(group, { src, path: ['answer-groups', name] });
      }
    }
  }

  private addHeadline(raw: Raw, src: YamlSource, path: (string | number)[]): void {
    const target = this.claim('headline', this.set.headlines, raw, src, path);
    if (target === undefined) return;
    if (target !== 'new') {
      if ('when' in raw || 'min-verdict' in raw || 'max-verdict' in raw) {
        this.error(src, path, `headline "${target.id}": an override can change its wording, not when it is chosen`, 'when' in raw ? 'when' : undefined);
        return;
      }
      target.changedBy.push(this.pack!.name);
      if (str(raw['text'])) target.text = str(raw['text'])!;
      if (Array.isArray(raw['contacts'])) target.contacts = strList(raw['contacts']);
      if (Array.isArray(raw['sources'])) target.sources = [...new Set([...target.sources, ...strList(raw['sources'])])];
      this.origins.set(target, { src, path });
      return;
    }
    const shape: string[] = [];
    const h: HeadlineDef = {
      id: String(raw['id']),
      text: str(raw['text']) ?? '',
      ...(raw['when'] !== undefined ? { when: toCondition(raw['when'], 'when', shape) } : {}),
      ...(str(raw['min-verdict']) ? { minVerdict: str(raw['min-verdict']) as Verdict } : {}),
      ...(str(raw['max-verdict']) ? { maxVerdict: str(raw['max-verdict']) as Verdict } : {}),
      contacts: strList(raw['contacts']),
      covers: strList(raw['covers']),
      sources: strList(raw['sources']),
      examples: { match: [], noMatch: [] },
      pack: this.pack!.name,
      changedBy: [],
      loc: locationOf(src, path),
    };
    for (const m of shape) this.error(src, [...path, 'when'], `headline "${h.id}": ${m}`);
    const ex = raw['examples'] as Raw | undefined;
    if (ex) {
      h.examples = {
        match: Array.isArray(ex['match']) ? ex['match'].map(toAnswerSet) : [],
        noMatch: Array.isArray(ex['no-match']) ? ex['no-match'].map(toAnswerSet) : [],
      };
    }
    // A pack's new headline goes after the earlier packs' specific ones, before their fallbacks (those with no `when`).
    const fallback = this.set.headlines.findIndex((x) => x.pack !== h.pack && x.when === undefined);
    if (fallback < 0) this.set.headlines.push(h);
    else this.set.headlines.splice(fallback, 0, h);
    this.origins.set(h, { src, path });
  }

  /** Reading vocabulary: lists are added to, maps merged (a later pack's key wins). */
  private addReading(raw: Raw): void {
    const r = (this.set.reading ??= { senses: [], process: [], genuine: [], genuineExact: [], scam: [], complied: [], questions: [], demands: [], needsDemand: {}, needsNear: [], oneWordNeedsDemand: {}, speech: [], oneWordNeedsSpeech: {}, factQuestions: [], questionKeeps: {}, compliedMeans: {}, genuineDrops: {}, wording: {} });
    for (const key of ['senses', 'process', 'genuine', 'scam', 'complied', 'questions', 'demands', 'speech'] as const) for (const p of strList(raw[key])) if (!r[key].includes(p)) r[key].push(p);
    for (const p of strList(raw['fact-questions'])) if (!r.factQuestions.includes(p)) r.factQuestions.push(p);
    for (const p of strList(raw['genuine-exact'])) if (!r.genuineExact.includes(p.toLowerCase())) r.genuineExact.push(p.toLowerCase());
    const means = raw['complied-means'];
    if (means && typeof means === 'object') for (const [k, v] of Object.entries(means as Raw)) if (typeof v === 'string') r.compliedMeans[k] = v;
    for (const [key, into] of [['genuine-drops', r.genuineDrops], ['question-keeps', r.questionKeeps], ['one-word-needs-demand', r.oneWordNeedsDemand], ['one-word-needs-speech', r.oneWordNeedsSpeech]] as const) {
      const byQuestion = raw[key];
      if (!byQuestion || typeof byQuestion !== 'object') continue;
      for (const q of QUESTION_IDS) {
        const ids = strList((byQuestion as Raw)[q]);
        if (ids.length > 0) into[q] = [...new Set([...(into[q] ?? []), ...ids])];
      }
    }
    const near = raw['needs-near'];
    if (Array.isArray(near)) {
      for (const entry of near as Raw[]) {
        const question = entry['question'];
        if (typeof question !== 'string' || !(QUESTION_IDS as readonly string[]).includes(question) || typeof entry['answer'] !== 'string') continue;
        r.needsNear.push({ question: question as QuestionId, answer: entry['answer'], phrases: strList(entry['phrases']), before: strList(entry['before']), after: strList(entry['after']) });
      }
    }
    const needs = raw['needs-demand'];
    if (needs && typeof needs === 'object') {
      for (const q of QUESTION_IDS) {
        const byAnswer = (needs as Raw)[q];
        if (!byAnswer || typeof byAnswer !== 'object') continue;
        const into = (r.needsDemand[q] ??= {});
        for (const [id, list] of Object.entries(byAnswer as Raw)) {
          const phrases = (into[id] ??= []);
          for (const p of strList(list)) if (!phrases.includes(p)) phrases.push(p);
        }
      }
    }
    const wording = raw['wording'];
    if (wording && typeof wording === 'object') for (const [k, v] of Object.entries(wording as Raw)) if (typeof v === 'string') r.wording[k] = v;
  }

  private addContact(raw: Raw, src: YamlSource, path: (string | number)[]): void {
    const target = this.claim('contact', this.set.contacts, raw, src, path);
    if (target === undefined) return;
    const c: ContactDef =
      target === 'new'
        ? { id: String(raw['id']), name: '', phone: '', regions: [], sources: [], pack: this.pack!.name, changedBy: [], loc: locationOf(src, path) }
        : target;
    if (target !== 'new') {
      const lock = this.lockOn('contact', c.id);
      if (lock) {
        const changes: LockedChange[] = (['name', 'phone', 'web', 'note'] as const)
          .filter((k) => str(raw[k]) !== undefined && str(raw[k]) !== c[k])
          .map((k) => ({ what: `change its ${k}`, key: k }));
        const gone = Array.isArray(raw['regions']) ? removed(c.regions, strList(raw['regions'])) : [];
        if (gone.length > 0) changes.push({ what: `take ${gone.join(', ')} from its regions`, key: 'regions' });
        if (changes.length > 0) return this.lockedError(src, path, `contact "${c.id}"`, lock, changes);
        // What may change only grows.
        if (Array.isArray(raw['regions'])) raw = { ...raw, regions: [...new Set([...c.regions, ...strList(raw['regions'])])] };
        if (Array.isArray(raw['sources'])) raw = { ...raw, sources: [...new Set([...c.sources, ...strList(raw['sources'])])] };
      }
      c.changedBy.push(this.pack!.name);
    }
    if (str(raw['name'])) c.name = str(raw['name'])!;
    if (str(raw['phone'])) c.phone = str(raw['phone'])!;
    if (str(raw['web'])) c.web = str(raw['web']);
    if (str(raw['email'])) c.email = str(raw['email']);
    if (str(raw['checked'])) c.checked = str(raw['checked']);
    if (str(raw['note'])) c.note = str(raw['note']);
    if (Array.isArray(raw['regions'])) c.regions = strList(raw['regions']) as Region[];
    if (Array.isArray(raw['sources'])) c.sources = strList(raw['sources']);
    if (target === 'new') this.push(this.set.contacts, c);
    this.origins.set(c, { src, path });
  }

  private addAdvice(raw: Raw, src: YamlSource, path: (string | number)[]): void {
    const target = this.claim('advice', this.set.advice, raw, src, path);
    if (target === undefined) return;
    const a: AdviceDef =
      target === 'new'
        ? {
            id: String(raw['id']),
            text: '',
            regionText: {},
            order: 500,
            contacts: [],
            regions: [...REGIONS],
            sources: [],
            pack: this.pack!.name,
            changedBy: [],
            loc: locationOf(src, path),
          }
        : target;
    if (target !== 'new') {
      const lock = this.lockOn('advice', a.id);
      if (lock) {
        const changes: LockedChange[] = [];
        if (str(raw['text']) !== undefined && raw['text'] !== a.text) changes.push({ what: 'reword it', key: 'text' });
        const regionText = raw['region-text'] && typeof raw['region-text'] === 'object' ? (raw['region-text'] as Record<string, unknown>) : {};
        const reworded = Object.entries(regionText).filter(([r, t]) => t !== (a.regionText[r as Region] ?? a.text)).map(([r]) => r);
        if (reworded.length > 0) changes.push({ what: `reword it for ${reworded.join(', ')}`, key: 'region-text' });
        if (typeof raw['order'] === 'number' && raw['order'] !== a.order) changes.push({ what: `move it (order ${a.order})`, key: 'order' });
        const goneRegions = Array.isArray(raw['regions']) ? removed(a.regions, strList(raw['regions'])) : [];
        if (goneRegions.length > 0) changes.push({ what: `take ${goneRegions.join(', ')} from its regions`, key: 'regions' });
        const goneContacts = Array.isArray(raw['contacts']) ? removed(a.contacts, strList(raw['contacts'])) : [];
        if (goneContacts.length > 0) changes.push({ what: `take contacts from it (${goneContacts.join(', ')})`, key: 'contacts' });
        if (changes.length > 0) return this.lockedError(src, path, `advice "${a.id}"`, lock, changes);
        for (const k of ['regions', 'contacts', 'sources'] as const) {
          if (Array.isArray(raw[k])) raw = { ...raw, [k]: [...new Set([...a[k], ...strList(raw[k])])] };
        }
      }
      a.changedBy.push(this.pack!.name);
    }
    if (str(raw['text'])) a.text = str(raw['text'])!;
    if (raw['region-text'] && typeof raw['region-text'] === 'object') {
      a.regionText = { ...a.regionText, ...(raw['region-text'] as Partial<Record<Region, string>>) };
    }
    if (typeof raw['order'] === 'number') a.order = raw['order'];
    if (Array.isArray(raw['contacts'])) a.contacts = strList(raw['contacts']);
    if (Array.isArray(raw['regions'])) a.regions = strList(raw['regions']) as Region[];
    if (Array.isArray(raw['sources'])) a.sources = strList(raw['sources']);
    if (target === 'new') {
      // When a step shows is part of its meaning: an override cannot hide it.
      if (raw['when'] !== undefined) {
        const shape: string[] = [];
        a.when = toCondition(raw['when'], 'when', shape);
        for (const m of shape) this.error(src, [...path, 'when'], `advice "${a.id}": ${m}`);
      }
      if (str(raw['min-verdict'])) a.minVerdict = str(raw['min-verdict']) as Verdict;
      if (str(raw['max-verdict'])) a.maxVerdict = str(raw['max-verdict']) as Verdict;
      a.conflicts = strList(raw['conflicts']);
      this.push(this.set.advice, a);
    } else if ('when' in raw || 'min-verdict' in raw || 'max-verdict' in raw) {
      this.error(src, path, `advice "${a.id}": an override can change its wording, not when it is shown`, 'when' in raw ? 'when' : undefined);
    }
    this.origins.set(a, { src, path });
  }

  private addStepGroup(raw: Raw, src: YamlSource, path: (string | number)[]): void {
    const target = this.claim('step group', this.set.stepGroups, raw, src, path);
    if (target === undefined) return;
    const g: StepGroupDef =
      target === 'new'
        ? { id: String(raw['id']), heading: '', fromOrder: 0, pack: this.pack!.name, changedBy: [], loc: locationOf(src, path) }
        : target;
    if (target !== 'new') g.changedBy.push(this.pack!.name);
    if (str(raw['heading'])) g.heading = str(raw['heading'])!;
    if (typeof raw['from-order'] === 'number') g.fromOrder = raw['from-order'];
    if (target === 'new') this.push(this.set.stepGroups, g);
    this.origins.set(g, { src, path });
  }

  private addQuestion(raw: Raw, src: YamlSource, path: (string | number)[]): void {
    const id = String(raw['id']) as QuestionId;
    let q = this.find(this.set.questions, id);
    const wording = ['prompt', 'hint', 'heading', 'multiple', 'empty-answer'].filter((k) => k in raw);
    const key = `question:${id}`;
    const dup = this.definedHere.get(key);
    if (dup) {
      this.error(src, path, `question "${id}" is given twice in this pack (first at ${fmt(dup)}); list all its answers in one place`);
      return;
    }
    this.definedHere.set(key, locationOf(src, path));
    if (!q) {
      q = { id, prompt: '', hint: '', heading: '', multiple: true, answers: [], pack: this.pack!.name, loc: locationOf(src, path) };
      this.push(this.set.questions, q);
    } else if (wording.length > 0 && raw['override'] !== true) {
      this.error(src, path, `question "${id}" is already worded at ${fmt(q.loc)}; add "override: true" to change its ${wording.join(', ')}`, wording[0]);
    } else {
      const lock = this.lockOn('question', id);
      const fields = { prompt: q.prompt, hint: q.hint, heading: q.heading, 'empty-answer': q.emptyAnswer } as Record<string, string | undefined>;
      const changed = Object.keys(fields).filter((k) => str(raw[k]) !== undefined && raw[k] !== fields[k]);
      if (lock && changed.length > 0) {
        this.lockedError(src, path, `question "${id}"`, lock, changed.map((k) => ({ what: `change its ${k}`, key: k })));
        raw = Object.fromEntries(Object.entries(raw).filter(([k]) => !changed.includes(k)));
      }
    }
    if (str(raw['prompt'])) q.prompt = str(raw['prompt'])!;
    if (str(raw['hint'])) q.hint = str(raw['hint'])!;
    if (str(raw['heading'])) q.heading = str(raw['heading'])!;
    if (bool(raw['multiple']) !== undefined) q.multiple = bool(raw['multiple'])!;
    if (str(raw['empty-answer'])) q.emptyAnswer = str(raw['empty-answer']);
    this.origins.set(q, { src, path });
    const answers = Array.isArray(raw['answers']) ? (raw['answers'] as Raw[]) : [];
    answers.forEach((a, i) => this.addAnswer(q, a, src, [...path, 'answers', i]));
  }

  private addAnswer(q: QuestionDef, raw: Raw, src: YamlSource, path: (string | number)[]): void {
    const id = String(raw['id']);
    const key = `answer:${q.id}:${id}`;
    const dup = this.definedHere.get(key);
    if (dup) {
      this.error(src, path, `answer "${q.id}: ${id}" is defined twice in this pack (first at ${fmt(dup)})`);
      return;
    }
    this.definedHere.set(key, locationOf(src, path));
    const existing = this.find(q.answers, id);
    const phrases = strList(raw['phrases']);
    if (existing) {
      // A pack may add phrases to any answer; changing its wording needs override.
      const wording = ['label', 'hint', 'urgent', 'neutral'].filter((k) => k in raw);
      if (wording.length > 0 && raw['override'] !== true) {
        this.error(src, path, `answer "${q.id}: ${id}" is already defined at ${fmt(existing.loc)}; add "override: true" to change its ${wording.join(', ')}`, wording[0]);
        return;
      }
      const lock = this.lockOn('answer', `${q.id}:${id}`);
      if (lock) {
        const changes: LockedChange[] = (['label', 'hint'] as const)
          .filter((k) => str(raw[k]) !== undefined && raw[k] !== existing[k])
          .map((k) => ({ what: `change its ${k}`, key: k }));
        if (raw['neutral'] === true && !existing.neutral) changes.push({ what: 'make it neutral', key: 'neutral' });
        if (changes.length > 0) return this.lockedError(src, path, `answer "${q.id}: ${id}"`, lock, changes);
      }
      if (str(raw['label'])) existing.label = str(raw['label'])!;
      if (str(raw['hint'])) existing.hint = str(raw['hint'])!;
      // An override may mark an answer urgent, never un-mark it: that could lower what a check asks of the person.
      if (raw['urgent'] === true) existing.urgent = true;
      if (raw['urgent'] === false && existing.urgent) {
        this.error(src, path, `answer "${q.id}: ${id}" is urgent in ${existing.pack}; a pack cannot make it not urgent`, 'urgent');
      }
      if (bool(raw['neutral']) !== undefined) existing.neutral = bool(raw['neutral'])!;
      const have = new Set(existing.phrases);
      for (const p of phrases) {
        if (have.has(p)) continue;
        existing.phrases.push(p);
        have.add(p);
      }
      this.origins.set(existing, { src, path });
      return;
    }
    if (raw['override'] === true) {
      this.error(src, path, `answer "${q.id}: ${id}" has "override: true" but there is no earlier answer "${id}" to change`);
      return;
    }
    const a: AnswerDef = {
      id,
      label: str(raw['label']) ?? '',
      hint: str(raw['hint']) ?? '',
      phrases,
      urgent: raw['urgent'] === true,
      neutral: raw['neutral'] === true,
      pack: this.pack!.name,
      loc: locationOf(src, path),
    };
    this.push(q.answers, a);
    this.origins.set(a, { src, path });
  }

  private addVerdict(raw: Raw, src: YamlSource, path: (string | number)[]): void {
    const target = this.claim('verdict', this.set.verdicts, raw, src, path);
    if (target === undefined) return;
    if (target !== 'new') {
      // The words that say how serious a call is stay as the rule set first put them:
      // a pack relabelling "Scam" would lower the verdict in all but name.
      const reworded = ['label', 'summary'].filter((k) => k in raw);
      if (reworded.length > 0) {
        this.error(src, path, `verdict "${target.id}": a pack cannot change its ${reworded.join(' or ')}; add advice or a reassurance instead`, reworded[0]);
        return;
      }
    }
    const v: VerdictDef =
      target === 'new'
        ? { id: String(raw['id']) as Verdict, label: '', summary: '', advice: [], sources: [], loc: locationOf(src, path) }
        : target;
    if (str(raw['label'])) v.label = str(raw['label'])!;
    if (str(raw['summary'])) v.summary = str(raw['summary'])!;
    if (str(raw['reassurance'])) v.reassurance = str(raw['reassurance']);
    // Advice is only ever added to a verdict, so a pack cannot take a step away.
    for (const id of strList(raw['advice'])) if (!v.advice.includes(id)) v.advice.push(id);
    if (Array.isArray(raw['sources'])) v.sources = [...new Set([...v.sources, ...strList(raw['sources'])])];
    if (target === 'new') this.push(this.set.verdicts, v);
    this.origins.set(v, { src, path });
  }

  private addRule(raw: Raw, src: YamlSource, path: (string | number)[]): void {
    const target = this.claim('rule', this.set.rules, raw, src, path);
    if (target === undefined) return;
    const shape: string[] = [];
    if (target !== 'new') {
      if ('when' in raw) {
        this.error(src, path, `rule "${target.id}": an override cannot change "when"; disable the rule with a reason and add a new one`, 'when');
        return;
      }
      const newVerdict = str(raw['verdict']) as Verdict | undefined;
      if (newVerdict && VERDICTS.indexOf(newVerdict) < VERDICTS.indexOf(target.verdict)) {
        this.error(src, path, `rule "${target.id}": an override cannot lower the verdict from ${target.verdict} to ${newVerdict}`, 'verdict');
        return;
      }
      const lock = this.lockOn('rule', target.id);
      if (lock) {
        const changes: LockedChange[] = (['title', 'explanation', 'status'] as const)
          .filter((k) => str(raw[k]) !== undefined && raw[k] !== target[k])
          .map((k) => ({ what: `change its ${k}`, key: k }));
        if (changes.length > 0) return this.lockedError(src, path, `rule "${target.id}"`, lock, changes);
      }
      target.changedBy.push(this.pack!.name);
      if (newVerdict) target.verdict = newVerdict;
      if (str(raw['title'])) target.title = str(raw['title'])!;
      if (str(raw['explanation'])) target.explanation = str(raw['explanation'])!;
      if (str(raw['status'])) target.status = str(raw['status']) as RuleDef['status'];
      if (Array.isArray(raw['advice'])) target.advice = [...new Set([...target.advice, ...strList(raw['advice'])])];
      if (Array.isArray(raw['sources'])) target.sources = [...new Set([...target.sources, ...strList(raw['sources'])])];
      if (Array.isArray(raw['related'])) target.related = strList(raw['related']);
      if (raw['examples']) this.setExamples(target, raw['examples'] as Raw, true);
      this.origins.set(target, { src, path });
      return;
    }
    const when = toCondition(raw['when'], 'when', shape);
    for (const m of shape) this.error(src, [...path, 'when'], `rule "${String(raw['id'])}": ${m}`);
    const rule: RuleDef = {
      id: String(raw['id']),
      title: str(raw['title']) ?? '',
      status: (str(raw['status']) as RuleDef['status'] | undefined) ?? 'stable',
      verdict: str(raw['verdict']) as Verdict,
      explanation: str(raw['explanation']) ?? '',
      when,
      advice: strList(raw['advice']),
      sources: strList(raw['sources']),
      examples: { match: [], noMatch: [] },
      related: strList(raw['related']),
      pack: this.pack!.name,
      changedBy: [],
      loc: locationOf(src, path),
    };
    if (raw['examples']) this.setExamples(rule, raw['examples'] as Raw, false);
    this.push(this.set.rules, rule);
    this.origins.set(rule, { src, path });
  }

  private setExamples(rule: RuleDef, raw: Raw, append: boolean): void {
    const match = Array.isArray(raw['match']) ? raw['match'].map(toAnswerSet) : [];
    const noMatch = Array.isArray(raw['no-match']) ? raw['no-match'].map(toAnswerSet) : [];
    rule.examples = append
      ? { match: [...rule.examples.match, ...match], noMatch: [...rule.examples.noMatch, ...noMatch] }
      : { match, noMatch };
  }
}
