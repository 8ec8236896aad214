// Running a batch in-process (fast), with standard input and output as buffers.
import { PassThrough, Readable } from 'node:stream';
import { runBatch, type BatchOptions } from '../../src/batch/index.js';
import { exitCodeOf } from '../../src/cli/exit-codes.js';

export interface InProcessResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout as JSON Lines, parsed. */
  records: Record<string, unknown>[];
}

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const parts: Buffer[] = [];
  stream.on('data', (d: Buffer) => parts.push(d));
  return { stream, text: () => Buffer.concat(parts).toString('utf8') };
}

/** Run `scamcheck batch -` on `input` in this process. */
export async function batchInProcess(input: string | Buffer, options: Partial<BatchOptions> = {}): Promise<InProcessResult> {
  const out = collect();
  const err = collect();
  const stdin = Readable.from([typeof input === 'string' ? Buffer.from(input) : input]);
  const code = exitCodeOf(await runBatch('-', { region: 'england', ...options }, {
    stdin,
    stdout: out.stream as unknown as NodeJS.WriteStream,
    stderr: err.stream as unknown as NodeJS.WriteStream,
    env: {},
  }));
  const stdout = out.text();
  const records = (options.outputFormat ?? 'jsonl') === 'jsonl' ? stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>) : [];
  return { code, stdout, stderr: err.text(), records };
}
