// The reader as the CLI, batch and the interview use it: notes for what could
// not be told, answers given another way, neutral answers, rule packs that add
// phrases, and phrases that could never match.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleFromYaml } from '../../src/rules/load.js';
import { phraseProblems } from '../../src/text/phrases.js';
import { createReader } from '../../src/text/read.js';
import { builtinRuleSet } from '../helpers/ruleset.js';
import { NEUTRAL, phraseSet, TABLE } from './helpers.js';

const set = phraseSet(TABLE, NEUTRAL);
const read = createReader(set);

describe('notes on what could not be told', () => {
  it('says, for each question read nothing for, that it could not tell, and which flags to add', () => {
    const r = read('It was a lovely sunny day.');
    expect(r.answers).toEqual({});
    expect(r.evidence).toEqual([]);
    expect(r.notes).toEqual([
      'We could not tell who the caller said they were.',
      'We could not tell what the caller asked you to do.',
      'We could not tell how the call went (for example pressure, threats or a recorded message).',
      'We could not tell whether anything has happened yet (for example money or details given, or someone coming to collect).',
      'If you know, add --claimed, --asked, --signs or --happened (run "scamcheck rules answers" to see the choices).',
    ]);
  });

  it('names only the questions it could not answer', () => {
    const r = read('Someone from Barclays wanted my PIN straight away. I paid.');
    expect(r.notes).toEqual([]);
    const some = read('Someone from Barclays wanted my PIN');
    expect(some.notes).toEqual([
      'We could not tell how the call went (for example pressure, threats or a recorded message).',
      'We could not tell whether anything has happened yet (for example money or details given, or someone coming to collect).',
      'If you know, add --signs or --happened (run "scamcheck rules answers" to see the choices).',
    ]);
  });

  it('leaves out questions already answered another way (flags, batch fields)', () => {
    const r = read('Someone from Barclays wanted my PIN', { given: { signs: ['urgent'], happened: ['nothing'], asked: [] } });
    expect(r.notes).toEqual([]);
  });

  it('suggests interview questions, or nothing, when asked to', () => {
    expect(createReader(set, { suggest: 'questions' })('hello').notes.at(-1)).toBe('If you know, answer those questions as well.');
    expect(createReader(set, { suggest: 'none' })('hello').notes).toHaveLength(4);
  });

  it('hands out a fresh notes list each time (a caller may change it)', () => {
    const a = read('hello');
    a.notes.push('changed');
    expect(read('hello').notes).not.toContain('changed');
  });

  it('quotes left-out words safely: no control characters, one line, not too long', () => {
    const r = read('They did not ask for my\u0007\u001b PIN');
    const note = r.notes.find((n) => n.startsWith('We did not count'))!;
    expect(note).not.toMatch(/[\u0000-\u001f]/);
    expect(note).toContain('\\u001b');
    const long = read(`They did not ${'really '.repeat(40)}ask for my PIN`);
    expect(long.leftOut![0]!.words).toBe('PIN');
  });
});

describe('neutral answers', () => {
  it('are read when nothing else is', () => {
    expect(read('They did not ask for anything').answers).toEqual({ asked: ['none'] });
    expect(read('I gave nothing').answers).toEqual({ happened: ['nothing'] });
  });

  it('give way to a real answer of the same question, but not of another', () => {
    const r = read('They did not ask for anything else, then wanted my PIN. I gave nothing.');
    expect(r.answers).toEqual({ asked: ['pin'], happened: ['nothing'] });
    expect(r.evidence.map((e) => e.id)).toEqual(['pin', 'nothing']);
  });
});

describe('odd input', () => {
  it.each(['', '   ', '\n\n', '...', '£££', '😀😀', '\u202e\u2066', 'a'.repeat(5000), '1 2 3 4 5'])('odd input %# reads nothing and does not throw', (text) => {
    const r = read(text);
    expect(r.evidence).toEqual([]);
    expect(r.notes.length).toBeGreaterThan(0);
  });

  it('reads letters that change length when lower-cased (İ) without losing its place', () => {
    const r = read('İİ said he was from Barclays and wanted my PIN');
    expect(r.evidence.map((e) => e.words[0])).toEqual(['Barclays', 'PIN']);
  });

  it('gives the same reading for the same text, whatever was read before', () => {
    const fresh = createReader(set)('They wanted my PIN but I did not give it');
    read('No courier came. Hi mum. £5,000 pin pin pin');
    expect(read('They wanted my PIN but I did not give it')).toEqual(fresh);
  });
});

