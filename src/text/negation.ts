// Negation and reported absence: "they did not ask for my PIN", "no courier
// came", "without asking for anything". A negator starts a scope that runs to
// the end of its clause: a sentence end, "but", "however", "and then", a new
// subject with its own verb, or a comma that does not go on with a list.
//
// The bias is conservative: when in doubt the scope ends, so a warning sign
// after it still counts ("I told them no, but they kept asking for my PIN").

import { F } from './lexicon.js';
import type { Tokens } from './tokens.js';

export const enum Negation {
  None = 0,
  /** Nothing in the scope happened: "they never asked for money". */
  All = 1,
  /** The person refused: the caller may have asked, but it has not happened ("I did not give them my PIN"). */
  Refused = 2,
  /** A supposition: "unless I paid" says nothing about what has happened. */
  Supposed = 3,
}

/** The second negation of one said twice ("don't say nothing"). */
const DOUBLED = ['nothing', 'nobody', 'noone', 'none', 'nowt', 'no'];
/** Negations that are not the first of one said twice: "without", "neither", "nor". */
const ONLY_ONCE = ['without', 'neither', 'nor'];

/** Someone unnamed, then a word of claiming: what follows is what such callers claim ("don't trust anyone claiming to be the police"). */
const CLAIMERS = ['anyone', 'anybody', 'someone', 'somebody', 'people', 'callers', 'everyone'];
const CLAIMING = ['saying', 'claiming', 'pretending', 'purporting', 'posing'];

/** Looks this far ahead for the verb of a clause or the end of a list. */
const LOOKAHEAD = 12;

export class NegationScanner {
  /** For each token, the negation in force where it starts. */
  state = new Uint8Array(64);
  /** For each token, the token that started that negation (for showing the words). */
  from = new Int32Array(64);

  /** Work out the negation in force at every token of `t`. */
  run(t: Tokens): void {
    if (this.state.length < t.n) {
      this.state = new Uint8Array(t.n * 2);
      this.from = new Int32Array(t.n * 2);
    }
    const flags = t.flags;
    let state: Negation = Negation.None;
    let from = -1;
    // An if-clause has its own subject and verb ("unless I paid"): the first one does not end it.
    let supposedClauses = 0;
    for (let i = 0; i < t.n; i++) {
      this.state[i] = state;
      this.from[i] = from;
      const f = flags[i]!;
      if ((f & F.stopPunct) !== 0) {
        state = Negation.None;
        continue;
      }
      if ((f & F.comma) !== 0) {
        if (state === Negation.None) continue;
        // "nobody from the bank, not even the fraud team, will ask": the aside is the negation's own.
        const aside = this.asideEnd(t, i);
        if (aside > 0) {
          this.state.fill(state, i + 1, aside + 1);
          this.from.fill(from, i + 1, aside + 1);
          i = aside;
        } else if (!this.listGoesOn(t, i)) state = Negation.None;
        continue;
      }
      if (state !== Negation.None) {
        if ((f & F.break) !== 0 && (f & F.neg) === 0) state = Negation.None;
        // "DON'T ANSWER anyone saying they're from Halifax": what such callers claim is told, not denied.
        else if (i > 0 && (f & F.stop) === 0 && writtenAsOneOf(t, i, CLAIMING) && writtenAsOneOf(t, i - 1, CLAIMERS)) state = Negation.None;
        else if ((f & F.and) !== 0 && this.clauseAhead(t, i + 1)) state = Negation.None;
        else if ((f & F.subject) !== 0 && this.verbNext(t, i)) {
          // Only a second subject and verb ends a supposition: the first is the if-clause's own.
          if (state !== Negation.Supposed || supposedClauses++ > 0) state = Negation.None;
        }
      }
      if ((f & F.neg) !== 0) {
        // "if I don't pay": a negation inside a supposition is still only a supposition.
        // "don't say nothing to the staff": said twice, as people do, it is said once, from the second.
        if (state !== Negation.Supposed && ((f & F.or) !== 0 || !this.cancelled(t, i)) && !this.saidTwice(t, i)) {
          state = this.refusing(t, i) ? Negation.Refused : Negation.All;
          from = i;
        }
      } else if ((f & F.refusal) !== 0) {
        if (state !== Negation.All) {
          state = Negation.Refused;
          from = i;
        }
      } else if ((f & F.nearMiss) !== 0 && state === Negation.None && this.nearMiss(t, i)) {
        // Like a refusal: the caller may have asked, but it did not happen.
        state = Negation.Refused;
        from = i;
      } else if ((f & F.suppose) !== 0 && state === Negation.None) {
        state = Negation.Supposed;
        supposedClauses = 0;
        from = i;
      }
    }
  }

