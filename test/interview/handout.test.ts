// The printable handout: valid HTML in large print, everything escaped, and
// the "what to tell Report Fraud" facts where money, cards or details have gone.
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { check, type CheckResult } from '../../src/engine/check.js';
import type { CompiledRuleSet } from '../../src/engine/compile.js';
import { buildHandout, cleanDescription, needsReportSection } from '../../src/interview/handout.js';
import { makeWording, type Wording } from '../../src/interview/wording.js';
import { renderHandoutHtml, type HandoutModel } from '../../src/render/handout-html.js';
import { renderHandoutMarkdown } from '../../src/render/handout-markdown.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { mdText } from '../../src/util/output/markdown.js';
import type { Answers } from '../../src/rules/types.js';
import { builtinRuleSet } from '../helpers/ruleset.js';
import { FIXED_NOW } from './helpers/session.js';

let rs: CompiledRuleSet;
let t: Wording;
beforeAll(async () => {
  rs = await builtinRuleSet();
  t = makeWording(rs.set);
});

const answers = (a: Partial<Answers>): Answers => ({ claimed: [], asked: [], signs: [], happened: [], ...a });
const result = (a: Partial<Answers>, region: 'england' | 'scotland' = 'england'): CheckResult => check(rs, answers(a), { region });
const model = (r: CheckResult, description?: string): HandoutModel =>
  buildHandout({ set: rs.set, result: r, t, now: FIXED_NOW, ...(description ? { description } : {}) });

const paid = () => result({ claimed: ['police'], asked: ['hand-over-cash', 'keep-secret'], signs: ['urgent'], happened: ['paid'] });

/** The CSS declarations of a selector in the handout's style sheet. */
function rule(html: string, selector: string): string {
  const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
  const m = new RegExp(`(?:^|\\n)\\s*${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\{([^}]*)\\}`).exec(css);
  if (!m) throw new Error(`no CSS rule for ${selector}`);
  return m[1]!;
}
const points = (decls: string) => Number(/font-size:\s*(\d+(?:\.\d+)?)pt/.exec(decls)?.[1] ?? NaN);

