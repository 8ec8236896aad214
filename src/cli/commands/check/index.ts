// One call checked from flags (or, with no answer flags on a terminal, the interview).

import { checkAnswerIds, mergeAnswers, splitIds } from '../../../engine/answers.js';
import { check, type CheckResult } from '../../../engine/check.js';
import { compileRuleSet, type CompiledRuleSet } from '../../../engine/compile.js';
import { colourLevel, makeStyle } from '../../../util/output/colour.js';
import { renderJson } from '../../../render/json.js';
import { jsonSafe, quoteInput } from '../../../util/output/sanitize.js';
import { loadCheckedRuleSet } from '../../../text/load-checked.js';
import { QUESTION_IDS, VERDICTS, type Answers, type QuestionId, type RuleSet } from '../../../rules/types.js';
import { InputError, UsageError } from '../../../util/errors.js';
import { writeOut } from '../../../util/write-out.js';
import { EXIT, exitCodeOf } from '../../exit-codes.js';
import type { CommonOptions, Format } from '../../options.js';

export interface CheckCommandOptions extends CommonOptions {
  claimed?: string[];
  asked?: string[];
  signs?: string[];
  happened?: string[];
  describe?: string;
  desk?: boolean;
  plain?: boolean;
  full?: boolean;
}

export const NO_TERMINAL_HELP = `no answers were given, and there is no terminal to ask questions on.
Pass the answers as flags, for example:
  scamcheck --claimed police --asked hand-over-cash
  scamcheck --describe "They said they were from my bank and asked for my PIN"
or check many calls with:  scamcheck batch calls.csv
Run "scamcheck --help" for every flag, and "scamcheck rules answers" for the answer ids.`;

export function resolveFormat(opts: CommonOptions): Format {
  if (opts.json && opts.format && opts.format !== 'json') {
    throw new UsageError(`--json and --format ${opts.format} disagree: give one of them`);
  }
  return opts.json ? 'json' : (opts.format ?? 'text');
}

/** Answer flags → answers, refusing empty values and unknown ids (every one named). */
export function answersFromFlags(rs: CompiledRuleSet, opts: Partial<Record<QuestionId, string | string[]>>): Answers {
  const given: Partial<Record<QuestionId, string[]>> = {};
  const problems: string[] = [];
  for (const q of QUESTION_IDS) {
    const raw = opts[q];
    if (raw === undefined) continue;
    const ids = splitIds(Array.isArray(raw) ? raw.join(',') : raw);
    if (ids.length === 0) {
      problems.push(`--${q} is empty. Give one or more of: ${rs.answerIds[q].join(', ')}`);
      continue;
    }
    given[q] = ids;
  }
  const { answers, problems: unknown } = checkAnswerIds(rs, given);
  for (const p of unknown) problems.push(`--${p.question}: ${p.message.replace(/^"[^"]*"/, quoteInput(p.value))}`);
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return answers;
}

export async function readDescriptionInto(
  set: RuleSet,
  rs: CompiledRuleSet,
  text: string,
  given: Partial<Answers> = {},
): Promise<{ answers: Answers; fromText: CheckResult['answers']['fromText']; notes: string[] }> {
  if (text.trim() === '') throw new UsageError('--describe is empty: describe the call in a few words, in quotes');
  const max = set.limits.description;
  if (text.length > max) throw new UsageError(`--describe is too long (${text.length.toLocaleString('en-GB')} characters; the limit is ${max.toLocaleString('en-GB')})`);
  const { createReader } = await import('../../../text/read.js');
  // Questions already answered by flags get no "could not tell" note.
  const reading = createReader(set)(text, { given });
  const { answers } = checkAnswerIds(rs, reading.answers);
  return { answers, fromText: reading.evidence, notes: reading.notes };
}

/**
 * `--describe -`: the description from standard input, for text too long for a
 * command line or kept in a file. Its encoding is told as batch tells it
 * (decodeInput: UTF-8, or UTF-16, which comes back as UTF-8; UTF-32 refused).
 * Reading stops once it is past the limit, so a huge input is refused without
 * being held in memory.
 */
