// The handout as Markdown: the same content as the large-print HTML, readable
// as plain text too (so escaping is kept to what Markdown would misread).

import type { HandoutModel, HandoutRow } from './handout-html.js';
import { mdText, mdUrl } from '../util/output/markdown.js';

const WRITE_HERE = '..................................................';

function rowMd(r: HandoutRow): string[] {
  const out = [`**${mdText(r.label)}**`, ''];
  if (r.value !== undefined) out.push(mdText(r.value), '');
  if (r.blank) out.push(WRITE_HERE, '');
  return out;
}

export function renderHandoutMarkdown(m: HandoutModel): string {
  const out: string[] = [`# ${mdText(m.title)}`, '', mdText(m.madeOn), ''];
  out.push(`## ${mdText(m.verdict.heading)} ${mdText(m.verdict.label)}`, '', mdText(m.verdict.summary), '');
  if (m.verdict.actNow) out.push(`**${mdText(m.verdict.actNow)}**`, '');
  if (m.changed) out.push(`## ${mdText(m.changed.heading)}`, '', mdText(m.changed.intro), '', ...m.changed.items.map((s) => `- ${mdText(s)}`), '');
  out.push(`## ${mdText(m.steps.heading)}`, '');
  for (const section of m.steps.sections) {
    if (section.heading) out.push(`### ${mdText(section.heading)}`, '');
    out.push(...section.items.map((s, i) => `${section.number + i}. ${mdText(s)}`), '');
  }
  if (m.why.items.length > 0) out.push(`## ${mdText(m.why.heading)}`, '', ...m.why.items.map((s) => `- ${mdText(s)}`), '');
  if (m.reassurance) out.push(`**${mdText(m.reassurance)}**`, '');
  if (m.told.rows.length > 0) out.push(`## ${mdText(m.told.heading)}`, '', ...m.told.rows.flatMap(rowMd));
  if (m.ownWords) {
    out.push(`## ${mdText(m.ownWords.heading)}`, '');
    for (const para of m.ownWords.text.split(/\n{2,}/)) out.push(`> ${mdText(para)}`, '');
  }
  if (m.report) out.push(`## ${mdText(m.report.heading)}`, '', mdText(m.report.intro), '', ...m.report.rows.flatMap(rowMd));
  if (m.sources.items.length > 0) out.push(`## ${mdText(m.sources.heading)}`, '', ...m.sources.items.map((s) => `- ${mdUrl(s)}`), '');
  if (m.phones.items.length > 0) {
    out.push(`## ${mdText(m.phones.heading)}`, '');
    for (const c of m.phones.items) {
      out.push(`- **${mdText(c.name)}: ${mdText(c.phone)}**`);
      for (const extra of [c.web, c.email, c.note]) if (extra) out.push(`  ${mdText(extra)}`);
    }
    out.push('');
  }
  return out.join('\n');
}
