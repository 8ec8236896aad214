// Wrapping in a real terminal: the built binary in tmux at 80x24. On a
// terminal, text wraps at its width with hanging indents and never splits a
// word, in colour, with --no-color and with TERM=dumb; output to a pipe is not
// wrapped. Skipped, loudly, only when tmux cannot be installed.
import { execFileSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/cli.js';
import { quote, tmuxAvailable } from '../interview/helpers/tmux.js';
import { flagsOf, GP_CALL, SEEDS } from './seeds.js';

const ready = tmuxAvailable();
const socket = `scamcheck-wrap-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
let count = 0;

/** Run scamcheck in an 80x24 tmux window; return every line it printed (scrollback included, soft-wrapped lines joined). */
async function onTerminal(args: string[], env: Record<string, string>): Promise<string[]> {
  const name = `w${++count}`;
  const vars = Object.entries({ TERM: 'xterm-256color', ...env }).map(([k, v]) => `${k}=${quote(v)}`);
  const cmd = ['env -u CI -u NO_COLOR -u FORCE_COLOR', ...vars, quote(process.execPath), quote(BIN), ...args.map(quote)].join(' ');
  tmux('new-session', '-d', '-s', name, '-x', '80', '-y', '24', 'sh', '-c', `cd ${quote(ROOT)} && ${cmd}; echo "[exit $?]"; sleep 600`);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const shown = tmux('capture-pane', '-p', '-J', '-S', '-2000', '-t', name);
    if (/\[exit \d+\]/.test(shown)) {
      tmux('kill-session', '-t', name);
      const lines = shown.replace(/\n+$/, '').split('\n');
      expect(lines.at(-1)).toBe('[exit 0]');
      return lines.slice(0, -1);
    }
    if (Date.now() > deadline) throw new Error(`scamcheck did not finish:\n${shown}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
const words = (s: string) => stripVTControlCharacters(s).split(/\s+/).filter(Boolean);

describe.skipIf(!ready)('wrapping on an 80-column terminal (tmux)', () => {
  afterAll(() => {
    try {
      tmux('kill-server');
    } catch {
      // already gone
    }
  });

  const cases = [...SEEDS, ['a GP surgery', GP_CALL] as const];
  it.each([
    ['in colour', {}, cases.length],
    ['with --no-color', { NO_COLOR: '1' }, 2],
    ['with TERM=dumb', { TERM: 'dumb' }, 2],
  ] as const)('%s: no line over 80 columns, no word split, the same words as piped output', async (_how, env, n) => {
    for (const [name, a] of cases.slice(0, n)) {
      const args = flagsOf(a);
      const lines = await onTerminal(args, env);
      for (const l of lines) expect(stripVTControlCharacters(l).length, `${name}: ${l}`).toBeLessThanOrEqual(80);
      const piped = runCli(args).stdout;
      expect(words(lines.join('\n')), name).toEqual(words(piped));
      // The headline and its number are on the first screen.
      const plain = lines.map((l) => stripVTControlCharacters(l));
      expect(plain.slice(0, 6).join('\n'), name).toMatch(/Do this first:/);
      // Hanging indents: a wrapped step goes on under its text, not under its number.
      const i = plain.findIndex((l) => /^ {2}\d\. {2}/.test(l));
      if (i >= 0 && plain[i + 1] && !/^ {2}\d|^ {6}\S.*: \d/.test(plain[i + 1]!) && plain[i + 1]!.trim() !== '') expect(plain[i + 1], name).toMatch(/^ {6}\S/);
    }
  }, 120_000);

  it('the interview in plain mode (TERM=dumb): the verdict screen wraps between words too', async () => {
    const name = `w${++count}`;
    const cmd = ['env -u CI -u NO_COLOR -u FORCE_COLOR TERM=dumb', quote(process.execPath), quote(BIN), '--plain'].join(' ');
    tmux('new-session', '-d', '-s', name, '-x', '80', '-y', '24', 'sh', '-c', `cd ${quote(ROOT)} && ${cmd}; echo "[exit $?]"; sleep 600`);
    const deadline = Date.now() + 30_000;
    let shown = '';
    while (!/\[exit \d+\]/.test(shown)) {
      if (Date.now() > deadline) throw new Error(`the interview did not finish:\n${shown}`);
      tmux('send-keys', '-t', name, 'Enter');
      await new Promise((r) => setTimeout(r, 300));
      shown = tmux('capture-pane', '-p', '-J', '-S', '-2000', '-t', name);
    }
    tmux('kill-session', '-t', name);
    const verdict = shown.slice(shown.indexOf('Verdict:'));
    expect(verdict).toMatch(/^Verdict: No known warning signs\nDo this first:/);
    for (const l of verdict.split('\n')) expect(l.length, l).toBeLessThanOrEqual(80);
  }, 60_000);

  it('output to a pipe is not wrapped: scripts read whole lines', () => {
    const piped = runCli(flagsOf(SEEDS[1]![1])).stdout;
    expect(piped.split('\n').some((l) => l.length > 80)).toBe(true);
  });
});
