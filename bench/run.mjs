// `npm run bench`: every benchmark, one after the other, each printing its figures and ratios.
// Sized for a 2-core machine; see each script for its environment knobs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (f) => fileURLToPath(new URL(f, import.meta.url));
const benches = ['startup.mjs', 'batch.mjs', 'linear.mjs', 'text.mjs', 'packs.mjs'].filter((f) => existsSync(here(f)));
let failed = false;
for (const b of benches) {
  console.log(`\n== ${b}`);
  const r = spawnSync(process.execPath, [here(b)], { stdio: 'inherit' });
  if (r.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
