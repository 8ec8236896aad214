// The interview flow with a scripted prompter: what is asked, in what order,
// worded by the rule set, and what the person is shown.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileRuleSet, type CompiledRuleSet } from '../../src/engine/compile.js';
import { loadRuleSet } from '../../src/rules/load.js';
import { QUESTION_IDS } from '../../src/rules/types.js';
import type { DescriptionReader } from '../../src/text/read.js';
import { builtinRuleSet } from '../helpers/ruleset.js';
import { CTRL_C, ENTER } from './helpers/scripted.js';
import { runScripted } from './helpers/session.js';

let rs: CompiledRuleSet;
beforeAll(async () => {
  rs = await builtinRuleSet();
});

const advice = (id: string) => rs.set.advice.find((a) => a.id === id)!.text;
const q = (id: string) => rs.set.questions.find((x) => x.id === id)!;

describe('Enter alone at every prompt', () => {
  it('reaches a verdict without inventing a warning sign', async () => {
    const run = await runScripted(rs, [], { repeatEnter: true });
    expect(run.code).toBe(0);
    const kinds = run.prompter.asked.map((a) => a.kind);
    // urgent, helping, describe, four questions, review: nothing else.
    expect(kinds).toEqual(['select', 'select', 'input', 'select', 'checkbox', 'checkbox', 'checkbox', 'select']);
    expect(run.prompter.output).toMatch(/^Verdict: No known warning signs$/m);
    expect(run.prompter.output).toContain('Said they were: Not sure / they did not say');
    expect(run.prompter.output).toContain('Asked you to: Nothing');
    expect(run.prompter.output).toContain('What has happened: None of these');
    expect(run.prompter.output).not.toContain('Act now');
    expect(run.files).toEqual([]);
    expect(run.prompter.closed).toBe(1);
  });

  it('shows the verdict in words first, then the headline action, the other steps with phone numbers, why, and the sources', async () => {
    const run = await runScripted(rs, [ENTER, ENTER, ENTER, { select: 'police' }, { checkbox: ['hand-over-cash'] }, ENTER, ENTER, ENTER]);
    const out = run.prompter.output;
    const at = (s: string | RegExp) => out.search(typeof s === 'string' ? new RegExp(s) : s);
    expect(at(/^Verdict: Scam$/m)).toBeGreaterThan(-1);
    expect(at(/^Verdict: Scam$/m)).toBeLessThan(at(/^Do this first:$/m));
    expect(at(/^Do this first:$/m)).toBeLessThan(at(/^Also do this now$/m));
    expect(at(/^Also do this now$/m)).toBeLessThan(at(/^Why$/m));
    expect(at(/^Why$/m)).toBeLessThan(at(/^Where this advice comes from$/m));
    // No rule id on screen.
    expect(out).not.toMatch(/\brule [a-z]+-[a-z-]+\)/);
    expect(out).toMatch(/^ {2}1\. /m);
    expect(out).toContain('0300 123 2040');
    // Where it applies: not your fault, and reporting helps.
    expect(out).toContain(rs.set.verdicts.find((v) => v.id === 'scam')!.reassurance!);
  });
});

describe('urgent things first', () => {
  it('still on the call: says to hang up before asking anything else, then pre-ticks it', async () => {
    const run = await runScripted(rs, [{ select: 'on-call' }], { repeatEnter: true });
    const asked = run.prompter.asked;
    expect(asked[0]!.message).toBe(rs.set.interview['urgent-question']);
    expect(asked[1]!.kind).toBe('pause');
    // The actions were on screen before the pause.
    const hangUp = rs.set.headlines.find((h) => h.id === 'still-on-call')!.text;
    expect(run.prompter.output.indexOf(hangUp)).toBeGreaterThan(-1);
    expect(run.prompter.output.indexOf(hangUp)).toBeLessThan(run.prompter.output.indexOf('Verdict:'));
    const happened = asked.find((a) => a.message === q('happened').prompt)!;
    expect(happened.ticked).toEqual(['still-on-call']);
    expect(run.prompter.output).toContain(rs.set.interview['act-now-heading']);
  });

  it('a courier on the way: 999 comes first', async () => {
    const run = await runScripted(rs, [{ select: 'courier' }], { repeatEnter: true });
    const immediate = run.prompter.output.slice(0, run.prompter.output.indexOf(rs.set.interview['act-now-after']!));
    expect(immediate).toContain(rs.set.headlines.find((h) => h.id === 'courier-coming')!.text);
    expect(immediate).toMatch(/999/);
    // 999 is rung at once: the five-minute wait is only for other calls.
    expect(immediate).toContain(advice('wait-before-other-calls'));
    expect(immediate).not.toContain(advice('wait-or-use-another-phone'));
    expect(run.prompter.output).toMatch(/^Verdict: Scam$/m);
  });

  it('both: still-on-call and courier-coming are pre-ticked', async () => {
    const run = await runScripted(rs, [{ select: 'both' }], { repeatEnter: true });
    const happened = run.prompter.asked.find((a) => a.message === q('happened').prompt)!;
    expect(happened.ticked).toEqual(['still-on-call', 'courier-coming']);
  });
});

