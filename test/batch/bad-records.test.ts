// Every kind of bad record: exactly one output per input record, in input
// order, with the right line and an error naming what was wrong.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { batchInProcess } from './helpers.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/batch/${name}`, import.meta.url));

/** [line, id, verdict | RegExp for the error] */
type Expected = [number, string | number | null, string | RegExp];

function expectRecords(records: Record<string, unknown>[], expected: Expected[]): void {
  expect(records.map((r) => r['line'])).toEqual(expected.map((e) => e[0]));
  for (const [i, [line, id, what]] of expected.entries()) {
    const r = records[i]!;
    expect(r['id'], `line ${line}`).toEqual(id);
    if (typeof what === 'string') {
      expect(r['error'], `line ${line}`).toBeUndefined();
      expect(r['verdict'], `line ${line}`).toBe(what);
      expect(typeof r['urgent']).toBe('boolean');
      expect(Array.isArray(r['rules'])).toBe(true);
    } else {
      expect(r['error'], `line ${line}`).toMatch(what);
      expect(r['verdict'], `line ${line}`).toBeUndefined();
    }
  }
}

describe('JSON Lines with bad records', () => {
  it('writes one result per record, in order, and says what was wrong with each bad one', async () => {
    const r = await batchInProcess(fixture('bad-records.jsonl'), { inputFormat: 'jsonl' });
    expect(r.code).toBe(EXIT.badRecords);
    expectRecords(r.records, [
      [1, 'ok-1', 'scam'],
      [2, null, /^this line is not valid JSON \(/],
      [4, 'unknown-id', /^"polise" is not an answer to claimed; did you mean "police"\?/],
      [5, 'wrong-type-number', /^asked is a number \(5\)/],
      [6, 'wrong-type-object', /^signs is an object/],
      [7, 'nested-list', /^asked\[0\] is a list/],
      [8, 'null-field', /^happened is null/],
      [10, null, /^the record is a list, not an object/],
      [11, 'nothing-to-check', /^nothing to check/],
      [12, 'ok-2', 'scam'],
      [13, 7, 'high-risk'],
    ]);
    expect(r.stderr).toMatch(/^scamcheck batch: 11 records from standard input/);
    expect(r.stderr).toMatch(/bad records\s+8 {2}\(lines 2, 4, 5, 6, 7 and 3 more;/);
    expect(r.stderr).toMatch(/blank lines\s+2 {2}\(skipped: lines 3, 9\)/);
    expect(r.stderr).toMatch(/Ignored fields scamcheck does not read: "extra"\./);
  });

  it('reports bytes that are not UTF-8 on that line only', async () => {
    const input = Buffer.concat([
      Buffer.from('{"id":"before","claimed":"bank","asked":"none"}\n'),
      Buffer.from('{"id":"latin-1 \xa3","claimed":"bank"}\n', 'latin1'),
      Buffer.from('{"id":"after £","claimed":"bank","asked":"none"}\n'),
    ]);
    const r = await batchInProcess(input, { inputFormat: 'jsonl' });
    expectRecords(r.records, [
      [1, 'before', 'no-known-signs'],
      [2, null, /^this line is not UTF-8 text \(the first bad byte is byte 16, 0xa3\); save the file as UTF-8/],
      [3, 'after £', 'no-known-signs'],
    ]);
  });

  it('reports a line over 1 MB as a bad record and goes on', async () => {
    const huge = `{"id":"huge","notes":"${'x'.repeat(1024 * 1024 + 10)}"}`;
    const r = await batchInProcess(`{"id":"a","claimed":"bank","asked":"none"}\n${huge}\n{"id":"b","claimed":"bank","asked":"none"}\n`, { inputFormat: 'jsonl' });
    expectRecords(r.records, [
      [1, 'a', 'no-known-signs'],
      [2, null, /^this record is too long \(1\.0 MB; the limit is 1\.0 MB\), so it was not read$/],
      [3, 'b', 'no-known-signs'],
    ]);
    expect(r.code).toBe(EXIT.badRecords);
  });

  it('gives zero records and a summary for an empty input, and exits 0', async () => {
    const r = await batchInProcess('', { inputFormat: 'jsonl' });
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^scamcheck batch: 0 records from standard input/);
  });

  it('refuses a whole-file JSON array with advice, rather than a bad record per line', async () => {
    await expect(batchInProcess('[\n  {"claimed": "bank"}\n]\n', { inputFormat: 'jsonl' })).rejects.toThrow(/looks like one JSON array.*\n.*jq -c/);
  });

  it('refuses pretty-printed JSON with advice', async () => {
    await expect(batchInProcess('{\n  "claimed": "bank"\n}\n', { inputFormat: 'jsonl' })).rejects.toThrow(/pretty-printed JSON/);
  });

  it('stops at the first bad record with --strict, naming its line and field', async () => {
    await expect(batchInProcess(fixture('bad-records.jsonl'), { inputFormat: 'jsonl', strict: true })).rejects.toThrow(
      /^standard input line 2: this line is not valid JSON .*\n--strict stops at the first bad record\.$/,
    );
    await expect(batchInProcess('{"claimed":"bank"}\n{"asked":"hand-over-cashh"}\n', { inputFormat: 'jsonl', strict: true })).rejects.toThrow(
      /^standard input line 2: "hand-over-cashh" is not an answer to asked; did you mean "hand-over-cash"\?/,
    );
  });
});

describe('CSV with bad records', () => {
  it('writes one result per row, in order, with the line each row starts on', async () => {
    const r = await batchInProcess(fixture('bad-records.csv'), { inputFormat: 'csv' });
    expect(r.code).toBe(EXIT.badRecords);
    expectRecords(r.records, [
      [2, 'ok-1', 'scam'],
      [3, 'unknown-id', /^"polise" is not an answer to claimed/],
      [4, 'ragged-short', /^this row has 3 cells but the header row has 6 \(a ragged row/],
      [5, 'ragged-long', /^this row has 7 cells but the header row has 6/],
      [7, 'ok-2', 'scam'],
      [8, null, /^this row could not be read as CSV: a quoted cell has text after its closing quote/],
      [9, 'ok-3', 'high-risk'],
      // The quote never closes: that row alone is bad, and reading goes on from the next line.
      [11, 'unclosed', /^a quoted cell that starts in this row is never closed \(within 1,000 lines or 256 KB\), so this row was not read/],
      [12, 'after', 'no-known-signs'],
    ]);
    expect(r.stderr).toMatch(/blank lines\s+1 {2}\(skipped: line 6\)/);
  });

  it('reports a row that is not UTF-8 on its own', async () => {
    const input = Buffer.concat([Buffer.from('id,claimed,asked\n1,bank,none\n'), Buffer.from('2,bank,n\xf6ne\n', 'latin1'), Buffer.from('3,bank,none\n')]);
    const r = await batchInProcess(input, { inputFormat: 'csv' });
    expectRecords(r.records, [
      [2, '1', 'no-known-signs'],
      [3, null, /^this row is not UTF-8 text/],
      [4, '3', 'no-known-signs'],
    ]);
  });

  it('reports a row over 1 MB and goes on', async () => {
    const r = await batchInProcess(`id,claimed,notes\n1,bank,"${'y'.repeat(1024 * 1024 + 1)}"\n2,bank,short\n`, { inputFormat: 'csv' });
    expectRecords(r.records, [
      [2, null, /^this record is too long/],
      [3, '2', 'no-known-signs'],
    ]);
  });

  it.each([
    ['no known column', 'name,date\nx,y\n', /line 1: the header row has none of the columns scamcheck reads.*\nIts columns are: "name", "date"\./],
    ['a column named twice', 'claimed,Claimed\nbank,police\n', /line 1: the header row names the column "claimed" twice \(columns 1 and 2\)/],
    ['a header that is not UTF-8', Buffer.from('cl\xe4imed\nbank\n', 'latin1'), /line 1: the header row is not UTF-8 text/],
  ])('refuses a header with %s (exit 4)', async (_name, input, message) => {
    await expect(batchInProcess(input, { inputFormat: 'csv' })).rejects.toThrow(message);
  });

  it('reads semicolon- and tab-separated exports, choosing the separator from the header', async () => {
    const semi = await batchInProcess('id;claimed;asked\n1;police;hand-over-cash, withdraw-cash\n', { inputFormat: 'csv' });
    expectRecords(semi.records, [[2, '1', 'scam']]);
    expect(semi.stderr).toMatch(/cells separated by ";"/);
    const tab = await batchInProcess('id\tclaimed\tasked\n1\tpolice\thand-over-cash\n', { inputFormat: 'csv' });
    expectRecords(tab.records, [[2, '1', 'scam']]);
  });
});
