// The entry point: parse arguments, run the command, map any error to its exit
// code once, here. No stack traces for people; SCAMCHECK_DEBUG=1 shows them.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommanderError } from 'commander';
import { formatProblem, type InputError, type RuleSetError, type UsageError } from '../util/errors.js';
import { packageRoot } from '../util/package-root.js';
import { EXIT } from './exit-codes.js';
import { buildProgram, type VersionInfo } from './program.js';

const MAX_PROBLEM_LINES = 20;

/** Closing stdout early (`| head`) is not an error: stop quietly. */
function quietOnBrokenPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

// Filled in by the build (scripts/build.mjs) from package.json and rules/pack.yaml.
declare const __SCAMCHECK_VERSION__: VersionInfo | undefined;

function readVersion(): VersionInfo {
  if (typeof __SCAMCHECK_VERSION__ !== 'undefined') return __SCAMCHECK_VERSION__;
  try {
    return JSON.parse(readFileSync(join(packageRoot(), 'dist', 'version.json'), 'utf8')) as VersionInfo;
  } catch {
    return { version: 'unknown', rules: { name: 'unknown', version: 'unknown' } };
  }
}

function isNamed<T extends Error>(err: unknown, name: string): err is T {
  return err instanceof Error && err.name === name;
}

/** What could not be done when the rules would not load, by command. */
const NOT_DONE: Record<string, string> = { rules: '', batch: ', so no records were checked' };

export function exitCodeFor(err: unknown, write: (s: string) => void, command = ''): number {
  if (err instanceof CommanderError) {
    // Commander has already printed its message (or the help / version).
    if (err.exitCode === 0) return EXIT.ok;
    write('Run "scamcheck --help" for how to use it.\n');
    return EXIT.usage;
  }
  // Errors are told apart by name, not instanceof: each mode is bundled on its own,
  // so an error class thrown by a lazily loaded mode is a different copy of the class.
  if (isNamed<UsageError>(err, 'UsageError')) {
    write(`scamcheck: ${err.message}\n`);
    return EXIT.usage;
  }
  if (isNamed<RuleSetError>(err, 'RuleSetError')) {
    const errors = err.problems.filter((p) => p.severity === 'error');
    const notDone = NOT_DONE[command] ?? ', so no verdict was given';
    write(`scamcheck: the rules could not be loaded${notDone} (${errors.length} error${errors.length === 1 ? '' : 's'}):\n`);
    for (const p of errors.slice(0, MAX_PROBLEM_LINES)) write(`  ${formatProblem(p)}\n`);
    if (errors.length > MAX_PROBLEM_LINES) write(`  …and ${errors.length - MAX_PROBLEM_LINES} more (run "scamcheck rules validate" to see all)\n`);
    return EXIT.rules;
  }
  if (isNamed<InputError>(err, 'InputError')) {
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
  const program = buildProgram(readVersion());
  // Only commander writes through process.stdout (help, version); results use writeOut.
  program.configureOutput({
    writeOut: (s) => {
      quietOnBrokenPipe(process.stdout);
      process.stdout.write(s);
    },
  });
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    // stderr is only set up (a cost at start-up) when there is something to say.
    quietOnBrokenPipe(process.stderr);
    process.exitCode = exitCodeFor(err, (s) => process.stderr.write(s), program.args[0]);
  }
}

void main(process.argv);
