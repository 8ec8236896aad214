// Build: compile TypeScript ahead of time (the installed scamcheck never compiles
// at start-up), then validate the built-in rule set and write it compiled to
// dist/builtin-rules.json. An invalid built-in rule set fails the build.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = new URL('../', import.meta.url);
rmSync(new URL('dist/', root), { recursive: true, force: true });
try {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
} catch {
  process.exit(1);
}
const { compileBuiltin, COMPILED_RULES_FILE } = await import('../dist/rules/load.js');
const { formatProblem } = await import('../dist/util/errors.js');
const { compiled, problems } = await compileBuiltin();
for (const p of problems) console.error(formatProblem(p));
if (!compiled) {
  console.error(`build: the built-in rule set has ${problems.filter((p) => p.severity === 'error').length} error(s)`);
  process.exit(1);
}
writeFileSync(COMPILED_RULES_FILE, JSON.stringify(compiled));

const { readFileSync } = await import('node:fs');
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const builtin = compiled.set.packs[0];
writeFileSync(new URL('dist/version.json', root), JSON.stringify({ version: pkg.version, rules: { name: builtin.name, version: builtin.version } }));
