// Why a rule set stays monotonic (adding an answer never lowers the verdict).
//
// The verdict is the highest verdict among matching rules. A rule without `not`
// can only start matching when an answer is added, never stop. A rule with `not`
// can stop, so it is accepted only when rules without `not` already give at
// least its verdict wherever it could match: we drop its negated parts (which
// only widens it), write what is left as a list of "all of these answers" terms,
// and ask that each term contain a term of some covering rule.

import { VERDICTS, type Condition, type RuleDef } from './types.js';

/** A conjunction of "question:answer" atoms; sorted, no repeats. */
type Term = string[];
const MAX_TERMS = 4096;

class TooComplex extends Error {}

function product(a: Term[], b: Term[]): Term[] {
  const out: Term[] = [];
  for (const x of a) for (const y of b) {
    out.push([...new Set([...x, ...y])].sort());
    if (out.length > MAX_TERMS) throw new TooComplex();
  }
  return out;
}

/** Terms of the condition with every negated literal read as "true". [[]] is true, [] is false. */
function relaxedTerms(cond: Condition, positive: boolean): Term[] {
  if ('not' in cond) return relaxedTerms(cond.not, !positive);
  if ('all' in cond || 'any' in cond) {
    const parts = ('all' in cond ? cond.all : cond.any).map((c) => relaxedTerms(c, positive));
    // all under a negation behaves as any, and the other way round (De Morgan).
    const conjunctive = 'all' in cond === positive;
    if (conjunctive) return parts.reduce((acc, p) => product(acc, p), [[]] as Term[]);
    const out = parts.flat();
    if (out.length > MAX_TERMS) throw new TooComplex();
    return out;
  }
  if (!positive) return [[]];
  let terms: Term[] = [[]];
  for (const [q, ids] of Object.entries(cond.answers)) terms = product(terms, ids.map((id) => [`${q}:${id}`]));
  return terms;
}

export function hasNot(cond: Condition): boolean {
  if ('not' in cond) return true;
  if ('all' in cond) return cond.all.some(hasNot);
  if ('any' in cond) return cond.any.some(hasNot);
  return false;
}

/** Terms of a `not`-free condition (exact). */
export function conditionTerms(cond: Condition): Term[] {
  return relaxedTerms(cond, true);
}

export interface CoverageGap {
  rule: RuleDef;
  message: string;
}

/** How many atom comparisons the whole coverage check may make: a pack cannot make loading hang. */
export const MAX_COVERAGE_WORK = 20_000_000;

export function uncoveredNegations(rules: readonly RuleDef[]): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  const negating = rules.filter((r) => hasNot(r.when) && VERDICTS.indexOf(r.verdict) > 0);
  if (negating.length === 0) return gaps;
  const rank = (r: RuleDef) => VERDICTS.indexOf(r.verdict);
  const covering: { rank: number; terms: Term[] }[] = [];
  for (const r of rules) {
    if (hasNot(r.when)) continue;
    try {
      covering.push({ rank: rank(r), terms: conditionTerms(r.when) });
    } catch {
      // Too many terms to list: such a rule simply is not used as cover.
    }
  }
  const tooComplex = (r: RuleDef) => ({ rule: r, message: `rule "${r.id}": its "when" is too complex to check for monotonicity; simplify it or remove "not"` });
  let work = 0;
  for (const r of negating) {
    let terms: Term[];
    try {
      terms = relaxedTerms(r.when, true);
    } catch {
      gaps.push(tooComplex(r));
      continue;
    }
    try {
      for (const t of terms) {
        const covered = covering.some(
          (c) =>
            c.rank >= rank(r) &&
            c.terms.some((u) => {
              work += u.length * t.length;
              if (work > MAX_COVERAGE_WORK) throw new TooComplex();
              return u.every((atom) => t.includes(atom));
            }),
        );
        if (!covered) {
          const answers = t.length > 0 ? t.join(', ') : 'no answers at all';
          gaps.push({
            rule: r,
            message:
              `rule "${r.id}" uses "not", so adding an answer could lower the verdict: ` +
              `with ${answers} no rule without "not" gives ${r.verdict} or higher; add such a rule or remove "not"`,
          });
          break;
        }
      }
    } catch (err) {
      if (!(err instanceof TooComplex)) throw err;
      gaps.push(tooComplex(r));
    }
  }
  return gaps;
}
