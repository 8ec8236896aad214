// Typed errors, mapped to exit codes in one place (src/cli/exit-codes.ts).
// Messages are for people: short, naming what was wrong and where.

/** Bad flags, unknown answer ids, bad option values. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Input that could not be read or understood (a batch file, --describe text). */
export class InputError extends Error {
  override name = 'InputError';
}

/** Output that could not be written (standard output full or broken, an --out file): exit 4, like input. */
export class OutputError extends Error {
  override name = 'OutputError';
}

export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  col: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.col}` : p.file;
  return `${where} ${p.severity === 'warning' ? 'warning' : 'error'}: ${p.message}`;
}

/** The rule set (built-in or a pack) is invalid: no verdict may be given from part of it. */
export class RuleSetError extends Error {
  override name = 'RuleSetError';
  constructor(readonly problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `The rule set has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n` +
        errors.map(formatProblem).join('\n'),
    );
  }
}
