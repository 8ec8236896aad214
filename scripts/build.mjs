// Build: bundle the TypeScript ahead of time with esbuild (the installed
// scamcheck never compiles at start-up), then validate the built-in rule set and
// write it compiled to dist/builtin-rules.json (and its phrases, compiled for
// free-text reading, to dist/builtin-phrases.json). An invalid built-in rule set
// fails the build. It also writes the JSON Schemas in schema/ from
// src/rules/file-format/. Type-checking is `npm run typecheck` (part of `npm test`).
//
// Start-up matters (scripts run one check per call), so:
// - the output is CommonJS (dist/package.json says so): Node starts a CommonJS
//   entry ~4 ms faster than an ES module, and `require` of Node's built-ins
//   builds no ES-module facade;
// - the flag-check path is one file, dist/scamcheck.js; every `import()` in the
//   source becomes a bundle of its own (dist/lazy-*.js), loaded only by the mode
//   that needs it (the interview, batch, YAML loading, chalk…).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = resolve(root, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);
writeFileSync(resolve(dist, 'package.json'), '{ "type": "commonjs" }\n');

// The version line is baked in, so --version reads no file.
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const manifest = parse(readFileSync(resolve(root, 'rules/pack.yaml'), 'utf8'));
const versionInfo = { version: pkg.version, rules: { name: String(manifest?.name), version: String(manifest?.version) } };

/** Output name for a lazily loaded module: src/interview/run.ts → lazy-interview-run.js; chalk → lazy-chalk.js. */
function lazyName(spec) {
  const id = spec.startsWith(root) ? relative(resolve(root, 'src'), spec).replace(/\.[cm]?[jt]s$/, '') : spec;
  return `lazy-${id.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '')}.js`;
}

const pending = new Map(); // output name → entry point (a source file or a package name)
const built = new Set();

// Every dynamic import becomes a separate bundle, required at run time from dist/.
const lazyImports = {
  name: 'lazy-imports',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const entry = args.path.startsWith('.') ? resolveSource(resolve(args.resolveDir, args.path)) : args.path;
      const name = lazyName(entry);
      if (!built.has(name)) pending.set(name, entry);
      return { path: `./${name}`, external: true };
    });
  },
};

function resolveSource(file) {
  // Sources import './x.js' meaning ./x.ts.
  return file.replace(/\.js$/, '.ts');
}

// commander loads child_process at start-up only for git-style executable
// subcommands, which scamcheck does not use; loading it costs ~2 ms per run.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('node_modules/commander/') ? { path: 'lazy-child-process', namespace: 'scamcheck' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'scamcheck' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_t, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // The source is ES modules; in a CommonJS bundle import.meta.url comes from __filename.
  // (worked out only when asked for: loading node:url costs at start-up).
  banner: { js: 'const __scamcheck_import_meta = { get url() { return require("node:url").pathToFileURL(__filename).href; } };' },
  define: { 'import.meta': '__scamcheck_import_meta', __SCAMCHECK_VERSION__: JSON.stringify(versionInfo) },
  plugins: [lazyImports, lazyChildProcess],
  logLevel: 'warning',
};

try {
  await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/scamcheck.js' });
  while (pending.size > 0) {
    const [name, entry] = pending.entries().next().value;
    pending.delete(name);
    built.add(name);
    await build({ ...common, entryPoints: [entry], outfile: `dist/${name}` });
  }
  // What this script needs below, bundled apart.
  await build({ ...common, entryPoints: ['src/build-tools.ts'], outfile: 'dist/build-tools.js' });
} catch {
  process.exit(1);
}

// A CommonJS bundle's import() of another goes through Node's ES-module loader,
// which scans the whole file for export names (~100 ms for the YAML loader's
// bundle). require() loads it directly; the result has the same named exports.
for (const file of readdirSync(dist)) {
  if (!file.endsWith('.js')) continue;
  const path = resolve(dist, file);
  const code = readFileSync(path, 'utf8');
  const patched = code.replace(/\bimport\("(\.\/lazy-[a-zA-Z0-9-]+\.js)"\)/g, 'Promise.resolve().then(() => require("$1"))');
  if (patched !== code) writeFileSync(path, patched);
}

const { createRequire } = await import('node:module');
const require = createRequire(import.meta.url);
const { compileBuiltin, COMPILED_RULES_FILE, formatProblem, savePhrases, SAVED_PHRASES_FILE, schemaFiles } = require('../dist/build-tools.js');
// The JSON Schemas in schema/ (for editors and `rules validate`), written from their one
// definition, src/rules/file-format/, before the built-in rules are checked against them.
for (const [name, text] of Object.entries(schemaFiles())) {
  const path = resolve(root, 'schema', name);
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
}
const { compiled, problems } = await compileBuiltin();
for (const p of problems) console.error(formatProblem(p));
if (!compiled) {
  console.error(`build: the built-in rule set has ${problems.filter((p) => p.severity === 'error').length} error(s)`);
  process.exit(1);
}
mkdirSync(dirname(COMPILED_RULES_FILE), { recursive: true });
// The built-in phrases, compiled once here: the free-text reader loads them
// (checked against a hash of the phrases) instead of compiling them at every run.
// The hash goes beside the compiled set too, so a run with it alone need not hash them again.
const savedPhrases = savePhrases(compiled.set);
writeFileSync(COMPILED_RULES_FILE, JSON.stringify({ ...compiled, phrasesHash: savedPhrases.hash }));
writeFileSync(resolve(dist, SAVED_PHRASES_FILE), JSON.stringify(savedPhrases));
writeFileSync(resolve(dist, 'version.json'), JSON.stringify(versionInfo));
// Only this script uses build-tools.js (it also carries the format's TypeBox definitions): not shipped.
rmSync(resolve(dist, 'build-tools.js'));
