// Hostile and broken packs are refused whole, each with the exact file:line:column
// and message a person needs. One row per folder under fixtures/broken; a folder
// without a row fails the suite, so every fixture is checked.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assemblePacks } from '../../src/rules/read-pack.js';
import { BUILTIN_RULES_DIR, loadRuleSet } from '../../src/rules/load.js';
import { MAX_RULE_FILE_BYTES } from '../../src/rules/yaml-source.js';
import { RuleSetError, formatProblem } from '../../src/util/errors.js';
import { BROKEN, CASES, expectedErrors } from './broken-cases.js';

function errorsOf(dir: string): string[] {
  const { problems } = assemblePacks([BUILTIN_RULES_DIR, dir]);
  return problems.filter((p) => p.severity === 'error').map(formatProblem);
}

describe('broken and hostile packs: the exact error for each', () => {
  it('every fixture folder has a row, and every row a folder', () => {
    expect(readdirSync(BROKEN).sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.entries(CASES))('%s', (name, lines) => {
    const dir = `${BROKEN}/${name}`;
    expect(errorsOf(dir)).toEqual(expectedErrors(name, lines));
  });

  it.each(Object.keys(CASES))('%s: loadRuleSet refuses the whole rule set', async (name) => {
    await expect(loadRuleSet({ packs: [`${BROKEN}/${name}`] })).rejects.toBeInstanceOf(RuleSetError);
  });
});

describe('files made at test time', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'scamcheck-broken-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const pack = (name: string) => {
    const dir = join(tmp, name);
    mkdirSync(dir);
    writeFileSync(join(dir, 'pack.yaml'), 'name: generated\nversion: "1"\nschemaVersion: 1\n');
    return dir;
  };

  it('a pack may add a step group and reword a built-in one with override; its steps come under them', async () => {
    const dir = pack('step-groups');
    writeFileSync(
      join(dir, 'rules.yaml'),
      [
        'step-groups:',
        '  - id: local-help',
        '    heading: Local help',
        '    from-order: 85',
        '  - id: report',
        '    override: true',
        '    heading: Report it',
        'advice:',
        '  - id: local-line',
        '    order: 86',
        '    text: Ring the help desk at the library.',
        '    sources: [https://example.org/local]',
        'verdicts:',
        '  - id: scam',
        '    override: true',
        '    advice: [local-line]',
      ].join('\n') + '\n',
    );
    expect(errorsOf(dir)).toEqual([]);
    const set = await loadRuleSet({ packs: [dir] });
    expect(set.stepGroups.map((g) => [g.id, g.heading, g.fromOrder])).toEqual([
      ['straight-away', 'Straight away', 0],
      ['protect-yourself', 'To protect yourself', 22],
      ['report', 'Report it', 60],
      ['local-help', 'Local help', 85],
    ]);
    expect(set.stepGroups.find((g) => g.id === 'report')!.changedBy).toEqual(['generated']);
    const { compileRuleSet } = await import('../../src/engine/compile.js');
    const { check } = await import('../../src/engine/check.js');
    const r = check(compileRuleSet(set), { claimed: ['police'], asked: ['hand-over-cash'], signs: [], happened: [] }, { region: 'england' });
    const local = r.nextSteps.findIndex((s) => s.id === 'local-line');
    expect(r.nextSteps[local]!.group).toBe('local-help');
    // share-advice (order 90) follows it, under the same heading.
    expect(r.nextSteps.slice(local).map((s) => s.group)).toEqual(r.nextSteps.slice(local).map(() => 'local-help'));
  });

  it('a file over 1 MB is refused before it is parsed', () => {
    const dir = pack('too-large');
    writeFileSync(join(dir, 'rules.yaml'), `# ${'x'.repeat(MAX_RULE_FILE_BYTES)}\n`);
    expect(errorsOf(dir)).toEqual([`${dir}/rules.yaml:1:1 error: the file is too large (${MAX_RULE_FILE_BYTES + 3} bytes; the limit is ${MAX_RULE_FILE_BYTES})`]);
  });

  it('a file of exactly 1 MB is read', () => {
    const dir = pack('just-fits');
    const head = 'rules: []\n# ';
    writeFileSync(join(dir, 'rules.yaml'), head + 'x'.repeat(MAX_RULE_FILE_BYTES - head.length - 1) + '\n');
    expect(errorsOf(dir)).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('a named pipe is refused without waiting for a writer', async () => {
    const { execFileSync } = await import('node:child_process');
    const dir = pack('fifo');
    execFileSync('mkfifo', [join(dir, 'rules.yaml')]);
    expect(errorsOf(dir)).toEqual([`${dir}/rules.yaml error: not a regular file (a device, pipe or folder cannot be a rule file)`]);
  });

  it('a pack whose "not" rules take too much work to check is refused (the check has a work limit, so loading cannot hang)', async () => {
    const { stringify } = await import('yaml');
    const dir = pack('coverage-bomb');
    const base = { title: 'Generated', explanation: 'Generated.', advice: [], sources: ['https://example.org/test'], examples: { match: [{ claimed: ['police'] }], 'no-match': [{ claimed: ['other'] }] } };
    const four = (q: string, ids: string[]) => ({ [q]: ids });
    // Many broad rules that cover nothing the "not" rules need, then one that covers them: every term searches them all.
    const decoys = Array.from({ length: 39 }, (_, i) => ({
      id: `decoy-${i}`, verdict: 'scam', ...base,
      when: { ...four('asked', ['hand-over-cash', 'hand-over-card', 'withdraw-cash', 'buy-goods']), ...four('signs', ['urgent', 'threat', 'card-misused', 'crime-linked']), ...four('happened', ['paid', 'gave-bank', 'gave-personal', 'nothing']), ...four('claimed', ['other', 'not-sure', 'family', 'delivery']) },
    }));
    const cover = { id: 'cover', verdict: 'scam', ...base, when: { claimed: ['police', 'bank', 'government', 'telecom'] } };
    const negating = Array.from({ length: 5 }, (_, i) => ({
      id: `negating-${i}`, verdict: 'scam', ...base,
      when: { all: [{ claimed: ['police', 'bank', 'government', 'telecom'], asked: ['pay-fee', 'bank-details', 'press-key', 'call-back'] }, { signs: ['urgent', 'threat', 'aggressive', 'automated'], happened: ['paid', 'gave-bank', 'still-on-call', 'nothing'] }, { not: { asked: ['none'] } }] },
    }));
    writeFileSync(join(dir, 'rules.yaml'), stringify({ rules: [...decoys, cover, ...negating] }));
    const errors = errorsOf(dir);
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e).toMatch(/rules\.yaml:\d+:\d+ error: rule "negating-\d": its "when" is too complex to check for monotonicity; simplify it or remove "not"$/);
  });

  it('a folder that is not there', () => {
    expect(errorsOf(join(tmp, 'missing'))).toEqual([`${join(tmp, 'missing')} error: no such folder`]);
  });
});
