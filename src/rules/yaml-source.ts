// Reading one YAML file defensively: a regular file, size and encoding first,
// then the YAML parser's own errors (syntax, duplicate keys), then what the
// parser would let through but a rule file never needs: explicit tags
// (!!js/function, !!binary…), keys that could reach an object's prototype,
// control characters, very deep nesting, aliases that expand to a huge amount
// of data (billion laughs) or refer to themselves. Every problem keeps a
// position so it can be named as file:line:column.

import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { LineCounter, isAlias, isCollection, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { Problem } from '../util/errors.js';
import type { SourceLocation } from './types.js';
import { firstInvalidUtf8 } from '../util/utf8.js';
import { firstUnsafe } from '../util/output/sanitize.js';

export const MAX_RULE_FILE_BYTES = 1024 * 1024;
/** Maps and lists nested deeper than this are refused (no rule file needs more than about 12). */
export const MAX_NESTING = 64;
/** How many values aliases may add when expanded; a billion-laughs file asks for millions. */
export const MAX_ALIAS_EXPANSION = 10_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** The core YAML tags; anything else (!!js/function, !!binary, !!set, !custom) is refused. */
const ALLOWED_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  data: unknown;
}

type Where = Pick<YamlSource, 'file' | 'lines'>;

export function locate(src: Where, offset: number): SourceLocation {
  const { line, col } = src.lines.linePos(offset);
  return { file: src.file, line, col };
}

function problemAt(src: Where, offset: number, message: string): Problem {
  return { severity: 'error', ...locate(src, offset), message };
}

/** A problem with the file as a whole: reported at its first line, so editors can jump to it. */
function fileProblem(file: string, message: string, line = 1, col = 1): Problem {
  return { severity: 'error', file, line, col, message };
}

const startOf = (node: Node | null | undefined): number => node?.range?.[0] ?? 0;

/** Parse `text` (already known to be UTF-8 text) as YAML; `file` is only used in messages. */
export function parseYamlText(file: string, text: string): { source?: YamlSource; problems: Problem[] } {
  const lines = new LineCounter();
  // Core schema, no merge keys (<<), whatever a %YAML directive says: plain JSON-like data only.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true, schema: 'core', merge: false, version: '1.2' });
  const where = { file, lines };
  const problems: Problem[] = [];
  for (const e of doc.errors) problems.push(problemAt(where, e.pos[0], yamlMessage(e.code, e.message, text, e.pos[0])));
  // Unknown tags (!!js/function, !foo) are only warnings to the parser; here they are refused.
  for (const w of doc.warnings) problems.push(problemAt(where, w.pos[0], yamlMessage(w.code, w.message, text, w.pos[0])));
  if (problems.length > 0) return { problems: dedupe(problems) };

  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { problems: [fileProblem(file, 'the file is empty: expected a map of sections (rules, advice, contacts, questions…)')] };
  }
  problems.push(...checkNodes(where, doc, text));
  if (problems.length > 0) return { problems };

  let data: unknown;
  try {
    // Aliases were counted above; this limit is only a second line of defence.
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { problems: [fileProblem(file, `could not read the YAML (${message.split('\n')[0]})`)] };
  }
  return { source: { file, doc, lines, data }, problems: [] };
}

/** One pass over every node: tags, keys, text, nesting depth and alias expansion. */
function checkNodes(where: Where, doc: Document.Parsed, text: string): Problem[] {
  const problems: Problem[] = [];
  const anchors = new Map<string, Node>();
  /** Expanded size of each anchored node, once known; undefined while it is being measured. */
  const sizes = new Map<Node, number | undefined>();
  let expansion = 0;
  let stop = false;

  const tagAt = (node: Node): number => {
    // The node's range starts after its tag: look back on the same line for the "!".
    const start = startOf(node);
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const bang = text.lastIndexOf('!', start);
    return bang >= lineStart ? bang : start;
  };

  /** Walk a node; returns how many values it stands for when aliases are expanded. */
  const walk = (node: unknown, depth: number): number => {
    if (stop || node === null || node === undefined) return 0;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) {
        problems.push(problemAt(where, startOf(node), `the alias *${node.source} has no anchor &${node.source} before it`));
        return 1;
      }
      if (sizes.has(target) && sizes.get(target) === undefined) {
        problems.push(problemAt(where, startOf(node), `the alias *${node.source} is inside the item it refers to; it would never end`));
        stop = true;
        return 0;
      }
      const size = sizes.get(target) ?? 1;
      expansion += size;
      if (expansion > MAX_ALIAS_EXPANSION) {
        problems.push(
          problemAt(where, startOf(node), `aliases expand to too much data (more than ${MAX_ALIAS_EXPANSION} values); write the items out instead of repeating *${node.source}`),
        );
        stop = true;
      }
      return size;
    }
    const n = node as Node;
    if (n.tag !== undefined && !ALLOWED_TAGS.has(n.tag)) {
      problems.push(problemAt(where, tagAt(n), `${tagName(n.tag)} is not allowed: rule files hold only text, numbers, true/false, lists and maps`));
    }
    if (depth > MAX_NESTING) {
      problems.push(problemAt(where, startOf(n), `the lists and maps are nested too deeply (more than ${MAX_NESTING} levels)`));
      stop = true;
      return 0;
    }
    const anchor = (n as { anchor?: string }).anchor;
    if (anchor) {
      anchors.set(anchor, n);
      sizes.set(n, undefined);
    }
    let size = 1;
    if (isScalar(n)) {
      if (typeof n.value === 'string') {
        // Control, bidi and invisible characters (not tab or newline), as the one sanitiser defines them: they could act on a terminal when shown.
        const bad = firstUnsafe(n.value, false);
        if (bad) problems.push(problemAt(where, startOf(n), `the text contains a control character (U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}); use plain text`));
      }
    } else if (isCollection(n)) {
      for (const item of n.items) {
        if (stop) break;
        if (isPair(item)) {
          const key = item.key as Node | null;
          if (isScalar(key) && typeof key.value === 'string' && FORBIDDEN_KEYS.has(key.value)) {
            problems.push(problemAt(where, startOf(key), `the key "${key.value}" is not allowed`));
          } else if (key !== null && !isScalar(key)) {
            problems.push(problemAt(where, startOf(key), 'keys must be plain words'));
          } else {
            size += walk(key, depth + 1);
          }
          size += walk(item.value, depth + 1);
        } else {
          size += walk(item, depth + 1);
        }
      }
    }
    if (anchor) sizes.set(n, size);
    return size;
  };
  walk(doc.contents, 0);
  return problems;
}

