// Raw bytes → records, with line numbers, before any decoding. Splitting bytes
// (not text) lets each record be checked for UTF-8 on its own, and caps how
// much is buffered: a record over the limit is skipped to its end and reported,
// never held whole in memory.
//
// Two ways to split: "lines" (JSON Lines: every \n ends a record) and "csv"
// (a \n inside a quoted cell does not). The CSV state machine mirrors how
// csv-parse (with ltrim, rtrim and relax_quotes) decides where a record ends,
// so the fields can then be parsed by csv-parse record by record.
//
// UTF-8 is checked a chunk at a time (isUtf8 over the records that start and
// end in the chunk; a line break is never inside a multi-byte character), so
// the common case decodes without a check per record; records that span
// chunks, or lie in a chunk that fails the check, are checked one by one.

import { isUtf8 } from 'node:buffer';

export const MAX_RECORD_BYTES = 1024 * 1024;

/**
 * A quoted CSV cell may hold line breaks, but not without end: one stray " would
 * otherwise swallow the rest of the file into one record. A record whose quoted
 * cell is still open after this many lines, or this many bytes, is reported as
 * bad on its first line (its quote is never closed), and reading goes on from
 * the line after it — so a stray quote costs one record.
 */
export const MAX_QUOTED_LINES = 1000;
export const MAX_QUOTED_BYTES = 256 * 1024;

export interface QuotedLimits {
  lines: number;
  bytes: number;
}

export interface SplitterEvents {
  /**
   * One record: bytes [start, end) of `buf` (without the line ending; valid only during the call).
   * `utf8`: true when those bytes are already known to be valid UTF-8 (checked a chunk at a time).
   * `unclosedQuote`: a quoted cell in it never closed (at the end of the input, or within the
   * limits above); the record is then just its first line, and the lines after it are read again.
   */
  record(buf: Buffer, start: number, end: number, line: number, endLine: number, unclosedQuote: boolean, utf8: boolean): void;
  /** A record longer than the limit was skipped; `inQuotes`: it ended inside a quoted CSV cell. */
  tooLong(line: number, endLine: number, byteLength: number, inQuotes: boolean): void;
}

const NL = 10;
const CR = 13;
const QUOTE = 34;

// CSV states
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3;
const AFTER_QUOTE = 4;

export class RecordSplitter {
  private line = 1;
  /** Line on which the current (unfinished) record started. */
  private recordLine = 1;
  private pending: Buffer[] = [];
  private pendingLength = 0;
  /** > 0 while skipping the rest of an over-long record: the bytes skipped so far. */
  private skipped = 0;
  private skippedInQuotes = false;
  private state = FIELD_START;
  private head: Buffer | undefined;
  /** The range of the current chunk known to be valid UTF-8. */
  private validFrom = 0;
  private validTo = -1;
  private started = false;
  private readonly csv: boolean;
  private delimiter: number;
  private trimTab: boolean;

  constructor(
    mode: 'lines' | 'csv',
    private readonly events: SplitterEvents,
    delimiter = ',',
    private readonly maxBytes = MAX_RECORD_BYTES,
    private readonly quoted: QuotedLimits = { lines: MAX_QUOTED_LINES, bytes: MAX_QUOTED_BYTES },
  ) {
    this.csv = mode === 'csv';
    this.delimiter = delimiter.charCodeAt(0);
    this.trimTab = delimiter !== '\t';
  }

  /** Change the CSV delimiter: only while what has been pushed is blank lines (the header row is not yet in). */
  setDelimiter(delimiter: string): void {
    this.delimiter = delimiter.charCodeAt(0);
    this.trimTab = delimiter !== '\t';
  }

  push(data: Uint8Array): void {
    const chunk = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if (!this.started) {
      // Hold back until three bytes are in, to see a UTF-8 byte-order mark whole.
      const head = this.head ? concat([this.head, chunk], this.head.length + chunk.length) : chunk;
      if (head.length < 3) {
        this.head = head;
        return;
      }
      this.start(head);
      return;
    }
    this.feed(chunk);
  }

