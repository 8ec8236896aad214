// Counting what a batch run did, and saying so on stderr: a summary at the
// end, and on a terminal a progress line while a long run goes on. Text from
// the input (file name, column names, error messages) is made terminal-safe.

import { quoteInput, terminalSafe } from '../util/output/sanitize.js';
import type { DisabledNotice } from '../render/disabled-notice.js';
import { VERDICTS } from '../rules/types.js';
import { inputLabel } from './input/source.js';
import { suggestField } from './normalise.js';

const SHOW_LINES = 5;
const SHOW_IGNORED = 10;

export class Tally {
  /** Output records: checked plus bad. */
  records = 0;
  readonly byRank = VERDICTS.map(() => 0);
  urgent = 0;
  bad = 0;
  readonly badLines: number[] = [];
  firstError: { line: number; message: string } | undefined;
  blank = 0;
  readonly blankLines: number[] = [];
  readonly ignored = new Map<string, number>();
  /** Records whose verdict reached --fail-on. */
  reachedFailOn = 0;
  readonly startedAt = performance.now();

  checked(rank: number, urgent: boolean): void {
    this.records++;
    this.byRank[rank]!++;
    if (urgent) this.urgent++;
  }

  badRecord(line: number, message: string): void {
    this.records++;
    this.bad++;
    if (this.badLines.length < SHOW_LINES) this.badLines.push(line);
    this.firstError ??= { line, message };
  }

  blankLine(line: number): void {
    this.blank++;
    if (this.blankLines.length < SHOW_LINES) this.blankLines.push(line);
  }

  ignoredName(name: string): void {
    const n = this.ignored.get(name);
    if (n !== undefined) this.ignored.set(name, n + 1);
    else if (this.ignored.size < 100) this.ignored.set(name, 1);
  }

  seconds(): number {
    return (performance.now() - this.startedAt) / 1000;
  }
}

export interface SummaryContext {
  /** The input as the person named it ("-" is standard input). */
  inputName: string;
  inputFormat: string;
  /** Why that format: "from the file name", "--input-format", "guessed from the content". */
  formatReason: string;
  /** CSV columns (JSON Lines: fields) — the word used in the summary. */
  ignoredWhat: 'columns' | 'fields';
  failOn?: string;
  outPath?: string;
  delimiter?: string;
  /** The rules a pack switched off, worded as every output words them. */
  disabled?: DisabledNotice;
}

const fmt = (n: number) => n.toLocaleString('en-GB');

function lineList(lines: number[], total: number): string {
  const more = total - lines.length;
  return `line${total === 1 ? '' : 's'} ${lines.join(', ')}${more > 0 ? ` and ${fmt(more)} more` : ''}`;
}

export function formatSummary(t: Tally, ctx: SummaryContext): string {
  const secs = t.seconds();
  const rate = secs > 0 ? Math.round(t.records / secs) : t.records;
  const from = inputLabel(ctx.inputName);
  const delim = ctx.delimiter && ctx.delimiter !== ',' ? `, cells separated by ${ctx.delimiter === '\t' ? 'tabs' : `"${ctx.delimiter}"`}` : '';
  const out: string[] = [];
  const speed = secs >= 0.05 ? `, ${fmt(rate)} a second` : '';
  out.push(`scamcheck batch: ${fmt(t.records)} record${t.records === 1 ? '' : 's'} from ${from} in ${secs.toFixed(1)} s${speed}`);
  out.push(`  (read as ${ctx.inputFormat}, ${ctx.formatReason}${delim})`);
  const width = 15;
  for (let r = VERDICTS.length - 1; r >= 0; r--) out.push(`  ${VERDICTS[r]!.padEnd(width)}${fmt(t.byRank[r]!).padStart(9)}`);
  out.push(`  ${'urgent'.padEnd(width)}${fmt(t.urgent).padStart(9)}${t.urgent > 0 ? '  (something must be done now: deal with these first)' : ''}`);
  out.push(`  ${'bad records'.padEnd(width)}${fmt(t.bad).padStart(9)}${t.bad > 0 ? `  (${lineList(t.badLines, t.bad)}; each has an "error" in the output)` : ''}`);
  if (t.firstError) out.push(`    first: line ${t.firstError.line}: ${terminalSafe(clip(t.firstError.message, 240))}`);
  if (t.blank > 0) out.push(`  ${'blank lines'.padEnd(width)}${fmt(t.blank).padStart(9)}  (skipped: ${lineList(t.blankLines, t.blank)})`);
  if (t.ignored.size > 0) {
    const names = [...t.ignored.keys()];
    const shown = names.slice(0, SHOW_IGNORED).map((n) => {
      const guess = suggestField(n);
      return quoteInput(n, 40) + (guess && guess !== n ? ` (did you mean "${guess}"?)` : '');
    });
    const more = names.length > SHOW_IGNORED ? ` and ${names.length - SHOW_IGNORED} more` : '';
    out.push(`  Ignored ${ctx.ignoredWhat} scamcheck does not read: ${shown.join(', ')}${more}.`);
  }
  if (ctx.disabled) {
    out.push(`  ${terminalSafe(ctx.disabled.heading)}: ${terminalSafe(ctx.disabled.intro)}`);
    for (const line of ctx.disabled.rules) out.push(`    ${terminalSafe(line)}`);
  }
  if (ctx.failOn) out.push(`  ${fmt(t.reachedFailOn)} record${t.reachedFailOn === 1 ? '' : 's'} reached --fail-on ${ctx.failOn}.`);
  if (ctx.outPath) out.push(`Results written to ${terminalSafe(ctx.outPath)}.`);
  return out.join('\n') + '\n';
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** A progress line on a terminal, redrawn at most every 250 ms, after the first second. */
export class Progress {
  private timer: ReturnType<typeof setInterval> | undefined;
  private shown = false;

  constructor(
    private readonly tally: Tally,
    private readonly stream: NodeJS.WriteStream,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.draw(), 250);
    this.timer.unref();
  }

  private draw(): void {
    const secs = this.tally.seconds();
    if (secs < 1) return;
    const rate = Math.round(this.tally.records / secs);
    this.stream.write(`\r\u001b[KChecking… ${fmt(this.tally.records)} records (${fmt(rate)} a second)`);
    this.shown = true;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.shown) this.stream.write('\r\u001b[K');
    this.shown = false;
  }
}

/** Progress only on a terminal, and not for screen readers (ACCESSIBLE, TERM=dumb), which would read every redraw. */
export function wantsProgress(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && env['TERM'] !== 'dumb' && (env['ACCESSIBLE'] === undefined || env['ACCESSIBLE'] === '');
}
