// The description limit is data (rules/reading.yaml, `limits.description`),
// loaded with the rule set. A pack may lower it, never raise it; every way a
// description is given then uses the lowered limit.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILTIN_RULES_DIR, loadRuleSet } from '../../src/rules/load.js';
import { assemblePacks } from '../../src/rules/read-pack.js';
import { formatProblem } from '../../src/util/errors.js';
import { runCli } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'scamcheck-limits-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A pack whose rules.yaml sets limits.description. */
function packWithLimit(name: string, limit: number): string {
  const dir = join(tmp, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'pack.yaml'), `name: ${name}\nversion: "1"\nschemaVersion: 1\n`);
  writeFileSync(join(dir, 'rules.yaml'), `limits:\n  description: ${limit}\n`);
  return dir;
}

const builtinLimit = (parse(readFileSync(join(BUILTIN_RULES_DIR, 'reading.yaml'), 'utf8')) as { limits: { description: number } }).limits.description;

describe('the description limit', () => {
  it('comes from rules/reading.yaml', async () => {
    expect(builtinLimit).toBeGreaterThan(0);
    expect((await loadRuleSet()).limits.description).toBe(builtinLimit);
  });

  it('a pack may lower it', () => {
    const { set, problems } = assemblePacks([BUILTIN_RULES_DIR, packWithLimit('lower', 500)]);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(set.limits.description).toBe(500);
  });

  it('a pack may not raise it: the error names the file and line', () => {
    const dir = packWithLimit('higher', builtinLimit + 1);
    const { problems } = assemblePacks([BUILTIN_RULES_DIR, dir]);
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      `${join(dir, 'rules.yaml')}:2:3 error: limits.description ${builtinLimit + 1} is more than ${builtinLimit}, the limit set before this pack: a pack may lower it, never raise it`,
    ]);
  });

  it('a lowered limit is the one --describe keeps to (exit 2 one character over it)', () => {
    const dir = packWithLimit('short', 40);
    const text = 'A detective said a courier would collect';
    expect(text).toHaveLength(40);
    expect(runCli(['--rules', dir, '--describe', text, '--json']).code).toBe(0);
    const r = runCli(['--rules', dir, '--describe', `${text}!`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--describe is too long \(41 characters; the limit is 40\)/);
  });
});
