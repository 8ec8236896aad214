// End-to-end: one call checked from flags, spawning the built binary.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const STACK = /\n\s+at .+:\d+:\d+/;

describe('scamcheck with answer flags', () => {
  it('says a police caller asking for cash is a scam, verdict first, with the next steps and numbers', () => {
    const r = runCli(['--claimed', 'police', '--asked', 'hand-over-cash']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Verdict: Scam');
    expect(r.stdout).toMatch(/A real police officer will never ask you to hand over money/);
    expect(r.stdout).toMatch(/hang up/i);
    expect(r.stdout).toMatch(/five minutes/);
    expect(r.stdout).toContain('0300 123 2040');

    expect(r.stdout).toContain('101');
    expect(r.stdout).toContain('999');
    expect(r.stdout).not.toMatch(/\u001b\[/);
    // Steps are numbered; no rule id is shown to a person.
    expect(r.stdout).toMatch(/^ {2}1\. /m);
    expect(r.stdout).not.toMatch(/police-ask-for-money/);
    // The sources, and everything else, with --full.
    expect(r.stdout).not.toMatch(/https:/);
    expect(r.stdout).toMatch(/--full/);
    const full = runCli(['--claimed', 'police', '--asked', 'hand-over-cash', '--full']).stdout;
    expect(full).toMatch(/https:\/\/www\.kent\.police\.uk\//);
  });

  it('prints exactly the contract JSON fields', () => {
    const r = runCli(['--claimed', 'bank', '--asked', 'pin-or-password', '--happened', 'gave-bank', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.verdict).toBe('scam');
    expect(j.urgent).toBe(true);
    expect(Array.isArray(j.reasons)).toBe(true);
    for (const reason of j.reasons) {
      expect(typeof reason.rule).toBe('string');
      expect(typeof reason.title).toBe('string');
      expect(typeof reason.explanation).toBe('string');
      expect(reason.source).toMatch(/^https?:\/\//);
    }
    expect(j.nextSteps.length).toBeGreaterThan(0);
    const groups = ['straight-away', 'protect-yourself', 'report'];
    for (const step of j.nextSteps) {
      // The contract's three fields first; `group` is an addition.
      expect(Object.keys(step)).toEqual(['id', 'text', 'contacts', 'group']);
      expect(groups).toContain(step.group);
      for (const c of step.contacts) {
        expect(typeof c.name).toBe('string');
        expect(c.phone).toMatch(/^[0-9 ]+$/);
      }
    }
    expect(j.answers).toMatchObject({ claimed: ['bank'], asked: ['pin-or-password'], signs: [], happened: ['gave-bank'], fromText: [] });
    // Urgent steps come first, and the groups never go back on themselves.
    expect(j.nextSteps[0].text).toMatch(/bank|159|hang up|999/i);
    expect(j.nextSteps[0].group).toBe('straight-away');
    const seen = j.nextSteps.map((s: { group: string }) => groups.indexOf(s.group));
    expect(seen).toEqual([...seen].sort((a: number, b: number) => a - b));
  });

  it('--format json equals --json, and markdown is a handout', () => {
    const a = runCli(['--claimed', 'police', '--json']);
    const b = runCli(['--claimed', 'police', '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
    const md = runCli(['--claimed', 'police', '--asked', 'hand-over-cash', '--format', 'markdown']);
    expect(md.stdout).toMatch(/^# Verdict: Scam\n/);
    expect(md.stdout).toMatch(/^\*\*Do this first: .+\*\*$/m);
    expect(md.stdout).toMatch(/^## Also do this now$/m);
  });

  it.each([
    ['detective says card misused', ['--claimed', 'police', '--signs', 'card-misused']],
    ['courier for the police', ['--claimed', 'police', '--asked', 'hand-over-cash', '--happened', 'courier-coming']],
    ['bank caller then aggressive messages', ['--claimed', 'bank', '--signs', 'aggressive']],
    ['broadband provider asks for bank details', ['--claimed', 'telecom', '--asked', 'bank-details']],
    ['automated NI number linked to crime, press one', ['--claimed', 'government', '--signs', 'automated,crime-linked', '--asked', 'press-key']],
    ['DWP says NI number will be terminated', ['--claimed', 'government', '--signs', 'threat']],
  ])('seed incident "%s" is at least high-risk', (_name, args) => {
    const j = JSON.parse(runCli([...args, '--json']).stdout);
    expect(['high-risk', 'scam']).toContain(j.verdict);
  });

  it.each([
    ['GP surgery', ['--claimed', 'other', '--asked', 'none']],
    ['a relative asking nothing', ['--claimed', 'family']],
    ['delivery driver', ['--claimed', 'delivery', '--asked', 'none']],
  ])('a genuine call with nothing asked (%s) is at most suspicious, and never "safe"', (_name, args) => {
    const r = runCli(args);
    expect(r.stdout).toMatch(/^Verdict: (No known warning signs|Suspicious)$/m);
    expect(r.stdout.split('\n')[0]).not.toMatch(/safe/i);
    // Even the lowest verdict opens with how to check, and says nothing about reporting.
    expect(r.stdout).toMatch(/^Do this first:\n {2}(If you are not sure, check it yourself|Check before you do anything the caller asked)/m);
    expect(r.stdout).not.toMatch(/Report Fraud|Tell friends and family/);
  });

  it('scotland gets Police Scotland, not Report Fraud', () => {
    const r = runCli(['--claimed', 'police', '--asked', 'hand-over-cash', '--region', 'scotland']);
    expect(r.stdout).not.toContain('0300 123 2040');
    expect(r.stdout).toMatch(/Police Scotland/);
  });

  it('--fail-on sets exit 1 when the verdict reaches it, 0 otherwise', () => {
    expect(runCli(['--claimed', 'police', '--asked', 'hand-over-cash', '--fail-on', 'high-risk']).code).toBe(1);
    expect(runCli(['--claimed', 'family', '--fail-on', 'scam']).code).toBe(0);
  });
});

describe('usage errors', () => {
  it.each([
    ['an unknown answer id', ['--claimed', 'polise'], /--claimed: "polise" is not an answer to claimed; did you mean "police"\? Valid: police, bank/],
    ['an empty value', ['--asked', ''], /--asked is empty\. Give one or more of: hand-over-cash/],
    ['an unknown flag', ['--clamed', 'police'], /unknown option '--clamed'[\s\S]*Did you mean --claimed\?/],
    ['a bad format', ['--claimed', 'police', '--format', 'jsn'], /"jsn" is not valid; did you mean "json"\? Valid: text, json, markdown/],
    ['a bad region', ['--claimed', 'police', '--region', 'kent'], /"kent" is not valid\b.*Valid: england, wales, scotland, northern-ireland/],
    ['a bad --fail-on', ['--claimed', 'police', '--fail-on', 'safe'], /Valid: no-known-signs, suspicious, high-risk, scam/],
    ['--json with --format text', ['--claimed', 'police', '--json', '--format', 'text'], /--json and --format text disagree/],
    ['interview flags with answers', ['--claimed', 'police', '--desk'], /--desk and --plain are for the interview/],
    ['a missing pack', ['--claimed', 'police', '--rules', './no-such-pack'], /--rules \.\/no-such-pack: no such folder/],
  ])('%s: exit 2, one clear message, no stack trace', (_name, args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr.split('\n').length).toBeLessThan(25);
  });

  it('an unknown id with nothing close lists the valid ids and no guess', () => {
    const r = runCli(['--signs', 'zzzzzzzz']);
    expect(r.stderr).toMatch(/"zzzzzzzz" is not an answer to signs\. Valid: urgent/);
    expect(r.stderr).not.toMatch(/did you mean/);
  });

  it('no answer flags and no terminal: explains the flags, does not hang or guess', () => {
    const r = runCli([], { input: '1\n\n\n' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no answers were given, and there is no terminal/);
    expect(r.stderr).toMatch(/scamcheck --claimed police --asked hand-over-cash/);
    expect(r.stderr).toMatch(/scamcheck batch/);
  });
});

describe('colour', () => {
  const args = ['--claimed', 'police', '--asked', 'hand-over-cash'];
  it('is off when stdout is not a terminal', () => {
    expect(runCli(args).stdout).not.toMatch(/\u001b\[/);
  });
  it('FORCE_COLOR turns it on, and the verdict is still in words', () => {
    const r = runCli(args, { env: { FORCE_COLOR: '1' } });
    expect(r.stdout).toMatch(/\u001b\[/);
    expect(r.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toMatch(/^Verdict: {2}Scam /);
  });
  it('--no-color beats FORCE_COLOR', () => {
    expect(runCli([...args, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });
  it('FORCE_COLOR=0 turns it off', () => {
    expect(runCli(args, { env: { FORCE_COLOR: '0' } }).stdout).not.toMatch(/\u001b\[/);
  });
});

describe('help and version', () => {
  it('--version prints the version and the rule set version', () => {
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^scamcheck \d+\.\d+\.\d+ \(rules: scamcheck-builtin \d{4}\.\d+\.\d+\)\n$/);
  });
  it('--help shows examples for each mode and the exit codes', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    for (const s of ['--claimed', '--describe', '--region', '--fail-on', 'scamcheck batch', 'scamcheck rules', 'Exit codes:', '130']) expect(r.stdout).toContain(s);
  });
});

describe('answer flags', () => {
  it('may be repeated, and repeated ids count once', () => {
    const a = JSON.parse(runCli(['--asked', 'pin-or-password', '--asked', 'transfer-money,pin-or-password', '--claimed', 'bank', '--json']).stdout);
    expect(a.answers.asked).toEqual(['transfer-money', 'pin-or-password']);
  });
  it('accept spaces and capitals', () => {
    const a = JSON.parse(runCli(['--claimed', ' Police , BANK', '--json']).stdout);
    expect(a.answers.claimed).toEqual(['police', 'bank']);
  });
});
