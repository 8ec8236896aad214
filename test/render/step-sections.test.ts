// Next steps under their group headings, numbered on through the whole list,
// in every form a person reads: text, Markdown and the handout.
import { describe, expect, it } from 'vitest';
import { emptyAnswers } from '../../src/engine/answers.js';
import { check } from '../../src/engine/check.js';
import { compileRuleSet } from '../../src/engine/compile.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { stepSections } from '../../src/render/view.js';
import { rule, syntheticSet } from '../helpers/ruleset.js';

const set = syntheticSet([rule('police-cash', 'scam', { answers: { claimed: ['police'], asked: ['cash'] } }, ['hang-up', 'check', 'report'])]);
const rs = compileRuleSet(set);
const result = check(rs, { ...emptyAnswers(), claimed: ['police'], asked: ['cash'] }, { region: 'england' });

describe('step sections', () => {
  it('groups steps under their headings and numbers them on through the list', () => {
    const sections = stepSections(set, result.nextSteps);
    expect(sections.map((s) => [s.heading, s.number, s.steps.map((x) => x.id)])).toEqual([
      ['Do this now', 1, ['hang-up', 'check']],
      ['Report it', 3, ['report']],
    ]);
  });

  it('makes one section with no heading when the rule set has no groups', () => {
    const plain = { ...set, stepGroups: [] };
    const r = check(compileRuleSet(plain), { ...emptyAnswers(), claimed: ['police'], asked: ['cash'] }, { region: 'england' });
    expect(stepSections(plain, r.nextSteps)).toEqual([{ number: 1, steps: r.nextSteps }]);
    // No "now" group: every step comes after the summary, numbered from 1.
    expect(renderText(plain, r, undefined, { full: true })).toMatch(/summary scam\n\n {2}1\. {2}do hang-up\n/);
  });

  it('a step whose group is not in the rule set starts a section with no heading', () => {
    const odd = result.nextSteps.map((s, i) => (i === 2 ? { ...s, group: 'gone' } : s));
    expect(stepSections(set, odd).map((s) => s.heading)).toEqual(['Do this now', undefined]);
  });

  it('text: the first group is "also do this now"; with --full the rest come under their own headings, numbers carried on', () => {
    expect(renderText(set, result)).toMatch(/Also do this now\n {2}1\. {2}.+\n {2}2\. {2}.+\n\nThen\n {2}3\. {2}do report/);
    expect(renderText(set, result, undefined, { full: true })).toMatch(/Also do this now\n {2}1\. {2}.+\n {2}2\. {2}.+\n\nReport it\n {2}3\. {2}/);
  });

  it('Markdown: a heading per group; the list after it starts at its own number', () => {
    const md = renderMarkdown(set, result);
    expect(md).toMatch(/## Also do this now\n\n1\. .+\n2\. .+\n\n## Report it\n\n3\. /);
  });
});
