// The run loop: every input record → exactly one output record, in input order.
// A reader is fed a chunk at a time and hands records to the processor
// synchronously; output is gathered and written once per chunk, waiting when
// the destination asks (backpressure), so memory stays flat at any size.
//
// Notes are read in this thread, or — for long inputs full of notes, where a
// second core is free — by a worker thread while this one goes on (see
// notes-worker.ts; output-order.ts keeps the output in order meanwhile).

import type { CompiledRuleSet } from '../engine/compile.js';
import type { TextEvidence } from '../engine/check.js';
import type { AnswerReader, DescriptionReader } from '../text/read.js';
import type { Answers } from '../rules/types.js';
import type { Evaluator } from './evaluate.js';
import { scanJsonRecord } from './input/json-scan.js';
import type { Normaliser } from './normalise.js';
import type { NotesThread } from './notes-worker.js';
import { OutputOrder, type WaitingRecord } from './output-order.js';
import type { InputReader, RecordSink } from './record.js';
import type { OutputBuffer } from './output/buffer.js';
import type { RecordId, RecordWriter, TextOut } from './output/writers.js';
import type { Tally } from './summary.js';

const NO_EVIDENCE: TextEvidence[] = [];

/** Notes read in this thread before a worker is worth starting… */
export const NOTES_BEFORE_WORKER = 1000;
/** …and only where notes are this common: for fewer, waking a thread costs more than reading them here. */
const NOTES_SHARE_FOR_WORKER = 0.25;

