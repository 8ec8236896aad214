// The processor: notes read as text add to the answers given (never remove),
// --explain shows both, and each writer renders what the evaluator found.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Evaluator } from '../../src/batch/evaluate.js';
import { Normaliser } from '../../src/batch/normalise.js';
import { OutputBuffer } from '../../src/batch/output/buffer.js';
import type { OutputSink } from '../../src/batch/output/sink.js';
import { createWriter, type OutputFormat } from '../../src/batch/output/writers.js';
import type { NotesBatchReading, NotesThread } from '../../src/batch/notes-worker.js';
import { Processor, StrictStop } from '../../src/batch/run.js';
import { Tally } from '../../src/batch/summary.js';
import type { DescriptionReader } from '../../src/text/read.js';
import { builtinRuleSet } from '../helpers/ruleset.js';

const rs = await builtinRuleSet();

/** A stand-in for the free-text reader: "courier" means a courier is coming. */
const fakeReader: DescriptionReader = (text) =>
  /courier/.test(text)
    ? { answers: { happened: ['courier-coming'] }, evidence: [{ question: 'happened', id: 'courier-coming', words: ['courier'] }], notes: [] }
    : { answers: {}, evidence: [], notes: [] };

/** The fake reader in "another thread": answers come back as bits, later, after a random delay. */
function fakeThread(): NotesThread {
  return {
    ready: true,
    read: (texts) =>
      new Promise<NotesBatchReading>((resolve) => {
        const bits: number[] = [];
        const ends = new Int32Array(texts.length);
        const evidence = texts.map((t, i) => {
          const r = fakeReader(t);
          for (const id of r.answers.happened ?? []) bits.push(rs.bitIndex.happened.get(id)!);
          ends[i] = bits.length;
          return r.evidence;
        });
        setTimeout(() => resolve({ bits: Int32Array.from(bits), ends, evidence }), Math.random() * 3);
      }),
    close: async () => {},
  };
}

function setup(format: OutputFormat, options: { explain?: boolean; strict?: boolean; failOn?: number; thread?: boolean } = {}) {
  let written = '';
  const sink: OutputSink = { write: (t) => void (written += t), finish: async () => {}, abort: () => {} };
  const out = new OutputBuffer(sink);
  const tally = new Tally();
  const evaluator = new Evaluator(rs, 'england');
  const writer = createWriter(format, evaluator, Boolean(options.explain));
  writer.start(out);
  const p = new Processor({
    rs,
    normaliser: new Normaliser(rs, (n) => tally.ignoredName(n)),
    evaluator,
    writer,
    out,
    tally,
    readNotes: () => fakeReader,
    ...(options.thread ? { startWorker: fakeThread, notesBeforeWorker: 0, notesPerBatch: 2 } : {}),
    strict: Boolean(options.strict),
    explain: Boolean(options.explain),
    failOnRank: options.failOn ?? Infinity,
  });
  return { p, tally, output: async () => (await p.finish(), written) };
}

