// `scamcheck batch <file>`: check every call report in a CSV or JSON Lines file
// (or standard input) and write one result per report, in order. See run.ts
// for the loop, input/ for the readers, output/ for writers and the file sink.

import { compileRuleSet } from '../engine/compile.js';
import { disabledNotice } from '../render/disabled-notice.js';
import { loadCheckedRuleSet } from '../text/load-checked.js';
import { VERDICTS, type Region, type Verdict } from '../rules/types.js';
import { InputError } from '../util/errors.js';
import type { Outcome } from '../util/outcome.js';
import { terminalSafe } from '../util/output/sanitize.js';
import { Evaluator } from './evaluate.js';
import { JsonlReader } from './input/jsonl.js';
import { describeFsError, inputLabel, openInput, type InputFormat } from './input/source.js';
import { Normaliser } from './normalise.js';
import { NotesWorker } from './notes-worker.js';
import { OutputBuffer } from './output/buffer.js';
import { AtomicFileSink, checkOutPath, OutputClosed, StreamSink, type OutputSink } from './output/sink.js';
import { createWriter, type OutputFormat } from './output/writers.js';
import type { InputReader } from './record.js';
import { Processor, pump, StrictStop } from './run.js';
import { formatSummary, Progress, Tally, wantsProgress } from './summary.js';

export interface BatchOptions {
  rules?: string[];
  region: Region;
  failOn?: Verdict;
  color?: boolean;
  inputFormat?: InputFormat;
  outputFormat?: OutputFormat;
  out?: string;
  strict?: boolean;
  quiet?: boolean;
  explain?: boolean;
}

export interface BatchIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

/** Runs a batch; returns how it ended. Throws UsageError, InputError or RuleSetError for the caller to map. */
export async function runBatch(file: string, opts: BatchOptions, io: BatchIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<Outcome> {
  if (opts.out !== undefined) checkOutPath(opts.out, file);
  const set = await loadCheckedRuleSet({ packs: opts.rules ?? [] });
  const rs = compileRuleSet(set);
  const input = await openInput(file, opts.inputFormat, io.stdin);

  let sink: OutputSink;
  try {
    sink = opts.out !== undefined ? createFileSink(opts.out, (s) => io.stderr.write(s)) : new StreamSink(io.stdout);
  } catch (err) {
    await input.close();
    throw err;
  }

  const tally = new Tally();
  const out = new OutputBuffer(sink);
  const evaluator = new Evaluator(rs, opts.region);
  const writer = createWriter(opts.outputFormat ?? 'jsonl', evaluator, Boolean(opts.explain));
  const { createAnswerReader, createReader } = await import('../text/read.js');
  let notesReader: ReturnType<typeof createReader> | undefined;
  const processor = new Processor({
    rs,
    normaliser: new Normaliser(rs, (name) => tally.ignoredName(name)),
    evaluator,
    writer,
    out,
    tally,
    // Notes for people ("we could not tell…") are not part of batch output: ask for none.
    readNotes: () => (notesReader ??= createReader(set, { suggest: 'none' })),
    // Without --explain only the answers are wanted: read just those.
    readAnswers: () => createAnswerReader(set),
    // SCAMCHECK_BATCH_THREADS: 0 never reads notes in a worker thread; 1 always does; unset, when notes are many.
    ...(io.env['SCAMCHECK_BATCH_THREADS'] === '0' ? {} : { startWorker: () => NotesWorker.start(set, Boolean(opts.explain)) }),
    workerAlways: io.env['SCAMCHECK_BATCH_THREADS'] === '1',
    strict: Boolean(opts.strict),
    explain: Boolean(opts.explain),
    failOnRank: opts.failOn ? VERDICTS.indexOf(opts.failOn) : Infinity,
  });
  let reader: InputReader;
  let csvReader: { delimiter: string } | undefined;
  if (input.format === 'csv') {
    const { CsvReader } = await import('./input/csv.js');
    reader = csvReader = new CsvReader(processor, input.name);
  } else {
    reader = new JsonlReader(processor, input.name);
  }

  const progress = !opts.quiet && wantsProgress(io.stderr, io.env) ? new Progress(tally, io.stderr) : undefined;
  writer.start(out);
  progress?.start();
  try {
    await pump(input.chunks, reader, processor);
    await sink.finish();
  } catch (err) {
    progress?.stop();
    if (err instanceof StrictStop) {
      // Results before the bad record stand on stdout; a file is not left half-written.
      if (opts.out === undefined) await out.settle();
      sink.abort();
      throw new InputError(
        `${inputLabel(input.name)} line ${err.line}: ${terminalSafe(err.problem)}` +
          `\n--strict stops at the first bad record${opts.out !== undefined ? `; ${terminalSafe(opts.out)} was not written` : ''}.`,
      );
    }
    sink.abort();
    // Standard output was closed early (`| head`): what was wanted was written; stop quietly.
    if (err instanceof OutputClosed) return 'ok';
    throw err;
  } finally {
    progress?.stop();
    await processor.close();
    await input.close();
  }

  if (io.env['SCAMCHECK_DEBUG'] && processor.usedWorker) io.stderr.write('scamcheck batch: notes were read in a worker thread\n');
  if (!opts.quiet) {
    const disabled = disabledNotice(set);
    io.stderr.write(
      formatSummary(tally, {
        inputName: input.name,
        inputFormat: input.format === 'csv' ? 'CSV' : 'JSON Lines',
        formatReason: input.formatReason,
        ignoredWhat: input.format === 'csv' ? 'columns' : 'fields',
        ...(opts.failOn ? { failOn: opts.failOn } : {}),
        ...(opts.out !== undefined ? { outPath: opts.out } : {}),
        ...(csvReader ? { delimiter: csvReader.delimiter } : {}),
        ...(disabled ? { disabled } : {}),
      }),
    );
  }
  // Bad records outrank --fail-on: the results are incomplete, and that must not pass for a clean run.
  if (tally.bad > 0) return 'bad-records';
  if (tally.reachedFailOn > 0) return 'reached-fail-on';
  return 'ok';
}

function createFileSink(out: string, report: (s: string) => void): AtomicFileSink {
  try {
    return new AtomicFileSink(out, report);
  } catch (err) {
    // The folder exists but cannot be written to: an output error (exit 4), as the README says.
    throw new InputError(`--out ${terminalSafe(out)}: cannot create a file in that folder: ${describeFsError(err)}`);
  }
}
