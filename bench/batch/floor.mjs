// The floor for the batch benchmark: the least a Node script can do with the
// same file — read it line by line (readline), JSON-parse each line and write
// one small JSON line per record to stdout. It checks nothing.
// Output is gathered into chunks of about 64 KB, as scamcheck does, so the
// comparison measures the checking, not the number of write calls.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';

const file = process.argv[2];
const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
let out = '';
let line = 0;
for await (const text of rl) {
  line++;
  if (text === '') continue;
  const rec = JSON.parse(text);
  out += JSON.stringify({ id: rec.id ?? null, line, ok: typeof rec === 'object' }) + '\n';
  if (out.length > 65536) {
    if (!process.stdout.write(out)) await once(process.stdout, 'drain');
    out = '';
  }
}
process.stdout.write(out);
if (process.argv.includes('--report-rss')) process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`);
