// Option parsers shared by every command: each bad value becomes a usage error
// that names it, lists the valid values and suggests the closest.

import { InvalidArgumentError } from 'commander';
import { REGIONS, VERDICTS, type Region, type Verdict } from '../rules/types.js';
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