  /**
   * "nearly lost", "almost handed over", "could have lost", "I'd have paid": a
   * verb that did not quite happen. Not "almost £5,000 had gone" (an amount),
   * "would have to pay" or "would have the money" (no past form after "have").
   */
  private nearMiss(t: Tokens, i: number): boolean {
    const flags = t.flags;
    if (i + 1 >= t.n) return false;
    const next = flags[i + 1]!;
    if ((flags[i]! & F.modal) === 0) return (next & (F.past | F.aux)) !== 0 && (next & (F.number | F.money)) === 0;
    return t.perfectAt(i + 1);
  }

  /**
   * "don't say nothing", "never tell nobody": a "not" or "never", not past, with a
   * "nothing", "nobody", "none", "nowt" or "no" a few words on in its clause is one
   * negation, said twice; the second starts it, so a phrase holding it ("say nothing")
   * reads as written.
   */
  private saidTwice(t: Tokens, i: number): boolean {
    // A second negation a few words on, by flags alone first: most negations have none.
    let second = -1;
    for (let j = i + 2; j < t.n && j <= i + 4; j++) {
      const f = t.flags[j]!;
      if ((f & (F.stopPunct | F.comma | F.break)) !== 0) return false;
      if ((f & F.neg) !== 0) {
        second = j;
        break;
      }
    }
    if (second < 0 || !writtenAsOneOf(t, second, DOUBLED) || writtenAsOneOf(t, i, DOUBLED) || writtenAsOneOf(t, i, ONLY_ONCE)) return false;
    // Only told to ("don't say nothing to the staff"): "didn't say nothing about paying" tells what did not happen.
    return !(writtenFrom(t, i, 'did') || (i > 0 && writtenAs(t, i - 1, 'did')) || (i + 1 < t.n && (t.flags[i + 1]! & F.past) !== 0));
  }

  /** "not sure", "didn't realise", "not only", "wouldn't stop": the negation is not about what happened. */
  private cancelled(t: Tokens, i: number): boolean {
    for (let j = i + 1; j < t.n && j <= i + 4; j++) {
      const f = t.flags[j]!;
      if ((f & F.cancel) !== 0) return true;
      if ((f & F.skipAfterNeg) === 0) return false;
    }
    return false;
  }

