// Fuzzing the input readers' framing: random records, written as CSV or JSON
// Lines with random line ends (LF, CRLF, CR only), byte-order marks, encodings
// (UTF-8, UTF-16 LE/BE) and blank lines, fed in random chunk sizes through the
// same path as a run (decodeInput, then the reader). What comes out must match
// a simple reference reader that sees the whole text at once: the same records,
// in the same order, on the same lines, none dropped and none invented.
// Sized to take a few seconds on a 2-core CI machine.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvReader } from '../../src/batch/input/csv.js';
import { decodeInput } from '../../src/batch/input/encoding.js';
import { JsonlReader } from '../../src/batch/input/jsonl.js';
import type { InputReader, RecordSink } from '../../src/batch/record.js';

type Event = { kind: 'fields'; line: number; value: unknown } | { kind: 'bad'; line: number } | { kind: 'blank'; line: number };

/** A sink that writes down what it is given (the fast JSON scanner declined, so every record is parsed). */
function recorder(): { sink: RecordSink; events: Event[] } {
  const events: Event[] = [];
  const sink: RecordSink = {
    fields: (line, value) => events.push({ kind: 'fields', line, value }),
    scanned: () => {
      throw new Error('not used');
    },
    scan: () => false,
    bad: (line) => events.push({ kind: 'bad', line }),
    blank: (line) => events.push({ kind: 'blank', line }),
    ignored: () => undefined,
  };
  return { sink, events };
}

async function* chunked(bytes: Buffer, sizes: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length]!;
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

async function run(bytes: Buffer, sizes: number[], make: (sink: RecordSink) => InputReader): Promise<Event[]> {
  const { sink, events } = recorder();
  const reader = make(sink);
  const decoded = await decodeInput(chunked(bytes, sizes), 'input');
  for await (const chunk of decoded.chunks) reader.push(chunk);
  reader.end();
  return events;
}

type Eol = '\n' | '\r\n' | '\r';
type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.from('\ufeff' + text, 'utf8');
    case 'utf-16le':
      return Buffer.from('\ufeff' + text, 'utf16le');
    default:
      return Buffer.from('\ufeff' + text, 'utf16le').swap16();
  }
}

const eol = fc.constantFrom<Eol>('\n', '\r\n', '\r');
const encoding = fc.constantFrom<Encoding>('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be');
const chunkSizes = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 });
/** Characters that matter to framing, and some that take several bytes. */
const piece = fc.constantFrom('a', 'b', 'Z', '1', ' ', ',', ';', '"', '""', '\n', 'é', '€', '😀', '{', '}', ':', '\\', "'", 'police');
const cellText = fc.array(piece, { maxLength: 8 }).map((p) => p.join('').trim());

// ---------------------------------------------------------------- CSV

const COLUMNS = ['id', 'claimed', 'notes'] as const;

/** One cell written as CSV: quoted when it must be (or at random), inner quotes doubled. */
function csvCell(text: string, quote: boolean): string {
  return quote || /[",;\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The reference: the whole text at once, RFC 4180 style, line ends as given; cells trimmed (as the reader's ltrim/rtrim). */
function referenceCsv(text: string, lineEnd: Eol): Event[] {
  const events: Event[] = [];
  let line = 1;
  let i = text.startsWith('\ufeff') ? 1 : 0;
  let header: string[] | undefined;
  while (i < text.length) {
    const startLine = line;
    const cells: string[] = [];
    let cell = '';
    for (;;) {
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (text[i] === '"' && text[i + 1] === '"') {
            cell += '"';
            i += 2;
          } else if (text[i] === '"') {
            i++;
            break;
          } else if (text.startsWith(lineEnd, i)) {
            // A line break in a cell comes out as written, except that a lone CR is read as LF.
            cell += lineEnd === '\r' ? '\n' : lineEnd;
            i += lineEnd.length;
            line++;
          } else {
            cell += text[i++];
          }
        }
      } else {
        while (i < text.length && text[i] !== ',' && !text.startsWith(lineEnd, i)) cell += text[i++];
        cell = cell.trim();
      }
      cells.push(cell);
      cell = '';
      if (text[i] === ',') {
        i++;
        continue;
      }
      i += lineEnd.length;
      line++;
      break;
    }
    if (cells.every((c) => c === '')) events.push({ kind: 'blank', line: startLine });
    else if (!header) header = cells;
    else {
      const value: Record<string, string> = {};
      header.forEach((name, k) => {
        if (cells[k] !== '') value[name] = cells[k]!;
      });
      events.push({ kind: 'fields', line: startLine, value });
    }
  }
  return events;
}

const csvRow = fc.tuple(cellText, cellText, cellText, fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }));
const csvFile = fc.record({
  rows: fc.array(fc.oneof({ weight: 8, arbitrary: csvRow }, { weight: 1, arbitrary: fc.constant(null) }), { maxLength: 12 }),
  blankBefore: fc.integer({ min: 0, max: 3 }),
  eol,
  encoding,
  sizes: chunkSizes,
  finalEol: fc.boolean(),
});

