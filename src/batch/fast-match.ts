// The rule set's conditions compiled to one plain function over the answer
// bits, for batch runs: a million records × dozens of rules is where calling a
// closure per rule (matchRules) costs more than everything else put together.
//
// The function is generated as source text, like ajv does for schemas. Only
// numbers computed here go into it (word indices, masks, rule indices) — never
// text from a rule file — so a rule pack cannot inject code. It must agree with
// matchRules exactly (same rules, same order); the tests check that on random
// answers. Where code generation is not allowed (node
// --disallow-code-generation-from-strings), matchRules is used instead.

import { matchRules } from '../engine/check.js';
import type { Bits, CompiledRuleSet } from '../engine/compile.js';
import type { Condition, QuestionId } from '../rules/types.js';

export type Matcher = (bits: Bits, out: Uint16Array) => number;

export function compileMatcher(rs: CompiledRuleSet): Matcher {
  try {
    return generate(rs);
  } catch {
    return (bits, out) => matchRules(rs, bits, out);
  }
}

function generate(rs: CompiledRuleSet): Matcher {
  const loads = Array.from({ length: rs.words }, (_, w) => `const b${w} = b[${w}] | 0;`).join('\n');
  const tests = rs.rules.map((r, i) => `if (${expr(r.def.when, rs)}) out[n++] = ${i};`).join('\n');
  return new Function('b', 'out', `'use strict';\n${loads}\nlet n = 0;\n${tests}\nreturn n;`) as Matcher;
}

/** The same semantics as compileCondition in src/engine/compile.ts, as an expression. */
function expr(cond: Condition, rs: CompiledRuleSet): string {
  if ('all' in cond) return cond.all.length === 0 ? 'true' : `(${cond.all.map((c) => expr(c, rs)).join(' && ')})`;
  if ('any' in cond) return cond.any.length === 0 ? 'false' : `(${cond.any.map((c) => expr(c, rs)).join(' || ')})`;
  if ('not' in cond) return `!${expr(cond.not, rs)}`;
  // A leaf: for every question named, at least one of its listed answers.
  const groups: string[] = [];
  for (const [q, ids] of Object.entries(cond.answers) as [QuestionId, string[]][]) {
    const masks = new Map<number, number>();
    for (const id of ids) {
      const bit = rs.bitIndex[q].get(id);
      if (bit === undefined) continue; // as in the engine: an unknown id never matches
      masks.set(bit >>> 5, (masks.get(bit >>> 5) ?? 0) | (1 << (bit & 31)));
    }
    const ors = [...masks].map(([word, mask]) => `(b${Math.trunc(word)} & ${mask | 0}) !== 0`);
    groups.push(ors.length === 0 ? 'false' : `(${ors.join(' || ')})`);
  }
  return groups.length === 0 ? 'true' : `(${groups.join(' && ')})`;
}
