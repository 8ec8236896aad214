// The batch progress line: on a terminal only, on stderr, after the first
// second, and wiped before the summary. Driven in a real terminal (tmux) with
// input that arrives in two parts two seconds apart, so the run lasts long
// enough on any machine.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { wantsProgress } from '../../src/batch/summary.js';
import { BIN, ROOT } from '../helpers/cli.js';
import { Terminal, quote, tmuxAvailable } from '../interview/helpers/tmux.js';

const tmp = mkdtempSync(join(tmpdir(), 'scamcheck-progress-'));
const part = join(tmp, 'part.jsonl');
writeFileSync(part, '{"id":"x","claimed":"police","asked":"hand-over-cash"}\n'.repeat(5000));
const slowInput = `cat ${quote(part)}; sleep 2; cat ${quote(part)}`;
const ready = tmuxAvailable();
const term = new Terminal();
afterAll(() => {
  if (ready) term.kill();
  rmSync(tmp, { recursive: true, force: true });
});

describe.skipIf(!ready)('the batch progress line in a real terminal (tmux)', () => {
  it('shows records and rate on stderr while it runs, then gives way to the summary', async () => {
    const name = term.start(['batch', '-'], { pipeFrom: slowInput, stdoutTo: '/dev/null' });
    await term.waitFor(name, /^Checking… [\d,]+ records \([\d,]+ a second\)/m);
    expect(await term.exitCode(name)).toBe(0);
    const screen = term.screen(name);
    expect(screen).toMatch(/^scamcheck batch: 10,000 records from standard input in [\d.]+ s/m);
    expect(screen).not.toContain('Checking…');
  });
});

describe('no progress line when stderr is not a terminal', () => {
  it('stderr to a pipe gets the summary only, with no redraws', async () => {
    const child = spawn('sh', ['-c', `(${slowInput}) | ${quote(process.execPath)} ${quote(BIN)} batch - > /dev/null`], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).toMatch(/^scamcheck batch: 10,000 records from standard input/);
    expect(stderr).not.toMatch(/Checking|\r|\u001b/);
  });
});

describe('who gets a progress line', () => {
  const tty = { isTTY: true } as NodeJS.WriteStream;
  it.each([
    ['a terminal', tty, {}, true],
    ['a pipe or file', { isTTY: false } as NodeJS.WriteStream, {}, false],
    ['a screen reader user (ACCESSIBLE)', tty, { ACCESSIBLE: '1' }, false],
    ['a dumb terminal', tty, { TERM: 'dumb' }, false],
    ['ACCESSIBLE set but empty', tty, { ACCESSIBLE: '' }, true],
  ] as const)('%s', (_name, stream, env, expected) => {
    expect(wantsProgress(stream, env)).toBe(expected);
  });
});