describe('phrases from rule packs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scamcheck-phrases-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a pack can add phrases to an answer of the built-in set, and they are read', async () => {
    writeFileSync(join(dir, 'pack.yaml'), 'name: phrase-pack\nversion: 1.0.0\nschemaVersion: 1\n');
    writeFileSync(
      join(dir, 'questions.yaml'),
      'questions:\n  - id: asked\n    answers:\n      - id: buy-goods\n        phrases: ["krugerrands", "gold sovereign"]\n  - id: claimed\n    answers:\n      - id: bank\n        phrases: ["bank of mars"]\n',
    );
    const { set: withPack, problems } = await assembleFromYaml([dir]);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const r = createReader(withPack)('A man from the Bank of Mars told me to buy Krugerrands');
    expect(r.answers.asked).toContain('buy-goods');
    expect(r.answers.claimed).toContain('bank');
    expect(r.evidence.find((e) => e.id === 'buy-goods')?.words).toEqual(['Krugerrands']);
    // The built-in phrases still work alongside.
    expect(createReader(withPack)('they wanted my PIN').answers.asked).toEqual(['pin-or-password']);
    // And without the pack, the new words mean nothing.
    const builtin = (await builtinRuleSet()).set;
    expect(createReader(builtin)('told me to buy Krugerrands from the Bank of Mars').answers.asked).toBeUndefined();
  });
});

describe('phrases that could never match', () => {
  const LONG = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho';
  it('are reported with the answer they belong to, and skipped', () => {
    const bad = phraseSet({ asked: { pin: ['pin', 'the my', '£500', 'was not them', "weren't it", 'pin. password', 'pin ... ... password', LONG] } });
    const problems = phraseProblems(bad);
    expect(problems.map((p) => [p.phrase, p.message.split(':')[0]])).toEqual([
      ['the my', 'has no words that count'],
      ['£500', 'is only a number or an amount, so it would match any number in any description'],
      ['was not them', 'keeps only "not", "no" or "never" once small words such as "was", "them" and "it" are left out, so it would match every one of them'],
      ["weren't it", 'keeps only "not", "no" or "never" once small words such as "was", "them" and "it" are left out, so it would match every one of them'],
      ['pin. password', 'has a sentence break inside (. ! ? ; '],
      ['pin ... ... password', 'has two "..." gaps in a row'],
      [LONG, 'is too long (17 words)'],
    ]);
    for (const p of problems) expect(p).toMatchObject({ question: 'asked', answer: 'pin', loc: { file: 'test' } });
    expect(createReader(bad)('pin').answers).toEqual({ asked: ['pin'] });
  });

  it('and so is a phrase of several words that keeps one, still read as it matches ("supposedly from" keeps "from")', () => {
    const set = phraseSet({ signs: { 'felt-wrong': ['supposedly from', 'smelt a rat'] } });
    const problems = phraseProblems(set);
    expect(problems.map((p) => p.phrase)).toEqual(['supposedly from']);
    expect(problems[0]!.message).toMatch(/^keeps only one word once small words/);
    // Read wherever the one word is: why it is named.
    expect(createReader(set)('A letter came from the council.').answers.signs).toEqual(['felt-wrong']);
    // So is an answer's phrase listed in reading (needs-near, needs-demand): "the phone" keeps "phone".
    const inReading = phraseSet({ happened: { 'still-on-call': ['still on the phone'] } });
    inReading.reading!.needsDemand = { happened: { 'still-on-call': ['the phone'] } };
    inReading.reading!.needsNear = [{ question: 'happened', answer: 'still-on-call', phrases: ['my nan'], before: ['from'], after: [] }];
    expect(phraseProblems(inReading).map((p) => [p.phrase, p.question, p.answer])).toEqual([
      ['my nan', 'happened', 'still-on-call'],
      ['the phone', 'happened', 'still-on-call'],
    ]);
  });

  it('the built-in rule set has none', async () => {
    expect(phraseProblems((await builtinRuleSet()).set)).toEqual([]);
  });

  it('every answer of the built-in rule set has phrases', async () => {
    const rs = await builtinRuleSet();
    for (const q of rs.set.questions) for (const a of q.answers) expect(a.phrases.length, `${q.id}: ${a.id}`).toBeGreaterThan(0);
  });
});
