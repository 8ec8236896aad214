// Answer id → bit, looked up fast: ids straight out of JSON.parse (or still
// inside the line, for the JSON Lines scanner) are found without hashing a
// whole string or making one.

/**
 * Answer id → bit for one question. Strings fresh from JSON.parse have no
 * cached hash, so Map.get hashes each one whole; this table probes by length
 * and three characters, then compares once.
 */
export class IdTable {
  private readonly keys: (string | undefined)[];
  private readonly bits: Int32Array;
  private readonly mask: number;

  constructor(ids: ReadonlyMap<string, number>) {
    let size = 64;
    while (size < ids.size * 4) size *= 2;
    this.mask = size - 1;
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.bits = new Int32Array(size).fill(-1);
    for (const [id, bit] of ids) {
      let k = this.slot(id);
      while (this.keys[k] !== undefined) k = (k + 1) & this.mask;
      this.keys[k] = id;
      this.bits[k] = bit;
    }
  }

  /** The bit for `id`, or -1. */
  get(id: string): number {
    return this.getAt(id, 0, id.length);
  }

  /** The bit for the id s[start, end), or -1; no string is made. */
  getAt(s: string, start: number, end: number): number {
    const n = end - start;
    if (n === 0) return -1;
    let k = (n * 131 + s.charCodeAt(start) * 31 + s.charCodeAt(end - 1) * 7 + s.charCodeAt(start + (n >> 1))) & this.mask;
    for (;;) {
      const key = this.keys[k];
      if (key === undefined) return -1;
      if (key.length === n && sameAt(s, start, key)) return this.bits[k]!;
      k = (k + 1) & this.mask;
    }
  }

  private slot(id: string): number {
    const n = id.length;
    return (n * 131 + id.charCodeAt(0) * 31 + id.charCodeAt(n - 1) * 7 + id.charCodeAt(n >> 1)) & this.mask;
  }
}


/** s has `key` at `start` (a plain loop: faster than startsWith for short ids). */
export function sameAt(s: string, start: number, key: string): boolean {
  for (let j = 0; j < key.length; j++) if (s.charCodeAt(start + j) !== key.charCodeAt(j)) return false;
  return true;
}
