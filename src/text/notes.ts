// What the reader says in plain words about what it could not tell, and about
// phrases it left out because the description said they did not happen.

import { fill } from '../util/fill.js';
import { terminalSafe } from '../util/output/sanitize.js';
import type { QuestionId, RuleSet } from '../rules/types.js';

/** Words from the description quoted in a note: one line, harmless on a terminal, not too long. */
function quoteWords(words: string, max = 80): string {
  const one = terminalSafe(words.split('\n').join(' '));
  return `"${one.length > max ? `${one.slice(0, max)}…` : one}"`;
}

/** How to tell the person to add what could not be read. */
export type Suggest = 'flags' | 'questions' | 'none';

const COULD_NOT_TELL: Record<QuestionId, string> = {
  claimed: 'We could not tell who the caller said they were.',
  asked: 'We could not tell what the caller asked you to do.',
  signs: 'We could not tell how the call went (for example pressure, threats or a recorded message).',
  happened: 'We could not tell whether anything has happened yet (for example money or details given, or someone coming to collect).',
};

export function couldNotTell(question: QuestionId): string {
  return COULD_NOT_TELL[question];
}

export function suggestion(missing: readonly QuestionId[], suggest: Suggest): string | undefined {
  if (missing.length === 0 || suggest === 'none') return undefined;
  if (suggest === 'questions') return 'If you know, answer those questions as well.';
  const flags = missing.map((q) => `--${q}`);
  const list = flags.length === 1 ? flags[0]! : `${flags.slice(0, -1).join(', ')} or ${flags[flags.length - 1]!}`;
  return `If you know, add ${list} (run "scamcheck rules answers" to see the choices).`;
}

export type LeftOutReason = 'negated' | 'refused' | 'supposed' | 'genuine' | 'question' | 'no-demand' | 'not-near' | 'no-speech' | 'process';

export function leftOut(set: RuleSet, question: QuestionId, id: string, words: string, reason: LeftOutReason): string {
  const label = set.questions.find((q) => q.id === question)?.answers.find((a) => a.id === id)?.label ?? id;
  const quoted = quoteWords(words);
  if (reason === 'negated') return `We did not count ${quoted} (${label}): your description says it did not happen.`;
  if (reason === 'question') return fill(set.reading?.wording['left-out-question'] ?? 'We did not count {words} ({label}): it reads as a question.', { words: quoted, label });
  if (reason === 'no-demand') return fill(set.reading?.wording['left-out-no-demand'] ?? 'We did not count {words} ({label}): nothing near it says the caller wanted you to do something.', { words: quoted, label });
  if (reason === 'process') return fill(set.reading?.wording['left-out-process'] ?? 'We did not count {words} ({label}): it reads as an organisation saying how it works.', { words: quoted, label });
  if (reason === 'no-speech') return fill(set.reading?.wording['left-out-no-speech'] ?? 'We did not count {words} ({label}): nothing near it says the caller told you so.', { words: quoted, label });
  if (reason === 'not-near') return fill(set.reading?.wording['left-out-not-near'] ?? 'We did not count {words} ({label}): it reads as someone you mentioned, not the caller.', { words: quoted, label });
  if (reason === 'genuine') return fill(set.reading?.wording['left-out-genuine'] ?? 'We did not count {words} ({label}): your description says the call was genuine.', { words: quoted, label });
  if (reason === 'refused') return `We did not count ${quoted} as done (${label}): your description says it was not.`;
  return `We did not count ${quoted} as done (${label}): it reads as an "if".`;
}

/** A note about reading cues ("we read … as the bank telling you how it works"), from rules/reading.yaml. */
export function cueNote(set: RuleSet, key: string, words: string): string | undefined {
  const template = set.reading?.wording[key];
  return template === undefined ? undefined : fill(template, { words: quoteWords(words) });
}
