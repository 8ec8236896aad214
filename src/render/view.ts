// The one worded view of a result, built once from the check result and the
// wording in rules/ (wording.yaml, the questions' headings, the step groups).
// Text, Markdown, the printed handout and the interview's verdict screen only
// lay it out, so every output says the same thing in the same order:
// the verdict, the headline action with its phone number, the other "now"
// steps, then the rest, then why. No rule id appears here (JSON keeps them).

import type { CheckResult, Contact, NextStep } from '../engine/check.js';
import { QUESTION_IDS, type QuestionId, type RuleSet, type Verdict } from '../rules/types.js';
import { disabledNotice } from './disabled-notice.js';
import { outputWording } from './wording.js';

export interface AnswerLine {
  question: QuestionId;
  heading: string;
  labels: string[];
}

export function answerLabel(set: RuleSet, question: QuestionId, id: string): string {
  return set.questions.find((q) => q.id === question)?.answers.find((a) => a.id === id)?.label ?? id;
}

/** One line per question that has ids: its heading and the ids' labels. */
function linesByQuestion(set: RuleSet, idsOf: (q: QuestionId) => string[]): AnswerLine[] {
  return QUESTION_IDS.map((q) => ({
    question: q,
    heading: set.questions.find((x) => x.id === q)?.heading ?? q,
    labels: idsOf(q).map((id) => answerLabel(set, q, id)),
  })).filter((l) => l.labels.length > 0);
}

export function answerLines(set: RuleSet, result: CheckResult): AnswerLine[] {
  return linesByQuestion(set, (q) => result.answers[q]);
}

export function contactLine(c: { name: string; phone: string; web?: string; email?: string; note?: string }, withNote = true): string {
  const also = [c.web, c.email].filter(Boolean).join(', ');
  return `${c.name}: ${c.phone}` + (also ? ` (${also})` : '') + (withNote && c.note ? ` — ${c.note}` : '');
}

/** Extra notes a mode may add under the answers (for example what free text could not tell). */
export interface RenderExtras {
  notes?: string[];
}

/** A run of next steps under one heading; `number` is the first step's place in the whole list. */
export interface StepSection {
  heading?: string;
  number: number;
  steps: NextStep[];
}

/**
 * The next steps in their groups, numbered on through the whole list so
 * "step 6" means the same on every screen. Steps without a group (a rule set
 * with no step-groups) make one section with no heading.
 */
export function stepSections(set: RuleSet, steps: readonly NextStep[], first = 1): StepSection[] {
  const sections: StepSection[] = [];
  let group: string | undefined;
  steps.forEach((step, i) => {
    const last = sections.at(-1);
    if (last && step.group === group) {
      last.steps.push(step);
      return;
    }
    group = step.group;
    const heading = set.stepGroups.find((g) => g.id === group)?.heading;
    sections.push({ ...(heading ? { heading } : {}), number: first + i, steps: [step] });
  });
  return sections;
}

// ---------------------------------------------------------------------------

export interface StepView {
  number: number;
  text: string;
  /** Contact lines ("Police emergency number: 999"), in the order the step gives them. */
  contacts: string[];
  /** The phone numbers alone, for layouts that set them large. */
  phones: Contact[];
}

export interface SectionView {
  heading?: string;
  steps: StepView[];
}

export interface RowView {
  label: string;
  value: string;
}

export interface ResultView {
  verdict: { id: Verdict; prefix: string; label: string; summary: string };
  headline?: { lead: string; text: string; contacts: string[]; phones: Contact[] };
  /** The other steps that cannot wait (the first step group), right under the headline. */
  now?: SectionView;
  /** The rest of the steps: a few by default, all of them in their groups with `full`. */
  later: SectionView[];
  why: { heading: string; items: { text: string; title?: string }[] };
  reassurance?: string;
  /** What the person said, read from their description (flag mode), and what could not be told. */
  fromText?: { heading: string; lines: string[]; hint?: string };
  notes: string[];
  /** A rule pack turned rules off: always said, in every output. */
  /** A pack switched rules off: said, with each rule named (worded in rules/locked.yaml). */
  changed?: { heading: string; intro: string; items: string[] };
  told?: { heading: string; rows: RowView[]; nothing?: string };
  nearMiss?: { heading: string; intro: string; rows: RowView[] };
  sources?: { heading: string; items: string[] };
  /** Said when `full` was not asked for: how to see everything. */
  more?: string;
}

export interface ViewOptions {
  /** Everything: every step in its group, every reason with its title, what you told us, near misses, sources. */
  full?: boolean;
  notes?: string[];
  /** Sources as short names (kent.police.uk), for print. */
  shortSources?: boolean;
  /** Leave out what was read from a description (the interview has had every answer confirmed). */
  confirmed?: boolean;
  /** Contacts with their notes (opening hours and the like); with `full` unless set. */
  contactNotes?: boolean;
}

const sentences = (text: string): string[] => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');
const sameWords = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * The verdict's summary without the sentences the headline just said: the scam
 * headline "Do not do anything the caller asked." would otherwise be read twice
 * in a row. Its first sentence (what the verdict means) always stays. JSON keeps
 * the whole summary.
 */
