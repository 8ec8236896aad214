// Writing a result to stdout without creating process.stdout: setting up that
// stream loads Node's stream modules (several ms at every start). Large or
// non-blocking outputs fall back to process.stdout; a closed pipe is quiet.

import { writeSync } from 'node:fs';

export function writeOut(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  try {
    while (offset < bytes.length) offset += writeSync(1, bytes, offset, bytes.length - offset);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') return; // the reader went away (`| head`): nothing more to say
    if (code !== 'EAGAIN') throw err;
    process.stdout.write(bytes.subarray(offset));
  }
}
