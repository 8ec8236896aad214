// The one CSV-cell guard, for batch output and the help desk's tally alike,
// judged by oracle.ts (OWASP's formula triggers after NFKC folding, and the
// Unicode categories of dangerous characters), not by the guard's own table.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tallyCsv, type Tally } from '../../src/interview/tally.js';
import type { RuleSet } from '../../src/rules/types.js';
import { csvCell, csvRow, guardCell } from '../../src/util/output/csv-cell.js';
import { terminalSafe } from '../../src/util/output/sanitize.js';
import { FORMULA_CELLS, NAMED, dangerousIn, formulaLike } from './oracle.js';

const TRIGGER_CHARS = ['=', '+', '-', '@', '\t', '\r', '\n', '\uff1d', '\uff0b', '\uff0d', '\uff20', '\ufe66', '\ufe62', '\ufe63', '\ufe6b', '\u2212', '\u207a', '\u207b', '\u207c', '\u208a'];
const LEADING = ['', ' ', '  ', '\u00a0', '\u3000', '\u2003', '\t', '\ufeff', '\u200b', '\u2060', ...Object.values(NAMED)];

const cellArb = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.tuple(fc.constantFrom(...LEADING), fc.constantFrom(...TRIGGER_CHARS), fc.string({ unit: 'binary' })).map(([a, b, c]) => a + b + c),
);

/** The one value a CSV line holds, as a spreadsheet (or any CSV reader) gets it. */
function parsedCell(cell: string): string {
  const rows = parse(`${cell}\r\n`, { relax_column_count: true, bom: false }) as string[][];
  expect(rows).toHaveLength(1);
  expect(rows[0]).toHaveLength(1);
  return rows[0]![0]!;
}

describe('csvCell', () => {
  it.each(FORMULA_CELLS)('guards %j', (cell) => {
    expect(formulaLike(cell)).toBe(true); // the oracle agrees it is dangerous
    const value = parsedCell(csvCell(cell));
    expect(formulaLike(value)).toBe(false);
    expect(dangerousIn(value)).toEqual([]);
  });

  it('never writes a cell a spreadsheet would run, nor a dangerous character, and keeps the text', () => {
    fc.assert(
      fc.property(cellArb, (s) => {
        const cell = csvCell(s);
        expect(dangerousIn(cell, '\r\n')).toEqual([]);
        const value = parsedCell(cell);
        expect(formulaLike(value)).toBe(false);
        expect(dangerousIn(value)).toEqual([]);
        // The text is kept: as it was, with visible escapes, and with a leading ' when guarded.
        const shown = terminalSafe(s);
        expect(value === shown || value === `'${shown}`).toBe(true);
      }),
      { numRuns: 4000 },
    );
  });

  it('is idempotent, and changes a safe cell not at all', () => {
    fc.assert(
      fc.property(cellArb, (s) => {
        expect(guardCell(guardCell(s))).toBe(guardCell(s));
      }),
    );
    expect(csvCell('High risk')).toBe('High risk');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell(3)).toBe('3');
    expect(csvRow(['a', 1])).toBe('a,1\r\n');
  });

  it('writes the issue 14 clipboard attack as visible text', () => {
    expect(csvCell('\u001b[2J\u001b]52;c;cm0gLXJmIH4K\u0007')).toBe('\\u001b[2J\\u001b]52;c;cm0gLXJmIH4K\\u0007');
  });
});

describe('the tally CSV uses the same guard', () => {
  const set = { verdicts: [] } as unknown as RuleSet;
  const tally = (titles: string[]): Tally => ({
    calls: 1,
    urgent: 0,
    byVerdict: { 'no-known-signs': 1, suspicious: 0, 'high-risk': 0, scam: 0 },
    byRule: titles.map((title, i) => ({ rule: `r${i}`, title, count: 1 })),
  });

  it('guards every rule title a pack could set', () => {
    const csv = tallyCsv(set, tally(FORMULA_CELLS), '2026-11-22');
    expect(dangerousIn(csv, '\r\n')).toEqual([]);
    const rows = parse(csv, { bom: true }) as string[][];
    const titles = rows.filter((r) => r[1] === 'rule').map((r) => r[3]!);
    expect(titles).toHaveLength(FORMULA_CELLS.length);
    for (const t of titles) expect(formulaLike(t), t).toBe(false);
  });

  it('is guarded as batch output is, cell for cell', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 4 }), (titles) => {
        const rows = tallyCsv(set, tally(titles), 'd').split('\r\n');
        titles.forEach((t, i) => expect(rows[rows.length - 1 - titles.length + i]).toBe(`d,rule,r${i},${csvCell(t)},1`));
      }),
    );
  });
});
