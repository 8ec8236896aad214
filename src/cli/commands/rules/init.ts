// `scamcheck rules init <dir>`: a small, valid, tested starter pack with comments
// explaining each field, copied from templates/pack. Refuses a folder that is not
// empty; writes into a temporary folder first, so a failure leaves nothing half-made.

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../../../util/errors.js';
import { displayPath, PACKAGE_ROOT } from '../../../rules/load.js';
import { json, safe, shellArg, write } from './common.js';

export const TEMPLATE_DIR = join(PACKAGE_ROOT, 'templates', 'pack');
const SCHEMA_DIR = join(PACKAGE_ROOT, 'schema');
const PACK_NAME = /^(@[a-z0-9-]+\/)?[a-z0-9]+([._-][a-z0-9]+)*$/;
const TEMPLATE_NAME = 'starter-pack';

/** A pack name from a folder name: "Kent Trading Standards" → "kent-trading-standards". */
export function packNameFrom(folder: string): string {
  const name = folder
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  return name === '' ? 'my-pack' : name;
}

/** The prefix for the starter's ids: the name without a scope, as a kebab-case id. */
export function idPrefixFor(name: string): string {
  return packNameFrom(name.replace(/^@[^/]+\//, '')).slice(0, 40).replace(/-+$/, '');
}

function templateFiles(dir = TEMPLATE_DIR): string[] {
  if (!existsSync(dir)) throw new Error(`the starter pack template is missing (${dir}); reinstall scamcheck`);
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? templateFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The modeline's schema path as seen from where the file will live. */
function schemaRef(fileDir: string, schemaFile: string): string {
  const rel = relative(fileDir, join(SCHEMA_DIR, schemaFile));
  // On another drive (Windows) there is no relative path: use the absolute one.
  return (/^[a-zA-Z]:/.test(rel) ? join(SCHEMA_DIR, schemaFile) : rel).split(sep).join('/');
}

/** The starter's files with the pack's name, id prefix and schema paths filled in: relative path → text. */
export function starterFiles(target: string, name: string): Map<string, string> {
  const prefix = idPrefixFor(name);
  const files = new Map<string, string>();
  for (const file of templateFiles()) {
    const rel = relative(TEMPLATE_DIR, file);
    const text = readFileSync(file, 'utf8')
      .replace(/^name: starter-pack$/m, `name: ${name}`)
      .replaceAll(`${TEMPLATE_NAME}-`, `${prefix}-`)
      .replace(/(# yaml-language-server: \$schema=)\S*\/(scamcheck-[a-z]+\.schema\.json)/, (_m, head: string, schema: string) => head + schemaRef(dirname(join(target, rel)), schema));
    files.set(rel.split(sep).join('/'), text);
  }
  return files;
}

function writeAll(dir: string, files: Map<string, string>): void {
  for (const [rel, text] of files) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, { flag: 'wx' });
  }
}

export interface InitResult {
  dir: string;
  name: string;
  files: string[];
}

export function initPack(dir: string, name?: string): InitResult {
  const target = resolve(dir);
  const shown = displayPath(target);
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) throw new UsageError(`${safe(shown)} is a file: give a new folder, or an empty one, for the pack`);
    if (readdirSync(target).length > 0) throw new UsageError(`${safe(shown)} is not empty: give a new folder, or an empty one, so nothing is overwritten`);
  }
  const packName = name ?? packNameFrom(basename(target));
  if (!PACK_NAME.test(packName)) {
    throw new UsageError(`--name ${JSON.stringify(safe(packName))} is not a pack name: use lower-case letters, digits and hyphens, such as kent-trading-standards`);
  }
  const files = starterFiles(target, packName);
  const temp = join(dirname(target), `.scamcheck-init-${process.pid}-${basename(target)}`);
  const existed = existsSync(target);
  try {
    if (existed) {
      // An empty folder the person chose (perhaps the one they are in): fill it in place.
      writeAll(target, files);
    } else {
      // Build the pack beside its destination, then move it into place in one step,
      // so a failure (disk full, no permission) never leaves half a pack.
      mkdirSync(dirname(target), { recursive: true });
      rmSync(temp, { recursive: true, force: true });
      writeAll(temp, files);
      renameSync(temp, target);
    }
  } catch (err) {
    if (existed) for (const entry of readdirSync(target)) rmSync(join(target, entry), { recursive: true, force: true });
    else rmSync(temp, { recursive: true, force: true });
    const code = (err as NodeJS.ErrnoException).code;
    if (code === undefined) throw err;
    throw new UsageError(`cannot create the pack in ${safe(shown)} (${code}): choose a folder you can write to`);
  }
  return { dir: shown, name: packName, files: [...files.keys()].map((f) => `${shown}/${f}`) };
}

export function formatInit(r: InitResult): string {
  const dir = shellArg(r.dir);
  return [
    `Created the rule pack "${safe(r.name)}" in ${safe(r.dir)}:`,
    ...r.files.map((f) => `  ${safe(f)}`),
    '',
    'Next:',
    '  1. Read the comments in the files, then change the example rule or add your own.',
    `  2. Check it:          scamcheck rules validate ${dir}`,
    `  3. Run its examples:  scamcheck rules test ${dir}`,
    `  4. Use it:            scamcheck --rules ${dir} --claimed government --signs too-good`,
    '',
  ].join('\n');
}

export function runInit(dir: string, opts: { name?: string; json: boolean }): void {
  const result = initPack(dir, opts.name);
  write(opts.json ? json(result) : formatInit(result));
}
