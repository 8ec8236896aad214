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
