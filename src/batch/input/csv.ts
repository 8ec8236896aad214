// CSV with a header row, as exported by spreadsheets and case systems.
//
// How it is read: the raw bytes are split into records first (a line break
// inside a quoted cell stays in its record) by RecordSplitter, so each record
// has its true starting line, is capped in size, and is checked for UTF-8 on
// its own; then csv-parse turns each record's text into cells. Records are
// parsed a chunk at a time; if csv-parse refuses a chunk, each record in it is
// parsed alone, so one broken row is one bad record.
//
// Real exports: a byte-order mark, CRLF, quoted cells with commas, quotes and
// line breaks, header names in any case with stray spaces, extra columns
// (ignored, and named in the summary), cells separated by commas, semicolons
// or tabs (whichever the header row uses).

// csv-parse's generic overload needs `columns`; its plain overload returns any, so the cells are typed by assertion.
/* eslint-disable @typescript-eslint/no-unnecessary-type-assertion */
import { parse, type Options as CsvOptions } from 'csv-parse/sync';
import { InputError } from '../../util/errors.js';
import { quoteInput } from '../../util/output/sanitize.js';
import { FIELDS, type Field, type InputReader, type RecordSink } from '../record.js';
import { tooLongMessage } from './jsonl.js';
import { inputLabel } from './source.js';
import { MAX_QUOTED_BYTES, MAX_QUOTED_LINES, MAX_RECORD_BYTES, RecordSplitter, type QuotedLimits } from './splitter.js';
import { decodeRecord, notUtf8Message } from './utf8.js';

const ANSWER_COLUMNS: readonly Field[] = ['claimed', 'asked', 'signs', 'happened', 'notes'];
const DELIMITERS = [',', ';', '\t'] as const;
const fmt = (n: number) => n.toLocaleString('en-GB');

type Item = { kind: 'row'; line: number; text: string } | { kind: 'bad'; line: number; message: string; id?: string | undefined } | { kind: 'blank'; line: number };

interface Header {
  /** For each column, the field it holds (undefined: ignored). */
  columns: (Field | undefined)[];
}

export class CsvReader implements InputReader {
  private readonly splitter: RecordSplitter;
  /** Until the header row is in: the bytes of the line being looked at (lines before it that are blank are passed on). */
  private head: Buffer[] = [];
  private headLength = 0;
  private headHasText = false;
  /** Bytes looked at before the header row (to see a byte-order mark at the very start). */
  private seen = 0;
  private started = false;
  private header: Header | undefined;
  private queue: Item[] = [];
  private options: CsvOptions = {};
  private readonly quotedLines: number;
  private readonly quotedKb: number;
  delimiter = ',';

  constructor(
    private readonly sink: RecordSink,
    private readonly inputName: string,
    private readonly maxBytes = MAX_RECORD_BYTES,
    quoted?: QuotedLimits,
  ) {
    this.quotedLines = quoted?.lines ?? MAX_QUOTED_LINES;
    this.quotedKb = Math.round((quoted?.bytes ?? MAX_QUOTED_BYTES) / 1024);
    this.splitter = new RecordSplitter(
      'csv',
      {
        record: (buf, start, end, line, _endLine, unclosed, utf8) => this.record(buf, start, end, line, unclosed, utf8),
        tooLong: (line, _end, size, inQuotes) => this.tooLong(line, size, inQuotes),
      },
      ',',
      this.maxBytes,
      quoted,
    );
  }

  push(data: Uint8Array): void {
    const chunk = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if (this.started) this.splitter.push(chunk);
    else this.lookForHeader(chunk);
    this.flush();
  }

  end(): void {
    if (!this.started) this.begin();
    this.splitter.end();
    this.flush();
  }

