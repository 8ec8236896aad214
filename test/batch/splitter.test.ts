// Splitting raw bytes into records: line numbers, chunk boundaries, the size
// cap, CSV quotes, and UTF-8 checked per record.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordSplitter, type QuotedLimits } from '../../src/batch/input/splitter.js';
import { decodeRecord } from '../../src/batch/input/utf8.js';

interface Got {
  kind: 'record' | 'tooLong';
  line: number;
  endLine: number;
  text?: string;
  notUtf8?: boolean;
  unclosed?: boolean;
  inQuotes?: boolean;
  bytes?: number;
}

function split(mode: 'lines' | 'csv', input: Buffer | string, chunkSizes: number[] = [1 << 20], max?: number, delimiter = ',', quoted?: QuotedLimits): Got[] {
  const out: Got[] = [];
  const s = new RecordSplitter(
    mode,
    {
      record(buf, start, end, line, endLine, unclosed, utf8) {
        const text = decodeRecord(buf, start, end, utf8);
        out.push({ kind: 'record', line, endLine, ...(text === undefined ? { notUtf8: true } : { text }), ...(unclosed ? { unclosed } : {}) });
      },
      tooLong(line, endLine, bytes, inQuotes) {
        out.push({ kind: 'tooLong', line, endLine, bytes, ...(inQuotes ? { inQuotes } : {}) });
      },
    },
    delimiter,
    max,
    quoted,
  );
  const data = typeof input === 'string' ? Buffer.from(input) : input;
  let at = 0;
  let i = 0;
  while (at < data.length) {
    const size = Math.max(1, chunkSizes[i++ % chunkSizes.length]!);
    s.push(data.subarray(at, at + size));
    at += size;
  }
  s.end();
  return out;
}

const texts = (got: Got[]) => got.map((g) => g.text);

describe('RecordSplitter, lines', () => {
  it('numbers lines from 1, keeps blank lines as empty records, strips CR and a leading byte-order mark', () => {
    const got = split('lines', '\ufeff{"a":1}\r\n\r\n{"b":2}\n  \n{"c":3}');
    expect(got.map((g) => [g.line, g.text])).toEqual([
      [1, '{"a":1}'],
      [2, ''],
      [3, '{"b":2}'],
      [4, '  '],
      [5, '{"c":3}'],
    ]);
  });

  it('gives the same records however the input is cut into chunks', () => {
    const input = Buffer.from('one\ntwo £ pounds\n\nthree ✓\r\nfour\n€uro at the end');
    const whole = split('lines', input);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 10 }), (sizes) => {
        expect(split('lines', input, sizes)).toEqual(whole);
      }),
    );
    expect(texts(whole)).toEqual(['one', 'two £ pounds', '', 'three ✓', 'four', '€uro at the end']);
  });

  it('reports a line that is not UTF-8 on its own, and reads its neighbours', () => {
    const input = Buffer.concat([Buffer.from('good\n'), Buffer.from([0x62, 0x61, 0xff, 0x64, 0x0a]), Buffer.from('also good £\n')]);
    for (const sizes of [[1 << 20], [1], [3, 5]]) {
      const got = split('lines', input, sizes);
      expect(got.map((g) => [g.line, g.text ?? 'NOT UTF-8'])).toEqual([
        [1, 'good'],
        [2, 'NOT UTF-8'],
        [3, 'also good £'],
      ]);
    }
  });

  it('skips a line over the limit without holding it, and keeps counting lines after it', () => {
    const long = 'x'.repeat(5000);
    const got = split('lines', `short\n${long}\nafter\n${long}`, [700], 1000);
    expect(got).toEqual([
      { kind: 'record', line: 1, endLine: 1, text: 'short' },
      { kind: 'tooLong', line: 2, endLine: 2, bytes: 5000 },
      { kind: 'record', line: 3, endLine: 3, text: 'after' },
      { kind: 'tooLong', line: 4, endLine: 4, bytes: 5000 },
    ]);
  });

  it('treats a line of exactly the limit as fine', () => {
    const got = split('lines', `${'y'.repeat(100)}\n${'z'.repeat(101)}\n`, [7], 100);
    expect(got.map((g) => g.kind)).toEqual(['record', 'tooLong']);
  });

  it('gives nothing for empty input, and one record for a last line without a line break', () => {
    expect(split('lines', '')).toEqual([]);
    expect(split('lines', '\ufeff')).toEqual([]);
    expect(texts(split('lines', 'a'))).toEqual(['a']);
  });
});

