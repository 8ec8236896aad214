// End-to-end: --describe on the built binary (run `npm run build` first).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const STACK = /\n\s+at .+:\d+:\d+/;

describe('scamcheck --describe', () => {
  it('says a detective sending a courier for cash is a scam, and shows the words it read', () => {
    const r = runCli(['--describe', 'A man said he was a detective and a courier would collect cash from me']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Verdict: Scam');
    expect(r.stdout).toMatch(/^Do this first:\n {2}Someone is coming to collect\. Call 999 now/m);
    expect(r.stdout).toContain('What we read from your description');
    expect(r.stdout).toMatch(/The police \(claimed: police\) — from "detective"/);
    expect(r.stdout).toMatch(/Hand over cash \(asked: hand-over-cash\) — from "courier would collect"/);
    expect(r.stdout).toMatch(/Someone is coming to collect \(happened: courier-coming\)/);
    expect(r.stdout).toContain('999');
  });

  it('opens with ringing the bank, not with the door, when the courier has already been', () => {
    const r = runCli(['--describe', 'A man said he was from the police, and a courier collected my bank cards yesterday.']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Verdict: Scam');
    expect(r.stdout).toMatch(/^Do this first:\n {2}Ring your bank now on 159/m);
    expect(r.stdout).not.toMatch(/Someone is coming to collect/);
  });

  it('gives the same answers and words in JSON', () => {
    const r = runCli(['--describe', 'A man said he was a detective and a courier would collect cash from me', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.verdict).toBe('scam');
    expect(j.urgent).toBe(true);
    expect(j.answers.claimed).toEqual(['police']);
    expect(j.answers.fromText).toContainEqual({ question: 'claimed', id: 'police', words: ['detective'], role: 'caller-claimed', roleText: 'the caller said they were' });
    expect(j.answers.fromText).toContainEqual({ question: 'happened', id: 'courier-coming', words: ['courier would collect'], role: 'happened', roleText: 'what has happened' });
  });

  it('does not count a negated phrase, and says so in the notes', () => {
    const r = runCli(['--describe', 'They said they were from my bank. They did not ask for my PIN.', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.answers.asked).not.toContain('pin-or-password');
    expect(j.answers.claimed).toEqual(['bank']);
    expect(j.notes).toContain('We did not count "did not ask for my PIN" (Give a PIN or password): your description says it did not happen.');
    expect(j.verdict).toBe('no-known-signs');
  });

  it('counts the warning sign after a refusal ends its clause', () => {
    const j = JSON.parse(runCli(['--describe', 'I told them no, but they kept asking for my PIN', '--json']).stdout);
    expect(j.answers.asked).toContain('pin-or-password');
    expect(j.verdict).toBe('scam');
  });

  it('reads nothing from words it does not know: no known signs, and notes saying what it could not tell', () => {
    const r = runCli(['--describe', 'It was a lovely sunny afternoon and we chatted about the garden.']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Verdict: No known warning signs');
    expect(r.stdout).not.toContain('What we read from your description');
    expect(r.stdout).toContain('We could not tell who the caller said they were.');
    expect(r.stdout).toContain('We could not tell what the caller asked you to do.');
    expect(r.stdout).toMatch(/If you know, add --claimed, --asked, --signs or --happened/);
  });

  it('joins flags and text: text only adds answers', () => {
    const j = JSON.parse(runCli(['--claimed', 'bank', '--describe', 'they wanted the three digits on the back of my card', '--json']).stdout);
    expect(j.answers.claimed).toEqual(['bank']);
    expect(j.answers.asked).toEqual(['bank-details']);
    expect(j.verdict).toBe('scam');
    const flagsOnly = JSON.parse(runCli(['--claimed', 'police', '--asked', 'hand-over-cash', '--json']).stdout);
    const withText = JSON.parse(runCli(['--claimed', 'police', '--asked', 'hand-over-cash', '--describe', 'they never asked for anything', '--json']).stdout);
    expect(withText.verdict).toBe(flagsOnly.verdict);
    expect(withText.answers.asked).toContain('hand-over-cash');
  });

  it('refuses an empty or blank description as a usage error, with no stack trace', () => {
    for (const text of ['', '   \n\t']) {
      const r = runCli(['--describe', text]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/--describe is empty/);
      expect(r.stderr).not.toMatch(STACK);
    }
  });

  it('shows words from the description without letting them act on the terminal', () => {
    // Control characters inside a phrase stay in its words; outside words they are dropped.
    const r = runCli(['--describe', 'They told me to hand\u0007\u001b over cash and give my \u202epassword']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0007\u001b\u202e]/);
    expect(r.stdout).toContain('from "hand\\u0007\\u001b over cash"');
    expect(r.stdout).toContain('from "password"');
  });

  it('reads a long description in several voices', () => {
    const text =
      'caller claimed HMRC, threatened arrest within the hour unless paid in itunes vouchers. ' +
      "client said she didn't give any bank details but bought £300 of vouchers and read codes out.";
    const j = JSON.parse(runCli(['--describe', text, '--json']).stdout);
    expect(j.verdict).toBe('scam');
    expect(j.answers.claimed).toEqual(['government']);
    expect(j.answers.asked).toEqual(expect.arrayContaining(['gift-cards']));
    expect(j.answers.signs).toEqual(expect.arrayContaining(['threat', 'urgent']));
    expect(j.answers.happened).toEqual(['paid']);
  });
});

describe('descriptions found by hand after the accuracy sets were fixed', () => {
  it.each([
    ["My mum had a call from a 'DC Jones'. She should withdraw £8000. A car will collect it tonight.", 'happened', 'courier-coming'],
    ['Man from BT said my internet would be cut off, wanted me to go on my computer', 'asked', 'remote-access'],
  ])('%s', (text, question, id) => {
    const j = JSON.parse(runCli(['--describe', text, '--json']).stdout);
    expect(j.answers[question]).toContain(id);
    expect(j.verdict).toBe('scam');
  });
});
