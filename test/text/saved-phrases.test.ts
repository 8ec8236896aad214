// The built-in phrases saved at build time load back to the same compiled
// phrases, and a saved copy made from other phrases (or damaged) is refused,
// so the reader compiles instead.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledRuleSet } from '../../src/engine/compile.js';
import type { RuleSet } from '../../src/rules/types.js';
import { ReaderCore } from '../../src/text/core.js';
import { knownPhrasesHash, recordPhrasesHash } from '../../src/rules/known-phrases-hash.js';
import { compilePhrases } from '../../src/text/phrases.js';
import { loadSavedPhrases, savePhrases, type SavedPhrases } from '../../src/text/saved-phrases.js';
import { builtinRuleSet } from '../helpers/ruleset.js';

let rs: CompiledRuleSet;
let saved: SavedPhrases;
beforeAll(async () => {
  rs = await builtinRuleSet();
  // Through JSON, as the build writes it and a run reads it.
  saved = JSON.parse(JSON.stringify(savePhrases(rs.set))) as SavedPhrases;
});

/** The set with one phrase of one answer changed. */
function withPhrase(set: RuleSet, phrase: string): RuleSet {
  const copy = structuredClone(set);
  copy.questions[1]!.answers[0]!.phrases = [...copy.questions[1]!.answers[0]!.phrases, phrase];
  return copy;
}

const TEXTS = [
  'A man said he was from the bank fraud team and my card had been used. He wanted my PIN straight away. I did not give it.',
  'Caller claimed to be a police officer, told me to withdraw £5,000 and a courier is coming to collect it.',
  'Recorded message about Amazon, press 1. Nothing happened, I hung up.',
];

describe('saved phrases', () => {
  it('load back to the same symbols, groups and trie as compiling', () => {
    const loaded = loadSavedPhrases(saved, rs.set)!;
    const compiled = compilePhrases(rs.set);
    expect(loaded).toBeDefined();
    expect([...loaded.symbols.ids]).toEqual([...compiled.symbols.ids]);
    expect(loaded.groups).toEqual(compiled.groups);
    expect(loaded.trie.toFrozen()).toEqual(compiled.trie.toFrozen());
    expect(loaded.problems).toEqual(compiled.problems);
  });

  it('find the same phrases in a description as compiled ones', () => {
    const fromSaved = new ReaderCore(rs.set, loadSavedPhrases(saved, rs.set));
    const fromCompiled = new ReaderCore(rs.set, compilePhrases(rs.set));
    for (const text of TEXTS) {
      const a = fromSaved.find(text);
      const found = Array.from({ length: a.count }, (_, k) => [a.start[k], a.end[k], a.group[k]]);
      const b = fromCompiled.find(text);
      expect(found.length).toBeGreaterThan(2);
      expect(found).toEqual(Array.from({ length: b.count }, (_, k) => [b.start[k], b.end[k], b.group[k]]));
    }
  });

  it('are refused for a rule set whose phrases differ (a pack, or YAML edited since the build)', () => {
    expect(loadSavedPhrases(saved, withPhrase(rs.set, 'wanted my inside leg measurement'))).toBeUndefined();
    expect(loadSavedPhrases(saved, rs.set)).toBeDefined();
  });

  it('are checked against the hash the build recorded for the built-in set, which a clone (a pack assembled over it) does not carry', () => {
    const set = structuredClone(rs.set);
    recordPhrasesHash(set, 'not the hash of these phrases');
    // The recorded hash stands in for hashing the phrases again: here it is wrong, so the saved copy is refused.
    expect(loadSavedPhrases(saved, set)).toBeUndefined();
    recordPhrasesHash(set, saved.hash);
    expect(loadSavedPhrases(saved, set)).toBeDefined();
    expect(knownPhrasesHash(set)).toBe(saved.hash);
    // Neither a clone nor JSON keeps it: a changed set is always hashed afresh.
    const changed = withPhrase(set, 'wanted my inside leg measurement');
    expect(knownPhrasesHash(changed)).toBeUndefined();
    expect(loadSavedPhrases(saved, changed)).toBeUndefined();
    expect(knownPhrasesHash(JSON.parse(JSON.stringify(set)) as RuleSet)).toBeUndefined();
  });

  it('are refused when damaged, rather than read wrongly', () => {
    const damaged = (change: (s: SavedPhrases) => void) => {
      const copy = structuredClone(saved);
      change(copy);
      return loadSavedPhrases(copy, rs.set);
    };
    expect(damaged((s) => (s.format = 99))).toBeUndefined();
    expect(damaged((s) => s.symbols.pop())).toBeUndefined();
    expect(damaged((s) => s.trie.gapOf.pop())).toBeUndefined();
    // A child pointing back at its parent could send a walk in circles.
    expect(damaged((s) => (s.trie.runNode[0] = 0))).toBeUndefined();
    expect(damaged((s) => (s.trie.groupOf[s.trie.groupOf.length - 1] = s.groups.length))).toBeUndefined();
    expect(damaged((s) => ((s as { trie: unknown }).trie = null))).toBeUndefined();
  });
});
