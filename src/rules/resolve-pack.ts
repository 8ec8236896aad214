// A pack is named by a folder, or by an installed npm package (as ESLint's shareable
// configs are): the package's folder, or the folder its package.json names under
// "scamcheck": { "pack": "…" }.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../util/errors.js';

export function resolvePack(spec: string): string {
  const asDir = resolve(spec);
  if (existsSync(asDir) && statSync(asDir).isDirectory()) return asDir;
  const looksLikePath = spec.startsWith('.') || spec.startsWith('/') || spec.includes('\\') || /\.ya?ml$/i.test(spec);
  if (!looksLikePath) {
    const require = createRequire(join(process.cwd(), 'noop.js'));
    let pkgJson: string | undefined;
    try {
      pkgJson = require.resolve(`${spec}/package.json`);
    } catch {
      pkgJson = undefined;
    }
    if (pkgJson) {
      const root = dirname(pkgJson);
      const meta = JSON.parse(readFileSync(pkgJson, 'utf8')) as { scamcheck?: { pack?: string } };
      const sub = meta.scamcheck?.pack;
      return sub ? resolve(root, sub) : root;
    }
  }
  throw new UsageError(`--rules ${spec}: no such folder, and no installed npm package of that name`);
}
