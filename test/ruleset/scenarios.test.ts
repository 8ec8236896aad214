// Call scenarios with the lowest and highest verdict each may get: every seed
// incident and scam pattern at least high-risk, genuine calls at most suspicious.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAnswerIds } from '../../src/engine/answers.js';
import { check } from '../../src/engine/check.js';
import type { CompiledRuleSet } from '../../src/engine/compile.js';
import { VERDICTS } from '../../src/rules/types.js';
import { builtinRuleSet } from '../helpers/ruleset.js';
import { loadScenarios } from '../helpers/scenarios.js';

/** Answer ids added for today's calls (issue 12); each must be exercised by a scenario. */
const TODAY_IDS = [
  'claimed:investment-firm', 'claimed:solicitor-or-claims', 'signs:device-problem', 'signs:account-order', 'signs:unexpected-offer',
  'signs:cold-call', 'signs:relative-in-trouble', 'signs:recovery-offer', 'signs:refuse-is-crime',
];

const scenarios = loadScenarios();
let rs: CompiledRuleSet;
beforeAll(async () => {
  rs = await builtinRuleSet();
});

describe('call scenarios', () => {
  it('has a broad table', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(50);
    expect(scenarios.filter((s) => s.max && VERDICTS.indexOf(s.max) <= 1).length).toBeGreaterThanOrEqual(10);
  });

  it('covers the calls of today, their look-alikes, and every answer id added for them', () => {
    const today = scenarios.filter((s) => s.tags?.includes('today'));
    expect(today.length).toBeGreaterThanOrEqual(40);
    expect(today.filter((s) => s.max && VERDICTS.indexOf(s.max) <= 1).length).toBeGreaterThanOrEqual(10);
    const used = new Set(today.flatMap((s) => Object.entries(s.answers).flatMap(([q, ids]) => ids.map((id) => `${q}:${id}`))));
    for (const id of TODAY_IDS) expect(used, id).toContain(id);
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const { answers, problems } = checkAnswerIds(rs, s.answers);
    expect(problems).toEqual([]);
    const r = check(rs, answers, { region: 'england' });
    const got = VERDICTS.indexOf(r.verdict);
    const why = `${r.verdict} from ${r.reasons.map((x) => x.rule).join(', ') || 'no rule'}`;
    if (s.min) expect(got, why).toBeGreaterThanOrEqual(VERDICTS.indexOf(s.min));
    if (s.max) expect(got, why).toBeLessThanOrEqual(VERDICTS.indexOf(s.max));
    if (s.urgent !== undefined) expect(r.urgent).toBe(s.urgent);
  });
});
