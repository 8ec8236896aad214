// A rule's condition in words, for `rules show`: question headings and answer
// labels from the rule set, with the ids beside them so they can be typed as flags.
//   Said they were: The police (police)
//   AND Asked you to: Hand over cash (hand-over-cash) OR Take out cash (withdraw-cash)

import { QUESTION_IDS, type Condition, type QuestionId, type RuleSet } from '../../../rules/types.js';
import { safe } from './common.js';

export function answerInWords(set: RuleSet, question: QuestionId, id: string): string {
  const label = set.questions.find((q) => q.id === question)?.answers.find((a) => a.id === id)?.label;
  return label ? `${safe(label)} (${safe(id)})` : safe(id);
}

export function headingOf(set: RuleSet, question: QuestionId): string {
  return safe(set.questions.find((q) => q.id === question)?.heading || question);
}

const INDENT = '  ';

/** Lines, without a leading indent; compound parts are wrapped in brackets. */
export function conditionInWords(set: RuleSet, cond: Condition): string[] {
  if ('all' in cond || 'any' in cond) {
    const parts = 'all' in cond ? cond.all : cond.any;
    const joiner = 'all' in cond ? 'AND ' : 'OR ';
    return parts.flatMap((part, i) => {
      const lines = conditionInWords(set, part);
      const block = lines.length > 1 ? ['(', ...lines.map((l) => INDENT + l), ')'] : lines;
      return i === 0 ? block : [joiner + block[0], ...block.slice(1)];
    });
  }
  if ('not' in cond) {
    const lines = conditionInWords(set, cond.not);
    return lines.length > 1 ? ['NOT (', ...lines.map((l) => INDENT + l), ')'] : [`NOT ${lines[0]}`];
  }
  const entries = QUESTION_IDS.filter((q) => cond.answers[q] !== undefined).map((q) => [q, cond.answers[q]!] as const);
  if (entries.length === 0) return ['(no answers: never matches)'];
  return entries.map(([q, ids], i) => `${i > 0 ? 'AND ' : ''}${headingOf(set, q)}: ${ids.map((id) => answerInWords(set, q, id)).join(' OR ')}`);
}

/** An example answer set as the command that checks it. */
export function answersAsFlags(answers: Partial<Record<QuestionId, string[]>>): string {
  const flags = QUESTION_IDS.filter((q) => (answers[q] ?? []).length > 0).map((q) => `--${q} ${answers[q]!.map(safe).join(',')}`);
  return flags.length > 0 ? flags.join(' ') : '(no answers)';
}
