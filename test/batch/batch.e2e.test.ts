// End-to-end: `scamcheck batch` spawned as a script would run it (build first).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { isDangerousCell } from '../../src/util/output/csv-cell.js';
import { checkAnswerIds, mergeAnswers } from '../../src/engine/answers.js';
import { check } from '../../src/engine/check.js';
import { createReader } from '../../src/text/read.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { makeHelplineExport } from '../fixtures/batch/helpline-export.js';
import { BIN, ROOT, runCli } from '../helpers/cli.js';
import { builtinRuleSet } from '../helpers/ruleset.js';

const tmp = mkdtempSync(join(tmpdir(), 'scamcheck-batch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const STACK = /\n\s+at .+:\d+:\d+/;
const jsonl = (stdout: string) => stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
const file = (name: string, content: string | Buffer) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('.scamcheck-'));

describe('a messy helpline export (1,000 rows)', async () => {
  const rs = await builtinRuleSet();
  const exported = makeHelplineExport(1000);
  const input = file('helpline.csv', exported.bytes);
  const read = createReader(rs.set, { suggest: 'none' });
  const expected = exported.rows.map((row) => {
    if (row.error) return { ...row, verdict: undefined };
    const fromNotes = row.notes ? checkAnswerIds(rs, read(row.notes.replace(/\r?\n/g, '\r\n')).answers).answers : {};
    return { ...row, verdict: check(rs, mergeAnswers(rs, row.answers, fromNotes), { region: 'england' }).verdict };
  });

  it('accounts for every row: one result each, in order, with its id, line and verdict', () => {
    const r = runCli(['batch', input]);
    expect(r.stderr).not.toMatch(STACK);
    const records = jsonl(r.stdout);
    expect(records).toHaveLength(expected.length);
    records.forEach((rec, i) => {
      const want = expected[i]!;
      expect({ line: rec['line'], id: rec['id'] }).toEqual({ line: want.line, id: want.id });
      if (want.error) expect(rec['error']).toMatch(want.error);
      else expect(rec['verdict'], `row on line ${want.line}`).toBe(want.verdict);
    });
    const bad = expected.filter((e) => e.error).length;
    expect(r.code).toBe(bad > 0 ? EXIT.badRecords : EXIT.ok);
    expect(r.stderr).toContain(`scamcheck batch: ${expected.length.toLocaleString('en-GB')} records from ${input}`);
    expect(r.stderr).toMatch(new RegExp(`blank lines\\s+${exported.blankLines.length} `));
    expect(r.stderr).toMatch(/Ignored columns scamcheck does not read: "Date received", "Volunteer"\./);
  });

  it('writes CSV that is safe to open in a spreadsheet, with the same results', () => {
    const out = join(tmp, 'helpline-results.csv');
    const r = runCli(['batch', input, '--output-format', 'csv', '--out', out, '--quiet']);
    expect(r.stderr).toBe('');
    const raw = readFileSync(out, 'utf8');
    expect(raw.startsWith('\ufeffid,line,verdict,urgent,rules,nextStep,nextStepText,error\r\n')).toBe(true);
    const rows = parse(raw, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => {
      const want = expected[i]!;
      expect(row['line']).toBe(String(want.line));
      expect(row['id']).toBe(isDangerousCell(want.id) ? `'${want.id}` : want.id);
      expect(row['verdict']).toBe(want.verdict ?? '');
      for (const cell of Object.values(row)) expect(isDangerousCell(cell), cell).toBe(false);
    });
    expect(leftovers(tmp)).toEqual([]);
  });
});

describe('exit codes', () => {
  const good = file('good.jsonl', '{"id":"a","claimed":"bank","asked":"none"}\n{"id":"b","claimed":"police","asked":"hand-over-cash"}\n');
  const withBad = file('with-bad.jsonl', '{"id":"a","claimed":"police","asked":"hand-over-cash"}\n{"id":"b","claimed":"polise"}\n');

  it('0 when every record was checked, whatever the verdicts', () => {
    const r = runCli(['batch', good]);
    expect(r.code).toBe(EXIT.ok);
    expect(jsonl(r.stdout).map((x) => x['verdict'])).toEqual(['no-known-signs', 'scam']);
  });

  it('1 when a record reached --fail-on; 0 when none did', () => {
    expect(runCli(['batch', good, '--fail-on', 'scam']).code).toBe(EXIT.failOn);
    expect(runCli(['batch', good, '--fail-on', 'high-risk', '-q']).code).toBe(EXIT.failOn);
    const calm = file('calm.jsonl', '{"claimed":"bank","asked":"none"}\n');
    expect(runCli(['batch', calm, '--fail-on', 'suspicious']).code).toBe(EXIT.ok);
  });

  it('5 when some records were bad — and 5 wins over --fail-on', () => {
    const r = runCli(['batch', withBad, '--fail-on', 'scam']);
    expect(r.code).toBe(EXIT.badRecords);
    expect(jsonl(r.stdout)).toHaveLength(2);
    expect(r.stderr).toMatch(/1 record reached --fail-on scam/);
  });

  it.each([
    [['batch'], /missing required argument 'file'/],
    [['batch', 'x.jsonl', '--output-format', 'xml'], /"xml" is not valid/],
    [['batch', 'x.jsonl', '--input-format', 'yaml'], /"yaml" is not valid/],
    [['batch', 'x.jsonl', '--claimed', 'police'], /--claimed is for checking one call/],
    [['batch', 'x.jsonl', '--format', 'markdown'], /--format is for checking one call/],
  ])('2 for a usage error: %j', (args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('4 (an output error, as the README says) when the --out folder does not exist', () => {
    const r = runCli(['batch', 'x.jsonl', '--out', '/no/such/folder/out.jsonl']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/--out \/no\/such\/folder\/out\.jsonl: the folder \/no\/such\/folder does not exist/);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('2 when --out would overwrite the input', () => {
    const r = runCli(['batch', good, '--out', good]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/is the input file/);
  });

  it('3 when a rule pack has errors (nothing is checked)', () => {
    const pack = join(tmp, 'broken-pack');
    mkdirSync(pack, { recursive: true });
    writeFileSync(join(pack, 'pack.yaml'), 'name: broken\nversion: 1.0.0\nschemaVersion: 1\n');
    writeFileSync(join(pack, 'rules.yaml'), 'rules:\n  - id: no-verdict\n    title: Missing most fields\n');
    const r = runCli(['batch', good, '--rules', pack]);
    expect(r.code).toBe(EXIT.rules);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^scamcheck: the rules could not be loaded, so no records were checked \(\d+ errors?\):\n/);
  });

  it('4 when the input cannot be read', () => {
    const r = runCli(['batch', join(tmp, 'missing.csv')]);
    expect(r.code).toBe(EXIT.input);
    expect(r.stderr).toMatch(/cannot read ".*missing\.csv": there is no such file/);
    expect(runCli(['batch', tmp]).stderr).toMatch(/it is a folder, not a file/);
  });

  it('4 when --strict meets a bad record, naming the line and the field; --out is then not written', () => {
    const out = join(tmp, 'strict-out.jsonl');
    const r = runCli(['batch', withBad, '--strict', '--out', out]);
    expect(r.code).toBe(EXIT.input);
    expect(r.stderr).toMatch(/with-bad\.jsonl line 2: "polise" is not an answer to claimed; did you mean "police"\?/);
    expect(r.stderr).toMatch(/--strict stops at the first bad record; .*strict-out\.jsonl was not written\./);
    expect(existsSync(out)).toBe(false);
    expect(leftovers(tmp)).toEqual([]);
  });
});

describe('input and output', () => {
  it('reads standard input, guessing the format from the first line', () => {
    const asCsv = runCli(['batch', '-', '-q'], { input: 'id,claimed,asked\r\nx,police,hand-over-cash\r\n' });
    expect(jsonl(asCsv.stdout)).toMatchObject([{ id: 'x', line: 2, verdict: 'scam' }]);
    const asJsonl = runCli(['batch', '-'], { input: '\ufeff{"id":"y","claimed":"police","asked":"hand-over-cash"}\n' });
    expect(jsonl(asJsonl.stdout)).toMatchObject([{ id: 'y', line: 1, verdict: 'scam' }]);
    expect(asJsonl.stderr).toMatch(/read as JSON Lines, guessed from the first line/);
  });

  it('takes rule packs (--rules, new answer ids included) and uses the region for the next step', () => {
    const pack = join(tmp, 'region-pack');
    mkdirSync(pack, { recursive: true });
    writeFileSync(join(pack, 'pack.yaml'), 'name: region-pack\nversion: 1.0.0\nschemaVersion: 1\n');
    writeFileSync(
      join(pack, 'rules.yaml'),
      [
        'questions:',
        '  - id: claimed',
        '    answers:',
        '      - id: energy-grant',
        '        label: An energy grant scheme',
        '        hint: Someone offering free insulation.',
        'advice:',
        '  - id: scotland-first',
        '    order: 1',
        '    text: A step for Scotland only.',
        '    regions: [scotland]',
        '    sources: [https://example.org/a]',
        'rules:',
        '  - id: grant-call',
        '    title: Grant call',
        '    status: experimental',
        '    verdict: suspicious',
        '    explanation: A grant call.',
        '    when: { claimed: [energy-grant] }',
        '    advice: [scotland-first]',
        '    sources: [https://example.org/r]',
        '    examples:',
        '      match: [{ claimed: [energy-grant] }]',
        '      no-match: [{ claimed: [bank] }]',
        '',
      ].join('\n'),
    );
    const input = '{"claimed":"energy-grant"}\n';
    const run = (region: string) => runCli(['batch', '-', '--rules', pack, '--region', region, '--output-format', 'csv', '-q'], { input });
    const [england, scotland] = [run('england'), run('scotland')].map((r) => parse(r.stdout, { bom: true, columns: true }) as Record<string, string>[]) as [Record<string, string>[], Record<string, string>[]];
    expect(scotland[0]).toMatchObject({ verdict: 'suspicious', rules: 'grant-call', nextStep: 'scotland-first', nextStepText: 'A step for Scotland only.' });
    expect(england[0]).toMatchObject({ verdict: 'suspicious', rules: 'grant-call' });
    expect(england[0]!['nextStep']).not.toBe('scotland-first');
    // The root command takes --region wherever it is given: before "batch" works too.
    const before = runCli(['--region', 'scotland', 'batch', '-', '--rules', pack, '-q'], { input });
    expect(jsonl(before.stdout)[0]!['nextStep']).toBe('scotland-first');
  });

  it('adds the answers used with --explain', () => {
    const r = runCli(['batch', '-', '--explain', '-q'], { input: '{"claimed":"Police","asked":"hand-over-cash"}\n' });
    expect(jsonl(r.stdout)[0]).toMatchObject({ answers: { claimed: ['police'], asked: ['hand-over-cash'], signs: [], happened: [] }, fromText: [] });
  });

  it('writes --out in full at the end, and leaves no temporary file', () => {
    const out = join(tmp, 'out.jsonl');
    const r = runCli(['batch', '-', '--out', out], { input: '{"claimed":"bank","asked":"none"}\n' });
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Results written to .*out\.jsonl\./);
    expect(jsonl(readFileSync(out, 'utf8'))).toHaveLength(1);
    expect(leftovers(tmp)).toEqual([]);
  });

  it('prints input text in the summary only after making it terminal-safe', () => {
    const r = runCli(['batch', '-', '--input-format', 'csv'], { input: 'claimed,"\u001b[31mred\u001b[0m"\r\nbank,x\r\n' });
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).toContain('\\u001b[31mred');
  });
});

describe('notes read in a worker thread', () => {
  // SCAMCHECK_BATCH_THREADS=1 hands every note to the worker (without it, only long inputs full of notes do).
  const phrases = ['a man said he was a detective and a courier would collect cash', 'my bank rang about fraud on my card', 'the caller wanted me to buy gift cards', 'hung up at once'];
  const lines: string[] = [];
  for (let i = 0; i < 5000; i++) {
    if (i % 997 === 0) lines.push('');
    else if (i % 499 === 0) lines.push(`{"id":"bad-${i}","claimed":"polise","notes":"x"}`);
    else if (i % 7 === 0) lines.push(`{"id":"plain-${i}","claimed":"bank","asked":"none"}`);
    else lines.push(JSON.stringify({ id: `n-${i}`, claimed: i % 3 ? 'police' : 'other', notes: `${phrases[i % phrases.length]} (${i})` }));
  }
  const input = file('many-notes.jsonl', lines.join('\n') + '\n');

  it.each([
    ['JSON Lines with --explain', ['--explain']],
    ['CSV with --explain', ['--output-format', 'csv', '--explain']],
    ['JSON Lines, answers only', []],
    ['CSV, answers only', ['--output-format', 'csv']],
  ])('gives exactly the output of reading them in the main thread (%s)', (_name, extra) => {
    const threaded = runCli(['batch', input, ...extra], { env: { SCAMCHECK_BATCH_THREADS: '1', SCAMCHECK_DEBUG: '1' } });
    const inline = runCli(['batch', input, ...extra], { env: { SCAMCHECK_BATCH_THREADS: '0', SCAMCHECK_DEBUG: '1' } });
    expect(threaded.stderr).toMatch(/notes were read in a worker thread/);
    expect(inline.stderr).not.toMatch(/worker thread/);
    expect(threaded.code).toBe(EXIT.badRecords);
    expect(threaded.stdout).toBe(inline.stdout);
    expect(threaded.stdout.length).toBeGreaterThan(0);
  });
});

describe('stopping early', () => {
  const big = join(tmp, 'big.jsonl');
  writeFileSync(big, '{"id":"x","claimed":"police","asked":"hand-over-cash","signs":"urgent","notes":"He said he was from the bank"}\n'.repeat(200_000));

  /** Spawn the binary; resolves with its exit code, signal and stderr. */
  function spawnBatch(args: string[], onStart: (child: ReturnType<typeof spawn>) => void) {
    const child = spawn(process.execPath, [BIN, 'batch', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    onStart(child);
    return new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
  }

  it('ends quietly when standard output is closed early (| head)', async () => {
    const r = await spawnBatch([big], (child) => {
      child.stdout!.once('data', () => child.stdout!.destroy());
    });
    expect(r.stderr).not.toMatch(/EPIPE|Error|internal/);
    expect(r.code).toBe(EXIT.ok);
  });

  // Several tries per signal, stopped the moment the temporary file appears
  // (fs.watch, not polling): that is when a signal is most likely to land
  // before the handlers that clean up are in place.
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
    ['SIGHUP', 129],
  ] as const)('leaves no partial --out file and no temporary file when stopped by %s', async (signal, code) => {
    for (let attempt = 0; attempt < 4; attempt++) {
      const dir = mkdtempSync(join(tmp, 'signal-'));
      const out = join(dir, 'results.jsonl');
      const r = await spawnBatch([big, '--out', out], (child) => {
        let sent = false;
        const stop = () => {
          if (sent || leftovers(dir).length === 0) return;
          sent = true;
          child.kill(signal);
          watcher.close();
          clearInterval(poll);
        };
        const watcher = watch(dir, stop);
        const poll = setInterval(stop, 20); // in case a change event is missed
        child.on('close', () => {
          watcher.close();
          clearInterval(poll);
        });
      });
      expect(r.code, `attempt ${attempt + 1}`).toBe(code);
      expect(r.stderr).toMatch(/was not written/);
      expect(readdirSync(dir)).toEqual([]);
    }
  });
});
