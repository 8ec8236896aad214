// Start-up benchmark: the median wall time of one flag check against a bare
// `node -e 0`, over paired runs (alternating, so machine noise hits both alike).
// Target: ratio ≤ 1.3 (aim 1.15).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = Number(process.env.BENCH_STARTUP_RUNS ?? 31);
const bin = fileURLToPath(new URL('../bin/scamcheck.js', import.meta.url));
const check = [bin, '--claimed', 'police', '--asked', 'hand-over-cash', '--json'];
const bare = ['-e', '0'];

function time(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Warm the file cache first.
for (let i = 0; i < 3; i++) {
  time(bare);
  time(check);
}
const a = [];
const b = [];
const ratios = [];
for (let i = 0; i < runs; i++) {
  const x = i % 2 ? time(bare) : 0;
  const y = time(check);
  const z = i % 2 ? 0 : time(bare);
  a.push(x || z);
  b.push(y);
  ratios.push(y / (x || z));
}
const mBare = median(a);
const mCheck = median(b);
console.log(`start-up (${runs} paired runs, Node ${process.version})`);
console.log(`  node -e 0                                              median ${mBare.toFixed(1)} ms`);
console.log(`  scamcheck --claimed police --asked hand-over-cash --json  median ${mCheck.toFixed(1)} ms`);
console.log(`  ratio of medians ${(mCheck / mBare).toFixed(2)}  (median of paired ratios ${median(ratios).toFixed(2)}; target ≤ 1.30: ${mCheck / mBare <= 1.3 ? 'met' : 'MISSED'}; aim 1.15: ${mCheck / mBare <= 1.15 ? 'met' : 'not met'})`);
