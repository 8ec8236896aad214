// Reading one YAML file defensively: size and encoding first, then the YAML
// parser's own errors (syntax, duplicate keys, unknown tags), then keys that
// could reach an object's prototype, then alias expansion with a limit.
// Everything keeps positions so a problem can be named as file:line:column.

import { readFileSync, statSync } from 'node:fs';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Problem } from '../util/errors.js';
import type { SourceLocation } from './types.js';

export const MAX_RULE_FILE_BYTES = 1024 * 1024;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  data: unknown;
}

export function locate(src: Pick<YamlSource, 'file' | 'lines'>, offset: number): SourceLocation {
  const { line, col } = src.lines.linePos(offset);
  return { file: src.file, line, col };
}

function problemAt(src: Pick<YamlSource, 'file' | 'lines'>, offset: number, message: string): Problem {
  return { severity: 'error', ...locate(src, offset), message };
}

function fileProblem(file: string, message: string): Problem {
  return { severity: 'error', file, line: 0, col: 0, message };
}

/** Parse `text` (already known to be UTF-8 text) as YAML; `file` is only used in messages. */
export function parseYamlText(file: string, text: string): { source?: YamlSource; problems: Problem[] } {
  const lines = new LineCounter();
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  const where = { file, lines };
  const problems: Problem[] = [];
  for (const e of doc.errors) problems.push(problemAt(where, e.pos[0], yamlMessage(e.message)));
  // Unknown tags (!!js/function, !foo) are only warnings to the parser; here they are refused.
  for (const w of doc.warnings) problems.push(problemAt(where, w.pos[0], yamlMessage(w.message)));
  if (problems.length > 0) return { problems };

  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { problems: [fileProblem(file, 'the file is empty: expected a map of sections')] };
  }
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && typeof pair.key.value === 'string' && FORBIDDEN_KEYS.has(pair.key.value)) {
        problems.push(problemAt(where, pair.key.range?.[0] ?? 0, `the key "${pair.key.value}" is not allowed`));
      } else if (pair.key !== null && !isScalar(pair.key)) {
        problems.push(problemAt(where, (pair.key as Node).range?.[0] ?? 0, 'keys must be plain words'));
      }
    },
  });
  if (problems.length > 0) return { problems };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { problems: [fileProblem(file, `could not expand the YAML (${yamlMessage(message)})`)] };
  }
  return { source: { file, doc, lines, data }, problems: [] };
}

/** Read a file from disk and parse it, refusing large, binary and non-UTF-8 files. */
export function readYamlFile(file: string, displayName = file): { source?: YamlSource; problems: Problem[] } {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (err) {
    return { problems: [fileProblem(displayName, `cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`)] };
  }
  if (size > MAX_RULE_FILE_BYTES) {
    return { problems: [fileProblem(displayName, `the file is too large (${size} bytes; the limit is ${MAX_RULE_FILE_BYTES})`)] };
  }
  const bytes = readFileSync(file);
  if (bytes.includes(0)) return { problems: [fileProblem(displayName, 'the file is not text (it contains NUL bytes)')] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problems: [fileProblem(displayName, 'the file is not UTF-8 text')] };
  }
  if (text.trim() === '') return { problems: [fileProblem(displayName, 'the file is empty: expected a map of sections')] };
  return parseYamlText(displayName, text);
}

function yamlMessage(message: string): string {
  // The yaml package's messages sometimes carry a trailing context block; keep the first line.
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** The node at a data path ("rules", 3, "when"), or the nearest ancestor that exists. */
export function nodeAt(src: YamlSource, path: readonly (string | number)[]): { node: Node | undefined; depth: number } {
  let node: unknown = src.doc.contents;
  let depth = 0;
  for (const step of path) {
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      next = pair?.value ?? undefined;
    } else if (isSeq(node)) {
      next = node.items[Number(step)];
    }
    if (next === undefined || next === null) break;
    node = next;
    depth++;
  }
  return { node: node as Node | undefined, depth };
}

/** Location of a path's value, or of a key within the map at that path. */
export function locationOf(src: YamlSource, path: readonly (string | number)[], key?: string): SourceLocation {
  const { node, depth } = nodeAt(src, path);
  if (key !== undefined && depth === path.length && isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    const keyNode = pair?.key as Node | undefined;
    if (keyNode?.range) return locate(src, keyNode.range[0]);
  }
  return locate(src, node?.range?.[0] ?? 0);
}
