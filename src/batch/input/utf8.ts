// Decoding one record's bytes: UTF-8 or a per-record "not UTF-8" error, never
// silently garbled text (a fatal decoder throws where a lenient one would
// substitute U+FFFD).

import { firstInvalidUtf8 } from '../../util/utf8.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text, or undefined when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Bytes [start, end) of buf as text; `known` says they were already checked. Undefined when not UTF-8. */
export function decodeRecord(buf: Buffer, start: number, end: number, known: boolean): string | undefined {
  return known ? buf.toString('utf8', start, end) : decodeUtf8(buf.subarray(start, end));
}

export function notUtf8Message(what: string, bytes: Uint8Array): string {
  const at = firstInvalidUtf8(bytes);
  return `${what} is not UTF-8 text${at >= 0 ? ` (the first bad byte is byte ${at + 1}, 0x${bytes[at]!.toString(16).padStart(2, '0')})` : ''}; save the file as UTF-8 and try again`;
}
