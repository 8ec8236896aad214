// A large-print handout to print (RNIB Clear Print): sans-serif, bold
// headings, left-aligned, black on white, no italics or blocks of capitals,
// one action per line. It lays out the same worded view as every other output,
// in the same order as the Markdown: the headline action and the phone
// numbers come first, with the steps they belong to; the sources come last,
// in short form. Sized for two A4 pages. Every piece of text is escaped:
// descriptions and rule packs come from outside.

import type { Contact } from '../engine/check.js';
import { htmlEscape } from '../util/output/html.js';
import type { HandoutParts, HandoutRow } from './markdown.js';
import type { ResultView, RowView, SectionView } from './view.js';

export type { HandoutRow } from './markdown.js';

/** Everything a handout says, already worded: the result's view and the handout's own parts. */
export interface HandoutModel {
  view: ResultView;
  parts: HandoutParts;
}

const CSS = `
  @page { size: A4; margin: 8mm 10mm; }
  html { background: #fff; color: #000; }
  body {
    font-family: Arial, Helvetica, "Liberation Sans", "DejaVu Sans", sans-serif;
    font-size: 16pt;
    line-height: 1.15;
    text-align: left;
    max-width: 40em;
    margin: 1em;
  }
  h1 { font-size: 24pt; font-weight: bold; margin: 0; }
  h2 { font-size: 18pt; font-weight: bold; margin: 0.4em 0 0.1em; }
  p, li { font-size: 16pt; margin: 0.2em 0; }
  em, i, cite, address, dfn, var { font-style: normal; }
  ol, ul { padding-left: 1.5em; margin: 0.2em 0; }
  li { margin-bottom: 0.1em; }
  .made { font-size: 16pt; }
  .verdict { font-size: 22pt; font-weight: bold; border: 3px solid #000; padding: 0.1em 0.4em; margin: 0.2em 0; }
  .headline { font-weight: bold; border-left: 6px solid #000; padding-left: 0.5em; margin: 0.4em 0; }
  .phone { font-size: 20pt; font-weight: bold; white-space: nowrap; }
  .contact { font-weight: bold; }
  .label { font-weight: bold; margin: 0.1em 0 0; }
  .value { margin-top: 0; }
  .blank { border-bottom: 2px solid #000; height: 1.3em; margin-bottom: 0.2em; }
  .sources { font-size: 16pt; }
  @media print {
    body { margin: 0; max-width: none; }
    h2 { break-after: avoid; }
    li, .row, .headline { break-inside: avoid; }
  }
`;

/** Each phone number large, after its name, right with the step it belongs to. */
function phonesHtml(phones: readonly Contact[]): string {
  return phones.map((c) => `<br><span class="contact">${htmlEscape(c.name)}:</span> <span class="phone">${htmlEscape(c.phone)}</span>`).join('');
}

function sectionHtml(s: SectionView): string[] {
  const out: string[] = [];
  if (s.heading) out.push(`<h2>${htmlEscape(s.heading)}</h2>`);
  const start = s.steps[0]?.number ?? 1;
  out.push(`<ol${start !== 1 ? ` start="${start}"` : ''}>`);
  for (const step of s.steps) out.push(`<li>${htmlEscape(step.text)}${phonesHtml(step.phones)}</li>`);
  out.push('</ol>');
  return out;
}

/** A fill-in row is kept whole: never split across a page break. */
function factHtml(r: HandoutRow): string {
  const parts = [`<div class="row">`, `<p class="label">${htmlEscape(r.label)}</p>`];
  if (r.value !== undefined) parts.push(`<p class="value">${htmlEscape(r.value)}</p>`);
  if (r.blank) parts.push(`<div class="blank"></div>`);
  parts.push(`</div>`);
  return parts.join('\n');
}

function rowsHtml(rows: readonly RowView[]): string[] {
  return ['<ul>', ...rows.map((r) => `<li><strong>${htmlEscape(r.label)}:</strong> ${htmlEscape(r.value)}</li>`), '</ul>'];
}

export function renderHandoutHtml(m: HandoutModel): string {
  const { view: v, parts: d } = m;
  const body: string[] = [];
  body.push(`<h1>${htmlEscape(d.title)}</h1>`, `<p class="made">${htmlEscape(d.madeOn)}</p>`);
  body.push(`<p class="verdict">${htmlEscape(d.verdictHeading)} ${htmlEscape(v.verdict.label)}</p>`);
  if (v.headline) body.push(`<p class="headline">${htmlEscape(v.headline.lead)} ${htmlEscape(v.headline.text)}${phonesHtml(v.headline.phones)}</p>`);
  body.push(`<p>${htmlEscape(v.verdict.summary)}</p>`);
  for (const s of [...(v.now ? [v.now] : []), ...v.later]) body.push(...sectionHtml(s));
  if (v.changed) body.push(`<h2>${htmlEscape(v.changed.heading)}</h2>`, `<p>${htmlEscape(v.changed.intro)}</p>`, '<ul>', ...v.changed.items.map((r) => `<li>${htmlEscape(r)}</li>`), '</ul>');
  if (v.why.items.length > 0) body.push(`<h2>${htmlEscape(v.why.heading)}</h2>`, '<ul>', ...v.why.items.map((r) => `<li>${htmlEscape(r.text)}</li>`), '</ul>');
  if (v.reassurance) body.push(`<p><strong>${htmlEscape(v.reassurance)}</strong></p>`);
  if (v.told && v.told.rows.length > 0) body.push(`<h2>${htmlEscape(v.told.heading)}</h2>`, ...rowsHtml(v.told.rows));
  if (v.fromText || v.notes.length > 0) {
    if (v.fromText) body.push(`<h2>${htmlEscape(v.fromText.heading)}</h2>`);
    body.push('<ul>', ...[...(v.fromText?.lines ?? []), ...v.notes].map((l) => `<li>${htmlEscape(l)}</li>`), '</ul>');
  }
  if (d.ownWords) {
    const paras = d.ownWords.text.split(/\n{2,}/).map((p) => `<p>${htmlEscape(p).replace(/\n/g, '<br>')}</p>`);
    body.push(`<h2>${htmlEscape(d.ownWords.heading)}</h2>`, ...paras);
  }
  if (d.report) body.push(`<h2>${htmlEscape(d.report.heading)}</h2>`, `<p>${htmlEscape(d.report.intro)}</p>`, ...d.report.rows.map(factHtml));
  if (v.nearMiss) body.push(`<h2>${htmlEscape(v.nearMiss.heading)}</h2>`, `<p>${htmlEscape(v.nearMiss.intro)}</p>`, ...rowsHtml(v.nearMiss.rows));
  if (v.sources && v.sources.items.length > 0) {
    body.push(`<h2>${htmlEscape(v.sources.heading)}</h2>`, `<p class="sources">${v.sources.items.map(htmlEscape).join(', ')}</p>`);
  }
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${htmlEscape(d.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
