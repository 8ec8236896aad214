// Where output goes: standard output (respecting backpressure, so memory stays
// flat when the reader is slow) or a file written atomically — into a
// temporary file in the same folder, renamed into place only when the run
// finishes. An interrupted or failed run removes the temporary file and leaves
// no partial output file behind.

import { closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { InputError, UsageError } from '../../util/errors.js';
import { notReplaceable, tempPathFor } from '../../util/out-file.js';
import { terminalSafe } from '../../util/output/sanitize.js';

/**
 * --out must name a regular file (or nothing yet) in a folder that exists, and
 * must not be the input. A missing folder or something other than a regular
 * file at the target is an output error (exit 4); no name, or the input file
 * itself, a usage error (exit 2).
 */
export function checkOutPath(out: string, input: string): void {
  if (out === '' || out === '-') throw new UsageError('--out needs a file name (leave --out out to write to standard output)');
  const shown = terminalSafe(out);
  const dir = dirname(resolve(out));
  let dirOk = false;
  try {
    dirOk = statSync(dir).isDirectory();
  } catch {
    dirOk = false;
  }
  if (!dirOk) throw new InputError(`--out ${shown}: the folder ${terminalSafe(dir)} does not exist`);
  const why = notReplaceable(out);
  if (why !== undefined) throw new InputError(`--out ${shown} ${why}: scamcheck only writes a regular file, and never replaces anything else. Give a file name`);
  if (input !== '-') {
    try {
      if (realpathSync(out) === realpathSync(input)) throw new UsageError(`--out ${shown} is the input file: write the results to another file`);
    } catch (err) {
      if (err instanceof UsageError) throw err;
    }
  }
}

export interface OutputSink {
  /**
   * Write; returns a promise only when the destination asked to wait (backpressure).
   * `ascii`: the text is known to be ASCII, so it is copied as bytes (much faster than UTF-8 encoding).
   */
  write(text: string | Buffer, ascii: boolean): Promise<void> | undefined;
  /** Everything was written: make it final (rename the file into place). */
  finish(): Promise<void>;
  /** Give up: remove anything partial. Safe to call more than once. */
  abort(): void;
}

/** The reader of standard output went away (`| head`): stop quietly. */
export class OutputClosed extends Error {
  override name = 'OutputClosed';
}

export class StreamSink implements OutputSink {
  private drained: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private failure: Error | undefined;

  constructor(private readonly stream: Writable) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      this.failure = err.code === 'EPIPE' ? new OutputClosed('output closed') : new InputError(`cannot write the results: ${err.message}`);
      this.wake?.();
    });
  }

  write(text: string | Buffer, ascii: boolean): Promise<void> | undefined {
    if (this.failure) throw this.failure;
    if (typeof text === 'string' ? this.stream.write(text, ascii ? 'latin1' : 'utf8') : this.stream.write(text)) return undefined;
    // One wait at a time, however many writes asked for it.
    this.drained ??= new Promise<void>((resolve) => {
      this.wake = resolve;
      this.stream.once('drain', resolve);
    }).then(() => {
      this.stream.removeListener('drain', this.wake!);
      this.drained = undefined;
      this.wake = undefined;
      if (this.failure) throw this.failure;
    });
    return this.drained;
  }

  async finish(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.drained) await this.drained;
  }

  abort(): void {}
}

/** Signals that end a run early, and the exit code each gives (128 + signal number). */
const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

export class AtomicFileSink implements OutputSink {
  readonly tempPath: string;
  private fd: number | undefined;
  private readonly onSignal: Record<string, () => void> = {};
  private readonly onExit = () => this.abort();

  /** Creates the temporary file at once: a folder that cannot be written to fails here, before any reading. */
  constructor(
    readonly path: string,
    private readonly report: (message: string) => void,
  ) {
    // Short and fixed in length: a target name near the 255-byte limit still works.
    this.tempPath = tempPathFor(path);
    // Handlers first, file second: a signal that lands in between is then
    // handled (after this constructor returns) and removes the file. The other
    // way round, it would kill the process and leave the temporary file behind.
    for (const [signal, code] of Object.entries(SIGNALS)) {
      this.onSignal[signal] = () => {
        this.abort();
        this.report(`Stopped (${signal}) — ${terminalSafe(path)} was not written.\n`);
        process.exit(code);
      };
      process.once(signal, this.onSignal[signal]);
    }
    process.once('exit', this.onExit);
    try {
      this.fd = openSync(this.tempPath, 'wx', 0o644);
    } catch (err) {
      this.release();
      throw err;
    }
  }

  write(text: string | Buffer, ascii: boolean): undefined {
    if (this.fd === undefined) throw new Error('output file already closed');
    const bytes = typeof text === 'string' ? Buffer.from(text, ascii ? 'latin1' : 'utf8') : text;
    try {
      for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at, bytes.length - at);
    } catch (err) {
      throw new InputError(`cannot write ${terminalSafe(this.path)}: ${terminalSafe((err as Error).message)}`);
    }
    return undefined;
  }

  // The OutputSink interface is asynchronous; this sink happens to finish synchronously.
  // eslint-disable-next-line @typescript-eslint/require-await
  async finish(): Promise<void> {
    if (this.fd === undefined) throw new Error('output file already closed');
    try {
      fsyncSync(this.fd);
      // Checked again at the end: something other than a regular file may have appeared meanwhile.
      const why = notReplaceable(this.path);
      if (why !== undefined) throw new Error(`it ${why}, and scamcheck only replaces a regular file`);
      closeSync(this.fd);
      this.fd = undefined;
      renameSync(this.tempPath, this.path);
    } catch (err) {
      this.abort();
      // Removed above if the rename never happened; the fd is closed either way.
      try {
        unlinkSync(this.tempPath);
      } catch {
        // Already gone (renamed into place or removed by abort).
      }
      throw new InputError(`cannot write ${terminalSafe(this.path)}: ${terminalSafe((err as Error).message)}`);
    }
    this.release();
  }

  abort(): void {
    if (this.fd !== undefined) {
      try {
        closeSync(this.fd);
      } catch {
        // Already closed: nothing to do.
      }
      this.fd = undefined;
      try {
        unlinkSync(this.tempPath);
      } catch {
        // Already gone.
      }
    }
    this.release();
  }

  private release(): void {
    for (const [signal, handler] of Object.entries(this.onSignal)) process.removeListener(signal, handler);
    process.removeListener('exit', this.onExit);
  }
}
