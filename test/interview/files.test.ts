// Saving files: never over an existing file unless told, no half-written or
// temporary files left behind, clear reasons when it cannot be done.
import { chmodSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileStamp, freeStem, writeFileSafely } from '../../src/interview/files.js';
import { tempDir } from './helpers/session.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

describe('writeFileSafely', () => {
  it('writes a new file, leaving no temporary file', () => {
    expect(writeFileSafely(join(dir, 'a.html'), 'hello £', { replace: false })).toEqual({ ok: true });
    expect(readFileSync(join(dir, 'a.html'), 'utf8')).toBe('hello £');
    expect(readdirSync(dir)).toEqual(['a.html']);
  });

  it('refuses an existing file unless told to replace it', () => {
    writeFileSync(join(dir, 'a.html'), 'old');
    const refused = writeFileSafely(join(dir, 'a.html'), 'new', { replace: false });
    expect(refused).toMatchObject({ ok: false, reason: 'exists' });
    expect(readFileSync(join(dir, 'a.html'), 'utf8')).toBe('old');
    expect(writeFileSafely(join(dir, 'a.html'), 'new', { replace: true })).toEqual({ ok: true });
    expect(readFileSync(join(dir, 'a.html'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.html']);
  });

  it('names a missing folder, and a folder where the file should be', () => {
    expect(writeFileSafely(join(dir, 'nope', 'a.html'), 'x', { replace: false })).toMatchObject({ ok: false, reason: 'no-folder' });
    mkdirSync(join(dir, 'a.html'));
    expect(writeFileSafely(join(dir, 'a.html'), 'x', { replace: true })).toMatchObject({ ok: false, reason: 'other' });
  });

  it.skipIf(process.getuid?.() === 0)('says when it is not allowed to write', () => {
    mkdirSync(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0o500);
    expect(writeFileSafely(join(dir, 'locked', 'a.html'), 'x', { replace: false })).toMatchObject({ ok: false, reason: 'not-allowed' });
  });
});

describe('names', () => {
  it('stamps the local date and time, sortable and safe in any file system', () => {
    expect(fileStamp(new Date(2026, 0, 5, 9, 7))).toBe('2026-01-05-0907');
  });

  it('suggests a name none of whose files exist', () => {
    expect(freeStem(dir, 'h', ['.html', '.md'])).toBe('h');
    writeFileSync(join(dir, 'h.md'), '');
    expect(freeStem(dir, 'h', ['.html', '.md'])).toBe('h-2');
    writeFileSync(join(dir, 'h-2.html'), '');
    expect(freeStem(dir, 'h', ['.html', '.md'])).toBe('h-3');
  });
});
