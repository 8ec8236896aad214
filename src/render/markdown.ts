// The result as Markdown: the full worded view (view.ts), laid out. The saved
// handout's Markdown copy is the same layout with the handout's own parts
// (title, date, the caller's own words, the facts to tell Report Fraud), so
// `--format markdown` and the saved handout always come in the same order.

import type { CheckResult } from '../engine/check.js';
import type { RuleSet } from '../rules/types.js';
import { mdText, mdUrl } from '../util/output/markdown.js';
import { buildView, type RenderExtras, type ResultView, type RowView } from './view.js';

/** A fact for the handout: a label, what is known, and a line to write on by hand. */
export interface HandoutRow {
  label: string;
  value?: string;
  blank?: boolean;
}

/** What a printed handout adds around the view. */
export interface HandoutParts {
  title: string;
  madeOn: string;
  /** Over the verdict ("What we think:"). */
  verdictHeading: string;
  ownWords?: { heading: string; text: string };
  report?: { heading: string; intro: string; rows: HandoutRow[] };
}

const WRITE_HERE = '..................................................';

function rowsMd(rows: readonly RowView[]): string[] {
  return rows.map((r) => `- **${mdText(r.label)}:** ${mdText(r.value)}`);
}

function factMd(r: HandoutRow): string[] {
  const out = [`**${mdText(r.label)}**`, ''];
  if (r.value !== undefined) out.push(mdText(r.value), '');
  if (r.blank) out.push(WRITE_HERE, '');
  return out;
}

/** Lay out a view (and, for a handout, its parts) as Markdown. */
export function layoutMarkdown(v: ResultView, doc?: HandoutParts): string {
  const out: string[] = [];
  if (doc) out.push(`# ${mdText(doc.title)}`, '', mdText(doc.madeOn), '', `## ${mdText(doc.verdictHeading)} ${mdText(v.verdict.label)}`, '');
  else out.push(`# ${mdText(v.verdict.prefix)} ${mdText(v.verdict.label)}`, '');
  if (v.headline) {
    out.push(`**${mdText(v.headline.lead)} ${mdText(v.headline.text)}**`, '');
    for (const c of v.headline.contacts) out.push(`- **${mdText(c)}**`);
    if (v.headline.contacts.length > 0) out.push('');
  }
  out.push(mdText(v.verdict.summary), '');
  for (const s of [...(v.now ? [v.now] : []), ...v.later]) {
    if (s.heading) out.push(`## ${mdText(s.heading)}`, '');
    for (const step of s.steps) {
      out.push(`${step.number}. ${mdText(step.text)}`);
      for (const c of step.contacts) out.push(`   - **${mdText(c)}**`);
    }
    out.push('');
  }
  if (v.changed) out.push(`## ${mdText(v.changed.heading)}`, '', mdText(v.changed.intro), '', ...v.changed.items.map((r) => `- ${mdText(r)}`), '');
  if (v.why.items.length > 0) {
    out.push(`## ${mdText(v.why.heading)}`, '');
    for (const r of v.why.items) out.push(`- ${mdText(r.text)}${r.title ? ` *(${mdText(r.title)})*` : ''}`);
    out.push('');
  }
  if (v.reassurance) out.push(`**${mdText(v.reassurance)}**`, '');
  if (v.told) {
    out.push(`## ${mdText(v.told.heading)}`, '');
    if (v.told.nothing) out.push(`- ${mdText(v.told.nothing)}`);
    out.push(...rowsMd(v.told.rows), '');
  }
  if (v.fromText || v.notes.length > 0) {
    if (v.fromText) out.push(`## ${mdText(v.fromText.heading)}`, '', ...v.fromText.lines.map((l) => `- ${mdText(l)}`));
    out.push(...v.notes.map((n) => `- ${mdText(n)}`), '');
  }
  if (doc?.ownWords) {
    out.push(`## ${mdText(doc.ownWords.heading)}`, '');
    for (const para of doc.ownWords.text.split(/\n{2,}/)) out.push(`> ${mdText(para)}`, '');
  }
  if (doc?.report) out.push(`## ${mdText(doc.report.heading)}`, '', mdText(doc.report.intro), '', ...doc.report.rows.flatMap(factMd));
  if (v.nearMiss) out.push(`## ${mdText(v.nearMiss.heading)}`, '', mdText(v.nearMiss.intro), '', ...rowsMd(v.nearMiss.rows), '');
  if (v.sources && v.sources.items.length > 0) {
    out.push(`## ${mdText(v.sources.heading)}`, '');
    for (const s of v.sources.items) out.push(/^https?:/.test(s) ? `- ${mdUrl(s)}` : `- ${mdText(s)}`);
    out.push('');
  }
  while (out.at(-1) === '') out.pop();
  return out.join('\n') + '\n';
}

/** `--format markdown`: the full view. */
export function renderMarkdown(set: RuleSet, result: CheckResult, extras: RenderExtras = {}): string {
  return layoutMarkdown(buildView(set, result, { full: true, ...(extras.notes ? { notes: extras.notes } : {}) }));
}
