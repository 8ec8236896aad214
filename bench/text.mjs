// Micro-benchmark of the free-text reader alone: descriptions per second and
// microseconds per description, on the labelled descriptions (1–4 sentences
// each, many voices), then on long texts to show the cost grows linearly.
// Run after `npm run build`:  node bench/text.mjs
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
if (!existsSync(new URL('../dist/builtin-rules.json', import.meta.url))) {
  console.error('bench/text.mjs: build first (npm run build)');
  process.exit(2);
}
// The built reader (the same bundle the command line loads) and the built-in rule set.
const { createAnswerReader, createReader } = require('../dist/lazy-text-read.js');
const { set } = require('../dist/builtin-rules.json');
const saved = existsSync(new URL('../dist/builtin-phrases.json', import.meta.url));
let t0 = process.hrtime.bigint();
const read = createReader(set);
const compileMs = Number(process.hrtime.bigint() - t0) / 1e6;

const texts = ['tuning', 'held-out'].flatMap((f) =>
  parse(readFileSync(new URL(`../test/fixtures/descriptions/${f}.yaml`, import.meta.url), 'utf8')).map((c) => c.text),
);
const chars = texts.reduce((n, t) => n + t.length, 0) / texts.length;

function timeRuns(list, rounds) {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const t of list) sink += read(t).evidence.length;
  const ns = Number(process.hrtime.bigint() - start);
  return { ns, sink };
}

// Warm up (JIT and the reader's word cache), then measure.
timeRuns(texts, 200);
const rounds = Number(process.env.BENCH_TEXT_ROUNDS ?? 2000);
const { ns } = timeRuns(texts, rounds);
const per = ns / (rounds * texts.length);
console.log(`free-text reader (Node ${process.version})`);
console.log(`  set up once (phrases ${saved ? 'loaded as saved at build time' : 'compiled: no dist/builtin-phrases.json'}), before the JIT has warmed up: ${compileMs.toFixed(1)} ms`);
console.log(`  ${texts.length} descriptions, ${chars.toFixed(0)} characters on average`);
console.log(`  ${(per / 1000).toFixed(2)} µs per description, ${Math.round(1e9 / per).toLocaleString('en-GB')} descriptions per second`);

// Answers only (batch without --explain): the same answers, nothing else.
const lean = createAnswerReader(set);
let leanSink = 0;
for (let r = 0; r < 200; r++) for (const t of texts) leanSink += lean.read(t);
const leanStart = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) for (const t of texts) leanSink += lean.read(t);
const leanPer = Number(process.hrtime.bigint() - leanStart) / (rounds * texts.length);
// The sink is printed so the loop cannot be optimised away.
console.log(`  answers only (createAnswerReader): ${(leanPer / 1000).toFixed(2)} µs per description, ${Math.round(1e9 / leanPer).toLocaleString('en-GB')} descriptions per second (checksum ${leanSink})`);

// Cold words: every description made of words the cache has not seen.
const coldTexts = texts.map((t, i) => `${t} zq${i}x zr${i}y`);
t0 = process.hrtime.bigint();
for (const t of coldTexts) read(t);
console.log(`  first sight of new words: ${(Number(process.hrtime.bigint() - t0) / coldTexts.length / 1000).toFixed(2)} µs per description`);

// Linear growth: the same mix repeated to 1k, 10k, 100k characters.
const joined = texts.join(' ');
for (const size of [1_000, 10_000, 100_000]) {
  const big = joined.repeat(Math.ceil(size / joined.length)).slice(0, size);
  read(big);
  const reps = Math.max(3, Math.round(2_000_000 / size));
  const s = process.hrtime.bigint();
  for (let i = 0; i < reps; i++) read(big);
  const us = Number(process.hrtime.bigint() - s) / reps / 1000;
  console.log(`  ${size.toLocaleString('en-GB').padStart(7)} characters: ${us.toFixed(0).padStart(6)} µs  (${((us * 1000) / size).toFixed(1)} ns per character)`);
}
