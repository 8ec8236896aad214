// Reading pack folders (the built-in rules/ first) into one assembled rule set.
// Reading (files → checked YAML) and assembling (YAML → RuleSet) are separate
// steps, so a test can assemble many packs over one parsed built-in set.

import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { terminalSafe } from '../util/output/sanitize.js';
import type { Problem } from '../util/errors.js';
import { Assembler } from './assemble/assembler.js';
import { checkMeaning } from './check-meaning.js';
import { displayPath, listRuleFiles, MANIFEST_FILE, packSizeProblem, PackTooLarge, type LoadResult } from './pack-files.js';
import type { PackManifest } from './file-format/index.js';
import { checkSchema, readSchema, RULES_SCHEMA_FILE } from './schema-check.js';
import { SCHEMA_VERSION, type PackInfo, type RuleSet } from './types.js';
import { locationOf, readYamlFile, type YamlSource } from './yaml-source.js';

/** The sections a rule file may hold, as the format (schema/scamcheck-rules.schema.json) lists them. */
const sections = (): string => Object.keys((readSchema(RULES_SCHEMA_FILE) as { properties: object }).properties).join(', ');

/** One pack folder, read and structurally checked, not yet assembled. */
export interface PackRead {
  /** As shown in messages. */
  dir: string;
  info?: PackInfo | undefined;
  /** Rule files that passed the structural checks, in order. */
  sources: YamlSource[];
  /** Every file read, manifest first, as shown in messages. */
  files: string[];
  problems: Problem[];
}

const at = (file: string, message: string, line = 0, col = 0): Problem => ({ severity: 'error', file, line, col, message });

function readManifest(dir: string, read: PackRead): PackInfo | undefined {
  const file = join(dir, MANIFEST_FILE);
  const shown = displayPath(file);
  if (!existsSync(file)) {
    const near = ['pack.yml', 'Pack.yaml', 'manifest.yaml', 'scamcheck.yaml'].find((n) => existsSync(join(dir, n)));
    read.problems.push(
      at(
        read.dir,
        near
          ? `not a rule pack: there is no ${MANIFEST_FILE} (found ${near}: rename it to ${MANIFEST_FILE})`
          : `not a rule pack: there is no ${MANIFEST_FILE} (run "scamcheck rules init <folder>" to start one)`,
      ),
    );
    return undefined;
  }
  read.files.push(shown);
  const { source, problems } = readYamlFile(file, shown);
  read.problems.push(...problems);
  if (!source) return undefined;
  const data = source.data as Record<string, unknown> | null;
  const version = data !== null && typeof data === 'object' ? data['schemaVersion'] : undefined;
  let schemaProblems = checkSchema(source, 'pack');
  if (typeof version === 'number' && version !== SCHEMA_VERSION) {
    // Say what the number means rather than "must be one of: 1".
    schemaProblems = schemaProblems.filter((p) => !p.message.startsWith('schemaVersion '));
    const { line, col } = locationOf(source, ['schemaVersion']);
    schemaProblems.push(
      at(
        shown,
        version > SCHEMA_VERSION
          ? `schemaVersion ${version} is newer than this scamcheck understands (it reads schemaVersion ${SCHEMA_VERSION}): update scamcheck to use this pack`
          : `schemaVersion ${version} is not supported: this scamcheck reads schemaVersion ${SCHEMA_VERSION}`,
        line,
        col,
      ),
    );
  }
  read.problems.push(...schemaProblems);
  if (schemaProblems.length > 0) return undefined;
  const manifest = data as PackManifest;
  return {
    name: manifest.name,
    version: manifest.version,
    schemaVersion: manifest.schemaVersion,
    ...(manifest.description !== undefined ? { description: manifest.description } : {}),
    dir: read.dir,
  };
}

/** Read one pack folder: its manifest and every rule file below it, each checked against the schema. */
export function readPack(dir: string): PackRead {
  const read: PackRead = { dir: displayPath(dir), sources: [], files: [], problems: [] };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    read.problems.push(at(read.dir, 'no such folder'));
    return read;
  }
  read.info = readManifest(dir, read);
  if (!read.info) return read;
  let files: string[];
  try {
    files = listRuleFiles(dir);
  } catch (err) {
    if (!(err instanceof PackTooLarge)) throw err;
    read.problems.push(at(read.dir, err.message));
    return read;
  }
  // Sizes first: a pack too big to read is refused before any of it is parsed.
  const tooBig = packSizeProblem(files);
  if (tooBig) {
    read.problems.push(at(read.dir, tooBig));
    return read;
  }
  for (const file of files) {
    const shown = displayPath(file);
    read.files.push(shown);
    const { source, problems } = readYamlFile(file, shown);
    read.problems.push(...problems);
    if (!source) continue;
    if (source.data === null || typeof source.data !== 'object' || Array.isArray(source.data)) {
      read.problems.push(at(source.file, `expected a map of sections (${sections()})`, 1, 1));
      continue;
    }
    const schemaProblems = checkSchema(source, 'rules');
    read.problems.push(...schemaProblems);
    if (schemaProblems.length === 0) read.sources.push(source);
  }
  return read;
}

/**
 * Layer packs already read, in order, and run the meaning checks when the structure is sound.
 * `over` is an already assembled rule set to start from (the compiled built-in set), copied first.
 */
export function assembleReadPacks(packs: readonly PackRead[], over?: RuleSet): LoadResult {
  const asm = new Assembler();
  const problems: Problem[] = packs.flatMap((p) => p.problems);
  const names = new Map<string, string>();
  if (over) {
    asm.seed(structuredClone(over));
    for (const p of over.packs) names.set(p.name, p.dir);
  }
  for (const pack of packs) {
    if (!pack.info) continue;
    const first = names.get(pack.info.name);
    if (first !== undefined) {
      problems.push(at(pack.files[0] ?? pack.dir, `pack "${pack.info.name}" is given twice (first from ${first})`, 1, 1));
      continue;
    }
    names.set(pack.info.name, pack.dir);
    asm.beginPack(pack.info);
    for (const source of pack.sources) asm.addFile(source);
  }
  asm.endPack();
  problems.push(...asm.problems);
  // Meaning checks only make sense once every file is structurally sound.
  const meaningChecked = !problems.some((p) => p.severity === 'error');
  if (meaningChecked) problems.push(...checkMeaning(asm.set, asm.origins));
  return {
    set: asm.set,
    // Names, keys and values in messages come from the files: never let them act on a terminal.
    problems: problems.map((p) => ({ ...p, file: terminalSafe(p.file), message: terminalSafe(p.message) })),
    meaningChecked,
    files: packs.flatMap((p) => p.files),
  };
}

export function assemblePacks(dirs: readonly string[]): LoadResult {
  return assembleReadPacks(dirs.map(readPack));
}

/** Packs layered over a rule set already assembled and checked (the compiled built-in set): only the packs' YAML is read. */
export function assemblePacksOver(base: RuleSet, dirs: readonly string[]): LoadResult {
  return assembleReadPacks(dirs.map(readPack), base);
}
