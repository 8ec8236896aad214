import { describe, expect, it } from 'vitest';
import { checkAnswerIds, emptyAnswers, encodeAnswers, mergeAnswers, splitIds } from '../../src/engine/answers.js';
import { check } from '../../src/engine/check.js';
import { matchRules } from '../../src/engine/match.js';
import { compileRuleSet } from '../../src/engine/compile.js';
import type { Answers } from '../../src/rules/types.js';
import { rule, syntheticSet } from '../helpers/ruleset.js';

const rs = compileRuleSet(
  syntheticSet([
    rule('police-cash', 'scam', { answers: { claimed: ['police'], asked: ['cash'] } }, ['hang-up', 'report']),
    rule('pin', 'scam', { answers: { asked: ['pin'] } }, ['report']),
    rule('bank', 'suspicious', { answers: { claimed: ['bank'] } }, ['check']),
    rule('pressure', 'high-risk', { all: [{ answers: { signs: ['urgent'] } }, { any: [{ answers: { signs: ['threat'] } }, { answers: { claimed: ['police'] } }] }] }),
    rule('bank-quiet', 'suspicious', { all: [{ answers: { claimed: ['bank'] } }, { not: { answers: { asked: ['pin'] } } }] }, ['scotland-only']),
  ]),
);

const answers = (a: Partial<Answers>): Answers => ({ ...emptyAnswers(), ...a });

describe('check: verdicts, table-driven', () => {
  const table: [string, Partial<Answers>, string, string[]][] = [
    ['nothing given', {}, 'no-known-signs', []],
    ['police asking for cash', { claimed: ['police'], asked: ['cash'] }, 'scam', ['police-cash']],
    ['police alone', { claimed: ['police'] }, 'no-known-signs', []],
    ['bank alone', { claimed: ['bank'] }, 'suspicious', ['bank', 'bank-quiet']],
    ['bank asking for a PIN', { claimed: ['bank'], asked: ['pin'] }, 'scam', ['pin', 'bank']],
    ['urgent with a threat', { signs: ['urgent', 'threat'] }, 'high-risk', ['pressure']],
    ['urgent police', { claimed: ['police'], signs: ['urgent'] }, 'high-risk', ['pressure']],
    ['urgent alone', { signs: ['urgent'] }, 'no-known-signs', []],
  ];
  it.each(table)('%s', (_name, given, verdict, rules) => {
    const r = check(rs, answers(given), { region: 'england' });
    expect(r.verdict).toBe(verdict);
    expect(r.reasons.map((x) => x.rule)).toEqual(rules);
  });
});

