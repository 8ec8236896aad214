// `scamcheck rules show <id>`: one rule explained — what it tells the person,
// when it matches (in words), the advice and contacts it brings for a region,
// its sources and its examples as commands to try.

import type { Style } from '../../../util/output/colour.js';
import { quoteInput } from '../../../util/output/sanitize.js';
import { contactLine } from '../../../render/view.js';
import { UsageError } from '../../../util/errors.js';
import { closest } from '../../../util/suggest.js';
import { loadRuleSet } from '../../../rules/load.js';
import { lockIndex, lockKey } from '../../../rules/locks.js';
import type { Condition, Region, RuleDef, RuleSet } from '../../../rules/types.js';
import { json, safe, shellArg, styleFor, write, type RulesOptions } from './common.js';
import { answersAsFlags, conditionInWords } from './describe.js';

export interface AdviceStep {
  id: string;
  text: string;
  order: number;
  /** false when the advice is not given in the chosen region. */
  inRegion: boolean;
  /** A `locked:` entry protects its words, order and regions. */
  locked: boolean;
  contacts: { id: string; name: string; phone: string; web?: string; email?: string; note?: string }[];
}

export interface RuleDetails {
  id: string;
  title: string;
  verdict: string;
  verdictLabel: string;
  status: string;
  explanation: string;
  when: Condition;
  /** The condition in words, one line per part. */
  whenInWords: string[];
  region: Region;
  advice: AdviceStep[];
  /** Advice every check with this verdict also gives. */
  verdictAdvice: string[];
  sources: string[];
  examples: { match: Partial<Record<string, string[]>>[]; noMatch: Partial<Record<string, string[]>>[] };
  related: string[];
  pack: string;
  changedBy: string[];
  disabled: { pack: string; reason: string } | null;
  /** The `locked:` entry that protects the rule, or null. */
  locked: { pack: string; why: string; file: string; line: number } | null;
  file: string;
  line: number;
}

export function findRule(set: RuleSet, id: string): RuleDef {
  const rule = set.rules.find((r) => r.id === id);
  if (rule) return rule;
  const ids = set.rules.map((r) => r.id);
  const guess = closest(id, ids);
  throw new UsageError(
    `there is no rule ${quoteInput(id)}` + (guess ? `; did you mean "${guess}"?` : '') + ' Run "scamcheck rules list" to see every rule id.',
  );
}

export function ruleDetails(set: RuleSet, rule: RuleDef, region: Region): RuleDetails {
  const verdict = set.verdicts.find((v) => v.id === rule.verdict);
  const off = set.disabled.find((d) => d.rule === rule.id);
  const locks = lockIndex(set);
  const lock = locks.get(lockKey('rule', rule.id));
  const advice = rule.advice
    .map((id) => set.advice.find((a) => a.id === id))
    .filter((a): a is NonNullable<typeof a> => a !== undefined)
    .sort((a, b) => a.order - b.order)
    .map((a) => ({
      id: a.id,
      text: a.regionText[region] ?? a.text,
      order: a.order,
      inRegion: a.regions.includes(region),
      locked: locks.has(lockKey('advice', a.id)),
      contacts: a.contacts
        .map((cid) => set.contacts.find((c) => c.id === cid))
        .filter((c): c is NonNullable<typeof c> => c !== undefined && c.regions.includes(region))
        .map((c) => ({ id: c.id, name: c.name, phone: c.phone, ...(c.web ? { web: c.web } : {}), ...(c.email ? { email: c.email } : {}), ...(c.note ? { note: c.note } : {}) })),
    }));
  return {
    id: rule.id,
    title: rule.title,
    verdict: rule.verdict,
    verdictLabel: verdict?.label ?? rule.verdict,
    status: rule.status,
    explanation: rule.explanation,
    when: rule.when,
    whenInWords: conditionInWords(set, rule.when),
    region,
    advice,
    verdictAdvice: (verdict?.advice ?? []).filter((id) => !rule.advice.includes(id)),
    sources: rule.sources,
    examples: rule.examples,
    related: rule.related,
    pack: rule.pack,
    changedBy: rule.changedBy,
    disabled: off ? { pack: off.pack, reason: off.reason } : null,
    locked: lock ? { pack: lock.pack, why: lock.why, file: lock.loc.file, line: lock.loc.line } : null,
    file: rule.loc.file,
    line: rule.loc.line,
  };
}

export function formatRuleDetails(d: RuleDetails, style: Style, packArgs = ''): string {
  const out: string[] = [];
  const section = (title: string) => out.push('', style.heading(title));
  out.push(`${style.bold(safe(d.id))} — ${safe(d.title)}`);
  out.push(`Verdict: ${style.verdict(d.verdict, safe(d.verdictLabel))} (${d.verdict})   Status: ${d.status}`);
  const from = [`Defined by ${safe(d.pack)} at ${safe(d.file)}${d.line > 0 ? `:${d.line}` : ''}`];
  if (d.changedBy.length > 0) from.push(`changed by ${d.changedBy.map(safe).join(', ')}`);
  out.push(from.join('; '));
  if (d.disabled) out.push(style.bold(`DISABLED by ${safe(d.disabled.pack)}: ${safe(d.disabled.reason)}`), 'It is not used in checks.');
  if (d.locked) {
    out.push(`Locked by ${safe(d.locked.pack)} at ${safe(d.locked.file)}${d.locked.line > 0 ? `:${d.locked.line}` : ''}: a pack may add to it, not change or disable it.`);
    out.push(style.dim(`  ${safe(d.locked.why)}`));
  }

  section('What it tells the person');
  out.push(`  ${safe(d.explanation)}`);

  section('When it matches');
  for (const line of d.whenInWords) out.push(`  ${line}`);

  section(`Advice it brings (region: ${d.region})`);
  if (d.advice.length === 0) out.push('  None of its own.');
  for (const a of d.advice) {
    out.push(`  - ${safe(a.text)} [${safe(a.id)}${a.locked ? ', locked' : ''}]${a.inRegion ? '' : ` (not given in ${d.region})`}`);
    if (a.inRegion) for (const c of a.contacts) out.push(`      ${safe(contactLine(c))}`);
  }
  if (d.verdictAdvice.length > 0) out.push(style.dim(`  A "${safe(d.verdictLabel)}" verdict also brings: ${d.verdictAdvice.map(safe).join(', ')}`));

  section('Sources');
  for (const s of d.sources) out.push(`  ${safe(s)}`);
  if (d.sources.length === 0) out.push('  None.');

  section('Examples');
  out.push('  Must match:');
  for (const ex of d.examples.match) out.push(`    scamcheck${packArgs} ${answersAsFlags(ex)}`);
  if (d.examples.match.length === 0) out.push('    (none: add one under examples: match:)');
  out.push('  Must not match:');
  for (const ex of d.examples.noMatch) out.push(`    scamcheck${packArgs} ${answersAsFlags(ex)}`);
  if (d.examples.noMatch.length === 0) out.push('    (none: add one under examples: no-match:)');

  if (d.related.length > 0) {
    section('Related rules');
    out.push(`  ${d.related.map(safe).join(', ')}`);
  }
  return out.join('\n') + '\n';
}

export async function runShow(id: string, opts: RulesOptions): Promise<void> {
  const set = await loadRuleSet({ packs: opts.rules });
  const details = ruleDetails(set, findRule(set, id), opts.region);
  const packArgs = opts.rules.map((p) => ` --rules ${shellArg(p)}`).join('');
  write(opts.json ? json(details) : formatRuleDetails(details, await styleFor(opts), packArgs));
}
