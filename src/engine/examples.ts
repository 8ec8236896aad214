// Running each rule's inline examples: answers that must match and answers that must not.

import type { Answers, QuestionId } from '../rules/types.js';
import { encodeAnswers } from './answers.js';
import { compileRuleSet, type CompiledRuleSet } from './compile.js';

export interface ExampleResult {
  rule: string;
  kind: 'match' | 'no-match';
  index: number;
  answers: Partial<Answers>;
  passed: boolean;
}

export interface RuleTestResult {
  rule: string;
  pack: string;
  disabled: boolean;
  examples: ExampleResult[];
  /** Why the rule fails as a whole even if every example passes (no example of a kind). */
  missing: string[];
  passed: boolean;
}

export function runRuleExamples(rs: CompiledRuleSet): RuleTestResult[] {
  const disabled = new Set(rs.set.disabled.map((d) => d.rule));
  // Disabled rules are left out of rs.rules, so compile every rule for testing.
  const all = compileRuleSet({ ...rs.set, disabled: [] });
  const bits = new Uint32Array(all.words);
  return rs.set.rules.map((def) => {
    const compiled = all.rules.find((r) => r.def === def)!;
    const run = (kind: 'match' | 'no-match', list: Partial<Record<QuestionId, string[]>>[]) =>
      list.map((answers, index) => {
        const hit = compiled.test(encodeAnswers(all, answers, bits));
        return { rule: def.id, kind, index, answers, passed: kind === 'match' ? hit : !hit };
      });
    const examples = [...run('match', def.examples.match), ...run('no-match', def.examples.noMatch)];
    const missing: string[] = [];
    if (def.examples.match.length === 0) missing.push('no example that must match');
    if (def.examples.noMatch.length === 0) missing.push('no example that must not match');
    return { rule: def.id, pack: def.pack, disabled: disabled.has(def.id), examples, missing, passed: missing.length === 0 && examples.every((e) => e.passed) };
  });
}
