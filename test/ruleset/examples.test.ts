// Every built-in rule's inline examples: answers that must match and answers that must not.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledRuleSet } from '../../src/engine/compile.js';
import { runRuleExamples } from '../../src/engine/examples.js';
import { builtinRuleSet } from '../helpers/ruleset.js';

let rs: CompiledRuleSet;
beforeAll(async () => {
  rs = await builtinRuleSet();
});

describe('built-in rule examples', () => {
  it('every rule has examples of both kinds, a source, and all of its examples pass', () => {
    const results = runRuleExamples(rs);
    expect(results.length).toBeGreaterThanOrEqual(30);
    const failures = results.flatMap((r) => [
      ...r.missing.map((m) => `${r.rule}: ${m}`),
      ...r.examples.filter((e) => !e.passed).map((e) => `${r.rule}: ${e.kind} example ${e.index + 1} ${JSON.stringify(e.answers)}`),
    ]);
    expect(failures).toEqual([]);
    for (const r of rs.set.rules) expect(r.sources.length, r.id).toBeGreaterThan(0);
  });

  it('a wrong example is caught (the runner can fail)', () => {
    const broken = { ...rs, set: { ...rs.set, rules: rs.set.rules.map((r, i) => (i === 0 ? { ...r, examples: { match: r.examples.noMatch, noMatch: r.examples.match } } : r)) } };
    const first = runRuleExamples(broken)[0]!;
    expect(first.passed).toBe(false);
  });
});