  end(): void {
    if (!this.started) this.start(this.head ?? Buffer.alloc(0));
    for (;;) {
      if (this.skipped > 0) {
        this.events.tooLong(this.recordLine, this.line, this.skipped, this.skippedInQuotes);
        this.skipped = 0;
        break;
      }
      if (this.pendingLength === 0) break;
      const bytes = this.takePending(undefined, 0, 0);
      const unclosed = this.csv && this.state === QUOTED;
      const nl = unclosed ? bytes.indexOf(NL) : -1;
      if (nl < 0) {
        this.emit(bytes, 0, bytes.length, unclosed, false);
        break;
      }
      // A quote never closed: its first line is the bad record; read the lines after it again.
      this.unclosed(bytes, nl);
      this.validFrom = 0;
      this.validTo = -1;
      this.feedCsv(bytes.subarray(nl + 1));
    }
    this.pending = [];
    this.pendingLength = 0;
  }

  private start(head: Buffer): void {
    this.started = true;
    this.head = undefined;
    const bom = head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
    this.feed(bom ? head.subarray(3) : head);
  }

  private feed(chunk: Buffer): void {
    this.checkUtf8(chunk);
    if (this.csv) this.feedCsv(chunk);
    else this.feedLines(chunk);
  }

  /** Check at once the records that start and end in this chunk. */
  private checkUtf8(chunk: Buffer): void {
    const last = chunk.lastIndexOf(NL);
    const from = this.pendingLength > 0 || this.skipped > 0 ? chunk.indexOf(NL) + 1 : 0;
    if (last >= from && isUtf8(chunk.subarray(from, last))) {
      this.validFrom = from;
      this.validTo = last;
    } else {
      this.validFrom = 0;
      this.validTo = -1;
    }
  }

  private feedLines(chunk: Buffer): void {
    let pos = 0;
    const len = chunk.length;
    while (pos < len) {
      const nl = chunk.indexOf(NL, pos);
      if (nl < 0) {
        this.hold(chunk, pos, len);
        return;
      }
      this.finishRecord(chunk, pos, nl);
      pos = nl + 1;
    }
  }

  private feedCsv(chunk: Buffer): void {
    // Work to do, last first: a runaway quoted cell puts back the lines after its first, then the rest of the chunk.
    const work: Buffer[] = [chunk];
    let first = true;
    while (work.length > 0) {
      const buf = work.pop()!;
      if (!first) {
        // Records from here on are checked for UTF-8 one by one.
        this.validFrom = 0;
        this.validTo = -1;
      }
      first = false;
      this.scanCsv(buf, work);
    }
  }

  private scanCsv(chunk: Buffer, work: Buffer[]): void {
    const len = chunk.length;
    let pos = 0;
    // Resume skipping an over-long record: up to the next line break, quotes ignored.
    if (this.skipped > 0) {
      const nl = chunk.indexOf(NL);
      if (nl < 0) {
        this.skipped += len;
        return;
      }
      this.skipped += nl;
      this.events.tooLong(this.recordLine, this.line, this.skipped, this.skippedInQuotes);
      this.skipped = 0;
      this.line++;
      this.recordLine = this.line;
      this.state = FIELD_START;
      pos = nl + 1;
    }
    let start = pos;
    let state = this.state;
    const d = this.delimiter;
    const maxLines = this.quoted.lines;
    const maxBytes = this.quoted.bytes;
    for (let i = pos; i < len; i++) {
      const c = chunk[i]!;
      if (c === NL) {
        if (state === QUOTED) {
          this.line++;
          if (this.line - this.recordLine >= maxLines || this.pendingLength + (i - start) > maxBytes) {
            // A runaway quoted cell: its first line is the bad record; the lines after it are read again.
            const bytes = this.takePending(chunk, start, i + 1);
            const nl = bytes.indexOf(NL);
            this.unclosed(bytes, nl);
            work.push(chunk.subarray(i + 1));
            if (nl + 1 < bytes.length) work.push(bytes.subarray(nl + 1));
            return;
          }
          continue;
        }
        this.state = FIELD_START;
        this.finishRecord(chunk, start, i);
        state = this.state;
        start = i + 1;
        continue;
      }
      switch (state) {
        case FIELD_START:
          if (c === QUOTE) state = QUOTED;
          else if (c !== d && !this.isTrim(c)) state = UNQUOTED;
          break;
        case UNQUOTED:
          if (c === d) state = FIELD_START;
          break;
        case QUOTED:
          if (c === QUOTE) state = QUOTE_IN_QUOTED;
          break;
        case QUOTE_IN_QUOTED:
          if (c === QUOTE) state = QUOTED;
          else if (c === d) state = FIELD_START;
          else if (this.isTrim(c)) state = AFTER_QUOTE;
          else state = UNQUOTED; // text after a closing quote: csv-parse reports it
          break;
        default: // AFTER_QUOTE
          if (c === d) state = FIELD_START;
          else if (!this.isTrim(c)) state = UNQUOTED;
      }
    }
    this.state = state;
    if (start < len) this.hold(chunk, start, len);
  }

