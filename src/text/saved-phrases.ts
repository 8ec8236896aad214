// The built-in phrases compiled at build time and saved next to the compiled
// rule set (dist/builtin-phrases.json), so a run loads them (~2 ms) instead of
// compiling ~3,000 phrases before the JIT has warmed up (~50–100 ms, paid by
// every batch run and its worker). Used only when the saved copy was made from
// exactly the phrases being read (a hash of them all) by the same build of the
// reader (only the bundle loads it); otherwise the phrases are compiled as ever.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { knownPhrasesHash } from '../rules/known-phrases-hash.js';
import type { RuleSet } from '../rules/types.js';
import { packageRoot } from '../util/package-root.js';
import { Lexicon } from './lexicon.js';
import { PhraseTrie, type FrozenTrie } from './matcher.js';
import { compilePhrases, isTransparent, phraseEntries, roleWords, SymbolTable, type CompiledPhrases, type PhraseGroup, type PhraseProblem } from './phrases.js';

/** Bump when the saved form, or what compiling makes of a phrase, changes shape. */
const FORMAT = 6;

export const SAVED_PHRASES_FILE = 'builtin-phrases.json';

export interface SavedPhrases {
  format: number;
  /** phrasesHash() of the rule set the phrases came from. */
  hash: string;
  /** Symbol keys in symbol order. */
  symbols: string[];
  groups: PhraseGroup[];
  trie: FrozenTrie;
  problems: PhraseProblem[];
}

/** A hash of every phrase, with its question, answer and place: equal hashes, equal compiled phrases. */
export function phrasesHash(set: RuleSet): string {
  // The reading settings that change how groups are compiled count too, not only the phrases.
  const r = set.reading;
  return createHash('sha256').update(JSON.stringify([FORMAT, phraseEntries(set), r?.oneWordNeedsDemand, r?.allNeedDemand, r?.oneWordNeedsSpeech, r?.needsNear, r?.demands, r?.speech, roleWords(set)])).digest('hex');
}

/** Compile `set`'s phrases into the form saved at build time (JSON.stringify the result). */
export function savePhrases(set: RuleSet): SavedPhrases {
  const compiled = compilePhrases(set);
  return { format: FORMAT, hash: phrasesHash(set), symbols: [...compiled.symbols.ids.keys()], groups: compiled.groups, trie: compiled.trie.toFrozen(), problems: compiled.problems };
}

/** The compiled phrases from a saved copy, or undefined when it was made from other phrases or is damaged. */
export function loadSavedPhrases(saved: SavedPhrases, set: RuleSet): CompiledPhrases | undefined {
  try {
    // The built-in set read from the build carries the hash its phrases had then: no need to hash them again.
    if (saved.format !== FORMAT || saved.hash !== (knownPhrasesHash(set) ?? phrasesHash(set))) return undefined;
    const symbols = SymbolTable.fromKeys(saved.symbols);
    const trie = PhraseTrie.fromFrozen(saved.trie);
    if (saved.trie.root.length !== symbols.ids.size) return undefined;
    if (!saved.trie.groupOf.every((g) => Number.isInteger(g) && g >= -1 && g < saved.groups.length)) return undefined;
    trie.setTransparent(saved.groups.map(isTransparent));
    return { trie, groups: saved.groups, symbols, lexicon: new Lexicon(symbols.baseForms(), 'keep'), problems: saved.problems };
  } catch {
    return undefined;
  }
}

/** The set's phrases, from the copy saved at build time when it fits, otherwise compiled. */
export function phrasesFor(set: RuleSet): CompiledPhrases {
  // A set's two readers (answers and evidence, or a pack's lock check and its reading) share one compile.
  let compiled = compiledBySet.get(set);
  if (!compiled) compiledBySet.set(set, (compiled = loadOrCompile(set)));
  return compiled;
}

/** Read-only once made: ReaderCore only reads the trie, groups, symbols and lexicon. */
const compiledBySet = new WeakMap<RuleSet, CompiledPhrases>();

function loadOrCompile(set: RuleSet): CompiledPhrases {
  // Only the bundle loads the saved copy: it was made by the same build. From the TypeScript sources (tests), always compile.
  if (fileURLToPath(import.meta.url).endsWith('.js')) {
    let saved: SavedPhrases | undefined;
    try {
      saved = JSON.parse(readFileSync(join(packageRoot(), 'dist', SAVED_PHRASES_FILE), 'utf8')) as SavedPhrases;
    } catch {
      saved = undefined; // not built yet, or unreadable: compile
    }
    const loaded = saved && loadSavedPhrases(saved, set);
    if (loaded) return loaded;
  }
  return compilePhrases(set);
}
