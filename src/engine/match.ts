// Which rules match a set of answer bits, by either back-end of the rules'
// planned conditions (condition.ts):
// - matchRules calls each rule's closure: every mode uses it;
// - compileMatcher generates one plain function for the whole rule set, for
//   batch runs, where a million records × dozens of rules makes a closure call
//   per rule cost more than everything else put together. The function is
//   generated as source text, like ajv does for schemas, from the plans' numbers
//   only. Where code generation is not allowed (node
//   --disallow-code-generation-from-strings), it falls back to matchRules.
// Both give the same rules in the same order (rs.rules: highest verdict first).

import type { Bits, CompiledRuleSet } from './compile.js';
import { expressionOf } from './condition.js';

/** Writes the indices into rs.rules of the matching rules into `out`; returns how many. */
export type Matcher = (bits: Bits, out: Uint16Array | number[]) => number;

export function matchRules(rs: CompiledRuleSet, bits: Bits, out: Uint16Array | number[]): number {
  let n = 0;
  const rules = rs.rules;
  for (let i = 0; i < rules.length; i++) if (rules[i]!.test(bits)) out[n++] = i;
  return n;
}

export function compileMatcher(rs: CompiledRuleSet): Matcher {
  try {
    const loads = Array.from({ length: rs.words }, (_, w) => `const b${w} = b[${w}] | 0;`).join('\n');
    const tests = rs.rules.map((r, i) => `if (${expressionOf(r.plan)}) out[n++] = ${i};`).join('\n');
    // Generated from the plans' numbers only (see above), never from rule-file text.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    return new Function('b', 'out', `'use strict';\n${loads}\nlet n = 0;\n${tests}\nreturn n;`) as Matcher;
  } catch {
    return (bits, out) => matchRules(rs, bits, out);
  }
}
