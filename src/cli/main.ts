// The entry point: parse arguments, run the command, map any error to its exit
// code once, here. No stack traces for people; SCAMCHECK_DEBUG=1 shows them.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Command, CommanderError, type OutputConfiguration } from 'commander';
import { formatProblem, type InputError, type OutputError, type RuleSetError, type UsageError } from '../util/errors.js';
import { terminalSafe } from '../util/output/sanitize.js';
import { onStdoutError } from '../util/write-out.js';
import { packageRoot } from '../util/package-root.js';
import { EXIT } from './exit-codes.js';
import { buildProgram, type VersionInfo } from './program.js';

const MAX_PROBLEM_LINES = 20;

/** Closing stderr early is not an error: stop quietly. Nothing more can be said on it anyway. */
function quietOnStderrError(stream: NodeJS.WriteStream): void {
  if (stream.listenerCount('error') > 0) return;
  stream.on('error', () => process.exit(process.exitCode ?? 0));
}

/** Everything scamcheck and commander say on stderr goes through the sanitiser (commander quotes bad values raw). */
function writeErr(s: string): void {
  quietOnStderrError(process.stderr);
  process.stderr.write(terminalSafe(s, false));
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
  if (isNamed<InputError>(err, 'InputError') || isNamed<OutputError>(err, 'OutputError')) {
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
  // Commander quotes what it was given (`--region $'\e[2J'`, an unknown option or
  // command) raw: everything it writes goes through the sanitiser. stderr is
  // only set up (a cost at start-up) when there is something to say.
  const output: OutputConfiguration = {
    writeOut: (s) => {
      if (process.stdout.listenerCount('error') === 0) process.stdout.on('error', onStdoutError);
      process.stdout.write(terminalSafe(s, false));
    },
    writeErr,
    outputError: (s, write) => write(s),
  };
  // Subcommands copy their parent's settings when they are made, so each is configured here too.
  const configure = (cmd: Command): void => {
    cmd.configureOutput(output);
    cmd.commands.forEach(configure);
  };
  configure(program);
  // An error raised outside the command's own promise (a write to stdout that
  // fails later, such as help text to a full disk) is mapped here, once, too.
  process.on('uncaughtException', (err) => {
    process.exitCode = exitCodeFor(err, writeErr, program.args[0]);
    process.exit();
  });
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    process.exitCode = exitCodeFor(err, writeErr, program.args[0]);
  }
}

void main(process.argv);
