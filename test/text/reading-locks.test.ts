// A pack may add to how descriptions are read, never hide what the locked rules
// need (src/text/reading-locks.ts). Packs are made at test time, one way of
// hiding each; the binary's refusal is in test/rules/locked.e2e.test.ts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_RULES_DIR } from '../../src/rules/load.js';
import { assemblePacks } from '../../src/rules/read-pack.js';
import type { RuleSet } from '../../src/rules/types.js';
import { hiddenAnswers, protectedAnswers, readingLockProblems } from '../../src/text/reading-locks.js';

const tmp = mkdtempSync(join(tmpdir(), 'scamcheck-reading-locks-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
/** The built-in set plus a pack made of one YAML file. */
function withPack(yaml: string): RuleSet {
  const dir = join(tmp, `pack-${++n}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'pack.yaml'), `name: pack-${n}\nversion: "1"\nschemaVersion: 1\n`);
  writeFileSync(join(dir, 'reading.yaml'), yaml);
  const { set, problems } = assemblePacks([BUILTIN_RULES_DIR, dir]);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return set;
}
/** "question: answer" of each answer a pack's reading hid. */
const hidden = (set: RuleSet) => readingLockProblems(builtin, set).map((p) => /read as "([^"]+)"/.exec(p.message)![1]);

let builtin: RuleSet;
beforeAll(() => {
  builtin = assemblePacks([BUILTIN_RULES_DIR]).set;
});

describe('the answers no pack may hide from a description', () => {
  it('are those that alone meet a locked rule: every "never" request, not the everyday answers', () => {
    const ids = protectedAnswers(builtin).map((a) => `${a.question}:${a.answer}`);
    for (const id of ['asked:hand-over-cash', 'asked:hand-over-card', 'asked:pin-or-password', 'asked:gift-cards', 'asked:remote-access', 'happened:courier-coming']) expect(ids).toContain(id);
    for (const id of ['claimed:bank', 'asked:none', 'asked:call-back', 'happened:nothing', 'signs:cold-call']) expect(ids).not.toContain(id);
  });
});

describe('a pack that hides one is an error naming the answer, with a sentence it no longer reads', () => {
  it.each([
    ['a needs-near rule no word will meet', 'reading:\n  needs-near:\n    - question: happened\n      answer: courier-coming\n      phrases: ["courier coming", "courier is coming", "courier on the way", "sending a courier", "send a courier"]\n      before: [xyzzy]\n', 'happened: courier-coming'],
    ['every phrase made to wait for a demand', 'reading:\n  all-need-demand:\n    asked: [gift-cards]\n', 'asked: gift-cards'],
    ['genuine-drops taking a "never" request', 'reading:\n  genuine-drops:\n    asked: [hand-over-card]\n', 'asked: hand-over-card'],
    ['a process phrase over it', 'reading:\n  process: ["gift cards"]\n', 'asked: gift-cards'],
    ['a sense phrase over it', 'reading:\n  senses: ["pin number", "pin"]\n', 'asked: pin-or-password'],
    ['before-the-call taking bank details given', 'reading:\n  before-the-call:\n    happened: [gave-bank]\n', 'happened: gave-bank'],
    ['claimed-means making it what someone else told', 'reading:\n  claimed-means:\n    courier-coming: card-misused\n', 'happened: courier-coming'],
    ['reported-drops taking a "never" request', 'reading:\n  reported-drops:\n    asked: [hand-over-cash]\n', 'asked: hand-over-cash'],
    ['an only-now rule over it', 'reading:\n  needs-near:\n    - question: asked\n      answer: gift-cards\n      only-now: true\n      phrases: ["gift cards", "gift card", "itunes vouchers", "vouchers"]\n', 'asked: gift-cards'],
  ])('%s', (_what, yaml, answer) => {
    const set = withPack(yaml);
    expect(hidden(set)).toContain(answer);
    const [problem] = readingLockProblems(builtin, set).filter((p) => p.message.includes(`"${answer}"`));
    expect(problem!.severity).toBe('error');
    expect(problem!.file).toBe(set.packs.at(-1)!.dir);
    expect(problem!.message).toMatch(/^reading: with this pack, "[^"]+\." (\(and \d+ more sentences?\) )?is no longer read as/);
  });
});

describe('a pack that only adds is let through', () => {
  it.each([
    ['a sense phrase of its own', 'reading:\n  senses: ["parish newsletter", "install the new hearing loop"]\n'],
    ['a demand and a care caller', 'reading:\n  demands: ["beg"]\n  care-callers: ["chiropodist"]\n'],
    ['a longer phrase on an everyday answer', 'questions:\n  - id: asked\n    answers:\n      - id: none\n        phrases: ["hand over cash to the courier for safekeeping"]\n'],
    ['genuine-drops of an answer no locked rule needs alone', 'reading:\n  genuine-drops:\n    signs: [cold-call]\n'],
  ])('%s', (_what, yaml) => {
    expect(readingLockProblems(builtin, withPack(yaml))).toEqual([]);
  });

  it('and a pack that leaves the reading as it was is not read at all', () => {
    expect(readingLockProblems(builtin, builtin)).toEqual([]);
  });
});

describe('the built-in reading hides no "never" request but those reviewed', () => {
  // What the built-in senses and process phrases take from the protected answers,
  // found by reading every protected phrase with and without them. Each entry was
  // looked at: a new sense or process phrase that hides more fails here until it is.
  const REVIEWED: Record<string, string[]> = {
    senses: [
      // "come and collect him" (a child or a patient) keeps only "come collect", as the
      // bare "come and collect" does; "collect the cash", "collect the card" still read.
      'asked: hand-over-cash: He told me to come and collect.',
      'asked: hand-over-cash: The nurse rang from the hospital and told me to come and collect. It turned out to be genuine.',
      'asked: hand-over-cash: come and collect.',
      'asked: hand-over-cash: come and collect. Later he rang again.',
      'asked: hand-over-cash: She said come and collect.',
      'asked: hand-over-cash: We were burgled. He told me to come and collect.',
      'asked: hand-over-cash: I rang the council. He told me to come and collect.',
      'asked: hand-over-cash: The gardener rang. He told me to come and collect.',
    ],
    process: [],
  };
  it.each(Object.keys(REVIEWED))('%s', (key) => {
    const without = { ...builtin, reading: { ...builtin.reading!, [key]: [] } };
    const lost = hiddenAnswers(without, builtin).flatMap((h) => h.sentences.map((s) => `${h.question}: ${h.answer}: ${s}`));
    expect(lost).toEqual(REVIEWED[key]);
  });

  it('before-the-call: only money paid, and only where it is told before the caller rings', () => {
    const without = { ...builtin, reading: { ...builtin.reading!, beforeTheCall: {} } };
    const hidden = hiddenAnswers(without, builtin);
    expect(hidden.map((h) => `${h.question}: ${h.answer}`)).toEqual(['happened: paid']);
    expect(hidden[0]!.sentences.length).toBeGreaterThan(0);
    for (const s of hidden[0]!.sentences) expect(s).toMatch(/\. Later he rang again\.$/);
  });

  // Card details to pay a bill and the payment itself, told of a call the person made to
  // the council: an organisation they chose to ring may take them. Cash, cards, a PIN,
  // moving money and remote access (own-call-keeps) are never hidden.
  it('own-call-drops: only card details and a payment, and only in a call the person made', () => {
    const without = { ...builtin, reading: { ...builtin.reading!, ownCallDrops: {} } };
    const hidden = hiddenAnswers(without, builtin);
    expect(hidden.map((h) => `${h.question}: ${h.answer}`)).toEqual(['asked: bank-details', 'happened: paid']);
    for (const h of hidden) for (const s of h.sentences) expect(s).toMatch(/^I rang the council\. He told me to /);
  });

  it('claimed-means: only money paid, and only where someone else tells of it', () => {
    const without = { ...builtin, reading: { ...builtin.reading!, claimedMeans: {} } };
    const hidden = hiddenAnswers(without, builtin);
    expect(hidden.map((h) => `${h.question}: ${h.answer}`)).toEqual(['happened: paid']);
    expect(hidden[0]!.sentences.length).toBeGreaterThan(0);
    for (const s of hidden[0]!.sentences) expect(s).toMatch(/^She said /);
  });
});
