// The interview driven through real Inquirer prompts with @inquirer/testing:
// keypresses in, screens out. Imported first so the prompts are wrapped.
import { screen } from '@inquirer/testing/vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CompiledRuleSet } from '../../src/engine/compile.js';
import { createInquirerPrompter } from '../../src/interview/inquirer-prompter.js';
import { runInterview } from '../../src/interview/run.js';
import { exitCodeOf } from '../../src/cli/exit-codes.js';
import { makeWording } from '../../src/interview/wording.js';
import { builtinRuleSet } from '../helpers/ruleset.js';
import { FIXED_NOW, tempDir } from './helpers/session.js';

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
const prompt = (id: string) => rs.set.questions.find((q) => q.id === id)!.prompt;

interface Started {
  done: Promise<number>;
  /** What the interview wrote between prompts (verdict screen, review, messages). */
  text: () => string;
  errors: () => string;
}

async function start(options: { desk?: boolean } = {}): Promise<Started> {
  let text = '';
  let errors = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      text += chunk.toString('utf8');
      cb();
    },
  });
  const prompter = await createInquirerPrompter({ wording: makeWording(rs.set), colour: 0, output: sink, rows: () => 60, columns: () => 100 });
  const done = runInterview({
    rs,
    region: 'england',
    desk: options.desk ?? false,
    plain: false,
    colour: 0,
    prompter,
    cwd: dir,
    now: () => FIXED_NOW,
    writeError: (s) => (errors += s),
  }).then(exitCodeOf);
  return { done, text: () => text, errors: () => errors };
}

/** Wait until the prompt on screen shows `text` (or one of `others`). */
async function waitFor(text: string, ...others: string[]): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const shown = screen.getScreen();
    if ([text, ...others].some((x) => shown.includes(x) && !shown.startsWith('✔'))) return shown;
    // A render may already have happened: never wait on one for long.
    await Promise.race([screen.next(), new Promise((r) => setTimeout(r, 100))]);
  }
  throw new Error(`never saw "${text}"; the screen shows:\n${screen.getScreen()}`);
}

async function answer(text: string, ...keys: string[]): Promise<string> {
  let shown = await waitFor(text, w('press-enter-more'));
  // A verdict longer than the screen comes a screen at a time.
  while (!shown.includes(text)) {
    await press('enter');
    shown = await waitFor(text, w('press-enter-more'));
  }
  await press(...keys);
  return shown;
}

/** The interview's exit code, pressing Enter through any "see more" screens of a long verdict. */
async function finished(run: Started): Promise<number> {
  let code: number | undefined;
  void run.done.then((c) => (code = c));
  for (let i = 0; i < 100 && code === undefined; i++) {
    const shown = screen.getScreen();
    if (shown.includes(w('press-enter-more')) && !shown.startsWith('✔')) await press('enter');
    else await new Promise((r) => setTimeout(r, 20));
  }
  return code ?? run.done;
}

/** Keys one at a time, each given the chance to render, as a person types them. */
async function press(...keys: (string | { name: string; ctrl?: boolean })[]): Promise<void> {
  for (const k of keys) {
    screen.keypress(k);
    await Promise.race([screen.next(), new Promise((r) => setTimeout(r, 50))]);
  }
}

describe('the interview with Inquirer prompts', () => {
  it('Enter at every prompt reaches a verdict; every choice has its hint on screen when picked', async () => {
    const run = await start();
    const first = await answer(w('urgent-question'), 'enter');
    expect(first).toContain(w('urgent-hint'));
    expect(first).toContain(`❯ ${w('urgent-no')}`);
    expect(first).toContain(w('urgent-no-hint'));
    await answer(w('helping-question'), 'enter');
    await answer(w('describe-question'), 'enter');
    const claimed = await answer(prompt('claimed'), 'enter');
    expect(claimed).toContain('❯ Not sure / they did not say');
    const asked = await answer(prompt('asked'), 'enter');
    expect(asked).toContain(w('keys-checkbox').split('.')[0]!);
    await answer(prompt('signs'), 'enter');
    await answer(prompt('happened'), 'enter');
    await answer(w('review-question'), 'enter');
    expect(await finished(run)).toBe(0);
    expect(run.text()).toMatch(/^Verdict: No known warning signs$/m);
  });

  it('answers with arrows and Space, then goes back from the review to change one', async () => {
    const run = await start();
    await answer(w('urgent-question'), 'enter');
    await answer(w('helping-question'), 'enter');
    await answer(w('describe-question'), 'enter');
    // "Not sure" is last; up past "Someone else" and the two added for issue 12 to "A relative or friend".
    await answer(prompt('claimed'), 'up', 'up', 'up', 'up');
    expect(screen.getScreen()).toContain('❯ A relative or friend');
    await press('enter');
    // Move or send money (4th), tick it.
    await answer(prompt('asked'), 'down', 'down', 'down', 'space');
    expect(screen.getScreen()).toContain('◉ Move or send money');
    await press('enter');
    await answer(prompt('signs'), 'space', 'enter');
    await answer(prompt('happened'), 'enter');
    // Change "Asked you to": the list comes back with the earlier tick.
    await answer(w('review-question'), 'down', 'down', 'enter');
    expect(run.text()).toContain('Asked you to: Move or send money');
    const again = await waitFor(prompt('asked'));
    expect(again).toContain('◉ Move or send money');
    await press('down', 'space', 'enter'); // tick "Hand over bank cards" too
    const review = await waitFor(w('review-question'));
    expect(review).toContain(w('review-ok'));
    expect(run.text()).toContain('Asked you to: Hand over bank cards, Move or send money');
    await press('enter');
    expect(await finished(run)).toBe(0);
    expect(run.text()).toMatch(/^Verdict: Scam$/m);
  });

  it('help desk: two calls, a handout saved in the folder, and the tally', async () => {
    const run = await start({ desk: true });
    for (let call = 1; call <= 2; call++) {
      await answer(w('urgent-question'), 'enter');
      await answer(w('describe-question'), 'enter');
      await answer(prompt('claimed'), 'enter');
      // First call: tick "Hand over cash".
      await answer(prompt('asked'), ...(call === 1 ? ['space', 'enter'] : ['enter']));
      await answer(prompt('signs'), 'enter');
      await answer(prompt('happened'), 'enter');
      await answer(w('review-question'), 'enter');
      if (call === 1) {
        await answer(w('desk-question'), 'enter'); // save
        await answer(w('handout-name-question'), 'enter'); // suggested name
        await answer(w('desk-question'), 'enter'); // now defaults to another call
      } else {
        await answer(w('desk-question'), 'down', 'down', 'enter'); // from "save" down to finish
      }
    }
    await answer(w('tally-save-question'), 'enter'); // default: no
    expect(await finished(run)).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['scamcheck-handout-2026-11-22-1432.html', 'scamcheck-handout-2026-11-22-1432.md']);
    expect(readFileSync(join(dir, 'scamcheck-handout-2026-11-22-1432.md'), 'utf8')).toContain('Scam');
    expect(run.text()).toContain('Calls checked: 2');
  });

  it('Ctrl-C at a prompt: exit 130 and the Cancelled line, nothing saved', async () => {
    const run = await start();
    await answer(w('urgent-question'), 'enter');
    await waitFor(w('helping-question'));
    await press({ name: 'c', ctrl: true });
    expect(await finished(run)).toBe(130);
    expect(run.errors()).toBe('Cancelled — nothing was saved.\n');
    expect(readdirSync(dir)).toEqual([]);
  });
});