  /**
   * Before the header row: blank lines go straight on (each byte is looked at once, so any
   * number of them costs linear time and no memory); the first line with text is held until
   * it is complete, to see which delimiter it uses.
   */
  private lookForHeader(chunk: Buffer): void {
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (c === 10) {
        if (this.headHasText) {
          this.holdHead(chunk.subarray(from));
          this.begin();
          return;
        }
        // A blank line: pass it on (the splitter reports it, and keeps count of lines).
        this.passHead(chunk.subarray(from, i + 1));
        from = i + 1;
      } else if (!(c === 32 || c === 9 || c === 13 || (this.seen + i < 3 && (c === 0xef || c === 0xbb || c === 0xbf)))) {
        this.headHasText = true;
      }
    }
    this.seen += chunk.length;
    this.holdHead(chunk.subarray(from));
    // A header line over the record limit: go on, and let the splitter report it.
    if (this.headLength > this.maxBytes) this.begin();
  }

  private holdHead(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.head.push(bytes);
    this.headLength += bytes.length;
  }

  private passHead(bytes: Buffer): void {
    if (this.head.length > 0) {
      for (const b of this.head) this.splitter.push(b);
      this.head = [];
      this.headLength = 0;
    }
    this.splitter.push(bytes);
  }

  private begin(): void {
    this.started = true;
    const head = this.head;
    this.head = [];
    this.headLength = 0;
    this.delimiter = detectDelimiter(firstLine(head));
    this.options = {
      delimiter: this.delimiter,
      record_delimiter: '\n',
      quote: '"',
      escape: '"',
      ltrim: true,
      rtrim: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      bom: false,
    };
    this.splitter.setDelimiter(this.delimiter);
    for (const chunk of head) this.splitter.push(chunk);
  }

  private where(line: number): string {
    return `${inputLabel(this.inputName)} line ${line}`;
  }

  private record(buf: Buffer, start: number, end: number, line: number, unclosedQuote: boolean, utf8: boolean): void {
    if (unclosedQuote) {
      const limits = `within ${fmt(this.quotedLines)} lines or ${this.quotedKb} KB`;
      if (!this.header) throw new InputError(`${this.where(line)}: the header row has a quoted cell that is never closed (${limits}); look for a stray " in it`);
      const message = `a quoted cell that starts in this row is never closed (${limits}), so this row was not read; look for a stray " in it. Reading went on from the next line`;
      this.queue.push({ kind: 'bad', line, message, id: this.leadingId(buf, start, end) });
      return;
    }
    if (end === start) {
      this.queue.push({ kind: 'blank', line });
      return;
    }
    const text = decodeRecord(buf, start, end, utf8);
    if (text === undefined) {
      const bytes = buf.subarray(start, end);
      if (!this.header) throw new InputError(`${this.where(line)}: ${notUtf8Message('the header row', bytes)}`);
      this.queue.push({ kind: 'bad', line, message: notUtf8Message('this row', bytes) });
      return;
    }
    if (text.trim() === '') {
      this.queue.push({ kind: 'blank', line });
      return;
    }
    if (!this.header) {
      this.flush(); // blank lines before the header, in order
      this.header = this.readHeader(text, line);
      return;
    }
    this.queue.push({ kind: 'row', line, text });
  }

  /** The id of a row that could not be read, when it is the first column and plainly written before any quote. */
  private leadingId(buf: Buffer, start: number, end: number): string | undefined {
    if (this.header?.columns[0] !== 'id') return undefined;
    const text = decodeRecord(buf, start, end, false);
    if (text === undefined) return undefined;
    const cell = text.slice(0, text.indexOf(this.delimiter) >>> 0).trim();
    return cell === '' || cell.includes('"') ? undefined : cell;
  }

  private tooLong(line: number, size: number, inQuotes: boolean): void {
    const message = tooLongMessage(size, this.maxBytes) + (inQuotes ? '; a quoted cell in it may be missing its closing quote' : '');
    if (!this.header) throw new InputError(`${this.where(line)}: the header row: ${message}`);
    this.queue.push({ kind: 'bad', line, message });
  }

  private readHeader(text: string, line: number): Header {
    let cells: string[];
    try {
      cells = (parse(text, this.options) as string[][])[0] ?? [];
    } catch (err) {
      throw new InputError(`${this.where(line)}: the header row could not be read: ${csvProblem(err)}`);
    }
    const columns: (Field | undefined)[] = [];
    const at = new Map<Field, number>();
    for (let i = 0; i < cells.length; i++) {
      const raw = cells[i]!;
      const name = normaliseName(raw);
      const field = (FIELDS as readonly string[]).includes(name) ? (name as Field) : undefined;
      if (field && at.has(field)) {
        throw new InputError(`${this.where(line)}: the header row names the column "${field}" twice (columns ${at.get(field)! + 1} and ${i + 1}); keep one`);
      }
      if (field) at.set(field, i);
      else this.sink.ignored(raw.trim());
      columns.push(field);
    }
    if (!ANSWER_COLUMNS.some((f) => at.has(f))) {
      const shown = cells.slice(0, 12).map((c) => quoteInput(c, 30)).join(', ');
      throw new InputError(
        `${this.where(line)}: the header row has none of the columns scamcheck reads (${ANSWER_COLUMNS.join(', ')}; id is optional).\n` +
          `Its columns are: ${shown}${cells.length > 12 ? ', …' : ''}.\n` +
          'The first row must name the columns. Cells may be separated by commas, semicolons or tabs.',
      );
    }
    return { columns };
  }

  /** Parse the queued rows (all at once when possible) and hand everything on, in input order. */
  private flush(): void {
    if (this.queue.length === 0) return;
    const queue = this.queue;
    this.queue = [];
    const rows = queue.filter((i): i is Extract<Item, { kind: 'row' }> => i.kind === 'row');
    let parsed: (string[] | Error)[] | undefined;
    if (rows.length > 1) {
      try {
        const all = parse(rows.map((r) => r.text).join('\n'), this.options) as string[][];
        if (all.length === rows.length) parsed = all;
      } catch {
        // One row in the chunk is broken: parse them one by one below.
      }
    }
    parsed ??= rows.map((r) => {
      try {
        return (parse(r.text, this.options) as string[][])[0] ?? [];
      } catch (err) {
        return err as Error;
      }
    });
    let next = 0;
    for (const item of queue) {
      if (item.kind === 'blank') this.sink.blank(item.line);
      else if (item.kind === 'bad') this.sink.bad(item.line, item.message, item.id);
      else {
        const cells = parsed[next++]!;
        if (cells instanceof Error) this.sink.bad(item.line, `this row could not be read as CSV: ${csvProblem(cells)}`);
        else this.row(item.line, cells);
      }
    }
  }

  private row(line: number, cells: string[]): void {
    const columns = this.header!.columns;
    let empty = true;
    for (let i = 0; i < cells.length; i++) {
      if (cells[i] !== '') {
        empty = false;
        break;
      }
    }
    if (empty) {
      this.sink.blank(line);
      return;
    }
    if (cells.length < columns.length || (cells.length > columns.length && cells.slice(columns.length).some((c) => c !== ''))) {
      // The id is kept only when it is the first column: no missing or extra separator can have moved it.
      const id = columns[0] === 'id' ? cells[0] : undefined;
      this.sink.bad(
        line,
        `this row has ${cells.length} cell${cells.length === 1 ? '' : 's'} but the header row has ${columns.length} (a ragged row: ` +
          (cells.length < columns.length ? 'a missing separator, or a line break in a cell that is not in quotes?)' : 'a separator inside a cell that is not in quotes?)'),
        id,
      );
      return;
    }
    const value: Partial<Record<Field, string>> = {};
    for (let i = 0; i < columns.length; i++) {
      const field = columns[i];
      if (field !== undefined && cells[i] !== '') value[field] = cells[i]!;
    }
    this.sink.fields(line, value);
  }
}

/** "  Claimed " → "claimed"; a byte-order mark or quotes left by a bad export are dropped too. */
function normaliseName(raw: string): string {
  return raw.replace(/^\ufeff/, '').trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase();
}

/** The header line held (up to its first line break), as text (lenient decoding). */
function firstLine(chunks: Buffer[]): string {
  const text = Buffer.concat(chunks).toString('utf8');
  const nl = text.indexOf('\n');
  return nl < 0 ? text : text.slice(0, nl);
}

/** The delimiter under which the header row names the most columns scamcheck reads; a comma on a tie. */
export function detectDelimiter(headerLine: string): string {
  let best: string = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const score = headerLine.split(d).filter((c) => (FIELDS as readonly string[]).includes(normaliseName(c))).length;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** csv-parse's error in plain words (its line numbers refer to the piece parsed, so they are left out). */
function csvProblem(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'CSV_INVALID_CLOSING_QUOTE' || code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') {
    return 'a quoted cell has text after its closing quote (a " inside a quoted cell must be written as "")';
  }
  if (code === 'CSV_QUOTE_NOT_CLOSED') return 'a quoted cell is never closed';
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/\s*at line \d+/g, '');
}
