// A pack may add to how descriptions are read, never hide what the locked rules
// need. Most of rules/reading.yaml takes answers away: a sense phrase reads as
// nothing, a needs-near or needs-demand rule holds a phrase back, genuine-drops
// and care-drops leave answers out of a call said to be genuine, before-the-call
// leaves out what was told before the call, own-call-drops what was said in a
// call the person made, service-drops money paid to someone for their work,
// other-doers makes request words
// someone else's deed; and a pack's
// longer phrase can swallow a built-in one. Any of these could turn "he told me
// to hand the cash to a courier" into nothing. So, with a pack, every built-in
// phrase of an answer that alone meets a locked rule (the police's and banks'
// "never" requests, and the other answers that give "high-risk" or "scam" on
// their own) is read in a few short sentences, by the built-in reader and by the
// pack's; an answer the built-in set reads and the pack's does not is an error.

import { checkAnswerIds } from '../engine/answers.js';
import { check } from '../engine/check.js';
import { compileRuleSet } from '../engine/compile.js';
import type { Problem } from '../util/errors.js';
import { LOCKED } from '../rules/locks.js';
import { QUESTION_IDS, type QuestionId, type RuleSet } from '../rules/types.js';
import { createAnswerReader, type AnswerReader } from './answers.js';

/**
 * Sentences a protected phrase is read in: said by the caller, in a description
 * that ends "it was genuine" with a care caller (genuine-drops and care-drops must
 * not take a "never" request away), alone, told before the caller rings
 * again (before-the-call), told by someone else (claimed-means), asked for
 * after the person reported a crime (reported-drops), and in a call the person
 * made themselves (own-call-drops), and with someone paid for their work
 * named (service-drops).
 */
const FRAMES: readonly ((phrase: string) => string)[] = [
  (p) => `He told me to ${p}.`,
  (p) => `The nurse rang from the hospital and told me to ${p}. It turned out to be genuine.`,
  (p) => `${p}.`,
  (p) => `${p}. Later he rang again.`,
  (p) => `She said ${p}.`,
  (p) => `We were burgled. He told me to ${p}.`,
  (p) => `I rang the council. He told me to ${p}.`,
  (p) => `The gardener rang. He told me to ${p}.`,
];

/** A phrase as words a person might write: a gap ("...") becomes "the", {money} an amount, {number} a number. */
const asWords = (phrase: string): string => phrase.replace(/\s*\.\.\.\s*/g, ' the ').replace(/\{money\}/g, '£500').replace(/\{number\}/g, '3').trim();

/** The answers that, chosen alone, meet a locked rule of `builtin`: what no pack's reading may hide. */
export function protectedAnswers(builtin: RuleSet): { question: QuestionId; answer: string; phrases: readonly string[] }[] {
  const lockedRules = new Set((builtin.locks ?? []).filter((l) => l.kind === 'rule').map((l) => l.id));
  const rs = compileRuleSet(builtin);
  const out: { question: QuestionId; answer: string; phrases: readonly string[] }[] = [];
  for (const q of QUESTION_IDS) {
    for (const a of builtin.questions.find((x) => x.id === q)?.answers ?? []) {
      const result = check(rs, checkAnswerIds(rs, { [q]: [a.id] }).answers, { region: 'england' });
      if (result.reasons.some((r) => lockedRules.has(r.rule) && r.matchedOn[q]?.includes(a.id))) out.push({ question: q, answer: a.id, phrases: a.phrases });
    }
  }
  return out;
}

/** Whether `reader` reads answer number `n` from `text`. */
function reads(reader: AnswerReader, n: number, text: string): boolean {
  const count = reader.read(text);
  for (let i = 0; i < count; i++) if (reader.found[i] === n) return true;
  return false;
}

/** A protected answer `after` no longer reads where `before` does, with the sentences lost. */
export interface HiddenAnswer {
  question: QuestionId;
  answer: string;
  sentences: string[];
}

/** Each answer protected in `before` whose built-in phrases `after` no longer reads in every sentence `before` reads them in. */
export function hiddenAnswers(before: RuleSet, after: RuleSet): HiddenAnswer[] {
  const was = createAnswerReader(before);
  const now = createAnswerReader(after);
  const numberIn = (reader: AnswerReader, q: QuestionId, answer: string) => reader.answers.findIndex((t) => t.question === q && t.id === answer);
  const out: HiddenAnswer[] = [];
  for (const { question, answer, phrases } of protectedAnswers(before)) {
    const a = numberIn(was, question, answer);
    const b = numberIn(now, question, answer);
    const sentences: string[] = [];
    for (const phrase of phrases) {
      for (const frame of FRAMES) {
        const text = frame(asWords(phrase));
        if (reads(was, a, text) && !reads(now, b, text)) sentences.push(text);
      }
    }
    if (sentences.length > 0) out.push({ question, answer, sentences });
  }
  return out;
}

/**
 * Errors for each protected answer that `packed` (the built-in set plus packs) no
 * longer reads where `builtin` does, with one sentence as an example; none when
 * the packs left the phrases and the reading vocabulary as they were.
 */
export function readingLockProblems(builtin: RuleSet, packed: RuleSet): Problem[] {
  if (sameReading(builtin, packed)) return [];
  const pack = packed.packs.at(-1)!;
  return hiddenAnswers(builtin, packed).map(({ question, answer, sentences }) => {
    const more = sentences.length > 1 ? ` (and ${sentences.length - 1} more sentence${sentences.length === 2 ? '' : 's'})` : '';
    return {
      severity: 'error',
      file: pack.dir,
      line: 0,
      col: 0,
      message:
        `reading: with this pack, "${sentences[0]}"${more} is no longer read as "${question}: ${answer}", an answer that alone gives a locked rule. ` +
        'A pack may add to what is read, not hide it: check its senses, needs-near, needs-demand, genuine-drops, care-drops, before-the-call, reported-drops, own-call-drops, service-drops, other-doers, claimed-means and longer phrases',
      // The locks' code, so `rules validate` explains these with the other locked items.
      code: LOCKED,
    } as Problem;
  });
}

/** True when the packs changed neither an answer's phrases nor the reading vocabulary (nothing could be hidden). */
function sameReading(a: RuleSet, b: RuleSet): boolean {
  const phrases = (s: RuleSet) => JSON.stringify(s.questions.map((q) => q.answers.map((x) => [x.id, x.phrases])));
  return phrases(a) === phrases(b) && JSON.stringify(a.reading) === JSON.stringify(b.reading);
}
