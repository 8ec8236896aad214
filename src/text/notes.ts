// What the reader says in plain words about what it could not tell, and about
// phrases it left out and why. Every sentence comes from rules/reading.yaml
// (section `reading: wording:`, which packs may reword); every key used is
// listed here, so a missing one is found when the reader is made, not halfway
// through reading someone's description.

import { fill } from '../util/fill.js';
import { RuleSetError } from '../util/errors.js';
import { terminalSafe } from '../util/output/sanitize.js';
import type { QuestionId, RuleSet } from '../rules/types.js';

export const NOTE_KEYS = [
  'could-not-tell-claimed', 'could-not-tell-asked', 'could-not-tell-signs', 'could-not-tell-happened',
  'suggest-questions', 'suggest-flags', 'list-or',
  'left-out-negated', 'left-out-refused', 'left-out-supposed', 'left-out-question', 'left-out-no-demand',
  'left-out-process', 'left-out-no-speech', 'left-out-not-near', 'left-out-genuine', 'left-out-own-attempt',
  'left-out-own-check', 'left-out-own-reaction', 'left-out-care', 'left-out-before-call', 'left-out-reported', 'left-out-own-call', 'left-out-service', 'left-out-about-payment',
  'outcome-genuine', 'outcome-believed', 'outcome-both', 'process',
  'role-caller-claimed', 'role-caller-asked', 'role-on-the-call', 'role-happened', 'role-did-as-asked',
] as const;

export type NoteKey = (typeof NOTE_KEYS)[number];

/** How to tell the person to add what could not be read. */
export type Suggest = 'flags' | 'questions' | 'none';

export type LeftOutReason = 'negated' | 'refused' | 'supposed' | 'genuine' | 'question' | 'no-demand' | 'not-near' | 'no-speech' | 'process' | 'own-attempt' | 'own-check' | 'own-reaction' | 'care' | 'before-call' | 'reported' | 'own-call' | 'service' | 'about-payment';

export interface NoteWording {
  /** A wording key filled in: {words} is quoted safely. */
  text(key: NoteKey, vars?: Record<string, string>): string;
  couldNotTell(question: QuestionId): string;
  suggestion(missing: readonly QuestionId[], suggest: Suggest): string | undefined;
  leftOut(question: QuestionId, id: string, words: string, reason: LeftOutReason, note?: NoteKey): string;
  /** A note about a reading cue ("we read … as the bank telling you how it works"). */
  cueNote(key: NoteKey, words: string): string;
}

const READING_FILE = 'rules/reading.yaml';

/** Words from the description quoted in a note: one line, harmless on a terminal, not too long. */
function quoteWords(words: string, max = 80): string {
  const one = terminalSafe(words.split('\n').join(' '));
  return `"${one.length > max ? `${one.slice(0, max)}…` : one}"`;
}

/** The reader's wording from a rule set, refused whole (like any rule-set error) when a key is missing. */
export function noteWording(set: RuleSet): NoteWording {
  const wording = set.reading?.wording ?? {};
  const missing = NOTE_KEYS.filter((k) => typeof wording[k] !== 'string' || wording[k].trim() === '');
  if (missing.length > 0) {
    throw new RuleSetError(missing.map((k) => ({ severity: 'error' as const, file: READING_FILE, line: 0, col: 0, message: `reading wording "${k}" is missing` })));
  }
  // A pack's needs-near rule may name a note of its own: rules validate checks it is a wording key.
  const text = (key: NoteKey, vars: Record<string, string> = {}): string => fill(wording[key] ?? wording['left-out-not-near']!, vars);
  const labelOf = (question: QuestionId, id: string): string => set.questions.find((q) => q.id === question)?.answers.find((a) => a.id === id)?.label ?? id;
  return {
    text,
    couldNotTell: (question) => text(`could-not-tell-${question}`),
    suggestion(missing, suggest) {
      if (missing.length === 0 || suggest === 'none') return undefined;
      if (suggest === 'questions') return text('suggest-questions');
      const flags = missing.map((q) => `--${q}`);
      const list = flags.length === 1 ? flags[0]! : `${flags.slice(0, -1).join(', ')} ${text('list-or')} ${flags[flags.length - 1]!}`;
      return text('suggest-flags', { flags: list });
    },
    leftOut: (question, id, words, reason, note) => text(note ?? `left-out-${reason}`, { words: quoteWords(words), label: labelOf(question, id) }),
    cueNote: (key, words) => text(key, { words: quoteWords(words) }),
  };
}
