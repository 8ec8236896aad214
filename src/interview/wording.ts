// The interview's own wording, from rules/interview.yaml (and packs). The code
// names keys only; every key used is listed here, so a missing one is found
// when the interview starts, not halfway through a frightened person's call.

import type { RuleSet } from '../rules/types.js';
import { fill } from '../util/fill.js';
import { RuleSetError } from '../util/errors.js';

export const WORDING_KEYS = [
  'welcome', 'urgent-question', 'urgent-hint', 'urgent-no', 'urgent-no-hint', 'urgent-on-call', 'urgent-on-call-hint',
  'urgent-courier', 'urgent-courier-hint', 'urgent-both', 'urgent-both-hint', 'act-now-heading', 'act-now-after', 'press-enter', 'press-enter-more',
  'helping-question', 'helping-hint', 'helping-self', 'helping-self-hint', 'helping-other', 'helping-other-hint',
  'describe-question', 'describe-hint', 'describe-too-long', 'describe-read', 'describe-nothing-read',
  'question-count', 'keys-select', 'keys-checkbox', 'nothing-ticked',
  'plain-select-help', 'plain-checkbox-help', 'plain-keep-ticked', 'plain-untick-all', 'plain-ticked',
  'plain-invalid-number', 'plain-invalid-numbers', 'plain-list-again', 'plain-confirm-help', 'plain-yes', 'plain-no',
  'plain-invalid-yes-no', 'plain-input-help', 'plain-input-skip', 'plain-too-long',
  'review-heading', 'review-description', 'review-question', 'review-hint', 'review-ok', 'review-ok-hint',
  'review-change', 'review-change-hint', 'review-change-description', 'review-change-description-hint',
  'call-heading', 'desk-question', 'desk-save', 'desk-save-hint', 'desk-another', 'desk-another-hint', 'desk-finish', 'desk-finish-hint',
  'handout-name-question', 'handout-name-hint', 'file-exists', 'file-saved-handout', 'file-failed', 'file-try-again',
  'file-bad-name', 'file-no-folder', 'file-not-allowed',
  'handout-title', 'handout-made', 'handout-verdict',
  'handout-own-words', 'handout-report-heading', 'handout-report-intro',
  'report-claimed', 'report-asked', 'report-happened', 'report-when', 'report-number', 'report-caller-name', 'report-amount',
  'report-how-paid', 'report-accounts', 'report-payee', 'report-reference', 'report-asked-for-payment',
  'tally-heading', 'tally-verdicts', 'tally-urgent', 'tally-rules', 'tally-none', 'tally-save-question', 'tally-save-hint',
  'tally-name-question', 'tally-name-hint', 'file-saved-tally',
  'goodbye', 'cancelled', 'cancelled-kept',
] as const;

export type WordingKey = (typeof WORDING_KEYS)[number];

/** Look up a key and fill in its {placeholders}. */
export type Wording = (key: WordingKey, vars?: Record<string, string | number>) => string;

const INTERVIEW_FILE = 'rules/interview.yaml';

/** The wording of a rule set, refused whole (like any rule-set error) when a key is missing. */
export function makeWording(set: RuleSet): Wording {
  const text = set.interview;
  const missing = WORDING_KEYS.filter((k) => typeof text[k] !== 'string' || text[k].trim() === '');
  if (missing.length > 0) {
    throw new RuleSetError(
      missing.map((k) => ({ severity: 'error' as const, file: INTERVIEW_FILE, line: 0, col: 0, message: `interview text "${k}" is missing` })),
    );
  }
  return (key, vars) => fill(text[key]!, vars);
}

