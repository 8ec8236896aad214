// Rule-pack benchmark: loading a pack grows linearly with its size, and a pack
// over the size cap is refused at once. Sizes 1×, 4× and 16× of 128 KB (the
// largest, 2 MB, is the cap); the time above a check with no pack is compared.
// Then 200 files of 1 MB each (sparse, so nothing is written): issue 14 measured
// 127 s and 2.5 GB for this before the cap. Targets: 16× the size ≤ 24× the time
// (linear, with room for noise); the oversized pack refused in ≤ 2 s.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, ftruncateSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const runs = Number(process.env.BENCH_PACKS_RUNS ?? 3);
const bin = fileURLToPath(new URL('../bin/scamcheck.js', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'scamcheck-bench-packs-'));

function rule(k) {
  return `  - id: gen-rule-${k}\n    title: Generated rule ${k}\n    verdict: suspicious\n    explanation: A generated rule for timing.\n    when: { claimed: police, asked: [withdraw-cash] }\n    advice: [hang-up-now]\n    sources: [https://example.org/${k}]\n    examples:\n      match: [{ claimed: [police], asked: [withdraw-cash] }]\n      no-match: [{ claimed: [bank] }]\n`;
}

/** A pack of `bytes` of rules, in files of at most 128 KB. */
function makePack(name, bytes) {
  const dir = join(tmp, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'pack.yaml'), `name: ${name}\nversion: "1"\nschemaVersion: 1\n`);
  let k = 0;
  for (let f = 0, left = bytes; left > 0; f++) {
    let s = 'rules:\n';
    while (s.length < Math.min(left, 128 * 1024) - 600) s += rule(++k);
    left -= s.length + 600;
    writeFileSync(join(dir, `r${String(f).padStart(3, '0')}.yaml`), s);
  }
  return { dir, rules: k };
}

function time(args, expect) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== expect) throw new Error(`${args.join(' ')} exited ${r.status}, not ${expect}: ${r.stderr}`);
  return ms;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const medianOf = (args, expect = 0) => median(Array.from({ length: runs }, () => time(args, expect)));

try {
  const call = ['--claimed', 'police', '--json'];
  const base = medianOf(call);
  const sizes = [1, 4, 16].map((x) => ({ x, ...makePack(`p${x}`, x * 128 * 1024) }));
  console.log(`packs (${runs} runs each, median; Node ${process.version})`);
  console.log(`  no pack                     ${base.toFixed(0)} ms`);
  const extra = {};
  for (const s of sizes) {
    const ms = medianOf(['--rules', s.dir, ...call]);
    extra[s.x] = ms - base;
    console.log(`  ${String(s.x).padStart(2)}× (${(s.x / 8).toFixed(3)} MB, ${s.rules} rules)  ${ms.toFixed(0)} ms (+${(ms - base).toFixed(0)} ms)`);
  }
  const growth = extra[16] / extra[1];
  console.log(`  16× the size: ${growth.toFixed(1)}× the time above no pack (target ≤ 24: ${growth <= 24 ? 'met' : 'MISSED'})`);

  const big = join(tmp, 'too-big');
  mkdirSync(big);
  writeFileSync(join(big, 'pack.yaml'), 'name: too-big\nversion: "1"\nschemaVersion: 1\n');
  for (let f = 0; f < 200; f++) {
    const fd = openSync(join(big, `r${String(f).padStart(3, '0')}.yaml`), 'w');
    ftruncateSync(fd, 1000 * 1000);
    closeSync(fd);
  }
  const refused = medianOf(['--rules', big, ...call], 3);
  console.log(`  200 files of 1 MB (over the cap): refused in ${refused.toFixed(0)} ms (target ≤ 2000: ${refused <= 2000 ? 'met' : 'MISSED'}; 127 s before the cap)`);
  process.exitCode = growth <= 24 && refused <= 2000 ? 0 : 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
