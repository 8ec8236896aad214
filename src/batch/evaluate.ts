// The per-record check, without the allocations of check(): answer bits →
// verdict, urgent, matched rules and the top next step, left in reused fields
// (no object per record). Rule ids and next steps are numbered once, so output
// writers can render them from tables made once per run.
//
// It agrees with check() by asking the engine: the verdict is the highest of
// the matched rules (rs.rules is sorted highest first, so it is the first
// match's), and the top next step is the engine's topAdviceFor().

import { isUrgent, topAdviceFor, type TopAdvicePicker } from '../engine/check.js';
import type { Bits, CompiledRuleSet } from '../engine/compile.js';
import { VERDICTS, type Region, type Verdict } from '../rules/types.js';
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
  private readonly match: Matcher;
  /** Steps by advice id: index into steps. */
  private readonly stepIndex = new Map<string, number>();
  private readonly topAdvice: TopAdvicePicker;

  constructor(
    private readonly rs: CompiledRuleSet,
    private readonly region: Region,
  ) {
    this.hits = new Uint16Array(Math.max(1, rs.rules.length));
    this.match = compileMatcher(rs);
    this.ruleIds = rs.rules.map((r) => r.def.id);
    this.topAdvice = topAdviceFor(rs, region);
    // Every step that can come top, numbered once, so writers can make their tables before the first record.
    for (const list of [...rs.ruleAdvice, ...rs.verdictAdvice]) {
      for (const { def } of list) {
        if (this.stepIndex.has(def.id) || !def.regions.includes(region)) continue;
        this.stepIndex.set(def.id, this.steps.length);
        this.steps.push({ id: def.id, text: def.regionText[region] ?? def.text });
      }
    }
  }

  evaluate(bits: Bits): this {
    const hits = this.hits;
    const n = this.match(bits, hits);
    this.count = n;
    const rank = n > 0 ? this.rs.rules[hits[0]!]!.rank : 0;
    this.rank = rank;
    this.step = this.topStep(bits, n, rank);
    this.urgent = isUrgent(this.rs, bits);
    return this;
  }

  /** The engine's own choice of the top next step (as check() makes it), numbered into steps. */
  private topStep(bits: Bits, n: number, rank: number): number {
    const top = this.topAdvice(this.hits, n, rank, bits);
    return top ? this.stepIndex.get(top.id)! : -1;
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