describe('the HTML handout', () => {
  it('is valid HTML (html-validate, recommended rules)', async () => {
    for (const r of [paid(), result({}), result({ claimed: ['bank'], happened: ['gave-bank', 'remote-access-given'] }, 'scotland')]) {
      const report = await new HtmlValidate().validateString(renderHandoutHtml(model(r, 'He said "press 1" & <then> hung up.\n\nSecond paragraph.')));
      const messages = report.results.flatMap((x) => x.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
      expect(messages).toEqual([]);
      expect(report.valid).toBe(true);
    }
  });

  it('is large print: 16pt or more, sans-serif, bold headings, left-aligned, black on white, no italics or capitals', () => {
    const html = renderHandoutHtml(model(paid()));
    const body = rule(html, 'body');
    expect(points(body)).toBeGreaterThanOrEqual(16);
    expect(body).toMatch(/font-family:[^;]*sans-serif/);
    expect(body).toMatch(/text-align:\s*left/);
    expect(points(rule(html, 'h1'))).toBeGreaterThan(points(body));
    expect(rule(html, 'h2')).toMatch(/font-weight:\s*bold/);
    expect(rule(html, 'html')).toMatch(/background:\s*#fff;\s*color:\s*#000/);
    // Every font size in the sheet is at least 16pt.
    for (const size of html.matchAll(/font-size:\s*(\d+)pt/g)) expect(Number(size[1])).toBeGreaterThanOrEqual(16);
    expect(html).not.toMatch(/font-style:\s*italic|text-transform:\s*uppercase|<(i|em)>/);
    expect(rule(html, 'em, i, cite, address, dfn, var')).toMatch(/font-style:\s*normal/);
    expect(html).toMatch(/<html lang="en-GB">/);
  });

  it('puts the verdict first, then the headline with its number, then every step with its numbers, and the sources last in short form', () => {
    const r = paid();
    const html = renderHandoutHtml(model(r));
    const at = (x: string) => html.indexOf(x);
    expect(at(r.verdictLabel)).toBeGreaterThan(0);
    expect(at(r.verdictLabel)).toBeLessThan(at(r.headline!.text));
    // The headline's number is right with it, before the first list of steps.
    expect(at('<span class="phone">159</span>')).toBeLessThan(at('<ol'));
    // Every step but the one the headline says, one per list item, numbered on through the groups.
    const lists = [...html.matchAll(/<h2>([^<]+)<\/h2>\n<ol(?: start="(\d+)")?>([\s\S]*?)<\/ol>/g)];
    expect(lists.map((m) => m[1])).toEqual(['Also do this now', 'To protect yourself', 'Report it and warn others']);
    const shown = r.nextSteps.filter((s) => !r.headline!.covers.includes(s.id));
    expect(lists.reduce((n, m) => n + m[3]!.match(/<li>/g)!.length, 0)).toBe(shown.length);
    let next = 1;
    for (const m of lists) {
      expect(Number(m[2] ?? 1)).toBe(next);
      next += m[3]!.match(/<li>/g)!.length;
    }
    // Each step's numbers sit in its own list item.
    expect(lists[2]![3]).toContain('<span class="phone">0300 123 2040</span>');
    expect(points(rule(html, '.phone'))).toBeGreaterThanOrEqual(20);
    const sources = html.lastIndexOf('<h2>Where this advice comes from</h2>');
    expect(sources).toBeGreaterThan(at(t('handout-report-heading')));
    expect(html.slice(sources)).toContain('kent.police.uk');
    expect(html.slice(sources)).not.toContain('https://');
    expect(html).toMatch(/@page\s*\{\s*size:\s*A4/);
    // A fill-in row is never split across a page break.
    expect(rule(html.replace(/@media print \{([\s\S]*?)\n {2}\}/, '$1'), 'li, .row, .headline')).toMatch(/break-inside:\s*avoid/);
  });

  it('escapes all text: a description cannot add markup', () => {
    const html = renderHandoutHtml(model(paid(), '<script>alert(1)</script> & "quotes" \u202eevil'));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; evil');
  });

  it('gives the region\'s numbers only', () => {
    const scotland = renderHandoutHtml(model(result({ claimed: ['police'], asked: ['hand-over-cash'], happened: ['paid'] }, 'scotland')));
    expect(scotland).not.toContain('0300 123 2040');
    expect(scotland).toContain('<span class="phone">101</span>');
  });
});

describe('what to tell Report Fraud and your bank', () => {
  it('appears only when money, cards or details have gone', () => {
    for (const id of ['gave-bank', 'paid', 'gave-personal', 'remote-access-given']) {
      expect(needsReportSection(rs.set, result({ happened: [id] })), id).toBe(true);
      expect(model(result({ happened: [id] })).parts.report, id).toBeDefined();
    }
    for (const happened of [[], ['nothing'], ['still-on-call'], ['courier-coming']]) {
      expect(model(result({ claimed: ['police'], asked: ['hand-over-cash'], happened })).parts.report).toBeUndefined();
    }
  });

  it('fills in what the answers tell, and leaves blanks to write in by hand', () => {
    const report = model(paid()).parts.report!;
    const row = (key: Parameters<Wording>[0]) => report.rows.find((r) => r.label === t(key))!;
    expect(row('report-claimed').value).toBe('The police');
    expect(row('report-asked').value).toBe('Hand over cash, Keep it secret');
    expect(row('report-happened').value).toBe('I have paid or handed things over');
    expect(row('report-how-paid')).toEqual({ label: t('report-how-paid'), value: 'The caller asked you to: Hand over cash', blank: true });
    for (const key of ['report-when', 'report-number', 'report-amount', 'report-accounts', 'report-reference'] as const) {
      expect(row(key)).toEqual({ label: t(key), blank: true });
    }
    const html = renderHandoutHtml(model(paid()));
    const section = html.slice(html.indexOf(t('handout-report-heading')));
    expect(section.match(/<div class="blank"><\/div>/g)!.length).toBeGreaterThanOrEqual(8);
  });

  it('an unanswered question is a blank, not a guess', () => {
    const report = model(result({ happened: ['gave-bank'] })).parts.report!;
    expect(report.rows.find((r) => r.label === t('report-claimed'))).toEqual({ label: t('report-claimed'), blank: true });
  });
});

describe('the Markdown handout', () => {
  it('has the same content as the HTML, in the same order as --format markdown', () => {
    const r = paid();
    const md = renderHandoutMarkdown(model(r, 'They said *urgent* [click](http://x)'));
    expect(md.startsWith(`# ${t('handout-title')}\n`)).toBe(true);
    expect(md).toContain(`## ${t('handout-verdict')} ${r.verdictLabel}`);
    expect(md).toContain(`**Do this first: ${mdText(r.headline!.text)}**`);
    expect(md).toContain('- **Stop Scams UK: 159**');
    const shown = r.nextSteps.filter((s) => !r.headline!.covers.includes(s.id));
    shown.forEach((s, i) => expect(md).toContain(`${i + 1}. ${mdText(s.text)}`));
    expect(md).toContain(`## ${t('handout-report-heading')}`);
    expect(md).toContain('> They said \\*urgent\\* \\[click\\](http://x)');
    // The headings the two share come in the same order.
    const headings = (text: string) => [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    const plain = renderMarkdown(rs.set, r);
    const shared = headings(md).filter((h) => headings(plain).includes(h));
    expect(shared.length).toBeGreaterThanOrEqual(4);
    expect(headings(plain).filter((h) => shared.includes(h))).toEqual(shared);
  });

  it('escapes what Markdown would act on, and keeps text on its line', () => {
    expect(mdText('# not a heading')).toBe('\\# not a heading');
    expect(mdText('1. not a list')).toBe('1\\. not a list');
    expect(mdText('<b>x</b>\nnext')).toBe('\\<b\\>x\\</b\\> next');
    expect(mdText('a_b*c`d|e~f')).toBe('a\\_b\\*c\\`d\\|e\\~f');
  });
});

describe('a description in a handout', () => {
  it('keeps the words and line breaks, drops control characters and direction overrides', () => {
    expect(cleanDescription('  one\r\ntwo\u0007\u202e three\t four ')).toBe('one\ntwo three  four');
  });
});
