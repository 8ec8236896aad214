// The built binary, as a script would run it. Exit codes are the literal
// numbers the README's table documents (0 ok, 2 usage, 4 input or output
// error), never constants imported from src — so changing a code fails here.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/cli.js';
import { dangerousIn } from './oracle.js';

const tmp = mkdtempSync(join(tmpdir(), 'scamcheck-safety-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const STACK = /\n\s+at .+:\d+:\d+/;
const isRoot = process.getuid?.() === 0;

function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

/** Run with standard output going to `path` (such as /dev/full). */
function runTo(path: string, args: string[]): { code: number | null; stderr: string } {
  const fd = openSync(path, 'w');
  try {
    const r = spawnSync(process.execPath, [BIN, ...args], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    return { code: r.status, stderr: r.stderr };
  } finally {
    closeSync(fd);
  }
}

const good = file('good.jsonl', '{"id":"a","claimed":"police","asked":"hand-over-cash"}\n');

describe.skipIf(!existsSync('/dev/full'))('a full disk is an output error (exit 4) in every mode, never "a bug" (70)', () => {
  it.each([
    [['--claimed', 'police']],
    [['--claimed', 'police', '--json']],
    [['--claimed', 'police', '--format', 'markdown']],
    [['rules', 'list']],
    [['rules', 'show', 'courier-on-the-way']],
    [['--help']],
    [['batch', good]],
    [['batch', good, '--output-format', 'csv']],
  ])('%j > /dev/full', (args) => {
    const r = runTo('/dev/full', args);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/cannot write/);
    expect(r.stderr).not.toMatch(/bug/i);
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe('--out only ever replaces a regular file', () => {
  function refuses(target: string, why: RegExp): void {
    const r = runCli(['batch', good, '--out', target]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(why);
    expect(r.stderr).not.toMatch(STACK);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }

  it('refuses a device node, and leaves it a device', () => {
    // As root, a copy of the null device made here (so a bug cannot destroy the real /dev/null).
    let dev = '/dev/null';
    if (isRoot) {
      dev = join(tmp, 'null-device');
      if (spawnSync('mknod', [dev, 'c', '1', '3']).status !== 0) return;
    }
    refuses(dev, /is a device/);
    expect(lstatSync(dev).isCharacterDevice()).toBe(true);
  });

  it('refuses a symbolic link, and leaves it and its target alone', () => {
    const target = file('link-target.txt', 'keep me\n');
    const link = join(tmp, 'link.jsonl');
    symlinkSync(target, link);
    refuses(link, /is a symbolic link/);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('keep me\n');
  });

  it.skipIf(process.platform === 'win32')('refuses a named pipe without waiting on it', () => {
    const fifo = join(tmp, 'pipe.jsonl');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    refuses(fifo, /is a named pipe/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('refuses a folder', () => {
    const dir = join(tmp, 'a-folder');
    mkdirSync(dir);
    refuses(dir, /is a folder/);
    expect(statSync(dir).isDirectory()).toBe(true);
  });

  it('refuses a missing folder, and a folder it cannot write to (exit 4, as the README says)', () => {
    refuses(join(tmp, 'no-such-folder', 'out.jsonl'), /does not exist/);
    if (existsSync('/proc/self')) refuses('/proc/scamcheck-out.jsonl', /cannot create a file in that folder/);
  });

  it('writes a file whose name is 231–250 characters long (the temporary name is short)', () => {
    for (const length of [231, 245, 250]) {
      const name = `${'n'.repeat(length - 6)}.jsonl`;
      const r = runCli(['batch', good, '--out', join(tmp, name), '--quiet']);
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(join(tmp, name), 'utf8')).toMatch(/"verdict":"scam"/);
    }
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces a regular file', () => {
    const out = file('old.jsonl', 'old\n');
    expect(runCli(['batch', good, '--out', out, '--quiet']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/"id":"a"/);
  });
});

describe('the description limit', () => {
  it('a --describe of 20,000 characters is read; one more is a usage error (exit 2)', () => {
    const words = 'A detective said a courier would collect my cash. ';
    const exact = words.repeat(Math.ceil(20_000 / words.length)).slice(0, 20_000);
    expect(runCli(['--describe', exact]).code).toBe(0);
    const r = runCli(['--describe', `${exact}x`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--describe is too long \(20,001 characters; the limit is 20,000\)/);
  });
});

describe('nothing from the command line or the input reaches the terminal raw', () => {
  const ESC = '\u001b[2J\u001b]52;c;cm0gLXJmIH4K\u0007';
  it.each([
    [['--region', ESC]],
    [['--claimed', 'police', '--fail-on', ESC]],
    [['--claimed', 'police', '--format', ESC]],
    [['batch', good, '--input-format', ESC]],
    [['batch', good, '--output-format', ESC]],
    [[`--bogus${ESC}`]],
    [['batch', good, `--bogus${ESC}`]],
    [['rules', `show${ESC}`]],
    [['rules', 'show', `x${ESC}\u202e\u009b`]],
    [['--claimed', `police${ESC}\u2028\u200b\u061c`]],
  ])('%j: exit 2, and the message is safe', (args) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(dangerousIn(r.stderr, '\n')).toEqual([]);
    expect(dangerousIn(r.stdout, '\n')).toEqual([]);
    expect(r.stderr).toMatch(/\\u001b/);
  });

  it('batch CSV output does not echo terminal escapes (issue 14); JSON Lines keeps them as \\u escapes', () => {
    const id = `${ESC}\u009b\u202e\u2028\u200b\u061c\ufeff`;
    const input = file('escapes.jsonl', `${JSON.stringify({ id, claimed: 'police' })}\n`);
    const csv = runCli(['batch', input, '--output-format', 'csv', '--quiet']);
    expect(csv.code).toBe(0);
    expect(dangerousIn(csv.stdout.replace(/^\ufeff/, ''), '\r\n')).toEqual([]);
    expect(csv.stdout).toContain('\\u001b[2J\\u001b]52;c;cm0gLXJmIH4K\\u0007');
    const jsonl = runCli(['batch', input, '--quiet']);
    expect(dangerousIn(jsonl.stdout, '\n')).toEqual([]);
    expect((JSON.parse(jsonl.stdout) as { id: string }).id).toBe(id);
  });

  it('random Unicode through the built binary: batch (JSON Lines, CSV), check (text, Markdown, JSON), errors', () => {
    // A few spawns only: the in-process properties (output-paths.test.ts) take the many runs.
    const texts = fc.sample(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), { numRuns: 60, seed: 14 });
    const records = texts.map((t, i) => JSON.stringify({ id: t, claimed: i % 2 ? 'police' : t, notes: `a courier ${t} will collect cash` })).join('\n');
    const input = file('random.jsonl', `${records}\n`);
    for (const args of [['batch', input, '--explain'], ['batch', input, '--output-format', 'csv', '--explain']]) {
      const r = runCli(args);
      expect([0, 5]).toContain(r.code);
      expect(dangerousIn(r.stdout.replace(/^\ufeff/, ''), '\r\n')).toEqual([]);
      expect(dangerousIn(r.stderr, '\n')).toEqual([]);
    }
    // Command-line arguments cannot hold NUL; lone surrogates arrive as U+FFFD.
    const argTexts = texts.slice(0, 3).map((t) => t.replace(/\0/g, '') || 'x');
    for (const t of argTexts) {
      for (const format of ['text', 'markdown', 'json']) {
        const r = runCli(['--describe', `A courier ${t} will collect my cash ${t}`, '--format', format]);
        expect(r.code).toBe(0);
        expect(dangerousIn(r.stdout, '\n')).toEqual([]);
      }
      const bad = runCli(['--claimed', t]);
      expect(bad.code).toBe(2);
      expect(dangerousIn(bad.stderr, '\n')).toEqual([]);
    }
  });
});
