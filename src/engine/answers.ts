// Answer ids as given by a person, a script or a batch record: checked against
// the rule set, with the closest valid id suggested for a typo.

import { QUESTION_IDS, type Answers, type QuestionId } from '../rules/types.js';
import { closest } from '../util/suggest.js';
import type { Bits, CompiledRuleSet } from './compile.js';

export function emptyAnswers(): Answers {
  return { claimed: [], asked: [], signs: [], happened: [] };
}

export interface AnswerProblem {
  question: QuestionId;
  /** The value as given (may be empty). */
  value: string;
  message: string;
}

/** Split "a, b,c" or take a list; trims, lower-cases, drops empty parts. */
export function splitIds(raw: string | readonly string[]): string[] {
  const parts = typeof raw === 'string' ? raw.split(',') : raw;
  return parts.map((p) => p.trim().toLowerCase()).filter((p) => p !== '');
}

export function describeUnknown(rs: CompiledRuleSet, question: QuestionId, id: string): string {
  const valid = rs.answerIds[question];
  const guess = closest(id, valid);
  return `"${id}" is not an answer to ${question}` + (guess ? `; did you mean "${guess}"?` : '.') + ` Valid: ${valid.join(', ')}`;
}

/**
 * Check every id; returns the cleaned answers (unique, in the rule set's order)
 * and a problem for each unknown id.
 */
export function checkAnswerIds(rs: CompiledRuleSet, given: Partial<Record<QuestionId, readonly string[]>>): { answers: Answers; problems: AnswerProblem[] } {
  const answers = emptyAnswers();
  const problems: AnswerProblem[] = [];
  for (const q of QUESTION_IDS) {
    const ids = given[q];
    if (!ids) continue;
    const seen = new Set<string>();
    for (const id of ids) {
      if (rs.bitIndex[q].has(id)) seen.add(id);
      else problems.push({ question: q, value: id, message: describeUnknown(rs, q, id) });
    }
    answers[q] = rs.answerIds[q].filter((id) => seen.has(id));
  }
  return { answers, problems };
}

/** Union of answer sets, kept in the rule set's order. */
export function mergeAnswers(rs: CompiledRuleSet, ...sets: Partial<Answers>[]): Answers {
  const out = emptyAnswers();
  for (const q of QUESTION_IDS) {
    const all = new Set(sets.flatMap((s) => s[q] ?? []));
    out[q] = rs.answerIds[q].filter((id) => all.has(id));
  }
  return out;
}

/** Set the bits for `answers` into `bits` (cleared first). Unknown ids are ignored: check them first. */
export function encodeAnswers(rs: CompiledRuleSet, answers: Partial<Record<QuestionId, readonly string[]>>, bits: Bits = new Uint32Array(rs.words)): Bits {
  bits.fill(0);
  for (const q of QUESTION_IDS) {
    const ids = answers[q];
    if (!ids) continue;
    const index = rs.bitIndex[q];
    for (let i = 0; i < ids.length; i++) {
      const bit = index.get(ids[i]!);
      if (bit !== undefined) bits[bit >>> 5]! |= 1 << (bit & 31);
    }
  }
  return bits;
}
