// Every region's next steps, checked by their words, not only their phone numbers:
// who to report to differs by region (Report Fraud in England, Wales and Northern
// Ireland; Police Scotland in Scotland), and a step that ignored its region's
// wording would send a Scottish report nowhere. The expected words are written
// here from the sources (rules/README.md, advice-sources), not read from the YAML.
import { beforeAll, describe, expect, it } from 'vitest';
import { check, type CheckResult } from '../../src/engine/check.js';
import type { CompiledRuleSet } from '../../src/engine/compile.js';
import type { Answers, Region } from '../../src/rules/types.js';
import { runCli } from '../helpers/cli.js';
import { builtinRuleSet } from '../helpers/ruleset.js';

let rs: CompiledRuleSet;
beforeAll(async () => {
  rs = await builtinRuleSet();
});

const answers = (a: Partial<Answers>): Answers => ({ claimed: [], asked: [], signs: [], happened: [], ...a });
/** Calls that between them bring every reporting and police step. */
const CALLS: Record<string, Partial<Answers>> = {
  'police courier scam': { claimed: ['police'], asked: ['hand-over-cash'], happened: ['courier-coming'] },
  'HMRC gift cards': { claimed: ['government'], asked: ['gift-cards'] },
  'recovery fee': { claimed: ['other'], asked: ['pay-fee'], signs: ['too-good'] },
  'bank asks for PIN': { claimed: ['bank'], asked: ['pin-or-password'] },
};

it('every answer id in the calls exists (so no call checks nothing)', () => {
  for (const a of Object.values(CALLS)) for (const [q, ids] of Object.entries(a)) for (const id of ids) expect(rs.answerIds[q as keyof Answers], `${q}: ${id}`).toContain(id);
});

const stepText = (r: CheckResult, id: string) => r.nextSteps.find((s) => s.id === id)?.text;
/** Every word a person is shown in the steps: text, contact names, numbers, web addresses and notes. */
const allWords = (r: CheckResult) => r.nextSteps.flatMap((s) => [s.text, ...s.contacts.flatMap((c) => [c.name, c.phone, c.web ?? '', c.note ?? ''])]).join('\n');

const REPORT_FRAUD = /Report Fraud|Action Fraud/;

describe.each<[Region, 'report-fraud' | 'police-scotland']>([
  ['england', 'report-fraud'],
  ['wales', 'report-fraud'],
  ['northern-ireland', 'report-fraud'],
  ['scotland', 'police-scotland'],
])('%s', (region, reportTo) => {
  it.each(Object.keys(CALLS))('%s: the report step names the right service, in words and number', (call) => {
    const r = check(rs, answers(CALLS[call]!), { region });
    const report = stepText(r, 'report-fraud');
    expect(report, 'a scam call always says where to report it').toBeDefined();
    const contacts = r.nextSteps.find((s) => s.id === 'report-fraud')!.contacts;
    if (reportTo === 'report-fraud') {
      expect(report).toMatch(/^Report it to Report Fraud \(formerly Action Fraud\)/);
      expect(contacts.map((c) => c.phone)).toEqual(['0300 123 2040']);
      expect(allWords(r)).not.toMatch(/Police Scotland/);
    } else {
      expect(report).toMatch(/^Report it to Police Scotland on 101\./);
      expect(contacts.map((c) => [c.name, c.phone])).toEqual([['Police Scotland', '101']]);
      // Report Fraud does not take reports from Scotland: it must not be named anywhere.
      expect(allWords(r)).not.toMatch(REPORT_FRAUD);
    }
  });

  it('the police courier call: 999 now, and the police check on the right line', () => {
    const r = check(rs, answers(CALLS['police courier scam']!), { region });
    expect(stepText(r, 'call-999-now')).toMatch(/Call 999 now, from a mobile or a neighbour's phone\. Do not open the door/);
    expect(r.nextSteps[0]!.id).toBe('call-999-now');
    // "Take their details and check on 101" is calm advice for a call still in doubt, not for a courier on the way.
    expect(stepText(r, 'take-details-check-101')).toBeUndefined();
    const doubt = check(rs, answers({ claimed: ['police'], signs: ['investigation'] }), { region });
    const check101 = doubt.nextSteps.find((s) => s.id === 'take-details-check-101')!;
    expect(check101.contacts.map((c) => c.name)).toEqual([region === 'scotland' ? 'Police Scotland' : region === 'northern-ireland' ? 'Police Service of Northern Ireland (PSNI)' : 'Police non-emergency number']);
    if (region === 'scotland') expect(stepText(r, 'report-police-101')).toBeUndefined();
    else expect(stepText(r, 'report-police-101')).toMatch(/^You can also tell the police on 101\./);
  });

  it('the recovery fee call: who never charges a fee is said for the region', () => {
    const text = stepText(check(rs, answers(CALLS['recovery fee']!), { region }), 'recovery-is-free');
    if (region === 'scotland') expect(text).toMatch(/^The police never charge a fee/);
    else expect(text).toMatch(/^The police and Report Fraud never charge a fee/);
  });

  it('consumer advice: the helpline for the region, or none', () => {
    const r = check(rs, answers(CALLS['HMRC gift cards']!), { region });
    const words = allWords(r);
    if (region === 'scotland') expect(words).toMatch(/ring Advice Direct Scotland\.[\s\S]*0808 164 6000/);
    else if (region === 'northern-ireland') expect(words).not.toMatch(/Citizens Advice|Advice Direct Scotland/);
    else expect(words).toMatch(/ring the Citizens Advice consumer helpline\.[\s\S]*0808 223 1133/);
    if (region === 'wales') expect(words).toContain('Citizens Advice consumer helpline in Welsh');
    else expect(words).not.toContain('in Welsh');
  });
});

describe('the words reach the output', () => {
  it('Scotland, text from the binary: Police Scotland, and no Report Fraud anywhere', () => {
    const r = runCli(['--claimed', 'police', '--asked', 'hand-over-cash', '--region', 'scotland']);
    expect(r.code).toBe(0);
    // The headline says to report the call, with the region's own line.
    expect(r.stdout).toMatch(/^Verdict: Scam\nDo this first:\n {2}Do not do anything the caller asked\. You can report the call on the number below\.\n {2}Police Scotland: 101/);
    expect(r.stdout).not.toMatch(REPORT_FRAUD);
  });

  it('England, Markdown from the binary: Report Fraud with its number', () => {
    const r = runCli(['--claimed', 'police', '--asked', 'hand-over-cash', '--format', 'markdown']);
    expect(r.stdout).toMatch(/^# Verdict: Scam\n\n\*\*Do this first: Do not do anything the caller asked\. You can report the call on the number below\.\*\*\n\n- \*\*Report Fraud \(formerly Action Fraud\): 0300 123 2040/);
    expect(r.stdout).not.toContain('Police Scotland');
  });
});
