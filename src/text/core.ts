// What both readers share (read.ts, with the words behind each answer, and
// answers.ts, answers only): the compiled phrases, the scratch for tokens and
// negation, every answer numbered, and the one rule for which phrases count.
// Keeping that rule here, once, is what makes the two readers agree.

import { QUESTION_IDS, type RuleSet } from '../rules/types.js';
import type { MatchList } from './matcher.js';
import { Negation, NegationScanner } from './negation.js';
import type { CompiledPhrases, PhraseTarget } from './phrases.js';
import { phrasesFor } from './saved-phrases.js';
import { Tokens, WordCache } from './tokens.js';

export class ReaderCore {
  readonly compiled: CompiledPhrases;
  readonly tokens: Tokens;
  readonly negation = new NegationScanner();
  /**
   * Every answer, numbered in question order then rule-set order, so sorting
   * numbers puts answers in the order the questions are asked.
   */
  readonly answers: PhraseTarget[] = [];
  /** Per answer number: its question's place in QUESTION_IDS. */
  readonly questionNo: Uint8Array;
  /** Per answer number: 1 for a neutral answer ("none", "nothing", "not sure"). */
  readonly neutral: Uint8Array;
  /** Per answer number: 1 for an answer to "what has happened". */
  readonly happened: Uint8Array;
  /** Per phrase group: the numbers of the answers that list it. */
  readonly targets: Int32Array[];

  /** `compiled`: the set's phrases, compiled or loaded already (by default, phrasesFor(set)). */
  constructor(set: RuleSet, compiled: CompiledPhrases = phrasesFor(set)) {
    this.compiled = compiled;
    this.tokens = new Tokens(new WordCache(this.compiled.lexicon, this.compiled.symbols), this.compiled.symbols);
    const questionNo: number[] = [];
    const neutral: number[] = [];
    const numberOf = new Map<string, number>();
    QUESTION_IDS.forEach((q, qi) => {
      for (const a of set.questions.find((x) => x.id === q)?.answers ?? []) {
        numberOf.set(`${q}:${a.id}`, this.answers.length);
        this.answers.push({ question: q, id: a.id });
        questionNo.push(qi);
        neutral.push(a.neutral ? 1 : 0);
      }
    });
    this.questionNo = Uint8Array.from(questionNo);
    this.neutral = Uint8Array.from(neutral);
    this.happened = Uint8Array.from(this.answers, (a) => (a.question === 'happened' ? 1 : 0));
    this.targets = this.compiled.groups.map((g) => Int32Array.from(g.targets, (t) => numberOf.get(`${t.question}:${t.id}`)!));
  }

  /** Read `text` into tokens and negation scopes; every phrase found (the list is reused by the next call). */
  find(text: string): MatchList {
    const tokens = this.tokens;
    tokens.read(text);
    this.negation.run(tokens);
    return this.compiled.trie.findAll(tokens.mSym, tokens.mPsym, tokens.m);
  }

  /** The negation in force at the first word of match `k` of the last find(). */
  stateAt(matches: MatchList, k: number): Negation {
    return this.negation.state[this.tokens.mTok[matches.start[k]!]!]! as Negation;
  }
}

/**
 * Whether a phrase read under negation `state` counts for an answer. Nothing
 * counts in a plain negation ("they never asked for my PIN"); after a refusal
 * or an "if", only what has happened is left out: the caller may well have asked.
 */
export function counts(state: Negation, happened: boolean): boolean {
  return state === Negation.None || (state !== Negation.All && !happened);
}

/** Insertion sort of list[0, n): the lists are a handful of numbers, where it beats Array.prototype.sort. */
export function sortSmall(list: number[] | Int32Array, n = list.length): void {
  for (let i = 1; i < n; i++) {
    const v = list[i]!;
    let j = i - 1;
    while (j >= 0 && list[j]! > v) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = v;
  }
}
