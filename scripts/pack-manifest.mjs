// The package that `npm pack` makes is lean: dist/ already bundles every
// library scamcheck uses at run time, so the packed package.json lists no
// dependencies and no scripts (an installed copy never builds, and npm then has
// no install script to warn about). The repository's own package.json keeps
// them for development.
//
//   node scripts/pack-manifest.mjs strip     (prepack: keeps a copy, writes the lean one)
//   node scripts/pack-manifest.mjs restore   (postpack: puts the copy back)
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const manifest = fileURLToPath(new URL('../package.json', import.meta.url));
const kept = `${manifest}.unpacked`;
const mode = process.argv[2];

if (mode === 'strip') {
  if (existsSync(kept)) {
    console.error(`pack-manifest: ${kept} already exists (an earlier pack did not finish?); restore it first`);
    process.exit(1);
  }
  if (!existsSync(fileURLToPath(new URL('../dist/scamcheck.js', import.meta.url)))) {
    console.error('pack-manifest: dist/ is missing; run `npm run build` first');
    process.exit(1);
  }
  const text = readFileSync(manifest, 'utf8');
  const pkg = JSON.parse(text);
  for (const field of ['scripts', 'dependencies', 'devDependencies', 'overrides']) delete pkg[field];
  writeFileSync(kept, text);
  writeFileSync(manifest, `${JSON.stringify(pkg, null, 2)}\n`);
} else if (mode === 'restore') {
  if (existsSync(kept)) renameSync(kept, manifest);
} else {
  console.error('usage: node scripts/pack-manifest.mjs strip|restore');
  process.exit(2);
}