describe('Processor', () => {
  it('adds answers read from notes to those given, and --explain shows them with the words', async () => {
    const { p, output } = setup('jsonl', { explain: true });
    p.fields(1, { id: 'a', claimed: 'police', notes: 'a courier is on the way' });
    const [rec] = (await output()).trim().split('\n').map((l) => JSON.parse(l));
    expect(rec).toMatchObject({
      id: 'a',
      line: 1,
      urgent: true,
      answers: { claimed: ['police'], asked: [], signs: [], happened: ['courier-coming'] },
      fromText: [{ question: 'happened', id: 'courier-coming', words: ['courier'] }],
    });
    expect(rec.rules).toContain('courier-on-the-way');
  });

  it('leaves the answers and words out unless asked', async () => {
    const { p, output } = setup('jsonl');
    p.fields(1, { claimed: 'police', notes: 'a courier is on the way' });
    expect(Object.keys(JSON.parse(await output()))).toEqual(['id', 'line', 'verdict', 'urgent', 'rules', 'nextStep']);
  });

  it('writes CSV rows with the next step in words, and the explanation in two more columns', async () => {
    const { p, output } = setup('csv', { explain: true });
    p.fields(2, { id: '=1', claimed: 'police', notes: 'a courier is on the way' });
    p.bad(3, 'this row has 2 cells but the header row has 3', 'x');
    const rows = parse(await output(), { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(['id', 'line', 'verdict', 'urgent', 'rules', 'nextStep', 'nextStepText', 'error', 'answers', 'fromText']);
    expect(rows[0]).toMatchObject({ id: "'=1", line: '2', verdict: 'scam', urgent: 'true', error: '', answers: 'claimed: police; happened: courier-coming', fromText: 'happened: courier-coming (courier)' });
    expect(rows[0]!['nextStepText']).toMatch(/call 999/i);
    expect(rows[1]).toMatchObject({ id: 'x', line: '3', verdict: '', nextStep: '', error: 'this row has 2 cells but the header row has 3', answers: '', fromText: '' });
  });

  it('counts verdicts, urgent records, bad records, blank lines and --fail-on', async () => {
    const { p, tally } = setup('jsonl', { failOn: 3 });
    p.fields(1, { claimed: 'police', asked: 'hand-over-cash' });
    p.fields(2, { claimed: 'bank', asked: 'none' });
    p.fields(3, { claimed: 'bank', happened: 'still-on-call' });
    p.fields(4, { claimed: 5 });
    p.blank(5);
    expect(tally.records).toBe(4);
    expect(tally.byRank[3]).toBeGreaterThanOrEqual(1);
    expect(tally.byRank.reduce((a, b) => a + b, 0)).toBe(3);
    expect(tally.urgent).toBe(1);
    expect(tally.bad).toBe(1);
    expect(tally.badLines).toEqual([4]);
    expect(tally.blankLines).toEqual([5]);
    expect(tally.reachedFailOn).toBe(tally.byRank[3]);
  });

  it('stops at a bad record with --strict, before writing it', async () => {
    const { p, output } = setup('jsonl', { strict: true });
    p.fields(1, { claimed: 'bank', asked: 'none' });
    expect(() => p.fields(2, { claimed: 'polise' })).toThrow(StrictStop);
    expect((await output()).trim().split('\n')).toHaveLength(1);
  });
});

describe('Processor, with notes read in another thread', () => {
  const record = fc.oneof(
    fc.record({ kind: fc.constant('notes' as const), claimed: fc.constantFrom('police', 'bank'), notes: fc.constantFrom('a courier is coming', 'he rang twice') }),
    fc.record({ kind: fc.constant('plain' as const), claimed: fc.constantFrom('police', 'bank', 'family'), asked: fc.constantFrom('none', 'hand-over-cash') }),
    fc.record({ kind: fc.constant('bad' as const), claimed: fc.constantFrom('polise', 'banc') }),
    fc.record({ kind: fc.constant('blank' as const) }),
  );

  async function run(records: { kind: string }[], cuts: Set<number>, thread: boolean) {
    const { p, tally, output } = setup('jsonl', { explain: true, thread });
    // Notes from the start, so the thread takes over at once.
    p.fields(0, { id: 'first', claimed: 'bank', notes: 'a courier is coming' });
    for (const [i, r] of records.entries()) {
      if (r.kind === 'blank') p.blank(i + 1);
      else {
        const { kind: _kind, ...fields } = r;
        p.fields(i + 1, { id: `r${i}`, ...fields });
      }
      if (cuts.has(i)) await p.endChunk();
    }
    const text = await output();
    return { text, counts: [tally.records, tally.bad, tally.urgent, ...tally.byRank, tally.blank] };
  }

  it('writes exactly what reading in this thread writes, in the same order, wherever the chunks end', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { maxLength: 40 }), fc.uniqueArray(fc.nat({ max: 40 }), { maxLength: 15 }), async (records, cuts) => {
        const inline = await run(records, new Set(cuts), false);
        const threaded = await run(records, new Set(cuts), true);
        expect(threaded).toEqual(inline);
      }),
      { numRuns: 150 },
    );
  });
});
