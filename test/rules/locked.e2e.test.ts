// Hostile packs that try to weaken what rules/locked.yaml protects are refused by
// every mode that loads them, with exit 3 (the documented "rule set has errors"
// code, written as the number the README gives); and a rule a pack may switch off
// is named in the built binary's output. Build first (`npm run build`).
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { Terminal, tmuxAvailable } from '../interview/helpers/tmux.js';
import { BROKEN, CASES, expectedErrors } from './broken-cases.js';

const LOCKED_CASES = Object.keys(CASES).filter((name) => name.startsWith('locked-'));
const SWAP = `${BROKEN}/locked-swap-labels`;
const RULE_SET_ERRORS = 3;
const STACK = /\n\s+at .+:\d+:\d+/;

describe('a pack that changes a locked item is refused by every mode that loads it', () => {
  it('there are locked-item fixtures for each repro of issue 14', () => {
    expect(LOCKED_CASES.sort()).toEqual(
      ['locked-disable', 'locked-hide-notice', 'locked-region-text', 'locked-renumber', 'locked-reregion', 'locked-reword', 'locked-swap-labels'].sort(),
    );
  });

  const modes: [string, string[], string?][] = [
    ['a check with flags', ['--rules', SWAP, '--claimed', 'police', '--asked', 'hand-over-cash']],
    ['a check with --describe', ['--rules', SWAP, '--describe', 'A courier is coming to collect cash']],
    ['batch (JSON Lines on stdin)', ['batch', '-', '--rules', SWAP], '{"claimed":"police","asked":"hand-over-cash"}\n'],
    ['rules validate', ['rules', 'validate', SWAP]],
    ['rules list', ['rules', 'list', '--rules', SWAP]],
    ['rules test', ['rules', 'test', SWAP]],
    ['rules show', ['rules', 'show', 'courier-on-the-way', '--rules', SWAP]],
    ['rules answers', ['rules', 'answers', '--rules', SWAP]],
  ];
  it.each(modes)('%s: exit 3, each change named with file:line, no stack', (_name, args, input) => {
    const r = runCli(args, input === undefined ? {} : { input });
    expect(r.code).toBe(RULE_SET_ERRORS);
    const both = r.stdout + r.stderr;
    for (const line of expectedErrors('locked-swap-labels', CASES['locked-swap-labels']!)) expect(both).toContain(line);
    expect(both).not.toMatch(STACK);
    expect(r.stdout).not.toMatch(/Verdict|No known warning signs/);
  });

  describe.skipIf(!tmuxAvailable())('the interview, in a real terminal (tmux)', () => {
    const term = new Terminal();
    afterAll(() => term.kill());
    it('exit 3 before any question is asked, the change named', async () => {
      const t = term.start(['--plain', '--rules', SWAP]);
      expect(await term.exitCode(t)).toBe(RULE_SET_ERRORS);
      const shown = term.screen(t);
      expect(shown).toContain('answer "asked: hand-over-cash" is locked');
      expect(shown).not.toContain('Who did the caller say they were?');
    });
  });

  it.each(LOCKED_CASES)('rules validate %s: every error with file:line, the locked note, exit 3', (name) => {
    const r = runCli(['rules', 'validate', `${BROKEN}/${name}`]);
    expect(r.code).toBe(RULE_SET_ERRORS);
    for (const line of expectedErrors(name, CASES[name]!)) expect(r.stdout).toContain(`\n  ${line}\n`);
    expect(r.stdout).toMatch(/changes? to what the built-in rules lock to protect people \(see rules\/locked\.yaml\)/);
  });
});

describe('a pack that hides from a description what the locked rules need is refused by every mode', () => {
  const HIDING = 'test/rules/fixtures/reading-hiding';
  const modes: [string, string[], string?][] = [
    ['a check with flags', ['--rules', HIDING, '--claimed', 'police']],
    ['a check with --describe', ['--rules', HIDING, '--describe', 'A courier is coming to collect my bank card']],
    ['batch (JSON Lines on stdin)', ['batch', '-', '--rules', HIDING], '{"claimed":"police","notes":"they wanted gift cards"}\n'],
    ['rules validate', ['rules', 'validate', HIDING]],
  ];
  it.each(modes)('%s: exit 3, each hidden answer named with the pack, no stack', (_name, args, input) => {
    const r = runCli(args, input === undefined ? {} : { input });
    expect(r.code).toBe(RULE_SET_ERRORS);
    const both = r.stdout + r.stderr;
    for (const answer of ['asked: hand-over-card', 'asked: gift-cards']) {
      expect(both).toMatch(new RegExp(`${HIDING} error: reading: with this pack, "[^"]+" .*is no longer read as "${answer}"`));
    }
    expect(both).not.toMatch(STACK);
    expect(r.stdout).not.toMatch(/Verdict|No known warning signs/);
  });
});

describe('a rule a pack switched off is named in the binary\'s output', () => {
  const PACK = 'test/rules/fixtures/packs/disables-one';
  const call = ['--claimed', 'bank', '--signs', 'knew-details'];

  it('text: the notice, the rule, the pack and its reason', () => {
    const r = runCli(['--rules', PACK, ...call]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\nThe rule set was changed\n {2}A rule pack switched off 1 of the usual rules, so this check may miss\s+warning signs that they look for:\n {2}- Caller already knew things about you, switched off by disables-one: Our help desk gives this advice in its own script\.\n/);
  });

  it('JSON: disabledRules beside ruleSet', () => {
    const r = runCli(['--rules', PACK, ...call, '--json']);
    const j = JSON.parse(r.stdout) as { ruleSet: { name: string }[]; disabledRules: { rule: string; pack: string; reason: string }[] };
    expect(j.ruleSet.map((p) => p.name)).toEqual(['scamcheck-builtin', 'disables-one']);
    expect(j.disabledRules.map((d) => [d.rule, d.pack])).toEqual([['caller-knew-details', 'disables-one']]);
    const plain = JSON.parse(runCli([...call, '--json']).stdout) as { disabledRules: unknown[] };
    expect(plain.disabledRules).toEqual([]);
  });

  it('batch: the summary names the rule switched off; without a pack, nothing', () => {
    const input = '{"id":"1","claimed":"bank","signs":"knew-details"}\n';
    const r = runCli(['batch', '--rules', PACK, '-'], { input });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('The rule set was changed: A rule pack switched off 1 of the usual rules');
    expect(r.stderr).toContain('    Caller already knew things about you, switched off by disables-one: Our help desk gives this advice in its own script.');
    expect(runCli(['batch', '-'], { input }).stderr).not.toContain('The rule set was changed');
  });

  it('Markdown', () => {
    const r = runCli(['--rules', PACK, ...call, '--format', 'markdown']);
    expect(r.stdout).toContain('## The rule set was changed\n\nA rule pack switched off 1 of the usual rules');
    expect(r.stdout).toContain('- Caller already knew things about you, switched off by disables-one');
  });
});
