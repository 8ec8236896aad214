// --describe together with flags, and phrase warnings from `rules validate`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('--describe with answer flags', () => {
  it('does not say it could not tell a question the flags answered', () => {
    const r = runCli(['--claimed', 'bank', '--describe', 'he asked for my PIN', '--json']);
    const j = JSON.parse(r.stdout);
    expect(j.answers.claimed).toEqual(['bank']);
    expect(j.answers.asked).toContain('pin-or-password');
    expect(j.notes.join(' ')).not.toMatch(/who the caller said they were/);
    const without = JSON.parse(runCli(['--describe', 'he asked for my PIN', '--json']).stdout);
    expect(without.notes.join(' ')).toMatch(/who the caller said they were/);
  });
});

describe('--describe - (the call from standard input)', () => {
  const courier = 'A man said he was a detective and a courier would collect my cash';

  it('reads standard input as it reads the flag, flags and all', () => {
    const piped = JSON.parse(runCli(['--describe', '-', '--json'], { input: `${courier}\n` }).stdout);
    const flag = JSON.parse(runCli(['--describe', courier, '--json']).stdout);
    expect(piped.verdict).toBe('scam');
    expect(piped).toEqual(flag);
    const withFlag = JSON.parse(runCli(['--claimed', 'bank', '--describe', '-', '--json'], { input: 'he asked for my PIN' }).stdout);
    expect(withFlag.answers.claimed).toEqual(['bank']);
    expect(withFlag.answers.asked).toContain('pin-or-password');
  });

  it('reads text longer than a command line allows, and UTF-16 as batch does (with its mark or without)', () => {
    const long = `${'We talked about the weather for a while. '.repeat(400)}${courier}.`;
    expect(long.length).toBeGreaterThan(16_000);
    expect(JSON.parse(runCli(['--describe', '-', '--json'], { input: long }).stdout).verdict).toBe('scam');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(courier, 'utf16le')]);
    expect(JSON.parse(runCli(['--describe', '-', '--json'], { input: utf16 }).stdout).verdict).toBe('scam');
    const unmarked = Buffer.from(courier, 'utf16le');
    expect(JSON.parse(runCli(['--describe', '-', '--json'], { input: unmarked }).stdout).verdict).toBe('scam');
  });

  it('refuses nothing, too much and what is not text, each with its own message and code', () => {
    const empty = runCli(['--describe', '-'], { input: ' \n' });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/read nothing from standard input/);
    const huge = runCli(['--describe', '-'], { input: 'a courier is coming. '.repeat(10_000) });
    expect(huge.code).toBe(2);
    expect(huge.stderr).toMatch(/too long .*20,000 characters/);
    const bytes = runCli(['--describe', '-'], { input: Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x70]) });
    expect(bytes.code).toBe(4);
    expect(bytes.stderr).toMatch(/not UTF-8 text/);
    const utf32 = runCli(['--describe', '-'], { input: Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('A\0\0\0')]) });
    expect(utf32.code).toBe(4);
    expect(utf32.stderr).toMatch(/UTF-32/);
    for (const r of [empty, huge, bytes, utf32]) {
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/\bat .*\.js/);
    }
  });
});

describe('rules validate and phrases', () => {
  it('warns, naming the pack, about a phrase that can never match', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'scamcheck-phr-')), 'pack');
    expect(runCli(['rules', 'init', dir]).code).toBe(0);
    writeFileSync(join(dir, 'phrases.yaml'), 'questions:\n  - id: asked\n    answers:\n      - id: buy-goods\n        phrases: ["the", "krugerrands"]\n');
    const r = runCli(['rules', 'validate', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/warning: answer "asked: buy-goods": phrase "the" has no words that count/);
    expect(r.stdout).toMatch(/0 errors, 1 warning/);
  });
});
