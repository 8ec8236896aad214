#!/usr/bin/env node
// Score the free-text reader on labelled description files:
//   node scripts/score-corpus.mjs [--answers] [--by-id] [--json] [--strict] FILE.yaml…
// prints within-bounds %, micro precision and recall on answers, genuine calls
// at "scam", and the descriptions out of bounds (--answers: also those in
// bounds whose answers differ; --by-id: true and false positives and misses per answer;
// --strict: count as wrong an answer read that the set's writers could not tick,
// see the corpus's labels.yaml). Reads the rules from rules/*.yaml, not dist.
// The TypeScript is bundled with esbuild into node_modules/.cache first.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = resolve(root, 'node_modules/.cache/scamcheck-score/score.mjs');
mkdirSync(resolve(out, '..'), { recursive: true });
await build({
  entryPoints: [resolve(root, 'test/text/score-cli.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: out,
  packages: 'external',
  logLevel: 'error',
});
const { main } = await import(pathToFileURL(out).href);
process.exitCode = await main(process.argv.slice(2));
