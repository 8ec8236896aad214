// The README stays true to the code: every answer id, exit code and flag is documented.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { buildProgram } from '../../src/cli/program.js';
import type { CompiledRuleSet } from '../../src/engine/compile.js';
import { QUESTION_IDS } from '../../src/rules/types.js';
import { builtinRuleSet } from '../helpers/ruleset.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
let rs: CompiledRuleSet;
beforeAll(async () => {
  rs = await builtinRuleSet();
});

describe('README', () => {
  it('lists every built-in answer id under its question', () => {
    for (const q of QUESTION_IDS) {
      const section = readme.slice(readme.indexOf(`**\`--${q}\`**`));
      expect(section.length, q).toBeLessThan(readme.length);
      for (const id of rs.answerIds[q]) expect(section, `${q}: ${id}`).toContain(`| \`${id}\``);
    }
  });

  it('documents every exit code', () => {
    for (const code of Object.values(EXIT)) expect(readme).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
  });

  it('documents every option of the main command', () => {
    const program = buildProgram({ version: '0', rules: { name: 'x', version: '0' } });
    for (const opt of program.options) expect(readme, opt.long).toContain(opt.long!);
  });

  it('has a JSON example whose ids exist', () => {
    const json = readme.match(/```json\n([\s\S]*?)```/)![1]!;
    const example = JSON.parse(json.replace(/"…"/g, '""'));
    for (const r of example.reasons) expect(rs.set.rules.map((x) => x.id)).toContain(r.rule);
    for (const s of example.nextSteps) expect(rs.set.advice.map((x) => x.id)).toContain(s.id);
  });
});
