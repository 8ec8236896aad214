import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { check } from '../src/engine/check.js';
import { buildHandout } from '../src/interview/handout.js';
import { makeWording } from '../src/interview/wording.js';
import { renderHandoutHtml } from '../src/render/handout-html.js';
import { renderText } from '../src/render/text.js';
import { builtinRuleSet } from './helpers/ruleset.js';

const SEEDS: [string, Record<string, string[]>][] = [
  ['detective-card', { claimed: ['police'], signs: ['card-misused'] }],
  ['courier', { claimed: ['police'], asked: ['hand-over-cash', 'keep-secret'], signs: ['card-misused', 'urgent'], happened: ['courier-coming'] }],
  ['bank-aggressive', { claimed: ['bank'], signs: ['aggressive'] }],
  ['telecom-bank-details', { claimed: ['telecom'], asked: ['bank-details'] }],
  ['automated-ni', { claimed: ['government'], signs: ['automated', 'crime-linked'], asked: ['press-key'] }],
  ['dwp-threat', { claimed: ['government'], signs: ['threat'] }],
  ['gp-genuine', { claimed: ['other'], asked: ['personal-details'], happened: ['gave-personal'] }],
];
it('measure', async () => {
  const rs = await builtinRuleSet();
  const t = makeWording(rs.set);
  const rows: string[] = [];
  for (const [name, a] of SEEDS) {
    const r = check(rs, { claimed: [], asked: [], signs: [], happened: [], ...a }, { region: 'england' });
    const text = process.env.PHASE === 'after' ? renderText(rs.set, r, undefined, { width: 80 }) : renderText(rs.set, r);
    const lines = text.replace(/\n$/, '').split('\n');
    let n = 0; let first = -1;
    for (const l of lines) {
      const rows80 = Math.max(1, Math.ceil(l.length / 80));
      if (first < 0 && (/^\s*1\.\s/.test(l) || (process.env.PHASE === 'after' && /^Do this first/.test(l)))) first = n + 1 + (process.env.PHASE === 'after' ? 1 : 0);
      n += rows80;
    }
    writeFileSync(`/tmp/af-measure/${name}-${process.env.PHASE ?? 'before'}.txt`, text);
    writeFileSync(`/tmp/af-measure/${name}-${process.env.PHASE ?? 'before'}.html`, renderHandoutHtml(buildHandout({ set: rs.set, result: r, t, now: new Date(2026, 10, 22, 14, 32) })));
    rows.push(`${name}\tfirstAction=${first}\tlines80=${n}\tverdict=${r.verdict}`);
  }
  writeFileSync(`/tmp/af-measure/summary-${process.env.PHASE ?? 'before'}.tsv`, rows.join('\n') + '\n');
});
