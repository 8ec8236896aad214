// Spreadsheet safety (OWASP CSV injection) and CSV round trips, tested with
// fast-check's binary strings (every code point, not just printable ASCII).
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, guardCell, isDangerousCell } from '../../src/util/output/csv-cell.js';
import { terminalSafe } from '../../src/util/output/sanitize.js';

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫', '−'];
const LEADING = [' ', '  ', '\u00a0', '\u3000', '\t', '\ufeff', '\u200b', ''];

/** A cell's first character after white space (and zero-width characters), as a spreadsheet would see it. */
function firstSignificant(cell: string): string | undefined {
  return cell.replace(/^[\s\u0000-\u001f\u200b-\u200d\u2060\ufeff]+/, '')[0];
}

function unsafe(cell: string): boolean {
  const first = cell[0];
  if (first === '\t' || first === '\r' || first === '\n') return true;
  const sig = firstSignificant(cell);
  return sig !== undefined && '=+-@＝＋－＠﹦﹢﹣﹫−'.includes(sig);
}

const cellArb = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.tuple(fc.constantFrom(...LEADING), fc.constantFrom(...TRIGGERS), fc.string({ unit: 'binary' })).map(([a, b, c]) => a + b + c),
);

describe('guardCell', () => {
  it('leaves no cell that a spreadsheet would take for a formula', () => {
    fc.assert(
      fc.property(cellArb, (cell) => {
        expect(unsafe(guardCell(cell))).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(cellArb, (cell) => {
        expect(guardCell(guardCell(cell))).toBe(guardCell(cell));
      }),
      { numRuns: 3000 },
    );
  });

  it('changes a cell only by a leading quote, and only when the cell is dangerous', () => {
    fc.assert(
      fc.property(cellArb, (cell) => {
        const g = guardCell(cell);
        expect(g === cell || g === `'${cell}`).toBe(true);
        expect(g !== cell).toBe(isDangerousCell(cell));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['=1+2', "'=1+2"],
    ['  =HYPERLINK("x")', "'  =HYPERLINK(\"x\")"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\r\n=1', "'\r\n=1"],
    ['＝1', "'＝1"],
    ['\u3000＋1', "'\u3000＋1"],
    ['call-999-now', 'call-999-now'],
    ['CALL 12 - cash', 'CALL 12 - cash'],
    ["'=already", "'=already"],
    ['', ''],
  ])('guards %j as %j', (cell, expected) => {
    expect(guardCell(cell)).toBe(expected);
  });
});

describe('csvCell', () => {
  it('round-trips through csv-parse: the same values, apart from the guard', () => {
    fc.assert(
      fc.property(fc.array(cellArb, { minLength: 1, maxLength: 6 }), (cells) => {
        const line = cells.map(csvCell).join(',') + '\r\n';
        const back = parse(line, { relax_column_count: true }) as string[][];
        // Control and invisible characters are written as visible escapes first (test/safety/ judges that).
        expect(back).toEqual([cells.map((c) => guardCell(terminalSafe(c)))]);
      }),
      { numRuns: 2000 },
    );
  });

  it('quotes cells with commas, quotes or spaces at either end; line breaks are written as \\n', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('two\\nlines');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell('plain')).toBe('plain');
  });
});
