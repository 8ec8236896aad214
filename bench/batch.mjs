// Batch benchmark: `scamcheck batch` on a 1,000,000-record helpline log (JSON
// Lines, ~10% with notes) against
//   - the floor: a bare Node script that reads the same file with readline,
//     JSON-parses each line and writes one small JSON line per record;
//   - json-rules-engine running the same rules (translated from the compiled
//     rule set), on a sample, extrapolated — it is far too slow for the lot;
// plus peak memory, and a run where every record has notes.
// Targets: scamcheck/floor ≤ 1.5 (aim 1.25); json-rules-engine/scamcheck ≥ 20;
// peak RSS ≤ 150 MB; with notes on every record, ≥ 40 % of the floor's throughput.
//
//   npm run build && node bench/batch.mjs
//   BENCH_RECORDS=200000 BENCH_ROUNDS=5 BENCH_JRE_RECORDS=5000 node bench/batch.mjs
// Data is generated once and cached under bench/.data/ (git-ignored).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateJsonl } from './batch/generate.mjs';
import { runJre } from './batch/jre.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = fileURLToPath(new URL('../bin/scamcheck.js', import.meta.url));
const floorScript = fileURLToPath(new URL('./batch/floor.mjs', import.meta.url));
const rssPreload = fileURLToPath(new URL('./batch/report-rss.cjs', import.meta.url));
const dataDir = fileURLToPath(new URL('./.data/', import.meta.url));
const GENERATOR_VERSION = 2;

const N = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const JRE_SAMPLE = Math.min(N, Number(process.env.BENCH_JRE_RECORDS ?? 20_000));

if (!existsSync(new URL('../dist/builtin-rules.json', import.meta.url))) {
  console.error('bench/batch.mjs: build first (npm run build)');
  process.exit(2);
}

const fmt = (n, d = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d });
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mark = (ok) => (ok ? 'met' : 'MISSED');

async function dataFile(name, notesShare) {
  mkdirSync(dataDir, { recursive: true });
  const file = `${dataDir}batch-v${GENERATOR_VERSION}-${N}-${name}.jsonl`;
  if (!existsSync(file)) {
    process.stdout.write(`generating ${file} …\n`);
    await generateJsonl(file, N, { notesShare });
  }
  return file;
}

/** The same records with their notes left out (to tell the free-text reader's cost apart). */
async function withoutNotes(source) {
  const file = source.replace(/\.jsonl$/, '-without-notes.jsonl');
  if (!existsSync(file)) {
    process.stdout.write(`writing ${file} …\n`);
    const { createReadStream, createWriteStream } = await import('node:fs');
    const { createInterface } = await import('node:readline');
    const { once } = await import('node:events');
    const out = createWriteStream(file);
    for await (const line of createInterface({ input: createReadStream(source), crlfDelay: Infinity })) {
      if (line === '') continue;
      const rec = JSON.parse(line);
      delete rec.notes;
      if (!out.write(JSON.stringify(rec) + '\n')) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  }
  return file;
}

const hasTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true']).status === 0;

/** Run a command with stdout to /dev/null; wall time in seconds and peak RSS in MB. */
function timed(args, { expectCode = [0], env = {} } = {}) {
  const devnull = openSync('/dev/null', 'w');
  const rssFile = `${dataDir}rss-${process.pid}.txt`;
  rmSync(rssFile, { force: true });
  const argv = hasTime ? ['/usr/bin/time', '-v', process.execPath, ...args] : [process.execPath, '--require', rssPreload, ...args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { cwd: root, stdio: ['ignore', devnull, 'pipe'], env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile }, maxBuffer: 16 << 20 });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  closeSync(devnull);
  const stderr = r.stderr.toString();
  if (!expectCode.includes(r.status)) throw new Error(`${args.join(' ')} exited ${r.status}:\n${stderr.slice(-2000)}`);
  const kb = hasTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN) : Number(readFileSync(rssFile, 'utf8'));
  rmSync(rssFile, { force: true });
  return { secs, rssMb: kb / 1024 };
}

async function firstLines(path, count) {
  const { createReadStream } = await import('node:fs');
  const { createInterface } = await import('node:readline');
  const lines = [];
  const rl = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of rl) {
    lines.push(line);
    if (lines.length >= count) break;
  }
  rl.close();
  return lines;
}

const scamcheck = (file) => timed([bin, 'batch', file, '--quiet']);
const floor = (file) => timed([floorScript, file]);

const file = await dataFile('mixed', 0.1);
const plainFile = await withoutNotes(file);
const notesFile = await dataFile('all-notes', 1);
const mb = (f) => statSync(f).size / 1e6;

// Warm the page cache and the machine.
scamcheck(file);
floor(file);

