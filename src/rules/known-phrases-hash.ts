// The hash of a rule set's phrases, recorded at build time beside the compiled
// built-in set (dist/builtin-rules.json), so that a run with the built-in set
// alone need not hash ~3,000 phrases again to check that the phrases saved at
// build time are its own (a few milliseconds of every `--describe` start).
//
// Kept under a registered symbol on the set object itself: the CLI and the lazily
// loaded reader are separate bundles, each with its own copy of this module, and
// a symbol-keyed property is dropped by structuredClone and JSON, so a set a pack
// was assembled over (a clone) never carries a hash that is no longer true.

import type { RuleSet } from './types.js';

const KEY = Symbol.for('scamcheck.phrasesHash');

export function recordPhrasesHash(set: RuleSet, hash: string): void {
  Object.defineProperty(set, KEY, { value: hash, enumerable: false, configurable: true });
}

/** The hash recorded for this exact set object, if any. */
export function knownPhrasesHash(set: RuleSet): string | undefined {
  const hash = (set as unknown as Record<symbol, unknown>)[KEY];
  return typeof hash === 'string' ? hash : undefined;
}
