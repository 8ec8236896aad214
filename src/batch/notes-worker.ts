// Reading notes (free text) is the slowest part of checking a record. On a
// machine with more than one core, a worker thread reads them while the main
// thread goes on parsing and checking; the results come back as answer bit
// numbers (and, for --explain, the words), in order, a batch at a time.
//
// The worker runs this same bundled file: when loaded in a worker started by
// NotesWorker, the module serves readings instead (see the end of the file).
// From TypeScript sources (the tests) there is no bundle to run, so no worker
// is started and notes are read in the main thread, as they are for small inputs.

import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import { compileRuleSet } from '../engine/compile.js';
import type { TextEvidence } from '../engine/check.js';
import { QUESTION_IDS, type QuestionId, type RuleSet } from '../rules/types.js';

const MARK = 'scamcheck-notes-reader';

export interface NotesBatchReading {
  /** Answer bit numbers read from all the texts, one text after another. */
  bits: Int32Array;
  /** ends[i]: where text i's bits end in `bits`. */
  ends: Int32Array;
  /** With --explain: the words behind each answer, per text. */
  evidence?: TextEvidence[][];
}

interface Request {
  id: number;
  texts: string[];
}

type Reply = { ready: true } | ({ id: number } & NotesBatchReading);

/** What the run loop needs of a notes reader in another thread. */
export interface NotesThread {
  /** True once it has set itself up (until then, read notes in the main thread). */
  readonly ready: boolean;
  read(texts: string[]): Promise<NotesBatchReading>;
  close(): Promise<void>;
}

export class NotesWorker implements NotesThread {
  ready = false;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (r: NotesBatchReading) => void; reject: (e: Error) => void }>();
  private failure: Error | undefined;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        this.ready = true;
        return;
      }
      const w = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      w?.resolve(reply);
    });
    worker.on('error', (err) => this.fail(err));
    worker.on('exit', (code) => this.fail(new Error(`the notes reader stopped (exit code ${code})`)));
  }

  /** A worker, or undefined where none can or should run (one core; sources not bundled, as in the tests). */
  static start(set: RuleSet, explain: boolean): NotesWorker | undefined {
    if (availableParallelism() < 2) return undefined;
    const file = fileURLToPath(import.meta.url);
    if (!file.endsWith('.js')) return undefined;
    try {
      // A small young generation keeps the worker's memory down (it holds one batch of notes at a time) at no cost in speed.
      return new NotesWorker(new Worker(file, { workerData: { mark: MARK, set, explain }, resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 } }));
    } catch {
      return undefined;
    }
  }

  read(texts: string[]): Promise<NotesBatchReading> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, texts } satisfies Request);
    });
  }

  async close(): Promise<void> {
    this.failure ??= new Error('closed');
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }

  private fail(err: Error): void {
    if (this.failure) return;
    this.failure = err;
    for (const w of this.waiting.values()) w.reject(err);
    this.waiting.clear();
  }
}

/** The worker's side: read each batch of texts, reply with answer bits (and words, for --explain). */
async function serve(port: MessagePort, data: { set: RuleSet; explain: boolean }): Promise<void> {
  const { createAnswerReader, createReader } = await import('../text/read.js');
  const rs = compileRuleSet(data.set);
  const bitOf = (question: QuestionId, id: string) => rs.bitIndex[question].get(id) ?? -1;
  // Without --explain only the answers are wanted: the answers-only reader, its numbers mapped to bits once.
  const lean = data.explain ? undefined : createAnswerReader(data.set);
  const leanBits = lean ? Int32Array.from(lean.answers, (a) => bitOf(a.question, a.id)) : undefined;
  const read = data.explain ? createReader(data.set, { suggest: 'none' }) : undefined;
  port.on('message', ({ id, texts }: Request) => {
    const bits: number[] = [];
    const ends = new Int32Array(texts.length);
    const evidence: TextEvidence[][] | undefined = data.explain ? [] : undefined;
    for (let i = 0; i < texts.length; i++) {
      if (lean) {
        const count = lean.read(texts[i]!);
        for (let k = 0; k < count; k++) {
          const bit = leanBits![lean.found[k]!]!;
          if (bit >= 0) bits.push(bit);
        }
      } else {
        const reading = read!(texts[i]!);
        for (const q of QUESTION_IDS) {
          for (const answer of reading.answers[q] ?? []) {
            const bit = bitOf(q, answer);
            if (bit >= 0) bits.push(bit);
          }
        }
        evidence?.push(reading.evidence);
      }
      ends[i] = bits.length;
    }
    const packed = Int32Array.from(bits);
    port.postMessage({ id, bits: packed, ends, ...(evidence ? { evidence } : {}) } satisfies Reply, [packed.buffer, ends.buffer]);
  });
  port.postMessage({ ready: true } satisfies Reply);
}

if (!isMainThread && parentPort && (workerData as { mark?: string } | null)?.mark === MARK) {
  void serve(parentPort, workerData as { set: RuleSet; explain: boolean });
}
