// Opening the input (a file, or "-" for standard input) and choosing how to
// read it: --input-format, else the file name's extension, else a look at the
// first bytes ("{" starts JSON Lines; anything else is read as CSV).

import { open, type FileHandle } from 'node:fs/promises';
import { extname } from 'node:path';
import { quoteInput, terminalSafe } from '../../util/output/sanitize.js';
import { InputError, UsageError } from '../../util/errors.js';

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
    if (forced) return { name, chunks: guardReads(stream, name), format: forced, formatReason: 'as --input-format said', close };
    if (byName) return { name, chunks: guardReads(stream, name), format: byName, formatReason: 'from its name', close };
    const { format, chunks } = await sniff(guardReads(stream, name));
    return { name, chunks, format, formatReason: 'guessed from the first line (--input-format chooses)', close };
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

/** Look at the first bytes that are not white space or a byte-order mark, then replay them. */
async function sniff(stream: AsyncIterable<Uint8Array>): Promise<{ format: InputFormat; chunks: AsyncIterable<Uint8Array> }> {
  const it = stream[Symbol.asyncIterator]();
  const held: Uint8Array[] = [];
  let format: InputFormat | undefined;
  let done = false;
  while (format === undefined) {
    const next = await it.next();
    if (next.done) {
      done = true;
      break;
    }
    held.push(next.value);
    format = firstSignificant(held);
  }
  async function* replay(): AsyncIterable<Uint8Array> {
    yield* held;
    if (done) return;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { format: format ?? 'csv', chunks: replay() };
}

function firstSignificant(chunks: Uint8Array[]): InputFormat | undefined {
  let index = 0;
  for (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++, index++) {
      const c = chunk[i]!;
      // White space, and the bytes of a UTF-8 byte-order mark at the very start.
      if (c === 32 || c === 9 || c === 10 || c === 13 || (index < 3 && (c === 0xef || c === 0xbb || c === 0xbf))) continue;
      return c === 0x7b /* { */ || c === 0x5b /* [ */ ? 'jsonl' : 'csv';
    }
  }
  return undefined;
}
