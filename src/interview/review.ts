// The review: every answer on one screen, and a way back to any question
// before the verdict is shown.

import { terminalSafe } from '../util/output/sanitize.js';
import { answerLabel } from '../render/view.js';
import { QUESTION_IDS, type Answers, type QuestionDef, type QuestionId, type RuleSet } from '../rules/types.js';
import type { Prompter } from './prompter.js';
import type { Wording } from './wording.js';

export type ReviewChoice = 'ok' | 'description' | QuestionId;

/** Long descriptions are cut on the review screen; the whole text is kept. */
const DESCRIPTION_SHOWN = 200;

function questionsInOrder(set: RuleSet): QuestionDef[] {
  return QUESTION_IDS.flatMap((id) => set.questions.filter((q) => q.id === id));
}

export function renderReview(set: RuleSet, answers: Answers, description: string | undefined, t: Wording): string {
  const out = ['', t('review-heading')];
  for (const q of questionsInOrder(set)) {
    const labels = answers[q.id].map((id) => answerLabel(set, q.id, id));
    out.push(`  ${q.heading}: ${labels.length > 0 ? labels.join(', ') : t('nothing-ticked')}`);
  }
  if (description) {
    const oneLine = terminalSafe(description.replace(/\s+/g, ' ').trim());
    out.push(`  ${t('review-description')}: "${oneLine.length > DESCRIPTION_SHOWN ? `${oneLine.slice(0, DESCRIPTION_SHOWN)}…` : oneLine}"`);
  }
  return out.join('\n') + '\n';
}

export async function askReview(prompter: Prompter, set: RuleSet, answers: Answers, description: string | undefined, t: Wording): Promise<ReviewChoice> {
  prompter.write(renderReview(set, answers, description, t));
  const changes = questionsInOrder(set).map((q) => ({ value: q.id, label: t('review-change', { heading: q.heading }), hint: t('review-change-hint') }));
  return prompter.select<ReviewChoice>({
    message: t('review-question'),
    hint: t('review-hint'),
    choices: [
      { value: 'ok', label: t('review-ok'), hint: t('review-ok-hint') },
      ...changes,
      { value: 'description', label: t('review-change-description'), hint: t('review-change-description-hint') },
    ],
    default: 'ok',
  });
}
