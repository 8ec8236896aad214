// Compiling the rule set's phrases, once: each phrase is read exactly like a
// description (same tokens, same small words left out, same base forms) and
// stored in one trie. Phrases that read the same ("asked for my PIN" and "ask
// for pin") share one entry that points at every answer listing them.

import { QUESTION_IDS, type QuestionId, type RuleSet, type SourceLocation } from '../rules/types.js';
import { F, Lexicon, MONEY_LEMMA, NUMBER_LEMMA, splitWord } from './lexicon.js';
import { GAP, MAX_PHRASE_LENGTH, PhraseTrie } from './matcher.js';
import { BREAK_SYMBOL, NO_SYMBOL, Tokens, WordCache, type Symbols } from './tokens.js';
import { NEGATORS, NUMBER_WORDS } from './words.js';

const hasNegator = (phrase: string): boolean => phrase.toLowerCase().split(/[^a-z']+/).some((w) => NEGATORS.has(w) || w.endsWith("n't"));

export interface PhraseTarget {
  question: QuestionId;
  id: string;
}

/**
 * A reading cue (rules/reading.yaml): not an answer, but how to read what is
 * around it. "sense" and "process" hide the answer phrases inside them.
 * "needs-demand", "needs-speech" and "needs-near" are also an answer's
 * phrase: it counts only in a sentence where the caller wants something
 * done, where the caller tells or asks, or with certain words around it.
 */
export type Cue = 'sense' | 'process' | 'genuine' | 'scam' | 'complied' | 'question' | 'demand' | 'speech' | 'reported' | 'needs-demand' | 'needs-near' | 'needs-speech';
export const CUES: readonly Exclude<Cue, 'needs-demand' | 'needs-near' | 'needs-speech'>[] = ['sense', 'process', 'genuine', 'scam', 'complied', 'question', 'demand', 'speech', 'reported'];
/** Cues whose phrase hides the answer phrases inside it. */
const HIDING_CUES: ReadonlySet<Cue> = new Set(['sense', 'process']);

/** A match of this group hides no shorter phrase inside it: a reading cue that is not an answer's phrase and does not hide. */
const ANSWER_CUES: ReadonlySet<Cue> = new Set(['needs-demand', 'needs-near', 'needs-speech']);
export const isTransparent = (g: PhraseGroup): boolean => g.cue !== undefined && !ANSWER_CUES.has(g.cue) && !HIDING_CUES.has(g.cue);

export interface PhraseGroup {
  /** The phrase as first written in the rule set. */
  phrase: string;
  targets: PhraseTarget[];
  /** Set when the phrase is a reading cue. */
  cue?: Cue;
  /** For a needs-near phrase: its rule's place in the set's reading.needsNear. */
  near?: number;
  /** The phrase has a negating word of its own ("did not pay"), so a "not" inside its span does not negate it. */
  ownNegation?: true;
  /** Written as done ("I rang the bank"), someone checking for themselves, not the caller asking (reading done-not-asked). */
  ownCheck?: true;
  /** One word that counts without a demand (reading: stands-alone). */
  standsAlone?: true;
  /** A caller whose hurry is about someone's care, not pressure: a hospital, a GP, a school (reading care-callers). */
  careCaller?: true;
}

export interface PhraseProblem {
  question: QuestionId;
  answer: string;
  phrase: string;
  message: string;
  /** The answer's place in the rule files. */
  loc: SourceLocation;
}

export interface CompiledPhrases {
  trie: PhraseTrie;
  groups: PhraseGroup[];
  symbols: SymbolTable;
  lexicon: Lexicon;
  problems: PhraseProblem[];
}

/** "..." or "…" in a phrase: up to three words of any kind. */
function splitGaps(phrase: string): string[] {
  if (!phrase.includes('..') && !phrase.includes('…')) return [phrase];
  return phrase.split('…').flatMap((p) => p.split('...'));
}

/** {money} stands for any amount and {number} for any number: read them as an example of each. */
function placeholders(part: string): string {
  if (!part.includes('{')) return part;
  return part.split('{money}').join(' £1 ').split('{number}').join(' 1 ');
}

/** Symbols handed out while compiling; frozen afterwards (unknown words get NO_SYMBOL). */
export class SymbolTable implements Symbols {
  readonly ids = new Map<string, number>();
  frozen = false;

  /** A frozen table from its keys in symbol order (as saved by saved-phrases.ts). */
  static fromKeys(keys: readonly string[]): SymbolTable {
    const table = new SymbolTable();
    keys.forEach((key, id) => table.ids.set(key, id));
    if (table.ids.size !== keys.length) throw new Error('SymbolTable.fromKeys: a key twice');
    table.frozen = true;
    return table;
  }

  private id(key: string): number {
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    if (this.frozen) return NO_SYMBOL;
    const id = this.ids.size;
    this.ids.set(key, id);
    return id;
  }

  base(lemma: string): number {
    return this.id(lemma);
  }

  past(lemma: string): number {
    return this.id(`${lemma}\u0001past`);
  }

  ing(lemma: string): number {
    return this.id(`${lemma}\u0001ing`);
  }

  /** Every base form a phrase uses. */
  baseForms(): Set<string> {
    const out = new Set<string>();
    for (const key of this.ids.keys()) if (!key.includes('\u0001')) out.add(key);
    return out;
  }
}

/** A run of word characters as isWordChar (scan.ts) has them, by UTF-16 unit, with apostrophes ' and ’. */
// Ranges of UTF-16 units, taken unit by unit as the scanner does: combining marks (U+0300…) are word characters there too.
// eslint-disable-next-line no-misleading-character-class
const PHRASE_WORD = /[0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u1fff\u2c00-\u2dff\u3040-\u9fff\uac00-\ud7af'\u2019]+/g;

/** The words of a phrase that are base forms already: they guide how other words lose suffixes. */
function baseWords(phrases: readonly string[]): Set<string> {
  const words = new Set<string>();
  // A regular expression rather than a loop over characters: this runs once, before the JIT has warmed up.
  for (const phrase of phrases) for (const word of phrase.match(PHRASE_WORD) ?? []) words.add(word.toLowerCase());
  const bases = new Set<string>();
  for (const word of words) {
    for (const w of splitWord(word)) {
      const spelled = Lexicon.spelling(w);
      if (Lexicon.isBase(spelled) && !NUMBER_WORDS.has(spelled)) bases.add(spelled);
    }
  }
  return bases;
}

const ONLY_NEGATORS = 'keeps only "not", "no" or "never" once small words such as "was", "them" and "it" are left out, so it would match every one of them: add a word that counts';
const BREAK_INSIDE = 'has a sentence break inside (. ! ? ; : or a dash), so it could never match: split it into two phrases';

const KEEPS_ONE_WORD = 'keeps only one word once small words such as "me", "the" and "it" are left out, so it counts wherever that word is: write the word alone if that is meant, or add a word that counts';

/** Why a phrase (as symbols) could never match usefully, or undefined when it is fine. */
function whatIsWrong(keys: readonly number[], numberSym: number, moneySym: number): string | undefined {
  let words = 0;
  let special = 0;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k === GAP) {
      if (keys[i + 1] === GAP) return 'has two "..." gaps in a row: use one';
      continue;
    }
    words++;
    if (k === numberSym || k === moneySym) special++;
  }
  if (words === 0) return 'has no words that count: small words such as "the", "my", "was" and "me" are left out when matching';
  if (special === words) return 'is only a number or an amount, so it would match any number in any description';
  if (keys.length > MAX_PHRASE_LENGTH) return `is too long (${keys.length} words): keep phrases under ${MAX_PHRASE_LENGTH} words`;
  return undefined;
}

export interface PhraseEntry {
  question: QuestionId;
  answer: string;
  phrase: string;
  loc: SourceLocation;
  /** A reading cue rather than an answer's phrase (question and answer are then placeholders). */
  cue?: Cue;
  /** For a needs-near phrase: its rule's place in the set's reading.needsNear. */
  near?: number;
  /** A phrase of reading done-not-asked: written as done, someone checking for themselves. */
  ownCheck?: true;
  /** One word that counts without a demand (reading: stands-alone). */
  standsAlone?: true;
  /** A phrase of reading care-callers: also read as the caller being "someone else". */
  careCaller?: true;
}

const READING_LOC: SourceLocation = { file: 'rules/reading.yaml', line: 0, col: 0 };
const CUE_LISTS = { sense: 'senses', process: 'process', genuine: 'genuine', scam: 'scam', complied: 'complied', question: 'questions', demand: 'demands', speech: 'speech', reported: 'reportedFirst' } as const;

/**
 * Single words the reader looks for by their role beside the phrases (rules/reading.yaml):
 * asking about a fact, a belief, a wish, a deed caused, a person moved, the call coming into the story, a loss. Each needs a symbol even where no
 * phrase uses it. One list for compiling, the saved phrases' hash and the reader's roles.
 */
export function roleWords(set: RuleSet): {
  ask: readonly string[];
  belief: readonly string[];
  wish: readonly string[];
  causative: readonly string[];
  mover: readonly string[];
  call: readonly string[];
  out: readonly string[];
  loss: readonly string[];
  other: readonly string[];
  ownCall: readonly string[];
  trusted: readonly string[];
  untrusted: readonly string[];
  ownCallStop: readonly string[];
  ownCallPlace: readonly string[];
  servicePayee: readonly string[];
  serviceStop: readonly string[];
} {
  const r = set.reading;
  return {
    ask: r?.factQuestions ?? [],
    belief: r?.beliefs ?? [],
    wish: r?.wishes ?? [],
    causative: r?.causatives ?? [],
    mover: r?.peopleMoved ?? [],
    call: r?.callWords ?? [],
    out: r?.ringsOut ?? [],
    loss: r?.lossWords ?? [],
    other: r?.otherDoers ?? [],
    ownCall: r?.ownCallWords ?? [],
    trusted: r?.trustedNumbers ?? [],
    untrusted: r?.untrustedNumbers ?? [],
    ownCallStop: r?.ownCallStops ?? [],
    ownCallPlace: r?.ownCallPlaces ?? [],
    servicePayee: r?.servicePayees ?? [],
    serviceStop: r?.serviceStops ?? [],
  };
}

/** Every phrase of the rule set, in the order they are compiled: questions in order, answers and phrases as written. */
export function phraseEntries(set: RuleSet): PhraseEntry[] {
  const all: PhraseEntry[] = [];
  for (const q of QUESTION_IDS) {
    const question = set.questions.find((x) => x.id === q);
    for (const a of question?.answers ?? []) for (const phrase of a.phrases) all.push({ question: q, answer: a.id, phrase, loc: a.loc });
  }
  const reading = set.reading;
  if (!reading) return all;
  for (const cue of CUES) for (const phrase of reading[CUE_LISTS[cue]]) all.push({ question: 'signs', answer: `(${cue})`, phrase, loc: READING_LOC, cue });
  // An answer that does not exist is reported by `rules validate`; here it reads nothing.
  const exists = (q: QuestionId, answer: string) => set.questions.some((x) => x.id === q && x.answers.some((a) => a.id === answer));
  reading.needsNear.forEach((rule, near) => {
    if (!exists(rule.question, rule.answer)) return;
    for (const phrase of rule.phrases) all.push({ question: rule.question, answer: rule.answer, phrase, loc: READING_LOC, cue: 'needs-near', near });
  });
  for (const q of QUESTION_IDS) {
    for (const [answer, phrases] of Object.entries(reading.needsDemand[q] ?? {})) {
      if (!exists(q, answer)) continue;
      for (const phrase of phrases) all.push({ question: q, answer, phrase, loc: READING_LOC, cue: 'needs-demand' });
    }
    for (const [answer, phrases] of Object.entries(reading.doneNotAsked[q] ?? {})) {
      if (!exists(q, answer)) continue;
      for (const phrase of phrases) all.push({ question: q, answer, phrase, loc: READING_LOC, ownCheck: true });
    }
    for (const [answer, phrases] of Object.entries(reading.standsAlone[q] ?? {})) {
      if (!exists(q, answer)) continue;
      for (const phrase of phrases) all.push({ question: q, answer, phrase, loc: READING_LOC, standsAlone: true });
    }
  }
  if (exists('claimed', 'other')) for (const phrase of reading.careCallers) all.push({ question: 'claimed', answer: 'other', phrase, loc: READING_LOC, careCaller: true });
  return all;
}

/** Reading cues (rules/reading.yaml) that can never match, with why: for the test suite. */
export function cueProblems(set: RuleSet): { phrase: string; message: string }[] {
  const out: { phrase: string; message: string }[] = [];
  compilePhrases(set, out);
  return out;
}

export function compilePhrases(set: RuleSet, cueProblems?: { phrase: string; message: string }[]): CompiledPhrases {
  const all = phraseEntries(set);

  const symbols = new SymbolTable();
  symbols.base(NUMBER_LEMMA);
  symbols.base(MONEY_LEMMA);
  const compileLexicon = new Lexicon(baseWords(all.map((x) => x.phrase)), 'guess');
  const tokens = new Tokens(new WordCache(compileLexicon, symbols), symbols);
  const trie = new PhraseTrie();
  const groups: PhraseGroup[] = [];
  const problems: PhraseProblem[] = [];
  const numberSym = symbols.base(NUMBER_LEMMA);
  const moneySym = symbols.base(MONEY_LEMMA);

  const keys: number[] = [];
  /** Per group: whether its phrase is one word. */
  const oneWord: boolean[] = [];
  for (const entry of all) {
    const { question, answer, phrase } = entry;
    keys.length = 0;
    let broken = false;
    let onlyNegators = true;
    splitGaps(phrase).forEach((part, i) => {
      if (i > 0) keys.push(GAP);
      tokens.read(placeholders(part));
      for (let k = 0; k < tokens.m; k++) {
        // A word written in the past or -ing form matches only that form; a plain word matches every form.
        const form = tokens.mPsym[k]!;
        const s = form >= 0 ? form : tokens.mSym[k]!;
        if (s === BREAK_SYMBOL) broken = true;
        else {
          keys.push(s);
          if ((tokens.flags[tokens.mTok[k]!]! & F.neg) === 0) onlyNegators = false;
        }
      }
    });
    while (keys[keys.length - 1] === GAP) keys.pop();
    while (keys[0] === GAP) keys.shift();
    const why = broken
      ? BREAK_INSIDE
      : (whatIsWrong(keys, numberSym, moneySym) ??
        // "was not them" keeps only "not": it would match every "not", "never" or "no" in a description.
        (onlyNegators && keys.length > 0 ? ONLY_NEGATORS : undefined));
    // A phrase of several words that keeps one ("make me" keeps "make", "supposedly from" keeps "from")
    // acts wherever that word is: named (a reading cue's apart, an answer's with its answer), and still read.
    if (!why && keys.length === 1 && splitGaps(phrase).join(' ').split(/\s+/).filter(Boolean).length > 1) {
      // An answer's phrase in reading (needs-near, needs-demand) is the answer's too: "been on hold" keeps "hold".
      if (!entry.cue || ANSWER_CUES.has(entry.cue)) problems.push({ question, answer, phrase, message: KEEPS_ONE_WORD, loc: entry.loc });
      else if ((CUES as readonly string[]).includes(entry.cue)) cueProblems?.push({ phrase, message: KEEPS_ONE_WORD });
    }
    if (why) {
      // A reading cue that can never match is listed apart (cueProblems), not shown as an answer's.
      if (!entry.cue) problems.push({ question, answer, phrase, message: why, loc: entry.loc });
      else cueProblems?.push({ phrase, message: why });
    } else {
      let group = trie.groupOf(keys);
      if (group < 0) {
        group = groups.length;
        groups.push(hasNegator(phrase) ? { phrase, targets: [], ownNegation: true } : { phrase, targets: [] });
        oneWord.push(keys.length === 1);
        trie.add(keys, group);
      }
      if (entry.ownCheck) groups[group]!.ownCheck = true;
      if (entry.standsAlone) groups[group]!.standsAlone = true;
      if (entry.careCaller) groups[group]!.careCaller = true;
      if (entry.cue) {
        const g = groups[group]!;
        if (g.cue === undefined) {
          g.cue = entry.cue;
          if (entry.near !== undefined) g.near = entry.near;
        }
        if (!ANSWER_CUES.has(entry.cue)) continue;
      }
      const targets = groups[group]!.targets;
      if (!targets.some((t) => t.question === question && t.id === answer)) targets.push({ question, id: answer });
    }
  }
  // One word alone ("fee", "VAT", "debt") is too loose to be a request: it waits for a demand too.
  const needsDemand = set.reading?.oneWordNeedsDemand ?? {};
  const needsSpeech = set.reading?.oneWordNeedsSpeech ?? {};
  const allNeed = set.reading?.allNeedDemand ?? {};
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    // A sense or process phrase is read as nothing, even where an answer lists the same words.
    if (group.cue !== undefined && HIDING_CUES.has(group.cue)) group.targets = [];
    if (group.cue !== undefined || group.targets.length === 0) continue;
    // A thing named ("my card details") is not asked for: every phrase of such an answer waits for a demand too.
    if (group.targets.every((t) => allNeed[t.question]?.includes(t.id))) {
      group.cue = 'needs-demand';
      continue;
    }
    if (!oneWord[g] || group.standsAlone) continue;
    if (group.targets.every((t) => needsDemand[t.question]?.includes(t.id))) group.cue = 'needs-demand';
    else if (group.targets.every((t) => needsDemand[t.question]?.includes(t.id) || needsSpeech[t.question]?.includes(t.id))) group.cue = 'needs-speech';
  }
  // Words the reader looks for around phrases need symbols even when no phrase uses them ("from", "was", "wonder", "thought").
  for (const rule of set.reading?.needsNear ?? []) {
    for (const word of [...rule.before, ...rule.after]) tokens.read(word);
  }
  for (const words of Object.values(roleWords(set))) for (const word of words) tokens.read(word);
  symbols.frozen = true;
  trie.freeze(symbols.ids.size);
  trie.setTransparent(groups.map(isTransparent));
  return { trie, groups, symbols, lexicon: new Lexicon(symbols.baseForms(), 'keep'), problems };
}

/** Phrases that can never match, or that keep one word and so match it anywhere, with why: for `rules validate` and the test suite. */
export function phraseProblems(set: RuleSet): PhraseProblem[] {
  return compilePhrases(set).problems;
}
