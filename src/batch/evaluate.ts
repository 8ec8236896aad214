// The per-record check, without the allocations of check(): answer bits →
// verdict, urgent, matched rules and the top next step, left in reused fields
// (no object per record). Rule ids and next steps are numbered once, so output
// writers can render them from tables made once per run.
//
// It must agree with check(): the verdict is the highest of the matched rules
// (rs.rules is sorted highest first, so it is the first match's); the top next
// step is, among the advice of the matched rules (in match order) and then the
// verdict's, the applicable one with the lowest `order`, the first seen on a tie.

import { isUrgent, topAdvice } from '../engine/check.js';
import type { Bits, CompiledRuleSet } from '../engine/compile.js';
import { VERDICTS, type AdviceDef, type Region, type Verdict } from '../rules/types.js';
import { compileMatcher, type Matcher } from '../engine/match.js';

export interface NextStepRef {
  id: string;
  text: string;
}

/** An outcome as a plain object (tests, and --explain). */
export interface Outcome {
  verdict: Verdict;
  urgent: boolean;
  rules: string[];
  nextStep: NextStepRef | null;
}

/** What the last evaluate() found; valid until the next call. */
export interface Evaluated {
  /** Index of the verdict in VERDICTS. */
  readonly rank: number;
  readonly urgent: boolean;
  /** hits[0…count) are indices into ruleIds, strongest first (the order of check()'s reasons). */
  readonly count: number;
  readonly hits: Uint16Array;
  /** Index into steps, or -1 when no next step applies. */
  readonly step: number;
}

/** The names an output writer needs, numbered as Evaluated refers to them. */
export interface OutcomeTables {
  ruleIds: readonly string[];
  steps: readonly NextStepRef[];
}

export class Evaluator implements Evaluated, OutcomeTables {
  rank = 0;
  urgent = false;
  count = 0;
  step = -1;
  readonly hits: Uint16Array;
  readonly ruleIds: readonly string[];
  readonly steps: NextStepRef[] = [];
  /** For each rule, its best applicable advice: index into steps (or -1), and that advice's order. */
  private readonly ruleStep: Int32Array;
  private readonly ruleOrder: Float64Array;
  /** The same for each verdict's own advice, by rank. */
  private readonly verdictStep: Int32Array;
  private readonly verdictOrder: Float64Array;
  private readonly match: Matcher;

  /** Steps by advice id (for rule sets whose advice has conditions: the engine picks the top step). */
  private readonly stepOf: (id: string) => number;

  constructor(
    private readonly rs: CompiledRuleSet,
    private readonly region: Region,
  ) {
    this.hits = new Uint16Array(Math.max(1, rs.rules.length));
    this.match = compileMatcher(rs);
    this.ruleIds = rs.rules.map((r) => r.def.id);
    const stepIndex = new Map<string, { index: number; order: number } | null>();
    const stepFor = (id: string) => {
      if (!stepIndex.has(id)) {
        // check() takes the first advice with the id, and keeps it only where it applies.
        const def: AdviceDef | undefined = rs.set.advice.find((a) => a.id === id);
        if (def && def.regions.includes(region)) {
          stepIndex.set(id, { index: this.steps.length, order: def.order });
          this.steps.push({ id: def.id, text: def.regionText[region] ?? def.text });
        } else stepIndex.set(id, null);
      }
      return stepIndex.get(id)!;
    };
    this.stepOf = (id) => stepFor(id)?.index ?? -1;
    const best = (ids: readonly string[]) => {
      let top: { index: number; order: number } | null = null;
      for (const id of ids) {
        const s = stepFor(id);
        if (s && (!top || s.order < top.order)) top = s;
      }
      return top;
    };
    const perRule = rs.rules.map((r) => best(r.def.advice));
    this.ruleStep = Int32Array.from(perRule, (s) => s?.index ?? -1);
    this.ruleOrder = Float64Array.from(perRule, (s) => s?.order ?? Infinity);
    const perVerdict = VERDICTS.map((v) => best(rs.set.verdicts.find((d) => d.id === v)?.advice ?? []));
    this.verdictStep = Int32Array.from(perVerdict, (s) => s?.index ?? -1);
    this.verdictOrder = Float64Array.from(perVerdict, (s) => s?.order ?? Infinity);
  }

  evaluate(bits: Bits): this {
    const hits = this.hits;
    const n = this.match(bits, hits);
    this.count = n;
    const rank = n > 0 ? this.rs.rules[hits[0]!]!.rank : 0;
    this.rank = rank;
    let step = -1;
    let order = Infinity;
    for (let i = 0; i < n; i++) {
      const r = hits[i]!;
      if (this.ruleOrder[r]! < order) {
        order = this.ruleOrder[r]!;
        step = this.ruleStep[r]!;
      }
    }
    if (this.verdictOrder[rank]! < order) step = this.verdictStep[rank]!;
    if (this.rs.conditionalAdvice) {
      // Advice shown only for some answers or verdicts: the engine's own choice, as check() makes it.
      const top = topAdvice(this.rs, hits, n, rank, bits, this.region);
      step = top ? this.stepOf(top.id) : -1;
    }
    this.step = step;
    this.urgent = isUrgent(this.rs, bits);
    return this;
  }

  /** The last result as a plain object. */
  outcome(): Outcome {
    return {
      verdict: VERDICTS[this.rank]!,
      urgent: this.urgent,
      rules: Array.from(this.hits.subarray(0, this.count), (i) => this.ruleIds[i]!),
      nextStep: this.step >= 0 ? this.steps[this.step]! : null,
    };
  }
}
