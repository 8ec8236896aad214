// Properties of reading free text, over random flag answers and random texts
// (fast-check): text only adds answers, so it never lowers the verdict the
// flags alone would give; the reader never throws, shows only words that are
// in the text, and reads the same text the same way every time.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAnswerIds, mergeAnswers } from '../../src/engine/answers.js';
import { check } from '../../src/engine/check.js';
import type { CompiledRuleSet } from '../../src/engine/compile.js';
import { QUESTION_IDS, VERDICTS, type Answers, type QuestionId } from '../../src/rules/types.js';
import { createReader, type DescriptionReader } from '../../src/text/read.js';
import { builtinRuleSet } from '../helpers/ruleset.js';

let rs: CompiledRuleSet;
let read: DescriptionReader;
let phrases: string[];
beforeAll(async () => {
  rs = await builtinRuleSet();
  read = createReader(rs.set);
  phrases = rs.set.questions.flatMap((q) => q.answers.flatMap((a) => a.phrases)).map((p) => p.split('...').join(' the ').split('{money}').join('£500').split('{number}').join('7'));
});

const RUNS = { numRuns: 400 };
const rank = (v: string) => VERDICTS.indexOf(v as (typeof VERDICTS)[number]);

const answersArb = () =>
  fc.record(Object.fromEntries(QUESTION_IDS.map((q) => [q, fc.subarray(rs.answerIds[q])])) as Record<QuestionId, fc.Arbitrary<string[]>>);

/** Descriptions built from real phrases, negations, joining words and noise. */
const textArb = () =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...phrases) },
        { weight: 2, arbitrary: fc.constantFrom('not', "didn't", 'never', 'no', 'without', 'but', 'and', 'then', ',', '.', 'I', 'they', 'unless', 'if', 'refused to', 'not sure') },
        { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
      ),
      { maxLength: 25 },
    )
    .map((parts) => parts.join(' '));

describe('free-text reading (built-in rule set)', () => {
  it('never lowers the verdict the flags alone give, nor clears "urgent"', () => {
    fc.assert(
      fc.property(answersArb(), textArb(), (flags, text) => {
        const alone = check(rs, flags, { region: 'england' });
        const reading = read(text);
        const { answers: fromText, problems } = checkAnswerIds(rs, reading.answers);
        expect(problems).toEqual([]);
        const both = check(rs, mergeAnswers(rs, flags, fromText), { region: 'england', fromText: reading.evidence });
        expect(rank(both.verdict)).toBeGreaterThanOrEqual(rank(alone.verdict));
        if (alone.urgent) expect(both.urgent).toBe(true);
      }),
      RUNS,
    );
  });

  it('a description saying the call was genuine may lower what the text alone reads, never what the flags say', () => {
    const reading = rs.set.reading!;
    const outcomes = [...reading.genuine, ...reading.genuineExact];
    const neutral = new Set(rs.set.questions.flatMap((q) => q.answers.filter((a) => a.neutral).map((a) => `${q.id}:${a.id}`)));
    fc.assert(
      fc.property(answersArb(), textArb(), fc.constantFrom(...outcomes), (flags, text, outcome) => {
        const said = `${text}. In the end ${outcome}.`;
        const alone = check(rs, flags, { region: 'england' });
        const withOutcome = checkAnswerIds(rs, read(said).answers).answers;
        const without = checkAnswerIds(rs, read(text).answers).answers;
        // Flags plus a "genuine" description: never below the flags alone.
        const both = check(rs, mergeAnswers(rs, flags, withOutcome), { region: 'england' });
        expect(rank(both.verdict)).toBeGreaterThanOrEqual(rank(alone.verdict));
        if (alone.urgent) expect(both.urgent).toBe(true);
        // The text alone: saying it was genuine adds nothing but what its own words read, so never raises the verdict.
        const ownWords = checkAnswerIds(rs, read(`In the end ${outcome}.`).answers).answers;
        // (A neutral answer such as "none" may show once a real one is not counted: it raises nothing.)
        for (const q of QUESTION_IDS) for (const id of withOutcome[q]) if (!neutral.has(`${q}:${id}`)) expect([...without[q], ...ownWords[q]], `${q}: ${id}`).toContain(id);
        expect(rank(check(rs, withOutcome, { region: 'england' }).verdict)).toBeLessThanOrEqual(rank(check(rs, mergeAnswers(rs, without, ownWords), { region: 'england' }).verdict));
      }),
      RUNS,
    );
  });

  it('never throws, and shows only words that are in the text, for answers it read', () => {
    fc.assert(
      fc.property(fc.oneof(textArb(), fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 })), (text) => {
        const r = read(text);
        const valid = (q: QuestionId, id: string) => rs.answerIds[q].includes(id);
        for (const e of r.evidence) {
          expect(valid(e.question, e.id)).toBe(true);
          expect(r.answers[e.question]).toContain(e.id);
          expect(e.words.length).toBeGreaterThan(0);
          for (const w of e.words) expect(text.includes(w)).toBe(true);
        }
        const evidenced = r.evidence.map((e) => `${e.question}:${e.id}`);
        for (const q of QUESTION_IDS) for (const id of r.answers[q] ?? []) expect(evidenced).toContain(`${q}:${id}`);
        for (const l of r.leftOut ?? []) {
          expect(r.answers[l.question] ?? []).not.toContain(l.id);
          expect(text.includes(l.words)).toBe(true);
        }
        for (const n of r.notes) expect(n).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      }),
      RUNS,
    );
  });

  it('reads the same text the same way, whatever it read before', () => {
    const fresh = createReader(rs.set);
    fc.assert(
      fc.property(textArb(), textArb(), (before, text) => {
        read(before);
        expect(read(text)).toEqual(fresh(text));
      }),
      { numRuns: 200 },
    );
  });

  it('reads a 20,000-character description to the end', () => {
    const chunk = 'He said he was from the bank. I did not give my PIN. ';
    const text = chunk.repeat(Math.ceil(20_000 / chunk.length)).slice(0, 20_000 - 40) + ' Then a courier is coming to collect cash.';
    const r = read(text);
    expect(r.answers.claimed).toEqual(['bank']);
    expect(r.answers.happened).toContain('courier-coming');
    const answers: Answers = checkAnswerIds(rs, r.answers).answers;
    expect(check(rs, answers, { region: 'england' }).verdict).toBe('scam');
  });
});
