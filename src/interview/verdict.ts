// What the person sees: the immediate actions when something is urgent, and
// the verdict screen (verdict in words, why, numbered next steps with phone
// numbers, reassurance, sources) — the same text a flag check prints.

import { emptyAnswers } from '../engine/answers.js';
import { check, type CheckResult, type NextStep } from '../engine/check.js';
import type { CompiledRuleSet } from '../engine/compile.js';
import type { Style } from '../util/output/colour.js';
import { renderText } from '../render/text.js';
import { contactLine } from '../render/view.js';
import type { Region } from '../rules/types.js';
import type { Wording } from './wording.js';

/** How many of the urgent check's next steps to show before anything else: the few that cannot wait. */
const IMMEDIATE_STEPS = 3;

/** The first next steps the rule set gives for these urgent `happened` answers. */
export function immediateSteps(rs: CompiledRuleSet, region: Region, happened: readonly string[]): NextStep[] {
  if (happened.length === 0) return [];
  const result = check(rs, { ...emptyAnswers(), happened: [...happened] }, { region });
  return result.nextSteps.slice(0, IMMEDIATE_STEPS);
}

export function renderImmediate(steps: readonly NextStep[], t: Wording, style: Style): string {
  const out = ['', style.heading(t('act-now-heading'))];
  steps.forEach((s, i) => {
    out.push(`  ${`${i + 1}.`.padEnd(3)} ${style.bold(s.text)}`);
    for (const c of s.contacts) out.push(`      ${style.bold(contactLine(c))}`);
  });
  out.push('', t('act-now-after'));
  return out.join('\n') + '\n';
}

/**
 * The verdict screen. The person has confirmed every answer, so the flag-mode
 * note about misread descriptions ("run again with the answer flags") is left out.
 */
export function renderVerdictScreen(rs: CompiledRuleSet, result: CheckResult, style: Style): string {
  const shown: CheckResult = { ...result, answers: { ...result.answers, fromText: [] } };
  return `\n${renderText(rs.set, shown, style)}`;
}
