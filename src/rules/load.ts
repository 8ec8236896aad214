// Loading a rule set: the built-in one (from the copy compiled at build time
// when it is fresh, otherwise from rules/*.yaml) plus any packs on top.
// A rule set with any error is refused whole: no verdict from part of the rules.

import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { RuleSetError, type Problem } from '../util/errors.js';
import { packageRoot } from '../util/package-root.js';
import { recordPhrasesHash } from './known-phrases-hash.js';
import { listRuleFiles, MANIFEST_FILE, type LoadResult } from './pack-files.js';
import type { RuleSet } from './types.js';

// Re-exported for the modules that have always found them here. read-pack.ts (loaded
// only when YAML must be read: it brings the schema checker) imports pack-files.ts, not this.
export { displayPath, listRuleFiles, MANIFEST_FILE, type LoadResult } from './pack-files.js';

export const PACKAGE_ROOT = packageRoot();
export const BUILTIN_RULES_DIR = join(PACKAGE_ROOT, 'rules');
export const COMPILED_RULES_FILE = join(PACKAGE_ROOT, 'dist', 'builtin-rules.json');

export interface CompiledBuiltin {
  files: { path: string; size: number; mtimeMs: number }[];
  set: RuleSet;
  /** The hash of the set's phrases, as the phrases saved beside it were checked against (written by the build). */
  phrasesHash?: string;
}

/** Size and time of every built-in rule file, and of the folders (a file added or removed changes them). */
function builtinFingerprint(): CompiledBuiltin['files'] {
  const files = [join(BUILTIN_RULES_DIR, MANIFEST_FILE), ...listRuleFiles(BUILTIN_RULES_DIR)];
  const dirs = [...new Set(files.map((f) => dirname(f)))];
  return [...dirs, ...files].map((f) => fingerprintOf(f));
}

function fingerprintOf(f: string): CompiledBuiltin['files'][number] {
  const st = statSync(f);
  return { path: relative(PACKAGE_ROOT, f).split(sep).join('/'), size: st.isDirectory() ? 0 : st.size, mtimeMs: st.mtimeMs };
}

/** The compiled built-in set, or undefined when it is missing or older than the YAML. */
function readCompiledBuiltin(): RuleSet | undefined {
  let compiled: CompiledBuiltin;
  try {
    compiled = JSON.parse(readFileSync(COMPILED_RULES_FILE, 'utf8')) as CompiledBuiltin;
  } catch {
    return undefined;
  }
  try {
    // Checked on every run, so only stat what was recorded (no folder walk): an edited
    // file changes its own size or time, an added or removed one its folder's time.
    const fresh = compiled.files.every((f) => {
      const now = fingerprintOf(join(PACKAGE_ROOT, f.path));
      return now.size === f.size && now.mtimeMs === f.mtimeMs;
    });
    if (!fresh) return undefined;
    if (typeof compiled.phrasesHash === 'string') recordPhrasesHash(compiled.set, compiled.phrasesHash);
    return compiled.set;
  } catch {
    return undefined;
  }
}

/** Read the built-in rules and packs from YAML, with every problem found. */
export async function assembleFromYaml(packDirs: readonly string[]): Promise<LoadResult> {
  const { assemblePacks } = await import('./read-pack.js');
  return assemblePacks([BUILTIN_RULES_DIR, ...packDirs]);
}

/** Write the compiled built-in set (used by the build). */
export async function compileBuiltin(): Promise<{ compiled?: CompiledBuiltin; problems: Problem[] }> {
  const { set, problems } = await assembleFromYaml([]);
  if (problems.some((p) => p.severity === 'error')) return { problems };
  return { compiled: { files: builtinFingerprint(), set }, problems };
}

export interface LoadOptions {
  /** Pack folders or installed package names, layered over the built-in set in order. */
  packs?: readonly string[];
}

/** The rule set to check calls with. Throws RuleSetError when any file has an error. */
export async function loadRuleSet(options: LoadOptions = {}): Promise<RuleSet> {
  const packs = options.packs ?? [];
  const compiled = readCompiledBuiltin();
  if (packs.length === 0 && compiled) return compiled;
  const { resolvePack } = await import('./resolve-pack.js');
  const dirs = packs.map((p) => resolvePack(p));
  // With a fresh compiled built-in set, only the packs' YAML needs reading (it was checked at build time).
  const { set, problems } = compiled ? await assembleOverCompiled(compiled, dirs) : await assembleFromYaml(dirs);
  if (problems.some((p) => p.severity === 'error')) throw new RuleSetError(problems);
  return set;
}

async function assembleOverCompiled(compiled: RuleSet, packDirs: readonly string[]): Promise<LoadResult> {
  const { assemblePacksOver } = await import('./read-pack.js');
  return assemblePacksOver(compiled, packDirs);
}
