// Where the built-in facts come from: every contact is dated and fresh, every
// rule and advice item cites an https:// page on a primary site (--strict), and
// both checks catch what they are meant to catch, with "today" fixed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatValidation, validate } from '../../src/cli/commands/rules/validate.js';
import { assembleFromYaml } from '../../src/rules/load.js';
import { contactDateProblems, isPrimarySource, strictSourceProblems } from '../../src/rules/source-checks.js';
import type { RuleSet } from '../../src/rules/types.js';
import { PLAIN_STYLE } from '../../src/util/output/colour.js';
import { runCli } from '../helpers/cli.js';

let builtin: RuleSet;
beforeAll(async () => {
  const r = await assembleFromYaml([]);
  expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  builtin = r.set;
});

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
const loc = { file: 'rules/contacts.yaml', line: 1, col: 1 };
const withContact = (checked: string | undefined): RuleSet => ({
  ...builtin,
  contacts: [{ id: 'x', name: 'X', phone: '101', regions: ['england'], sources: ['https://www.gov.uk/x'], pack: 'builtin', changedBy: [], loc, ...(checked ? { checked } : {}) }],
});

describe('contact dates', () => {
  it('every built-in contact has a checked date, and none is stale today', () => {
    for (const c of builtin.contacts) expect(c.checked, c.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(contactDateProblems(builtin, day('2026-12-05'))).toEqual([]);
  });

  it('warns once a date is more than 12 months old, and not a day before', () => {
    expect(contactDateProblems(withContact('2025-12-05'), day('2026-12-05'))).toEqual([]);
    const stale = contactDateProblems(withContact('2025-12-04'), day('2026-12-05'));
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ severity: 'warning', file: 'rules/contacts.yaml', line: 1 });
    expect(stale[0]!.message).toMatch(/"x" was last checked on 2025-12-04, more than 12 months ago/);
  });

  it('the built-in set goes stale by itself a year on', () => {
    const later = contactDateProblems(builtin, day('2028-01-01'));
    expect(later.map((p) => p.message.match(/"([^"]+)"/)![1]).sort()).toEqual(builtin.contacts.map((c) => c.id).sort());
  });

  it('a missing date is a warning, an impossible date an error, a future date a warning', () => {
    expect(contactDateProblems(withContact(undefined), day('2026-12-05'))[0]).toMatchObject({ severity: 'warning', message: expect.stringMatching(/no "checked" date/) });
    expect(contactDateProblems(withContact('2026-02-30'), day('2026-12-05'))[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/not a real date/) });
    expect(contactDateProblems(withContact('2027-01-01'), day('2026-12-05'))[0]).toMatchObject({ severity: 'warning', message: expect.stringMatching(/after today/) });
  });

  it('29 February counts back to 28 February a year before', () => {
    expect(contactDateProblems(withContact('2027-02-28'), day('2028-02-29'))).toEqual([]);
    expect(contactDateProblems(withContact('2027-02-27'), day('2028-02-29'))).toHaveLength(1);
  });
});

