// Linear-time benchmark for batch input: inputs that once took quadratic time
// are run at 1×, 4× and 16× their size, and the ratios of the times printed.
// Linear time shows as ratios near 4 and 16 (quadratic would be 16 and 256).
// Times are `scamcheck batch` wall times less the start-up time (a one-record
// run), medians of BENCH_LINEAR_ROUNDS runs (default 3).
//
//   npm run build && node bench/linear.mjs
//
// The cases (issue 14):
//   - one JSON Lines record with many fields scamcheck does not read
//     (field de-duplication; was indexOf per key);
//   - ten such records;
//   - leading blank lines on standard input (format sniffing; was a rescan of
//     every held chunk);
//   - a CSV file with a stray quote near the top (was one record swallowing the rest).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/scamcheck.js', import.meta.url));
const ROUNDS = Number(process.env.BENCH_LINEAR_ROUNDS ?? 3);

if (!existsSync(new URL('../dist/builtin-rules.json', import.meta.url))) {
  console.error('bench/linear.mjs: build first (npm run build)');
  process.exit(2);
}

const fmt = (n, d = 2) => n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d });
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Seconds for `scamcheck batch - …` on `input` (through a pipe), output to nowhere. */
function time(input, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, 'batch', '-', '--quiet', ...args], { input, stdio: ['pipe', 'ignore', 'pipe'], maxBuffer: 1 << 24 });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 5) throw new Error(`scamcheck batch exited ${r.status}: ${r.stderr.toString().slice(-500)}`);
  return secs;
}

const startup = median(Array.from({ length: ROUNDS + 2 }, () => time('{"claimed":"police"}\n', ['--input-format', 'jsonl'])));

const manyKeys = (keys, records) => {
  let line = '{"claimed":"police"';
  for (let i = 0; i < keys; i++) line += `,"k${i}":1`;
  line += '}\n';
  return Buffer.from(line.repeat(records));
};
const blankLines = (mb) => Buffer.concat([Buffer.alloc(mb * 1e6, 10), Buffer.from('{"claimed":"police"}\n')]);
const strayQuote = (rows) => {
  const lines = ['id,claimed,asked,notes'];
  for (let i = 1; i <= rows; i++) lines.push(i === 3 ? `A${i},"police,hand-over-cash,` : `A${i},police,hand-over-cash,`);
  return Buffer.from(lines.join('\n') + '\n');
};

const cases = [
  { name: 'one record, 5,000 fields not read (1×)', unit: 'fields', base: 5000, make: (n) => manyKeys(n, 1), args: ['--input-format', 'jsonl'] },
  { name: 'ten records, 5,000 fields each (1×)', unit: 'fields a record', base: 5000, make: (n) => manyKeys(n, 10), args: ['--input-format', 'jsonl'] },
  { name: 'leading blank lines on standard input, 5 MB (1×)', unit: 'MB', base: 5, make: blankLines, args: [] },
  { name: 'CSV with a stray quote on line 4, 25,000 rows (1×)', unit: 'rows', base: 25000, make: strayQuote, args: ['--input-format', 'csv'] },
];

console.log(`linear-time benchmark: 1×, 4× and 16× inputs, times less start-up (${fmt(startup)} s), medians of ${ROUNDS}, Node ${process.version}`);
console.log('  linear time gives ratios near 4 and 16; quadratic, 16 and 256');
for (const c of cases) {
  const times = [1, 4, 16].map((k) => {
    const input = c.make(c.base * k);
    return Math.max(0.001, median(Array.from({ length: ROUNDS }, () => time(input, c.args))) - startup);
  });
  console.log(`  ${c.name}`);
  console.log(`    ${[1, 4, 16].map((k, i) => `${fmt(c.base * k, c.base % 1 ? 1 : 0)} ${c.unit}: ${fmt(times[i], 3)} s`).join('   ')}`);
  console.log(`    ratios: 4× → ${fmt(times[1] / times[0], 1)}, 16× → ${fmt(times[2] / times[0], 1)}`);
}
