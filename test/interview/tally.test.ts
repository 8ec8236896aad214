// The help desk's tally: counts by verdict and rule, and a CSV that a
// spreadsheet can never run as a formula.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledRuleSet } from '../../src/engine/compile.js';
import { csvCell } from '../../src/util/output/csv-cell.js';
import { makeTally, renderTally, tallyCsv } from '../../src/interview/tally.js';
import { makeWording } from '../../src/interview/wording.js';
import { PLAIN_STYLE } from '../../src/util/output/colour.js';
import { builtinRuleSet } from '../helpers/ruleset.js';

let rs: CompiledRuleSet;
beforeAll(async () => {
  rs = await builtinRuleSet();
});

describe('tally', () => {
  it('counts calls by verdict, urgent ones, and rules most matched first', () => {
    const tally = makeTally(rs.set, [
      { verdict: 'scam', urgent: true, rules: ['b-rule', 'a-rule'] },
      { verdict: 'scam', urgent: false, rules: ['b-rule'] },
      { verdict: 'suspicious', urgent: false, rules: ['a-rule', 'c-rule'] },
      { verdict: 'no-known-signs', urgent: false, rules: [] },
    ]);
    expect(tally.calls).toBe(4);
    expect(tally.urgent).toBe(1);
    expect(tally.byVerdict).toEqual({ 'no-known-signs': 1, suspicious: 1, 'high-risk': 0, scam: 2 });
    expect(tally.byRule.map((r) => [r.rule, r.count])).toEqual([['a-rule', 2], ['b-rule', 2], ['c-rule', 1]]);
  });

  it('prints "no calls" when none were checked', () => {
    const t = makeWording(rs.set);
    expect(renderTally(rs.set, makeTally(rs.set, []), t, PLAIN_STYLE)).toContain(t('tally-none'));
  });

  it('writes every verdict, even at 0, and every rule in the CSV', () => {
    const rule = rs.set.rules[0]!;
    const csv = tallyCsv(rs.set, makeTally(rs.set, [{ verdict: 'high-risk', urgent: false, rules: [rule.id] }]), '2026-11-22');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('date,section,id,label,count');
    expect(lines.filter((l) => l.includes(',verdict,'))).toHaveLength(4);
    expect(lines).toContain('2026-11-22,verdict,high-risk,High risk,1');
    expect(lines).toContain('2026-11-22,verdict,scam,Scam,0');
    expect(lines.at(-1)).toBe(`2026-11-22,rule,${rule.id},${csvCell(rule.title)},1`);
  });
});

// The tally's cells go through the one CSV-cell guard: see test/safety/csv-cell.test.ts.
