// Output in input order while some records wait for their notes to be read in
// a worker thread. A waiting record leaves a gap: the output after it is held
// back (encoded to bytes, off the JavaScript heap) until its reading comes
// back; held output is written strictly in order. Held output is bounded: a
// batch is sent once it has enough notes or bytes, and only a few batches may
// be out at once — the run waits for the oldest before going on.

import type { TextEvidence } from '../engine/check.js';
import type { NotesBatchReading } from './notes-worker.js';
import { HeldOutput, type OutputBuffer, type TextOut } from './output/buffer.js';
import type { RecordId } from './output/writers.js';

/** Notes sent to the worker at a time: each message costs a thread wake-up, so not too few. */
export const NOTES_PER_BATCH = 500;
/** Output held back at most per batch (bytes, about). */
const MAX_HELD = 4 * 1024 * 1024;
/** Notes text per batch at most (characters): long notes make smaller batches, so the worker holds little at a time. */
const MAX_NOTES_CHARS = 512 * 1024;
/** Batches out with the worker at once. */
const MAX_IN_FLIGHT = 2;

export interface WaitingRecord {
  line: number;
  id: RecordId;
  /** The answers given (a copy); those read from the notes are added. */
  bits: Uint32Array;
}

/** segments[0], waiting[0], segments[1], waiting[1], …, the last segment. */
interface Batch {
  segments: HeldOutput[];
  waiting: WaitingRecord[];
  notes: string[];
  /** Characters in `notes`. */
  chars: number;
  /** Bytes held in the segments before the last. */
  size: number;
  reading?: Promise<NotesBatchReading>;
  /** The reading has come back (or there was none to wait for). */
  done: boolean;
}

const newBatch = (): Batch => ({ segments: [new HeldOutput()], waiting: [], notes: [], chars: 0, size: 0, done: false });

export class OutputOrder {
  /** The batch being filled, when output has to wait (for its own notes, or an earlier batch's). */
  private current: Batch | undefined;
  private readonly inFlight: Batch[] = [];

  constructor(
    private readonly out: OutputBuffer,
    /** Writes a waiting record's result once its notes are read (its bits now hold their answers too). */
    private readonly complete: (out: TextOut, record: WaitingRecord, fromText: TextEvidence[] | undefined) => void,
    private readonly notesPerBatch = NOTES_PER_BATCH,
  ) {}

  /** Where a record's output goes now: straight out, unless earlier output is held. */
  target(): TextOut {
    if (this.current) return this.current.segments[this.current.segments.length - 1]!;
    if (this.inFlight.length === 0) return this.out;
    this.current = newBatch();
    return this.current.segments[0]!;
  }

  /** A record waits for `notes` to be read. */
  hold(record: WaitingRecord, notes: string): void {
    const batch = (this.current ??= newBatch());
    batch.size += batch.segments[batch.segments.length - 1]!.size;
    batch.waiting.push(record);
    batch.notes.push(notes);
    batch.chars += notes.length;
    batch.segments.push(new HeldOutput());
  }

  /** After an input chunk: send the batch once full (or `last`); write what is ready; wait while too much is out. */
  async endChunk(read: (texts: string[]) => Promise<NotesBatchReading>, last = false): Promise<void> {
    const batch = this.current;
    if (batch && (last || batch.notes.length >= this.notesPerBatch || batch.chars >= MAX_NOTES_CHARS || batch.size + batch.segments[batch.segments.length - 1]!.size >= MAX_HELD)) {
      this.current = undefined;
      for (const seg of batch.segments) seg.seal();
      if (batch.notes.length > 0) {
        batch.reading = read(batch.notes);
        batch.reading.then(() => (batch.done = true), () => undefined);
      } else batch.done = true;
      this.inFlight.push(batch);
    }
    while (this.inFlight.length > MAX_IN_FLIGHT || this.inFlight[0]?.done) await this.writeOldest();
  }

  /** Write everything still held (after endChunk(…, true)). */
  async drain(): Promise<void> {
    while (this.inFlight.length > 0) await this.writeOldest();
  }

  private async writeOldest(): Promise<void> {
    const batch = this.inFlight.shift()!;
    const reading = batch.reading ? await batch.reading : undefined;
    for (let i = 0; i < batch.segments.length; i++) {
      for (const bytes of batch.segments[i]!.bytes) this.out.addBytes(bytes);
      const record = batch.waiting[i];
      if (!record || !reading) continue;
      for (let k = i === 0 ? 0 : reading.ends[i - 1]!; k < reading.ends[i]!; k++) {
        const bit = reading.bits[k]!;
        record.bits[bit >>> 5]! |= 1 << (bit & 31);
      }
      this.complete(this.out, record, reading.evidence?.[i]);
    }
  }
}
