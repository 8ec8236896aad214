// Opening the input (a file, or "-" for standard input) and choosing how to
// read it: --input-format, else the file name's extension, else a look at the
// first bytes ("{" starts JSON Lines; anything else is read as CSV).

import { open, type FileHandle } from 'node:fs/promises';
import { extname } from 'node:path';
import { quoteInput, terminalSafe } from '../../util/output/sanitize.js';
import { InputError, UsageError } from '../../util/errors.js';
import { decodeInput } from './encoding.js';

export const INPUT_FORMATS = ['jsonl', 'csv'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

const BY_EXTENSION: Record<string, InputFormat> = { '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'jsonl', '.csv': 'csv', '.tsv': 'csv' };

/** Read size: large enough to make few calls, small enough to keep memory flat. */
const CHUNK_BYTES = 256 * 1024;

export interface OpenedInput {
  /** The input as named on the command line ("-" for standard input). */
  name: string;
  chunks: AsyncIterable<Uint8Array>;
  format: InputFormat;
  formatReason: string;
  close(): Promise<void>;
}

export async function openInput(name: string, forced: InputFormat | undefined, stdin: NodeJS.ReadableStream = process.stdin): Promise<OpenedInput> {
  if (name === '') throw new UsageError('the input file name is empty: give a file, or - for standard input');
  let handle: FileHandle | undefined;
  let stream: AsyncIterable<Uint8Array>;
  if (name === '-') {
    stream = stdin as AsyncIterable<Uint8Array>;
  } else {
    handle = await openFile(name);
    stream = handle.createReadStream({ highWaterMark: CHUNK_BYTES, autoClose: false });
  }
  const close = async () => {
    await handle?.close().catch(() => undefined);
    // Standard input left unread (a run stopped early) would keep the process waiting.
    if (name === '-' && 'destroy' in stdin) (stdin as NodeJS.ReadStream).destroy();
  };
  try {
    const byName = name === '-' ? undefined : BY_EXTENSION[extname(name).toLowerCase()];
    // UTF-16 is decoded to UTF-8 and CR-only line ends read as line breaks, before anything else looks at the text.
    const decoded = await decodeInput(guardReads(stream, name), inputLabel(name));
    const encoded = decoded.encoding === 'utf-8' ? '' : `; ${decoded.encoding === 'utf-16le' ? 'UTF-16 little-endian' : 'UTF-16 big-endian'} text, decoded`;
    if (forced) return { name, chunks: decoded.chunks, format: forced, formatReason: `as --input-format said${encoded}`, close };
    if (byName) return { name, chunks: decoded.chunks, format: byName, formatReason: `from its name${encoded}`, close };
    const { format, chunks } = await sniff(decoded.chunks);
    return { name, chunks, format, formatReason: `guessed from the first line (--input-format chooses)${encoded}`, close };
  } catch (err) {
    await close();
    throw err;
  }
}

async function openFile(name: string): Promise<FileHandle> {
  let handle: FileHandle;
  try {
    handle = await open(name, 'r');
  } catch (err) {
    throw new InputError(`cannot read ${quoteInput(name, 200)}: ${describeFsError(err)}`);
  }
  const st = await handle.stat();
  if (st.isDirectory()) {
    await handle.close();
    throw new InputError(`cannot read ${quoteInput(name, 200)}: it is a folder, not a file`);
  }
  return handle;
}

/** The input as named in messages: "standard input", or the file name made terminal-safe. */
export function inputLabel(name: string): string {
  return name === '-' ? 'standard input' : terminalSafe(name);
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'there is no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    default:
      return (err as Error).message;
  }
}

/** A read error part-way through is an input error (exit 4), not a crash. */
async function* guardReads(stream: AsyncIterable<Uint8Array>, name: string): AsyncIterable<Uint8Array> {
  try {
    for await (const chunk of stream) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
  } catch (err) {
    throw new InputError(`reading ${inputLabel(name)} failed: ${describeFsError(err)}`);
  }
}

/**
 * Look at the first bytes that are not white space or a byte-order mark, then replay them.
 * Each chunk is looked at once (linear in the input), and a chunk that is only white space
 * is kept as its count of line breaks, so any number of leading blank lines costs no memory
 * (spaces and tabs on blank lines mean nothing to either reader; line numbers stay true).
 */
export async function sniff(stream: AsyncIterable<Uint8Array>): Promise<{ format: InputFormat; chunks: AsyncIterable<Uint8Array> }> {
  const it = stream[Symbol.asyncIterator]();
  let blankLines = 0;
  let last: Uint8Array | undefined;
  let format: InputFormat | undefined;
  let done = false;
  let index = 0;
  while (format === undefined) {
    const next = await it.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = next.value;
    format = firstSignificant(chunk, index);
    index += chunk.length;
    if (format !== undefined) last = chunk;
    else blankLines += countNewlines(chunk);
  }
  async function* replay(): AsyncIterable<Uint8Array> {
    const BLANK = 64 * 1024;
    while (blankLines > 0) {
      const n = Math.min(blankLines, BLANK);
      blankLines -= n;
      yield Buffer.alloc(n, 10);
    }
    if (last) yield last;
    if (done) return;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { format: format ?? 'csv', chunks: replay() };
}

/** The format the first significant byte of `chunk` shows, or undefined if it is all white space. `index`: where it starts in the input. */
function firstSignificant(chunk: Uint8Array, index: number): InputFormat | undefined {
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk[i]!;
    // White space, and the bytes of a UTF-8 byte-order mark at the very start.
    if (c === 32 || c === 9 || c === 10 || c === 13 || (index + i < 3 && (c === 0xef || c === 0xbb || c === 0xbf))) continue;
    return c === 0x7b /* { */ || c === 0x5b /* [ */ ? 'jsonl' : 'csv';
  }
  return undefined;
}

function countNewlines(chunk: Uint8Array): number {
  let n = 0;
  for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) n++;
  return n;
}