  /**
   * The person says they did not do something ("I did not give them my PIN",
   * "didn't press anything", "I said no"): it has not happened, but the caller
   * may well have asked for it, so only what has happened is left out.
   */
  private refusing(t: Tokens, i: number): boolean {
    const flags = t.flags;
    // "I said no", "told them no".
    if ((flags[i]! & F.no) !== 0) {
      for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
        if ((flags[j]! & F.say) !== 0) return true;
        if ((flags[j]! & F.stop) === 0) break;
      }
    }
    // The verb the negation is about must be something the person does…
    let head = -1;
    for (let j = i + 1; j < t.n && j <= i + 5; j++) {
      const f = flags[j]!;
      if ((f & (F.stopPunct | F.comma)) !== 0) break;
      if ((f & (F.skipAfterNeg | F.stop | F.aux | F.modal)) !== 0) continue;
      head = j;
      break;
    }
    if (head < 0 || (flags[head]! & F.personAction) === 0) return false;
    if ((flags[i]! & F.without) !== 0) return true;
    // "I shouldn't pay", "I must not pay": told not to, not a refusal of something asked ("I shouldn't have paid" is regret).
    const regret = t.perfectAt(i + 1);
    if (!regret && i > 0 && (flags[i - 1]! & F.modal) !== 0 && (writtenFrom(t, i - 1, 'should') || writtenFrom(t, i - 1, 'must'))) return false;
    // …and its subject the person ("I", "we", "client"), or none written ("Didn't give details").
    for (let j = i - 1; j >= 0; j--) {
      const f = flags[j]!;
      if ((f & (F.stopPunct | F.comma | F.break)) !== 0) return true;
      if ((f & F.firstPerson) !== 0) return true;
      if ((f & F.subject) !== 0) return false;
      if ((f & (F.aux | F.modal | F.skipAfterNeg | F.stop)) !== 0) continue;
      return false;
    }
    return true;
  }

  /** A subject followed by its own verb starts a new clause: "…, they wanted my PIN". */
  private verbNext(t: Tokens, i: number): boolean {
    for (let j = i + 1; j < t.n && j <= i + 2; j++) {
      const f = t.flags[j]!;
      if ((f & (F.modal | F.clauseVerb)) !== 0) return true;
      if ((f & F.past) !== 0 && (f & F.aux) === 0) return true;
      if ((f & (F.stop | F.then)) === 0 || (f & F.aux) !== 0) return false;
    }
    return false;
  }

  /** After "and": a verb, a subject or "then" within the next few words means a new clause. */
  private clauseAhead(t: Tokens, from: number): boolean {
    for (let j = from; j < t.n && j < from + 5; j++) {
      const f = t.flags[j]!;
      if ((f & (F.stopPunct | F.comma | F.break)) !== 0) return (f & F.break) !== 0;
      if ((f & (F.subject | F.then | F.to | F.modal | F.clauseVerb | F.aux | F.neg | F.say)) !== 0) return true;
      if ((f & F.past) !== 0) return true;
    }
    return false;
  }

  /**
   * At a comma inside a negation, an aside that is itself a "not" and has no verb,
   * closed by a comma ("nobody, not even the fraud team, will ask…", "none of
   * them, not one, asked…"): the token of its closing comma, or -1.
   */
  private asideEnd(t: Tokens, comma: number): number {
    if (comma + 1 >= t.n || (t.flags[comma + 1]! & F.neg) === 0) return -1;
    for (let j = comma + 2; j < t.n && j <= comma + LOOKAHEAD; j++) {
      const f = t.flags[j]!;
      if ((f & F.comma) !== 0) return j;
      if ((f & (F.stopPunct | F.break | F.modal | F.clauseVerb | F.aux | F.subject | F.say | F.neg)) !== 0) return -1;
      if ((f & F.past) !== 0) return -1;
    }
    return -1;
  }

  /**
   * At a comma inside a negation: the negation goes on only through a list
   * ("no money, cards or PIN"): no verb before the next comma, and an "or",
   * "nor" or "and" to close the list within the next two parts.
   */
  private listGoesOn(t: Tokens, comma: number): boolean {
    let j = comma + 1;
    for (let part = 0; part < 2; part++) {
      const first = j;
      let joined = false;
      for (; j < t.n && j < first + LOOKAHEAD; j++) {
        const f = t.flags[j]!;
        if ((f & F.stopPunct) !== 0) return joined;
        if ((f & F.comma) !== 0) break;
        if (j === first && (f & (F.neg | F.then)) !== 0) return false;
        if ((f & (F.break | F.modal | F.clauseVerb | F.aux | F.subject | F.say)) !== 0) return false;
        if ((f & F.past) !== 0) return false;
        if ((f & (F.or | F.and)) !== 0) joined = true;
      }
      if (joined) return true;
      if (j >= t.n || (t.flags[j]! & F.comma) === 0) return false;
      j++;
    }
    return false;
  }
}

/** Whether token `i` of `t` is written as `word` (lower case), whole. */
function writtenAs(t: Tokens, i: number, word: string): boolean {
  return t.end[i]! - t.start[i]! === word.length && writtenFrom(t, i, word);
}

/** Whether token `i` of `t` is written as one of `words`, looked at by length first (this runs on every word inside a negation). */
function writtenAsOneOf(t: Tokens, i: number, words: readonly string[]): boolean {
  const length = t.end[i]! - t.start[i]!;
  for (let k = 0; k < words.length; k++) if (words[k]!.length === length && writtenFrom(t, i, words[k]!)) return true;
  return false;
}

/** Whether token `i` of `t` is written starting with `word` (lower case): "should", and "shouldn't", whose "not" is a part of the same word. */
function writtenFrom(t: Tokens, i: number, word: string): boolean {
  return t.end[i]! - t.start[i]! >= word.length && t.lastText.slice(t.start[i], t.start[i]! + word.length).toLowerCase() === word;
}
