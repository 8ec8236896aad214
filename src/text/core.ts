// What both readers share (read.ts, with the words behind each answer, and
// answers.ts, answers only): the compiled phrases, the scratch for tokens and
// negation, every answer numbered, and the one rule for which phrases count.
// Keeping that rule here, once, is what makes the two readers agree.

import { QUESTION_IDS, type NearRule, type QuestionId, type RuleSet } from '../rules/types.js';
import { F } from './lexicon.js';
import { grown, type MatchList } from './matcher.js';
import { Negation, NegationScanner } from './negation.js';
import { roleWords, type CompiledPhrases, type Cue as CueName, type PhraseTarget } from './phrases.js';
import { phrasesFor } from './saved-phrases.js';
import { BREAK_SYMBOL, Tokens, WordCache } from './tokens.js';
import {
  ABOUT, ANYONE, ASIDE_STARTS, COMMON_ANCHOR_WORDS, OFFERING, LOSS_OF_A_THING, LOST_THINGS, OBJECT_OWNERS, HANG, UP_OFF, HANG_ADVERBS, CHECK_WORDS, CHECK_QUESTIONS, CHECKERS_NOT_CALLER, BECAUSE, ATTEMPT, TRIED_TO, THEMSELVES, DIRECTIONS, FEELING, IF, OBJECT_PRONOUNS, ON, OWN_CALL_ADVERBS, OWN_CALL_BETWEEN, OWN_CALL_RETURNED, OWN_CALL_SAME_CALLER, RUNG_NUMBER, NUMBER_WORD, RETOLD_CALLERS, AFTER, MOVED_WORDS, MONEY_WORDS, CALLED_BACK, THE_PHONE_BEFORE, CALL_OUT, THROUGH,
  OBLIGED, PASSIVE_BEFORE_SAY, PERSON_MOVED, PROGRESSIVE, TO_THE_PERSON, TRANSACTION_ACTIONS, TRANSACTION_ARTICLES, TRANSACTION_OWNERS, TRANSACTION_WORDS, UNLESS, WANT, WordSet, YOU,
} from './words.js';
import type { NoteKey } from './notes.js';

/** Reading cues as numbers, per phrase group. */
export const enum Cue {
  None = 0,
  Sense = 1,
  Process = 2,
  Genuine = 3,
  Scam = 4,
  Complied = 5,
  Question = 6,
  /** The caller wanting something done: "told me to", "must" (rules/reading.yaml demands). */
  Demand = 7,
  /** An answer's phrase that counts only in a sentence with a demand (rules/reading.yaml needs-demand). */
  NeedsDemand = 8,
  /** An answer's phrase that counts only with certain words just around it (rules/reading.yaml needs-near). */
  NeedsNear = 9,
  /** The caller telling you something: "said", "claimed" (rules/reading.yaml speech). */
  Speech = 10,
  /** An answer's phrase that counts only in a sentence where the caller tells or asks (rules/reading.yaml one-word-needs-speech). */
  NeedsSpeech = 11,
  /** The person reported a crime before the call (rules/reading.yaml reported-first). */
  Reported = 12,
}
const CUE_CODE: Record<CueName, Cue> = {
  sense: Cue.Sense,
  process: Cue.Process,
  genuine: Cue.Genuine,
  scam: Cue.Scam,
  complied: Cue.Complied,
  question: Cue.Question,
  demand: Cue.Demand,
  'needs-demand': Cue.NeedsDemand,
  'needs-near': Cue.NeedsNear,
  speech: Cue.Speech,
  'needs-speech': Cue.NeedsSpeech,
  reported: Cue.Reported,
};
const enum WordRole {
  Demand = 1,
  Speech = 2,
  Ask = 4,
  Belief = 8,
  Wish = 16,
  Causative = 32,
  Mover = 64,
  /** Brings the call into the story: "rang", "phoned", "said". */
  Call = 128,
  /** A loss: "lost", "conned", "stole". */
  Loss = 256,
  /** Someone other than the person or the caller: "someone", "fraudsters". */
  OtherDoer = 512,
  /** Right after a call word, the person ringing out: "rang the police". */
  RingsOut = 1024,
  /** Ringing, as the person's own call: "I rang Sky", "Dad phoned the dentist". */
  OwnCall = 2048,
  /** Where a number came from, trusted: "the number on my card". */
  Trusted = 4096,
}

/** What a sentence holds (findContexts): the caller telling you something, or wanting something done. */
const enum Context {
  Speech = 1,
  Demand = 2,
}
/** In an indexed sentence's context: the strongest Context, and whether a demand holds for the whole sentence. */
const KIND_MASK = 3;
const WHOLE_DEMAND = 4;
/** More contexts than this in a description are indexed (indexContexts); fewer are walked. */
const INDEX_FROM = 16;
/** How far after who was rung an own call's untrusted source is looked for, in words ("on the number on the card they put through my door"). */
const OWN_CALL_SOURCE_REACH = 12;
/** How far a needs-near phrase looks around it, in words (small words count). */
const NEAR_WORDS = 3;
/** Small and grammar words, never the name of something said again ("and", "to", "have", "not"). */
const NOT_A_NAME = F.stop | F.and | F.or | F.to | F.of | F.article | F.aux | F.modal | F.neg | F.subject | F.firstPerson | F.then | F.say | F.no | F.without | F.number | F.money | F.moneyUnit | F.currency;
/** A word as after-said-earlier compares it: lower case, without a plural "s" ("boilers" is "boiler"). */
const comparable = (w: string): string => {
  const lower = w.toLowerCase();
  return lower.length > 3 && lower.endsWith('s') ? lower.slice(0, -1) : lower;
};
/** How far back from a request a causative and its person may stand: "had me go to the bank to take out cash". */
const CAUSED_WORDS = 6;
/** How far back from a deed a word of telling may stand and make it what someone else told: "a man rang saying he was from my bank and that £600 had gone". */
const TOLD_WORDS = 15;
/** How far before request words the person may stand and still be their doer: "I had then tried to send". */
const OWN_WORDS = 4;
/** How far back, in words, an earlier phrase of the same deed may start (ownDeedOfSameDeed). */
const SAME_DEED_WORDS = 10;
/** The most words a caller's name in quote marks may have (scareQuoted): "'the NHS'", "'my son'". */
const SCARE_QUOTE_WORDS = 3;
/** How far after a request to ring a number a trusted place may be named (trustedNumberAfter): "rang the number on my HSBC card". */
const TRUSTED_NUMBER_WORDS = 6;
/** How far before "and asked" the person may be named as the one asking (hungUpOnCheck): "I called him a liar and asked". */
const CHECKER_AND_WORDS = 6;
/** ' " ‘ ’ “ ”: the marks a writer puts round a caller's name (scareQuoted). */
const isQuoteMark = (c: number): boolean => c === 0x27 || c === 0x22 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d;
const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
/** Letters a-z only: a word the word cache can watch for the exact genuine phrases (saysGenuine). */
const isPlainWord = (w: string): boolean => /^[a-z]+$/.test(w);
/** A line break or . , ! ? : — no caller's name in quote marks runs over one (scareQuoted). */
const endsQuote = (c: number): boolean => c === 10 || c === 13 || c === 46 || c === 44 || c === 33 || c === 63 || c === 58;
/** The marks that may be an apostrophe inside a word instead ("don't", "Mum’s"). */
const APOSTROPHE_MARKS = ["'", '\u2019'];
/** Whether `text` holds a quote mark other than an apostrophe between letters ("don't", "Mum's"). */
function mayHoldQuotes(text: string): boolean {
  if (text.includes('"') || text.includes('\u201c') || text.includes('\u201d') || text.includes('\u2018')) return true;
  for (const mark of APOSTROPHE_MARKS) {
    for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
      if (!(i > 0 && i + 1 < text.length && isAsciiLetter(text.charCodeAt(i - 1)) && isAsciiLetter(text.charCodeAt(i + 1)))) return true;
    }
  }
  return false;
}
/** What wantedOr gives for request words the person only tried to carry out themselves. */
export const TRIED = -2;
/** What wantedOr gives for a done-not-asked phrase written as done: someone checking for themselves ("I rang the bank"). */
export const OWN = -3;
/** What wantedOr gives for an own-reactions answer with the person as its doer: "I shouted yes please". */
export const OWN_REACTION = -4;
/**
 * How far a word of wanting reaches: a needs-demand phrase counts with a demand up
 * to this many words before it, or a few after ("transfer it now, he insisted"), in
 * its sentence. "They told me to start the gel, and that they'd ring on Saturday to
 * decide whether transfer would be day three or five" is not a request to move money.
 */
const DEMAND_REACH_BEFORE = 15;
const DEMAND_REACH_AFTER = 4;
/** How far before a request's phrase its "about" may be: "about a payment to a crypto exchange". */
const ABOUT_REACH = 8;