describe('check: details', () => {
  it('reasons come strongest first and say which answers matched', () => {
    const r = check(rs, answers({ claimed: ['police', 'bank'], asked: ['cash'], signs: ['urgent'] }), { region: 'england' });
    expect(r.reasons.map((x) => x.verdict)).toEqual(['scam', 'high-risk', 'suspicious', 'suspicious']);
    expect(r.reasons[0]).toMatchObject({ rule: 'police-cash', matchedOn: { claimed: ['police'], asked: ['cash'] }, source: 'https://example.org/police-cash' });
    expect(r.reasons[1]!.matchedOn).toEqual({ signs: ['urgent'], claimed: ['police'] });
  });

  it('next steps are ordered by `order`, without repeats, with contacts for the region only', () => {
    const r = check(rs, answers({ claimed: ['police'], asked: ['cash', 'pin'] }), { region: 'england' });
    expect(r.nextSteps.map((s) => s.id)).toEqual(['hang-up', 'report']);
    expect(r.nextSteps[1]!.contacts).toEqual([{ name: 'Report Fraud', phone: '0300 123 2040' }]);
    const scot = check(rs, answers({ claimed: ['police'], asked: ['cash'] }), { region: 'scotland' });
    expect(scot.nextSteps[1]!.contacts).toEqual([{ name: 'Police Scotland', phone: '101' }]);
  });

  it('each step names the group it comes under: the last group starting at or before its order', () => {
    const r = check(rs, answers({ claimed: ['police', 'bank'], asked: ['cash'] }), { region: 'england' });
    // hang-up (10) and check (50) come under "now" (from 0); report (60) under "report" (from 60).
    expect(r.nextSteps.map((s) => [s.id, s.group])).toEqual([['hang-up', 'now'], ['check', 'now'], ['report', 'report']]);
    // With no step groups, steps have none.
    const plain = compileRuleSet({ ...rs.set, stepGroups: [] });
    expect(check(plain, answers({ claimed: ['police'], asked: ['cash'] }), { region: 'england' }).nextSteps.map((s) => s.group)).toEqual([undefined, undefined]);
    // Groups need not be listed in order; a step below every group has none.
    const late = compileRuleSet({ ...rs.set, stepGroups: [{ ...rs.set.stepGroups[1]!, fromOrder: 50 }, { ...rs.set.stepGroups[0]!, fromOrder: 20 }] });
    expect(check(late, answers({ claimed: ['police', 'bank'], asked: ['cash'] }), { region: 'england' }).nextSteps.map((s) => s.group)).toEqual([undefined, 'report', 'report']);
  });

  it('advice limited to some regions is left out elsewhere', () => {
    expect(check(rs, answers({ claimed: ['bank'] }), { region: 'england' }).nextSteps.map((s) => s.id)).toEqual(['check', 'report']);
    expect(check(rs, answers({ claimed: ['bank'] }), { region: 'scotland' }).nextSteps.map((s) => s.id)).toEqual(['check', 'report', 'scotland-only']);
  });

  it('with no match the verdict is no-known-signs and still gives the verdict advice', () => {
    const r = check(rs, answers({}), { region: 'wales' });
    expect(r).toMatchObject({ verdict: 'no-known-signs', urgent: false, reasons: [] });
    expect(r.nextSteps.map((s) => s.id)).toEqual(['check']);
  });

  it('urgent follows urgent answers', () => {
    expect(check(rs, answers({ happened: ['paid'] }), { region: 'england' }).urgent).toBe(true);
    expect(check(rs, answers({ happened: ['nothing'] }), { region: 'england' }).urgent).toBe(false);
  });

  it('names the answers that alone would raise the verdict furthest (asked and signs only)', () => {
    const r = check(rs, answers({ claimed: ['police'] }), { region: 'england' });
    expect(r.nearMiss).toEqual({ verdict: 'scam', answers: [{ question: 'asked', id: 'cash' }, { question: 'asked', id: 'pin' }] });
    expect(check(rs, answers({ asked: ['pin'] }), { region: 'england' }).nearMiss).toBeUndefined();
    expect(check(rs, answers({ signs: ['urgent'] }), { region: 'england' }).nearMiss).toEqual({
      verdict: 'scam',
      answers: [{ question: 'asked', id: 'pin' }],
    });
  });

  it('carries free-text evidence through untouched', () => {
    const fromText = [{ question: 'claimed' as const, id: 'police', words: ['detective'] }];
    expect(check(rs, answers({ claimed: ['police'] }), { region: 'england', fromText }).answers.fromText).toEqual(fromText);
  });

  it('matchRules finds the same rules as check, in rule order', () => {
    const out = new Uint16Array(rs.rules.length);
    const n = matchRules(rs, encodeAnswers(rs, { claimed: ['bank'], asked: ['pin'] }), out);
    expect([...out.slice(0, n)].map((i) => rs.rules[i]!.def.id)).toEqual(['pin', 'bank']);
  });
});

describe('answers', () => {
  it('splits comma lists, trims and lower-cases', () => {
    expect(splitIds(' Police, bank ,,')).toEqual(['police', 'bank']);
    expect(splitIds(['A ', ''])).toEqual(['a']);
  });
  it('names unknown ids with the closest valid one', () => {
    const { problems, answers } = checkAnswerIds(rs, { claimed: ['polise', 'bank'] });
    expect(answers.claimed).toEqual(['bank']);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe('"polise" is not an answer to claimed; did you mean "police"? Valid: police, bank, other');
  });
  it('merges as a union in rule-set order', () => {
    expect(mergeAnswers(rs, { claimed: ['other'] }, { claimed: ['police', 'other'] }).claimed).toEqual(['police', 'other']);
  });
  it('encodes more than 32 answers across words', () => {
    const set = syntheticSet([rule('far', 'scam', { answers: { signs: ['s39'] } })]);
    set.questions[2]!.answers = Array.from({ length: 40 }, (_, i) => ({ ...set.questions[2]!.answers[0]!, id: `s${i}` }));
    const big = compileRuleSet(set);
    expect(big.words).toBe(2);
    expect(check(big, answers({ signs: ['s39'] }), { region: 'england' }).verdict).toBe('scam');
    expect(check(big, answers({ signs: ['s38'] }), { region: 'england' }).verdict).toBe('no-known-signs');
  });
  it('leaves disabled rules out', () => {
    const set = syntheticSet([rule('pin', 'scam', { answers: { asked: ['pin'] } })]);
    set.disabled = [{ rule: 'pin', reason: 'test', pack: 'p', loc: { file: 'x', line: 1, col: 1 } }];
    expect(check(compileRuleSet(set), answers({ asked: ['pin'] }), { region: 'england' }).verdict).toBe('no-known-signs');
  });
});
