// Locks: what protects people cannot be weakened by a pack. A `locked:` section
// (the built-in one is rules/locked.yaml) names items; once the pack holding it
// is read, each entry becomes one LockDef per item. A later pack may still add
// to a locked item (contacts, sources, advice, a higher verdict, phrases), but a
// change to its wording, numbers, order or regions, or disabling it, is an error.

import type { Problem } from '../util/errors.js';
import type { LockEntry } from './file-format/index.js';
import type { LockDef, LockKind, PackInfo, RuleSet, Verdict } from './types.js';
import { locationOf, type YamlSource } from './yaml-source.js';

/** Problems about locks carry this code, so `rules validate` can explain them once. */
export const LOCKED = 'locked';

/** A `locked:` entry as read, expanded when its pack has been read in full. */
export interface PendingLock {
  raw: LockEntry;
  src: YamlSource;
  path: (string | number)[];
}

/** The keys of a `locked:` entry that name what it locks: every field of the format's `lock` but `why`. */
type Selector = Exclude<keyof LockEntry, 'why'>;

export const lockKey = (kind: LockKind, id: string): string => `${kind}\u0000${id}`;

/** Index of a rule set's locks, by kind and id. */
export function lockIndex(set: RuleSet): Map<string, LockDef> {
  const index = new Map<string, LockDef>();
  for (const l of set.locks ?? []) if (!index.has(lockKey(l.kind, l.id))) index.set(lockKey(l.kind, l.id), l);
  return index;
}

/** Turn a pack's `locked:` entries into one lock per item; names that do not exist are errors. */
export function expandLocks(set: RuleSet, pack: PackInfo, pending: readonly PendingLock[]): { locks: LockDef[]; problems: Problem[] } {
  const locks: LockDef[] = [];
  const problems: Problem[] = [];
  for (const { raw, src, path } of pending) {
    // The schema allows `why` and exactly one other field.
    const selector = (Object.keys(raw) as (keyof LockEntry)[]).find((k): k is Selector => k !== 'why');
    if (!selector) continue;
    const why = raw.why;
    const loc = locationOf(src, path);
    const add = (kind: LockKind, id: string) => locks.push({ kind, id, why, pack: pack.name, loc });
    const ids: readonly string[] = raw[selector] ?? [];
    const missing = (i: number, what: string) =>
      problems.push({ severity: 'error', ...locationOf(src, [...path, selector, i]), message: `locked: ${what} does not exist`, code: LOCKED } as Problem);
    ids.forEach((id, i) => {
      switch (selector) {
        case 'advice':
          if (set.advice.some((a) => a.id === id)) add('advice', id);
          else missing(i, `advice "${id}"`);
          break;
        case 'contacts':
          if (set.contacts.some((c) => c.id === id)) add('contact', id);
          else missing(i, `contact "${id}"`);
          break;
        case 'rules':
          if (set.rules.some((r) => r.id === id)) add('rule', id);
          else missing(i, `rule "${id}"`);
          break;
        case 'interview':
          if (typeof set.interview[id] === 'string') add('interview', id);
          else missing(i, `interview text "${id}"`);
          break;
        case 'rules-with-verdict':
          for (const r of set.rules) if (r.pack === pack.name && r.verdict === (id as Verdict)) add('rule', r.id);
          break;
        case 'questions':
          if (set.questions.some((q) => q.id === id)) add('question', id);
          else missing(i, `question "${id}"`);
          break;
        case 'answers-of':
          for (const a of set.questions.find((q) => q.id === id)?.answers ?? []) if (a.pack === pack.name) add('answer', `${id}:${a.id}`);
          break;
      }
    });
  }
  return { locks, problems };
}

/** A change a pack tried to make to a locked item: the words for it, and the YAML key to point at. */
export interface LockedChange {
  what: string;
  key?: string;
}

/** The error for changes to a locked item: what it is, what may not change, and why it is locked. */
export function lockedMessage(what: string, lock: LockDef, changes: readonly LockedChange[]): string {
  const words = changes.map((c) => c.what);
  const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)!}` : (words[0] ?? 'change it');
  return `${what} is locked (by ${lock.pack}): a pack may add to it, but not ${list}. ${lock.why.trim()}`;
}

/** Regions or ids taken away: every old one must still be there. */
export function removed(before: readonly string[], after: readonly string[]): string[] {
  return before.filter((x) => !after.includes(x));
}