const EMPTY = new Int32Array(0);

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
  /** Per phrase group: 1 when its phrase has no negating word of its own, so a "no" or "not" inside its span negates it. */
  private readonly negFree: Uint8Array;
  /** Per phrase group: its reading cue (Cue below), or Cue.None. */
  readonly cueOf: Uint8Array;
  /** Per phrase group: 1 when, written as done, it is someone checking for themselves (reading done-not-asked). */
  private readonly ownCheck: Uint8Array;
  /** Per answer number: 1 for an answer with done-not-asked phrases (ringing a number), whose other phrases are an own check too when a trusted number follows. */
  private readonly ownCheckAnswer: Uint8Array;
  /** Per answer number: 1 when, with the person as its doer, it is the person's own reaction (reading own-reactions). */
  private readonly ownReaction: Uint8Array;
  /** Per answer number: 1 for money asked for or gone (answer group payment-asks, and what doing as asked makes of them). */
  private readonly moneyOut: Uint8Array;
  /** Per answer number: the "happened" answer that doing as asked makes of it, or -1 (rules/reading.yaml complied-means). */
  readonly compliedTo: Int32Array;
  /** Answer numbers of "nothing happened" and "it felt wrong" (hungUpOnCheck), -1 if the rule set has none. */
  readonly nothingAnswer: number;
  readonly feltWrongAnswer: number;
  /** Per happened answer: the asked answer it is when the caller wanted it done ("asked me to read out my card number"), or -1. */
  readonly wantedTo: Int32Array;
  /** Per answer: for a happened answer, the asked answer a near miss of it says was wanted (reading near-miss-means), else -1. */
  private readonly nearMissTo: Int32Array;
  /** Per answer: for a happened answer, the asked answer a condition the caller set of it says was wanted (reading condition-means), else -1. */
  private readonly conditionTo: Int32Array;
  /** Per answer: for a happened answer, the signs answer it is when someone else tells of it (reading claimed-means), else -1. */
  private readonly claimedTo: Int32Array;
  /** wantedNotDone()'s list, reused from call to call. */
  private readonly wantedOut: number[] = [];
  /** Per answer number: 1 for a request or a deed (asked, happened), which a question about a fact does not make. */
  readonly asksOrDoes: Uint8Array;
  /** Per answer number: 1 when "ring me back" after a "to" or "will" is the caller ringing the person (reading rings-the-person). */
  private readonly ringsThePerson: Uint8Array;
  /** Per answer number: 1 for a request still read when the person tells the deed as their own (reading own-deed-keeps). */
  private readonly ownDeedKeep: Uint8Array;
  /** Per answer number: 1 when it is not counted from phrases after the person says they reported a crime (reading reported-drops). */
  readonly reportedDrop: Uint8Array;
  /** Per answer number: 1 when it is not counted from a description that says the call was genuine. */
  readonly genuineDrop: Uint8Array;
  /** Per phrase group: 1 for a caller whose hurry is about care, not pressure (reading care-callers). */
  readonly careCaller: Uint8Array;
  /** Per answer number: 1 when it is not counted from a description whose every caller is a care caller (reading care-drops). */
  readonly careDrop: Uint8Array;
  /** Per answer number: 1 when, read, it makes a caller's name in quote marks a doubt (reading quoted-caller-doubted-with). */
  readonly quotedCallerDoubted: Uint8Array;
  /** Per answer number: 1 when, read, it keeps the care-drops counted (reading care-keeps). */
  readonly careKeep: Uint8Array;
  /** Per answer number: 1 when it is not counted if read only before the call comes into the story (reading before-the-call). */
  readonly beforeTheCall: Uint8Array;
  /** reading untrusted-numbers and own-call-stops, matched as written. */
  private readonly untrustedNumbers: WordSet;
  private readonly ownCallStops: WordSet;
  /** reading own-call-places, matched as written: "I rang my bank". */
  private readonly ownCallPlaces: WordSet;
  /** Per answer number: 1 for a caller an own call can be made to (reading own-call-to). */
  private readonly ownCallTo: Uint8Array;
  /** Per answer number: 1 when it is not counted if read only in the person's own call (reading own-call-drops). */
  readonly ownCallDrop: Uint8Array;
  /** Per answer number: 1 when, read, it keeps the own-call-drops counted (reading own-call-keeps). */
  readonly ownCallKeep: Uint8Array;
  /** reading service-payees and service-stops, matched as written. */
  private readonly servicePayees: WordSet;
  private readonly serviceStops: WordSet;
  /** Per answer number: 1 when it is not counted where someone is paid for their work (reading service-drops). */
  readonly serviceDrop: Uint8Array;
  /** Per answer number: 1 when, read, it keeps the service-drops counted (reading service-keeps). */
  readonly serviceKeep: Uint8Array;
  /** rules/reading.yaml genuine-exact, lower case. */
  readonly genuineExact: readonly string[];
  /** The longest word of each genuine-exact phrase, as written, Capitalised and in CAPITALS. */
  private readonly anchors: readonly string[];
  /** The same longest words, lower case, once each; per genuine-exact phrase, which is its own; and, per anchor, whether the text read holds it (scratch). */
  private readonly exactAnchors: readonly string[];
  private readonly exactAnchorOf: Int32Array;
  private readonly anchorHere: Uint8Array;
  /** Whether every anchor is letters a-z only, so the word cache can watch for them. */
  private readonly anchorsInWords: boolean;
  /** Per answer number, for the last description read: where in the match stream it was last read (scratch). */
  readonly lastAt: Int32Array;
  /** Per answer number: 1 for a request (a real answer to "what did the caller ask"): the caller wants something done. */
  private readonly request: Uint8Array;
  /** Per answer number: 1 for an answer to "what did the caller ask". */
  private readonly asks: Uint8Array;
  /** Per answer number: 1 for the person doing nothing asked ("I refused"): a refusal says something was asked. */
  private readonly refusal: Uint8Array;
  /** For the last description, after findContexts(): the first token of each sentence with a context, and which (Context). */
  private contextStarts = new Int32Array(8);
  private contextKinds = new Uint8Array(8);
  /** Where each context's word is, or -1 when it holds for its whole sentence (doing as asked, a request read, a refusal, after a colon). */
  private contextAt = new Int32Array(8);
  /** Whether the contexts of the last findContexts() were indexed (sentenceCtx, demandLast), or are few enough to walk. */
  private indexed = false;
  /** After findContexts(), per sentence start: its strongest Context, and WHOLE_DEMAND. */
  private sentenceCtx = new Uint8Array(0);
  /** After findContexts(), per token: the nearest word of wanting at or before it in its sentence, or -1. */
  private demandLast = new Int32Array(0);
  private contextCount = 0;
  /** Per symbol: WordRole bits for the one-word demands ("tell", "must"), speech ("say") and asking words ("ask", "check"), looked for word by word so a longer phrase cannot hide them. */
  private readonly wordRole: Uint16Array;
  /** For the last find(): the questions about a fact found by their shape. */
  private factFrom = new Int32Array(4);
  private factTo = new Int32Array(4);
  private factCount = 0;
  /** Whether findFactQuestions ran for the last find() (only when a request or deed needs it). */
  private factsFound = false;
  /** The matches findContexts ran over for the last find(), or undefined when it has not run (only needs-demand and needs-speech phrases need it). */
  private contextsOf: MatchList | undefined;
  /** Per phrase group: for a needs-near phrase, the symbols looked for before and after it. */
  private readonly nearBefore: (ReadonlySet<number> | undefined)[];
  private readonly nearAfter: (ReadonlySet<number> | undefined)[];
  private readonly nearRules: readonly NearRule[];
  /**
   * After waitsFor(): the word said again that let an after-said-earlier phrase count
   * ("I don't have a gas boiler"), so its evidence runs to it; else -1.
   */
  saidEarlierAt = -1;
  /** Per phrase group: for a needs-near rule with after-said-earlier, the words that do not count when said again. */
  private readonly nearIgnore: (ReadonlySet<string> | undefined)[];
  /** Per phrase group: 1 for a needs-near rule with only-now (counts only when told as now). */
  private readonly nearOnlyNow: Uint8Array;
  /** The symbol of "be", for "have been" (still now) in toldAsPast. */
  private readonly beSymbol: number;

  /** `compiled`: the set's phrases, compiled or loaded already (by default, phrasesFor(set)). */
  constructor(set: RuleSet, compiled: CompiledPhrases = phrasesFor(set)) {
    this.compiled = compiled;
    const reading = set.reading;
    this.nearRules = reading?.needsNear ?? [];
    this.genuineExact = reading?.genuineExact ?? [];
    // The longest word, passing over words found in nearly every description ("the call was real": "real") and words
    // with an apostrophe ("it's real": "real", a word the word cache can watch), so the search runs only where the
    // phrase may be.
    const weight = (w: string) => w.length - (COMMON_ANCHOR_WORDS.has(w) ? 100 : 0) - (isPlainWord(w) ? 0 : 50);
    const anchorOf = this.genuineExact.map((p) => p.split(/[^a-z']+/).reduce((a, b) => (weight(b) > weight(a) ? b : a), ''));
    const longest = new Set(anchorOf);
    this.anchors = [...longest].flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]);
    this.exactAnchors = [...longest];
    this.exactAnchorOf = Int32Array.from(anchorOf, (w) => this.exactAnchors.indexOf(w));
    this.anchorHere = new Uint8Array(this.exactAnchors.length);
    // An anchor of letters a-z only lies, wherever a text holds it, inside one word the scanner finds: the word cache
    // marks such words once, so saysGenuine can tell from the tokens that a text holds none (see saysGenuine).
    this.anchorsInWords = longest.size > 0 && [...longest].every(isPlainWord);
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
    this.ownCheck = Uint8Array.from(this.compiled.groups, (g) => (g.ownCheck ? 1 : 0));
    this.cueOf = Uint8Array.from(this.compiled.groups, (g) => (g.cue === undefined ? Cue.None : CUE_CODE[g.cue]));
    this.negFree = Uint8Array.from(this.compiled.groups, (g) => (g.ownNegation ? 0 : 1));
    // An answer map of rules/reading.yaml (an answer id of one question to one of another) as answer numbers, -1 where none.
    const mapped = (map: Record<string, string> | undefined, from: QuestionId, to: QuestionId): Int32Array =>
      Int32Array.from(this.answers, (a) => {
        const id = a.question === from ? map?.[a.id] : undefined;
        return id === undefined ? -1 : (numberOf.get(`${to}:${id}`) ?? -1);
      });
    // A by-question list of rules/reading.yaml as a mark per answer number.
    const marked = (byQuestion: Partial<Record<QuestionId, string[]>> | undefined): Uint8Array =>
      Uint8Array.from(this.answers, (a) => (byQuestion?.[a.question]?.includes(a.id) ? 1 : 0));
    this.compliedTo = mapped(reading?.compliedMeans, 'asked', 'happened');
    this.nothingAnswer = numberOf.get('happened:nothing') ?? -1;
    this.feltWrongAnswer = numberOf.get('signs:felt-wrong') ?? -1;
    this.wantedTo = mapped(reading?.wantedMeans, 'happened', 'asked');
    this.nearMissTo = mapped(reading?.nearMissMeans, 'happened', 'asked');
    this.conditionTo = mapped(reading?.conditionMeans, 'happened', 'asked');
    this.claimedTo = mapped(reading?.claimedMeans, 'happened', 'signs');
    this.ownCheckAnswer = Uint8Array.from(this.answers, (a) => (reading?.doneNotAsked[a.question]?.[a.id] ? 1 : 0));
    this.ownReaction = marked(reading?.ownReactions);
    this.genuineDrop = marked(reading?.genuineDrops);
    this.careCaller = Uint8Array.from(this.compiled.groups, (g) => (g.careCaller ? 1 : 0));
    this.careDrop = marked(reading?.careDrops);
    this.careKeep = marked(reading?.careKeeps);
    this.quotedCallerDoubted = marked(reading?.quotedCallerDoubtedWith);
    this.beforeTheCall = marked(reading?.beforeTheCall);
    this.ownCallTo = marked(reading?.ownCallTo);
    this.ownCallDrop = marked(reading?.ownCallDrops);
    this.ownCallKeep = marked(reading?.ownCallKeeps);
    this.serviceDrop = marked(reading?.serviceDrops);
    this.serviceKeep = marked(reading?.serviceKeeps);
    this.reportedDrop = marked(reading?.reportedDrops);
    this.ringsThePerson = marked(reading?.ringsThePerson);
    this.ownDeedKeep = marked(reading?.ownDeedKeeps);
    // Money asked for (answer group payment-asks) and money gone (what doing as asked makes of it): "gave me £150" is neither.
    const payment = set.answerGroups['payment-asks']?.asked ?? [];
    this.moneyOut = new Uint8Array(this.answers.length);
    this.answers.forEach((a, i) => {
      if (a.question === 'asked' && payment.includes(a.id)) {
        this.moneyOut[i] = 1;
        if (this.compliedTo[i]! >= 0) this.moneyOut[this.compliedTo[i]!] = 1;
      }
    });
    this.lastAt = new Int32Array(this.answers.length);
    this.wordRole = new Uint16Array(this.compiled.symbols.ids.size + 1);
    const mark = (phrases: readonly string[], role: WordRole): void => {
      for (const phrase of phrases) {
        this.tokens.read(phrase);
        if (this.tokens.m === 1 && this.tokens.mSym[0]! >= 0) this.wordRole[this.tokens.mSym[0]!]! |= role;
      }
    };
    mark(reading?.demands ?? [], WordRole.Demand);
    mark(reading?.speech ?? [], WordRole.Speech);
    const roles = roleWords(set);
    mark(roles.ask, WordRole.Ask);
    mark(roles.belief, WordRole.Belief);
    mark(roles.wish, WordRole.Wish);
    mark(roles.causative, WordRole.Causative);
    mark(roles.mover, WordRole.Mover);
    mark(roles.call, WordRole.Call);
    mark(roles.loss, WordRole.Loss);
    mark(roles.other, WordRole.OtherDoer);
    mark(roles.out, WordRole.RingsOut);
    mark(roles.ownCall, WordRole.OwnCall);
    mark(roles.trusted, WordRole.Trusted);
    // As written, not by base form: "gave" is not "give my details", "went" not "going".
    this.untrustedNumbers = new WordSet(roles.untrusted.map((w) => w.toLowerCase()));
    this.ownCallStops = new WordSet(roles.ownCallStop.map((w) => w.toLowerCase()));
    this.ownCallPlaces = new WordSet(roles.ownCallPlace.map((w) => w.toLowerCase()));
    this.servicePayees = new WordSet(roles.servicePayee.map((w) => w.toLowerCase()));
    this.serviceStops = new WordSet(roles.serviceStop.map((w) => w.toLowerCase()));
    const symbolsOf = (words: readonly string[]): ReadonlySet<number> => {
      const out = new Set<number>();
      for (const w of words) {
        this.tokens.read(w);
        for (let i = 0; i < this.tokens.n; i++) if (this.tokens.sym[i]! >= 0) out.add(this.tokens.sym[i]!);
      }
      return out;
    };
    const rules = reading?.needsNear ?? [];
    const before = rules.map((r) => symbolsOf(r.before));
    const after = rules.map((r) => symbolsOf(r.after));
    this.nearBefore = this.compiled.groups.map((g) => (g.near === undefined ? undefined : before[g.near]));
    this.nearAfter = this.compiled.groups.map((g) => (g.near === undefined ? undefined : after[g.near]));
    const ignore = rules.map((r) => (r.afterSaidEarlier ? new Set((r.ignore ?? []).map(comparable)) : undefined));
    this.nearIgnore = this.compiled.groups.map((g) => (g.near === undefined ? undefined : ignore[g.near]));
    this.nearOnlyNow = Uint8Array.from(this.compiled.groups, (g) => (g.near !== undefined && rules[g.near]?.onlyNow === true ? 1 : 0));
    this.beSymbol = [...symbolsOf(['be'])][0] ?? -1;
    this.asks = Uint8Array.from(this.answers, (a) => (a.question === 'asked' ? 1 : 0));
    this.request = Uint8Array.from(this.answers, (a, i) => (this.asks[i] === 1 && this.neutral[i] === 0 ? 1 : 0));
    // Refusing ("I did not give them anything") or doing as asked ("which I gave") says something was asked.
    this.refusal = Uint8Array.from(this.answers, (a, i) => (a.question === 'happened' && this.neutral[i] === 1 ? 1 : 0));
    this.asksOrDoes = Uint8Array.from(this.answers, (a) =>
      (a.question === 'asked' || a.question === 'happened') && !reading?.questionKeeps[a.question]?.includes(a.id) ? 1 : 0,
    );
  }

  /** The first `genuine-exact` phrase in `text` (as written, any case), or undefined. */
  saysGenuine(text: string): string | undefined {
    this.believedExact = undefined;
    this.genuineExactAt = -1;
    const exact = this.genuineExact;
    if (exact.length === 0) return undefined;
    // The text just read: the word cache says whether any word holds an anchor, in any case.
    const watchedHere = this.anchorsInWords && this.tokens.lastText === text;
    if (watchedHere && this.tokens.watched === 0) return undefined;
    // Otherwise most descriptions hold none of the phrases' longest words: look for those first, as written,
    // Capitalised or in CAPITALS, before lower-casing the whole text.
    if (!watchedHere) {
      let seen = false;
      for (let i = 0; i < this.anchors.length && !seen; i++) seen = text.includes(this.anchors[i]!);
      if (!seen) return undefined;
    }
    const lower = text.toLowerCase();
    // Some anchors are everyday words ("them", "which"): look for each anchor once, then only for the phrases whose anchor is there.
    for (let a = 0; a < this.exactAnchors.length; a++) this.anchorHere[a] = lower.includes(this.exactAnchors[a]!) ? 1 : 0;
    for (let i = 0; i < exact.length; i++) {
      if (this.anchorHere[this.exactAnchorOf[i]!] === 0) continue;
      for (let at = lower.indexOf(exact[i]!); at >= 0; at = lower.indexOf(exact[i]!, at + 1)) {
        if (this.tokens.lastText !== text) return exact[i];
        const t = this.tokenAt(at);
        if (!this.isBelieved(t)) {
          this.genuineExactAt = t;
          return exact[i];
        }
        this.believedExact ??= exact[i];
      }
    }
    return undefined;
  }

  /** Whether the last factQuestionAt() found money asked for naming the person's own payment the call was about (isAboutOwnTransaction). */
  aboutPayment = false;

  /** A genuine-exact phrase the last saysGenuine() left out as a belief at the time ("I thought it really was"), for the notes. */
  believedExact: string | undefined;

  /** The token where the phrase the last saysGenuine() returned starts (-1 when the text was not the one last found). */
  genuineExactAt = -1;

  /**
   * How the call turned out, from the outcome bits read (1: genuine, 2: a scam) and
   * where each was last told: told both ways, the one told last ("there'd been a run
   * of courier fraud in our area… It was definitely him", "first thought scam, but
   * it turned out to be the garage") is the outcome. A scam told after it still is.
   */
  outcomeOf(outcome: number, genuineAt: number, scamAt: number): number {
    return outcome === 3 && genuineAt > scamAt ? 1 : outcome;
  }

  /** The first token of the last find() starting at or after character `at`. */
  private tokenAt(at: number): number {
    const { start, n } = this.tokens;
    let t = 0;
    while (t < n && start[t]! < at) t++;
    return t;
  }

  /**
   * Whether an outcome phrase at token `t` is what someone believed or was
   * told at the time ("I thought it really was my bank", "it seemed above
   * board"), or only supposed, asked about or meant to be checked ("if it was
   * genuine", "asked how I could know he was genuine", "told me to ring 999 to
   * check he was genuine"): a belief word, "if", "whether", "how" or a purpose
   * ("to check", not "to be") before it in its clause, with no "but" between.
   */
  isBelieved(t: number): boolean {
    const { flags } = this.tokens;
    // "thought scam but it was the mental health team": what follows "but" is what turned out, not the belief.
    if (this.isWord(t, 'but')) return false;
    for (let i = t - 1; i >= 0; i--) {
      const f = flags[i]!;
      if ((f & (F.stopPunct | F.break | F.comma)) !== 0 || this.isWord(i, 'but')) return false;
      // "…to double check and they said it really was them": a new clause, with its own subject.
      if ((f & F.and) !== 0 && i + 1 < t && (flags[i + 1]! & F.subject) !== 0) return false;
      if ((f & F.suppose) !== 0 || this.hasRole(i, WordRole.Belief) || this.isWord(i, 'how')) return true;
      if ((f & F.to) !== 0 && i + 1 < t && !this.isWord(i + 1, 'be')) return true;
    }
    return false;
  }

  /**
   * Where a clause from token `t` on ends: at the sentence's end, a new clause
   * ("but", "then"), a comma (for an organisation's rule, only a comma that
   * starts a new clause: its list goes on) and, for a question about a fact
   * (`stopAtDemand`), the caller saying or wanting something ("asked if I was
   * alone, then told me to take cash out"), but not "had been told to".
   */
  private clauseEndToken(t: number, stopAtDemand = true): number {
    const { flags, n, start, lastText } = this.tokens;
    for (; t < n; t++) {
      const f = flags[t]!;
      // A rule's list may follow a colon: "what a real officer would never do: ask for your PIN, …".
      if (!stopAtDemand && (f & F.stopPunct) !== 0 && lastText.charCodeAt(start[t]!) === 58 /* : */) continue;
      // "asked me to confirm I'd just paid": "just" between a have and its past form goes on with the clause.
      if ((f & F.break) !== 0 && (f & F.stopPunct) === 0 && t > 0 && (flags[t - 1]! & F.auxBeforePast) !== 0 && t + 1 < n && (flags[t + 1]! & F.past) !== 0) continue;
      if ((f & (F.stopPunct | F.break)) !== 0) return t;
      if ((f & F.comma) !== 0) {
        if (stopAtDemand || this.startsClause(t + 1)) return t;
        continue;
      }
      if (!stopAtDemand) continue;
      // "asked whether anyone had told me to make it or told me to lie": after "or", the same question goes on.
      // "asked whether anyone had rung me telling me to move money": after "me", a demand word ending in -ing goes on with the question.
      // "asked had anyone told me to lie": the demand is the question's own.
      if (this.hasRole(t, WordRole.Demand | WordRole.Speech) && (flags[t - 1]! & (F.aux | F.or)) === 0 && !(this.isIng(t) && this.isOneOf(t - 1, OBJECT_PRONOUNS)) && !this.isOneOf(t - 1, ANYONE)) return t;
    }
    return n;
  }

  /** After a comma, a new clause starts here ("…, and I needed to", "…, then"), not a list's next item ("…, or asking you to"). */
  private startsClause(t: number): boolean {
    const { flags, n } = this.tokens;
    while (t < n && (flags[t]! & (F.and | F.or)) !== 0) t++;
    return t >= n || (flags[t]! & (F.subject | F.break | F.then | F.stopPunct)) !== 0;
  }

  /** Where a question about a fact ends, in the match stream, from just after the match ending at `p` (clauseEndToken). */
  questionEnd(p: number): number {
    return this.clauseEnd(p, true);
  }

  /**
   * Where an organisation's rule ("will never ask for your PIN or tell you to
   * move money") stops covering: the end of its clause (a comma, "then",
   * "but" or the sentence's end), so that "…, then he told me to move it"
   * is still read.
   */
  ruleEnd(p: number): number {
    return this.clauseEnd(p, false);
  }

  private clauseEnd(p: number, stopAtDemand: boolean): number {
    const { mTok, m } = this.tokens;
    if (p <= 0 || p >= m) return p;
    const end = this.clauseEndToken(mTok[p - 1]! + 1, stopAtDemand);
    let q = p;
    while (q < m && mTok[q]! < end) q++;
    return q;
  }

  /** Where the sentence holding match-stream position `p` ends (the next sentence break, or the end). */
  sentenceEnd(p: number): number {
    const { mSym, m } = this.tokens;
    let q = p;
    while (q < m && mSym[q] !== BREAK_SYMBOL) q++;
    return q;
  }

  /**
   * Where the sentence two before the one holding match-stream position `p`
   * starts: doing as asked ("so I did", "I sent it") is about a request there, in
   * the sentence between or in its own ("…needed £900 for the rent today. Then a
   * text came with bank details. I sent it.").
   */
  compliedReachStart(p: number): number {
    const sym = this.tokens.mSym;
    let breaks = 0;
    for (let q = p - 1; q >= 0; q--) if (sym[q] === BREAK_SYMBOL && ++breaks === 3) return q + 1;
    return 0;
  }

  /**
   * Where, in the match stream, the sentence that brings the call into the story
   * starts (the first with a call word: "rang", "phoned", "said"); -1 when there is
   * none, or a loss word ("lost £60,000 to callers…") comes first. A before-the-call
   * answer read only before it happened before the call, not because of it.
   */
  callStoryStart(): number {
    const { mSym, m } = this.tokens;
    let start = 0;
    for (let q = 0; q < m; q++) {
      const s = mSym[q]!;
      if (s === BREAK_SYMBOL) start = q + 1;
      else if (s >= 0) {
        const role = this.wordRole[s]!;
        if ((role & WordRole.Loss) !== 0) return -1;
        // "Later she rang the police": the person ringing out is not the call coming into the story.
        if ((role & WordRole.Call) !== 0 && !this.ringsOutAt(q + 1)) return start;
      }
    }
    return -1;
  }

  /**
   * Where the person's own call ends, as a match-stream place, when the story opens with
   * it: "I rang Sky myself about the bill", "Dad phoned Specsavers on the number on their
   * letter". The first call word is a ringing word (own-call-words) with "I", "we" or the
   * like just before it (or nothing, starting a sentence), and right after it (past "the",
   * "my", "up" and the like) an organisation (own-call-to, own-call-places or a care caller), or a number
   * with a trusted place (trusted-numbers) in its sentence. Not when "me", "us" or "back"
   * comes after it (a call returned), an untrusted place (untrusted-numbers) comes just
   * after it ("the number in the text", "the number he gave me"), or a word of
   * own-call-stops is anywhere ("scammed", "pretending"). It runs until someone new rings:
   * a ringing word after anyone but the person or "they", "he", "she". -1 when the story
   * does not open so.
   */
  ownCallEnd(matches: MatchList): number {
    const { mSym, mTok, m, flags, n } = this.tokens;
    let q = 0;
    while (q < m && (mSym[q]! < 0 || (this.wordRole[mSym[q]!]! & (WordRole.Call | WordRole.OwnCall)) === 0)) q++;
    if (q === m) return -1;
    // "Client said she rang HMRC", "Mum says she phoned the bank": the person's own call, retold.
    let retold = false;
    if ((this.wordRole[mSym[q]!]! & WordRole.OwnCall) === 0 && (flags[mTok[q]!]! & F.say) !== 0 && q + 2 < m && this.isOneOf(mTok[q + 1]!, RETOLD_CALLERS)) {
      const s = mSym[q + 2]!;
      if (s >= 0 && (this.wordRole[s]! & WordRole.OwnCall) !== 0) {
        q += 2;
        retold = true;
      }
    }
    if ((this.wordRole[mSym[q]!]! & WordRole.OwnCall) === 0) return -1;
    // The person rings: "I rang", "I then phoned", "I've called", "Dad rang".
    const verb = mTok[q]!;
    let who = verb - 1;
    while (who >= 0 && ((flags[who]! & (F.aux | F.then)) !== 0 || this.isOneOf(who, OWN_CALL_ADVERBS))) who--;
    // No one before it at the start of a sentence is the person too: "Rang the dentist about the bill".
    if (who >= 0 && (flags[who]! & (F.firstPerson | F.stopPunct)) === 0 && !(retold && this.isOneOf(who, RETOLD_CALLERS))) return -1;
    // Right after it, the organisation or the number rung.
    let to = verb + 1;
    while (to < n && (flags[to]! & F.stopPunct) === 0 && this.isOneOf(to, OWN_CALL_BETWEEN)) to++;
    // "Call from bank.", a help desk's note of a call that came in, is not the person ringing.
    if (to >= n || (flags[to]! & (F.stopPunct | F.comma)) !== 0 || this.isOneOf(to, OWN_CALL_RETURNED) || this.isWord(to, 'from')) return -1;
    // "I phoned HMRC back", "rang Lloyds straight back": a call returned ("the back of my card" is not).
    for (let b = to + 1; b < n && b <= to + 3 && (flags[b]! & (F.stopPunct | F.comma)) === 0; b++) {
      if (this.isOneOf(b, CALLED_BACK) && !(b + 1 < n && (flags[b + 1]! & F.of) !== 0)) return -1;
    }
    let place = q + 1;
    while (place < m && mTok[place]! < to) place++;
    if (place >= m || mTok[place] !== to) return -1;
    const end = this.sentenceEnd(q);
    let trusted = false;
    let from = q;
    while (from > 0 && mSym[from - 1] !== BREAK_SYMBOL) from--;
    for (let r = from; r < end; r++) if (mSym[r]! >= 0 && (this.wordRole[mSym[r]!]! & WordRole.Trusted) !== 0) trusted = true;
    // Where the number came from is told just after who was rung: "rang the number the man left", "rang Barclays on the number he gave me".
    for (let i = verb + 1, last = Math.min(to + OWN_CALL_SOURCE_REACH, end < m ? mTok[end]! : n); i < last; i++) {
      if (this.isOneOf(i, this.untrustedNumbers)) return -1;
    }
    if (!(this.isOneOf(to, RUNG_NUMBER) && trusted) && !this.isOneOf(to, this.ownCallPlaces) && !this.rungOrganisationAt(matches, place) && !this.trustedNumberTold(from, end) && !this.rungThemselves(to)) return -1;
    // Money gone, a scam, a pretender anywhere ("went through security", "the payment's gone through" are not money gone).
    // Looked at last: most descriptions are not an own call, and this reads every word.
    for (let i = 0; i < n; i++) if (this.isOneOf(i, this.ownCallStops) && !this.isOneOf(i + 1, THROUGH) && this.stopsOwnCall(i)) return -1;
    // Until someone new rings ("Two days later a man rang", "I got a call from"); the one rung ringing back
    // ("they rang me back") is still the call, and so is "over the phone".
    for (let r = q + 1; r < m; r++) {
      const s = mSym[r]!;
      if (s < 0 || (this.wordRole[s]! & WordRole.OwnCall) === 0) continue;
      const before = mTok[r]! - 1;
      if (before >= 0 && ((flags[before]! & F.firstPerson) !== 0 || this.isOneOf(before, OWN_CALL_SAME_CALLER))) continue;
      if (before >= 0 && this.isOneOf(before, THE_PHONE_BEFORE)) continue;
      // "the £60 call-out fee": a thing, not a call.
      if (this.isOneOf(mTok[r]! + 1, CALL_OUT)) continue;
      return r;
    }
    return m;
  }

  /** "I rang the Royal Mint myself", "rang P&O myself to book": "myself" just after who was rung says the call was the person's own. */
  private rungThemselves(to: number): boolean {
    const { flags, n } = this.tokens;
    for (let i = to + 1; i < n && i <= to + 3 && (flags[i]! & (F.stopPunct | F.comma)) === 0; i++) if (this.isOneOf(i, THEMSELVES)) return true;
    return false;
  }

  /**
   * Any firm rung on a number from a trusted place, told in the sentence of the
   * call or the next: "rang my insurer on the number on my policy", "Dad rang
   * Specsavers to move his test. He got the number off their letter." A word of
   * untrusted-numbers anywhere there ("the number in the text", "googled")
   * means it was not. From match-stream place `from` to the end of the sentence
   * after the one ending at `end`.
   */
  private trustedNumberTold(from: number, end: number): boolean {
    const { mTok, m, n, sym } = this.tokens;
    const next = end < m ? this.sentenceEnd(end + 1) : m;
    let number = false;
    let trusted = false;
    for (let i = mTok[from]!, last = next < m ? mTok[next]! : n; i < last; i++) {
      if (this.isOneOf(i, this.untrustedNumbers)) return false;
      if (this.isOneOf(i, NUMBER_WORD)) number = true;
      if (sym[i]! >= 0 && (this.wordRole[sym[i]!]! & WordRole.Trusted) !== 0) trusted = true;
    }
    return number && trusted;
  }

  /**
   * Whether the description of the last find() names someone paid for their work
   * (reading service-payees: "the gardener", "her cleaner") and no word of
   * service-stops ("courier", "taxi", "collect"). Reads every word: called last.
   */
  servicePayment(): boolean {
    const { n } = this.tokens;
    let payee = false;
    for (let i = 0; i < n; i++) {
      if (this.isOneOf(i, this.serviceStops)) return false;
      if (!payee && this.isOneOf(i, this.servicePayees)) payee = true;
    }
    return payee;
  }

  /**
   * Whether the own-call stop word at token `i` stops the own call: not when
   * denied ("nothing lost", "I didn't lose anything"), and a taking or going
   * word only with money beside it ("£4,000 went from my account", "they took
   * £500"), not "took a reading" or "took him through security".
   */
  private stopsOwnCall(i: number): boolean {
    if (this.negation.state[i] !== Negation.None) return false;
    const { flags, n } = this.tokens;
    // "rang the bank's fraud line after losing his wallet": a thing lost, not money lost to someone.
    if (this.isOneOf(i, LOSS_OF_A_THING)) {
      let j = i + 1;
      while (j < n && this.isOneOf(j, OBJECT_OWNERS)) j++;
      if (j < n && this.isOneOf(j, LOST_THINGS)) return false;
    }
    if (!this.isOneOf(i, MOVED_WORDS)) return true;
    for (let j = Math.max(0, i - 3); j < n && j <= i + 3; j++) {
      if (j !== i && ((flags[j]! & F.money) !== 0 || this.isOneOf(j, MONEY_WORDS))) return true;
    }
    return false;
  }

  /** Whether a phrase of a caller an own call can be made to (own-call-to, or a care caller: "rang the dentist") starts at match-stream place `place`. */
  private rungOrganisationAt(matches: MatchList, place: number): boolean {
    for (let k = 0; k < matches.count; k++) {
      if (matches.start[k] !== place) continue;
      if (this.careCaller[matches.group[k]!] === 1) return true;
      const group = this.targets[matches.group[k]!]!;
      for (let t = 0; t < group.length; t++) if (this.ownCallTo[group[t]!] === 1) return true;
    }
    return false;
  }

  /** Whether the word at match-stream place `q` is one of reading rings-out ("police" in "rang the police"). */
  private ringsOutAt(q: number): boolean {
    const s = q < this.tokens.m ? this.tokens.mSym[q]! : -1;
    return s >= 0 && (this.wordRole[s]! & WordRole.RingsOut) !== 0;
  }

  /** Read `text` into tokens and negation scopes; every phrase found (the list is reused by the next call). */
  find(text: string): MatchList {
    const tokens = this.tokens;
    tokens.read(text, true);
    this.negation.run(tokens);
    this.contextsOf = undefined;
    this.factsFound = false;
    return this.compiled.trie.findAll(tokens.mSym, tokens.mPsym, tokens.m);
  }

  /**
   * Questions about a fact, found from the shape of the words: "asked if she was
   * trying to take money out", "checking whether I had made a payment" (an asking
   * word, "if" or "whether", then a past or helping verb before any "could" or
   * "would"). Also "whether" further on in a sentence with an asking word ("asked
   * me to confirm my name and whether I'd paid £45"), and a question turned round
   * after the caller's words ("said a payment was waiting, did I send £900?", a text
   * saying "did you try to pay £56.80 to Tesco?").
   * Nothing asked for or done is read from there to the sentence's end. "asked if
   * I could take money out" is a request, and stays one.
   */
  private findFactQuestions(): void {
    const { flags, n } = this.tokens;
    this.factCount = 0;
    for (let i = 0; i + 2 < n; i++) {
      let fact = false;
      if (this.hasRole(i, WordRole.Ask)) {
        // "asking me if I'd sent", "asked had I paid", "wanted to know was she expecting it", "asked me did I".
        const at = i + 2 < n && this.isObjectPronoun(i + 1) ? i + 2 : i + 1;
        if ((flags[at]! & F.suppose) !== 0) fact = at + 1 < n && this.pastVerbFrom(at + 1);
        else fact = this.isTurnedQuestion(at) || (at + 1 < n && this.isWord(at, 'whether') && this.pastVerbFrom(at + 1));
      } else if (this.isWord(i, 'whether') || (i > 0 && (flags[i - 1]! & (F.comma | F.say)) !== 0 && this.isTurnedQuestion(i))) {
        fact = (this.isTurnedQuestion(i) || this.pastVerbFrom(i + 1)) && this.askedEarlier(i);
      }
      if (!fact) continue;
      const end = this.clauseEndToken(i + 2);
      if (this.factCount === this.factFrom.length) {
        this.factFrom = grown(this.factFrom, this.factCount * 2);
        this.factTo = grown(this.factTo, this.factCount * 2);
      }
      this.factFrom[this.factCount] = i;
      this.factTo[this.factCount++] = end;
    }
  }

  /** "had I paid", "did I send", "was she expecting": a helping verb (not "could" or "would") then its doer, and no wish after ("did I want to pay"). */
  private isTurnedQuestion(at: number): boolean {
    const { flags, n } = this.tokens;
    return at + 1 < n && (flags[at]! & F.aux) !== 0 && (flags[at]! & F.modal) === 0 && (flags[at + 1]! & F.subject) !== 0 && !this.isWish(at + 2);
  }

  /** A past or helping verb within four words from token `j`, before any "could" or "would"; "I'd" counts as "had" before a past form ("if I'd paid"). */
  private pastVerbFrom(j: number): boolean {
    const { flags, n } = this.tokens;
    for (let k = j; k < n && k <= j + 3; k++) {
      const f = flags[k]!;
      if (this.tokens.perfectAt(k)) return true;
      if ((f & (F.modal | F.stopPunct | F.comma)) !== 0) return false;
      if ((f & (F.aux | F.past)) !== 0) return true;
    }
    return false;
  }

  /** A word of asking, or of the caller telling, earlier in the sentence of token `i` that is not the person's own. */
  private askedEarlier(i: number): boolean {
    const { flags } = this.tokens;
    for (let j = i - 1; j >= 0 && (flags[j]! & F.stopPunct) === 0; j--) {
      if ((this.hasRole(j, WordRole.Ask) || (flags[j]! & F.say) !== 0) && !this.saidByThePerson(j)) return true;
    }
    return false;
  }

  /**
   * "Asked about a transfer I was making", "a check on a large withdrawal I made
   * yesterday", "called about a payment to a crypto exchange I was making": a call or
   * a question about what someone did; also "rang because I'd made a big withdrawal",
   * where only the person's own deed counts. ABOUT (or "on" after an asking word) at token
   * `i`, then within eight words, with no "and" or "but" between, a doer and a past or
   * helping verb. "Asked me about moving my money" stays a request. With `ownPayment`, only
   * the person's own deed in the past that is not a loss ("about the £640 I paid yesterday").
   */
  private isAboutWhatWasDone(i: number, ownPayment = false): boolean {
    const { flags, n } = this.tokens;
    // "rang because I'd made a big withdrawal", "rang him after he tried to send £4,000": the person's own deed.
    // Not for money paid before the call: "rang back after she'd sent the first £5,000" is a scam's second call.
    const after = !ownPayment && this.isOneOf(i, AFTER);
    const because = after || this.isOneOf(i, BECAUSE);
    if (!because && !this.isOneOf(i, ABOUT) && !(this.hasRole(i - 1, WordRole.Ask) && this.isOneOf(i, ON))) return false;
    for (let j = i + 1; j + 1 < n && j <= i + 8; j++) {
      if ((flags[j]! & (F.stopPunct | F.comma | F.and | F.break)) !== 0) return false;
      if ((flags[j]! & F.subject) !== 0 && !this.isIt(j)) {
        // "I had made", "I made", and "I'd made" ("'d" before a past form is "had").
        const had = this.tokens.perfectAt(j + 1);
        if (!had && ((flags[j + 1]! & (F.aux | F.past)) === 0 || (flags[j + 1]! & F.modal) !== 0)) continue;
        const verb = had || (flags[j + 1]! & F.aux) !== 0 ? j + 2 : j + 1;
        if (ownPayment) {
          // "rang about the £640 I paid yesterday": the person's own payment, not a loss ("the £2,000 I'd lost").
          return (flags[j]! & F.firstPerson) !== 0 && verb < n && (flags[verb]! & F.past) !== 0 && !this.hasRole(verb, WordRole.Loss | WordRole.Ask | WordRole.Demand);
        }
        if (!because) return true;
        // After "because", only the person's own deed, and not what they were told: "because I'd been told to take it out";
        // after "after", only a past deed ("after he tried to send", not "after he had to pay").
        return this.isThePerson(j, after) && verb < n && (!after || (flags[verb]! & F.past) !== 0) && !this.isBeen(verb) && (flags[verb]! & F.say) === 0 && !this.hasRole(verb, WordRole.Ask | WordRole.Demand);
      }
      if ((flags[j]! & F.modal) !== 0) return false;
    }
    return false;
  }

  /**
   * "Santander rang about my £2,000 transfer", "re £1,850 transfer to grandson's uni", "about her new payee": the
   * payment word at `t` names the person's own payment, right after the ABOUT at `i`, with only its owner, an
   * amount or a describing word (TRANSACTION_WORDS) between, and at least an owner or an amount. So does a bank's
   * deed on it (TRANSACTION_ACTIONS: "they'd stopped a card payment"), where "a" or "the" will do.
   */
  private isAboutOwnTransaction(i: number, t: number): boolean {
    if (t - i < 2) return false;
    // "they'd stopped a card payment": a bank's deed on a payment, told with "a" or "the" as well.
    const action = this.isOneOf(i, TRANSACTION_ACTIONS);
    if (!action && !this.isOneOf(i, ABOUT)) return false;
    const { flags } = this.tokens;
    let owned = false;
    for (let j = i + 1; j < t; j++) {
      if (this.isOneOf(j, TRANSACTION_OWNERS) || (flags[j]! & (F.number | F.money | F.moneyUnit | F.currency)) !== 0 || (action && this.isOneOf(j, TRANSACTION_ARTICLES))) owned = true;
      else if (!this.isOneOf(j, TRANSACTION_WORDS)) return false;
    }
    return owned;
  }

  /** The person as the doer at token `j`: "I", "we", "Mum", or, retold after "after", "he" or "she" ("rang him after he tried to send"). */
  private isThePerson(j: number, retold: boolean): boolean {
    return (this.tokens.flags[j]! & F.firstPerson) !== 0 || (retold && this.isOneOf(j, RETOLD_CALLERS));
  }

  /** Whether phrase group `group`'s needs-near rule leaves its phrases out without a note. */
  nearQuiet(group: number): boolean {
    const near = this.compiled.groups[group]!.near;
    return near !== undefined && this.nearRules[near]?.quiet === true;
  }

  /** The wording key a needs-near rule names for its left-out note, for phrase group `group`. */
  nearNote(group: number): NoteKey | undefined {
    const near = this.compiled.groups[group]!.near;
    return near === undefined ? undefined : (this.nearRules[near]?.note as NoteKey | undefined);
  }

  /** "me", "us", "him", "her", "them": who was asked, in "asked me had I paid". */
  private isObjectPronoun(i: number): boolean {
    return i >= 0 && i < this.tokens.n && (this.tokens.flags[i]! & F.stop) !== 0 && this.isOneOf(i, OBJECT_PRONOUNS);
  }

  /**
   * The caller hanging up (a "nothing happened" phrase at token `t`: "he hung up", "they
   * rang off") after being checked: earlier in its sentence or the one before, the person,
   * not the one hanging up, asked or questioned the caller ("I asked which
   * bank and he hung up", "when she asked which branch he was at, he hung up"). It felt
   * wrong: a real caller answers. Not "I asked for her name and hung up" (the person).
   */
  hungUpOnCheck(t: number): boolean {
    const { flags, n } = this.tokens;
    // "the line went dead": the caller's doing, whoever is named.
    const lineDead = this.isWord(t, 'line') && t + 2 < n && this.isWord(t + 2, 'dead');
    if (!lineDead && !(this.isOneOf(t, HANG) && t + 1 < n && this.isOneOf(t + 1, UP_OFF))) return false;
    let doer = t;
    if (!lineDead) {
      doer = t - 1;
      while (doer >= 0 && this.isOneOf(doer, HANG_ADVERBS)) doer--;
      if (doer < 0 || (flags[doer]! & (F.subject | F.firstPerson)) !== F.subject || this.isOneOf(doer, CHECKERS_NOT_CALLER)) return false;
    }
    let breaks = 0;
    for (let j = doer - 1; j >= 1; j--) {
      if ((flags[j]! & F.stopPunct) !== 0 && ++breaks > 1) return false;
      if (!this.isOneOf(j, CHECK_WORDS)) continue;
      const asker = j - 1;
      // "I called him a liar and asked where he got the number": the person, before "and".
      if (asker >= 0 && (flags[asker]! & F.and) !== 0) {
        for (let a = asker - 1; a >= 0 && a >= asker - CHECKER_AND_WORDS && (flags[a]! & F.stopPunct) === 0; a--) {
          if ((flags[a]! & F.firstPerson) !== 0) return true;
          if ((flags[a]! & F.subject) !== 0) break;
        }
      }
      if ((flags[asker]! & F.firstPerson) !== 0) return true;
      // Retold ("when she asked which branch he was at, he hung up"): a question to the caller,
      // not the caller asking ("they asked for his date of birth. He hung up" is the person).
      if ((flags[asker]! & F.subject) !== 0 && !this.sameWord(asker, doer) && j + 1 < n && this.isOneOf(j + 1, CHECK_QUESTIONS)) return true;
    }
    return false;
  }

  private sameWord(a: number, b: number): boolean {
    const { start, end, lastText } = this.tokens;
    return end[a]! - start[a]! === end[b]! - start[b]! && lastText.slice(start[a], end[a]).toLowerCase() === lastText.slice(start[b], end[b]).toLowerCase();
  }

  /** Whether token `i` of the last find() is `word` (lower case), as written in any case. */
  private isWord(i: number, word: string): boolean {
    const { start, end } = this.tokens;
    return end[i]! - start[i]! === word.length && this.tokens.lastText.slice(start[i], end[i]).toLowerCase() === word;
  }

  /** Whether token `i` of the last find() is one of `words` (lower case), as written in any case. */
  private isOneOf(i: number, words: WordSet): boolean {
    if (i < 0 || i >= this.tokens.n) return false;
    return words.hasSpan(this.tokens.lastText, this.tokens.start[i]!, this.tokens.end[i]!);
  }

  /** "did I want to pay": an offer or a request, not a question about a fact (reading `wishes`). */
  private isWish(i: number): boolean {
    return this.hasRole(i, WordRole.Wish);
  }

  /** Whether the words at token `t` are the person's own: "I" or "we" just before or at them ("I did not give", "we refused"), not "the card got declined". */
  private byThePerson(t: number): boolean {
    const { flags } = this.tokens;
    for (let i = t; i >= 0 && i >= t - 2; i--) if ((flags[i]! & F.firstPerson) !== 0) return true;
    return false;
  }

  /**
   * "I shouted", "we both screamed", "I had to shout": the person a few words before
   * token `t` is its doer. "I was shouted at" and "I felt bullied" are done to them.
   */
  private doneByThePerson(t: number): boolean {
    const { flags } = this.tokens;
    for (let j = t - 1; j >= 0 && j >= t - 3; j--) {
      if ((flags[j]! & (F.stopPunct | F.comma)) !== 0 || this.isOneOf(j, PASSIVE_BEFORE_SAY) || this.isOneOf(j, FEELING)) return false;
      if ((flags[j]! & F.firstPerson) !== 0) return true;
    }
    return false;
  }

  /**
   * "I told him…", "we asked them…", "I wanted to…": the person telling, asking or
   * wishing, not the caller. "I was told to" is the caller, and so is "I'd need to
   * pay" or "he said I must": only telling and asking words, and "want", count here.
   */
  private saidByThePerson(i: number): boolean {
    const { flags } = this.tokens;
    if (this.wishedByThePerson(i)) return true;
    if ((flags[i]! & F.say) === 0 && !this.hasRole(i, WordRole.Ask)) return false;
    if (i >= 1 && this.isTeller(i - 1)) return true;
    return i >= 2 && this.isTeller(i - 2) && !this.isOneOf(i - 1, PASSIVE_BEFORE_SAY);
  }

  /** "I wanted to move money between my accounts": a WANT word at token `i` right after "I" or "we", the person's own wish, not the caller's. */
  private wishedByThePerson(i: number): boolean {
    return i >= 1 && (this.tokens.flags[i - 1]! & F.firstPerson) !== 0 && this.isOneOf(i, WANT);
  }

  /** "I", "we" or "you" at token `i`: the person (or, in an organisation's advice, the reader) as the one telling or asking. */
  private isTeller(i: number): boolean {
    return (this.tokens.flags[i]! & F.firstPerson) !== 0 || this.isOneOf(i, YOU);
  }

  /** A "to" within the next three words: "told me to", "told my husband to". */
  private toFollows(i: number): boolean {
    const { flags, n } = this.tokens;
    for (let j = i + 1; j < n && j <= i + 3; j++) {
      if ((flags[j]! & F.to) !== 0) return true;
      if ((flags[j]! & (F.stopPunct | F.comma)) !== 0) return false;
    }
    return false;
  }

  /**
   * Whether a word of telling at token `i` only tells: no "to" and no "would",
   * "will" or the like in the rest of its sentence. "Told me the bill was
   * cleared" tells; "told them they had a few hours to transfer it", "told her
   * someone would come to collect her cards" want something done.
   */
  private onlyTells(i: number): boolean {
    const { flags, n } = this.tokens;
    for (let j = i + 1; j < n && (flags[j]! & F.stopPunct) === 0; j++) if ((flags[j]! & (F.to | F.modal)) !== 0) return false;
    return true;
  }

  /** "it": a thing, not a person who must or must not do something. */
  private isIt(i: number): boolean {
    return this.isWord(i, 'it');
  }

  /** "had been to the door" is a visit, not an obligation. */
  private isBeen(i: number): boolean {
    return this.isWord(i, 'been');
  }

  /**
   * Where the question about a fact holding answer `answer`'s phrase at token `t` starts
   * (found by shape in the last find()), or -1. For a request, also a call or question
   * about a deed told as done ("asked about the gift cards I had bought", "a check on a
   * withdrawal I made"): the deed itself still counts.
   */
  factQuestionAt(t: number, answer: number): number {
    if (!this.factsFound) {
      this.findFactQuestions();
      this.factsFound = true;
    }
    this.aboutPayment = false;
    for (let i = 0; i < this.factCount; i++) if (t > this.factFrom[i]! && t < this.factTo[i]!) return this.factFrom[i]!;
    return this.asks[answer] === 1 ? this.aboutDeedBefore(t, false, this.moneyOut[answer] === 1) : -1;
  }

  /**
   * Money paid told as what the call was about, by the person, before it: "Halifax rang
   * about the £640 I paid yesterday", "rang because I'd sent £2,300 to my son". The
   * "about" or "because" a few words before token `t` (a before-the-call answer's
   * phrase), or -1. Not a loss ("about the £2,000 I'd lost"), and not someone else's deed.
   */
  paidBeforeAbout(t: number): number {
    return this.aboutDeedBefore(t, true);
  }

  /** The "about" of a deed told as done (isAboutWhatWasDone) a few words before token `t`, in its clause, or -1. Looked for only from a request's phrase, not over the whole text. */
  private aboutDeedBefore(t: number, ownPayment = false, moneyAsked = false): number {
    const { flags } = this.tokens;
    for (let j = t - 1; j >= 0 && j >= t - ABOUT_REACH; j--) {
      // ("because" itself ends a clause, so it is looked at first.)
      if (this.isAboutWhatWasDone(j, ownPayment) && t < this.clauseEndToken(j + 2)) return j;
      if (moneyAsked && this.isAboutOwnTransaction(j, t)) {
        this.aboutPayment = true;
        return j;
      }
      if ((flags[j]! & (F.stopPunct | F.comma | F.and | F.break)) !== 0) return -1;
    }
    return -1;
  }

  /**
   * Note the sentences of the last find() where the caller wants something done (a
   * demand word such as "told me to" or "must", an obligation or instruction such as
   * "had to" or "said to send it", a condition with a "not" such as "if I don't pay",
   * or a request read), and those where the caller tells you something ("said",
   * "claimed"). needs-speech phrases count only in those sentences, needs-demand
   * phrases only near the demand's word (hasDemandNear) (waitsFor). Runs once per
   * description, and only when such a phrase was found.
   */
  private findContexts(matches: MatchList): void {
    const { flags, mTok, n, sym } = this.tokens;
    const state = this.negation.state;
    this.contextCount = 0;
    for (let k = 0; k < matches.count; k++) {
      const t = mTok[matches.start[k]!]!;
      if (!counts(state[t]!, false)) continue; // "unless you pay" still demands
      const group = matches.group[k]!;
      const cue = this.cueOf[group];
      // After "to" a word is the person's purpose ("went round to tell her"), not the caller's demand or words.
      const purpose = t > 0 && (flags[t - 1]! & F.to) !== 0;
      if (cue === Cue.Speech) {
        if (!purpose) this.addContext(t, Context.Speech);
        continue;
      }
      if (cue === Cue.Demand && !purpose && !this.saidByThePerson(t)) {
        // "told me the bill was cleared" only tells; "told me to pay the bill", "told her someone would collect her cards" want.
        this.addContext(t, (flags[t]! & F.say) !== 0 && this.onlyTells(t) ? Context.Speech : Context.Demand);
        continue;
      }
      // Doing as asked, a request read (unless it is itself waiting for one) and a refusal ("I did not give them my bank details") make the whole sentence a demand.
      let demand = cue === Cue.Complied;
      const targets = cue === Cue.NeedsDemand || cue === Cue.NeedsSpeech ? EMPTY : this.targets[group]!;
      // Not the person's own deed: "I sent £500 to my grandson" wants nothing of anyone.
      let own = -1; // ownDeedAt(t), found once when needed
      for (let i = 0; i < targets.length && !demand; i++) {
        const g = targets[i]!;
        if (this.request[g] === 1 && (own < 0 ? (own = this.ownDeedAt(t)) : own) === 0 && this.ownDeedOfSameDeed(matches, t, g) === 0 && !(this.moneyOut[g] === 1 && this.meNext(t))) demand = true;
        else if (this.refusal[g] === 1 && this.byThePerson(t)) demand = true;
      }
      if (demand) this.addContext(t, Context.Demand, true);
    }
    for (let i = 0; i < n; i++) {
      const f = flags[i]!;
      const said = counts(state[i]!, false);
      // Not after "to", as above, unless someone tried it: "trying to talk them into giving their card details" still wants.
      const afterTo = i > 0 && (flags[i - 1]! & F.to) !== 0 && !this.isOneOf(i - 2, ATTEMPT);
      const role = sym[i]! < 0 || afterTo ? 0 : this.wordRole[sym[i]!]!;
      // "told me to" wants something done; "told me that", "told Rick we're waiting" only tells.
      // "I told him I'd be there within the hour": the person telling, not the caller wanting.
      if (said && (role & WordRole.Demand) !== 0) this.addContext(i, ((f & F.say) !== 0 && !this.toFollows(i)) || this.saidByThePerson(i) ? Context.Speech : Context.Demand);
      // "had me log on", "talked her through it": someone made to do something.
      else if (said && (role & WordRole.Causative) !== 0 && i + 2 < n && this.isObjectPronoun(i + 1) && (flags[i + 2]! & (F.to | F.stopPunct)) === 0 && !this.byThePerson(i)) this.addContext(i, Context.Demand);
      else if (said && (role & WordRole.Speech) !== 0) this.addContext(i, Context.Speech);
      // "had to", "said to send it", and a condition with a "not": "if I don't pay".
      // Not "I don't have to pay", "no longer have to": an obligation that is not there.
      if (state[i] === Negation.None && (f & (F.aux | F.say)) !== 0 && i + 1 < n && (flags[i + 1]! & F.to) !== 0 && !this.isBeen(i)) this.addContext(i, Context.Demand);
      // "said a text would come and to tell him the code": a second thing the caller said to do.
      else if ((f & F.and) !== 0 && i + 1 < n && (flags[i + 1]! & F.to) !== 0 && this.askedEarlier(i)) this.addContext(i, Context.Demand);
      else if ((f & F.suppose) !== 0 && i + 1 < n && (flags[i + 1]! & F.subject) !== 0 && !this.isIt(i + 1)) {
        // "if I don't pay", "unless you move it": a person, then its "not" (not "if nobody answers", "if it's not an emergency").
        for (let j = i + 2; j < n && j <= i + 3; j++) if ((flags[j]! & F.neg) !== 0) this.addContext(i, Context.Demand);
      }
    }
    // What follows a colon is what was said or wanted before it: "he said he was from HMRC: I was under investigation".
    const { start, lastText } = this.tokens;
    for (let i = 0; i + 1 < n; i++) {
      if ((flags[i]! & F.stopPunct) === 0 || lastText.charCodeAt(start[i]!) !== 58 /* : */) continue;
      const from = this.sentenceStartTok(i);
      let kind = 0;
      for (let c = 0; c < this.contextCount; c++) if (this.contextStarts[c] === from && this.contextKinds[c]! > kind) kind = this.contextKinds[c]!;
      if (kind !== 0) this.addContext(i + 1, kind, true);
    }
    this.indexContexts();
  }

  /**
   * The contexts found, indexed so each look-up is quick however long the text:
   * per sentence start, its strongest context (and whether a demand holds for the
   * whole sentence); per token, the nearest word of wanting at or before it in its sentence.
   */
  private indexContexts(): void {
    const { flags, n } = this.tokens;
    // A few contexts (most descriptions) are quicker to walk than to index.
    this.indexed = this.contextCount > INDEX_FROM;
    if (!this.indexed) return;
    if (this.sentenceCtx.length < n) {
      this.sentenceCtx = new Uint8Array(n * 2);
      this.demandLast = new Int32Array(n * 2);
    }
    const ctx = this.sentenceCtx;
    const last = this.demandLast;
    ctx.fill(0, 0, n);
    last.fill(-1, 0, n);
    for (let c = 0; c < this.contextCount; c++) {
      const s = this.contextStarts[c]!;
      const kind = this.contextKinds[c]!;
      const at = this.contextAt[c]!;
      let v = Math.max(ctx[s]! & KIND_MASK, kind) | (ctx[s]! & WHOLE_DEMAND);
      if ((kind as Context) >= Context.Demand) {
        if (at < 0) v |= WHOLE_DEMAND;
        else last[at] = at;
      }
      ctx[s] = v;
    }
    // Carry each word of wanting forward to the end of its sentence.
    for (let i = 1; i < n; i++) if (last[i]! < 0 && (flags[i - 1]! & F.stopPunct) === 0) last[i] = last[i - 1]!;
  }

  /**
   * The answer match `k` gives for its target `g`. Money given to the person or a
   * person moved is nothing (-1); request words that are the person's own deed are
   * the deed, or only tried (ownOr). A deed right after "to" in a sentence where the
   * caller wants something ("asked me to read out my card number") is the request
   * (wanted-means), not the deed; or nothing (-1) when the same words already name
   * the request ("asked me to read the code out": a passcode asked for). "Got her
   * to let them onto her laptop" and "made me read it out" say it was done.
   */
  wantedOr(matches: MatchList, k: number, g: number): number {
    const t = this.tokens.mTok[matches.start[k]!]!;
    // "He told me to read him the code": a word of telling with a "to" after it wants the deed; it was not done.
    if (this.happened[g] === 1 && this.refusal[g] === 0 && (this.tokens.flags[t]! & F.say) !== 0 && this.toFollows(t)) return -1;
    if (this.claimedTo[g]! >= 0 && this.toldBySomeoneElse(matches, k, t)) return this.claimedTo[g]!;
    // "a £75 charge that must be paid by card", "would have to be handed over": wanted (condition-means), not done.
    if (this.happened[g] === 1 && this.conditionTo[g]! >= 0 && this.obligedPassive(t)) return this.conditionTo[g]!;
    if (this.ownReaction[g] === 1 && this.doneByThePerson(t)) return OWN_REACTION;
    if (this.moneyOut[g] === 1 && (this.toThePerson(matches, k, t) || this.personMoved(t))) return -1;
    if (this.ringsThePerson[g] === 1 && this.callerRingsBack(matches, t)) return -1;
    if (this.request[g] === 1 && t > 0 && this.otherDoerBefore(t) && this.byOtherDoer(matches, t)) return -1;
    const to = this.wantedTo[g]!;
    if (to < 0) return this.compliedTo[g]! >= 0 ? this.ownOr(matches, t, g) : this.ownCheckOr(matches, k, t, g);
    if (t === 0 || (this.tokens.flags[t - 1]! & F.to) === 0 || this.isCausative(t - 2) || this.isCausative(t - 3)) return g;
    this.ensureContexts(matches);
    if (!this.hasContext(t, Context.Demand)) return g;
    const group = this.targets[matches.group[k]!]!;
    for (let i = 0; i < group.length; i++) if (this.request[group[i]!] === 1) return -1;
    return to;
  }

  /** "must be", "should be", "to be" ("has to be", "needs to be") right before token `t`: a deed wanted of someone, in the passive. */
  private obligedPassive(t: number): boolean {
    return t > 1 && this.isWord(t - 1, 'be') && ((this.tokens.flags[t - 2]! & F.to) !== 0 || this.isOneOf(t - 2, OBLIGED));
  }

  /**
   * Whether the deed of match `k`, starting at token `t`, is a state told by
   * someone other than the person (reading claimed-means): the money or the
   * account first, a "has", "had" or "was" inside ("£600 had gone", "the money
   * has been taken"), and a word of telling earlier in its sentence ("he said
   * £600 had gone from my account", "a recorded message telling him £600 had been
   * taken", "I was told the money had gone"). Not a deed with its doer ("lost
   * £30,000", "scammers took her life savings", "she said she'd paid"), nor the
   * person's own telling ("I told the bank £400 had been taken").
   */
  private toldBySomeoneElse(matches: MatchList, k: number, t: number): boolean {
    const { flags } = this.tokens;
    const last = this.tokens.mTok[matches.end[k]! - 1]!;
    // "he said I'd go to prison unless £35,000 was transferred": a condition the caller made, not a state told.
    if (this.negation.state[t] === Negation.Supposed) return false;
    // "£600 had [gone out of my account]": the "had" or "been" just before the phrase is part of it.
    let first = t;
    while (first > 0 && first > t - 2 && (flags[first - 1]! & F.aux) !== 0) first--;
    if (first === t && ((flags[t]! & F.past) !== 0 || this.isIng(t))) return false;
    if ((flags[first]! & (F.subject | F.firstPerson)) !== 0) return false;
    // "a £75 charge that must be paid by card", "needs to be paid": what is wanted or to come, not a state told.
    if (first > 0 && (flags[first - 1]! & (F.subject | F.firstPerson | F.modal | F.to)) !== 0) return false;
    let state = first < t;
    for (let i = t + 1; i <= last && !state; i++) state = (flags[i]! & F.aux) !== 0;
    if (!state) return false;
    for (let j = first - 1; j >= 0 && j >= first - TOLD_WORDS && (flags[j]! & F.stopPunct) === 0; j--) {
      // "the caller took £500": a word of the speech list that is not a verb form is the doer, not the telling.
      const telling = (flags[j]! & F.say) !== 0 || (this.hasRole(j, WordRole.Speech) && ((flags[j]! & F.past) !== 0 || this.isIng(j)));
      if (telling) return !this.saidByThePerson(j) && !this.toFollows(j);
    }
    return false;
  }

  /**
   * Whether token `t` is in what someone was made to do without a "to": "had me
   * move money", "made her read it out", "talked him through installing it". The
   * caller wanted it, and it was done (reading `causatives`). Not when the
   * person did the making ("I talked him in"), when it was only tried, or when
   * the rest of the sentence says no.
   */
  causedAt(t: number): boolean {
    const { flags, n } = this.tokens;
    for (let j = t - 1; j >= 1 && j >= t - CAUSED_WORDS; j--) {
      if ((flags[j]! & F.stopPunct) !== 0) return false;
      if (!this.isObjectPronoun(j) || !this.isCausative(j - 1) || (flags[j + 1]! & F.to) !== 0) continue;
      // "tried to have me…", "wanted to get her…": meant, not done; nor when the person did the making.
      if ((j >= 2 && (flags[j - 2]! & F.to) !== 0) || this.byThePerson(j - 1)) return false;
      // "…but I refused", "…but I didn't": not done.
      for (let k = t; k < n && (flags[k]! & F.stopPunct) === 0; k++) if ((flags[k]! & (F.neg | F.refusal)) !== 0) return false;
      return true;
    }
    return false;
  }

  /**
   * Request words that are the person's own deed, with the person just before them
   * and no word of wanting near: "I sent £500 to my grandson" is money sent (the
   * deed), "I tried to send £500", "we were transferring the deposit" only tried
   * (TRIED: nothing, and a note says so). Otherwise the request `g`.
   */
  private ownOr(matches: MatchList, t: number, g: number): number {
    const own = this.ownDeedAt(t) || this.ownDeedOfSameDeed(matches, t, g);
    if (own === 0 || own === 3 || (own === 1 && this.ownDeedKeep[g] === 1)) return g;
    // "I'll pay any fine", "I'd send it tomorrow": meant, not done ("I'd paid" is done).
    if (own === 1 && this.meantByThePerson(t) && (this.tokens.flags[t]! & F.past) === 0) return g;
    this.ensureContexts(matches);
    if (this.hasDemandNear(t)) return g;
    return own === 2 ? TRIED : this.compliedTo[g]!;
  }

  /**
   * A phrase of `done-not-asked` written as done, with no word of wanting near: "I
   * rang the bank", "they hung up and called her bank" is someone checking for
   * themselves, not the caller asking (OWN: nothing, and a note says so). "He told
   * me to ring the bank" still counts, and so does "I rang the number he gave".
   */
  private ownCheckOr(matches: MatchList, k: number, t: number, g: number): number {
    const checking = this.ownCheck[matches.group[k]!] === 1 || (this.ownCheckAnswer[g] === 1 && this.trustedNumberAfter(matches, k));
    if (!checking || !(this.pastIn(matches, k) || this.meantByThePerson(t))) return g;
    this.ensureContexts(matches);
    return this.hasDemandNear(t, false) ? g : OWN;
  }

  /**
   * Where the number rung came from, told just after match `k` in its clause: a
   * trusted place ("rang the number on my HSBC card", "the number on their website")
   * and no untrusted one ("the number on the card they put through my door").
   */
  private trustedNumberAfter(matches: MatchList, k: number): boolean {
    const { flags, sym, mTok, n } = this.tokens;
    let trusted = false;
    for (let i = mTok[matches.end[k]! - 1]! + 1; i < n && (flags[i]! & (F.stopPunct | F.comma)) === 0; i++) {
      if (this.isOneOf(i, this.untrustedNumbers)) return false;
      if (i <= mTok[matches.end[k]! - 1]! + TRUSTED_NUMBER_WORDS && sym[i]! >= 0 && (this.wordRole[sym[i]!]! & WordRole.Trusted) !== 0) trusted = true;
    }
    return trusted;
  }

  /** The person meaning to do it just before token `t`: "I'd ring them back on 159", "we will call the bank". */
  private meantByThePerson(t: number): boolean {
    const { flags } = this.tokens;
    return t >= 2 && (flags[t - 1]! & F.modal) !== 0 && (flags[t - 2]! & F.firstPerson) !== 0;
  }

  /** Whether a word of match `k` is a past form: "rang the bank", "and phoned 999". */
  private pastIn(matches: MatchList, k: number): boolean {
    const { flags, mTok } = this.tokens;
    for (let p = matches.start[k]!; p < matches.end[k]!; p++) if ((flags[mTok[p]!]! & F.past) !== 0) return true;
    return false;
  }

  /**
   * Money words given to the person, a past form with "me" or "us" right after it
   * and no word of wanting near: "the bank gave me £150", "my neighbour handed me
   * the card". Money coming in is neither asked for nor gone.
   */
  private toThePerson(matches: MatchList, k: number, t: number): boolean {
    if (!this.meNext(t)) return false;
    this.ensureContexts(matches);
    // A deed after the "me" in the phrase ("helped me move it") is the person's, wanted by whoever helped (not an
    // amount or a thing: "gave me £20 credit"). Otherwise only a word of wanting reaching it ("told him to send us
    // the money") makes it asked, not a request or deed elsewhere in the sentence ("I transferred it to her and she
    // paid me back" is money coming back).
    const deedAfterMe = this.tokens.mTok[matches.end[k]! - 1]! > t + 1 && !this.isWord(t + 2, 'back') && (this.tokens.flags[t + 2]! & (F.number | F.money | F.currency | F.article | F.stop)) === 0;
    return !this.hasDemandNear(t, deedAfterMe);
  }

  /**
   * "to ring me back", "she'd call us back", "then ring me back": "me" or "us"
   * right after the word at token `t`, a "to", a "will" or "would", or a "then"
   * just before it, and no word of the caller wanting near: the caller ringing
   * the person (reading rings-the-person). "You need to call us back on 0800…"
   * wants, and "call us back on this number" has nothing before it.
   */
  private callerRingsBack(matches: MatchList, t: number): boolean {
    const { flags } = this.tokens;
    // The phrase may start with its "to" or "then" ("to ring back", "then ring back"): the verb is after it.
    const verb = (flags[t]! & (F.to | F.then)) !== 0 ? t + 1 : t;
    if (verb < 1 || !this.isOneOf(verb + 1, TO_THE_PERSON) || (flags[verb - 1]! & (F.to | F.modal | F.then)) === 0) return false;
    this.ensureContexts(matches);
    return !this.hasDemandNear(t, false);
  }

  /**
   * A person sent or moved, not money: a word of `people-moved`, then "him", "her",
   * "me" or "us", then a direction or the end of the clause ("sent him back to
   * school", "transferred her to another ward", "refused to transfer me, so…");
   * "send him £500" moves money, and "transfer them to a new account" may be the savings.
   */
  private personMoved(t: number): boolean {
    const { flags, n } = this.tokens;
    if (t + 1 >= n || !this.hasRole(t, WordRole.Mover) || !this.isOneOf(t + 1, PERSON_MOVED)) return false;
    return t + 2 >= n || (flags[t + 2]! & (F.to | F.stopPunct | F.comma)) !== 0 || this.isOneOf(t + 2, DIRECTIONS);
  }

  /**
   * Request words with someone else as their doer and no word of wanting near:
   * "someone had tried to take cash out on my card" is card misuse, neither asked
   * for nor done by the person (reading other-doers).
   */
  private byOtherDoer(matches: MatchList, t: number): boolean {
    if (this.ownDeedAt(t) !== 3) return false;
    this.ensureContexts(matches);
    return !this.hasDemandNear(t);
  }

  /**
   * For happened answer `g` of match `k`, left out because it only nearly
   * happened or was only the caller's condition: the asked answers that say what
   * the caller wanted (reading near-miss-means and condition-means). "She nearly lost £5,000 to a man who said he was the
   * police" was asked for money; "I almost gave them my PIN", for the PIN (the
   * phrase's own request, when it has one, before the map's). Only after
   * "nearly" or "almost" (not "could have", which is what might have been), and
   * not with someone else as the doer ("someone nearly took £3,000 from my
   * account"). So is a deed the caller made a condition of ("they couldn't stop
   * the payment unless I read out the code"): it has not happened, but it was
   * wanted. The list is reused by the next call.
   */
  wantedNotDone(matches: MatchList, k: number, g: number): readonly number[] {
    const out = this.wantedOut;
    out.length = 0;
    const first = this.tokens.mTok[matches.start[k]!]!;
    const state = this.negation.state[first];
    if (state !== Negation.Refused && state !== Negation.Supposed) return out;
    const to = state === Negation.Refused ? this.nearMissTo[g]! : this.conditionTo[g]!;
    if (to < 0) return out;
    const { flags } = this.tokens;
    const from = this.negation.from[first]!;
    if (from < 0 || this.otherDoerBefore(from)) return out;
    if (state === Negation.Refused ? (flags[from]! & F.nearMiss) === 0 || (flags[from]! & F.modal) !== 0 : !(this.isOneOf(from, UNLESS) || this.isToldIf(from))) return out;
    const group = this.targets[matches.group[k]!]!;
    for (let i = 0; i < group.length; i++) if (this.request[group[i]!] === 1) out.push(group[i]!);
    if (out.length === 0) out.push(to);
    return out;
  }

  /**
   * An "if" the caller told as a condition: a word of telling, not the person's own,
   * up to three words before it ("he said if I paid £200 the parcel would be
   * released", "told me that if I gave him my card number"). A bare "if" ("if I
   * paid now it would come today") may be the person's own thought.
   */
  private isToldIf(i: number): boolean {
    if (!this.isOneOf(i, IF)) return false;
    const { flags } = this.tokens;
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      if ((flags[j]! & (F.stopPunct | F.comma)) !== 0) break;
      if ((flags[j]! & F.say) !== 0) return !this.saidByThePerson(j);
    }
    // What the caller said would happen, then the condition: "she said my operation could be
    // brought forward if I paid £300", "offering to clear my debts if I paid her £200".
    let outcome = false;
    for (let j = i - 1; j >= 0 && (flags[j]! & F.stopPunct) === 0; j--) {
      if (this.isOneOf(j, OFFERING)) {
        if (!this.byThePerson(j)) return true;
      } else if ((flags[j]! & F.modal) !== 0) outcome = true;
      if ((flags[j]! & F.say) !== 0) return outcome && !this.saidByThePerson(j);
    }
    return false;
  }

  /**
   * Whether a word of reading other-doers is among the few just before token `t`, in
   * its sentence: a cheap first look for byOtherDoer, and someone else's near miss.
   */
  private otherDoerBefore(t: number): boolean {
    const { flags } = this.tokens;
    for (let j = t - 1; j >= 0 && j >= t - OWN_WORDS && (flags[j]! & F.stopPunct) === 0; j--) if (this.hasRole(j, WordRole.OtherDoer)) return true;
    return false;
  }

  /** A past form, then "me" or "us": "gave me", "handed us". "Send me £500" is someone asking. */
  private meNext(t: number): boolean {
    return t + 1 < this.tokens.n && (this.tokens.flags[t]! & F.past) !== 0 && this.isOneOf(t + 1, TO_THE_PERSON);
  }

  /**
   * 1 when the person is the doer just before token `t` ("I sent"), 2 when they only
   * tried ("I tried to send", "I was sending", or anyone "tried to send"), 3 when someone else is ("someone tried
   * to take out £250"), else 0.
   */
  private ownDeedAt(t: number): 0 | 1 | 2 | 3 {
    const { flags } = this.tokens;
    let attempt = this.isProgressive(t);
    for (let j = t; j >= 0 && j >= t - OWN_WORDS; j--) {
      const f = flags[j]!;
      if (j < t && (f & (F.stopPunct | F.comma)) !== 0) break;
      if ((f & F.firstPerson) !== 0) return attempt ? 2 : 1;
      if (j < t && this.hasRole(j, WordRole.OtherDoer)) return 3;
      // The person's own wish ("I wanted to move money"): only meant.
      if (j < t && this.wishedByThePerson(j)) return 2;
      // "had" makes someone do it ("had me move it"), but not in "had tried to".
      if (j < t && (this.hasRole(j, WordRole.Demand | WordRole.Ask | WordRole.Speech | WordRole.Wish) || (this.isCausative(j) && !this.isOneOf(j + 1, ATTEMPT)))) return 0;
      if (this.isOneOf(j, ATTEMPT)) attempt = true;
    }
    // "Adam tried to move £85,000", "she was trying to pay the builder": whoever tried, it was not asked of the person.
    return t >= 2 && (flags[t - 1]! & F.to) !== 0 && this.isOneOf(t - 2, TRIED_TO) ? 2 : 0;
  }

  /**
   * For request words with no doer of their own just before them, the doer of an
   * earlier phrase of the same answer in their clause: one deed told in several
   * phrases. "I tried to move my savings to a new account" only tried, as "move my
   * savings" did; "he told me to move my savings to a new account" still wants it.
   * A deed the person did is not carried (see below).
   */
  private ownDeedOfSameDeed(matches: MatchList, t: number, g: number): 0 | 1 | 2 | 3 {
    const { flags, mTok } = this.tokens;
    // The matches run in order: find the last one starting before t, then look back a few words from there.
    let lo = 0;
    let hi = matches.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (mTok[matches.start[mid]!]! < t) lo = mid + 1;
      else hi = mid;
    }
    let from = -1;
    for (let k = lo - 1; k >= 0; k--) {
      const s = mTok[matches.start[k]!]!;
      if (t - s > SAME_DEED_WORDS) break;
      if (this.targets[matches.group[k]!]!.includes(g)) {
        from = s;
        break;
      }
    }
    if (from < 0) return 0;
    for (let j = from + 1; j < t; j++) {
      if ((flags[j]! & (F.stopPunct | F.comma | F.and)) !== 0) return 0;
      if (this.hasRole(j, WordRole.Demand | WordRole.Ask | WordRole.Speech | WordRole.Wish)) return 0;
    }
    // Only a deed tried or done by someone else carries: "I moved my savings to a new account" may still have been asked.
    const own = this.ownDeedAt(from);
    return own === 1 ? 0 : own;
  }

  /**
   * Whether tokens first..last stand in short quote marks: "a woman from 'the NHS'",
   * "the 'bank' guy", "pretending to be "my son"". A writer puts a caller's name in such
   * quotes to say it was only what the caller claimed. At most SCARE_QUOTE_WORDS words
   * inside, on one line; an apostrophe inside a word ("Mum's") neither opens nor closes
   * one. When so, quoteFrom..quoteTo is the quoted text, marks and all.
   */
  scareQuoted(first: number, last: number): boolean {
    const text = this.tokens.lastText;
    if (this.quotesFor !== text) {
      // Once per text: most hold no quote mark but apostrophes inside words ("don't", "Mum's").
      this.quotesFor = text;
      this.mayQuote = mayHoldQuotes(text);
    }
    if (!this.mayQuote) return false;
    let words = 1;
    let open = this.tokens.start[first]! - 1;
    for (; open >= 0; open--) {
      const c = text.charCodeAt(open);
      if (isQuoteMark(c) && !(open > 0 && isAsciiLetter(text.charCodeAt(open - 1)))) break;
      if (endsQuote(c) || (c === 32 && ++words > SCARE_QUOTE_WORDS)) return false;
    }
    if (open < 0) return false;
    let close = this.tokens.end[last]!;
    for (; close < text.length; close++) {
      const c = text.charCodeAt(close);
      if (isQuoteMark(c) && !(close + 1 < text.length && isAsciiLetter(text.charCodeAt(close + 1)))) break;
      if (endsQuote(c) || (c === 32 && ++words > SCARE_QUOTE_WORDS)) return false;
    }
    if (close >= text.length) return false;
    this.quoteFrom = open;
    this.quoteTo = close + 1;
    return true;
  }

  /** The text scareQuoted last looked at, and whether it holds a quote mark other than an apostrophe inside a word. */
  private quotesFor = '';
  private mayQuote = false;
  /** Where the quote marks scareQuoted last found open and close (the character after the closing mark). */
  quoteFrom = -1;
  quoteTo = -1;

  /** scareQuoted for the whole of tokens first..last, or else for one of them alone ("the 'bank' rang"). */
  scareQuotedIn(first: number, last: number): boolean {
    if (this.scareQuoted(first, last)) return true;
    for (let t = first; t <= last && first !== last; t++) if (this.scareQuoted(t, t)) return true;
    return false;
  }

  /** "was sending", "were transferring": under way, not done. */
  private isProgressive(t: number): boolean {
    if (t < 1 || (this.tokens.flags[t - 1]! & F.stop) === 0 || !this.isIng(t)) return false;
    return this.isOneOf(t - 1, PROGRESSIVE);
  }

  /** Whether token `t` is an -ing word of five letters or more ("sending", not "ring"). */
  private isIng(t: number): boolean {
    const { start, end, lastText } = this.tokens;
    const e = end[t]!;
    // "-ing", in any case: g is 103, n 110, i 105; | 32 lower-cases a letter.
    return e - start[t]! > 4 && (lastText.charCodeAt(e - 1) | 32) === 103 && (lastText.charCodeAt(e - 2) | 32) === 110 && (lastText.charCodeAt(e - 3) | 32) === 105;
  }

  /** Whether match `k` of the last find() is followed at once by a "not": "so I didn't", "which I didn't give". */
  deniedAfter(matches: MatchList, k: number): boolean {
    const next = this.tokens.mTok[matches.end[k]! - 1]! + 1;
    return next < this.tokens.n && (this.tokens.flags[next]! & F.neg) !== 0;
  }

  /**
   * Whether did-as-asked match `k` names its deed ahead of what was asked: "he ended
   * up giving them his PIN" (an -ing word in it), so what follows in its sentence was
   * done, as well as what came before ("so I did").
   */
  doesAhead(matches: MatchList, k: number): boolean {
    const { mTok } = this.tokens;
    for (let p = matches.start[k]!; p < matches.end[k]!; p++) if (this.isIng(mTok[p]!)) return true;
    return false;
  }

  /** "got her to", "made me", "talked him into": the deed that follows was done (reading `causatives`). */
  private isCausative(i: number): boolean {
    return this.hasRole(i, WordRole.Causative);
  }

  /** findContexts once per find(), and only when a phrase needs it. */
  private ensureContexts(matches: MatchList): void {
    if (this.contextsOf === matches) return;
    this.findContexts(matches);
    this.contextsOf = matches;
  }

  private hasRole(i: number, role: WordRole): boolean {
    if (i < 0 || i >= this.tokens.n) return false;
    const s = this.tokens.sym[i]!;
    return s >= 0 && (this.wordRole[s]! & role) !== 0;
  }

  /**
   * Whether match `k` of the last find() waits for something it lacks, and so is not
   * read: Cue.NeedsDemand (no demand in its sentence), Cue.NeedsSpeech (the caller
   * neither tells nor asks there), Cue.NeedsNear (none of its words around it), or
   * Cue.None when it counts. The one rule both readers use.
   */
  waitsFor(matches: MatchList, k: number): Cue {
    this.saidEarlierAt = -1;
    const cue = this.cueOf[matches.group[k]!]! as Cue;
    if (cue === Cue.NeedsNear) return this.isNear(matches, k) ? Cue.None : cue;
    if (cue !== Cue.NeedsDemand && cue !== Cue.NeedsSpeech) return Cue.None;
    this.ensureContexts(matches);
    const t = this.tokens.mTok[matches.start[k]!]!;
    if (cue === Cue.NeedsDemand) return this.hasDemandNear(t) ? Cue.None : cue;
    return this.hasContext(t, Context.Speech) ? Cue.None : cue;
  }

  /** Whether needs-near match `k` of the last find() has one of its words just before or just after it, in its sentence. */
  private isNear(matches: MatchList, k: number): boolean {
    const group = matches.group[k]!;
    const { flags, sym, mTok, n } = this.tokens;
    const before = this.nearBefore[group];
    const after = this.nearAfter[group];
    const first = mTok[matches.start[k]!]!;
    const last = mTok[matches.end[k]! - 1]!;
    if (this.nearOnlyNow[group] === 1) {
      if (this.toldAsPast(first, last)) return false;
      if (before?.size === 0 && after?.size === 0 && this.nearIgnore[group] === undefined) return true;
    }
    if (before) {
      for (let j = first - 1; j >= 0 && j >= first - NEAR_WORDS && (flags[j]! & F.stopPunct) === 0; j--) if (before.has(sym[j]!)) return true;
    }
    if (after) {
      for (let j = last + 1; j < n && j <= last + NEAR_WORDS && (flags[j]! & F.stopPunct) === 0; j++) if (after.has(sym[j]!)) return true;
    }
    const ignore = this.nearIgnore[group];
    return ignore !== undefined && this.saidAfterAndEarlier(first, last, ignore);
  }

  /**
   * Whether the words first..last are told in the past (reading needs-near
   * only-now): the nearest helping verb or past form just before them is in the
   * past ("she was still on the phone"), they start with one ("kept her on the
   * line"), or "was", "were" or "had" is inside them ("the line was still open"). "She says she's
   * still on the phone" and "I've been on hold" are now.
   */
  private toldAsPast(first: number, last: number): boolean {
    const { flags, sym } = this.tokens;
    if ((flags[first]! & F.past) !== 0) return true; // "kept me on the line"
    for (let t = first; t <= last; t++) if ((flags[t]! & (F.past | F.aux)) === (F.past | F.aux)) return true;
    for (let j = first - 1; j >= 0 && j >= first - NEAR_WORDS && (flags[j]! & F.stopPunct) === 0; j--) {
      const f = flags[j]!;
      if ((f & F.past) !== 0) {
        // "have been", "has been": still going on.
        const perfect = sym[j] === this.beSymbol && j > 0 && (flags[j - 1]! & (F.auxBeforePast | F.past)) === F.auxBeforePast;
        return !perfect;
      }
      if ((f & (F.aux | F.modal)) !== 0) return false;
    }
    return false;
  }

  /**
   * Whether a word just after tokens first..last (in its sentence, up to NEAR_WORDS
   * on) was also written before them: "the warranty on my gas boiler. I don't have
   * a gas boiler", "they don't even bank with Barclays". Small words and `ignore`
   * do not count; "to" at once after ("don't have to") is another sense.
   */
  private saidAfterAndEarlier(first: number, last: number, ignore: ReadonlySet<string>): boolean {
    const { flags, start, end, lastText, n } = this.tokens;
    if (last + 1 < n && (flags[last + 1]! & F.to) !== 0) return false;
    const word = (i: number): string => comparable(lastText.slice(start[i], end[i]));
    for (let j = last + 1; j < n && j <= last + NEAR_WORDS && (flags[j]! & F.stopPunct) === 0; j++) {
      if ((flags[j]! & NOT_A_NAME) !== 0) continue;
      const w = word(j);
      if (w.length < 3 || ignore.has(w)) continue;
      for (let i = 0; i < first; i++) {
        if ((flags[i]! & NOT_A_NAME) === 0 && word(i) === w) {
          // The evidence runs on to the end of the name: "don't have a gas boiler".
          let to = j;
          while (to + 1 < n && to + 1 <= last + NEAR_WORDS && (flags[to + 1]! & (NOT_A_NAME | F.stopPunct | F.comma | F.break)) === 0) to++;
          this.saidEarlierAt = to;
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether process match `k` states a rule, with "will", "would", "won't", "may" or
   * "only" in its words ("will never ask"), not a past deed ("she never asked for my
   * PIN"); or gives advice, starting with "if" ("if you're not sure, ring 101").
   */
  isRule(matches: MatchList, k: number): boolean {
    const { mTok, flags } = this.tokens;
    const last = mTok[matches.end[k]! - 1]!;
    // Advice starting "if you're not sure…" covers what follows, as a rule does.
    for (let t = mTok[matches.start[k]!]!; t <= last; t++) if ((flags[t]! & (F.modal | F.suppose)) !== 0) return true;
    return false;
  }

  /** Whether the sentence holding token `t` has the context `at least` (after findContexts()): a demand is also speech. */
  private hasContext(t: number, atLeast: Context): boolean {
    const start = this.sentenceStartTok(t);
    if (this.indexed) return ((this.sentenceCtx[start]! & KIND_MASK) as Context) >= atLeast;
    for (let i = 0; i < this.contextCount; i++) if (this.contextStarts[i] === start && (this.contextKinds[i]! as Context) >= atLeast) return true;
    return false;
  }

  /**
   * Whether a demand reaches token `t` (after findContexts()): one for its whole
   * sentence (unless `wholeSentence` is false), or a word of wanting near it (DEMAND_REACH_BEFORE).
   */
  private hasDemandNear(t: number, wholeSentence = true): boolean {
    const { flags, n } = this.tokens;
    if (!this.indexed) {
      const start = this.sentenceStartTok(t);
      for (let i = 0; i < this.contextCount; i++) {
        if (this.contextStarts[i] !== start || (this.contextKinds[i]! as Context) < Context.Demand) continue;
        const at = this.contextAt[i]!;
        if (at < 0 ? wholeSentence : this.reachesBack(at, t) && at <= t + DEMAND_REACH_AFTER) return true;
      }
      return false;
    }
    const v = this.sentenceCtx[this.sentenceStartTok(t)]!;
    if (wholeSentence && (v & WHOLE_DEMAND) !== 0) return true;
    if (((v & KIND_MASK) as Context) < Context.Demand) return false;
    let e = t;
    while (e + 1 < n && e < t + DEMAND_REACH_AFTER && (flags[e]! & F.stopPunct) === 0) e++;
    const p = this.demandLast[e]!;
    return p >= 0 && this.reachesBack(p, t);
  }

  /**
   * Whether a word of wanting at token `at` reaches forward to token `t`: up to
   * DEMAND_REACH_BEFORE words, not counting an aside between commas that starts
   * "who" or "which" ("convinced by the caller, who said he was her bank, to tell
   * him her PIN").
   */
  private reachesBack(at: number, t: number): boolean {
    if (at >= t - DEMAND_REACH_BEFORE) return true;
    const { flags } = this.tokens;
    for (let j = at + 1; j + 1 < t; j++) {
      if ((flags[j]! & F.comma) === 0 || !this.isOneOf(j + 1, ASIDE_STARTS)) continue;
      for (let k = j + 2; k < t; k++) if ((flags[k]! & F.comma) !== 0) return at >= t - DEMAND_REACH_BEFORE - (k - j + 1);
      return false;
    }
    return false;
  }

  private addContext(t: number, kind: Context, wholeSentence = false): void {
    if (this.contextCount === this.contextStarts.length) {
      this.contextStarts = grown(this.contextStarts, this.contextCount * 2);
      this.contextKinds = grown(this.contextKinds, this.contextCount * 2);
      this.contextAt = grown(this.contextAt, this.contextCount * 2);
    }
    this.contextAt[this.contextCount] = wholeSentence ? -1 : t;
    this.contextStarts[this.contextCount] = this.sentenceStartTok(t);
    this.contextKinds[this.contextCount++] = kind;
  }

  /** The first token of the sentence holding token `t`. */
  private sentenceStartTok(t: number): number {
    const flags = this.tokens.flags;
    let i = t;
    while (i > 0 && (flags[i - 1]! & F.stopPunct) === 0) i--;
    return i;
  }

  /** The negation in force at the first word of match `k` of the last find(). */
  stateAt(matches: MatchList, k: number): Negation {
    const { mTok, flags } = this.tokens;
    const first = mTok[matches.start[k]!]!;
    // A negation inside the words of a phrase that has none of its own: "gave no details", "sent nothing".
    if (this.negFree[matches.group[k]!] === 1) {
      const last = mTok[matches.end[k]! - 1]!;
      for (let t = first + 1; t < last; t++) if ((flags[t]! & F.neg) !== 0) return Negation.All;
    }
    return this.negation.state[first]!;
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