  /** The record in `bytes` has a quoted cell that never closes: give its first line (up to `nl`) as the bad record, and start again on the next line. */
  private unclosed(bytes: Buffer, nl: number): void {
    this.line = this.recordLine;
    this.emit(bytes, 0, nl, true, false);
    this.line = this.recordLine + 1;
    this.recordLine = this.line;
    this.state = FIELD_START;
  }

  private isTrim(c: number): boolean {
    return c === 32 || c === CR || c === 12 || (c === 9 && this.trimTab);
  }

  /** Keep the unfinished end of a chunk; start skipping once it is over the limit. */
  private hold(chunk: Buffer, from: number, to: number): void {
    if (this.skipped > 0) {
      this.skipped += to - from;
      return;
    }
    this.pending.push(chunk.subarray(from, to));
    this.pendingLength += to - from;
    if (this.pendingLength > this.maxBytes) {
      this.skipped = this.pendingLength;
      this.skippedInQuotes = this.csv && this.state === QUOTED;
      this.pending = [];
      this.pendingLength = 0;
    }
  }

  /** A line break at `to` ends the record made of what is pending plus chunk[from, to). */
  private finishRecord(chunk: Buffer, from: number, to: number): void {
    if (this.skipped > 0) {
      this.skipped += to - from;
      this.events.tooLong(this.recordLine, this.line, this.skipped, this.skippedInQuotes);
      this.skipped = 0;
    } else {
      const size = this.pendingLength + (to - from);
      if (size > this.maxBytes) {
        this.events.tooLong(this.recordLine, this.line, size, false);
        this.pending = [];
        this.pendingLength = 0;
      } else {
        if (this.pendingLength === 0) this.emit(chunk, from, to, false, from >= this.validFrom && to <= this.validTo);
        else {
          const bytes = this.takePending(chunk, from, to);
          this.emit(bytes, 0, bytes.length, false, false);
        }
      }
    }
    this.line++;
    this.recordLine = this.line;
  }

  private emit(buf: Buffer, start: number, end: number, unclosedQuote: boolean, utf8: boolean): void {
    if (end > start && buf[end - 1] === CR) end--;
    this.events.record(buf, start, end, this.recordLine, this.line, unclosedQuote, utf8);
  }

  private takePending(chunk: Buffer | undefined, from: number, to: number): Buffer {
    if (chunk && to > from) this.pending.push(chunk.subarray(from, to));
    const total = this.pendingLength + (chunk ? to - from : 0);
    const out = concat(this.pending, total);
    this.pending = [];
    this.pendingLength = 0;
    return out;
  }
}

function concat(parts: Buffer[], total: number): Buffer {
  if (parts.length === 1) return parts[0]!;
  const out = Buffer.allocUnsafe(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
