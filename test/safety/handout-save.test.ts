// Saving a handout's two files as one: a save that fails on its second file
// has neither replaced nor created the first; only regular files are ever
// replaced; names up to the file system's limit work.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Which call to writeFileSync should fail with "no space left" (0: none). */
let failOnWrite = 0;
let writes = 0;
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  return {
    ...real,
    writeFileSync: (...args: Parameters<typeof real.writeFileSync>) => {
      writes++;
      if (writes === failOnWrite) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return real.writeFileSync(...args);
    },
  };
});

const { writeFilesSafely, writeFileSafely } = await import('../../src/interview/files.js');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scamcheck-save-'));
  failOnWrite = 0;
  writes = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const pair = (stem: string) => [
  { path: join(dir, `${stem}.html`), content: '<p>new</p>' },
  { path: join(dir, `${stem}.md`), content: 'new' },
];

describe('a handout save that fails on its second file', () => {
  it('has not replaced the first', () => {
    writeFileSync(join(dir, 'h.html'), 'old html');
    writeFileSync(join(dir, 'h.md'), 'old md');
    writes = 0;
    failOnWrite = 2;
    const outcome = writeFilesSafely(pair('h'), { replace: true });
    expect(outcome).toMatchObject({ ok: false, path: join(dir, 'h.md') });
    expect(readFileSync(join(dir, 'h.html'), 'utf8')).toBe('old html');
    expect(readFileSync(join(dir, 'h.md'), 'utf8')).toBe('old md');
    expect(readdirSync(dir).sort()).toEqual(['h.html', 'h.md']);
  });

  it('has not created the first', () => {
    failOnWrite = 2;
    expect(writeFilesSafely(pair('n'), { replace: false })).toMatchObject({ ok: false });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes both when nothing fails', () => {
    expect(writeFilesSafely(pair('ok'), { replace: false })).toEqual({ ok: true });
    expect(readdirSync(dir).sort()).toEqual(['ok.html', 'ok.md']);
  });
});

describe('only a regular file is replaced', () => {
  it('refuses a symbolic link, even when told to replace, and leaves its target alone', () => {
    writeFileSync(join(dir, 'target.txt'), 'keep');
    symlinkSync(join(dir, 'target.txt'), join(dir, 'l.html'));
    expect(writeFileSafely(join(dir, 'l.html'), 'x', { replace: true })).toMatchObject({ ok: false, reason: 'other', message: /symbolic link/ });
    expect(lstatSync(join(dir, 'l.html')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'target.txt'), 'utf8')).toBe('keep');
  });

  it('refuses a device', () => {
    // As root, a copy of the null device made here, so a bug cannot destroy the real /dev/null.
    let dev = '/dev/null';
    if (process.getuid?.() === 0) {
      dev = join(dir, 'null-device');
      if (spawnSync('mknod', [dev, 'c', '1', '3']).status !== 0) return;
    }
    expect(writeFileSafely(dev, 'x', { replace: true })).toMatchObject({ ok: false, message: /device/ });
    expect(lstatSync(dev).isCharacterDevice()).toBe(true);
  });
});

describe('long names', () => {
  it('saves files whose names are up to 250 characters (the temporary name is short)', () => {
    const stem = 's'.repeat(245);
    expect(writeFilesSafely(pair(stem), { replace: false })).toEqual({ ok: true });
    expect(readdirSync(dir).sort()).toEqual([`${stem}.html`, `${stem}.md`]);
  });
});
