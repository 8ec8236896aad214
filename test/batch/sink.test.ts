// The atomic --out file: the clean-up handlers must be in place before the
// temporary file exists, or a signal that lands in between kills the process
// and leaves the temporary file behind (seen in CI). The end-to-end tests
// stop a real run with signals; this one checks the order directly.
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const listenersWhenOpened: Record<string, number>[] = [];

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  return {
    ...real,
    openSync: (...args: Parameters<typeof real.openSync>) => {
      listenersWhenOpened.push({
        SIGINT: process.listenerCount('SIGINT'),
        SIGTERM: process.listenerCount('SIGTERM'),
        SIGHUP: process.listenerCount('SIGHUP'),
      });
      return real.openSync(...args);
    },
  };
});

const { AtomicFileSink } = await import('../../src/batch/output/sink.js');

const tmp = mkdtempSync(join(tmpdir(), 'scamcheck-sink-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('AtomicFileSink', () => {
  it('listens for SIGINT, SIGTERM and SIGHUP before it creates the temporary file', () => {
    const before = { SIGINT: process.listenerCount('SIGINT'), SIGTERM: process.listenerCount('SIGTERM'), SIGHUP: process.listenerCount('SIGHUP') };
    listenersWhenOpened.length = 0;
    const sink = new AtomicFileSink(join(tmp, 'order.jsonl'), () => {});
    expect(listenersWhenOpened).toEqual([{ SIGINT: before.SIGINT + 1, SIGTERM: before.SIGTERM + 1, SIGHUP: before.SIGHUP + 1 }]);
    sink.abort();
    expect(process.listenerCount('SIGTERM')).toBe(before.SIGTERM);
    expect(readdirSync(tmp).filter((f) => f.startsWith('.scamcheck-order'))).toEqual([]);
  });

  it('leaves no handlers behind when the file cannot be created', () => {
    const before = process.listenerCount('SIGTERM');
    const beforeExit = process.listenerCount('exit');
    expect(() => new AtomicFileSink(join(tmp, 'no-such-folder', 'x.jsonl'), () => {})).toThrow(/ENOENT/);
    expect(process.listenerCount('SIGTERM')).toBe(before);
    expect(process.listenerCount('exit')).toBe(beforeExit);
  });

  it('writes the file only when finished, and removes the temporary file', async () => {
    const path = join(tmp, 'done.jsonl');
    const sink = new AtomicFileSink(path, () => {});
    sink.write('{"a":1}\n', true);
    expect(readdirSync(tmp)).not.toContain('done.jsonl');
    await sink.finish();
    expect(fs.readFileSync(path, 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(tmp).filter((f) => f.startsWith('.scamcheck-done'))).toEqual([]);
  });
});
