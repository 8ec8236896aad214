// A large-print handout to print (RNIB Clear Print): 18pt sans-serif, bold
// headings, left-aligned, black on white, no italics or blocks of capitals,
// one action per line, and the phone numbers last and large. Every piece of
// text is escaped: descriptions and rule packs come from outside.

import { htmlEscape } from '../util/output/html.js';

/** A label and what is known; `blank` leaves a line to write on by hand. */
export interface HandoutRow {
  label: string;
  value?: string;
  blank?: boolean;
}

export interface HandoutContact {
  name: string;
  phone: string;
  web?: string;
  email?: string;
  note?: string;
}

/** Everything a handout says, already worded; the HTML and Markdown renderers only lay it out. */
export interface HandoutModel {
  title: string;
  madeOn: string;
  verdict: { heading: string; label: string; summary: string; actNow?: string };
  /** Numbered on through the sections; a section's `number` is its first step's. */
  steps: { heading: string; sections: { heading?: string; number: number; items: string[] }[] };
  why: { heading: string; items: string[] };
  reassurance?: string;
  /** Present when a pack switched rules off: says so, and names them. */
  changed?: { heading: string; intro: string; items: string[] };
  told: { heading: string; rows: HandoutRow[] };
  ownWords?: { heading: string; text: string };
  report?: { heading: string; intro: string; rows: HandoutRow[] };
  sources: { heading: string; items: string[] };
  phones: { heading: string; items: HandoutContact[] };
}

const CSS = `
  html { background: #fff; color: #000; }
  body {
    font-family: Arial, Helvetica, "Liberation Sans", "DejaVu Sans", sans-serif;
    font-size: 18pt;
    line-height: 1.5;
    text-align: left;
    max-width: 36em;
    margin: 1em;
  }
  h1 { font-size: 28pt; font-weight: bold; margin: 0 0 0.3em; }
  h2 { font-size: 22pt; font-weight: bold; margin: 1.2em 0 0.3em; }
  h3 { font-size: 20pt; font-weight: bold; margin: 0.8em 0 0.2em; }
  p, li, dd, dt { font-size: 18pt; }
  em, i, cite, address, dfn, var { font-style: normal; }
  ol, ul { padding-left: 1.6em; }
  li { margin-bottom: 0.5em; }
  .made { font-size: 16pt; }
  .verdict { font-size: 26pt; font-weight: bold; border: 4px solid #000; padding: 0.2em 0.5em; }
  .act-now { font-weight: bold; }
  .label { font-weight: bold; margin-bottom: 0; }
  .value { margin-top: 0; }
  .blank { border-bottom: 2px solid #000; height: 2.2em; margin-bottom: 0.6em; }
  .sources li { font-size: 16pt; overflow-wrap: anywhere; }
  .phones li { list-style: none; margin-bottom: 0.8em; }
  .phone { font-size: 28pt; font-weight: bold; }
  @media print {
    body { margin: 0; max-width: none; }
    h2, h3 { break-after: avoid; }
    li, .row { break-inside: avoid; }
  }
`;

function rowHtml(r: HandoutRow): string {
  const parts = [`<div class="row">`, `<p class="label">${htmlEscape(r.label)}</p>`];
  if (r.value !== undefined) parts.push(`<p class="value">${htmlEscape(r.value)}</p>`);
  if (r.blank) parts.push(`<div class="blank"></div>`);
  parts.push(`</div>`);
  return parts.join('\n');
}

function list(tag: 'ol' | 'ul', items: readonly string[], cls?: string, start = 1): string {
  const open = `<${tag}${cls ? ` class="${cls}"` : ''}${start !== 1 ? ` start="${start}"` : ''}>`;
  return [open, ...items.map((i) => `<li>${htmlEscape(i)}</li>`), `</${tag}>`].join('\n');
}

export function renderHandoutHtml(m: HandoutModel): string {
  const body: string[] = [];
  body.push(`<h1>${htmlEscape(m.title)}</h1>`, `<p class="made">${htmlEscape(m.madeOn)}</p>`);
  body.push(`<h2>${htmlEscape(m.verdict.heading)}</h2>`, `<p class="verdict">${htmlEscape(m.verdict.label)}</p>`, `<p>${htmlEscape(m.verdict.summary)}</p>`);
  if (m.verdict.actNow) body.push(`<p class="act-now">${htmlEscape(m.verdict.actNow)}</p>`);
  if (m.changed) body.push(`<h2>${htmlEscape(m.changed.heading)}</h2>`, `<p>${htmlEscape(m.changed.intro)}</p>`, list('ul', m.changed.items));
  body.push(`<h2>${htmlEscape(m.steps.heading)}</h2>`);
  for (const section of m.steps.sections) {
    if (section.heading) body.push(`<h3>${htmlEscape(section.heading)}</h3>`);
    body.push(list('ol', section.items, undefined, section.number));
  }
  if (m.why.items.length > 0) body.push(`<h2>${htmlEscape(m.why.heading)}</h2>`, list('ul', m.why.items));
  if (m.reassurance) body.push(`<p><strong>${htmlEscape(m.reassurance)}</strong></p>`);
  if (m.told.rows.length > 0) body.push(`<h2>${htmlEscape(m.told.heading)}</h2>`, ...m.told.rows.map(rowHtml));
  if (m.ownWords) {
    const paras = m.ownWords.text.split(/\n{2,}/).map((p) => `<p>${htmlEscape(p).replace(/\n/g, '<br>')}</p>`);
    body.push(`<h2>${htmlEscape(m.ownWords.heading)}</h2>`, ...paras);
  }
  if (m.report) body.push(`<h2>${htmlEscape(m.report.heading)}</h2>`, `<p>${htmlEscape(m.report.intro)}</p>`, ...m.report.rows.map(rowHtml));
  if (m.sources.items.length > 0) body.push(`<h2>${htmlEscape(m.sources.heading)}</h2>`, list('ul', m.sources.items, 'sources'));
  if (m.phones.items.length > 0) {
    body.push(`<h2>${htmlEscape(m.phones.heading)}</h2>`, `<ul class="phones">`);
    for (const c of m.phones.items) {
      const extra = [c.web, c.email, c.note].filter((x): x is string => Boolean(x)).map((x) => `<br>${htmlEscape(x)}`).join('');
      body.push(`<li><strong>${htmlEscape(c.name)}</strong><br><span class="phone">${htmlEscape(c.phone)}</span>${extra}</li>`);
    }
    body.push(`</ul>`);
  }
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${htmlEscape(m.title)}</title>`,
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
