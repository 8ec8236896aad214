// `scamcheck batch <file>` — declared here, run by src/batch (imported only when the command runs).

import { Option, type Command } from 'commander';
import type { BatchOptions } from '../../../batch/index.js';
import type { Region, Verdict } from '../../../rules/types.js';
import { UsageError } from '../../../util/errors.js';
import { exitCodeOf } from '../../exit-codes.js';
import { collect, choice, parseRegion, parseVerdict, refuseSingleCheckFlags } from '../../options.js';

const BATCH_HELP = `
Input: JSON Lines (.jsonl, .ndjson, .json) or CSV with a header row (.csv, .tsv);
otherwise, and for standard input, a first line starting with "{" means JSON Lines.
Fields (CSV columns, any case): id (optional), claimed, asked, signs, happened
(answer ids as a list, or separated by commas, ";" or "|"), notes (free text).

Output: one record per input record, in order: id, line, verdict, urgent,
rules (matched rule ids), nextStep (the most important next step) — or error.
A summary goes to stderr.

Examples:
  $ scamcheck batch calls.jsonl > results.jsonl
  $ scamcheck batch calls.csv --output-format csv --out triaged.csv
  $ export-calls | scamcheck batch - --input-format csv --fail-on scam

Exit codes (batch):
  0    every record was checked
  1    a record reached --fail-on (and none was bad)
  2    usage error
  3    the rule set or a rule pack has errors
  4    the input could not be read, the output could not be written,
       or --strict met a bad record
  5    some records were bad (each has an "error" in the output; this wins over 1)
  130  cancelled (Ctrl-C; 143 for SIGTERM): --out is then not written`;

export function defineBatchCommand(program: Command): void {
  program
    .command('batch')
    .argument('<file>', 'CSV or JSON Lines file of call reports; - for standard input')
    .description('check many call reports from a CSV or JSON Lines file (- for standard input)')
    // Errors reach main.ts, which maps them to exit codes (a subcommand does not inherit this).
    .exitOverride()
    .showSuggestionAfterError(true)
    .option('--rules <dir>', 'add a rule pack on top of the built-in rules; repeatable', collect)
    .addOption(new Option('--region <region>', 'where the callers live: england, wales, scotland or northern-ireland (changes the next steps)').default('england').argParser(parseRegion))
    .addOption(new Option('--input-format <format>', 'how to read the input: jsonl or csv (default: from the file name)').argParser(choice(['jsonl', 'csv'] as const)))
    .addOption(new Option('--output-format <format>', 'how to write results: jsonl or csv').default('jsonl').argParser(choice(['jsonl', 'csv'] as const)))
    .option('--out <file>', 'write results to this file (written in full, or not at all) instead of standard output')
    .addOption(new Option('--fail-on <verdict>', 'exit 1 if any record reaches this verdict: suspicious, high-risk, scam…').argParser(parseVerdict))
    .option('--strict', 'stop at the first bad record (exit 4) instead of reporting it and going on')
    .option('--explain', 'add to each result the answers used and the words in the notes that led to each')
    .option('-q, --quiet', 'no summary or progress on stderr')
    .option('--no-color', 'no colour (batch output has none; accepted for scripts that always pass it)')
    .addHelpText('after', BATCH_HELP)
    .action(async (file: string, _local: unknown, cmd: Command) => {
      const opts = batchOptions(cmd);
      const { runBatch } = await import('../../../batch/index.js');
      process.exitCode = exitCodeOf(await runBatch(file, opts));
    });
}

/**
 * The batch options merged with those commander gives the root command: the root
 * takes --rules, --region, --fail-on and --no-color wherever they appear.
 */
export function batchOptions(cmd: Command): BatchOptions {
  const local = cmd.opts<Record<string, unknown>>();
  const root = cmd.parent?.opts<Record<string, unknown>>() ?? {};
  refuseSingleCheckFlags(root, 'batch reads the answers from the file');
  if (root['format'] !== undefined && root['format'] !== 'json') {
    throw new UsageError(`--format is for checking one call; batch writes JSON Lines, or CSV with --output-format csv`);
  }
  const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
  // An explicit --region on batch wins; otherwise the root's (which defaults to england).
  const region = (cmd.getOptionValueSource('region') === 'cli' ? local['region'] : (root['region'] ?? local['region'])) as Region;
  const failOn = (local['failOn'] ?? root['failOn']) as Verdict | undefined;
  return {
    ...(local as Partial<BatchOptions>),
    rules: [...list(root['rules']), ...list(local['rules'])],
    region,
    ...(failOn ? { failOn } : {}),
    color: local['color'] !== false && root['color'] !== false,
  };
}
