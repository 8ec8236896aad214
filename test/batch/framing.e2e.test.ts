// End-to-end, through the built binary: input framing that once swallowed,
// dropped or invented records (issue 14, items 4 and 7). Exit codes are the
// literal numbers the README documents: 0 all checked, 4 input error, 5 bad records.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'scamcheck-framing-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const STACK = /\n\s+at .+:\d+:\d+/;
const file = (name: string, content: string | Buffer) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};
const jsonl = (stdout: string) => stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('a stray quote in a CSV file', () => {
  it('costs one bad record, not the rest of the file: 100,000 rows in, 100,000 results out, and the summary counts right', () => {
    const rows = ['id,claimed,asked,notes'];
    for (let i = 1; i <= 100_000; i++) rows.push(i === 3 ? `A${i},"police,hand-over-cash,` : `A${i},police,hand-over-cash,`);
    const r = runCli(['batch', file('stray.csv', rows.join('\n') + '\n')]);
    expect(r.code).toBe(5);
    const out = jsonl(r.stdout);
    expect(out).toHaveLength(100_000);
    // In order, each with its own line, none dropped.
    expect(out.every((rec, i) => rec['line'] === i + 2 && rec['id'] === `A${i + 1}`)).toBe(true);
    expect(out[2]).toMatchObject({ id: 'A3', line: 4, error: expect.stringMatching(/never closed .*stray "/) as unknown });
    expect(out.filter((rec) => 'error' in rec)).toHaveLength(1);
    expect(out[3]).toMatchObject({ line: 5, verdict: 'scam' });
    expect(r.stderr).toMatch(/100,000 records from/);
    expect(r.stderr).toMatch(/scam\s+99,999/);
    expect(r.stderr).toMatch(/bad records\s+1 {2}\(line 4;/);
  });

  it('at the end of the file costs that row alone; the rows after it are read', () => {
    const r = runCli(['batch', file('end.csv', 'id,claimed\n1,police\n2,"bank\n3,police\n')]);
    expect(r.code).toBe(5);
    expect(jsonl(r.stdout).map((rec) => [rec['line'], rec['id'], 'error' in rec])).toEqual([
      [2, '1', false],
      [3, '2', true],
      [4, '3', false],
    ]);
  });
});

describe('line ends and encodings', () => {
  it('reads a CSV file with CR-only line ends (old Mac exports)', () => {
    const r = runCli(['batch', file('cr.csv', 'id,claimed,asked\rA1,police,hand-over-cash\rA2,bank,none\r')]);
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout).map((rec) => [rec['id'], rec['line'], rec['verdict']])).toEqual([
      ['A1', 2, 'scam'],
      ['A2', 3, 'no-known-signs'],
    ]);
  });

  it('reads JSON Lines with CR-only line ends from standard input', () => {
    const r = runCli(['batch', '-'], { input: '{"id":"a","claimed":"police"}\r{"id":"b","claimed":"bank"}\r' });
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout).map((rec) => rec['id'])).toEqual(['a', 'b']);
  });

  const lines = '{"id":"u1","claimed":"police","asked":"hand-over-cash"}\n{"id":"u2","claimed":"bank","notes":"Café owner — said £50"}\n';
  const be = (s: string) => Buffer.from(s, 'utf16le').swap16();
  for (const [name, bytes] of [
    ['UTF-16 LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines, 'utf16le')])],
    ['UTF-16 BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), be(lines)])],
    ['UTF-16 LE without one', Buffer.from(lines, 'utf16le')],
  ] as const) {
    it(`decodes ${name}: 2 records in, 2 out, and says so`, () => {
      const r = runCli(['batch', file('u16.jsonl', bytes)]);
      expect(r.code).toBe(0);
      expect(jsonl(r.stdout).map((rec) => [rec['id'], rec['line']])).toEqual([
        ['u1', 1],
        ['u2', 2],
      ]);
      expect(r.stderr).toMatch(/2 records from .*\n.*UTF-16 (little|big)-endian text, decoded/);
    });
  }

  it('decodes a UTF-16 CSV from standard input, its format guessed', () => {
    const csv = 'id,claimed\r\nx1,police\r\n';
    const r = runCli(['batch', '-'], { input: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]) });
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout)).toMatchObject([{ id: 'x1', line: 2, verdict: 'no-known-signs' }]);
  });

  it('refuses broken UTF-16 and UTF-32 with a message naming the file, exit 4, no stack', () => {
    const broken = runCli(['batch', file('broken16.jsonl', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"claimed":"bank"}\n', 'utf16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]))]);
    expect(broken.code).toBe(4);
    expect(broken.stderr).toMatch(/broken16\.jsonl is UTF-16 text with a broken character .*save it as UTF-8/);
    expect(broken.stderr).not.toMatch(STACK);
    const utf32 = runCli(['batch', file('u32.jsonl', Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]))]);
    expect(utf32.code).toBe(4);
    expect(utf32.stderr).toMatch(/u32\.jsonl is UTF-32 text.*save it as UTF-8/);
    expect(utf32.stderr).not.toMatch(STACK);
  });
});

describe('numbers and shapes', () => {
  it('keeps an integer id above 2^53 exactly, as text, on the fast path and on the JSON.parse path', () => {
    const r = runCli(['batch', '-', '--input-format', 'jsonl'], {
      input: '{"id":12345678901234567891,"claimed":"police"}\n{"id":12345678901234567891,"claimed":"police","x":"a\\"b"}\n{"ID":-98765432109876543210,"claimed":"bank"}\n{"id":42,"claimed":"bank"}\n',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"id":"12345678901234567891","line":1');
    expect(r.stdout).toContain('"id":"12345678901234567891","line":2');
    expect(r.stdout).toContain('"id":"-98765432109876543210","line":3');
    expect(r.stdout).toContain('"id":42,"line":4');
  });

  it('reads a record with 20,000 fields it does not use, and names a few of them once', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `"k${i}":1`).join(',');
    const r = runCli(['batch', '-'], { input: `{"claimed":"police",${keys}}\n{"claimed":"bank",${keys}}\n` });
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout)).toHaveLength(2);
    expect(r.stderr).toMatch(/k0/);
  });

  it('reads input after a great many blank lines on standard input, with true line numbers', () => {
    const r = runCli(['batch', '-'], { input: '\n'.repeat(1_000_000) + '{"id":"late","claimed":"police"}\n' });
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout)).toMatchObject([{ id: 'late', line: 1_000_001 }]);
    expect(r.stderr).toMatch(/blank lines\s+1,000,000/);
  });

  it('reads a CSV header after blank lines, from standard input', () => {
    const r = runCli(['batch', '-'], { input: '\n \r\n\t\nid;claimed\nz;police\n' });
    expect(r.code).toBe(0);
    expect(jsonl(r.stdout)).toMatchObject([{ id: 'z', line: 5 }]);
  });
});

describe('a stray quote in the header row', () => {
  it('is refused with a message naming the line, exit 4, no stack', () => {
    const r = runCli(['batch', file('header.csv', 'id,"claimed\n1,police\n2,bank\n')]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/header\.csv line 1: the header row has a quoted cell that is never closed .*stray "/);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stdout).toBe('');
  });
});
