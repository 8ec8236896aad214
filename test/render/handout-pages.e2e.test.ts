// The printed handout fits: each seed incident's handout, printed to PDF by
// headless Chromium, is at most two A4 pages, with the headline's and the
// "now" steps' phone numbers on page 1 and the sources at the end. Needs
// chromium and pdfinfo/pdftotext (scripts/ensure-print-tools.sh, run by
// `pretest`); skipped, loudly, only when they cannot be installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.js';
import type { CompiledRuleSet } from '../../src/engine/compile.js';
import { buildHandout } from '../../src/interview/handout.js';
import { makeWording } from '../../src/interview/wording.js';
import { renderHandoutHtml } from '../../src/render/handout-html.js';
import { ROOT } from '../helpers/cli.js';
import { builtinRuleSet } from '../helpers/ruleset.js';
import { SEEDS } from './seeds.js';

function toolsAvailable(): boolean {
  const r = spawnSync('bash', [`${ROOT}scripts/ensure-print-tools.sh`], { encoding: 'utf8' });
  const present = spawnSync('chromium', ['--version']).status === 0 && spawnSync('pdfinfo', ['-v']).status === 0;
  if (r.status !== 0 || !present) console.error(`\n*** SKIPPING the handout page-count tests: chromium or pdfinfo is not available ***\n${r.stdout}${r.stderr}`);
  return r.status === 0 && present;
}
const ready = toolsAvailable();

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--no-pdf-header-footer'];

describe.skipIf(!ready)('the printed handout (headless Chromium, pdfinfo)', () => {
  let rs: CompiledRuleSet;
  let dir: string;
  beforeAll(async () => {
    rs = await builtinRuleSet();
    dir = mkdtempSync(join(tmpdir(), 'scamcheck-print-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Print an HTML file to PDF with a fresh profile; return the PDF's path. */
  function print(name: string, html: string): string {
    const file = join(dir, `${name}.html`);
    const pdf = join(dir, `${name}.pdf`);
    const profile = mkdtempSync(join(dir, 'profile-'));
    writeFileSync(file, html);
    const r = spawnSync('chromium', [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, `--print-to-pdf=${pdf}`, `file://${file}`], { encoding: 'utf8', timeout: 90_000 });
    rmSync(profile, { recursive: true, force: true });
    expect(r.status, r.stderr).toBe(0);
    return pdf;
  }
  const info = (pdf: string) => spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
  const page = (pdf: string, n: number) => spawnSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], { encoding: 'utf8' }).stdout;

  it.each(SEEDS.map(([name, a], i) => [name, a, i] as const))('"%s" prints on at most 2 A4 pages, numbers on page 1, sources last', (_name, a, i) => {
    const result = check(rs, { claimed: [], asked: [], signs: [], happened: [], ...a }, { region: 'england' });
    const html = renderHandoutHtml(buildHandout({ set: rs.set, result, t: makeWording(rs.set), now: new Date(2026, 10, 22, 14, 32) }));
    const pdf = print(`seed-${i}`, html);
    const meta = info(pdf);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(meta)![1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    // A4 is 595 x 842 points.
    expect(meta).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    const first = page(pdf, 1);
    const nowGroup = rs.set.stepGroups[0]!.id;
    const phones = [...result.headline!.contacts, ...result.nextSteps.filter((s) => s.group === nowGroup).flatMap((s) => s.contacts)].map((c) => c.phone);
    for (const phone of phones) expect(first, phone).toContain(phone);
    expect(page(pdf, pages)).toContain('Where this advice comes from');
  }, 120_000);
});