/** `rounds` paired runs of scamcheck and the floor on `path`, alternating which goes first (drift on a busy machine then hits both alike). */
function paired(path, rounds) {
  const floorRuns = [];
  const scamRuns = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2) {
      scamRuns.push(scamcheck(path));
      floorRuns.push(floor(path));
    } else {
      floorRuns.push(floor(path));
      scamRuns.push(scamcheck(path));
    }
  }
  return { floorS: median(floorRuns.map((r) => r.secs)), scamS: median(scamRuns.map((r) => r.secs)), peak: Math.max(...scamRuns.map((r) => r.rssMb)) };
}

const { floorS, scamS, peak } = paired(file, ROUNDS);
const plain = paired(plainFile, ROUNDS);
const notes = paired(notesFile, ROUNDS);
const notesShare = notes.floorS / notes.scamS;
// The same, with a smaller young generation in the main thread (see the README's batch section on memory).
const notesSmallYoung = timed([bin, 'batch', notesFile, '--quiet'], { env: { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-semi-space-size=4`.trim() } });

// json-rules-engine on a sample; check it agrees with scamcheck on that sample.
const set = JSON.parse(readFileSync(new URL('../dist/builtin-rules.json', import.meta.url), 'utf8')).set;
const jre = await runJre(set, file, JRE_SAMPLE);
const sample = await firstLines(file, jre.results.length);
const sampleFile = `${dataDir}jre-sample-${process.pid}.jsonl`;
writeFileSync(sampleFile, sample.join('\n') + '\n');
const ours = spawnSync(process.execPath, [bin, 'batch', sampleFile, '--quiet'], { cwd: root, maxBuffer: 1 << 30 }).stdout.toString().trim().split('\n').map((l) => JSON.parse(l));
rmSync(sampleFile, { force: true });
// json-rules-engine does not read notes, so compare on the records without them.
const sampleLines = sample.map((l) => JSON.parse(l));
const comparable = jre.results.map((r, i) => ({ r, ours: ours[i], notes: sampleLines[i]?.notes !== undefined })).filter((x) => !x.notes);
const disagree = comparable.filter(({ r, ours: o }) => r.verdict !== o?.verdict || [...r.rules].sort().join() !== [...(o?.rules ?? [])].sort().join()).length;
const jrePerRecordMs = jre.ms / jre.results.length;
const jreFullS = (jrePerRecordMs * N) / 1000;

console.log(`batch benchmark: ${fmt(N)} records (${fmt(mb(file))} MB of JSON Lines, ~10% with notes), Node ${process.version}, ${ROUNDS} rounds, medians`);
console.log(`  floor (readline, JSON.parse, one small line out)   ${fmt(floorS, 2)} s   ${fmt(N / floorS)} records/s`);
console.log(`  scamcheck batch → /dev/null                        ${fmt(scamS, 2)} s   ${fmt(N / scamS)} records/s`);
console.log(`  scamcheck / floor                                  ${fmt(scamS / floorS, 3)}   (target ≤ 1.50: ${mark(scamS / floorS <= 1.5)}; aim 1.25: ${scamS / floorS <= 1.25 ? 'met' : 'not met'})`);
console.log(`  peak RSS, scamcheck                                ${fmt(peak)} MB   (target ≤ 150 MB: ${mark(peak <= 150)}${hasTime ? '; /usr/bin/time -v' : '; maxRSS from the process'})`);
console.log(`  the same records without their notes: scamcheck ${fmt(plain.scamS, 2)} s, floor ${fmt(plain.floorS, 2)} s, ratio ${fmt(plain.scamS / plain.floorS, 3)}`);
console.log(`    so reading the ${fmt(N / 10)} notes costs ~${fmt(((scamS - plain.scamS) / (N / 10)) * 1e6, 1)} µs a note (src/text, the free-text reader)`);
console.log(`  every record with notes (${fmt(mb(notesFile))} MB): scamcheck ${fmt(notes.scamS, 2)} s, floor ${fmt(notes.floorS, 2)} s`);
console.log(`    throughput ${fmt(notesShare * 100)} % of the floor's   (target ≥ 40 %: ${mark(notesShare >= 0.4)}; peak RSS ${fmt(notes.peak)} MB)`);
console.log(`    with NODE_OPTIONS=--max-semi-space-size=4: ${fmt(notesSmallYoung.secs, 2)} s, peak RSS ${fmt(notesSmallYoung.rssMb)} MB   (150 MB: ${mark(notesSmallYoung.rssMb <= 150)})`);
console.log(`  json-rules-engine: ${fmt(jre.results.length)} records in ${fmt(jre.ms / 1000, 1)} s (${fmt(jrePerRecordMs * 1000)} µs a record, notes not read);`);
console.log(`    ${disagree === 0 ? 'same verdicts and rules as scamcheck' : `DISAGREES with scamcheck on ${fmt(disagree)}`} on all ${fmt(comparable.length)} of them without notes`);
console.log(`    extrapolated to ${fmt(N)} records: ~${fmt(jreFullS)} s (not run in full)`);
console.log(`  json-rules-engine / scamcheck                      ${fmt(jreFullS / scamS)}×   (target ≥ 20×: ${mark(jreFullS / scamS >= 20)})`);
