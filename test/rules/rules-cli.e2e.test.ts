// `scamcheck rules …` and `--rules`, end to end: spawning the built binary as a
// volunteer or a script would (build first: `npm run build`).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { BROKEN, CASES, expectedErrors } from './broken-cases.js';

const KENT = 'examples/kent-trading-standards';
const PACKS = 'test/rules/fixtures/packs';
const STACK = /\n\s+at .+:\d+:\d+/;
const COUNT_LINE = /^\d+ errors?, \d+ warnings?$/;
 
const ESC = /\u001b/;

const tmp = mkdtempSync(join(tmpdir(), 'scamcheck-rules-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const lastLine = (s: string) => s.trimEnd().split('\n').at(-1)!;
const json = <T>(s: string) => JSON.parse(s) as T;

interface ListJson {
  packs: { name: string }[];
  rules: { id: string; verdict: string; title: string; source: string; addedBy: string | null; changedBy: string[]; disabled: { pack: string; reason: string } | null }[];
}

describe('rules list', () => {
  it('lists every rule with its verdict, title and first source, and a closing count', () => {
    const r = runCli(['rules', 'list']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^police-ask-for-money\s+scam\s+Caller said they were police and asked for money$/m);
    expect(r.stdout).toMatch(/^\s+source: https:\/\/www\.kent\.police\.uk\//m);
    const all = json<ListJson>(runCli(['rules', 'list', '--json']).stdout);
    expect(lastLine(r.stdout)).toBe(`${all.rules.length} rules: ${['scam', 'high-risk', 'suspicious', 'no-known-signs'].map((v) => `${all.rules.filter((x) => x.verdict === v).length} ${v}`).join(', ')}`);
    for (const rule of all.rules) {
      expect(r.stdout).toContain(rule.id);
      expect(rule.source).toMatch(/^https?:\/\//);
      expect(rule.addedBy).toBeNull();
    }
    // Every scam and high-risk rule is locked (rules/locked.yaml), and the listing says so.
    const locked = (all.rules as unknown as { verdict: string; locked: boolean }[]).filter((x) => x.locked);
    expect(locked.length).toBe(all.rules.filter((x) => x.verdict === 'scam' || x.verdict === 'high-risk').length);
    expect(r.stdout).toContain(`${locked.length} rules locked: a pack may add to those, not change or disable them.`);
    expect(r.stdout).toMatch(/^police-ask-for-money\s+scam\s+.*\n\s+source: .*\n\s+locked$/m);
  });

  it('shows what a pack added and changed, with --rules after or before the command', () => {
    for (const args of [['rules', 'list', '--rules', KENT], ['--rules', KENT, 'rules', 'list']]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toContain('Rule set: scamcheck-builtin');
      expect(r.stdout).toContain(`+ kent-trading-standards 2026.11.0 (${KENT})`);
      expect(r.stdout).toContain(
        'kent-trading-standards: added 4 rules, changed 1 rule, added 2 answers (claimed: doorstep-trader, asked: agree-work), ' +
          'added 3 advice items (kent-never-agree-doorstep-work, kent-report-to-trading-standards, kent-council-tax-check), changed 1 contact (citizens-advice-consumer)',
      );
      expect(r.stdout).toMatch(/^kent-trader-wants-cash\s+scam\s+.*\n.*source: .*\n\s+added by kent-trading-standards$/m);
      expect(r.stdout).toMatch(/^government-asks-for-payment\s+high-risk\s+.*\n.*source: .*\n\s+changed by kent-trading-standards$/m);
    }
    const changed = json<ListJson>(runCli(['rules', 'list', '--rules', KENT, '--changed', '--json']).stdout);
    expect(changed.packs.map((p) => p.name)).toEqual(['scamcheck-builtin', 'kent-trading-standards']);
    expect(changed.rules.map((r) => r.id).sort()).toEqual(
      ['government-asks-for-payment', 'kent-council-tax-refund-fee', 'kent-trader-cold-call', 'kent-trader-pressure', 'kent-trader-wants-cash'].sort(),
    );
    expect(changed.rules.find((r) => r.id === 'government-asks-for-payment')).toMatchObject({ addedBy: null, changedBy: ['kent-trading-standards'] });
  });

  it('marks a disabled rule in words, with the pack and its reason', () => {
    const r = runCli(['rules', 'list', '--rules', `${PACKS}/disables-one`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^caller-knew-details\s+no-known-signs\s.*\n.*\n\s+DISABLED by disables-one: Our help desk gives this advice in its own script\.$/m);
    expect(lastLine(r.stdout)).toMatch(/; 1 disabled$/);
    const list = json<ListJson>(runCli(['rules', 'list', '--rules', `${PACKS}/disables-one`, '--json']).stdout);
    expect(list.rules.find((x) => x.id === 'caller-knew-details')!.disabled).toEqual({ pack: 'disables-one', reason: 'Our help desk gives this advice in its own script.' });
    // And the rule really is off in a check.
    const check = json<{ reasons: { rule: string }[] }>(runCli(['--rules', `${PACKS}/disables-one`, '--signs', 'knew-details', '--json']).stdout);
    expect(check.reasons.map((x) => x.rule)).not.toContain('caller-knew-details');
  });

  it('colour only adds to the words, and --no-color removes it', () => {
    const coloured = runCli(['rules', 'list'], { env: { FORCE_COLOR: '1' } });
    const plain = runCli(['rules', 'list', '--no-color'], { env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toMatch(ESC);
    expect(plain.stdout).not.toMatch(ESC);
     
    expect(coloured.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain.stdout);
  });
});

describe('flags for checking a call, given to a rules command', () => {
  it.each([
    [['rules', 'list', '--claimed', 'police'], '--claimed is'],
    [['--describe', 'a call', 'rules', 'answers'], '--describe is'],
    [['rules', 'show', 'police-ask-for-money', '--fail-on', 'scam', '--plain'], '--plain, --fail-on are'],
    [['rules', 'validate', '--format', 'markdown'], '--format is'],
  ])('%j is a usage error, not ignored', (args, named) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`scamcheck: ${named} for checking one call; "scamcheck rules" takes --rules, --region, --json and --no-color\n`);
  });
});

describe('rules show', () => {
  it('explains a rule: conditions in words with ids, advice with contacts, sources, examples as commands', () => {
    const r = runCli(['rules', 'show', 'police-ask-for-money']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('police-ask-for-money — Caller said they were police and asked for money');
    expect(r.stdout).toContain('Verdict: Scam (scam)');
    expect(r.stdout).toContain('A real police officer will never ask you to hand over money');
    // Headings and labels as the rule set words them, each with its id.
    const answers = json<{ questions: { id: string; heading: string; answers: { id: string; label: string }[] }[] }>(runCli(['rules', 'answers', '--json']).stdout).questions;
    const words = (q: string, id: string) => {
      const question = answers.find((x) => x.id === q)!;
      return { heading: question.heading, answer: `${question.answers.find((a) => a.id === id)!.label} (${id})` };
    };
    const police = words('claimed', 'police');
    const cash = words('asked', 'hand-over-cash');
    const card = words('asked', 'hand-over-card');
    expect(r.stdout).toContain(`\n  ${police.heading}: ${police.answer}\n  AND ${cash.heading}: ${cash.answer} OR ${card.answer} OR `);
    expect(r.stdout).toMatch(/\[take-details-check-101, locked\]\n\s+Police non-emergency number: 101/);
    // What a pack may not change is said, with where the lock is and why.
    expect(r.stdout).toMatch(/^Locked by scamcheck-builtin at rules\/locked\.yaml:\d+: a pack may add to it, not change or disable it\.$/m);
    expect(r.stdout).toContain('https://www.kent.police.uk/');
    expect(r.stdout).toMatch(/Must match:\n\s+scamcheck --claimed police --asked hand-over-cash\n/);
    expect(r.stdout).toMatch(/Must not match:\n\s+scamcheck --claimed police --asked none\n/);
  });

  it('writes nested conditions with brackets', () => {
    const r = runCli(['rules', 'show', 'real-number-on-screen-and-more']);
    expect(r.stdout).toMatch(/How the call went: A real number on screen \(spoofed-number\)\n\s+AND \(\n\s+How the call went: .*\n\s+OR Asked you to: .*\n\s+\)/);
  });

  it('gives the contacts for the region asked for', () => {
    const england = runCli(['rules', 'show', 'gave-bank-details']).stdout;
    const scotland = runCli(['rules', 'show', 'gave-bank-details', '--region', 'scotland']).stdout;
    expect(england).toContain('(region: england)');
    expect(england).toContain('Report Fraud (formerly Action Fraud): 0300 123 2040');
    expect(scotland).toContain('(region: scotland)');
    expect(scotland).not.toContain('0300 123 2040');
    const d = json<{ region: string; advice: { id: string; contacts: { phone: string }[] }[] }>(runCli(['rules', 'show', 'gave-bank-details', '--region', 'scotland', '--json']).stdout);
    expect(d.region).toBe('scotland');
    expect(d.advice.flatMap((a) => a.contacts.map((c) => c.phone))).not.toContain('0300 123 2040');
  });

  it('shows a pack rule, with --rules in the example commands', () => {
    const r = runCli(['rules', 'show', 'kent-trader-wants-cash', '--rules', KENT]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Said they were: A builder, roofer or gardener (doorstep-trader)');
    expect(r.stdout).toContain(`Defined by kent-trading-standards at ${KENT}/rules/doorstep-traders.yaml:`);
    expect(r.stdout).toContain(`scamcheck --rules ${KENT} --claimed doorstep-trader --asked withdraw-cash`);
  });

  it('an unknown id is a usage error that suggests the closest id', () => {
    const r = runCli(['rules', 'show', 'police-ask-for-mony']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('there is no rule "police-ask-for-mony"; did you mean "police-ask-for-money"?');
    expect(r.stderr).not.toMatch(STACK);
  });

  it('an id with control characters is shown safely', () => {
    const r = runCli(['rules', 'show', 'x\u001b[2Jy']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(ESC);
    expect(r.stderr).toContain('x\\u001b[2Jy');
  });
});

describe('rules validate', () => {
  it('the built-in set alone: no errors, a closing count line, exit 0', () => {
    const r = runCli(['rules', 'validate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Checked \d+ files: scamcheck-builtin/);
    expect(lastLine(r.stdout)).toMatch(/^0 errors, \d+ warnings?$/);
  });

  it('the example pack: no errors, no warnings', () => {
    const r = runCli(['rules', 'validate', KENT]);
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toBe('0 errors, 0 warnings');
  });

  it('warnings alone are shown apart and do not fail', () => {
    const r = runCli(['rules', 'validate', `${PACKS}/warns-only`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Warnings (1)\n  ${PACKS}/warns-only/rules.yaml:2:5 warning: advice "unused-local-advice" is not used by any rule or verdict`);
    expect(r.stdout).not.toContain('Errors (');
    expect(lastLine(r.stdout)).toBe('0 errors, 1 warning');
  });

  it('warns about reading vocabulary that can never work: a cue with no words, a several-word "near" word', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scamcheck-reading-warn-'));
    writeFileSync(join(dir, 'pack.yaml'), 'name: reading-warn\nversion: "1"\nschemaVersion: 1\n');
    writeFileSync(
      join(dir, 'reading.yaml'),
      'reading:\n  demands: ["..."]\n  needs-near:\n    - { question: claimed, answer: family, phrases: [godmother], after: ["rang me up"] }\n',
    );
    const r = runCli(['rules', 'validate', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${dir} warning: reading: phrase "..." has no words that count`);
    expect(r.stdout).toContain(`${dir} warning: reading needs-near "claimed: family": "rang me up" is more than one word`);
    expect(lastLine(r.stdout)).toBe('0 errors, 2 warnings');
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a needs-near note that is not a reading wording key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scamcheck-reading-note-'));
    writeFileSync(join(dir, 'pack.yaml'), 'name: reading-note\nversion: "1"\nschemaVersion: 1\n');
    writeFileSync(join(dir, 'reading.yaml'), 'reading:\n  needs-near:\n    - { question: claimed, answer: family, phrases: [godmother], after: [ring], note: left-out-godmother }\n');
    const r = runCli(['rules', 'validate', dir]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('reading needs-near note "left-out-godmother" is not a key of reading: wording');
    rmSync(dir, { recursive: true, force: true });
  });

  it('errors: each as file:line:column, then the count, exit 3', () => {
    const r = runCli(['rules', 'validate', `${BROKEN}/unknown-answer-id`]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(`Errors (1)\n  ${expectedErrors('unknown-answer-id', CASES['unknown-answer-id']!)[0]}`);
    expect(r.stdout).toMatch(/stopped the other checks|^1 error, 0 warnings$/m);
    expect(lastLine(r.stdout)).toMatch(COUNT_LINE);
    expect(lastLine(r.stdout)).toBe('1 error, 0 warnings');
  });

  it('--json gives errors and warnings apart', () => {
    const r = runCli(['rules', 'validate', `${PACKS}/failing-examples`, '--json']);
    expect(r.code).toBe(3);
    const report = json<{ ok: boolean; errors: { file: string; line: number; col: number; message: string }[]; warnings: unknown[] }>(r.stdout);
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([
      { severity: 'error', file: `${PACKS}/failing-examples/rules.yaml`, line: 19, col: 5, message: 'rule "no-negative-example" has no example that must not match (add one under examples: no-match:)', code: 'missing-example' },
    ]);
    expect(report.warnings).toEqual([]);
  });

  it('a folder that does not exist is a usage error', () => {
    const r = runCli(['rules', 'validate', 'no-such-pack']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such-pack: no such folder, and no installed npm package of that name');
  });
});

describe('rules test', () => {
  it('the built-in set: a line per rule, then exactly "N passed, 0 failed"', () => {
    const r = runCli(['rules', 'test']);
    expect(r.code).toBe(0);
    const n = json<ListJson>(runCli(['rules', 'list', '--json']).stdout).rules.length;
    expect(lastLine(r.stdout)).toBe(`${n} passed, 0 failed`);
    expect(r.stdout.split('\n').filter((l) => /^ {2}ok {4}\S/.test(l))).toHaveLength(n);
  });

  it('the example pack passes too', () => {
    const r = runCli(['rules', 'test', KENT]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^kent-trading-standards 2026\.11\.0 \(examples\/kent-trading-standards\)\n {2}ok {4}kent-council-tax-refund-fee/m);
    expect(lastLine(r.stdout)).toMatch(/^\d+ passed, 0 failed$/);
  });

  it('wrong and missing examples fail, in words, with exit 1', () => {
    const r = runCli(['rules', 'test', `${PACKS}/failing-examples`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ {2}FAIL {2}wrong-examples\s.*\n\s+match example 1 must match, but did not: --claimed police\n\s+no-match example 1 must not match, but did: --claimed police --asked none$/m);
    expect(r.stdout).toMatch(/^ {2}FAIL {2}no-negative-example\s.*\n\s+no example that must not match$/m);
    expect(r.stdout).toMatch(/^ {2}ok {4}good-examples/m);
    expect(lastLine(r.stdout)).toMatch(/^\d+ passed, 2 failed$/);
  });

  it('a pack that does not load: exit 3, nothing tested', () => {
    const r = runCli(['rules', 'test', `${BROKEN}/alias-bomb`]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no rule was tested');
    expect(r.stderr).toContain(expectedErrors('alias-bomb', CASES['alias-bomb']!)[0]);
  });
});

describe('rules answers', () => {
  it('lists every answer id per question with its label and hint', () => {
    const r = runCli(['rules', 'answers']);
    expect(r.code).toBe(0);
    for (const q of ['--claimed', '--asked', '--signs', '--happened']) expect(r.stdout).toContain(`${q} — `);
    expect(r.stdout).toMatch(/^ {2}police\s+The police — A police officer or detective/m);
    expect(r.stdout).toMatch(/^ {2}still-on-call\s+.*\[urgent: something must be done now\]$/m);
  });

  it('--json, with a pack\'s answers marked as the pack\'s', () => {
    const r = runCli(['rules', 'answers', '--json', '--rules', KENT]);
    const list = json<{ questions: { id: string; answers: { id: string; label: string; pack: string }[] }[] }>(r.stdout);
    expect(list.questions.map((q) => q.id)).toEqual(['claimed', 'asked', 'signs', 'happened']);
    const claimed = list.questions[0]!.answers;
    expect(claimed.find((a) => a.id === 'doorstep-trader')).toMatchObject({ label: 'A builder, roofer or gardener', pack: 'kent-trading-standards' });
    expect(claimed.find((a) => a.id === 'police')!.pack).toBe('scamcheck-builtin');
  });
});

describe('rules init', () => {
  it('writes a starter pack that validates, passes its tests and works with --rules', () => {
    const dir = join(tmp, 'Our Help Desk');
    const r = runCli(['rules', 'init', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Created the rule pack "our-help-desk"');
    expect(readdirSync(dir).sort()).toEqual(['pack.yaml', 'rules']);
    const manifest = readFileSync(join(dir, 'pack.yaml'), 'utf8');
    expect(manifest).toMatch(/^name: our-help-desk$/m);
    expect(manifest).toMatch(/^version: /m);
    expect(manifest).toMatch(/^schemaVersion: 1$/m);
    // The modeline points at the installed schema, from where the file is.
    const modeline = /\$schema=(\S+)/.exec(manifest)![1]!;
    expect(existsSync(join(dir, modeline))).toBe(true);

    const validate = runCli(['rules', 'validate', dir]);
    expect(validate.code).toBe(0);
    expect(lastLine(validate.stdout)).toBe('0 errors, 0 warnings');
    const test = runCli(['rules', 'test', dir]);
    expect(test.code).toBe(0);
    expect(test.stdout).toMatch(/^ {2}ok {4}our-help-desk-council-tax-refund-call/m);
    const check = json<{ verdict: string; reasons: { rule: string }[] }>(runCli(['--rules', dir, '--claimed', 'government', '--signs', 'too-good', '--json']).stdout);
    expect(check.verdict).toBe('high-risk');
    expect(check.reasons.map((x) => x.rule)).toContain('our-help-desk-council-tax-refund-call');
  });

  it('refuses a folder that is not empty, and leaves it as it was', () => {
    const dir = join(tmp, 'busy');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    const r = runCli(['rules', 'init', dir, '--name', 'busy']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not empty');
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('fills an empty folder, takes --name, and refuses a bad name', () => {
    const dir = join(tmp, 'empty');
    mkdirSync(dir);
    expect(runCli(['rules', 'init', dir, '--name', 'Bad Name']).code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
    const r = runCli(['rules', 'init', dir, '--name', 'county-desk', '--json']);
    expect(r.code).toBe(0);
    expect(json<{ name: string; files: string[] }>(r.stdout)).toMatchObject({ name: 'county-desk' });
    expect(readFileSync(join(dir, 'rules', 'starter-rules.yaml'), 'utf8')).toContain('id: county-desk-council-tax-refund-call');
  });
});

describe('--rules with a pack', () => {
  it('the example pack raises a council tax refund call to scam and brings its own advice', () => {
    // A refund for personal details: the built-in government-offer-wants-details covers card details and fees, not this.
    const r = runCli(['--rules', KENT, '--claimed', 'government', '--signs', 'too-good', '--asked', 'personal-details', '--json']);
    expect(r.code).toBe(0);
    const out = json<{ verdict: string; reasons: { rule: string }[]; nextSteps: { id: string }[] }>(r.stdout);
    expect(out.verdict).toBe('scam');
    expect(out.reasons.map((x) => x.rule)).toContain('kent-council-tax-refund-fee');
    expect(out.nextSteps.map((s) => s.id)).toContain('kent-council-tax-check');
    // Without the pack the same answers are high-risk: the pack raised it.
    expect(json<{ verdict: string }>(runCli(['--claimed', 'government', '--signs', 'too-good', '--asked', 'personal-details', '--json']).stdout).verdict).toBe('high-risk');
  });

  it('the pack\'s new answer ids work as flag values, and the overridden contact note shows with --full', () => {
    const r = runCli(['--rules', KENT, '--claimed', 'doorstep-trader', '--asked', 'agree-work', '--signs', 'urgent', '--full']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Verdict: High risk$/m);
    expect(r.stdout).toContain('In Kent, it passes reports on to KCC Trading Standards.');
    expect(runCli(['--claimed', 'doorstep-trader']).code).toBe(2);
  });

  it('an installed npm package works as a pack, from a sub-folder of the project too', () => {
    const project = join(tmp, 'project');
    const pkg = join(project, 'node_modules', 'scamcheck-pack-test');
    mkdirSync(join(project, 'src'), { recursive: true });
    cpSync(join(ROOT, KENT), join(pkg, 'pack'), { recursive: true });
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'scamcheck-pack-test', version: '1.0.0', scamcheck: { pack: 'pack' } }));
    for (const cwd of [project, join(project, 'src')]) {
      const r = runCli(['--rules', 'scamcheck-pack-test', '--claimed', 'doorstep-trader', '--asked', 'withdraw-cash', '--json'], { cwd });
      expect(r.code, r.stderr).toBe(0);
      const out = json<{ verdict: string; reasons: { rule: string }[] }>(r.stdout);
      expect(out.verdict).toBe('scam');
      expect(out.reasons.map((x) => x.rule)).toContain('kent-trader-wants-cash');
    }
    const list = runCli(['rules', 'list', '--rules', 'scamcheck-pack-test', '--changed'], { cwd: project });
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('added by kent-trading-standards');
    expect(runCli(['rules', 'validate', 'scamcheck-pack-test'], { cwd: project }).code).toBe(0);

    // A package whose pack folder points outside itself is refused.
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'scamcheck-pack-test', version: '1.0.0', scamcheck: { pack: '../../..' } }));
    const escape = runCli(['--rules', 'scamcheck-pack-test', '--claimed', 'police'], { cwd: project });
    expect(escape.code).toBe(2);
    expect(escape.stderr).toContain('which is outside the package');
  });

  it('a pack folder given as a file, or not there at all, is a usage error', () => {
    const file = runCli(['--rules', `${KENT}/pack.yaml`, '--claimed', 'police']);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('this is a file; a rule pack is a folder with a pack.yaml in it');
  });
});

describe('broken and hostile packs refuse a check: exit 3, the error on one line, no verdict', () => {
  it.each(Object.entries(CASES))('%s', (name, lines) => {
    const r = runCli(['--rules', `${BROKEN}/${name}`, '--claimed', 'police']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^scamcheck: the rules could not be loaded, so no verdict was given \(\d+ errors?\):\n/);
    expect(r.stderr).toContain(`\n  ${expectedErrors(name, lines)[0]}\n`);
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe('a broken pack stops a rules command too, worded for what it does', () => {
  it('rules list: exit 3 and the error, without talk of a verdict', () => {
    const r = runCli(['rules', 'list', '--rules', `${BROKEN}/wrong-enum`]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^scamcheck: the rules could not be loaded \(1 error\):\n/);
    expect(r.stderr).toContain(expectedErrors('wrong-enum', CASES['wrong-enum']!)[0]);
  });
});