function tagName(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `the tag "!!${tag.slice('tag:yaml.org,2002:'.length)}"` : `the tag "${tag}"`;
}

/** Read a file from disk and parse it, refusing special files, large, binary and non-UTF-8 files. */
export function readYamlFile(file: string, displayName = file): { source?: YamlSource; problems: Problem[] } {
  const read = readTextFile(file, displayName);
  if (read.text === undefined) return { problems: read.problems };
  return parseYamlText(displayName, read.text);
}

/** The file as UTF-8 text, or a problem saying why it is not. Never reads more than the size limit. */
export function readTextFile(file: string, displayName = file): { text?: string; problems: Problem[] } {
  const notRegular = fileProblem(displayName, 'not a regular file (a device, pipe or folder cannot be a rule file)', 0, 0);
  let fd: number;
  try {
    // Checked before opening too: opening a named pipe would wait for a writer.
    if (!statSync(file).isFile()) return { problems: [notRegular] };
    fd = openSync(file, 'r');
  } catch (err) {
    return { problems: [fileProblem(displayName, `cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`, 0, 0)] };
  }
  let bytes: Buffer;
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { problems: [notRegular] };
    if (st.size > MAX_RULE_FILE_BYTES) {
      return { problems: [fileProblem(displayName, `the file is too large (${st.size} bytes; the limit is ${MAX_RULE_FILE_BYTES})`)] };
    }
    // Read one byte more than the size said, to notice a file that grew; never more than the limit allows.
    let buf = Buffer.allocUnsafe(st.size + 1);
    let got = readAll(fd, buf, 0);
    if (got === buf.length) {
      buf = Buffer.concat([buf, Buffer.allocUnsafe(MAX_RULE_FILE_BYTES + 1 - buf.length)]);
      got = readAll(fd, buf, got);
    }
    if (got > MAX_RULE_FILE_BYTES) return { problems: [fileProblem(displayName, `the file is too large (the limit is ${MAX_RULE_FILE_BYTES} bytes)`)] };
    bytes = buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problems: [fileProblem(displayName, 'the file is UTF-16 text: save it as UTF-8')] };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { problems: [fileProblem(displayName, 'the file is not text (it contains a NUL byte)', ...bytePosition(bytes, nul))] };
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) return { problems: [fileProblem(displayName, `the file is not UTF-8 text (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')}): save it as UTF-8`, ...bytePosition(bytes, bad))] };
  const text = bytes.toString('utf8');
  if (text.replace(/^\ufeff/, '').trim() === '') return { problems: [fileProblem(displayName, 'the file is empty: expected a map of sections (rules, advice, contacts, questions…)')] };
  return { text, problems: [] };
}

/** Fill `buf` from `from` until it is full or the file ends; returns how many bytes it holds. */
function readAll(fd: number, buf: Buffer, from: number): number {
  let got = from;
  for (let n = 1; n > 0 && got < buf.length; got += n) n = readSync(fd, buf, got, buf.length - got, null);
  return got;
}

/** Line and column (1-based, counting characters) of a byte offset. */
function bytePosition(bytes: Buffer, offset: number): [number, number] {
  const before = bytes.subarray(0, offset);
  const lineStart = before.lastIndexOf(0x0a) + 1;
  let line = 1;
  for (const b of before) if (b === 0x0a) line++;
  // Count characters, not bytes, on the line: continuation bytes (10xxxxxx) do not start one.
  let col = 1;
  for (const b of before.subarray(lineStart)) if ((b & 0xc0) !== 0x80) col++;
  return [line, col];
}

/** The parser's message made plain: first line only, and the common ones reworded. */
function yamlMessage(code: string, message: string, text: string, pos: number): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') {
    const key = /^[^\s:,{}[\]]+|^"[^"]*"|^'[^']*'/.exec(text.slice(pos))?.[0];
    return key ? `the key ${key.startsWith('"') || key.startsWith("'") ? key : `"${key}"`} is given twice in the same map` : 'a key is given twice in the same map';
  }
  if (code === 'TAG_RESOLVE_FAILED') {
    const tag = /^Unresolved tag: (.*)$/.exec(first)?.[1];
    return `${tag ? tagName(tag) : 'this tag'} is not allowed: rule files hold only text, numbers, true/false, lists and maps`;
  }
  if (/Maximum call stack/i.test(first)) return `the lists and maps are nested too deeply (more than ${MAX_NESTING} levels)`;
  return `not valid YAML: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.line}:${p.col}:${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The node at a data path ("rules", 3, "when"), or the nearest ancestor that exists. */
export function nodeAt(src: YamlSource, path: readonly (string | number)[]): { node: Node | undefined; depth: number } {
  let node: unknown = src.doc.contents;
  let depth = 0;
  for (const step of path) {
    if (isAlias(node)) node = node.resolve(src.doc);
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