async function readDescriptionFromStdin(maxChars: number): Promise<string> {
  if (process.stdin.isTTY) throw new UsageError('--describe - reads the call from standard input, but nothing was piped in. For example:\n  echo "A man said he was from my bank" | scamcheck --describe -');
  const { decodeInput } = await import('../../../batch/input/encoding.js');
  const { chunks } = await decodeInput(process.stdin as AsyncIterable<Uint8Array>, '--describe -: standard input');
  const parts: Uint8Array[] = [];
  let bytes = 0;
  // A character is at most 4 bytes of UTF-8: past this, it is over the limit whatever it holds.
  const maxBytes = maxChars * 4 + 4;
  for await (const chunk of chunks) {
    parts.push(chunk);
    bytes += chunk.length;
    if (bytes > maxBytes) break;
  }
  if (bytes > maxBytes) {
    // Standard input left unread would keep the process waiting.
    process.stdin.destroy();
    throw new UsageError(`--describe - is too long (the limit is ${maxChars.toLocaleString('en-GB')} characters)`);
  }
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(parts));
  } catch {
    text = undefined;
  }
  // A NUL is not text.
  if (text === undefined || text.includes('\0')) throw new InputError('--describe -: standard input is not UTF-8 text: save it as UTF-8 and try again');
  if (text.trim() === '') throw new UsageError('--describe - read nothing from standard input: pipe in a few words about the call');
  return text;
}

export async function runCheckCommand(raw: Record<string, unknown>): Promise<void> {
  const opts = raw as unknown as CheckCommandOptions;
  const answerFlagGiven = [...QUESTION_IDS, 'describe' as const].some((k) => opts[k] !== undefined);
  const format = resolveFormat(opts);
  if (!answerFlagGiven) {
    if (!process.stdin.isTTY || !process.stdout.isTTY) throw new UsageError(NO_TERMINAL_HELP);
    // The interview speaks to a person; output for scripts needs answers given as flags.
    if (opts.json || opts.format || opts.failOn) {
      throw new UsageError('--json, --format and --fail-on need the answers as flags (for example --claimed police); the interview prints its result on screen');
    }
    const set = await loadCheckedRuleSet({ packs: opts.rules ?? [] });
    const { runInterview } = await import('../../../interview/run.js');
    const env = process.env;
    const plain = Boolean(opts.plain) || env['TERM'] === 'dumb' || (env['ACCESSIBLE'] !== undefined && env['ACCESSIBLE'] !== '');
    process.exitCode = exitCodeOf(await runInterview({
      rs: compileRuleSet(set),
      region: opts.region,
      desk: Boolean(opts.desk),
      plain,
      colour: plain ? 0 : colourLevel({ colorFlag: opts.color, isTTY: true, env }),
    }));
    return;
  }
  if (opts.desk || opts.plain) throw new UsageError('--desk and --plain are for the interview; leave out the answer flags to start it');

  const set = await loadCheckedRuleSet({ packs: opts.rules ?? [] });
  const rs = compileRuleSet(set);
  let answers = answersFromFlags(rs, opts);
  let fromText: CheckResult['answers']['fromText'] = [];
  let notes: string[] = [];
  if (opts.describe !== undefined) {
    const text = opts.describe === '-' ? await readDescriptionFromStdin(set.limits.description) : opts.describe;
    const read = await readDescriptionInto(set, rs, text, answers);
    // Flags and text combine: text can only add answers, never remove one.
    answers = mergeAnswers(rs, answers, read.answers);
    fromText = read.fromText;
    notes = read.notes;
  }
  const result = check(rs, answers, { region: opts.region, fromText });
  writeOut(await renderResult(set, result, format, opts, notes, Boolean(opts.full)));
  if (opts.failOn && VERDICTS.indexOf(result.verdict) >= VERDICTS.indexOf(opts.failOn)) process.exitCode = EXIT.failOn;
}

export async function renderResult(set: RuleSet, result: CheckResult, format: Format, opts: CommonOptions, notes: string[] = [], full = false): Promise<string> {
  // Invisible and control characters as \uXXXX escapes: safe to print, and the data is kept.
  if (format === 'json') return jsonSafe(renderJson(set, result, { notes }));
  if (format === 'markdown') {
    const { renderMarkdown } = await import('../../../render/markdown.js');
    return renderMarkdown(set, result, { notes });
  }
  const { renderText } = await import('../../../render/text.js');
  const style = await makeStyle(colourLevel({ colorFlag: opts.color, isTTY: Boolean(process.stdout.isTTY), env: process.env }));
  // On a terminal, wrap at its width (between words, with hanging indents); a pipe gets whole lines.
  const width = process.stdout.isTTY ? process.stdout.columns : undefined;
  return renderText(set, result, style, { notes, full, ...(width ? { width } : {}) });
}