function summaryBesideHeadline(summary: string, headline: string | undefined): string {
  if (!headline) return summary;
  const said = new Set(sentences(headline).map(sameWords));
  return sentences(summary)
    .filter((s, i) => i === 0 || !said.has(sameWords(s)))
    .join(' ');
}

/** By default: the reasons that matter most (the strongest rules come first) and a few further steps. */
export const DEFAULT_REASONS = 3;
export const DEFAULT_LATER_STEPS = 3;

/** "https://www.kent.police.uk/news/…" → "kent.police.uk"; repeats dropped. */
export function shortSources(urls: readonly string[]): string[] {
  const out: string[] = [];
  for (const u of urls) {
    let host: string;
    try {
      host = new URL(u).hostname.replace(/^www\./, '');
    } catch {
      host = u;
    }
    if (!out.includes(host)) out.push(host);
  }
  return out;
}

export function buildView(set: RuleSet, result: CheckResult, options: ViewOptions = {}): ResultView {
  const t = outputWording(set);
  const full = Boolean(options.full);
  const notes = options.contactNotes ?? full;
  const covered = new Set(result.headline?.covers ?? []);
  const steps = result.nextSteps.filter((s) => !covered.has(s.id));
  const nowGroup = set.stepGroups[0]?.id;
  const nowSteps = nowGroup === undefined ? [] : steps.filter((s) => s.group === nowGroup);
  const laterSteps = steps.filter((s) => !nowSteps.includes(s));
  const stepView = (s: NextStep, number: number): StepView => ({
    number,
    text: s.text,
    contacts: s.contacts.map((c) => contactLine(c, notes)),
    phones: s.contacts,
  });

  const now: SectionView | undefined = nowSteps.length > 0 ? { heading: t('now-heading'), steps: nowSteps.map((s, i) => stepView(s, i + 1)) } : undefined;
  const first = nowSteps.length + 1;
  const later: SectionView[] = full
    ? stepSections(set, laterSteps, first).map((sec) => ({ ...(sec.heading ? { heading: sec.heading } : {}), steps: sec.steps.map((s, i) => stepView(s, sec.number + i)) }))
    : laterSteps.length > 0
      ? [{ heading: t('next-heading'), steps: laterSteps.slice(0, DEFAULT_LATER_STEPS).map((s, i) => stepView(s, first + i)) }]
      : [];

  // Reasons strongest first; one explanation said once.
  const seen = new Set<string>();
  const reasons = result.reasons.filter((r) => !seen.has(r.explanation) && seen.add(r.explanation));
  const why = {
    heading: t('why-heading'),
    items: (full ? reasons : reasons.slice(0, DEFAULT_REASONS)).map((r) => ({ text: r.explanation, ...(full ? { title: r.title } : {}) })),
  };

  const fromText =
    !options.confirmed && result.answers.fromText.length > 0
      ? {
          heading: t('from-text-heading'),
          lines: result.answers.fromText.map((e) => t('from-text-line', { label: answerLabel(set, e.question, e.id), question: e.question, id: e.id, words: e.words.join('", "') })),
          hint: t('from-text-hint'),
        }
      : undefined;

  // Worded in rules/locked.yaml, which no pack can reword: a volunteer must be able to trust it.
  const notice = disabledNotice(set);
  const changed = notice ? { heading: notice.heading, intro: notice.intro, items: notice.rules } : undefined;

  const view: ResultView = {
    verdict: { id: result.verdict, prefix: t('verdict'), label: result.verdictLabel, summary: summaryBesideHeadline(result.summary, result.headline?.text) },
    ...(result.headline
      ? { headline: { lead: t('headline'), text: result.headline.text, contacts: result.headline.contacts.map((c) => contactLine(c, notes)), phones: result.headline.contacts } }
      : {}),
    ...(now ? { now } : {}),
    later,
    why,
    ...(result.reassurance ? { reassurance: result.reassurance } : {}),
    ...(fromText ? { fromText } : {}),
    notes: options.notes ?? [],
    ...(changed ? { changed } : {}),
  };
  if (!full) return { ...view, more: t('more') };

  const told = answerLines(set, result).map((l) => ({ label: l.heading, value: l.labels.join(', ') }));
  const miss = result.nearMiss;
  const nearMiss =
    miss && miss.answers.length > 0
      ? {
          heading: t('near-miss-heading'),
          intro: t('near-miss-intro', { label: set.verdicts.find((v) => v.id === miss.verdict)?.label ?? miss.verdict }),
          rows: linesByQuestion(set, (q) => miss.answers.filter((a) => a.question === q).map((a) => a.id)).map((l) => ({ label: l.heading, value: l.labels.join(', ') })),
        }
      : undefined;
  return {
    ...view,
    told: { heading: t('told-heading'), rows: told, ...(told.length === 0 ? { nothing: t('told-nothing') } : {}) },
    ...(nearMiss ? { nearMiss } : {}),
    sources: { heading: t('sources-heading'), items: options.shortSources ? shortSources(result.sources) : result.sources },
  };
}
