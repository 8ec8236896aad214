// The packed package, installed as a user would: `npm pack`, then `npm install`
// of the tarball into an empty folder. dist/ bundles every library, so the
// install adds one package, runs no script and prints no script warning; the
// installed command then checks a call, reads a description, validates a rule
// pack and runs a batch.
//
// The pack runs in a copy of the project (its own package.json is rewritten for
// the length of the pack, which other tests running at the same time must not see).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
let work: string;
let installed: string;
let bin: string;
let installOutput: string;
let packedManifest: Record<string, unknown>;

const npm = (args: string[], cwd: string) => {
  const r = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=warn'], { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return `${r.stdout}\n${r.stderr}`;
};

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'scamcheck-pack-'));
  const project = join(work, 'project');
  for (const entry of ['package.json', 'package-lock.json', 'README.md', 'bin', 'dist', 'rules', 'schema', 'templates', 'scripts', 'src', 'tsconfig.json', 'tsconfig.build.json']) {
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  npm(['pack', '--pack-destination', work], project);
  const tarball = join(work, 'scamcheck-' + (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version + '.tgz');
  packedManifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' })) as Record<string, unknown>;
  // The copy's own package.json is put back after the pack.
  expect(readFileSync(join(project, 'package.json'), 'utf8')).toBe(readFileSync(join(root, 'package.json'), 'utf8'));
  installed = join(work, 'user');
  cpSync(join(root, 'test/package/empty-project.json'), join(installed, 'package.json'));
  installOutput = npm(['install', '--offline', tarball], installed);
  bin = join(installed, 'node_modules/.bin/scamcheck');
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('lists no dependencies and no scripts', () => {
    expect(packedManifest.dependencies).toBeUndefined();
    expect(packedManifest.scripts).toBeUndefined();
    expect(packedManifest.bin).toEqual({ scamcheck: 'bin/scamcheck.js' });
  });

  it('installs one package, with no warning', () => {
    expect(installOutput).not.toMatch(/warn/i);
    const modules = readFileSync(join(installed, 'package-lock.json'), 'utf8');
    expect(Object.keys((JSON.parse(modules) as { packages: object }).packages)).toEqual(['', 'node_modules/scamcheck']);
  });

  it('checks a call in an empty folder', () => {
    const r = spawnSync(bin, ['--claimed', 'police', '--asked', 'hand-over-cash', '--format', 'json'], { cwd: installed, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { verdict: string }).verdict).toBe('scam');
  });

  it('reads a description', () => {
    const r = spawnSync(bin, ['--describe', 'A detective rang and said a courier would come to collect my cash', '--format', 'json'], { cwd: installed, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { verdict: string }).verdict).toBe('scam');
  });

  it('validates a rule pack', () => {
    const r = spawnSync(bin, ['rules', 'validate', join(root, 'examples/kent-trading-standards')], { cwd: installed, encoding: 'utf8' });
    expect(r.stdout).toMatch(/0 errors/);
    expect(r.status).toBe(0);
  });

  it('runs a batch', () => {
    writeFileSync(join(installed, 'calls.csv'), 'id,claimed,asked\n1,police,hand-over-cash\n2,other,none\n');
    const r = spawnSync(bin, ['batch', 'calls.csv', '--output-format', 'jsonl'], { cwd: installed, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; verdict: string });
    expect(lines.map((l) => [l.id, l.verdict])).toEqual([
      ['1', 'scam'],
      ['2', 'no-known-signs'],
    ]);
  });
});
