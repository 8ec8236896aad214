// interview.yaml and the code agree: every key the code uses is there, and
// every key there is used. A missing key stops the interview before it starts.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fill } from '../../src/util/fill.js';
import { makeWording, WORDING_KEYS } from '../../src/interview/wording.js';
import { RuleSetError } from '../../src/util/errors.js';
import { ROOT } from '../helpers/cli.js';
import { builtinRuleSet } from '../helpers/ruleset.js';

describe('interview wording', () => {
  const file = readFileSync(`${ROOT}rules/interview.yaml`, 'utf8');

  it('starts with the schema modeline', () => {
    expect(file.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/scamcheck-rules.schema.json');
  });

  it('has exactly the keys the code uses', () => {
    const keys = Object.keys((parse(file) as { interview: Record<string, string> }).interview).sort();
    expect(keys).toEqual([...WORDING_KEYS].sort());
  });

  it('every key is used in the interview code', () => {
    const src = ['flow', 'review', 'verdict', 'desk', 'save', 'handout', 'tally', 'plain-prompter', 'inquirer-prompter', 'questions', 'run']
      .map((f) => readFileSync(`${ROOT}src/interview/${f}.ts`, 'utf8'))
      .join('\n');
    const unused = WORDING_KEYS.filter((k) => !src.includes(`'${k}'`));
    expect(unused).toEqual([]);
  });

  it('is loaded into the rule set, and holds no question of the contract', async () => {
    const rs = await builtinRuleSet();
    const t = makeWording(rs.set);
    expect(t('cancelled')).toBe('Cancelled — nothing was saved.');
    for (const q of rs.set.questions) expect(Object.values(rs.set.interview)).not.toContain(q.prompt);
  });

  it('a missing key is a rule-set error naming the key', async () => {
    const rs = await builtinRuleSet();
    const { goodbye: _goodbye, ...rest } = rs.set.interview;
    expect(() => makeWording({ ...rs.set, interview: rest })).toThrow(RuleSetError);
    expect(() => makeWording({ ...rs.set, interview: rest })).toThrow(/interview text "goodbye" is missing/);
  });

  it('fills placeholders once, leaving unknown ones and braces in values alone', () => {
    expect(fill('Saved {file} and {other}', { file: '{other}' })).toBe('Saved {other} and {other}');
    expect(fill('Call {number}', { number: 2 })).toBe('Call 2');
  });
});
