// The entry point: parse arguments, run the command, map any error to its exit
// code once, here. No stack traces for people; SCAMCHECK_DEBUG=1 shows them.

import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { InputError, RuleSetError, UsageError, formatProblem } from '../util/errors.js';
import { EXIT } from './exit-codes.js';
import { buildProgram, type VersionInfo } from './program.js';

const MAX_PROBLEM_LINES = 20;

/** Closing stdout early (`| head`) is not an error: stop quietly. */
function quietOnBrokenPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
}

function readVersion(): VersionInfo {
  try {
    return JSON.parse(readFileSync(new URL('../version.json', import.meta.url), 'utf8')) as VersionInfo;
  } catch {
    return { version: 'unknown', rules: { name: 'unknown', version: 'unknown' } };
  }
}

export function exitCodeFor(err: unknown, write: (s: string) => void): number {
  if (err instanceof CommanderError) {
    // Commander has already printed its message (or the help / version).
    if (err.exitCode === 0) return EXIT.ok;
    write('Run "scamcheck --help" for how to use it.\n');
    return EXIT.usage;
  }
  if (err instanceof UsageError) {
    write(`scamcheck: ${err.message}\n`);
    return EXIT.usage;
  }
  if (err instanceof RuleSetError) {
    const errors = err.problems.filter((p) => p.severity === 'error');
    write(`scamcheck: the rules could not be loaded, so no verdict was given (${errors.length} error${errors.length === 1 ? '' : 's'}):\n`);
    for (const p of errors.slice(0, MAX_PROBLEM_LINES)) write(`  ${formatProblem(p)}\n`);
    if (errors.length > MAX_PROBLEM_LINES) write(`  …and ${errors.length - MAX_PROBLEM_LINES} more (run "scamcheck rules validate" to see all)\n`);
    return EXIT.rules;
  }
  if (err instanceof InputError) {
    write(`scamcheck: ${err.message}\n`);
    return EXIT.input;
  }
  if (err instanceof Error && err.name === 'ExitPromptError') {
    write('Cancelled — nothing was saved.\n');
    return EXIT.cancelled;
  }
  const message = err instanceof Error ? err.message : String(err);
  write(`scamcheck: internal error: ${message}\nThis is a bug in scamcheck. Please report it with the command you ran.\n`);
  if (process.env['SCAMCHECK_DEBUG'] && err instanceof Error) write(`${err.stack ?? ''}\n`);
  return EXIT.internal;
}

export async function main(argv: string[]): Promise<void> {
  quietOnBrokenPipe();
  const program = buildProgram(readVersion());
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    process.exitCode = exitCodeFor(err, (s) => process.stderr.write(s));
  }
}

await main(process.argv);
