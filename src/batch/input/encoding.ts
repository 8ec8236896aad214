// Before records are split: text that is not UTF-8 with \n or \r\n line ends is
// brought to that form, or refused with a message saying what it is.
//
// - UTF-16 (little- or big-endian, with a byte-order mark, or without one when
//   the first characters are plainly ASCII in UTF-16) is decoded to UTF-8,
//   a chunk at a time. A broken UTF-16 character stops the run with a message.
// - UTF-32 is refused: save the file as UTF-8.
// - CR-only line ends (old Mac files, some exports): when the first line end in
//   the input is a lone CR, every CR is read as a line break (a CR LF pair as one).
// Everything else passes through untouched, so UTF-8 input costs nothing here.

import { InputError } from '../../util/errors.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedInput {
  encoding: TextEncodingName;
  chunks: AsyncIterable<Uint8Array>;
}

/** Look at the first bytes to tell the encoding; the chunks come back as UTF-8. `label` names the input in messages. */
export async function decodeInput(stream: AsyncIterable<Uint8Array>, label: string): Promise<DecodedInput> {
  const it = stream[Symbol.asyncIterator]();
  // Gather at least four bytes (standard input can come a byte at a time).
  const held: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < 4) {
    const next = await it.next();
    if (next.done) {
      done = true;
      break;
    }
    held.push(next.value);
    length += next.value.length;
  }
  const head = held.length === 1 ? held[0]! : Buffer.concat(held);
  const encoding = detect(head, label);
  async function* rest(): AsyncGenerator<Uint8Array> {
    if (length > 0) yield head;
    if (done) return;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      yield next.value;
    }
  }
  const chunks = encoding === 'utf-8' ? rest() : fromUtf16(rest(), encoding, label);
  return { encoding, chunks: crOnlyAsLf(chunks) };
}

function detect(b: Uint8Array, label: string): TextEncodingName {
  const [b0, b1, b2, b3] = [b[0], b[1], b[2], b[3]];
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    throw new InputError(`${label} is UTF-32 text, which scamcheck does not read: save it as UTF-8 and try again`);
  }
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  // No byte-order mark, but ASCII characters each followed (or preceded) by a zero byte.
  if (b.length >= 4 && b0 !== 0 && b1 === 0 && b2 !== 0 && b3 === 0) return 'utf-16le';
  if (b.length >= 4 && b0 === 0 && b1 !== 0 && b2 === 0 && b3 !== 0) return 'utf-16be';
  return 'utf-8';
}

async function* fromUtf16(chunks: AsyncIterable<Uint8Array>, encoding: 'utf-16le' | 'utf-16be', label: string): AsyncGenerator<Uint8Array> {
  // fatal: a lone surrogate or an odd last byte is an error, never a silent U+FFFD.
  const decoder = new TextDecoder(encoding, { fatal: true });
  let at = 0;
  const broken = () => new InputError(`${label} is UTF-16 text with a broken character (near byte ${at + 1}); save it as UTF-8 and try again`);
  for await (const chunk of chunks) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw broken();
    }
    at += chunk.length;
    if (text !== '') yield Buffer.from(text, 'utf8');
  }
  let text: string;
  try {
    text = decoder.decode();
  } catch {
    throw broken();
  }
  if (text !== '') yield Buffer.from(text, 'utf8');
}

const CR = 13;
const LF = 10;

/** Pass the input through, unless its first line end is a lone CR: then every CR becomes LF, and CR LF one LF. */
export async function* crOnlyAsLf(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let mode: 'unknown' | 'lf' | 'cr' = 'unknown';
  /** In 'unknown': a chunk ending in CR, held until the next byte is known. */
  let held: Uint8Array | undefined;
  /** In 'cr': the last byte given out was a CR turned into LF. */
  let afterCr = false;
  for await (const raw of chunks) {
    let chunk = raw;
    if (mode === 'unknown') {
      if (held) {
        chunk = Buffer.concat([held, chunk]);
        held = undefined;
      }
      mode = lineEnds(chunk);
      if (mode === 'unknown' && chunk.length > 0 && chunk[chunk.length - 1] === CR) {
        held = chunk;
        continue;
      }
    }
    if (mode !== 'cr') {
      yield chunk;
      continue;
    }
    const out = Buffer.allocUnsafe(chunk.length);
    let n = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (c === CR) {
        out[n++] = LF;
        afterCr = true;
      } else {
        if (!(c === LF && afterCr)) out[n++] = c;
        afterCr = false;
      }
    }
    if (n > 0) yield out.subarray(0, n);
  }
  if (held) {
    // The input ends in its first CR: a line end all the same.
    yield held;
  }
}

/** From the first line end in `chunk`: 'lf' (LF or CR LF), 'cr' (a lone CR), or 'unknown' (none yet, or a CR at the very end). */
function lineEnds(chunk: Uint8Array): 'unknown' | 'lf' | 'cr' {
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk[i]!;
    if (c === LF) return 'lf';
    if (c === CR) {
      if (i + 1 === chunk.length) return 'unknown';
      return chunk[i + 1] === LF ? 'lf' : 'cr';
    }
  }
  return 'unknown';
}
