// Every call scenario, end to end through the built binary: `scamcheck batch`
// reads them as JSON Lines and as CSV (ids separated as a spreadsheet would) and
// must give each a verdict inside its bounds, with the same urgency. This is how
// a help desk feeds the answer ids added for today's calls (issue 12).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { QUESTION_IDS, VERDICTS, type Verdict } from '../../src/rules/types.js';
import { runCli } from '../helpers/cli.js';
import { loadScenarios, type Scenario } from '../helpers/scenarios.js';

const scenarios = loadScenarios();

const tmp = mkdtempSync(join(tmpdir(), 'scamcheck-scenarios-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function expectInBounds(s: Scenario, verdict: unknown, urgent: unknown): void {
  const got = VERDICTS.indexOf(verdict as Verdict);
  expect(got, `${s.name}: ${String(verdict)}`).toBeGreaterThanOrEqual(0);
  if (s.min) expect(got, `${s.name}: ${String(verdict)}`).toBeGreaterThanOrEqual(VERDICTS.indexOf(s.min));
  if (s.max) expect(got, `${s.name}: ${String(verdict)}`).toBeLessThanOrEqual(VERDICTS.indexOf(s.max));
  if (s.urgent !== undefined) expect(urgent, s.name).toBe(s.urgent);
}

describe('call scenarios through `scamcheck batch`', () => {
  it('has the scenarios of today among them', () => {
    expect(scenarios.filter((s) => s.tags?.includes('today')).length).toBeGreaterThanOrEqual(40);
  });

  it('JSON Lines: one result per scenario, each inside its bounds', () => {
    const input = join(tmp, 'scenarios.jsonl');
    writeFileSync(input, scenarios.map((s, i) => JSON.stringify({ id: `S${i + 1}`, ...s.answers })).join('\n') + '\n');
    const r = runCli(['batch', input, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(scenarios.length);
    out.forEach((rec, i) => {
      expect(rec['id']).toBe(`S${i + 1}`);
      expectInBounds(scenarios[i]!, rec['verdict'], rec['urgent']);
    });
  });

  it('CSV with "; " between ids: one result per scenario, each inside its bounds', () => {
    const input = join(tmp, 'scenarios.csv');
    const cell = (ids: string[] | undefined) => `"${(ids ?? []).join('; ')}"`;
    const rows = scenarios.map((s, i) => [`S${i + 1}`, ...QUESTION_IDS.map((q) => cell(s.answers[q]))].join(','));
    writeFileSync(input, [['id', ...QUESTION_IDS].join(','), ...rows].join('\r\n') + '\r\n');
    const csvOut = join(tmp, 'results.csv');
    const r = runCli(['batch', input, '--output-format', 'csv', '--out', csvOut, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const records = parseCsv(readFileSync(csvOut, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    expect(records).toHaveLength(scenarios.length);
    records.forEach((rec, i) => {
      expect(rec['id']).toBe(`S${i + 1}`);
      expectInBounds(scenarios[i]!, rec['verdict'], rec['urgent'] === 'true' ? true : rec['urgent'] === 'false' ? false : rec['urgent']);
    });
  });
});
