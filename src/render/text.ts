// The check result for a terminal: the verdict in words first (colour only
// adds to it), then why, then numbered next steps with phone numbers, then sources.

import type { CheckResult } from '../engine/check.js';
import type { RuleSet } from '../rules/types.js';
import { PLAIN_STYLE, type Style } from '../util/output/colour.js';
import { terminalSafe } from '../util/output/sanitize.js';
import { disabledNotice } from './disabled-notice.js';
import { answerLabel, answerLines, contactLine, nearMissLines, stepSections, type RenderExtras } from './view.js';

export function renderText(set: RuleSet, result: CheckResult, style: Style = PLAIN_STYLE, extras: RenderExtras = {}): string {
  const out: string[] = [];
  out.push(`${style.bold('Verdict:')} ${style.verdict(result.verdict, result.verdictLabel)}`);
  out.push(result.summary);
  if (result.urgent) out.push(style.bold('Act now: do the first steps below straight away.'));
  out.push('');
  const changed = disabledNotice(set);
  if (changed) {
    out.push(style.heading(terminalSafe(changed.heading)), `  ${terminalSafe(changed.intro)}`);
    for (const r of changed.rules) out.push(`  - ${terminalSafe(r)}`);
    out.push('');
  }

  if (result.reasons.length > 0) {
    out.push(style.heading('Why'));
    for (const r of result.reasons) out.push(`  - ${r.explanation}`, style.dim(`    (${r.title}; rule ${r.rule})`));
    out.push('');
  }

  out.push(style.heading('What to do now'));
  stepSections(set, result.nextSteps).forEach((section, k) => {
    if (section.heading) out.push(...(k > 0 ? [''] : []), `  ${style.bold(`${section.heading}:`)}`);
    section.steps.forEach((s, i) => {
      const n = `${section.number + i}.`;
      out.push(`  ${n.padEnd(3)} ${s.text}`);
      for (const c of s.contacts) out.push(`      ${style.bold(contactLine(c))}`);
    });
  });
  out.push('');

  if (result.reassurance) out.push(result.reassurance, '');

  const lines = answerLines(set, result);
  out.push(style.heading('What you told us'));
  if (lines.length === 0) out.push('  Nothing yet.');
  for (const l of lines) out.push(`  ${l.heading}: ${l.labels.join(', ')}`);
  if (result.answers.fromText.length > 0) {
    out.push('', style.heading('What we read from your description'));
    for (const e of result.answers.fromText) {
      out.push(`  ${answerLabel(set, e.question, e.id)} (${e.question}: ${e.id}) — from "${e.words.map((w) => terminalSafe(w)).join('", "')}"`);
    }
    out.push(style.dim('  If we misread anything, run again with the answer flags (see --help).'));
  }
  for (const note of extras.notes ?? []) out.push(`  ${terminalSafe(note)}`);
  out.push('');

  const near = nearMissLines(set, result);
  if (near) {
    out.push(style.heading('If they call again'), `  If they ring again and do any of these, the verdict would be "${near.label}":`);
    for (const l of near.lines) out.push(`  ${l.heading}: ${l.labels.join(', ')}`);
    out.push('');
  }

  out.push(style.heading('Sources'));
  for (const s of result.sources) out.push(`  ${s}`);
  return out.join('\n') + '\n';
}
