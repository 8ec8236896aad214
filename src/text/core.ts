// What both readers share (read.ts, with the words behind each answer, and
// answers.ts, answers only): the compiled phrases, the scratch for tokens and
// negation, every answer numbered, and the one rule for which phrases count.
// Keeping that rule here, once, is what makes the two readers agree.

import { QUESTION_IDS, type RuleSet } from '../rules/types.js';
import type { MatchList } from './matcher.js';
import { Negation, NegationScanner } from './negation.js';
import type { CompiledPhrases, PhraseTarget } from './phrases.js';
import { phrasesFor } from './saved-phrases.js';
import { BREAK_SYMBOL, Tokens, WordCache } from './tokens.js';
import type { Cue as CueName } from './phrases.js';

/** Reading cues as numbers, per phrase group. */
export const enum Cue {
  None = 0,
  Sense = 1,
  Process = 2,
  Genuine = 3,
  Scam = 4,
  Complied = 5,
  Question = 6,
}
const CUE_CODE: Record<CueName, Cue> = { sense: Cue.Sense, process: Cue.Process, genuine: Cue.Genuine, scam: Cue.Scam, complied: Cue.Complied, question: Cue.Question };

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
  /** Per phrase group: its reading cue (Cue below), or Cue.None. */
  readonly cueOf: Uint8Array;
  /** Per answer number: the "happened" answer that doing as asked makes of it, or -1 (rules/reading.yaml complied-means). */
  readonly compliedTo: Int32Array;
  /** Per answer number: 1 for a request or a deed (asked, happened), which a question about a fact does not make. */
  readonly asksOrDoes: Uint8Array;
  /** Per answer number: 1 when it is not counted from a description that says the call was genuine. */
  readonly genuineDrop: Uint8Array;
  /** rules/reading.yaml genuine-exact, lower case. */
  readonly genuineExact: readonly string[];
  /** The longest word of each genuine-exact phrase, as written, Capitalised and in CAPITALS. */
  private readonly anchors: readonly string[];
  /** Whether every anchor is letters a-z only, so the word cache can watch for them. */
  private readonly anchorsInWords: boolean;
  /** Per answer number, for the last description read: where in the match stream it was last read (scratch). */
  readonly lastAt: Int32Array;

  /** `compiled`: the set's phrases, compiled or loaded already (by default, phrasesFor(set)). */
  constructor(set: RuleSet, compiled: CompiledPhrases = phrasesFor(set)) {
    this.compiled = compiled;
    const reading = set.reading;
    this.genuineExact = reading?.genuineExact ?? [];
    const longest = new Set(this.genuineExact.map((p) => p.split(/[^a-z']+/).reduce((a, b) => (b.length > a.length ? b : a), '')));
    this.anchors = [...longest].flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]);
    // An anchor of letters a-z only lies, wherever a text holds it, inside one word the scanner finds: the word cache
    // marks such words once, so saysGenuine can tell from the tokens that a text holds none (see saysGenuine).
    this.anchorsInWords = longest.size > 0 && [...longest].every((w) => /^[a-z]+$/.test(w));
    this.tokens = new Tokens(new WordCache(this.compiled.lexicon, this.compiled.symbols, undefined, this.anchorsInWords ? [...longest] : []), this.compiled.symbols);
    const questionNo: number[] = [];
    const neutral: number[] = [];
    const numberOf = new Map<string, number>();
    /** The same numbers by question, then id: no string made per lookup. */
    const inQuestion = new Map<string, Map<string, number>>();
    QUESTION_IDS.forEach((q, qi) => {
      for (const a of set.questions.find((x) => x.id === q)?.answers ?? []) {
        numberOf.set(`${q}:${a.id}`, this.answers.length);
        (inQuestion.get(q) ?? inQuestion.set(q, new Map()).get(q)!).set(a.id, this.answers.length);
        this.answers.push({ question: q, id: a.id });
        questionNo.push(qi);
        neutral.push(a.neutral ? 1 : 0);
      }
    });
    this.questionNo = Uint8Array.from(questionNo);
    this.neutral = Uint8Array.from(neutral);
    this.happened = Uint8Array.from(this.answers, (a) => (a.question === 'happened' ? 1 : 0));
    // Plain loops rather than Int32Array.from with a function: this runs at start-up, before the JIT has warmed up.
    const groups = this.compiled.groups;
    this.targets = new Array<Int32Array>(groups.length);
    for (let gi = 0; gi < groups.length; gi++) {
      const list = groups[gi]!.targets;
      const numbers = new Int32Array(list.length);
      for (let k = 0; k < list.length; k++) numbers[k] = inQuestion.get(list[k]!.question)?.get(list[k]!.id) as number;
      this.targets[gi] = numbers;
    }
    this.cueOf = Uint8Array.from(this.compiled.groups, (g) => (g.cue === undefined ? Cue.None : CUE_CODE[g.cue]));
    this.compliedTo = Int32Array.from(this.answers, (a) => {
      const to = a.question === 'asked' ? reading?.compliedMeans[a.id] : undefined;
      return to === undefined ? -1 : (numberOf.get(`happened:${to}`) ?? -1);
    });
    this.genuineDrop = Uint8Array.from(this.answers, (a) => (reading?.genuineDrops[a.question]?.includes(a.id) ? 1 : 0));
    this.lastAt = new Int32Array(this.answers.length);
    this.asksOrDoes = Uint8Array.from(this.answers, (a) =>
      (a.question === 'asked' || a.question === 'happened') && !reading?.questionKeeps[a.question]?.includes(a.id) ? 1 : 0,
    );
  }

  /** The first `genuine-exact` phrase in `text` (as written, any case), or undefined. */
  saysGenuine(text: string): string | undefined {
    const exact = this.genuineExact;
    if (exact.length === 0) return undefined;
    // The text just read, with no word holding an anchor in any case: none is written as below either.
    if (this.anchorsInWords && this.tokens.watched === 0 && this.tokens.lastText === text) return undefined;
    // Most descriptions hold none of the phrases' longest words: look for those first, as written,
    // Capitalised or in CAPITALS, before lower-casing the whole text.
    let seen = false;
    for (let i = 0; i < this.anchors.length && !seen; i++) seen = text.includes(this.anchors[i]!);
    if (!seen) return undefined;
    const lower = text.toLowerCase();
    for (let i = 0; i < exact.length; i++) if (lower.includes(exact[i]!)) return exact[i];
    return undefined;
  }

  /** Where the sentence holding match-stream position `p` ends (the next sentence break, or the end). */
  sentenceEnd(p: number): number {
    const { mSym, m } = this.tokens;
    let q = p;
    while (q < m && mSym[q] !== BREAK_SYMBOL) q++;
    return q;
  }

  /**
   * Where the sentence before the one holding match-stream position `p`
   * starts: doing as asked ("so I did") is about a request there or in its own sentence.
   */
  previousSentenceStart(p: number): number {
    const sym = this.tokens.mSym;
    let breaks = 0;
    for (let q = p - 1; q >= 0; q--) if (sym[q] === BREAK_SYMBOL && ++breaks === 2) return q + 1;
    return 0;
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
    return this.negation.state[this.tokens.mTok[matches.start[k]!]!]!;
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
