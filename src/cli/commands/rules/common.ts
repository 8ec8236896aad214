// What every `scamcheck rules …` action shares: its options, loading the rule
// set with packs layered on, colour, and writing output.

import { colourLevel, makeStyle, type Style } from '../../../render/colour.js';
import { terminalSafe } from '../../../render/sanitize.js';
import { writeOut } from '../../../util/write-out.js';
import type { PackInfo, Region, RuleSet } from '../../../rules/types.js';

export interface RulesOptions {
  /** Packs to layer over the built-in set, in order (folders or installed package names). */
  rules: string[];
  json: boolean;
  /** false when --no-color was given. */
  color: boolean;
  region: Region;
}

export function styleFor(opts: Pick<RulesOptions, 'color'>): Promise<Style> {
  return makeStyle(colourLevel({ colorFlag: opts.color, isTTY: Boolean(process.stdout.isTTY), env: process.env }));
}

export function write(text: string): void {
  writeOut(text.endsWith('\n') ? text : `${text}\n`);
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Text from rule files, safe for a terminal and on one line. */
export const safe = (text: string): string => terminalSafe(text);

/** A folder or package name as it would be typed in a shell: quoted when it needs to be. */
export function shellArg(text: string): string {
  return /^[\w@./:+-]+$/.test(text) ? text : JSON.stringify(safe(text));
}

export function packLine(p: PackInfo, index: number): string {
  return `${safe(p.name)} ${safe(p.version)}${index === 0 ? ' (built in)' : ` (${safe(p.dir)})`}`;
}

/** Everything a pack added, changed or switched off, counted, for a one-line summary. */
export interface PackChanges {
  pack: string;
  rulesAdded: string[];
  rulesChanged: string[];
  rulesDisabled: string[];
  answersAdded: string[];
  adviceAdded: string[];
  adviceChanged: string[];
  contactsAdded: string[];
  contactsChanged: string[];
}

export function packChanges(set: RuleSet, pack: string): PackChanges {
  return {
    pack,
    rulesAdded: set.rules.filter((r) => r.pack === pack).map((r) => r.id),
    rulesChanged: set.rules.filter((r) => r.changedBy.includes(pack)).map((r) => r.id),
    rulesDisabled: set.disabled.filter((d) => d.pack === pack).map((d) => d.rule),
    answersAdded: set.questions.flatMap((q) => q.answers.filter((a) => a.pack === pack).map((a) => `${q.id}: ${a.id}`)),
    adviceAdded: set.advice.filter((a) => a.pack === pack).map((a) => a.id),
    adviceChanged: set.advice.filter((a) => a.changedBy.includes(pack)).map((a) => a.id),
    contactsAdded: set.contacts.filter((c) => c.pack === pack).map((c) => c.id),
    contactsChanged: set.contacts.filter((c) => c.changedBy.includes(pack)).map((c) => c.id),
  };
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function describeChanges(c: PackChanges): string {
  // Rules are listed one by one below the summary; other items are named here (the first few).
  const named = (ids: string[]) => ` (${ids.slice(0, 5).map(safe).join(', ')}${ids.length > 5 ? ', …' : ''})`;
  const parts = [
    c.rulesAdded.length && `added ${plural(c.rulesAdded.length, 'rule')}`,
    c.rulesChanged.length && `changed ${plural(c.rulesChanged.length, 'rule')}`,
    c.rulesDisabled.length && `disabled ${plural(c.rulesDisabled.length, 'rule')}`,
    c.answersAdded.length && `added ${plural(c.answersAdded.length, 'answer')}${named(c.answersAdded)}`,
    c.adviceAdded.length && `added ${plural(c.adviceAdded.length, 'advice item')}${named(c.adviceAdded)}`,
    c.adviceChanged.length && `changed ${plural(c.adviceChanged.length, 'advice item')}${named(c.adviceChanged)}`,
    c.contactsAdded.length && `added ${plural(c.contactsAdded.length, 'contact')}${named(c.contactsAdded)}`,
    c.contactsChanged.length && `changed ${plural(c.contactsChanged.length, 'contact')}${named(c.contactsChanged)}`,
  ].filter((x): x is string => typeof x === 'string');
  return parts.length > 0 ? parts.join(', ') : 'no rules, answers, advice or contacts changed (it may add phrases or wording)';
}
