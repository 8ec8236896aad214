// Free-text reading: answer ids out of a person's own description of the call,
// with the words that led to each. createReader compiles the rule set's phrases
// once (or loads them as saved at build time: saved-phrases.ts); the reader it
// returns is then called per description, allocating little beyond its result.
// Batch without --explain uses createAnswerReader (answers.ts): same answers, nothing else.
//
// How: tokens (tokens.ts) → negation scopes (negation.ts) → every phrase found
// (matcher.ts) → answers, unless the phrase sits in a negated clause. Text can
// only add answers, so it never lowers the verdict the flags alone would give.

import type { TextEvidence } from '../engine/check.js';
import { QUESTION_IDS, type Answers, type QuestionId, type RuleSet } from '../rules/types.js';
import { counts, Cue, OWN, OWN_REACTION, ReaderCore, sortSmall, TRIED } from './core.js';
import { F } from './lexicon.js';
import { noteWording, type LeftOutReason, type NoteKey, type Suggest } from './notes.js';
import type { Tokens } from './tokens.js';

// Answers only (batch without --explain), from the same bundle; and, for the
// build, the phrases compiled ahead of time (see saved-phrases.ts).
export { createAnswerReader, type AnswerReader } from './answers.js';
export { SAVED_PHRASES_FILE, savePhrases } from './saved-phrases.js';

/** A phrase that was found but not counted, because the description says it did not happen. */
export interface LeftOutPhrase {
  question: QuestionId;
  id: string;
  /** The words, from the negation to the end of the phrase. */
  words: string;
  reason: LeftOutReason;
  /** The wording key of its note, where the reading names one (a needs-near rule's `note`). */
  note?: NoteKey | undefined;
}

export interface DescriptionReading {
  /** Answer ids read from the text. */
  answers: Partial<Answers>;
  /** For each id read, the words that led to it. */
  evidence: TextEvidence[];
  /** Plain-English notes, e.g. "We could not tell who the caller said they were." */
  notes: string[];
  /** Phrases found but not counted (negated, refused or only supposed). */
  leftOut?: LeftOutPhrase[];
}

export interface ReadContext {
  /** Answers already given another way (flags, batch fields): no "could not tell" note for those questions. */
  given?: Partial<Record<QuestionId, readonly string[]>>;
}

export type DescriptionReader = (text: string, context?: ReadContext) => DescriptionReading;

export interface ReaderOptions {
  /** How notes say to add what could not be read: command-line flags (default), interview questions, or not at all. */
  suggest?: Suggest;
  /** Most distinct spans of words kept as evidence for one answer. */
  maxWordsPerAnswer?: number;
  /** Most "we did not count" notes per description. */
  maxLeftOutNotes?: number;
}

/** Longer than this, a left-out span is shown from the phrase only. */
const MAX_LEFT_OUT_SPAN = 100;

const REASONS: LeftOutReason[] = ['negated', 'negated', 'refused', 'supposed', 'genuine', 'question', 'no-demand', 'not-near', 'no-speech', 'process', 'own-attempt', 'own-check', 'own-reaction', 'care', 'before-call', 'reported', 'own-call', 'service', 'about-payment'];
/** leftReason for an answer not counted because the description says the call was genuine. */
const GENUINE = 4;
/** leftReason for a request or deed inside a question about a fact ("asked whether I had…"). */
const QUESTION = 5;
/** leftReason for a needs-demand phrase in a sentence where the caller wants nothing done ("I went straight over"). */
const NO_DEMAND = 6;
/** leftReason for a needs-near phrase without its words around it ("my son got a lift" is not a relative calling). */
const NOT_NEAR = 7;
/** leftReason for a needs-speech phrase in a sentence where the caller neither tells nor asks ("her bank's fraud investigation department"). */
const NO_SPEECH = 8;
/** leftReason for a request or deed in a sentence where an organisation tells its own process ("they won't tell you to move money"). */
const PROCESS = 9;
/** leftReason for request words the person only tried to carry out themselves ("I tried to send £500 to my grandson"). */
const OWN_ATTEMPT = 10;
/** leftReason for a request written as someone checking for themselves ("I rang the bank"). */
const OWN_CHECK = 11;
/** leftReason for an own-reactions answer with the person as its doer ("I shouted yes please"). */
const OWN_REACTION_LEFT = 12;
/** leftReason for a care-drops answer where every caller is a care caller asking for no money or bank details ("the hospital said come straight away"). */
const CARE = 13;
/** leftReason for a before-the-call answer read only before the call comes into the story ("I'd sent £950… Later the bank rang"). */
const BEFORE_CALL = 14;
/** Read after the person says they reported a crime (reading reported-drops): the police following it up. */
const REPORTED = 15;
/** leftReason for an own-call-drops answer read in the person's own call to an organisation ("I rang Sky myself… paid the £60 call-out fee"). */
const OWN_CALL = 16;
/** leftReason for a service-drops answer where someone is paid for their work ("gave the gardener £60 cash when he finished"). */
const SERVICE = 17;
/** leftReason for money asked for that names the person's own payment the call was about ("rang about my £2,000 transfer", "they'd stopped a card payment"). */
const ABOUT_PAYMENT = 18;

