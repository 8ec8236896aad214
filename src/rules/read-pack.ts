// Reading pack folders (the built-in rules/ first) into one assembled rule set.

import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../util/errors.js';
import { Assembler } from './assemble.js';
import { checkMeaning } from './check-meaning.js';
import { displayPath, listRuleFiles, MANIFEST_FILE, type LoadResult } from './load.js';
import { checkSchema } from './schema-check.js';
import type { PackInfo } from './types.js';
import { readYamlFile } from './yaml-source.js';

export const MAX_RULE_FILES = 200;

function readManifest(dir: string, problems: Problem[]): PackInfo | undefined {
  const file = join(dir, MANIFEST_FILE);
  const shown = displayPath(file);
  if (!existsSync(file)) {
    problems.push({ severity: 'error', file: displayPath(dir), line: 0, col: 0, message: `not a rule pack: there is no ${MANIFEST_FILE} (run "scamcheck rules init" to start one)` });
    return undefined;
  }
  const { source, problems: p } = readYamlFile(file, shown);
  problems.push(...p);
  if (!source) return undefined;
  const schemaProblems = checkSchema(source, 'pack');
  problems.push(...schemaProblems);
  if (schemaProblems.length > 0) return undefined;
  const data = source.data as Record<string, unknown>;
  return {
    name: String(data['name']),
    version: String(data['version']),
    schemaVersion: Number(data['schemaVersion']),
    ...(typeof data['description'] === 'string' ? { description: data['description'] } : {}),
    dir: displayPath(dir),
  };
}

export function assemblePacks(dirs: readonly string[]): LoadResult {
  const asm = new Assembler();
  const problems: Problem[] = [];
  const names = new Set<string>();
  for (const dir of dirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      problems.push({ severity: 'error', file: displayPath(dir), line: 0, col: 0, message: 'no such folder' });
      continue;
    }
    const info = readManifest(dir, problems);
    if (!info) continue;
    if (names.has(info.name)) {
      problems.push({ severity: 'error', file: displayPath(join(dir, MANIFEST_FILE)), line: 1, col: 1, message: `pack "${info.name}" is given twice` });
      continue;
    }
    names.add(info.name);
    asm.beginPack(info);
    const files = listRuleFiles(dir);
    if (files.length > MAX_RULE_FILES) {
      problems.push({ severity: 'error', file: info.dir, line: 0, col: 0, message: `too many rule files (${files.length}; the limit is ${MAX_RULE_FILES})` });
      continue;
    }
    for (const file of files) {
      const { source, problems: p } = readYamlFile(file, displayPath(file));
      problems.push(...p);
      if (!source) continue;
      if (source.data === null || typeof source.data !== 'object' || Array.isArray(source.data)) {
        problems.push({ severity: 'error', file: source.file, line: 1, col: 1, message: 'expected a map of sections (questions, rules, advice, contacts, verdicts, interview, disable)' });
        continue;
      }
      const schemaProblems = checkSchema(source, 'rules');
      problems.push(...schemaProblems);
      if (schemaProblems.length === 0) asm.addFile(source);
    }
  }
  problems.push(...asm.problems);
  // Meaning checks only make sense once every file is structurally sound.
  if (!problems.some((p) => p.severity === 'error')) problems.push(...checkMeaning(asm.set, asm.origins));
  return { set: asm.set, problems };
}
