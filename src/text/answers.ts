// Answers only: the same reading as createReader (read.ts), without the words
// behind each answer, the notes or what was left out. For batch, where a
// million records may carry notes and only the answers are wanted: nothing is
// allocated per call, and answers come out as numbers a caller maps once
// (for example to answer bits).

import type { Answers, RuleSet } from '../rules/types.js';
import { counts, Cue, ReaderCore, sortSmall } from './core.js';
import type { PhraseTarget } from './phrases.js';

export interface AnswerReader {
  /** Every answer that can be read, by number: questions in order, then answers in rule-set order. */
  readonly answers: readonly PhraseTarget[];
  /**
   * Read `text`. The numbers of the answers read are in found[0, count),
   * ascending; returns count. `found` is overwritten by the next call.
   */
  read(text: string): number;
  readonly found: Int32Array;
  /** The answers read from `text` as ids per question: what createReader gives as `answers`. */
  answersOf(text: string): Partial<Answers>;
}

/** Compile the rule set's phrases once; the reader is then called per description. */
export function createAnswerReader(set: RuleSet): AnswerReader {
  const core = new ReaderCore(set);
  const { targets, questionNo, neutral, happened, cueOf, compliedTo, genuineDrop, careCaller, careDrop, careKeep, beforeTheCall, ownCallDrop, ownCallKeep, serviceDrop, serviceKeep, reportedDrop, lastAt, asksOrDoes } = core;
  const found = new Int32Array(core.answers.length);
  // An answer is already in `found` when its mark is this call's number (no clearing between calls).
  const mark = new Uint32Array(core.answers.length);
  let call = 0;

  const read = (text: string): number => {
    if (++call === 0xffffffff) {
      mark.fill(0);
      call = 1;
    }
    const matches = core.find(text);
    let count = 0;
    let real = 0;
    let outcome = 0; // bit 1: said to be genuine, bit 2: said to be a scam
    let genuineAt = -1; // the token where each was last told (as in read.ts)
    let scamAt = -1;
    let questionTo = -1; // a question about a fact runs to here: no request or deed read before it
    let doneTo = -1; // "he ended up giving them…": what is asked from here to this sentence's end was done
    let callers = 0; // bit 1: a care caller read (a hospital, a GP), bit 2: any other caller
    let reported = false; // the person reported a crime before what follows ("after you report a crime")
    let quotedAt = -1; // where the first caller's name in quote marks was read
    for (let k = 0; k < matches.count; k++) {
      const state = core.stateAt(matches, k);
      const cue = cueOf[matches.group[k]!]! as Cue;
      // A phrase waiting for a demand or words near it is not read, but its near miss or condition still is (as in read.ts).
      const waits = core.waitsFor(matches, k) !== Cue.None;
      if (cue === Cue.Question) questionTo = core.questionEnd(matches.end[k]!);
      else if (cue === Cue.Process && core.isRule(matches, k)) questionTo = core.ruleEnd(matches.end[k]!);
      else if (cue === Cue.Reported) reported ||= counts(state, true);
      else if (cue >= Cue.Genuine && cue <= Cue.Complied && counts(state, true)) {
        if (cue === Cue.Genuine) {
          if (!core.isBelieved(core.tokens.mTok[matches.start[k]!]!)) {
            outcome |= 1;
            genuineAt = core.tokens.mTok[matches.start[k]!]!;
          }
        } else if (cue === Cue.Scam) {
          outcome |= 2;
          scamAt = core.tokens.mTok[matches.start[k]!]!;
        }
        else if (!core.deniedAfter(matches, k)) {
          // "so I did": what was asked just before has happened; "ended up giving them…", what follows in its sentence.
          if (core.doesAhead(matches, k)) doneTo = core.sentenceEnd(matches.end[k]!);
          const from = core.compliedReachStart(matches.start[k]!);
          for (let i = 0, n = count; i < n; i++) {
            const to = compliedTo[found[i]!]!;
            if (to < 0 || mark[to] === call || lastAt[found[i]!]! < from) continue;
            mark[to] = call;
            lastAt[to] = matches.start[k]!;
            found[count++] = to;
            real |= 1 << questionNo[to]!;
          }
        }
      }
      const group = targets[matches.group[k]!]!;
      for (let t = 0; t < group.length; t++) {
        const g = core.wantedOr(matches, k, group[t]!);
        if (g < 0) continue;
        if (!counts(state, happened[g] === 1)) {
          // "she nearly lost £5,000 to him", "unless I read out the code": not done, but what was wanted counts.
          for (const wanted of core.wantedNotDone(matches, k, g)) {
            if (mark[wanted] === call) continue;
            mark[wanted] = call;
            lastAt[wanted] = matches.start[k]!;
            found[count++] = wanted;
            real |= 1 << questionNo[wanted]!;
          }
          continue;
        }
        // A caller's name in quote marks ("from 'the NHS'") is what the caller claimed (as in read.ts).
        const quoted = questionNo[g] === 0 && core.scareQuotedIn(core.tokens.mTok[matches.start[k]!]!, core.tokens.mTok[matches.end[k]! - 1]!);
        if (waits && !quoted) continue;
        if (asksOrDoes[g] === 1 && (matches.start[k]! < questionTo || core.factQuestionAt(core.tokens.mTok[matches.start[k]!]!, g) >= 0)) continue;
        // "Halifax rang about the £640 I paid yesterday": paid before the call, which is about it.
        if (beforeTheCall[g] === 1 && core.paidBeforeAbout(core.tokens.mTok[matches.start[k]!]!) >= 0) continue;
        // After "we were burgled", "after you report a crime": the police following it up ("crime reference number").
        if (reported && reportedDrop[g] === 1 && mark[g] !== call) continue;
        lastAt[g] = matches.start[k]!;
        if (quoted && quotedAt < 0) quotedAt = matches.start[k]!;
        if (questionNo[g] === 0) callers |= careCaller[matches.group[k]!] === 1 ? 1 : 2;
        // "had me move money", "ended up giving them my PIN": asked for, and done.
        const done = compliedTo[g]!;
        if (done >= 0 && mark[done] !== call && counts(state, true) && (matches.start[k]! < doneTo || core.causedAt(core.tokens.mTok[matches.start[k]!]!))) {
          mark[done] = call;
          lastAt[done] = matches.start[k]!;
          found[count++] = done;
          real |= 1 << questionNo[done]!;
        }
        // "I asked which bank and he hung up": it felt wrong, as well as nothing happening.
        const fw = core.feltWrongAnswer;
        if (g === core.nothingAnswer && fw >= 0 && mark[fw] !== call && core.hungUpOnCheck(core.tokens.mTok[matches.start[k]!]!)) {
          mark[fw] = call;
          lastAt[fw] = matches.start[k]!;
          found[count++] = fw;
          real |= 1 << questionNo[fw]!;
        }
        if (mark[g] === call) continue;
        mark[g] = call;
        found[count++] = g;
        if (neutral[g] === 0) real |= 1 << questionNo[g]!;
      }
    }
    // Money or card details gone to a caller named only in quote marks: the writer doubts who they were.
    const doubted = core.feltWrongAnswer;
    if (quotedAt >= 0 && doubted >= 0 && mark[doubted] !== call && anyMarked(found, count, core.quotedCallerDoubted)) {
      mark[doubted] = call;
      lastAt[doubted] = quotedAt;
      found[count++] = doubted;
      real |= 1 << questionNo[doubted]!;
    }
    if ((outcome & 1) === 0) {
      // Matching as written costs a lower-casing: only when something could be left out, or a scam told could give way.
      let droppable = outcome === 2;
      for (let i = 0; i < count && !droppable; i++) droppable = genuineDrop[found[i]!] === 1;
      if (droppable && core.saysGenuine(text) !== undefined) {
        outcome |= 1;
        genuineAt = core.genuineExactAt;
      }
    }
    outcome = core.outcomeOf(outcome, genuineAt, scamAt);
    // Said to be genuine (and not a scam): what a real call can seem to ask in a retelling (genuine-drops) is not counted from the text.
    if (outcome === 1) {
      count = removeMarked(found, count, genuineDrop);
      real = realQuestions(found, count, neutral, questionNo);
    }
    // Every caller a hospital, a GP or a school, asking for no money or bank details: their hurry (care-drops) is not counted.
    if (callers === 1 && !anyMarked(found, count, careKeep)) {
      count = removeMarked(found, count, careDrop);
      real = realQuestions(found, count, neutral, questionNo);
    }
    // Money paid told only before the call comes into the story ("I'd sent £950… Three hours later the bank rang") was not the call's doing.
    if (anyMarked(found, count, beforeTheCall)) {
      const from = core.callStoryStart();
      if (from > 0) {
        count = removeMarked(found, count, beforeTheCall, lastAt, from);
        real = realQuestions(found, count, neutral, questionNo);
      }
    }
    // The story opens with the person's own call ("I rang Sky myself… paid the £60 call-out fee by card"): what they did or were asked in it was not a caller's doing.
    if ((outcome & 2) === 0 && anyMarked(found, count, ownCallDrop) && !anyMarked(found, count, ownCallKeep)) {
      const to = core.ownCallEnd(matches);
      if (to >= 0) {
        count = removeMarked(found, count, ownCallDrop, lastAt, to);
        real = realQuestions(found, count, neutral, questionNo);
      }
    }
    // Someone paid for their work ("gave the gardener £60 cash when he finished"), with no caller from an organisation and nothing only a scam asks.
    if ((outcome & 2) === 0 && anyMarked(found, count, serviceDrop) && !anyMarked(found, count, serviceKeep) && core.servicePayment()) {
      count = removeMarked(found, count, serviceDrop);
      real = realQuestions(found, count, neutral, questionNo);
    }
    // A neutral answer ("none", "nothing", "not sure") gives way to a real one of the same question.
    let kept = count;
    if (real !== 0) {
      kept = 0;
      for (let i = 0; i < count; i++) {
        const g = found[i]!;
        if (neutral[g] === 0 || (real & (1 << questionNo[g]!)) === 0) found[kept++] = g;
      }
    }
    sortSmall(found, kept);
    return kept;
  };

  return {
    answers: core.answers,
    found,
    read,
    answersOf(text: string): Partial<Answers> {
      // Numbers ascending are questions in order: the keys come out in the same order as createReader's.
      const out: Partial<Answers> = {};
      const count = read(text);
      for (let i = 0; i < count; i++) {
        const { question, id } = core.answers[found[i]!]!;
        (out[question] ??= []).push(id);
      }
      return out;
    },
  };
}

/**
 * Keep in found[0, count) only the answers not marked in `drop` (with `lastAt`, also
 * those last read at or after match position `before`); returns the new count.
 */
function removeMarked(found: Int32Array, count: number, drop: Uint8Array, lastAt?: Int32Array, before = Infinity): number {
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const g = found[i]!;
    if (drop[g] === 0 || (lastAt !== undefined && lastAt[g]! >= before)) found[kept++] = g;
  }
  return kept;
}

/** Whether any answer in found[0, count) is marked in `marks`. */
function anyMarked(found: Int32Array, count: number, marks: Uint8Array): boolean {
  for (let i = 0; i < count; i++) if (marks[found[i]!] === 1) return true;
  return false;
}

/** A bit per question (QUESTION_IDS order) with a real, not neutral, answer in found[0, count). */
function realQuestions(found: Int32Array, count: number, neutral: Uint8Array, questionNo: Uint8Array): number {
  let real = 0;
  for (let i = 0; i < count; i++) if (neutral[found[i]!] === 0) real |= 1 << questionNo[found[i]!]!;
  return real;
}
