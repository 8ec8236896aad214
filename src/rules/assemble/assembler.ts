// Turning checked YAML into a RuleSet, one pack at a time, in order.
// The built-in set comes first; each pack may add things, change existing
// ones only when it says `override: true`, and switch rules off only under
// `disable:` with a reason. Every refusal names the file and line.
//
// This file holds what every kind of item shares (ids, overrides, locks, where
// each item came from) and reads a file section by section. Each kind of item
// is read in a file of its own beside it:
//   questions.ts  questions and their answers
//   rules.ts      rules, their conditions and examples, verdicts, `disable:`
//   advice.ts     advice, step groups, contacts and headlines
//   wording.ts    wording by key, reading vocabulary and limits, answer groups, other lists

import type { Problem } from '../../util/errors.js';
import type { RulesFile } from '../file-format/index.js';
import { expandLocks, LOCKED, lockedMessage, lockIndex, lockKey, type LockedChange, type PendingLock } from '../locks.js';
import type { LockDef, LockKind, PackInfo, RuleSet, SourceLocation } from '../types.js';
import { locationOf, type YamlSource } from '../yaml-source.js';
import { addAdvice, addContact, addHeadline, addStepGroup } from './advice.js';
import { addQuestion } from './questions.js';
import { addDisable, addRule, addVerdict } from './rules.js';
import { addAnswerGroups, addInterview, addLimits, addNearMissQuestions, addOutput, addPrimarySource, addReading } from './wording.js';

/** Where in a YAML file: keys and list indexes from the top. */
export type Path = (string | number)[];

/** Where each definition came from, for meaning checks that point inside it. */
export interface Origin {
  src: YamlSource;
  path: Path;
}
export type Origins = WeakMap<object, Origin>;

function emptyRuleSet(): RuleSet {
  return { packs: [], questions: [], verdicts: [], rules: [], advice: [], stepGroups: [], contacts: [], disabled: [], interview: {}, primarySources: [], headlines: [], answerGroups: {}, nearMissQuestions: [], output: {}, limits: { description: Infinity } };
}

export function fmt(loc: SourceLocation): string {
  return loc.line > 0 ? `${loc.file}:${loc.line}` : loc.file;
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

  /** Read one rule file of the current pack. It has passed the schema check, so it has the format's shape. */
  addFile(src: YamlSource): void {
    const data = src.data as RulesFile;
    data.contacts?.forEach((raw, i) => addContact(this, raw, src, ['contacts', i]));
    data.advice?.forEach((raw, i) => addAdvice(this, raw, src, ['advice', i]));
    data['step-groups']?.forEach((raw, i) => addStepGroup(this, raw, src, ['step-groups', i]));
    data.questions?.forEach((raw, i) => addQuestion(this, raw, src, ['questions', i]));
    data.verdicts?.forEach((raw, i) => addVerdict(this, raw, src, ['verdicts', i]));
    data.rules?.forEach((raw, i) => addRule(this, raw, src, ['rules', i]));
    data.locked?.forEach((raw, i) => this.pendingLocks.push({ raw, src, path: ['locked', i] }));
    data.disable?.forEach((raw, i) => addDisable(this, raw, src, ['disable', i]));
    data['primary-sources']?.forEach((raw, i) => addPrimarySource(this, raw, src, ['primary-sources', i]));
    if (data.reading) addReading(this.set, data.reading);
    if (data.interview) addInterview(this, data.interview, src);
    if (data.output) addOutput(this.set, data.output);
    if (data['near-miss-questions']) addNearMissQuestions(this.set, data['near-miss-questions']);
    data.headlines?.forEach((raw, i) => addHeadline(this, raw, src, ['headlines', i]));
    if (data['answer-groups']) addAnswerGroups(this, data['answer-groups'], src);
    if (data.limits) addLimits(this, data.limits, src);
  }

  // ---- Shared by the readers of each kind of item ----

  /** The name of the pack being read. */
  get packName(): string {
    return this.pack!.name;
  }

  /** Items by id, per list, so finding an earlier definition never scans the list (a big pack stays linear). */
  private byId = new WeakMap<object, Map<string, { id: string }>>();

  find<T extends { id: string }>(list: T[], id: string): T | undefined {
    let index = this.byId.get(list) as Map<string, T> | undefined;
    if (!index) {
      index = new Map();
      for (const x of list) if (!index.has(x.id)) index.set(x.id, x);
      this.byId.set(list, index);
    }
    return index.get(id);
  }

  /** Add an item to a list (at the end, or at `at`), keeping the index by id up to date. */
  push<T extends { id: string }>(list: T[], item: T, at = list.length): void {
    list.splice(at, 0, item);
    const index = this.byId.get(list) as Map<string, T> | undefined;
    if (index && !index.has(item.id)) index.set(item.id, item);
  }

  /** Remember where an item was defined (or changed), for the meaning checks. */
  origin(item: object, src: YamlSource, path: Path): void {
    this.origins.set(item, { src, path });
  }

  /** Where the current pack defined `key` before, or undefined (and it is recorded as defined here). */
  definedBefore(key: string, here: SourceLocation): SourceLocation | undefined {
    const earlier = this.definedHere.get(key);
    if (!earlier) this.definedHere.set(key, here);
    return earlier;
  }

  lockOn(kind: LockKind, id: string): LockDef | undefined {
    return this.locks.get(lockKey(kind, id));
  }

  lockedError(src: YamlSource, path: Path, what: string, lock: LockDef, changes: LockedChange[]): void {
    const key = changes.find((c) => c.key)?.key;
    this.problems.push({ severity: 'error', ...locationOf(src, path, key), message: lockedMessage(what, lock, changes), code: LOCKED } as Problem);
  }

  error(src: YamlSource, path: Path, message: string, key?: string): void {
    this.problems.push({ severity: 'error', ...locationOf(src, path, key), message });
  }

  /**
   * Shared bookkeeping for every kind of item with an id: refuses duplicates in one pack,
   * changes to earlier packs' items without `override: true`, and overrides of nothing.
   * Returns the existing item to change, "new" to create one, or undefined to skip.
   */
  claim<T extends { id: string; loc: SourceLocation }>(
    kind: string,
    list: T[],
    raw: { id: string; override?: boolean },
    src: YamlSource,
    path: Path,
  ): T | 'new' | undefined {
    const id = raw.id;
    const dup = this.definedBefore(`${kind}:${id}`, locationOf(src, path));
    if (dup) {
      this.error(src, path, `${kind} "${id}" is defined twice in this pack (first at ${fmt(dup)})`);
      return undefined;
    }
    const existing = this.find(list, id);
    const override = raw.override === true;
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
}
