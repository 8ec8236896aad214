// `scamcheck rules list`: every rule with its verdict, title, first source, and
// what a pack did to it (added, changed, disabled).

import type { Style } from '../../../util/output/colour.js';
import { loadRuleSet } from '../../../rules/load.js';
import { lockIndex, lockKey } from '../../../rules/locks.js';
import { VERDICTS, type PackInfo, type RuleSet, type Verdict } from '../../../rules/types.js';
import { describeChanges, json, packChanges, packLine, plural, safe, styleFor, write, type RulesOptions } from './common.js';

export interface RuleListEntry {
  id: string;
  title: string;
  verdict: Verdict;
  status: string;
  /** The first source; all of them are in `sources`. */
  source: string;
  sources: string[];
  /** The pack that defined the rule. */
  pack: string;
  /** The pack that added it, when it is not built in; null for built-in rules. */
  addedBy: string | null;
  changedBy: string[];
  disabled: { pack: string; reason: string } | null;
  /** A `locked:` entry protects it: a pack may add to it, never change or disable it. */
  locked: boolean;
  file: string;
  line: number;
}

export interface RuleListing {
  packs: PackInfo[];
  rules: RuleListEntry[];
}

export function listRules(set: RuleSet): RuleListing {
  const builtin = set.packs[0]?.name;
  const locks = lockIndex(set);
  return {
    packs: set.packs,
    rules: set.rules.map((r) => {
      const off = set.disabled.find((d) => d.rule === r.id);
      return {
        id: r.id,
        title: r.title,
        verdict: r.verdict,
        status: r.status,
        source: r.sources[0] ?? '',
        sources: r.sources,
        pack: r.pack,
        addedBy: r.pack === builtin ? null : r.pack,
        changedBy: r.changedBy,
        disabled: off ? { pack: off.pack, reason: off.reason } : null,
        locked: locks.has(lockKey('rule', r.id)),
        file: r.loc.file,
        line: r.loc.line,
      };
    }),
  };
}

export function formatRuleList(set: RuleSet, listing: RuleListing, style: Style): string {
  const out: string[] = [];
  out.push(`${style.bold('Rule set:')} ${listing.packs.map(packLine).join(' + ')}`);
  for (const p of listing.packs.slice(1)) out.push(`  ${safe(p.name)}: ${describeChanges(packChanges(set, p.name))}`);
  out.push('');
  const idWidth = Math.min(44, Math.max(...listing.rules.map((r) => r.id.length), 2));
  const verdictWidth = Math.max(...VERDICTS.map((v) => v.length));
  out.push(style.dim(`${'RULE'.padEnd(idWidth)}  ${'VERDICT'.padEnd(verdictWidth)}  TITLE`));
  for (const r of listing.rules) {
    out.push(`${style.bold(safe(r.id).padEnd(idWidth))}  ${r.verdict.padEnd(verdictWidth)}  ${safe(r.title)}`);
    const indent = ' '.repeat(idWidth + 2);
    out.push(style.dim(`${indent}source: ${safe(r.source) || '(none)'}`));
    const notes: string[] = [];
    if (r.addedBy) notes.push(`added by ${safe(r.addedBy)}`);
    if (r.changedBy.length > 0) notes.push(`changed by ${r.changedBy.map(safe).join(', ')}`);
    if (r.status !== 'stable') notes.push(r.status);
    if (r.locked) notes.push('locked');
    for (const n of notes) out.push(`${indent}${n}`);
    if (r.disabled) out.push(`${indent}${style.bold('DISABLED')} by ${safe(r.disabled.pack)}: ${safe(r.disabled.reason)}`);
  }
  out.push('');
  const active = listing.rules.filter((r) => !r.disabled);
  const byVerdict = [...VERDICTS].reverse().map((v) => `${active.filter((r) => r.verdict === v).length} ${v}`);
  const disabled = listing.rules.length - active.length;
  const locked = listing.rules.filter((r) => r.locked).length;
  if (locked > 0) out.push(`${plural(locked, 'rule')} locked: a pack may add to those, not change or disable them.`);
  out.push(`${plural(listing.rules.length, 'rule')}: ${byVerdict.join(', ')}${disabled > 0 ? `; ${disabled} disabled` : ''}`);
  return out.join('\n') + '\n';
}

export async function runList(opts: RulesOptions & { changed?: boolean }): Promise<void> {
  const set = await loadRuleSet({ packs: opts.rules });
  const listing = listRules(set);
  if (opts.changed) {
    listing.rules = listing.rules.filter((r) => r.addedBy || r.changedBy.length > 0 || r.disabled);
  }
  write(opts.json ? json(listing) : formatRuleList(set, listing, await styleFor(opts)));
}