describe('contact fields', () => {
  it('an email address is under email, never web', () => {
    for (const c of builtin.contacts) expect(c.web ?? '', c.id).not.toContain('@');
    expect(builtin.contacts.find((c) => c.id === 'hmrc-phishing')).toMatchObject({ phone: '60599', email: 'phishing@hmrc.gov.uk' });
    expect(builtin.contacts.find((c) => c.id === 'scam-text-7726')?.email).toBe('report@phishing.gov.uk');
  });

  it('JSON gives the email beside name and phone (end to end)', () => {
    const r = runCli(['--claimed', 'government', '--signs', 'automated', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const steps = (JSON.parse(r.stdout) as { nextSteps: { contacts: { name: string; phone: string; email?: string }[] }[] }).nextSteps;
    const hmrc = steps.flatMap((s) => s.contacts).find((c) => c.phone === '60599');
    expect(hmrc).toMatchObject({ name: expect.any(String), phone: '60599', email: 'phishing@hmrc.gov.uk' });
  });

  it('the regions each get their own lines: Northern Ireland and Scotland', () => {
    const inRegion = (region: string) => builtin.contacts.filter((c) => c.regions.includes(region as never)).map((c) => c.id);
    expect(inRegion('northern-ireland')).toEqual(expect.arrayContaining(['psni', 'consumerline', 'report-fraud']));
    expect(inRegion('scotland')).toEqual(expect.arrayContaining(['police-scotland', 'advice-direct-scotland', 'citizens-advice-scotland']));
    expect(inRegion('england')).toContain('citizens-advice-scams-action');
    expect(builtin.contacts.find((c) => c.id === 'report-fraud')?.note).toMatch(/Monday to Friday, 8am to 8pm/);
    expect(builtin.contacts.find((c) => c.id === 'bank-159')?.note).toMatch(/21 banks .*99%/);
  });
});

describe('primary sources', () => {
  it('the list of primary sites is data in rules/, and the built-in set passes --strict', () => {
    expect(builtin.primarySources?.length).toBeGreaterThan(10);
    expect(builtin.primarySources![0]!.loc.file).toMatch(/rules\/sources\.yaml$/);
    expect(strictSourceProblems(builtin)).toEqual([]);
  });

  it('needs https:// on a listed site; subdomains only where allowed', () => {
    const sites = builtin.primarySources!;
    expect(isPrimarySource('https://www.kent.police.uk/advice/fraud/recovery-fraud/', sites)).toBe(true);
    expect(isPrimarySource('http://www.fca.org.uk/news/x', sites)).toBe(false);
    expect(isPrimarySource('https://www.fca.org.uk/scamsmart', sites)).toBe(true);
    expect(isPrimarySource('https://ruddingtonparishcouncil.gov.uk/new-159-number/', sites)).toBe(false);
    expect(isPrimarySource('https://www.which.co.uk/news/article/x', sites)).toBe(false);
    expect(isPrimarySource('https://fca.org.uk.evil.example/x', sites)).toBe(false);
    expect(isPrimarySource('not a url', sites)).toBe(false);
  });

  it('fails a rule that cites only http:// or only a secondary page, naming it', () => {
    const rule = builtin.rules[0]!;
    const set: RuleSet = {
      ...builtin,
      rules: [
        { ...rule, id: 'only-http', sources: ['http://www.fca.org.uk/news/x'] },
        { ...rule, id: 'only-blog', sources: ['https://www.ukbusinessit.co.uk/x/'] },
        { ...rule, id: 'mixed-ok', sources: ['https://www.ukbusinessit.co.uk/x/', 'https://www.gov.uk/x'] },
      ],
      advice: [{ ...builtin.advice[0]!, id: 'advice-blog', sources: ['https://esarisk.com/x'] }],
    };
    const problems = strictSourceProblems(set);
    expect(problems.map((p) => p.message.split(':')[0])).toEqual([
      'rule "only-http" cites only http',
      'rule "only-blog" cites no primary source (the organisation itself, listed under primary-sources',
      'advice "advice-blog" cites no primary source (the organisation itself, listed under primary-sources',
    ]);
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
  });
});

describe('rules validate --strict', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scamcheck-strict-'));
    writeFileSync(join(dir, 'pack.yaml'), 'name: blog-pack\nversion: 1.0.0\nschemaVersion: 1\n');
    writeFileSync(
      join(dir, 'rules.yaml'),
      [
        'rules:',
        '  - id: blog-rule',
        '    title: A rule from a blog',
        '    verdict: suspicious',
        '    explanation: Said by a blog.',
        '    when: { signs: [cold-call] }',
        '    advice: [check-independently]',
        '    sources: [http://blog.example/post]',
        '    examples:',
        '      match: [{ signs: [cold-call] }]',
        '      no-match: [{ signs: [urgent] }]',
        'contacts:',
        '  - id: old-line',
        '    name: An old line',
        '    phone: "0800 000 000"',
        '    regions: [england]',
        '    checked: 2020-01-01',
        '    sources: [https://www.gov.uk/x]',
        '',
      ].join('\n'),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the built-in set passes --strict with no warnings, and says so', async () => {
    const report = await validate([], { strict: true, today: day('2026-12-05') });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(formatValidation(report, PLAIN_STYLE)).toMatch(/Strict: every rule and advice item cites an https:\/\/ page on a primary site/);
  });

  it('a pack citing a blog over http passes without --strict and fails with it; its old contact warns', async () => {
    const loose = await validate([dir], { today: day('2026-12-05') });
    expect(loose.ok).toBe(true);
    expect(loose.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/"old-line" was last checked on 2020-01-01/));
    const strict = await validate([dir], { strict: true, today: day('2026-12-05') });
    expect(strict.ok).toBe(false);
    expect(strict.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^rule "blog-rule" cites only http:\/\/ pages: http:\/\/blog\.example\/post/)]);
  });

  it('end to end: exit 0 for the built-in set, exit 3 for the blog pack under --strict', () => {
    const ok = runCli(['rules', 'validate', '--strict']);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    // Warnings may come once the contacts are a year old; errors never.
    expect(ok.stdout).toMatch(/\n0 errors, /);
    const bad = runCli(['rules', 'validate', '--strict', dir]);
    expect(bad.code).toBe(3);
    expect(bad.stdout).toMatch(/rules\.yaml:\d+:\d+ error: rule "blog-rule" cites only http:\/\//);
  });
});
