// The folder scamcheck is installed in (holding package.json, rules/ and schema/).
// Found by walking up from this module, so it works from src/ under tests, from
// dist/ after bundling, and from every lazily loaded bundle alike.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'rules'))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the scamcheck package folder');
    dir = up;
  }
}