describe('questions come from the rule set', () => {
  it('asks the four questions with their prompt, hint, labels and hints, in order', async () => {
    const run = await runScripted(rs, [], { repeatEnter: true });
    for (const id of QUESTION_IDS) {
      const def = q(id);
      const asked = run.prompter.asked.find((a) => a.message === def.prompt)!;
      expect(asked, id).toBeDefined();
      expect(asked.hint).toBe(`Question ${QUESTION_IDS.indexOf(id) + 1} of 4. ${def.hint}`);
      expect(asked.choices).toEqual(def.answers.map((a) => ({ value: a.id, label: a.label, hint: a.hint })));
      for (const c of asked.choices!) expect(c.hint.length, `${id}: ${c.value}`).toBeGreaterThan(0);
    }
    const order = run.prompter.messages().filter((m) => QUESTION_IDS.some((id) => q(id).prompt === m));
    expect(order).toEqual(QUESTION_IDS.map((id) => q(id).prompt));
  });

  it('"who did they say they were" is one choice, and Enter alone means not sure', async () => {
    const run = await runScripted(rs, [], { repeatEnter: true });
    const claimed = run.prompter.asked.find((a) => a.message === q('claimed').prompt)!;
    expect(claimed.kind).toBe('select');
    expect(claimed.default).toBe('not-sure');
    expect(claimed.choices!.map((c) => c.value)).toEqual(expect.arrayContaining(['other', 'not-sure']));
  });

  it('an answer a rule pack adds appears in the interview and can be chosen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scamcheck-pack-'));
    try {
      writeFileSync(join(dir, 'pack.yaml'), 'name: pension-pack\nversion: 1.0.0\nschemaVersion: 1\n');
      writeFileSync(
        join(dir, 'pensions.yaml'),
        [
          'questions:',
          '  - id: claimed',
          '    answers:',
          '      - id: pension-provider',
          '        label: Your pension provider',
          '        hint: A pension company or scheme, or someone offering to "unlock" a pension.',
          '',
        ].join('\n'),
      );
      const packed = compileRuleSet(await loadRuleSet({ packs: [dir] }));
      const run = await runScripted(packed, [ENTER, ENTER, ENTER, { select: 'pension-provider' }], { repeatEnter: true });
      const claimed = run.prompter.asked.find((a) => a.message === q('claimed').prompt)!;
      expect(claimed.choices).toContainEqual({
        value: 'pension-provider',
        label: 'Your pension provider',
        hint: 'A pension company or scheme, or someone offering to "unlock" a pension.',
      });
      expect(run.prompter.output).toContain('Said they were: Your pension provider');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('nothing ticked means the question\'s "none" answer; "none" beside a real answer is dropped', async () => {
    const run = await runScripted(rs, [ENTER, ENTER, ENTER, ENTER, { checkbox: ['none', 'pin-or-password'] }, { checkbox: [] }, { checkbox: [] }, ENTER]);
    expect(run.prompter.output).toContain('Asked you to: Give a PIN or password');
    expect(run.prompter.output).toContain('What has happened: None of these');
    expect(run.prompter.output).toContain(`How the call went: ${rs.set.interview['nothing-ticked']}`);
  });
});

describe('review before the verdict', () => {
  it('shows every answer on one screen and goes back to change one', async () => {
    const run = await runScripted(rs, [
      ENTER, ENTER, ENTER,
      { select: 'police' },
      { checkbox: [] },
      { checkbox: ['card-misused'] },
      ENTER,
      { select: 'asked', expect: rs.set.interview['review-question']! },
      { checkbox: ['hand-over-cash'] },
      { select: 'ok' },
    ]);
    expect(run.code).toBe(0);
    const reviews = run.prompter.output.split(rs.set.interview['review-heading']!).slice(1);
    expect(reviews).toHaveLength(2);
    expect(reviews[0]).toContain('Asked you to: Nothing');
    expect(reviews[1]).toContain('Asked you to: Hand over cash');
    expect(reviews[1]).toContain('Said they were: The police');
    // The question asked again starts from the earlier answer.
    const askedTwice = run.prompter.asked.filter((a) => a.message === q('asked').prompt);
    expect(askedTwice.map((a) => a.ticked)).toEqual([[], ['none']]);
    expect(run.prompter.output).toMatch(/^Verdict: Scam$/m);
    // The verdict comes after the last review only.
    expect(run.prompter.output.indexOf('Verdict:')).toBeGreaterThan(run.prompter.output.lastIndexOf(rs.set.interview['review-heading']!));
  });

  it('offers a change for every question and for the description', async () => {
    const run = await runScripted(rs, [], { repeatEnter: true });
    const review = run.prompter.asked.find((a) => a.message === rs.set.interview['review-question'])!;
    expect(review.choices!.map((c) => c.value)).toEqual(['ok', 'claimed', 'asked', 'signs', 'happened', 'description']);
    expect(review.default).toBe('ok');
  });
});

