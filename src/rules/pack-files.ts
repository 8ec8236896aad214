// Finding a pack folder's files, and naming them in messages. Shared by load.ts
// (which only stats the built-in files) and read-pack.ts (which reads packs), so
// neither imports the other.

import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from '../util/errors.js';
import type { RuleSet } from './types.js';

export const MANIFEST_FILE = 'pack.yaml';

/** At most this many rule files in one pack. */
export const MAX_RULE_FILES = 200;
/**
 * At most this many bytes of rule files in one pack, all files together (the
 * built-in set is about 0.2 MB; parsing 2 MB of YAML takes about 5 s). Checked from the files' sizes before any is read,
 * so an oversized pack is refused at once rather than after minutes of parsing.
 */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;
/** At most this many folder entries are looked at while finding a pack's files. */
export const MAX_PACK_ENTRIES = 10_000;

export interface LoadResult {
  set: RuleSet;
  problems: Problem[];
  /** false when structural errors stopped the meaning checks (fixing them may show more). */
  meaningChecked?: boolean;
  /** Every file read, as shown in messages. */
  files?: string[];
}

/** Thrown when finding a pack's files would mean looking at too many folder entries. */
export class PackTooLarge extends Error {}

/** Every rule file of a pack folder, sorted, the manifest left out. Throws PackTooLarge past the folder-entry limit. */
export function listRuleFiles(dir: string): string[] {
  const out: string[] = [];
  let seen = 0;
  const walk = (d: string) => {
    const entries = readdirSync(d, { withFileTypes: true });
    seen += entries.length;
    if (seen > MAX_PACK_ENTRIES) throw new PackTooLarge(`more than ${MAX_PACK_ENTRIES} files and folders in it; a rule pack needs far fewer`);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(full);
      } else if (/\.ya?ml$/i.test(entry.name) && !(d === dir && entry.name === MANIFEST_FILE)) {
        out.push(full);
      }
    }
  };
  walk(dir);
  return out;
}

/**
 * Why these rule files are too many or too big together, or undefined when they are within the limits.
 * Only sizes are looked at (one stat each): nothing is read.
 */
export function packSizeProblem(files: readonly string[]): string | undefined {
  if (files.length > MAX_RULE_FILES) return `too many rule files (${files.length}; the limit is ${MAX_RULE_FILES})`;
  let total = 0;
  for (const f of files) {
    try {
      total += statSync(f).size;
    } catch {
      // Unreadable files are reported when they are read.
    }
  }
  if (total > MAX_PACK_BYTES) {
    const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
    return `the rule files are too big together (${mb(total)}; the limit for one pack is ${mb(MAX_PACK_BYTES)}): split it into smaller packs or remove what it does not need`;
  }
  return undefined;
}

/** Name a file as a person would type it: relative to the working folder when inside it. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') || rel === '' ? file : rel.split(sep).join('/');
}