describe('RecordSplitter, csv', () => {
  it('keeps line breaks inside quoted cells in the record, and names the line the record starts on', () => {
    const got = split('csv', 'id,notes\r\n1,"two\r\nlines"\r\n2,"a ""quoted"" word, and a comma"\r\n3,plain\r\n');
    expect(got.map((g) => [g.line, g.endLine, g.text])).toEqual([
      [1, 1, 'id,notes'],
      [2, 3, '1,"two\r\nlines"'],
      [4, 4, '2,"a ""quoted"" word, and a comma"'],
      [5, 5, '3,plain'],
    ]);
  });

  it('treats a quote inside an unquoted cell as a plain character (as csv-parse does with relax_quotes)', () => {
    const got = split('csv', 'a,b"c\nnext,row\n');
    expect(texts(got)).toEqual(['a,b"c', 'next,row']);
  });

  it('finds the same records for any chunking', () => {
    const input = Buffer.from('h1,h2\n"multi\nline £",x\n  "spaced" , y\n"a""b",c\n"é\n€"\n');
    const whole = split('csv', input);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 8 }), (sizes) => {
        expect(split('csv', input, sizes)).toEqual(whole);
      }),
    );
    expect(whole.map((g) => g.line)).toEqual([1, 2, 4, 5, 6]);
  });

  it('reports an unclosed quote at the end of the input on its first line, and reads the lines after it again', () => {
    const got = split('csv', 'a,b\n1,"never closed\n2,x\n');
    expect(got.slice(1)).toEqual([
      { kind: 'record', line: 2, endLine: 2, text: '1,"never closed', unclosed: true },
      { kind: 'record', line: 3, endLine: 3, text: '2,x' },
    ]);
  });

  it('gives up on a quoted cell after the line limit, reports its first line, and goes on from the next', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `${i},x`);
    rows[3] = '3,"stray';
    const got = split('csv', `a,b\n${rows.join('\n')}\n`, [7], undefined, ',', { lines: 5, bytes: 1 << 20 });
    expect(got.map((g) => [g.line, g.text, g.unclosed ?? false])).toEqual([
      [1, 'a,b', false],
      ...rows.map((r, i) => [i + 2, r, i === 3]),
    ]);
  });

  it('gives up on a quoted cell after the byte limit too', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `${i},${'y'.repeat(20)}`);
    rows[0] = '0,"stray';
    const got = split('csv', `a,b\n${rows.join('\n')}\n`, undefined, undefined, ',', { lines: 1000, bytes: 100 });
    expect(got.map((g) => [g.line, g.text, g.unclosed ?? false])).toEqual([
      [1, 'a,b', false],
      ...rows.map((r, i) => [i + 2, r, i === 0]),
    ]);
  });

  it('keeps a long quoted cell whole while it stays within the limits', () => {
    const cell = Array.from({ length: 9 }, (_, i) => `line ${i}`).join('\n');
    const got = split('csv', `a,b\n1,"${cell}"\n2,x\n`, [5], undefined, ',', { lines: 10, bytes: 1000 });
    expect(got.map((g) => [g.line, g.endLine, g.unclosed ?? false])).toEqual([
      [1, 1, false],
      [2, 10, false],
      [11, 11, false],
    ]);
  });

  it('stops an over-long quoted record at the limit, says it was inside quotes, and goes on from the next line', () => {
    const got = split('csv', `a,b\n1,"${'q'.repeat(300)}\nstill quoted\n2,after`, [64], 100);
    expect(got.map((g) => [g.kind, g.line, g.inQuotes ?? false])).toEqual([
      ['record', 1, false],
      ['tooLong', 2, true],
      ['record', 3, false],
      ['record', 4, false],
    ]);
  });

  it('uses the delimiter it is given when deciding where quoted cells start', () => {
    const got = split('csv', 'a;b\n1;"x\ny"\n', undefined, undefined, ';');
    expect(texts(got)).toEqual(['a;b', '1;"x\ny"']);
  });
});
