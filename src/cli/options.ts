// Option parsers shared by every command: each bad value becomes a usage error
// that names it, lists the valid values and suggests the closest.

import { InvalidArgumentError } from 'commander';
import { REGIONS, VERDICTS, type Region, type Verdict } from '../rules/types.js';
import { UsageError } from '../util/errors.js';
import { closest } from '../util/suggest.js';

export const FORMATS = ['text', 'json', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export function choice<T extends string>(values: readonly T[]): (value: string) => T {
  return (value: string) => {
    const v = value.trim().toLowerCase();
    if ((values as readonly string[]).includes(v)) return v as T;
    const guess = closest(v, values);
    throw new InvalidArgumentError(`"${value}" is not valid${guess ? `; did you mean "${guess}"?` : '.'} Valid: ${values.join(', ')}.`);
  };
}

export const parseRegion = choice<Region>(REGIONS);
export const parseVerdict = choice<Verdict>(VERDICTS);
export const parseFormat = choice<Format>(FORMATS);

/** Root options that only mean something when checking one call (commander accepts them after any subcommand). */
const SINGLE_CHECK_FLAGS = ['claimed', 'asked', 'signs', 'happened', 'describe', 'desk', 'plain', 'full'];

/** Refuse single-check flags given to a subcommand, rather than ignore them; `instead` says what the subcommand does. */
export function refuseSingleCheckFlags(root: Record<string, unknown>, instead: string, more: string[] = []): void {
  const given = [...SINGLE_CHECK_FLAGS, ...more].filter((k) => root[k] !== undefined);
  if (given.length === 0) return;
  const names = given.map((k) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).join(', ');
  throw new UsageError(`${names} ${given.length === 1 ? 'is' : 'are'} for checking one call; ${instead}`);
}

export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** The options every check (single call, interview, batch) shares. */
export interface CommonOptions {
  rules?: string[];
  region: Region;
  json?: boolean;
  format?: Format;
  color?: boolean;
  failOn?: Verdict;
}
