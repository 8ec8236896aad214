// The JSON Schemas in schema/ are written by the build from src/rules/file-format/
// (the one definition of the rule-file format). These tests regenerate them and
// compare, so a hand edit to schema/ or a stale copy fails here too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaFiles } from '../../src/rules/file-format/index.js';
import { QUESTION_IDS, SCHEMA_VERSION, VERDICTS } from '../../src/rules/types.js';

const onDisk = (name: string) => readFileSync(new URL(`../../schema/${name}`, import.meta.url), 'utf8');

describe('the rule-file format', () => {
  const files = schemaFiles();

  it('writes the two schema files', () => {
    expect(Object.keys(files).sort()).toEqual(['scamcheck-pack.schema.json', 'scamcheck-rules.schema.json']);
  });

  it.each(Object.keys(files))('schema/%s is exactly what src/rules/file-format/ generates (run npm run build)', (name) => {
    expect(onDisk(name)).toBe(files[name]);
  });

  it('uses the ids the code knows, and says the file is generated', () => {
    const rules = JSON.parse(files['scamcheck-rules.schema.json']!) as { $comment: string; definitions: Record<string, { enum?: unknown[] }> };
    const pack = JSON.parse(files['scamcheck-pack.schema.json']!) as { properties: Record<string, { enum?: unknown[] }> };
    expect(rules.$comment).toMatch(/do not edit/);
    expect(rules.definitions['verdictId']!.enum).toEqual([...VERDICTS]);
    expect(rules.definitions['questionId']!.enum).toEqual([...QUESTION_IDS]);
    expect(pack.properties['schemaVersion']!.enum).toEqual([SCHEMA_VERSION]);
  });
});
