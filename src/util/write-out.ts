// Writing a result to stdout without creating process.stdout: setting up that
// stream loads Node's stream modules (several ms at every start). Large or
// non-blocking outputs fall back to process.stdout; a closed pipe is quiet;
// any other failure (a full disk, /dev/full) is an OutputError (exit 4 in main.ts).

import { writeSync } from 'node:fs';
import { OutputError } from './errors.js';

/** "cannot write the output: no space left on device (ENOSPC)" */
export function outputFailure(err: unknown): OutputError {
  const e = err as NodeJS.ErrnoException;
  const what = e.code === 'ENOSPC' ? 'no space left on the device' : (e.message ?? String(err)).replace(/^[A-Z]+: /, '');
  return new OutputError(`cannot write the output: ${what}${e.code ? ` (${e.code})` : ''}`);
}

export function writeOut(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  try {
    while (offset < bytes.length) offset += writeSync(1, bytes, offset, bytes.length - offset);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') return; // the reader went away (`| head`): nothing more to say
    if (code !== 'EAGAIN') throw outputFailure(err);
    if (process.stdout.listenerCount('error') === 0) process.stdout.on('error', onStdoutError);
    process.stdout.write(bytes.subarray(offset));
  }
}

/**
 * Errors on process.stdout itself (help and version text, the fallback above):
 * quiet when the reader went away; otherwise an OutputError, which main.ts
 * maps to its exit code like any other error.
 */
export function onStdoutError(err: NodeJS.ErrnoException): void {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw outputFailure(err);
}
