// The handout for one call: worded from the rule set and interview.yaml, laid
// out by the HTML and Markdown renderers. Where money, cards or details have
// already gone, it carries the facts Report Fraud and the bank will ask for,
// filled in from the answers where known, with blanks to write in by hand.

import type { CheckResult } from '../engine/check.js';
import type { HandoutModel, HandoutRow } from '../render/handout-html.js';
import { answerLabel, buildView, type ResultView } from '../render/view.js';
import { QUESTION_IDS, type QuestionId, type RuleSet } from '../rules/types.js';
import type { Wording } from './wording.js';

/** The answers of a named group in rules/answer-groups.yaml ("loss", "payment-asks"). */
export function groupAnswers(set: RuleSet, group: string, question: QuestionId): readonly string[] {
  return set.answerGroups[group]?.[question] ?? [];
}

// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** A person's own words, kept as typed but without control characters or direction overrides. */
export function cleanDescription(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(UNPRINTABLE, '').trim();
}

export function madeOnDate(now: Date): string {
  const date = now.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const time = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
  return `${date}, ${time}`;
}

/** Money, cards or details have gone (the rule set's "loss" group): the report section is added. */
export function needsReportSection(set: RuleSet, result: CheckResult): boolean {
  return QUESTION_IDS.some((q) => result.answers[q].some((id) => groupAnswers(set, 'loss', q).includes(id)));
}

function labels(set: RuleSet, q: QuestionId, ids: readonly string[]): string | undefined {
  return ids.length > 0 ? ids.map((id) => answerLabel(set, q, id)).join(', ') : undefined;
}

function reportRows(set: RuleSet, result: CheckResult, t: Wording): HandoutRow[] {
  const a = result.answers;
  const known = (label: string, value: string | undefined): HandoutRow => (value === undefined ? { label, blank: true } : { label, value });
  const payment = a.asked.filter((id) => groupAnswers(set, 'payment-asks', 'asked').includes(id));
  return [
    { label: t('report-when'), blank: true },
    { label: t('report-number'), blank: true },
    known(t('report-claimed'), labels(set, 'claimed', a.claimed)),
    { label: t('report-caller-name'), blank: true },
    known(t('report-asked'), labels(set, 'asked', a.asked)),
    known(t('report-happened'), labels(set, 'happened', a.happened)),
    { label: t('report-amount'), blank: true },
    {
      label: t('report-how-paid'),
      ...(payment.length > 0 ? { value: t('report-asked-for-payment', { asked: labels(set, 'asked', payment)! }) } : {}),
      blank: true,
    },
    { label: t('report-accounts'), blank: true },
    { label: t('report-payee'), blank: true },
    { label: t('report-reference'), blank: true },
  ];
}

/** A printed page has room for the two reasons that matter most (the strongest rules come first). */
const HANDOUT_REASONS = 2;

export interface HandoutInput {
  set: RuleSet;
  result: CheckResult;
  t: Wording;
  now: Date;
  description?: string;
}

/**
 * The handout: the same worded view as every output (every step, with its
 * phone numbers), the reasons that matter most, and the sources in short form,
 * plus what a printed page needs: a title, the date, the caller's own words and,
 * where something has gone, the facts to tell Report Fraud and the bank.
 */
export function buildHandout({ set, result, t, now, description }: HandoutInput): HandoutModel {
  const ownWords = description ? cleanDescription(description) : '';
  const full = buildView(set, result, { full: true, shortSources: true, confirmed: true, contactNotes: false });
  const report = needsReportSection(set, result);
  // The report section repeats what you told us, with blanks beside it: said once.
  const { nearMiss: _forewarning, told, ...rest } = full;
  const view: ResultView = {
    ...rest,
    ...(told && !report ? { told } : {}),
    why: { heading: full.why.heading, items: full.why.items.slice(0, HANDOUT_REASONS).map((r) => ({ text: r.text })) },
  };
  return {
    view,
    parts: {
      title: t('handout-title'),
      madeOn: t('handout-made', { date: madeOnDate(now) }),
      verdictHeading: t('handout-verdict'),
      ...(ownWords ? { ownWords: { heading: t('handout-own-words'), text: ownWords } } : {}),
      ...(report
        ? { report: { heading: t('handout-report-heading'), intro: t('handout-report-intro'), rows: reportRows(set, result, t) } }
        : {}),
    },
  };
}
