// Asking one of the four questions of the contract, worded by the rule set:
// its prompt, hint, answer labels and hints, in the rule set's order, so a
// pack that adds an answer makes it appear here too.

import type { CompiledRuleSet } from '../engine/compile.js';
import type { QuestionDef, QuestionId } from '../rules/types.js';
import type { Prompter } from './prompter.js';
import type { Wording } from './wording.js';

/** The answer Enter alone picks on a one-choice question, when the rule set has it. */
const NOT_SURE = 'not-sure';

export function question(rs: CompiledRuleSet, id: QuestionId): QuestionDef {
  const q = rs.set.questions.find((x) => x.id === id);
  if (!q) throw new Error(`the rule set has no question "${id}"`);
  return q;
}

/** `multiple: false` in the rule set: a frightened person picks the closest. Flags and batch records can still give several. */
export function isSingleChoice(q: QuestionDef): boolean {
  return !q.multiple;
}

/** What Enter alone answers: never a warning sign, so pressing Enter throughout cannot invent one. */
export function defaultAnswer(q: QuestionDef): string | undefined {
  if (q.answers.some((a) => a.id === NOT_SURE)) return NOT_SURE;
  if (q.emptyAnswer) return q.emptyAnswer;
  return [...q.answers].reverse().find((a) => a.neutral)?.id;
}

/** Nothing ticked means the question's "none" answer; "none" ticked beside something else is dropped. */
export function normaliseTicks(q: QuestionDef, picked: readonly string[]): string[] {
  if (picked.length === 0) return q.emptyAnswer ? [q.emptyAnswer] : [];
  const others = picked.filter((id) => id !== q.emptyAnswer);
  return others.length > 0 ? others : [...picked];
}

/**
 * Ask one question; `current` is pre-ticked (or pre-selected). `position` says
 * where the person is ("Question 2 of 4"). Returns answer ids in the rule set's order.
 */
export async function askQuestion(
  prompter: Prompter,
  t: Wording,
  q: QuestionDef,
  current: readonly string[],
  position?: { number: number; total: number },
): Promise<string[]> {
  const choices = q.answers.map((a) => ({ value: a.id, label: a.label, hint: a.hint }));
  const hint = position ? `${t('question-count', position)} ${q.hint}` : q.hint;
  const known = current.filter((id) => choices.some((c) => c.value === id));
  // More than one already given (read from a description, or chosen before): ask
  // as ticks, so confirming never silently drops one of them.
  if (isSingleChoice(q) && known.length <= 1) {
    const preset = known[0] ?? defaultAnswer(q) ?? choices[0]!.value;
    return [await prompter.select({ message: q.prompt, hint, choices, default: preset })];
  }
  const noneLabel = q.answers.find((a) => a.id === q.emptyAnswer)?.label ?? t('nothing-ticked');
  const picked = await prompter.checkbox({ message: q.prompt, hint, choices, ticked: current, noneLabel });
  const order = q.answers.map((a) => a.id);
  return normaliseTicks(q, picked).sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
