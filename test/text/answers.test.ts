// The answers-only reader (batch without --explain) reads exactly the answers
// the full reader does, in the same order: on every labelled description, on
// texts built from real phrases with negations and "if"s, and on any string.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledRuleSet } from '../../src/engine/compile.js';
import { QUESTION_IDS, type Answers } from '../../src/rules/types.js';
import { createAnswerReader, type AnswerReader } from '../../src/text/answers.js';
import { createReader, type DescriptionReader } from '../../src/text/read.js';
import { builtinRuleSet } from '../helpers/ruleset.js';
import { NEUTRAL, phraseSet, TABLE } from './helpers.js';

const descriptions = [
  ...['tuning', 'held-out'].flatMap((name) =>
    (parse(readFileSync(new URL(`../fixtures/descriptions/${name}.yaml`, import.meta.url), 'utf8')) as { text: string }[]).map((c) => c.text),
  ),
  // The corpus's tuning parts too: thousands of descriptions nobody here wrote (a failure names one, so not the held-out parts).
  ...readdirSync(new URL('../fixtures/corpus/', import.meta.url))
    .filter((f) => f.endsWith('-tuning.yaml'))
    .flatMap((f) => (parse(readFileSync(new URL(`../fixtures/corpus/${f}`, import.meta.url), 'utf8')) as { text: string }[]).map((c) => c.text)),
];

/** Words that change what counts: negations, refusals, "if"s, clause breaks, punctuation. */
const TURNS = ['not', "didn't", 'never', 'no', 'nothing', 'without', 'refused to', 'unless', 'if', 'but', 'and then', 'I', 'they', ',', '.', 'not sure', 'said no'];

let rs: CompiledRuleSet;
let full: DescriptionReader;
let lean: AnswerReader;
let phrases: string[];
beforeAll(async () => {
  rs = await builtinRuleSet();
  full = createReader(rs.set);
  lean = createAnswerReader(rs.set);
  phrases = rs.set.questions.flatMap((q) => q.answers.flatMap((a) => a.phrases)).map((p) => p.split('...').join(' the ').split('{money}').join('£500').split('{number}').join('7'));
});

const textArb = () =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...phrases) },
        { weight: 3, arbitrary: fc.constantFrom(...TURNS) },
        { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(' '));

describe('createAnswerReader', () => {
  it('reads the same answers as createReader from every labelled description', () => {
    expect(descriptions.length).toBeGreaterThan(100);
    let answered = 0;
    for (const text of descriptions) {
      const want = full(text).answers;
      expect(lean.answersOf(text), text).toEqual(want);
      if (Object.keys(want).length > 0) answered++;
    }
    // The comparison means something only if most descriptions give answers.
    expect(answered).toBeGreaterThan(descriptions.length * 0.9);
  });

  it('reads the same answers as createReader from real phrases mixed with negations, "if"s and noise', () => {
    fc.assert(
      fc.property(textArb(), (text) => {
        expect(lean.answersOf(text)).toEqual(full(text).answers);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads the same answers as createReader from any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 })), (text) => {
        expect(lean.answersOf(text)).toEqual(full(text).answers);
      }),
      { numRuns: 500 },
    );
  });

  it('gives answer numbers in ascending order, each naming an answer of the rule set, whatever it read before', () => {
    const fresh = createAnswerReader(rs.set);
    fc.assert(
      fc.property(textArb(), textArb(), (before, text) => {
        lean.read(before);
        const count = lean.read(text);
        const found = Array.from(lean.found.subarray(0, count));
        expect(found).toEqual([...found].sort((a, b) => a - b));
        expect(new Set(found).size).toBe(found.length);
        const answers: Partial<Answers> = {};
        for (const n of found) {
          const { question, id } = lean.answers[n]!;
          expect(rs.answerIds[question]).toContain(id);
          (answers[question] ??= []).push(id);
        }
        expect(answers).toEqual(fresh.answersOf(text));
      }),
      { numRuns: 300 },
    );
  });

  it('numbers answers in question order, then rule-set order', () => {
    expect(lean.answers).toEqual(QUESTION_IDS.flatMap((q) => rs.answerIds[q].map((id) => ({ question: q, id }))));
  });
});

describe('createAnswerReader on a small rule set', () => {
  const set = phraseSet(TABLE, NEUTRAL);
  const small = createAnswerReader(set);
  const smallFull = createReader(set);

  it('leaves out what the description says did not happen, as createReader does', () => {
    const cases: [string, Partial<Answers>][] = [
      ['They did not ask for my PIN', {}],
      ['They wanted my PIN but I did not give it', { asked: ['pin'] }],
      ['I did not pay, the courier is coming', { happened: ['coming'] }],
      ['If I paid they would arrest me', { signs: ['threat'] }],
      ['He did not ask for anything. He wanted my password.', { asked: ['pin'] }],
      ['The caller did not say who they were', { claimed: ['not-sure'] }],
    ];
    for (const [text, want] of cases) {
      expect(smallFull(text).answers, text).toEqual(want);
      expect(small.answersOf(text), text).toEqual(want);
    }
  });

  it('drops a neutral answer when a real one of the same question is read, as createReader does', () => {
    const text = 'They did not ask for anything. Then they wanted my password.';
    expect(small.answersOf(text)).toEqual(smallFull(text).answers);
    expect(small.answersOf(text).asked).toEqual(['pin']);
    expect(small.answersOf('The man did not ask for anything')).toEqual({ asked: ['none'] });
  });

  it('matches createReader on texts made of its phrases and turns', () => {
    const words = [...Object.values(TABLE).flatMap((answers) => Object.values(answers).flat()), ...TURNS].map((p) => p.split('...').join('then').split('{money}').join('£5').split('{number}').join('3'));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 20 }), (parts) => {
        const text = parts.join(' ');
        expect(small.answersOf(text)).toEqual(smallFull(text).answers);
      }),
      { numRuns: 1000 },
    );
  });
});
