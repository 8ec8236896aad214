// What the person sees: the immediate actions when something is urgent, and
// the verdict screen. Both lay out the one worded view of a result
// (render/view.ts), the same one a flag check prints.

import { emptyAnswers } from '../engine/answers.js';
import { check, type CheckResult } from '../engine/check.js';
import type { CompiledRuleSet } from '../engine/compile.js';
import type { Style } from '../util/output/colour.js';
import { layoutText } from '../render/text.js';
import { buildView, type ResultView } from '../render/view.js';
import type { Region } from '../rules/types.js';
import type { Wording } from './wording.js';

/** The headline and the other "now" steps the rule set gives for these urgent `happened` answers. */
export function immediateView(rs: CompiledRuleSet, region: Region, happened: readonly string[]): ResultView | undefined {
  if (happened.length === 0) return undefined;
  const result = check(rs, { ...emptyAnswers(), happened: [...happened] }, { region });
  return buildView(rs.set, result, { confirmed: true });
}

export function renderImmediate(view: ResultView, t: Wording, style: Style): string {
  const out = ['', style.heading(t('act-now-heading'))];
  const steps = [
    ...(view.headline ? [{ text: view.headline.text, contacts: view.headline.contacts }] : []),
    ...(view.now?.steps ?? []),
  ];
  steps.forEach((s, i) => {
    out.push(`  ${`${i + 1}.`.padEnd(3)} ${style.bold(s.text)}`);
    for (const c of s.contacts) out.push(`      ${style.bold(c)}`);
  });
  out.push('', t('act-now-after'));
  return out.join('\n') + '\n';
}

/**
 * The verdict screen: the same view as `--full` flag-mode text. The person has
 * confirmed every answer, so what was read from their description is left out;
 * the sources are named in short form (kent.police.uk), which fits a screen.
 * The prompter wraps it to the screen.
 */
export function renderVerdictScreen(rs: CompiledRuleSet, result: CheckResult, style: Style): string {
  return `\n${layoutText(buildView(rs.set, result, { full: true, confirmed: true, shortSources: true }), style)}`;
}
