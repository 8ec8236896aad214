// Decoding one record's bytes: UTF-8 or a per-record "not UTF-8" error, never
// silently garbled text (a fatal decoder throws where a lenient one would
// substitute U+FFFD).

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

/** Offset of the first byte that breaks UTF-8 (for the error message), or -1 if none. */
export function firstInvalidByte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) [need, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [need, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export function notUtf8Message(what: string, bytes: Uint8Array): string {
  const at = firstInvalidByte(bytes);
  return `${what} is not UTF-8 text${at >= 0 ? ` (the first bad byte is byte ${at + 1}, 0x${bytes[at]!.toString(16).padStart(2, '0')})` : ''}; save the file as UTF-8 and try again`;
}
