// Output text on its way to a sink: gathered into chunks, and copied as bytes
// when it is known to be ASCII (most batch output is), which is much faster
// than encoding UTF-8.

import type { OutputSink } from './sink.js';

/**
 * Gathers output into chunks of about 16 KB, so writing costs a few calls, not
 * one per record (small chunks are flattened and copied while still in cache).
 * Most output is ASCII (ids, rule ids, verdicts); text that may not be is
 * added with addText, and a chunk without any is copied as bytes directly.
 * A full chunk is written at once; if the destination asks to wait, the wait
 * happens in `settle()`, which the run loop awaits after each input chunk.
 */
export class OutputBuffer implements TextOut {
  private text = '';
  private ascii = true;
  private waiting: Promise<void> | undefined;
  static readonly CHUNK = 16 * 1024;

  constructor(private readonly sink: OutputSink) {}

  /** Add text known to be ASCII. */
  add(s: string): void {
    this.text += s;
    if (this.text.length >= OutputBuffer.CHUNK) this.write();
  }

  /** Add text that may hold any character. */
  addText(s: string): void {
    if (this.ascii && !isAscii(s)) this.ascii = false;
    this.text += s;
    if (this.text.length >= OutputBuffer.CHUNK) this.write();
  }

  /** Add output already encoded (held back earlier, see run.ts). */
  addBytes(bytes: Buffer): void {
    if (this.text !== '') this.write();
    const wait = this.sink.write(bytes, false);
    if (wait) this.waiting = wait;
  }

  /** Write out what is gathered, and wait if the destination asked to. */
  async settle(): Promise<void> {
    if (this.text !== '') this.write();
    while (this.waiting) {
      const w = this.waiting;
      this.waiting = undefined;
      await w;
    }
  }

  private write(): void {
    const t = this.text;
    const ascii = this.ascii;
    this.text = '';
    this.ascii = true;
    const wait = this.sink.write(t, ascii);
    if (wait) this.waiting = wait;
  }
}

/** Where output text goes: `add` for text known to be ASCII, `addText` for any text. */
export interface TextOut {
  add(s: string): void;
  addText(s: string): void;
}

/**
 * Output held back in memory (behind a record whose notes are still being read): encoded
 * to bytes as it grows, so it sits outside the JavaScript heap and costs the collector nothing.
 */
export class HeldOutput implements TextOut {
  readonly bytes: Buffer[] = [];
  /** Bytes held so far (about: text not yet encoded counts one byte a character). */
  size = 0;
  private text = '';
  private ascii = true;

  add(s: string): void {
    this.text += s;
    this.size += s.length;
    if (this.text.length >= OutputBuffer.CHUNK) this.seal();
  }

  addText(s: string): void {
    if (this.ascii && !isAscii(s)) this.ascii = false;
    this.text += s;
    this.size += s.length;
    if (this.text.length >= OutputBuffer.CHUNK) this.seal();
  }

  /** Encode what is gathered. */
  seal(): void {
    if (this.text === '') return;
    this.bytes.push(Buffer.from(this.text, this.ascii ? 'latin1' : 'utf8'));
    this.text = '';
    this.ascii = true;
  }
}

const NOT_ASCII = /[^\x20-\x7e\t\n\r]/;

export function isAscii(s: string): boolean {
  return !NOT_ASCII.test(s);
}
