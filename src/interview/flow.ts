// One call, start to verdict: urgent things first, then (optionally) the call
// in the person's own words, the four questions, and the review. Pressing
// Enter alone at every prompt reaches a verdict without inventing a warning sign.

import { checkAnswerIds, emptyAnswers, mergeAnswers } from '../engine/answers.js';
import { check, type CheckResult, type TextEvidence } from '../engine/check.js';
import type { CompiledRuleSet } from '../engine/compile.js';
import type { Style } from '../util/output/colour.js';
import { QUESTION_IDS, type Answers, type Region, type RuleSet } from '../rules/types.js';
import type { DescriptionReader } from '../text/read.js';
import type { Prompter } from './prompter.js';
import { askQuestion, defaultAnswer, question } from './questions.js';
import { askReview } from './review.js';
import { immediateView, renderImmediate, renderVerdictScreen } from './verdict.js';
import type { Wording } from './wording.js';

export interface InterviewContext {
  rs: CompiledRuleSet;
  region: Region;
  prompter: Prompter;
  t: Wording;
  style: Style;
  /** Reads answers out of a description; created once per session. */
  readDescription: DescriptionReader;
}

export interface CheckedCall {
  result: CheckResult;
  /** The person's own words, kept only in memory (and in a handout if one is saved). */
  description?: string;
}

/** A typed description longer than this is refused with a message, not cut (the one limit, in text/limits.ts). */

type UrgentChoice = 'no' | 'on-call' | 'courier' | 'both';
/** The urgent opening's answers, as the answer groups of rules/answer-groups.yaml that they stand for. */
const URGENT_GROUPS: Record<UrgentChoice, string[]> = {
  no: [],
  'on-call': ['urgent-on-call'],
  courier: ['urgent-courier'],
  both: ['urgent-on-call', 'urgent-courier'],
};

/** The `happened` answer ids an urgent choice stands for, from the rule set's answer groups. */
export function urgentHappened(set: RuleSet, choice: UrgentChoice): string[] {
  return [...new Set(URGENT_GROUPS[choice].flatMap((g) => set.answerGroups[g]?.happened ?? []))];
}

/** Still on the call, or someone coming? If so, the immediate actions come before anything else. Returns `happened` ids. */
export async function askUrgent(ctx: InterviewContext): Promise<string[]> {
  const { prompter, t } = ctx;
  const choice = await prompter.select<UrgentChoice>({
    message: t('urgent-question'),
    hint: t('urgent-hint'),
    choices: [
      { value: 'no', label: t('urgent-no'), hint: t('urgent-no-hint') },
      { value: 'on-call', label: t('urgent-on-call'), hint: t('urgent-on-call-hint') },
      { value: 'courier', label: t('urgent-courier'), hint: t('urgent-courier-hint') },
      { value: 'both', label: t('urgent-both'), hint: t('urgent-both-hint') },
    ],
    default: 'no',
  });
  // Only ids this rule set knows (a pack cannot remove them, but be exact).
  const happened = urgentHappened(ctx.rs.set, choice).filter((id) => ctx.rs.bitIndex.happened.has(id));
  const view = immediateView(ctx.rs, ctx.region, happened);
  if (view) {
    prompter.write(renderImmediate(view, t, ctx.style));
    await prompter.pause(t('press-enter'));
  }
  return happened;
}

/** Is the person helping someone else? Then the session becomes a help-desk session. */
export async function askHelping(ctx: InterviewContext): Promise<boolean> {
  const { t } = ctx;
  const who = await ctx.prompter.select<'self' | 'other'>({
    message: t('helping-question'),
    hint: t('helping-hint'),
    choices: [
      { value: 'self', label: t('helping-self'), hint: t('helping-self-hint') },
      { value: 'other', label: t('helping-other'), hint: t('helping-other-hint') },
    ],
    default: 'self',
  });
  return who === 'other';
}

interface Reading {
  answers: Answers;
  evidence: TextEvidence[];
}

/** Ask for the call in the person's own words (Enter skips). What is read pre-ticks answers for them to confirm. */
async function askDescription(ctx: InterviewContext, current: string | undefined): Promise<{ text?: string; reading: Reading }> {
  const { prompter, t } = ctx;
  const max = ctx.rs.set.limits.description;
  const text = (
    await prompter.input({
      message: t('describe-question'),
      hint: t('describe-hint'),
      ...(current ? { default: current, editable: true } : {}),
      validate: (v) => (v.length > max ? t('describe-too-long', { max: max.toLocaleString('en-GB') }) : undefined),
    })
  ).trim();
  if (text === '') return { reading: { answers: emptyAnswers(), evidence: [] } };
  const read = ctx.readDescription(text);
  // A reader's id this rule set does not know is dropped, never shown.
  const { answers } = checkAnswerIds(ctx.rs, read.answers);
  const evidence = read.evidence.filter((e) => answers[e.question].includes(e.id));
  const found = QUESTION_IDS.some((q) => answers[q].length > 0);
  // The reader's notes say what it could not tell; when it could tell nothing, one line says it all.
  prompter.write(`${(found ? [t('describe-read'), ...read.notes] : [t('describe-nothing-read')]).join('\n')}\n`);
  return { text, reading: { answers, evidence } };
}

/**
 * Pre-ticks from a reading: added to what is there, never taking anything away
 * (a one-choice question with more than one is then asked as ticks). The
 * answer Enter alone gives ("not sure", "nothing") goes once something else is there.
 */
function preTick(ctx: InterviewContext, answers: Answers, reading: Reading): Answers {
  const merged = mergeAnswers(ctx.rs, answers, reading.answers);
  for (const q of QUESTION_IDS) {
    const fallback = defaultAnswer(question(ctx.rs, q));
    if (merged[q].length > 1 && fallback !== undefined) merged[q] = merged[q].filter((id) => id !== fallback);
  }
  return merged;
}

/** The questions, the review, and the check. `urgentHappened` comes from the opening and is pre-ticked. */
export async function interviewCall(ctx: InterviewContext, urgentHappened: readonly string[]): Promise<CheckedCall> {
  const { rs, prompter, t } = ctx;
  let answers: Answers = { ...emptyAnswers(), happened: [...urgentHappened] };
  let evidence: TextEvidence[] = [];

  let { text: description, reading } = await askDescription(ctx, undefined);
  answers = preTick(ctx, answers, reading);
  evidence = reading.evidence;
  for (const [i, q] of QUESTION_IDS.entries()) {
    answers[q] = await askQuestion(prompter, t, question(rs, q), answers[q], { number: i + 1, total: QUESTION_IDS.length });
  }

  for (;;) {
    const choice = await askReview(prompter, rs.set, answers, description, t);
    if (choice === 'ok') break;
    if (choice === 'description') {
      ({ text: description, reading } = await askDescription(ctx, description));
      answers = preTick(ctx, answers, reading);
      evidence = reading.evidence;
      continue;
    }
    answers[choice] = await askQuestion(prompter, t, question(rs, choice), answers[choice]);
  }

  // Words are shown only for answers the person kept.
  const fromText = evidence.filter((e) => answers[e.question].includes(e.id));
  const result = check(rs, answers, { region: ctx.region, fromText });
  await prompter.page(renderVerdictScreen(rs, result, ctx.style));
  return { result, ...(description ? { description } : {}) };
}