function writeCsv(f: { rows: ([string, string, string, boolean[]] | null)[]; blankBefore: number; eol: Eol; finalEol: boolean }): string {
  const lines = [...Array<string>(f.blankBefore).fill(''), COLUMNS.join(',')];
  for (const row of f.rows) {
    if (row === null) lines.push('');
    else lines.push(row.slice(0, 3).map((c, k) => csvCell(c as string, row[3][k]!)).join(','));
  }
  // A line break inside a quoted cell is written with the file's own line end (as a spreadsheet would).
  return lines.map((l) => l.replace(/\n/g, f.eol)).join(f.eol) + (f.finalEol ? f.eol : '');
}

describe('CSV framing, fuzzed', () => {
  it('reads the same records as the reference reader, for any line ends, encoding and chunking', async () => {
    await fc.assert(
      fc.asyncProperty(csvFile, async (f) => {
        const text = writeCsv(f);
        const got = await run(encode(text, f.encoding), f.sizes, (sink) => new CsvReader(sink, 'input'));
        expect(got).toEqual(referenceCsv(text, f.eol));
      }),
      { numRuns: 300 },
    );
  });

  it('a stray quote costs exactly its own row, for any position, line ends and chunking', async () => {
    const plainCell = fc.stringMatching(/^[a-z0-9 ]{1,6}$/).map((s) => s.trim() || 'x');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(plainCell, plainCell), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        eol,
        chunkSizes,
        async (rows, at, lineEnd, sizes) => {
          const stray = at % rows.length;
          const lines = ['id,claimed', ...rows.map(([a, b], k) => (k === stray ? `${a},"${b}` : `${a},${b}`))];
          const text = lines.join(lineEnd) + lineEnd;
          // A small limit stands in for the real one (1,000 lines), so that it is reached.
          const got = await run(Buffer.from(text), sizes, (sink) => new CsvReader(sink, 'input', undefined, { lines: 5, bytes: 1 << 20 }));
          expect(got.map((e) => e.line)).toEqual(rows.map((_, k) => k + 2));
          expect(got.map((e) => e.kind)).toEqual(rows.map((_, k) => (k === stray ? 'bad' : 'fields')));
          got.forEach((e, k) => {
            if (e.kind === 'fields') expect(e.value).toEqual({ id: rows[k]![0], claimed: rows[k]![1] });
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------- JSON Lines

const jsonValue = fc.oneof(cellText, fc.array(cellText, { maxLength: 3 }), fc.integer(), fc.constantFrom(null, true));
const jsonRecord = fc.record({
  id: fc.oneof(cellText, fc.integer(), fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n })),
  claimed: jsonValue,
  notes: fc.oneof(cellText, fc.string({ unit: 'grapheme', maxLength: 10 })),
});
const jsonlFile = fc.record({
  lines: fc.array(fc.oneof({ weight: 6, arbitrary: jsonRecord }, { weight: 1, arbitrary: fc.constantFrom('', '  ', '\t') }, { weight: 1, arbitrary: fc.constantFrom('{"broken":', 'not json', '{"a":1}x') }), {
    maxLength: 12,
  }),
  eol,
  encoding,
  sizes: chunkSizes,
  finalEol: fc.boolean(),
});

/** A record as a JSON line; a bigint id is written as a bare integer literal, however long. */
function jsonLine(r: { id: unknown; claimed: unknown; notes: unknown }): string {
  const id = typeof r.id === 'bigint' ? r.id.toString() : JSON.stringify(r.id);
  return `{"id":${id},"claimed":${JSON.stringify(r.claimed)},"notes":${JSON.stringify(r.notes)}}`;
}

/** The reference: split the whole text on its line ends; JSON.parse each line, an integer id of 16 digits or more kept as text. */
function referenceJsonl(text: string, lineEnd: Eol): Event[] {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  const lines = body.split(lineEnd);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((l, k): Event => {
    const line = k + 1;
    if (l.trim() === '') return { kind: 'blank', line };
    try {
      const value = JSON.parse(l.replace(/^\{"id":(-?\d{16,}),/, '{"id":"$1",')) as Record<string, unknown>;
      if (typeof value['id'] === 'string' && /^-?\d{16,}$/.test(value['id']) && Number.isSafeInteger(Number(value['id']))) value['id'] = Number(value['id']);
      return { kind: 'fields', line, value };
    } catch {
      return { kind: 'bad', line };
    }
  });
}

describe('JSON Lines framing, fuzzed', () => {
  it('reads the same records as the reference reader, for any line ends, encoding and chunking', async () => {
    await fc.assert(
      fc.asyncProperty(jsonlFile, async (f) => {
        const text = f.lines.map((l) => (typeof l === 'string' ? l : jsonLine(l))).join(f.eol) + (f.finalEol ? f.eol : '');
        // The first line decides whether the input is a JSON array or pretty-printed: keep those shapes out.
        fc.pre(!/^\s*(\[|\{\s*$)/.test(text.split(f.eol)[0] ?? ''));
        const got = await run(encode(text, f.encoding), f.sizes, (sink) => new JsonlReader(sink, 'input'));
        expect(got).toEqual(referenceJsonl(text, f.eol));
      }),
      { numRuns: 300 },
    );
  });
});
