// What every renderer shows, worked out once: labels for answer ids and the
// lines of the "what we used" section. Renderers only lay it out.

import type { CheckResult, NextStep } from '../engine/check.js';
import { QUESTION_IDS, type QuestionId, type RuleSet } from '../rules/types.js';

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

export function contactLine(c: { name: string; phone: string; web?: string; email?: string; note?: string }): string {
  const also = [c.web, c.email].filter(Boolean).join(', ');
  return `${c.name}: ${c.phone}` + (also ? ` (${also})` : '') + (c.note ? ` — ${c.note}` : '');
}

/** Extra notes a mode may add under the answers (for example what free text could not tell). */
export interface RenderExtras {
  notes?: string[];
}

/** "If they call again" lines: the answers that alone would raise the verdict, grouped by question. */
export function nearMissLines(set: RuleSet, result: CheckResult): { label: string; lines: AnswerLine[] } | undefined {
  const miss = result.nearMiss;
  if (!miss || miss.answers.length === 0) return undefined;
  const label = set.verdicts.find((v) => v.id === miss.verdict)?.label ?? miss.verdict;
  const lines = linesByQuestion(set, (q) => miss.answers.filter((a) => a.question === q).map((a) => a.id));
  return { label, lines };
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
export function stepSections(set: RuleSet, steps: readonly NextStep[]): StepSection[] {
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
    sections.push({ ...(heading ? { heading } : {}), number: i + 1, steps: [step] });
  });
  return sections;
}
