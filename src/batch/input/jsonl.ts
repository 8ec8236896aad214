// JSON Lines: one object per line. Each line is checked for UTF-8 (a line that
// is not is a bad record; the others still count), then read: the usual flat
// record by the sink's own scanner, anything else by JSON.parse. Blank lines
// are skipped but counted, so every other record keeps its true line number
// and nothing vanishes unannounced.

import { InputError } from '../../util/errors.js';
import type { InputReader, RecordSink } from '../record.js';
import { keepLargeIds } from './json-scan.js';
import { inputLabel } from './source.js';
import { MAX_RECORD_BYTES, RecordSplitter } from './splitter.js';
import { decodeRecord, notUtf8Message } from './utf8.js';

const LONG_NUMBER = /\d{16}/;

export class JsonlReader implements InputReader {
  private readonly splitter: RecordSplitter;
  private first = true;

  constructor(
    private readonly sink: RecordSink,
    private readonly inputName: string,
    maxBytes = MAX_RECORD_BYTES,
  ) {
    this.splitter = new RecordSplitter(
      'lines',
      {
        record: (buf, start, end, line, _endLine, _unclosed, utf8) => this.line(buf, start, end, line, utf8),
        tooLong: (line, _end, size) => this.sink.bad(line, tooLongMessage(size, maxBytes)),
      },
      ',',
      maxBytes,
    );
  }

  push(chunk: Uint8Array): void {
    this.splitter.push(chunk);
  }

  end(): void {
    this.splitter.end();
  }

  private line(buf: Buffer, start: number, end: number, line: number, utf8: boolean): void {
    if (end === start) {
      // An empty line (runs of them are common at the start of piped input): nothing to decode.
      this.sink.blank(line);
      return;
    }
    const text = decodeRecord(buf, start, end, utf8);
    if (text === undefined) {
      this.sink.bad(line, notUtf8Message('this line', buf.subarray(start, end)));
      return;
    }
    // The common case, a line starting with "{", skips the blank test.
    if (text.charCodeAt(0) !== 123 && text.trim() === '') {
      this.sink.blank(line);
      return;
    }
    if (this.first) {
      this.first = false;
      this.checkShape(text, line);
    }
    // Most lines are flat objects of text and lists: the sink reads those without JSON.parse.
    if (this.sink.scan(text)) {
      this.sink.scanned(line);
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      this.sink.bad(line, `this line is not valid JSON (${(err as Error).message})`);
      return;
    }
    // An integer id past 2^53 has at least 16 digits: only then look for one to keep exactly.
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && LONG_NUMBER.test(text)) keepLargeIds(text, value as Record<string, unknown>);
    this.sink.fields(line, value);
  }

  /** A whole-file JSON array or pretty-printed JSON would give a bad record per line: say what it is instead. */
  private checkShape(text: string, line: number): void {
    const t = text.trim();
    const where = `${inputLabel(this.inputName)} line ${line}`;
    if (t.startsWith('[')) {
      throw new InputError(
        `${where} starts with "[": this looks like one JSON array, but scamcheck reads JSON Lines (one object per line).\n` +
          `Convert it first, for example:  jq -c '.[]' calls.json > calls.jsonl`,
      );
    }
    if (t === '{') {
      throw new InputError(
        `${where} is just "{": this looks like pretty-printed JSON, but scamcheck reads JSON Lines (one whole object per line).\n` +
          `Convert it first, for example:  jq -c . calls.json > calls.jsonl`,
      );
    }
  }
}

export function tooLongMessage(size: number, max: number): string {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  return `this record is too long (${mb(size)} MB; the limit is ${mb(max)} MB), so it was not read`;
}
