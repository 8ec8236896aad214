// The built-in rule set as shipped: valid, every rule tested and sourced, the
// compiled copy in dist/ not stale, and every file pointing editors at its schema.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleFromYaml, BUILTIN_RULES_DIR, COMPILED_RULES_FILE, listRuleFiles, MANIFEST_FILE, PACKAGE_ROOT, type CompiledBuiltin, type LoadResult } from '../../src/rules/load.js';
import { formatProblem } from '../../src/util/errors.js';

let built: LoadResult;
beforeAll(async () => {
  built = await assembleFromYaml([]);
});

/** Known kinds of warning: a new kind should be added here on purpose. */
const WARNING_KINDS = [/brings no advice$/, /is deprecated$/, /related rule ".*" does not exist$/, /is not used by any rule or verdict$/, /is not used by any advice$/];

describe('the built-in rule set', () => {
  it('validates with no errors (its warnings are listed, not fatal)', () => {
    const errors = built.problems.filter((p) => p.severity === 'error').map(formatProblem);
    const warnings = built.problems.filter((p) => p.severity === 'warning');
    expect(errors).toEqual([]);
    expect(built.meaningChecked).toBe(true);
    if (warnings.length > 0) console.log(`Built-in rule set warnings (${warnings.length}):\n${warnings.map(formatProblem).join('\n')}`);
    for (const w of warnings) expect(WARNING_KINDS.some((k) => k.test(w.message)), formatProblem(w)).toBe(true);
  });

  it('every rule has an example that must match, one that must not, and a web source', () => {
    const gaps = built.set.rules.flatMap((r) => [
      ...(r.examples.match.length === 0 ? [`${r.id}: no example that must match`] : []),
      ...(r.examples.noMatch.length === 0 ? [`${r.id}: no example that must not match`] : []),
      ...(r.sources.length === 0 ? [`${r.id}: no source`] : []),
      ...r.sources.filter((s) => !/^https?:\/\/\S+$/.test(s)).map((s) => `${r.id}: source is not a web address: ${s}`),
    ]);
    expect(built.set.rules.length).toBeGreaterThan(20);
    expect(gaps).toEqual([]);
  });

  it('dist/builtin-rules.json is what assembling rules/*.yaml gives now (run "npm run build" if not)', () => {
    expect(existsSync(COMPILED_RULES_FILE), 'dist/builtin-rules.json is missing: run "npm run build"').toBe(true);
    const compiled = JSON.parse(readFileSync(COMPILED_RULES_FILE, 'utf8')) as CompiledBuiltin;
    // Through JSON, as the build wrote it: undefined fields drop out the same way.
    expect(compiled.set).toEqual(JSON.parse(JSON.stringify(built.set)));
  });
});

describe('yaml-language-server modelines', () => {
  const packs = [BUILTIN_RULES_DIR, join(PACKAGE_ROOT, 'examples', 'kent-trading-standards'), join(PACKAGE_ROOT, 'templates', 'pack')];
  const files = packs.flatMap((dir) => [
    [join(dir, MANIFEST_FILE), 'scamcheck-pack.schema.json'] as const,
    ...listRuleFiles(dir).map((f) => [f, 'scamcheck-rules.schema.json'] as const),
  ]);

  it.each(files.map(([f, schema]) => [f.slice(PACKAGE_ROOT.length), f, schema]))('%s points at its schema', (_name, file, schema) => {
    const first = readFileSync(file, 'utf8').split('\n')[0]!;
    const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(m, `${file} must start with "# yaml-language-server: $schema=…"`).not.toBeNull();
    expect(resolve(dirname(file), m![1]!)).toBe(join(PACKAGE_ROOT, 'schema', schema));
  });
});
