// The help desk's count at the end of a session: how many calls at each
// verdict, how many needed action straight away, which rules matched most.
// Only counts and rule ids: no names, numbers or descriptions, ever.

import type { CheckResult } from '../engine/check.js';
import type { Style } from '../util/output/colour.js';
import { VERDICTS, type RuleSet, type Verdict } from '../rules/types.js';
import { csvRow } from '../util/output/csv-cell.js';
import { terminalSafe } from '../util/output/sanitize.js';
import type { Wording } from './wording.js';

export interface CallCount {
  verdict: Verdict;
  urgent: boolean;
  rules: string[];
}

export interface Tally {
  calls: number;
  urgent: number;
  byVerdict: Record<Verdict, number>;
  /** Most matched first; ties in rule id order. */
  byRule: { rule: string; title: string; count: number }[];
}

/** What is kept of a call for the tally. */
export function countOf(result: CheckResult): CallCount {
  return { verdict: result.verdict, urgent: result.urgent, rules: result.reasons.map((r) => r.rule) };
}

export function makeTally(set: RuleSet, calls: readonly CallCount[]): Tally {
  const byVerdict = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  const rules = new Map<string, number>();
  for (const c of calls) {
    byVerdict[c.verdict]++;
    for (const r of c.rules) rules.set(r, (rules.get(r) ?? 0) + 1);
  }
  const byRule = [...rules]
    .map(([rule, count]) => ({ rule, count, title: set.rules.find((r) => r.id === rule)?.title ?? rule }))
    .sort((a, b) => b.count - a.count || (a.rule < b.rule ? -1 : 1));
  return { calls: calls.length, urgent: calls.filter((c) => c.urgent).length, byVerdict, byRule };
}

/** How many rules the printed tally lists; the CSV has them all. */
const RULES_SHOWN = 5;

export function renderTally(set: RuleSet, tally: Tally, t: Wording, style: Style): string {
  if (tally.calls === 0) return `\n${t('tally-none')}\n`;
  const label = (v: Verdict) => set.verdicts.find((d) => d.id === v)?.label ?? v;
  const out = ['', style.heading(t('tally-heading', { count: tally.calls })), `  ${t('tally-verdicts')}:`];
  // Highest first, as the verdict screen ranks them.
  for (const v of [...VERDICTS].reverse()) out.push(`    ${terminalSafe(label(v))}: ${tally.byVerdict[v]}`);
  out.push(`  ${t('tally-urgent', { count: tally.urgent })}`);
  if (tally.byRule.length > 0) {
    out.push(`  ${t('tally-rules')}:`);
    for (const r of tally.byRule.slice(0, RULES_SHOWN)) out.push(`    ${r.count} × ${terminalSafe(r.title)} (${r.rule})`);
  }
  return out.join('\n') + '\n';
}

/** One table: `section` is calls, urgent, verdict or rule. */
export function tallyCsv(set: RuleSet, tally: Tally, date: string): string {
  const rows: (string | number)[][] = [['date', 'section', 'id', 'label', 'count']];
  rows.push([date, 'calls', '', '', tally.calls], [date, 'urgent', '', '', tally.urgent]);
  for (const v of VERDICTS) rows.push([date, 'verdict', v, set.verdicts.find((d) => d.id === v)?.label ?? v, tally.byVerdict[v]]);
  for (const r of tally.byRule) rows.push([date, 'rule', r.rule, r.title, r.count]);
  // The one CSV-cell guard (util/output/csv-cell.ts): rule titles come from packs.
  return rows.map(csvRow).join('');
}