/** --strict met a bad record: the run stops there. */
export class StrictStop extends Error {
  override name = 'StrictStop';
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`);
  }
}

export interface ProcessorParts {
  rs: CompiledRuleSet;
  normaliser: Normaliser;
  evaluator: Evaluator;
  writer: RecordWriter;
  out: OutputBuffer;
  tally: Tally;
  /** Reads notes in this thread; made on first use (most files have few notes, some none). */
  readNotes: () => DescriptionReader;
  /** Reads answers only from notes, cheaper; used instead of readNotes when the words are not shown (no --explain). */
  readAnswers?: () => AnswerReader;
  /** Starts a worker to read notes (undefined: none available); called once, when notes are many. */
  startWorker?: () => NotesThread | undefined;
  /** Notes read in this thread before a worker is started (default NOTES_BEFORE_WORKER). */
  notesBeforeWorker?: number;
  /** Notes sent to the worker at a time (default NOTES_PER_BATCH). */
  notesPerBatch?: number;
  /** Hand every note to a worker from the first, without waiting for it to be ready (SCAMCHECK_BATCH_THREADS=1). */
  workerAlways?: boolean;
  strict: boolean;
  explain: boolean;
  /** Rank at or above which --fail-on is reached (Infinity: not given). */
  failOnRank: number;
}

/** Receives records from a reader and writes one output record for each. */
export class Processor implements RecordSink {
  private notesInThread = 0;
  private worker: NotesThread | undefined;
  /** The answers-only reader, and the answer bit for each answer it reads (-1: none). */
  private answerReader: { reader: AnswerReader; bits: Int32Array } | undefined;
  private workerTried = false;
  private readonly order: OutputOrder;

  constructor(private readonly p: ProcessorParts) {
    this.order = new OutputOrder(p.out, (out, record, fromText) => this.result(out, record.line, record.id, record.bits, fromText ?? NO_EVIDENCE), p.notesPerBatch);
  }

  fields(line: number, value: unknown): void {
    this.check(line, this.p.normaliser.read(value));
  }

  scan(text: string): boolean {
    return scanJsonRecord(text, this.p.normaliser);
  }

  scanned(line: number): void {
    this.check(line, this.p.normaliser.finish());
  }

  bad(line: number, error: string, id?: string): void {
    this.failed(line, error, id === undefined || id.trim() === '' ? null : id);
  }

  blank(line: number): void {
    this.p.tally.blankLine(line);
  }

  ignored(name: string): void {
    this.p.tally.ignoredName(name);
  }

  /** After each input chunk: write out what is ready, and wait if the output or the worker asks to. */
  async endChunk(): Promise<void> {
    await this.order.endChunk((texts) => this.worker!.read(texts));
    await this.p.out.settle();
  }

  /** At the end of the input: write everything still held. */
  async finish(): Promise<void> {
    await this.order.endChunk((texts) => this.worker!.read(texts), true);
    await this.order.drain();
    await this.p.out.settle();
  }

  /** True when a worker thread read (some of) the notes. */
  get usedWorker(): boolean {
    return this.worker?.ready === true;
  }

  async close(): Promise<void> {
    await this.worker?.close();
  }

  /** The normaliser holds the record (or `error` says what is wrong with it): check it and write the result. */
  private check(line: number, error: string | undefined): void {
    const { normaliser } = this.p;
    const id = normaliser.record.id;
    if (error !== undefined) {
      this.failed(line, error, id);
      return;
    }
    const notes = normaliser.record.notes;
    if (notes === undefined) {
      this.result(this.order.target(), line, id, normaliser.bits, NO_EVIDENCE);
      return;
    }
    if (this.useWorker()) {
      const record: WaitingRecord = { line, id, bits: normaliser.bits.slice() };
      this.order.hold(record, notes);
      return;
    }
    this.notesInThread++;
    if (!this.p.explain && this.p.readAnswers) {
      this.readAnswers(notes, normaliser.bits);
      this.result(this.order.target(), line, id, normaliser.bits, NO_EVIDENCE);
      return;
    }
    const reading = this.p.readNotes()(notes);
    normaliser.addAnswers(reading.answers);
    this.result(this.order.target(), line, id, normaliser.bits, reading.evidence);
  }

  /** Add the answers read from `notes` to `bits`. */
  private readAnswers(notes: string, bits: Uint32Array): void {
    if (!this.answerReader) {
      const reader = this.p.readAnswers!();
      this.answerReader = { reader, bits: Int32Array.from(reader.answers, (a) => this.p.rs.bitIndex[a.question].get(a.id) ?? -1) };
    }
    const { reader, bits: bitOf } = this.answerReader;
    const count = reader.read(notes);
    const found = reader.found;
    for (let i = 0; i < count; i++) {
      const bit = bitOf[found[i]!]!;
      if (bit >= 0) bits[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  private result(out: TextOut, line: number, id: RecordId, bits: Uint32Array, fromText: TextEvidence[]): void {
    const { tally } = this.p;
    const result = this.p.evaluator.evaluate(bits);
    tally.checked(result.rank, result.urgent);
    if (result.rank >= this.p.failOnRank) tally.reachedFailOn++;
    this.p.writer.result(out, id, line, result, this.p.explain ? { answers: this.answers(bits), fromText } : undefined);
  }

  private failed(line: number, error: string, id: RecordId): void {
    if (this.p.strict) throw new StrictStop(line, error);
    this.p.tally.badRecord(line, error);
    this.p.writer.error(this.order.target(), id, line, error);
  }

  /**
   * Hand notes to a worker once there are many (never with --strict, which stops at once).
   * The worker sets itself up while notes go on being read here; it takes over when ready.
   */
  private useWorker(): boolean {
    const always = this.p.workerAlways === true;
    if (!this.worker && !this.workerTried && !this.p.strict && this.p.startWorker) {
      const enough = this.notesInThread >= (this.p.notesBeforeWorker ?? NOTES_BEFORE_WORKER) && this.notesInThread >= this.p.tally.records * NOTES_SHARE_FOR_WORKER;
      if (always || enough) {
        this.workerTried = true;
        this.worker = this.p.startWorker();
      }
    }
    return this.worker !== undefined && (this.worker.ready || always);
  }

  /** The answers used (given and read from notes), from the bits: bits follow the rule set's order. */
  private answers(bits: Uint32Array): Answers {
    const out: Answers = { claimed: [], asked: [], signs: [], happened: [] };
    this.p.rs.bitAnswer.forEach(({ question, id }, bit) => {
      if ((bits[bit >>> 5]! & (1 << (bit & 31))) !== 0) out[question].push(id);
    });
    return out;
  }
}

/** Feed the whole input through the reader, a chunk at a time. */
export async function pump(chunks: AsyncIterable<Uint8Array>, reader: InputReader, processor: Processor): Promise<void> {
  for await (const chunk of chunks) {
    reader.push(chunk);
    await processor.endChunk();
  }
  reader.end();
  await processor.finish();
}
