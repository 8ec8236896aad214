// Today's calls (issue 12) through the interview, driven by a scripted prompter:
// each example is answered on the usual screens (no extra one), and reaches the
// verdict its source supports. A person whose call had none of the new signs
// still just presses Enter.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledRuleSet } from '../../src/engine/compile.js';
import { createReader } from '../../src/text/read.js';
import { builtinRuleSet } from '../helpers/ruleset.js';
import { ENTER, type Step } from './helpers/scripted.js';
import { runScripted } from './helpers/session.js';

let rs: CompiledRuleSet;
beforeAll(async () => {
  rs = await builtinRuleSet();
});

const verdictLabel = (id: string) => rs.set.verdicts.find((v) => v.id === id)!.label;

/** Not urgent, my own call, no description, then the four questions and "show me the result". */
const answers = (claimed: string, asked: string[], signs: string[], happened: string[] = []): Step[] => [
  ENTER,
  ENTER,
  ENTER,
  { select: claimed },
  asked.length > 0 ? { checkbox: asked } : ENTER,
  signs.length > 0 ? { checkbox: signs } : ENTER,
  happened.length > 0 ? { checkbox: happened } : ENTER,
  ENTER,
];

const CASES: [string, Step[], string][] = [
  ["'Microsoft' says your computer is sending errors", answers('tech-support', [], ['device-problem']), 'scam'],
  ["'BT' says your broadband is slow", answers('telecom', [], ['device-problem']), 'high-risk'],
  ['recorded voice: an iPhone ordered on your Amazon account, press 1', answers('retailer', ['press-key'], ['account-order', 'automated']), 'high-risk'],
  ['cold call about fine wine with high returns', answers('investment-firm', [], ['cold-call', 'too-good']), 'high-risk'],
  ['pension cold caller wants to move your pension', answers('investment-firm', ['transfer-money'], ['cold-call']), 'scam'],
  ['free government insulation grant, out of the blue', answers('government', [], ['unexpected-offer', 'cold-call']), 'suspicious'],
  ['compensation for an accident, pay a fee first', answers('solicitor-or-claims', ['pay-fee'], ['unexpected-offer']), 'scam'],
  ['"Nan, it\'s me, I crashed the car, send money for a train home"', answers('family', ['transfer-money'], ['relative-in-trouble', 'urgent']), 'high-risk'],
  ['landline switched off in the digital switchover unless you pay', answers('telecom', ['pay-fee'], ['device-problem', 'threat']), 'scam'],
  ["'Report Fraud' gets your money back for a fee", answers('police', ['pay-fee'], ['recovery-offer']), 'scam'],
  ["'police' say refusing is a crime", answers('police', [], ['refuse-is-crime']), 'scam'],
  ["'police' ask you to buy goods for them", answers('police', ['buy-goods'], []), 'scam'],
  ['genuine: your bank checks a payment and asks nothing', answers('bank', [], ['account-order']), 'suspicious'],
  ['genuine: an engineer confirms a visit, out of the blue', answers('telecom', [], ['cold-call']), 'no-known-signs'],
  ['genuine: a hospital reminder, recorded, out of the blue', answers('other', [], ['automated', 'cold-call']), 'no-known-signs'],
];

describe("today's calls through the interview", () => {
  it.each(CASES)('%s', async (_name, steps, verdict) => {
    const run = await runScripted(rs, steps);
    expect(run.code).toBe(0);
    // Urgent, helping, describe, the four questions, review: no extra screen for the new answers.
    expect(run.prompter.asked.map((a) => a.kind)).toEqual(['select', 'select', 'input', 'select', 'checkbox', 'checkbox', 'checkbox', 'select']);
    expect(run.prompter.output).toMatch(new RegExp(`^Verdict: ${verdictLabel(verdict)}$`, 'm'));
  });

  it('offers the new answers on the usual screens, with their labels', async () => {
    const run = await runScripted(rs, [], { repeatEnter: true });
    const choicesOf = (i: number) => (run.prompter.asked[i]!.choices ?? []).map((c) => c.label);
    const claimed = rs.set.questions.find((q) => q.id === 'claimed')!;
    const signs = rs.set.questions.find((q) => q.id === 'signs')!;
    const label = (q: typeof claimed, id: string) => q.answers.find((a) => a.id === id)!.label;
    expect(choicesOf(3)).toEqual(expect.arrayContaining([label(claimed, 'investment-firm'), label(claimed, 'solicitor-or-claims')]));
    expect(choicesOf(5)).toEqual(
      expect.arrayContaining(['device-problem', 'account-order', 'unexpected-offer', 'cold-call', 'relative-in-trouble', 'recovery-offer', 'refuse-is-crime'].map((id) => label(signs, id))),
    );
    // Enter alone still says nothing was ticked: none of the new signs is a default.
    expect(run.prompter.output).toMatch(/^Verdict: No known warning signs$/m);
  });

  it('a description pre-ticks the new answers for the person to confirm', async () => {
    const reader = createReader(rs.set, { suggest: 'none' });
    const run = await runScripted(rs, [ENTER, ENTER, { input: 'A man said he was from Microsoft and my computer had a virus. It was out of the blue.' }], { reader, repeatEnter: true });
    expect(run.prompter.output).toMatch(new RegExp(`^Verdict: ${verdictLabel('scam')}$`, 'm'));
  });
});
