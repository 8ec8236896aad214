// Help-desk mode: several calls in a row, handouts saved to files the
// volunteer names (never overwriting without asking), and a tally at the end.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CompiledRuleSet } from '../../src/engine/compile.js';
import { builtinRuleSet } from '../helpers/ruleset.js';
import { CLEARED, CTRL_C, ENTER, type Step } from './helpers/scripted.js';
import { runScripted, tempDir } from './helpers/session.js';

let rs: CompiledRuleSet;
beforeAll(async () => {
  rs = await builtinRuleSet();
});

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

const w = (key: string) => rs.set.interview[key]!;
/** A police caller after cash, money already handed over. */
const scamCall: Step[] = [ENTER, ENTER, { select: 'police' }, { checkbox: ['hand-over-cash'] }, ENTER, { checkbox: ['paid'] }, ENTER];
/** A call with nothing to go on: Enter throughout. */
const quietCall: Step[] = [ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER];
const DEFAULT_STEM = 'scamcheck-handout-2026-11-22-1432';

describe('help-desk mode', () => {
  it('two calls, a handout saved for the first, then a tally', async () => {
    const run = await runScripted(
      rs,
      [
        ...scamCall,
        { select: 'save', expect: w('desk-question') },
        ENTER, // the suggested name
        { select: 'another' },
        ...quietCall,
        { select: 'finish' },
        { confirm: false },
      ],
      { desk: true, cwd: dir },
    );
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([`${DEFAULT_STEM}.html`, `${DEFAULT_STEM}.md`]);
    const html = readFileSync(join(dir, `${DEFAULT_STEM}.html`), 'utf8');
    expect(html).toContain('Scam');
    expect(html).toContain(w('handout-report-heading'));
    const out = run.prompter.output;
    expect(out).toContain('Call 1');
    expect(out).toContain('Call 2');
    expect(out).toContain(`Saved the handout: ${DEFAULT_STEM}.html (open it to print) and ${DEFAULT_STEM}.md.`);
    // The tally: two calls, one scam, one with no known signs.
    expect(out).toContain('Calls checked: 2');
    expect(out).toMatch(/ {4}Scam: 1\n/);
    expect(out).toMatch(/ {4}No known warning signs: 1\n/);
    expect(out).toMatch(/ {4}High risk: 0\n/);
    expect(out).toContain('Needed action straight away: 1');
    expect(out).toMatch(/1 × .+\(hand-over-to-courier\)/);
    // The first call's answers are cleared from the screen before the second.
    expect(out.indexOf(CLEARED)).toBeGreaterThan(out.indexOf('Said they were: The police'));
    expect(out.indexOf(CLEARED)).toBeLessThan(out.indexOf('Call 2'));
    // The urgent question is asked again for the second call.
    expect(run.prompter.messages().filter((m) => m === w('urgent-question'))).toHaveLength(2);
    // --desk does not ask whether the person is helping someone.
    expect(run.prompter.messages()).not.toContain(w('helping-question'));
  });

  it('the desk menu defaults to saving, then to the next call once saved', async () => {
    const run = await runScripted(rs, [...scamCall, ENTER, ENTER, ENTER, CTRL_C], { desk: true, cwd: dir });
    const menus = run.prompter.asked.filter((a) => a.message === w('desk-question'));
    expect(menus.map((m) => m.default)).toEqual(['save', 'another']);
    // Ctrl-C after a save keeps the handout and says so.
    expect(run.code).toBe(130);
    expect(run.errors).toContain(`${DEFAULT_STEM}.html`);
    expect(run.errors).toMatch(/^Cancelled\. Nothing more was saved\./);
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('a person helping someone else gets the desk menu too', async () => {
    const run = await runScripted(rs, [ENTER, { select: 'other' }, ...quietCall.slice(1), { select: 'finish' }, ENTER], { cwd: dir });
    expect(run.prompter.messages()).toContain(w('desk-question'));
    expect(run.code).toBe(0);
  });

  it('a person on their own is not offered handouts: the verdict, then goodbye', async () => {
    const run = await runScripted(rs, [ENTER, { select: 'self' }, ...quietCall.slice(1)], { cwd: dir });
    expect(run.prompter.messages()).not.toContain(w('desk-question'));
    expect(run.prompter.output.trimEnd().endsWith(w('goodbye'))).toBe(true);
  });

  it('never overwrites without asking; "no" asks for another name, "yes" replaces', async () => {
    writeFileSync(join(dir, 'smith.html'), 'keep me');
    const run = await runScripted(
      rs,
      [
        ...scamCall,
        { select: 'save' },
        { input: 'smith' },
        { confirm: false, expect: 'smith.html is already there' },
        { input: 'smith.html' },
        { confirm: true },
        { select: 'save' },
        { input: 'jones.md' },
        { select: 'finish' },
        ENTER,
      ],
      { desk: true, cwd: dir },
    );
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'smith.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(readdirSync(dir).sort()).toEqual(['jones.html', 'jones.md', 'smith.html', 'smith.md']);
    const confirms = run.prompter.asked.filter((a) => a.kind === 'confirm');
    expect(confirms[0]!.default).toBe(false);
  });

  it('a folder that is not there: a clear message, and another go', async () => {
    mkdirSync(join(dir, 'handouts'));
    const run = await runScripted(
      rs,
      [...scamCall, { select: 'save' }, { input: 'nowhere/smith' }, { input: 'handouts/smith' }, { select: 'finish' }, ENTER],
      { desk: true, cwd: dir },
    );
    expect(run.prompter.output).toContain('There is no folder called nowhere.');
    expect(readdirSync(join(dir, 'handouts')).sort()).toEqual(['smith.html', 'smith.md']);
    expect(run.prompter.output).toContain('Saved the handout: handouts/smith.html');
  });

  it('a blank or folder-only name is refused', async () => {
    const run = await runScripted(rs, [...scamCall, { select: 'save' }, { input: 'handouts/' }, { input: '..' }, ENTER, { select: 'finish' }, ENTER], {
      desk: true,
      cwd: dir,
    });
    expect(run.prompter.output.split(w('file-bad-name')).length - 1).toBe(2);
    expect(readdirSync(dir).sort()).toEqual([`${DEFAULT_STEM}.html`, `${DEFAULT_STEM}.md`]);
  });

  it('a second handout in the same minute gets a name of its own', async () => {
    const run = await runScripted(rs, [...scamCall, { select: 'save' }, ENTER, { select: 'save' }, ENTER, { select: 'finish' }, ENTER], { desk: true, cwd: dir });
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([`${DEFAULT_STEM}-2.html`, `${DEFAULT_STEM}-2.md`, `${DEFAULT_STEM}.html`, `${DEFAULT_STEM}.md`]);
  });

  it('saves the tally as CSV only when asked: counts, no free text', async () => {
    const reader = () => ({ answers: {}, evidence: [], notes: [] });
    const run = await runScripted(
      rs,
      [ENTER, { input: 'Mrs Smith, 07700 900123, said it was the bank' }, ...scamCall.slice(2), { select: 'finish' }, { confirm: true }, ENTER],
      { desk: true, cwd: dir, reader },
    );
    expect(run.code).toBe(0);
    const files = readdirSync(dir);
    expect(files).toEqual(['scamcheck-tally-2026-11-22-1432.csv']);
    const csv = readFileSync(join(dir, files[0]!), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('date,section,id,label,count');
    expect(csv).toContain('2026-11-22,calls,,,1');
    expect(csv).toContain('2026-11-22,verdict,scam,Scam,1');
    expect(csv).toMatch(/2026-11-22,rule,hand-over-to-courier,[^\r\n]+,1/);
    expect(csv).not.toMatch(/Smith|07700/);
    expect(run.prompter.output).toContain('Saved the count: scamcheck-tally-2026-11-22-1432.csv');
    const tallyConfirm = run.prompter.asked.find((a) => a.message === w('tally-save-question'))!;
    expect(tallyConfirm.default).toBe(false);
  });
});
