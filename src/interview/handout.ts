// The handout for one call: worded from the rule set and interview.yaml, laid
// out by the HTML and Markdown renderers. Where money, cards or details have
// already gone, it carries the facts Report Fraud and the bank will ask for,
// filled in from the answers where known, with blanks to write in by hand.

import type { CheckResult } from '../engine/check.js';
import type { HandoutContact, HandoutModel, HandoutRow } from '../render/handout-html.js';
import { disabledNotice } from '../render/disabled-notice.js';
import { answerLabel, answerLines, stepSections } from '../render/view.js';
import type { QuestionId, RuleSet } from '../rules/types.js';
import type { Wording } from './wording.js';

/** `happened` answers that mean money, cards or details have gone: the report section is added. */
export const LOSS_ANSWERS: readonly string[] = ['gave-bank', 'paid', 'gave-personal', 'remote-access-given'];
/** `asked` answers that say how money or things were to be handed over. */
const PAYMENT_ASKS: readonly string[] = ['hand-over-cash', 'hand-over-card', 'withdraw-cash', 'buy-goods', 'gift-cards', 'transfer-money', 'pay-fee'];

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

export function needsReportSection(result: CheckResult): boolean {
  return result.answers.happened.some((id) => LOSS_ANSWERS.includes(id));
}

function labels(set: RuleSet, q: QuestionId, ids: readonly string[]): string | undefined {
  return ids.length > 0 ? ids.map((id) => answerLabel(set, q, id)).join(', ') : undefined;
}

function reportRows(set: RuleSet, result: CheckResult, t: Wording): HandoutRow[] {
  const a = result.answers;
  const known = (label: string, value: string | undefined): HandoutRow => (value === undefined ? { label, blank: true } : { label, value });
  const payment = a.asked.filter((id) => PAYMENT_ASKS.includes(id));
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

/** Every contact of the next steps, once each, in the order the steps give them. */
function contactsOf(result: CheckResult): HandoutContact[] {
  const seen = new Set<string>();
  const out: HandoutContact[] = [];
  for (const step of result.nextSteps) {
    for (const c of step.contacts) {
      const key = `${c.name}\n${c.phone}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...c });
    }
  }
  return out;
}

export interface HandoutInput {
  set: RuleSet;
  result: CheckResult;
  t: Wording;
  now: Date;
  description?: string;
}

/** The notice that a pack switched rules off, when one did. */
function changedSection(set: RuleSet): Pick<HandoutModel, 'changed'> {
  const n = disabledNotice(set);
  return n ? { changed: { heading: n.heading, intro: n.intro, items: n.rules } } : {};
}

export function buildHandout({ set, result, t, now, description }: HandoutInput): HandoutModel {
  const ownWords = description ? cleanDescription(description) : '';
  return {
    title: t('handout-title'),
    madeOn: t('handout-made', { date: madeOnDate(now) }),
    verdict: {
      heading: t('handout-verdict'),
      label: result.verdictLabel,
      summary: result.summary,
      ...(result.urgent ? { actNow: t('handout-act-now') } : {}),
    },
    steps: {
      heading: t('handout-steps'),
      sections: stepSections(set, result.nextSteps).map((s) => ({ ...(s.heading ? { heading: s.heading } : {}), number: s.number, items: s.steps.map((x) => x.text) })),
    },
    why: { heading: t('handout-why'), items: [...new Set(result.reasons.map((r) => r.explanation))] },
    ...(result.reassurance ? { reassurance: result.reassurance } : {}),
    ...changedSection(set),
    told: { heading: t('handout-told'), rows: answerLines(set, result).map((l) => ({ label: l.heading, value: l.labels.join(', ') })) },
    ...(ownWords ? { ownWords: { heading: t('handout-own-words'), text: ownWords } } : {}),
    ...(needsReportSection(result)
      ? { report: { heading: t('handout-report-heading'), intro: t('handout-report-intro'), rows: reportRows(set, result, t) } }
      : {}),
    sources: { heading: t('handout-sources'), items: result.sources },
    phones: { heading: t('handout-phones'), items: contactsOf(result) },
  };
}
