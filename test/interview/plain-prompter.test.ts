// Accessible mode: numbered choices, typed numbers, one line per prompt, no
// colour or redrawing; bad input re-asks; Ctrl-C and end of input cancel.
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledRuleSet } from '../../src/engine/compile.js';
import { createPlainPrompter } from '../../src/interview/plain-prompter.js';
import type { Prompter } from '../../src/interview/prompter.js';
import { runInterview } from '../../src/interview/run.js';
import { makeWording, type Wording } from '../../src/interview/wording.js';
import { builtinRuleSet } from '../helpers/ruleset.js';
import { FIXED_NOW, tempDir } from './helpers/session.js';

 
const ESCAPE_OR_CR = /\u001b|\r/;

let rs: CompiledRuleSet;
let t: Wording;
/** The built-in rule set's description limit. */
let limit: number;
beforeAll(async () => {
  rs = await builtinRuleSet();
  limit = rs.set.limits.description;
  t = makeWording(rs.set);
});

/** A plain prompter on in-memory streams; `type` sends lines as a person would. */
function plain(): { prompter: Prompter; type: (...lines: string[]) => void; end: () => void; out: () => string } {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => (text += d.toString('utf8')));
  const prompter = createPlainPrompter({ wording: t, descriptionLimit: limit, input, output });
  return { prompter, type: (...lines) => input.write(lines.map((l) => `${l}\n`).join('')), end: () => input.end(), out: () => text };
}

const choices = [
  { value: 'a', label: 'Apples', hint: 'Round and red.' },
  { value: 'b', label: 'Bananas', hint: 'Long and yellow.' },
  { value: 'c', label: 'Cherries', hint: 'Small and dark.' },
] as const;

describe('plain prompter', () => {
  it('select: numbered lines with hints, answered by a number', async () => {
    const p = plain();
    p.type('2');
    await expect(p.prompter.select({ message: 'Which fruit?', hint: 'Pick one.', choices, default: 'c' })).resolves.toBe('b');
    expect(p.out()).toBe(
      [
        '',
        'Which fruit?',
        'Pick one.',
        '  1. Apples (Round and red.)',
        '  2. Bananas (Long and yellow.)',
        '  3. Cherries (Small and dark.)',
        'Type a number, then press Enter. Enter on its own means: Cherries.',
        '> ',
      ].join('\n'),
    );
    p.prompter.close();
  });

  it('select: Enter alone takes the default; bad input re-asks with a short message; ? lists again', async () => {
    const p = plain();
    p.type('7', 'two', '1 2', '?', '');
    await expect(p.prompter.select({ message: 'Which fruit?', choices, default: 'c' })).resolves.toBe('c');
    const out = p.out();
    expect(out.split('Please type one number from 1 to 3. Type ? to hear the choices again.').length - 1).toBe(3);
    expect(out.split('  1. Apples').length - 1).toBe(2);
    // Nothing redraws: no escape sequences, no carriage returns.
    expect(out).not.toMatch(ESCAPE_OR_CR);
    p.prompter.close();
  });

  it('checkbox: several numbers with spaces or commas, in any order; Enter alone means none', async () => {
    const p = plain();
    p.type('3, 1', '');
    await expect(p.prompter.checkbox({ message: 'Which?', choices, noneLabel: 'None of these' })).resolves.toEqual(['a', 'c']);
    await expect(p.prompter.checkbox({ message: 'Which?', choices, noneLabel: 'None of these' })).resolves.toEqual([]);
    expect(p.out()).toContain('Enter on its own means: None of these.');
    p.prompter.close();
  });

  it('checkbox: pre-ticked answers are marked, Enter keeps them, 0 unticks them all', async () => {
    const p = plain();
    p.type('', '0', '1 1 2');
    const q = { message: 'Which?', choices, ticked: ['b'] as const, noneLabel: 'None' };
    await expect(p.prompter.checkbox(q)).resolves.toEqual(['b']);
    await expect(p.prompter.checkbox(q)).resolves.toEqual([]);
    await expect(p.prompter.checkbox(q)).resolves.toEqual(['a', 'b']);
    expect(p.out()).toContain('  2. Bananas (ticked) (Long and yellow.)');
    expect(p.out()).toContain('keep the ticked ones (2)');
    expect(p.out()).toContain('Type 0 to untick them all.');
    p.prompter.close();
  });

  it('checkbox: a number out of range or a word re-asks', async () => {
    const p = plain();
    p.type('1 4', 'apples', '2');
    await expect(p.prompter.checkbox({ message: 'Which?', choices, noneLabel: 'None' })).resolves.toEqual(['b']);
    expect(p.out().split('Please type numbers from 1 to 3').length - 1).toBe(2);
    p.prompter.close();
  });

  it('confirm: y, yes, n, no, Enter for the default; anything else re-asks', async () => {
    const p = plain();
    p.type('YES', 'n', '', 'maybe', 'y');
    expect(await p.prompter.confirm({ message: 'Replace?', default: false })).toBe(true);
    expect(await p.prompter.confirm({ message: 'Replace?', default: true })).toBe(false);
    expect(await p.prompter.confirm({ message: 'Replace?', default: false })).toBe(false);
    expect(await p.prompter.confirm({ message: 'Replace?', default: false })).toBe(true);
    expect(p.out()).toContain('Please type y for yes or n for no.');
    p.prompter.close();
  });

  it('input: Enter alone gives the default; validation re-asks; an over-long line is refused', async () => {
    const p = plain();
    // Longer than a line may be: one over the description limit is passed on, so its own message shows.
    p.type('', 'x'.repeat(limit + 2), 'bad', 'good');
    expect(await p.prompter.input({ message: 'Name?', default: 'dflt' })).toBe('dflt');
    expect(await p.prompter.input({ message: 'Word?', validate: (v) => (v === 'bad' ? 'Not that one.' : undefined) })).toBe('good');
    expect(p.out()).toContain('That is too long.');
    expect(p.out()).toContain('Not that one.');
    p.prompter.close();
  });

  it('the end of input cancels with ExitPromptError', async () => {
    const p = plain();
    const pending = p.prompter.select({ message: 'Which?', choices, default: 'a' });
    p.end();
    await expect(pending).rejects.toMatchObject({ name: 'ExitPromptError' });
    p.prompter.close();
  });

  it('Ctrl-C cancels with ExitPromptError, and closing stops listening for it', async () => {
    const p = plain();
    const before = process.listenerCount('SIGINT');
    const pending = p.prompter.input({ message: 'Name?' });
    process.emit('SIGINT');
    await expect(pending).rejects.toMatchObject({ name: 'ExitPromptError' });
    p.prompter.close();
    expect(process.listenerCount('SIGINT')).toBe(before - 1);
  });

  it('runs a whole interview by numbers, with no colour at all', async () => {
    const p = plain();
    const { dir, cleanup } = tempDir();
    try {
      // urgent: no; for me; no description; police; hand over cash + keep secret; urgent; nothing; review ok.
      p.type('', '1', '', '1', '1,14', '1', '', '');
      const code = await runInterview({ rs, region: 'england', desk: false, plain: true, colour: 3, prompter: p.prompter, cwd: dir, now: () => FIXED_NOW });
      expect(code).toBe('ok');
      expect(p.out()).toMatch(/^Verdict: Scam$/m);
      expect(p.out()).toContain('Asked you to: Hand over cash, Keep it secret');
      expect(p.out()).not.toMatch(ESCAPE_OR_CR);
    } finally {
      cleanup();
    }
  });
});