const pushNote = (notes: string[], note: string | undefined): void => {
  if (note !== undefined) notes.push(note);
};

/** Compile the rule set's phrases once; the returned reader is called per description. */
export function createReader(set: RuleSet, options: ReaderOptions = {}): DescriptionReader {
  const suggest = options.suggest ?? 'flags';
  const maxWords = options.maxWordsPerAnswer ?? 3;
  const maxLeftOutNotes = options.maxLeftOutNotes ?? 3;
  const core = new ReaderCore(set);
  const { tokens, negation, targets, questionNo, neutral, cueOf, compliedTo, genuineDrop, careCaller, careDrop, careKeep, beforeTheCall, ownCallDrop, ownCallKeep, serviceDrop, serviceKeep, reportedDrop, lastAt, asksOrDoes } = core;
  const wording = noteWording(set);
  const ROLE_OF: Record<string, string> = { claimed: 'caller-claimed', asked: 'caller-asked', signs: 'on-the-call', happened: 'happened' };
  const ROLE_TEXT = new Map(['caller-claimed', 'caller-asked', 'on-the-call', 'happened', 'did-as-asked'].map((r) => [r, wording.text(`role-${r}` as NoteKey)]));
  const roleText = (role: string): string => ROLE_TEXT.get(role)!;
  const happenedAnswer = core.happened;
  const question = core.answers.map((a) => a.question);
  const answerId = core.answers.map((a) => a.id);

  // Per answer, for one call: its evidence, or what was left out and why. Reset after each call.
  const words = new Array<string[] | undefined>(answerId.length);
  const leftWords = new Array<string | undefined>(answerId.length);
  const leftReason = new Uint8Array(answerId.length);
  const leftNote = new Array<NoteKey | undefined>(answerId.length);
  /** Per answer: 1 when it was read from "so I did" after a request (reset after each call). */
  const viaComplied = new Uint8Array(answerId.length);
  const touched: number[] = [];

  /** Leave out every answer read that is marked in `drop` (and last read before match position `before`), for `reason`: it moves from the evidence to the notes. */
  const leaveOut = (drop: Uint8Array, reason: number, before = Infinity): void => {
    for (let t = 0; t < touched.length; t++) {
      const g = touched[t]!;
      if (drop[g] === 1 && words[g] !== undefined && lastAt[g]! < before) {
        leftWords[g] = words[g][0];
        leftReason[g] = reason;
        words[g] = undefined;
      }
    }
  };

  /** Note answer `g` as left out for `reason`, its words from token `from` to its phrase's tokens first..last, unless already read or left out. */
  const leaveOutAt = (text: string, g: number, from: number, first: number, last: number, reason: number): void => {
    if (leftWords[g] !== undefined || words[g] !== undefined) return;
    leftWords[g] = leftOutSpan(text, tokens, from, first, last);
    leftReason[g] = reason;
    touched.push(g);
  };

  /** Whether an answer read (not left out) is marked in `marks`. */
  const anyRead = (marks: Uint8Array): boolean => {
    for (let t = 0; t < touched.length; t++) if (marks[touched[t]!] === 1 && words[touched[t]!] !== undefined) return true;
    return false;
  };

  // The "could not tell" notes for each set of questions not read (a bit per question).
  const notesFor = new Map<number, string[]>();
  const missingNotes = (mask: number): string[] => {
    let notes = notesFor.get(mask);
    if (!notes) {
      const missing = QUESTION_IDS.filter((_, qi) => (mask & (1 << qi)) !== 0);
      notes = missing.map((q) => wording.couldNotTell(q));
      const hint = wording.suggestion(missing, suggest);
      if (hint) notes.push(hint);
      notesFor.set(mask, notes);
    }
    return notes;
  };

  const none: ReadContext = {};

  return (text: string, context: ReadContext = none): DescriptionReading => {
    // Left over only if a previous call stopped half-way: start clean.
    for (const g of touched) words[g] = leftWords[g] = leftNote[g] = undefined;
    touched.length = 0;
    const matches = core.find(text);
    let outcome = 0; // bit 1: said to be genuine, bit 2: said to be a scam
    let genuineAt = -1; // the token where each was last told
    let scamAt = -1;
    let genuineWords: string | undefined;
    let believedWords: string | undefined;
    let processWords: string | undefined;
    let questionTo = -1; // a question about a fact runs to here: no request or deed read before it
    let questionFrom = -1;
    let questionReason = QUESTION;
    let doneTo = -1; // "he ended up giving them…": what is asked from here to this sentence's end was done
    let callers = 0; // bit 1: a care caller read (a hospital, a GP), bit 2: any other caller
    let reported = false; // the person reported a crime before what follows ("after you report a crime")
    let quotedCaller = ''; // the first caller's name read in quote marks ("from 'the NHS'"), and where
    let quotedAt = -1;

    for (let k = 0; k < matches.count; k++) {
      const first = tokens.mTok[matches.start[k]!]!;
      const last = tokens.mTok[matches.end[k]! - 1]!;
      const state = core.stateAt(matches, k);
      let span: string | undefined;
      const cue = cueOf[matches.group[k]!]! as Cue;
      if (cue === Cue.Process) {
        processWords ??= text.slice(tokens.start[first], tokens.end[last]);
        if (core.isRule(matches, k)) {
          // An organisation's rule ("will never ask", "won't tell you to"): what it says it will or won't ask, in the rest of the sentence, is not a request.
          questionTo = core.ruleEnd(matches.end[k]!);
          questionFrom = first;
          questionReason = PROCESS;
        }
      }
      else if (cue === Cue.Question) {
        questionTo = core.questionEnd(matches.end[k]!);
        questionFrom = first;
        questionReason = QUESTION;
      } else if (cue === Cue.Reported) reported ||= counts(state, true);
      else if (cue >= Cue.Genuine && cue <= Cue.Complied && counts(state, true)) {
        span = text.slice(tokens.start[first], tokens.end[last]);
        if (cue === Cue.Genuine) {
          // "I thought it was genuine": a belief at the time, not how the call turned out.
          if (core.isBelieved(first)) believedWords ??= span;
          else {
            outcome |= 1;
            genuineWords ??= span;
            genuineAt = first;
          }
        } else if (cue === Cue.Scam) {
          outcome |= 2;
          scamAt = first;
        }
        else if (!core.deniedAfter(matches, k)) {
          // "so I did": what was asked just before has happened; "ended up giving them…", what follows in its sentence.
          if (core.doesAhead(matches, k)) doneTo = core.sentenceEnd(matches.end[k]!);
          const from = core.compliedReachStart(matches.start[k]!);
          for (let t = 0, n = touched.length; t < n; t++) {
            const g = touched[t]!;
            const to = compliedTo[g]!;
            if (to < 0 || words[g] === undefined || lastAt[g]! < from || words[to] !== undefined) continue;
            if (leftWords[to] === undefined) touched.push(to);
            words[to] = [span];
            lastAt[to] = matches.start[k]!;
            viaComplied[to] = 1;
          }
        }
      }
      const group = targets[matches.group[k]!]!;
      for (let t = 0; t < group.length; t++) {
        const g = core.wantedOr(matches, k, group[t]!);
        if (g === TRIED || g === OWN || g === OWN_REACTION) {
          const asked = group[t]!;
          if (leftWords[asked] === undefined && words[asked] === undefined) {
            leftWords[asked] = text.slice(tokens.start[first], tokens.end[last]);
            leftReason[asked] = g === TRIED ? OWN_ATTEMPT : g === OWN ? OWN_CHECK : OWN_REACTION_LEFT;
            touched.push(asked);
          }
          continue;
        }
        if (g < 0) continue;
        if (!counts(state, happenedAnswer[g] === 1)) {
          // "she nearly lost £5,000 to him", "unless I read out the code": not done, but what was wanted counts.
          for (const wanted of core.wantedNotDone(matches, k, g)) {
            if (words[wanted] !== undefined) continue;
            if (leftWords[wanted] === undefined) touched.push(wanted);
            words[wanted] = [text.slice(tokens.start[negation.from[first]!], tokens.end[last])];
            lastAt[wanted] = matches.start[k]!;
          }
          leaveOutAt(text, g, negation.from[first]!, first, last, state);
          continue;
        }
        const inQuestion = matches.start[k]! < questionTo;
        const asked = asksOrDoes[g] === 1 ? (inQuestion ? questionFrom : core.factQuestionAt(first, g)) : -1;
        if (asked >= 0) {
          leaveOutAt(text, g, asked, first, last, inQuestion ? questionReason : core.aboutPayment ? ABOUT_PAYMENT : QUESTION);
          continue;
        }
        // "Halifax rang about the £640 I paid yesterday": paid before the call, which is about it.
        const paidBefore = beforeTheCall[g] === 1 ? core.paidBeforeAbout(first) : -1;
        if (paidBefore >= 0) {
          leaveOutAt(text, g, paidBefore, first, last, BEFORE_CALL);
          continue;
        }
        // A caller's name in quote marks ("from 'the NHS'", "the 'bank' guy") is what the caller claimed, and the writer doubts it.
        const quoted = questionNo[g] === 0 && core.scareQuotedIn(first, last);
        const waiting = quoted ? Cue.None : core.waitsFor(matches, k);
        if (waiting !== Cue.None) {
          if (leftWords[g] === undefined && words[g] === undefined && !(waiting === Cue.NeedsNear && core.nearQuiet(matches.group[k]!))) {
            leftWords[g] = text.slice(tokens.start[first], tokens.end[last]);
            leftReason[g] = waiting === Cue.NeedsDemand ? NO_DEMAND : waiting === Cue.NeedsSpeech ? NO_SPEECH : NOT_NEAR;
            leftNote[g] = waiting === Cue.NeedsNear ? core.nearNote(matches.group[k]!) : undefined;
            touched.push(g);
          }
          continue;
        }
        // After "we were burgled", "after you report a crime": the police following it up ("crime reference number").
        if (reported && reportedDrop[g] === 1 && words[g] === undefined) {
          if (leftWords[g] === undefined) {
            leftWords[g] = text.slice(tokens.start[first], tokens.end[last]);
            leftReason[g] = REPORTED;
            touched.push(g);
          }
          continue;
        }
        span ??= text.slice(tokens.start[first], tokens.end[Math.max(last, core.saidEarlierAt)]);
        lastAt[g] = matches.start[k]!;
        if (questionNo[g] === 0) callers |= careCaller[matches.group[k]!] === 1 ? 1 : 2;
        // "had me move money", "ended up giving them my PIN": asked for, and done.
        const done = compliedTo[g]!;
        if (done >= 0 && words[done] === undefined && counts(state, true) && (matches.start[k]! < doneTo || core.causedAt(first))) {
          if (leftWords[done] === undefined) touched.push(done);
          words[done] = [span];
          lastAt[done] = matches.start[k]!;
          viaComplied[done] = 1;
        }
        if (quoted && quotedAt < 0) {
          quotedCaller = text.slice(core.quoteFrom, core.quoteTo);
          quotedAt = matches.start[k]!;
        }
        const fw = core.feltWrongAnswer;
        // "I asked which bank and he hung up": it felt wrong, as well as nothing happening.
        if (g === core.nothingAnswer && fw >= 0 && words[fw] === undefined && core.hungUpOnCheck(first)) {
          if (leftWords[fw] === undefined) touched.push(fw);
          words[fw] = [span];
          lastAt[fw] = matches.start[k]!;
        }
        const seen = words[g];
        if (seen === undefined) {
          if (leftWords[g] === undefined) touched.push(g);
          words[g] = [span];
        } else if (seen.length < maxWords && !seen.includes(span)) seen.push(span);
      }
    }

    // Money or card details gone to a caller named only in quote marks: the writer doubts who they were.
    const doubted = core.feltWrongAnswer;
    if (quotedAt >= 0 && doubted >= 0 && words[doubted] === undefined && anyRead(core.quotedCallerDoubted)) {
      if (leftWords[doubted] === undefined) touched.push(doubted);
      words[doubted] = [quotedCaller];
      lastAt[doubted] = quotedAt;
    }
    if ((outcome & 1) === 0) {
      const exact = core.saysGenuine(text);
      if (exact !== undefined) {
        outcome |= 1;
        genuineWords = exact;
        genuineAt = core.genuineExactAt;
      } else believedWords ??= core.believedExact;
    }
    outcome = core.outcomeOf(outcome, genuineAt, scamAt);
    // Said to be genuine (and not a scam): what a real call can seem to ask in a retelling (genuine-drops) is not counted from the text, and the notes say so.
    if (outcome === 1) leaveOut(genuineDrop, GENUINE);
    // Every caller a hospital, a GP or a school, asking for no money or bank details: their hurry (care-drops) is not counted, and the notes say so.
    if (callers === 1 && !anyRead(careKeep)) leaveOut(careDrop, CARE);
    // Money paid told only before the call comes into the story ("I'd sent £950… Three hours later the bank rang") was not the call's doing.
    if (anyRead(beforeTheCall)) {
      const from = core.callStoryStart();
      if (from > 0) leaveOut(beforeTheCall, BEFORE_CALL, from);
    }
    // The story opens with the person's own call to an organisation: what they did or were asked in it was not a caller's doing.
    if ((outcome & 2) === 0 && anyRead(ownCallDrop) && !anyRead(ownCallKeep)) {
      const to = core.ownCallEnd(matches);
      if (to >= 0) leaveOut(ownCallDrop, OWN_CALL, to);
    }
    // Someone paid for their work, with no caller from an organisation and nothing only a scam asks: not a caller's demand.
    if ((outcome & 2) === 0 && anyRead(serviceDrop) && !anyRead(serviceKeep) && core.servicePayment()) leaveOut(serviceDrop, SERVICE);

    // A neutral answer ("none", "nothing", "not sure") gives way to a real one of the same question.
    let real = 0;
    for (let t = 0; t < touched.length; t++) {
      const g = touched[t]!;
      if (words[g] !== undefined && neutral[g] === 0) real |= 1 << questionNo[g]!;
    }
    sortSmall(touched);

    // Ids per question in plain locals, then one object: faster than adding computed keys.
    let claimed: string[] | undefined;
    let asked: string[] | undefined;
    let signs: string[] | undefined;
    let happened: string[] | undefined;
    const evidence: TextEvidence[] = [];
    const left: LeftOutPhrase[] = [];
    let read = 0;
    for (let t = 0; t < touched.length; t++) {
      const g = touched[t]!;
      const w = words[g];
      const q = question[g]!;
      if (w !== undefined && !(neutral[g] === 1 && (real & (1 << questionNo[g]!)) !== 0)) {
        const id = answerId[g]!;
        if (q === 'claimed') (claimed ??= []).push(id);
        else if (q === 'asked') (asked ??= []).push(id);
        else if (q === 'signs') (signs ??= []).push(id);
        else (happened ??= []).push(id);
        const role = viaComplied[g] === 1 ? 'did-as-asked' : ROLE_OF[q]!;
        evidence.push({ question: q, id, words: w, role, roleText: roleText(role) });
        read |= 1 << questionNo[g]!;
      } else if (w === undefined && leftWords[g] !== undefined) {
        const note = leftNote[g];
        left.push({ question: q, id: answerId[g]!, words: leftWords[g], reason: REASONS[leftReason[g]!]!, ...(note === undefined ? {} : { note }) });
      }
      words[g] = undefined;
      leftWords[g] = undefined;
      leftNote[g] = undefined;
      viaComplied[g] = 0;
    }
    touched.length = 0;
    const answers: Partial<Answers> = {};
    if (claimed) answers.claimed = claimed;
    if (asked) answers.asked = asked;
    if (signs) answers.signs = signs;
    if (happened) answers.happened = happened;

    let missing = 0;
    const given = context.given;
    for (let qi = 0; qi < QUESTION_IDS.length; qi++) {
      if ((read & (1 << qi)) === 0 && !(given && (given[QUESTION_IDS[qi]!]?.length ?? 0) > 0)) missing |= 1 << qi;
    }
    const notes = missing === 0 ? [] : missingNotes(missing).slice();
    if (outcome === 1 && genuineWords !== undefined) pushNote(notes, wording.cueNote('outcome-genuine', genuineWords));
    if (outcome !== 1 && believedWords !== undefined) pushNote(notes, wording.cueNote('outcome-believed', believedWords));
    if (outcome === 3 && genuineWords !== undefined) pushNote(notes, wording.cueNote('outcome-both', genuineWords));
    if (processWords !== undefined) pushNote(notes, wording.cueNote('process', processWords));
    for (let i = 0; i < left.length && i < maxLeftOutNotes; i++) notes.push(wording.leftOut(left[i]!.question, left[i]!.id, left[i]!.words, left[i]!.reason, left[i]!.note));

    return left.length > 0 ? { answers, evidence, notes, leftOut: left } : { answers, evidence, notes };
  };
}

/** The words of a left-out phrase from its negation ("did not ask for my PIN"), or the phrase alone when that is long. */
function leftOutSpan(text: string, tokens: Tokens, negator: number, first: number, last: number): string {
  let from = negator >= 0 ? negator : first;
  // Take in the helping verbs before the negator: "did not", not "not".
  while (from > 0 && (tokens.flags[from - 1]! & (F.aux | F.modal)) !== 0) from--;
  if (tokens.end[last]! - tokens.start[from]! > MAX_LEFT_OUT_SPAN) from = first;
  return text.slice(tokens.start[from], tokens.end[last]);
}
