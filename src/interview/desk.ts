// A session: one call for a person on their own; for a help-desk volunteer,
// call after call with a handout to save after each verdict and a tally at the end.

import { renderHandoutHtml } from '../render/handout-html.js';
import { renderHandoutMarkdown } from '../render/handout-markdown.js';
import { askHelping, askUrgent, interviewCall, type CheckedCall, type InterviewContext } from './flow.js';
import { buildHandout } from './handout.js';
import { fileStamp, freeStem } from './files.js';
import { saveFiles } from './save.js';
import { countOf, makeTally, renderTally, tallyCsv, type CallCount } from './tally.js';

export interface SessionOptions {
  /** Help-desk mode from the start (--desk); otherwise asked after the urgent opening. */
  desk: boolean;
  /** Where files are saved when the volunteer gives no folder. */
  cwd: string;
  now: () => Date;
}

type DeskChoice = 'save' | 'another' | 'finish';

async function saveHandout(ctx: InterviewContext, opts: SessionOptions, call: CheckedCall): Promise<string[]> {
  const now = opts.now();
  const model = buildHandout({ set: ctx.rs.set, result: call.result, t: ctx.t, now, ...(call.description ? { description: call.description } : {}) });
  const stem = freeStem(opts.cwd, `scamcheck-handout-${fileStamp(now)}`, ['.html', '.md']);
  const written = await saveFiles(
    { prompter: ctx.prompter, t: ctx.t, cwd: opts.cwd },
    {
      message: ctx.t('handout-name-question'),
      hint: ctx.t('handout-name-hint', { html: `${stem}.html`, md: `${stem}.md` }),
      defaultStem: stem,
      files: [
        { ext: '.html', content: renderHandoutHtml(model) },
        { ext: '.md', content: renderHandoutMarkdown(model) },
      ],
    },
  );
  ctx.prompter.write(`${ctx.t('file-saved-handout', { html: written[0]!, md: written[1]! })}\n`);
  return written;
}

/** After a verdict: save a handout (as often as wanted), check another call, or finish. */
async function afterVerdict(ctx: InterviewContext, opts: SessionOptions, call: CheckedCall, saved: string[]): Promise<'another' | 'finish'> {
  const { t } = ctx;
  let preferred: DeskChoice = 'save';
  for (;;) {
    const choice = await ctx.prompter.select<DeskChoice>({
      message: t('desk-question'),
      choices: [
        { value: 'save', label: t('desk-save'), hint: t('desk-save-hint') },
        { value: 'another', label: t('desk-another'), hint: t('desk-another-hint') },
        { value: 'finish', label: t('desk-finish'), hint: t('desk-finish-hint') },
      ],
      default: preferred,
    });
    if (choice !== 'save') return choice;
    saved.push(...(await saveHandout(ctx, opts, call)));
    preferred = 'another';
  }
}

async function finish(ctx: InterviewContext, opts: SessionOptions, calls: readonly CallCount[], saved: string[]): Promise<void> {
  const { t, prompter } = ctx;
  const tally = makeTally(ctx.rs.set, calls);
  prompter.write(renderTally(ctx.rs.set, tally, t, ctx.style));
  if (tally.calls === 0) return;
  if (!(await prompter.confirm({ message: t('tally-save-question'), hint: t('tally-save-hint'), default: false }))) return;
  const now = opts.now();
  const stem = freeStem(opts.cwd, `scamcheck-tally-${fileStamp(now)}`, ['.csv']);
  const written = await saveFiles(
    { prompter, t, cwd: opts.cwd },
    {
      message: t('tally-name-question'),
      hint: t('tally-name-hint', { default: `${stem}.csv` }),
      defaultStem: stem,
      files: [{ ext: '.csv', content: tallyCsv(ctx.rs.set, tally, fileStamp(now).slice(0, 10)) }],
    },
  );
  saved.push(...written);
  prompter.write(`${t('file-saved-tally', { file: written[0]! })}\n`);
}

/** Runs until the person is done. `saved` collects every file written, for an honest message on Ctrl-C. */
export async function runSession(ctx: InterviewContext, opts: SessionOptions, saved: string[]): Promise<void> {
  let desk = opts.desk;
  const calls: CallCount[] = [];
  ctx.prompter.write(`${ctx.t('welcome')}\n`);
  for (let n = 1; ; n++) {
    if (n > 1) ctx.prompter.clearScreen();
    if (desk) ctx.prompter.write(`\n${ctx.style.heading(ctx.t('call-heading', { number: n }))}\n`);
    const urgent = await askUrgent(ctx);
    if (n === 1 && !opts.desk) desk = await askHelping(ctx);
    const call = await interviewCall(ctx, urgent);
    calls.push(countOf(call.result));
    if (!desk) break;
    if ((await afterVerdict(ctx, opts, call, saved)) === 'finish') {
      await finish(ctx, opts, calls, saved);
      break;
    }
  }
  ctx.prompter.write(`\n${ctx.t('goodbye')}\n`);
}
