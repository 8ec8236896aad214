// Assembling from YAML and layering a pack over the compiled built-in set must
// agree: a pack that changes a built-in item is read the same way by both.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assemblePacks, assemblePacksOver } from '../../src/rules/read-pack.js';
import { BUILTIN_RULES_DIR } from '../../src/rules/load.js';
import { formatProblem } from '../../src/util/errors.js';

const tmp = mkdtempSync(join(tmpdir(), 'scamcheck-assemble-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a pack over the built-in set, read from YAML or over the compiled set', () => {
  it('may reword a built-in headline with override, either way', () => {
    const dir = join(tmp, 'headline');
    mkdirSync(dir);
    writeFileSync(join(dir, 'pack.yaml'), 'name: headline\nversion: "1"\nschemaVersion: 1\n');
    const text = 'A courier is coming. Call 999 now and do not open the door.';
    writeFileSync(join(dir, 'rules.yaml'), `headlines:\n  - id: courier-coming\n    override: true\n    text: ${text}\n`);
    const builtin = assemblePacks([BUILTIN_RULES_DIR]);
    for (const { set, problems } of [assemblePacks([BUILTIN_RULES_DIR, dir]), assemblePacksOver(builtin.set, [dir])]) {
      expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
      const h = set.headlines.find((x) => x.id === 'courier-coming')!;
      expect(h.text).toBe(text);
      expect(h.changedBy).toEqual(['headline']);
      expect(set.headlines.filter((x) => x.id === 'courier-coming')).toHaveLength(1);
    }
  });
});
