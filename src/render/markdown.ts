// The check result as Markdown: a printable handout of the same content as the text output.

import type { CheckResult } from '../engine/check.js';
import type { RuleSet } from '../rules/types.js';
import { mdText, mdUrl } from '../util/output/markdown.js';
import { disabledNotice } from './disabled-notice.js';
import { answerLabel, answerLines, contactLine, nearMissLines, stepSections, type RenderExtras } from './view.js';

export { mdText };

export function renderMarkdown(set: RuleSet, result: CheckResult, extras: RenderExtras = {}): string {
  const out: string[] = [];
  out.push(`# Verdict: ${mdText(result.verdictLabel)}`, '', mdText(result.summary), '');
  if (result.urgent) out.push('**Act now: do the first steps below straight away.**', '');
  const changed = disabledNotice(set);
  if (changed) out.push(`## ${mdText(changed.heading)}`, '', mdText(changed.intro), '', ...changed.rules.map((r) => `- ${mdText(r)}`), '');
  if (result.reasons.length > 0) {
    out.push('## Why', '');
    for (const r of result.reasons) out.push(`- ${mdText(r.explanation)} *(${mdText(r.title)}; rule \`${r.rule}\`)*`);
    out.push('');
  }
  out.push('## What to do now', '');
  for (const section of stepSections(set, result.nextSteps)) {
    if (section.heading) out.push(`### ${mdText(section.heading)}`, '');
    section.steps.forEach((s, i) => {
      out.push(`${section.number + i}. ${mdText(s.text)}`);
      for (const c of s.contacts) out.push(`   - **${mdText(contactLine(c))}**`);
    });
    out.push('');
  }
  if (result.reassurance) out.push(mdText(result.reassurance), '');
  out.push('## What you told us', '');
  const lines = answerLines(set, result);
  if (lines.length === 0) out.push('- Nothing yet.');
  for (const l of lines) out.push(`- **${mdText(l.heading)}:** ${mdText(l.labels.join(', '))}`);
  if (result.answers.fromText.length > 0) {
    out.push('', '### What we read from your description', '');
    for (const e of result.answers.fromText) out.push(`- ${mdText(answerLabel(set, e.question, e.id))} — from “${mdText(e.words.join('”, “'))}”`);
  }
  for (const note of extras.notes ?? []) out.push(`- ${mdText(note)}`);
  const near = nearMissLines(set, result);
  if (near) {
    out.push('', '## If they call again', '', `If they ring again and do any of these, the verdict would be "${mdText(near.label)}":`, '');
    for (const l of near.lines) out.push(`- **${mdText(l.heading)}:** ${mdText(l.labels.join(', '))}`);
  }
  out.push('', '## Sources', '');
  for (const s of result.sources) out.push(`- ${mdUrl(s)}`);
  return out.join('\n') + '\n';
}
