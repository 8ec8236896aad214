// Free-text reading: answer ids out of a person's own description of the call.
// STUB — replaced by the free-text issue. Reads nothing yet.

import type { TextEvidence } from '../engine/check.js';
import type { Answers, RuleSet } from '../rules/types.js';

export interface DescriptionReading {
  /** Answer ids read from the text. */
  answers: Partial<Answers>;
  /** For each id read, the words that led to it. */
  evidence: TextEvidence[];
  /** Plain-English notes, e.g. "We could not tell who the caller claimed to be." */
  notes: string[];
}

export type DescriptionReader = (text: string) => DescriptionReading;

/** Compile the rule set's phrases once; the returned reader is called per description. */
export function createReader(_set: RuleSet): DescriptionReader {
  return () => ({ answers: {}, evidence: [], notes: ['Reading descriptions is not available in this version: please answer with the flags.'] });
}