describe('in your own words', () => {
  const reader: DescriptionReader = (text) =>
    text.includes('bank')
      ? {
          answers: { claimed: ['bank'], asked: ['pin-or-password', 'not-an-answer'] },
          evidence: [
            { question: 'claimed', id: 'bank', words: ['bank'] },
            { question: 'asked', id: 'pin-or-password', words: ['PIN'] },
          ],
          notes: ['We could not tell what has happened since.'],
        }
      : { answers: {}, evidence: [], notes: [] };

  it('pre-ticks what it reads for the person to confirm, and drops ids the rule set does not know', async () => {
    const run = await runScripted(rs, [ENTER, ENTER, { input: 'A man from my bank asked for my PIN' }], { reader, repeatEnter: true });
    const claimed = run.prompter.asked.find((a) => a.message === q('claimed').prompt)!;
    expect(claimed.default).toBe('bank');
    const asked = run.prompter.asked.find((a) => a.message === q('asked').prompt)!;
    expect(asked.ticked).toEqual(['pin-or-password']);
    expect(run.prompter.output).toContain(rs.set.interview['describe-read']!);
    expect(run.prompter.output).toContain('We could not tell what has happened since.');
    expect(run.prompter.output).toContain('In your own words: "A man from my bank asked for my PIN"');
  });

  it('asks as ticks when it read more than one caller, so confirming drops neither', async () => {
    const both: DescriptionReader = () => ({
      answers: { claimed: ['police', 'bank'] },
      evidence: [
        { question: 'claimed', id: 'police', words: ['police'] },
        { question: 'claimed', id: 'bank', words: ['bank'] },
      ],
      notes: [],
    });
    const run = await runScripted(rs, [ENTER, ENTER, { input: 'my bank put me through to the police' }], { reader: both, repeatEnter: true });
    const claimed = run.prompter.asked.find((a) => a.message === q('claimed').prompt)!;
    expect(claimed.kind).toBe('checkbox');
    expect(claimed.ticked).toEqual(['police', 'bank']);
    expect(run.prompter.output).toMatch(/Said they were: The police, [^\n]*bank/i);
    // With one read, it is one choice, as usual.
    const one = await runScripted(rs, [ENTER, ENTER, { input: 'my bank rang' }], { reader, repeatEnter: true });
    expect(one.prompter.asked.find((a) => a.message === q('claimed').prompt)!.kind).toBe('select');
  });

  it('the person can untick what was read', async () => {
    const run = await runScripted(rs, [ENTER, ENTER, { input: 'my bank rang' }, { select: 'not-sure' }, { checkbox: [] }], { reader, repeatEnter: true });
    expect(run.prompter.output).toContain('Asked you to: Nothing');
    expect(run.prompter.output).toContain('Said they were: Not sure');
  });

  it('says so when nothing could be read', async () => {
    const run = await runScripted(rs, [ENTER, ENTER, { input: 'a strange call' }], { reader, repeatEnter: true });
    expect(run.prompter.output).toContain(rs.set.interview['describe-nothing-read']!);
  });

  it('refuses a description that is too long, with a message, and asks again', async () => {
    const run = await runScripted(rs, [ENTER, ENTER, { input: 'x'.repeat(rs.set.limits.description + 1) }, { input: 'short' }], { reader, repeatEnter: true });
    const describe = run.prompter.asked.find((a) => a.kind === 'input')!;
    expect(describe.invalid).toMatch(/too long/);
    expect(run.code).toBe(0);
  });

  it('can be changed at the review, and what is newly read is ticked', async () => {
    const run = await runScripted(
      rs,
      [ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, { select: 'description' }, { input: 'it was my bank' }, { select: 'ok' }],
      { reader },
    );
    expect(run.prompter.output).toContain('Asked you to: Give a PIN or password');
    expect(run.prompter.output).toContain('In your own words: "it was my bank"');
  });
});

describe('Ctrl-C', () => {
  it('at any prompt: exit 130, "Cancelled — nothing was saved.", no files', async () => {
    for (const at of [0, 3, 7]) {
      const steps = [...Array<typeof ENTER>(at).fill(ENTER), CTRL_C];
      const run = await runScripted(rs, steps);
      expect(run.code).toBe(130);
      expect(run.errors).toBe('Cancelled — nothing was saved.\n');
      expect(run.prompter.output).not.toContain('Verdict:');
      expect(run.files).toEqual([]);
      expect(run.prompter.closed).toBe(1);
    }
  });

  it('an error that is not a cancel is not hidden', async () => {
    await expect(runScripted(rs, [{ confirm: true }])).rejects.toThrow(/confirm answer to select/);
  });
});
