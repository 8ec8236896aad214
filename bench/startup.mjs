// Start-up benchmark: the median wall time of one flag check, and of one
// --describe (the free-text reader set up and run once), against a bare
// `node -e 0`, over paired runs (alternating, so machine noise hits both alike).
// Targets: flag check ≤ 1.3 (aim 1.15); --describe ≤ 2.
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

const describe = [bin, '--describe', 'A man said he was from the bank fraud team and my card had been used. He wanted my PIN and told me to keep it secret.', '--json'];

/** `runs` paired runs of `args` and the bare start, alternating which goes first. */
function paired(args) {
  // Warm the file cache first.
  for (let i = 0; i < 3; i++) {
    time(bare);
    time(args);
  }
  const a = [];
  const b = [];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    const x = i % 2 ? time(bare) : 0;
    const y = time(args);
    const z = i % 2 ? 0 : time(bare);
    a.push(x || z);
    b.push(y);
    ratios.push(y / (x || z));
  }
  return { mBare: median(a), mRun: median(b), mRatio: median(ratios) };
}

const flags = paired(check);
const text = paired(describe);
console.log(`start-up (${runs} paired runs each, Node ${process.version})`);
console.log(`  node -e 0                                              median ${flags.mBare.toFixed(1)} ms`);
console.log(`  scamcheck --claimed police --asked hand-over-cash --json  median ${flags.mRun.toFixed(1)} ms`);
const r = flags.mRun / flags.mBare;
console.log(`  ratio of medians ${r.toFixed(2)}  (median of paired ratios ${flags.mRatio.toFixed(2)}; target ≤ 1.30: ${r <= 1.3 ? 'met' : 'MISSED'}; aim 1.15: ${r <= 1.15 ? 'met' : 'not met'})`);
const d = text.mRun / text.mBare;
console.log(`  scamcheck --describe "…" --json                        median ${text.mRun.toFixed(1)} ms (node -e 0 alongside: ${text.mBare.toFixed(1)} ms)`);
console.log(`  ratio of medians ${d.toFixed(2)}  (median of paired ratios ${text.mRatio.toFixed(2)}; target ≤ 2.00: ${d <= 2 ? 'met' : 'MISSED'})`);
