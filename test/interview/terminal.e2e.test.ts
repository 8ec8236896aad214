// End to end in a real terminal: the BUILT binary (node bin/scamcheck.js) in
// tmux, driven with keystrokes, read back with capture-pane. Build first
// (npm test does). Skipped, loudly, only when tmux cannot be installed.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from './helpers/session.js';
import { Terminal, tmuxAvailable } from './helpers/tmux.js';

 
const COLOUR_CODE = /\u001b\[[0-9;]*m/;
const ready = tmuxAvailable();
const wording = (parse(readFileSync(`${ROOT}rules/interview.yaml`, 'utf8')) as { interview: Record<string, string> }).interview;
const w = (key: string) => wording[key]!;
const MORE = w('press-enter-more');
const Q = {
  claimed: 'Who did the caller say they were?',
  asked: 'What did the caller ask you to do?',
  signs: 'How did the call go?',
  happened: 'Has any of this happened?',
};

describe.skipIf(!ready)('the interview in a real terminal (tmux)', () => {
  const term = new Terminal();
  beforeAll(() => {
    if (!existsSync(`${ROOT}dist/scamcheck.js`)) throw new Error('build first: npm run build');
  });
  afterAll(() => term.kill());

  it('Enter at every prompt reaches a verdict, and exits 0', async () => {
    const t = term.start([]);
    for (const q of [w('urgent-question'), w('helping-question'), w('describe-question'), Q.claimed, Q.asked, Q.signs, Q.happened, w('review-question')]) {
      await term.waitForPrompt(t, q);
      term.keys(t, 'Enter');
    }
    expect(await term.exitCode(t, MORE)).toBe(0);
    const screen = term.screen(t);
    expect(screen).toMatch(/^Verdict: +No known warning signs *$/m);
    // The same view as flag mode: the headline action first, under the verdict.
    expect(screen).toMatch(/^Verdict: +No known warning signs *\nDo this first:\n {2}If you are not sure, check it yourself/m);
    expect(screen).toContain(w('goodbye'));
  });

  it('arrow keys and Space answer; an answer changed at the review changes the verdict', async () => {
    const t = term.start([]);
    await term.waitForPrompt(t, w('urgent-question'));
    term.keys(t, 'Enter');
    await term.waitForPrompt(t, w('helping-question'));
    term.keys(t, 'Enter');
    await term.waitForPrompt(t, w('describe-question'));
    term.type(t, 'The line was very quiet');
    term.keys(t, 'Enter');
    // From "Not sure" (last) up to "The police" (first).
    await term.waitForPrompt(t, Q.claimed);
    for (let i = 0; i < 12; i++) term.keys(t, 'Up');
    await term.waitFor(t, '❯ The police');
    term.keys(t, 'Enter');
    await term.waitForPrompt(t, Q.asked);
    term.keys(t, 'Enter');
    await term.waitForPrompt(t, Q.signs);
    term.keys(t, 'Enter');
    await term.waitForPrompt(t, Q.happened);
    term.keys(t, 'Enter');
    const review = await term.waitForPrompt(t, w('review-question'));
    expect(review).toContain('Asked you to: Nothing');
    // Change "Asked you to": tick "Hand over cash".
    term.keys(t, 'Down', 'Down');
    await term.waitFor(t, '❯ Change: Asked you to');
    term.keys(t, 'Enter');
    await term.waitForPrompt(t, Q.asked);
    term.keys(t, 'Space');
    await term.waitFor(t, /❯◉ Hand over cash/);
    term.keys(t, 'Enter');
    const again = await term.waitFor(t, /Asked you to: Hand over cash[\s\S]*\? Is this right\?/);
    expect(again).toContain('Said they were: The police');
    term.keys(t, 'Enter');
    expect(await term.exitCode(t, MORE)).toBe(0);
    // Colour pads the verdict word; the word is there without it.
    expect(term.screen(t)).toMatch(/^Verdict: +Scam *$/m);
    expect(term.screen(t)).toContain('A real police officer will never ask you to hand over money');
  });

  it('a long verdict comes a screen at a time, verdict first', async () => {
    const t = term.start([]);
    await term.waitForPrompt(t, w('urgent-question'));
    term.keys(t, 'Down', 'Down', 'Enter'); // someone is on the way
    const now = await term.waitFor(t, w('press-enter'));
    expect(now).toContain(w('act-now-heading'));
    expect(now).toMatch(/999/);
    term.keys(t, 'Enter');
    for (const q of [w('helping-question'), w('describe-question'), Q.claimed, Q.asked, Q.signs, Q.happened, w('review-question')]) {
      await term.waitForPrompt(t, q);
      term.keys(t, 'Enter');
    }
    const first = await term.waitFor(t, MORE);
    expect(first).toMatch(/^Verdict: +Scam *$/m);
    expect(await term.exitCode(t, MORE)).toBe(0);
  });

  it('plain mode: numbered choices answered by typing numbers, no colour, nothing redrawn', async () => {
    const t = term.start(['--plain']);
    await term.waitFor(t, w('urgent-question'));
    const first = await term.waitFor(t, /^>\s*$/m);
    expect(first).toMatch(/^ {2}1\. No, the call has ended/m);
    for (const answer of ['', '1', '', '1', '1, 14', '', '9', '7', '']) {
      // Each prompt line is "> "; wait for a fresh one before typing.
      const before = promptLines(term.screen(t));
      if (answer) term.type(t, answer);
      term.keys(t, 'Enter');
      await waitUntil(() => promptLines(term.screen(t)) > before || /\[exit \d+\]/.test(term.screen(t)));
    }
    expect(await term.exitCode(t)).toBe(0);
    const screen = term.screen(t);
    // "9" is not an answer to "what has happened" (7 choices): a short message, then asked again.
    expect(screen).toContain('Please type numbers from 1 to 7');
    expect(screen).toMatch(/^Verdict: Scam$/m);
    expect(screen).toContain('Asked you to: Hand over cash, Keep it secret');
    // No colour codes reached the terminal.
    expect(term.screen(t, true)).not.toMatch(COLOUR_CODE);
  });

  it('help desk: saves a handout in the folder, checks nothing else, prints the tally', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const t = term.start(['--desk'], { cwd: dir });
      await term.waitForPrompt(t, w('urgent-question'));
      term.keys(t, 'Enter');
      await term.waitForPrompt(t, w('describe-question'));
      term.keys(t, 'Enter');
      await term.waitForPrompt(t, Q.claimed);
      term.keys(t, 'Enter');
      await term.waitForPrompt(t, Q.asked);
      term.keys(t, 'Space', 'Enter'); // Hand over cash
      await term.waitForPrompt(t, Q.signs);
      term.keys(t, 'Enter');
      await term.waitForPrompt(t, Q.happened);
      term.keys(t, 'Down', 'Down', 'Space', 'Enter'); // I have paid or handed things over
      await term.waitForPrompt(t, w('review-question'));
      term.keys(t, 'Enter');
      for (;;) {
        const shown = await term.waitFor(t, (s: string) => s.trimEnd().endsWith(MORE) || s.includes(`? ${w('desk-question')}`));
        if (shown.includes(`? ${w('desk-question')}`)) break;
        await term.enterOnce(t);
      }
      term.keys(t, 'Enter'); // Save a handout
      await term.waitForPrompt(t, w('handout-name-question'));
      term.keys(t, 'Enter'); // the suggested name
      await term.waitFor(t, /Saved the handout: scamcheck-handout-\d{4}-\d{2}-\d{2}-\d{4}\.html/);
      await term.waitForPrompt(t, w('desk-question'));
      term.keys(t, 'Down', 'Enter'); // from "Check another call" to "Finish"
      await term.waitForPrompt(t, w('tally-save-question'));
      term.keys(t, 'Enter'); // no
      expect(await term.exitCode(t)).toBe(0);
      const screen = term.screen(t);
      expect(screen).toContain('Calls checked: 1');
      expect(screen).toMatch(/ {4}Scam: 1/);
      const files = readdirSync(dir).sort();
      expect(files).toHaveLength(2);
      expect(files[0]).toMatch(/^scamcheck-handout-.*\.html$/);
      expect(files[1]).toMatch(/^scamcheck-handout-.*\.md$/);
      const html = readFileSync(join(dir, files[0]!), 'utf8');
      expect((await new HtmlValidate().validateString(html)).valid).toBe(true);
      expect(html).toContain(w('handout-report-heading'));
    } finally {
      cleanup();
    }
  });

  it('Ctrl-C: exit 130 and "Cancelled — nothing was saved.", no stack trace', async () => {
    const t = term.start([]);
    await term.waitForPrompt(t, w('urgent-question'));
    term.keys(t, 'Enter');
    await term.waitForPrompt(t, w('helping-question'));
    term.keys(t, 'C-c');
    expect(await term.exitCode(t)).toBe(130);
    const screen = term.screen(t);
    expect(screen).toContain('Cancelled — nothing was saved.');
    expect(screen).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(screen).not.toMatch(/ExitPromptError|Error:/);
  });

  it('Ctrl-C in plain mode too', async () => {
    const t = term.start(['--plain']);
    await term.waitFor(t, /^>\s*$/m);
    term.keys(t, 'C-c');
    expect(await term.exitCode(t)).toBe(130);
    expect(term.screen(t)).toContain('Cancelled — nothing was saved.');
  });

  it.each<Record<string, string>>([{ ACCESSIBLE: '1' }, { TERM: 'dumb' }])('%o means plain mode', async (env) => {
    const t = term.start([], { env });
    const shown = await term.waitFor(t, /^>\s*$/m);
    expect(shown).toMatch(/^ {2}1\. No, the call has ended/m);
    term.keys(t, 'C-c');
    expect(await term.exitCode(t)).toBe(130);
  });

  it('piped input never answers a prompt, even with the screen a terminal', async () => {
    const t = term.start([], { pipeIn: '1\n' });
    expect(await term.exitCode(t)).toBe(2);
    const screen = term.screen(t);
    expect(screen).toContain('no terminal to ask questions on');
    expect(screen).not.toContain(w('urgent-question'));
  });
});

describe('piped input', () => {
  it('`echo 1 | scamcheck`: exit 2 with the explanation on stderr, nothing on stdout', () => {
    const r = runCli([], { input: '1\n' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('there is no terminal to ask questions on');
    expect(r.stderr).toContain('scamcheck batch');
  });
});

/** Plain mode's prompt lines: "> " then whatever was typed. */
const promptLines = (screen: string) => (screen.match(/^>( .*)?$/gm) ?? []).length;

async function waitUntil(test: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 40));
  }
}
