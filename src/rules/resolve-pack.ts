// A pack is named by a folder, or by an installed npm package (as ESLint's shareable
// configs are): the package's folder, or the folder its package.json names under
// "scamcheck": { "pack": "…" }. Packages are looked up in node_modules folders from
// the working folder upwards, without running any of the package's code.

import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { quoteInput } from '../util/output/sanitize.js';
import { UsageError } from '../util/errors.js';

const NPM_NAME = /^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/;

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The installed package's folder, searching node_modules from `from` upwards. */
function findPackage(name: string, from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', ...name.split('/'));
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** `flag` names where the spec came from in messages ("--rules"; empty for a command's folder argument). */
export function resolvePack(spec: string, cwd: string = process.cwd(), flag = '--rules'): string {
  const named = (s: string) => (flag ? `${flag} ${s}` : s);
  if (spec.trim() === '') throw new UsageError(`${flag || 'the pack folder'} needs a folder or an installed package name (it was empty)`);
  const asPath = resolve(cwd, spec);
  if (isDir(asPath)) return asPath;
  if (existsSync(asPath)) {
    throw new UsageError(`${named(terminalName(spec))}: this is a file; a rule pack is a folder with a pack.yaml in it`);
  }
  const looksLikePath = spec.startsWith('.') || isAbsolute(spec) || spec.includes('\\') || /\.ya?ml$/i.test(spec) || !NPM_NAME.test(spec);
  if (!looksLikePath) {
    const root = findPackage(spec, cwd);
    if (root) return packFolderOf(named(spec), root);
  }
  throw new UsageError(`${named(terminalName(spec))}: no such folder, and no installed npm package of that name`);
}

/** The package's pack folder: its root, or the sub-folder package.json names, which must stay inside it. */
function packFolderOf(named: string, root: string): string {
  let meta: { scamcheck?: { pack?: unknown } };
  try {
    meta = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as typeof meta;
  } catch {
    throw new UsageError(`${named}: the package's package.json could not be read`);
  }
  const sub = meta?.scamcheck?.pack;
  if (sub === undefined) return root;
  if (typeof sub !== 'string' || sub.trim() === '') {
    throw new UsageError(`${named}: "scamcheck": { "pack": … } in its package.json must name a folder inside the package`);
  }
  const folder = resolve(root, sub);
  const inside = (child: string, parent: string) => {
    const rel = relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && rel.split(sep)[0] !== '..');
  };
  if (!inside(folder, root) || (existsSync(folder) && !inside(realpathSync(folder), realpathSync(root)))) {
    throw new UsageError(`${named}: its package.json names the pack folder ${quoteInput(sub)}, which is outside the package`);
  }
  if (!isDir(folder)) throw new UsageError(`${named}: its package.json names the pack folder ${quoteInput(sub)}, which does not exist`);
  return folder;
}

/** The spec as typed, made safe to print (kept unquoted when it is plain, as people typed it). */
function terminalName(spec: string): string {
  const q = quoteInput(spec);
  return q === JSON.stringify(spec) ? spec : q;
}
