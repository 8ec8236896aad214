// A description as tokens, in reusable typed arrays (the reader runs a million
// times in batch, so nothing is allocated per word once a word has been seen).
// Each token keeps where it came from in the original text, for the evidence.

import { F, Lexicon, MONEY_LEMMA, NUMBER_LEMMA } from './lexicon.js';
import { CodeUnits, Punct, scanCodes, wordHash, type ScanSink } from './scan.js';
import {
  AFTER_THAT_THING, BESIDE_THAT_THING, DEEDS_OF_WHAT_WAS_ASKED, PAID_BARE, RETOLD_PAYERS, RETOLD_PAYER_AFTER, ELIDED_SUBJECT_DEEDS, NARRATED_DEEDS, NARRATED_STOPS, THAT_THING, TO_THE_PERSON_WORDS,
} from './words.js';

/** A word the phrases do not use. */
export const NO_SYMBOL = -1;
/** Marks a sentence end in the match stream: no phrase runs across it. */
export const BREAK_SYMBOL = -2;

/** What the matcher compares: a symbol for the base form, another for "this base, in the past tense". */
export interface Symbols {
  /** The symbol of a base form, or NO_SYMBOL. */
  base(lemma: string): number;
  /** The symbol of a base form written in the past tense, or NO_SYMBOL. */
  past(lemma: string): number;
  /** The symbol of a base form written in the -ing form, or NO_SYMBOL. */
  ing(lemma: string): number;
}

/**
 * Seen words → [symbol, form symbol, flags] for each piece. An open-addressing
 * table keyed by the characters in place, so a word seen before costs a hash
 * and a compare, with no string made. Grows to `limit` words, then starts again.
 * Keys and pieces sit in typed arrays: a key's units in `pool`, compared unit by
 * unit with the text's; the pieces of the word in slot `k` in
 * parts[partAt[k], partAt[k] + 3 * partCount[k]).
 */
export class WordCache {
  private keys: (string | undefined)[] = [];
  /** Per slot: where its key starts in `pool` (-1: empty) and its length. */
  private keyAt = new Int32Array(0);
  private keyLength = new Int32Array(0);
  private pool = new Uint16Array(1 << 14);
  private poolUsed = 0;
  /** Per slot: where its pieces start in `parts`, and how many. */
  partAt = new Int32Array(0);
  partCount = new Int32Array(0);
  /** The pieces, three numbers each (symbol, form symbol, flags). */
  parts = new Int32Array(1 << 12);
  private partsUsed = 0;
  /** Per slot: 1 when its word, lower-cased, holds one of the watched strings. */
  watchedAt = new Uint8Array(0);
  private mask = 0;
  private count = 0;
  /** Units of a word given as a string (get), and of a key being placed again (reset): apart, as a lookup can reset. */
  private readonly scratch = new CodeUnits();
  private readonly rehashScratch = new CodeUnits();

  /**
   * `watch`: lower-case strings; watchedAt says whether a word, lower-cased, holds one
   * of them, worked out once per word, so a reader can tell cheaply that a text has none.
   */
  constructor(
    private readonly lexicon: Lexicon,
    private readonly symbols: Symbols,
    private readonly limit = 65_536,
    private readonly watch: readonly string[] = [],
  ) {
    this.reset(1 << 12);
  }

  /** The slot of one lower-cased word (valid until the next lookup). */
  get(word: string): number {
    const codes = this.scratch.load(word);
    return this.lookup(word, codes, 0, word.length, wordHash(codes, 0, word.length));
  }

  /** A copy of the pieces in `slot`. */
  partsOf(slot: number): Int32Array {
    return this.parts.slice(this.partAt[slot], this.partAt[slot]! + 3 * this.partCount[slot]!);
  }

  /**
   * The slot of the word text[s, e) (valid until the next lookup), whose units are codes[s, e):
   * ASCII (any case) or already lower-cased; `h` is its wordHash.
   */
  lookup(text: string, codes: Uint16Array, s: number, e: number, h: number): number {
    const len = e - s;
    const { keyAt, keyLength, pool } = this;
    let slot = h & this.mask;
    for (let at = keyAt[slot]!; at >= 0; at = keyAt[slot]!) {
      if (keyLength[slot] === len) {
        let k = 0;
        for (; k < len; k++) {
          const c = codes[s + k]!;
          if (pool[at + k] !== (c >= 65 && c <= 90 ? c | 32 : c)) break;
        }
        if (k === len) return slot;
      }
      slot = (slot + 1) & this.mask;
    }
    const word = text.slice(s, e).toLowerCase();
    const parts = this.analyse(word);
    if (this.count + 1 > (this.mask + 1) >>> 1) {
      this.reset(this.mask + 1 < this.limit * 2 ? (this.mask + 1) * 2 : this.mask + 1, this.mask + 1 < this.limit * 2);
      return this.lookup(text, codes, s, e, h); // rehashed (or emptied): place it again
    }
    this.place(slot, word, parts);
    return slot;
  }

  private place(slot: number, word: string, parts: Int32Array): void {
    if (this.poolUsed + word.length > this.pool.length) {
      const more = new Uint16Array(Math.max(this.pool.length * 2, this.poolUsed + word.length));
      more.set(this.pool.subarray(0, this.poolUsed));
      this.pool = more;
    }
    const at = this.poolUsed;
    for (let k = 0; k < word.length; k++) this.pool[at + k] = word.charCodeAt(k);
    this.poolUsed += word.length;
    if (this.partsUsed + parts.length > this.parts.length) {
      const more = new Int32Array(Math.max(this.parts.length * 2, this.partsUsed + parts.length));
      more.set(this.parts.subarray(0, this.partsUsed));
      this.parts = more;
    }
    this.parts.set(parts, this.partsUsed);
    this.partAt[slot] = this.partsUsed;
    this.partCount[slot] = parts.length / 3;
    this.partsUsed += parts.length;
    this.keys[slot] = word;
    this.keyAt[slot] = at;
    this.keyLength[slot] = word.length;
    let watched = 0;
    for (let i = 0; i < this.watch.length && watched === 0; i++) if (word.includes(this.watch[i]!)) watched = 1;
    this.watchedAt[slot] = watched;
    this.count++;
  }

  private reset(size: number, keep = false): void {
    const oldKeys = this.keys;
    const oldParts = this.parts;
    const oldAt = this.partAt;
    const oldCount = this.partCount;
    this.keys = new Array<string | undefined>(size);
    this.keyAt = new Int32Array(size).fill(-1);
    this.keyLength = new Int32Array(size);
    this.partAt = new Int32Array(size);
    this.partCount = new Int32Array(size);
    this.parts = new Int32Array(Math.max(1 << 12, keep ? oldParts.length : 0));
    this.watchedAt = new Uint8Array(size);
    this.poolUsed = 0;
    this.partsUsed = 0;
    this.mask = size - 1;
    this.count = 0;
    if (!keep) return;
    oldKeys.forEach((key, i) => {
      if (key === undefined) return;
      let slot = wordHash(this.rehashScratch.load(key), 0, key.length) & this.mask;
      while (this.keyAt[slot]! >= 0) slot = (slot + 1) & this.mask;
      this.place(slot, key, oldParts.subarray(oldAt[i], oldAt[i]! + 3 * oldCount[i]!));
    });
  }

  private analyse(word: string): Int32Array {
    const analysed = this.lexicon.analyse(word);
    const parts = new Int32Array(analysed.length * 3);
    analysed.forEach((p, i) => {
      parts[i * 3] = this.symbols.base(p.lemma);
      parts[i * 3 + 1] = p.past ? this.symbols.past(p.lemma) : p.ing ? this.symbols.ing(p.lemma) : NO_SYMBOL;
      parts[i * 3 + 2] = p.flags;
    });
    return parts;
  }
}

export class Tokens implements ScanSink {
  /** Tokens: words and the punctuation that matters. */
  n = 0;
  start = new Int32Array(64);
  end = new Int32Array(64);
  sym = new Int32Array(64);
  /** The form symbol: past or -ing, when the word is written that way. */
  psym = new Int32Array(64);
  flags = new Int32Array(64);
  /** The match stream: words that count (small words left out), sentence ends as BREAK_SYMBOL. */
  m = 0;
  mSym = new Int32Array(64);
  mPsym = new Int32Array(64);
  /** For each match-stream position, the token it came from. */
  mTok = new Int32Array(64);

  /** 1 when a word of the text read holds one of the cache's watched strings (see WordCache). */
  watched = 0;
  private text = '';
  private readonly units = new CodeUnits();
  private codes: Uint16Array = this.units.codes;
  private readonly numberSym: number;
  private readonly moneySym: number;
  private readonly andParts: Int32Array;
  private readonly percentParts: Int32Array;
  private readonly iParts: Int32Array;
  private readonly toThePerson: ReadonlySet<number>;
  private readonly elidedDeeds: ReadonlySet<number>;
  private readonly didAsAskedParts: Int32Array;
  private readonly deedOfAskedPast: ReadonlySet<number>;
  private readonly thatThingSyms: ReadonlySet<number>;
  /** "she", "he": the person retold, only before a payment told bare ("She paid."). */
  private readonly retoldPayers: ReadonlySet<number>;
  private readonly retoldPayerAfter: ReadonlySet<number>;
  /** Past forms of the deeds that, told bare after "she" or "he", are the person paying ("She paid.", "He transferred."). */
  private readonly paidPast: ReadonlySet<number>;
  private readonly besideThatThing: ReadonlySet<number>;
  private readonly afterThatThing: ReadonlySet<number>;
  private readonly narratedStops: ReadonlySet<number>;
  /** Base symbol → past symbol of NARRATED_DEEDS. */
  private readonly narratedPast = new Map<number, number>();
  /** The symbol of "have" ("'ve"), for "I've give him it" (markNarratedDeeds). */
  private readonly haveSym: number;

  constructor(
    private readonly cache: WordCache,
    symbols: Symbols,
  ) {
    this.numberSym = symbols.base(NUMBER_LEMMA);
    this.moneySym = symbols.base(MONEY_LEMMA);
    this.andParts = cache.partsOf(cache.get('and'));
    this.percentParts = cache.partsOf(cache.get('percent'));
    this.iParts = cache.partsOf(cache.get('i'));
    const symbolsOf = (words: readonly string[]): ReadonlySet<number> => new Set(words.map((w) => symbols.base(w)));
    const pastsOf = (lemmas: readonly string[]): ReadonlySet<number> => new Set(lemmas.map((lemma) => symbols.past(lemma)).filter((sym) => sym !== NO_SYMBOL));
    this.toThePerson = symbolsOf(TO_THE_PERSON_WORDS);
    this.elidedDeeds = pastsOf(ELIDED_SUBJECT_DEEDS);
    this.didAsAskedParts = new Int32Array([...cache.partsOf(cache.get('and')), ...cache.partsOf(cache.get('i')), ...cache.partsOf(cache.get('did'))]);
    this.deedOfAskedPast = pastsOf(DEEDS_OF_WHAT_WAS_ASKED);
    this.thatThingSyms = symbolsOf(THAT_THING);
    this.retoldPayers = symbolsOf(RETOLD_PAYERS);
    this.retoldPayerAfter = symbolsOf(RETOLD_PAYER_AFTER);
    this.paidPast = pastsOf(PAID_BARE);
    this.besideThatThing = symbolsOf(BESIDE_THAT_THING);
    this.afterThatThing = symbolsOf(AFTER_THAT_THING);
    this.narratedStops = symbolsOf(NARRATED_STOPS);
    this.haveSym = symbols.base('have');
    for (const lemma of NARRATED_DEEDS) {
      const base = symbols.base(lemma);
      const past = symbols.past(lemma);
      if (base !== NO_SYMBOL && past !== NO_SYMBOL) this.narratedPast.set(base, past);
    }
  }

  /** The text last read. */
  get lastText(): string {
    return this.text;
  }

  /**
   * Read `text` into tokens and the match stream, replacing what was there. A
   * `description` (not a phrase) is read as people write and speak: the person put
   * before a deed that opens a sentence with no doer (addElidedSubjects), a story told
   * in the present read as done (markNarratedDeeds), and a deed done to "it" read as
   * doing as asked (addDeedsOfWhatWasAsked).
   */
  read(text: string, description = false): this {
    this.text = text;
    this.n = 0;
    this.watched = 0;
    this.codes = this.units.load(text);
    scanCodes(this.codes, text.length, this);
    if (description) {
      this.addElidedSubjects();
      this.markNarratedDeeds();
      this.addDeedsOfWhatWasAsked();
    }
    this.mergeAmounts();
    this.buildMatchStream();
    return this;
  }

  word(s: number, e: number, hash: number, ascii: boolean): void {
    // ASCII words are folded to lower case on the fly; others (é, İ, ’) are lower-cased properly, word by word.
    const cache = this.cache;
    const slot = ascii ? cache.lookup(this.text, this.codes, s, e, hash) : cache.get(this.text.slice(s, e).toLowerCase());
    const parts = cache.parts;
    for (let at = cache.partAt[slot]!, end = at + 3 * cache.partCount[slot]!; at < end; at += 3) this.push(s, e, parts[at]!, parts[at + 1]!, parts[at + 2]!);
    this.watched |= cache.watchedAt[slot]!;
  }

  punct(kind: Punct, at: number): void {
    if (kind === Punct.And || kind === Punct.Percent) {
      this.pushParts(kind === Punct.And ? this.andParts : this.percentParts, at, at + 1);
      return;
    }
    const flags = kind === Punct.Stop ? F.stopPunct : kind === Punct.Comma ? F.comma : F.currency;
    this.push(at, at + 1, NO_SYMBOL, NO_SYMBOL, flags);
  }

  private pushParts(parts: Int32Array, s: number, e: number): void {
    for (let i = 0; i < parts.length; i += 3) this.push(s, e, parts[i]!, parts[i + 1]!, parts[i + 2]!);
  }

  private push(s: number, e: number, sym: number, psym: number, flags: number): void {
    if (this.n === this.start.length) this.grow();
    const i = this.n++;
    this.start[i] = s;
    this.end[i] = e;
    this.sym[i] = sym;
    this.psym[i] = psym;
    this.flags[i] = flags;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const more = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.start = more(this.start);
    this.end = more(this.end);
    this.sym = more(this.sym);
    this.psym = more(this.psym);
    this.flags = more(this.flags);
    this.mSym = more(this.mSym);
    this.mPsym = more(this.mPsym);
    this.mTok = more(this.mTok);
  }

  /** Put the pieces `parts`, spanning text [s, e), before token `at`; how many tokens that adds. */
  private insertParts(at: number, parts: Int32Array, s: number, e: number): number {
    const from = this.n;
    this.pushParts(parts, s, e);
    const added = this.n - from;
    for (const a of [this.start, this.end, this.sym, this.psym, this.flags]) {
      const moved = a.slice(from, this.n);
      a.copyWithin(at + added, at, from);
      a.set(moved, at);
    }
    return added;
  }

  /**
   * A note's sentence that opens with the person's deed and no one doing it ("Paid it
   * this morning.", "Gave him the long number.") has the person as its doer: an "I"
   * is put before it, taking no room in the text. Not "Sent me a link": that is the caller.
   */
  private addElidedSubjects(): void {
    for (let i = 0; i < this.n; i++) {
      if ((i > 0 && (this.flags[i - 1]! & F.stopPunct) === 0) || !this.elidedDeeds.has(this.psym[i]!)) continue;
      if (i + 1 < this.n && this.toThePerson.has(this.sym[i + 1]!)) continue;
      i += this.insertParts(i, this.iParts, this.start[i]!, this.start[i]!);
    }
  }

  /**
   * A story told in the present, as people tell one aloud ("he asks for the code and I
   * give it him", "so I reads it out", "Mum gives him her card number"): the person's deed
   * right after "I", "we" or the person retold ("Mum", "Client") is read as done, its past
   * form. Not after a helping verb, a modal, "if" or "when" before the doer ("should I
   * give", "do I send", "if I pay", "when I give"): asked or supposed.
   */
  private markNarratedDeeds(): void {
    const { sym, psym, flags } = this;
    for (let i = 1; i < this.n; i++) {
      // By flags first: this runs over every word of every description.
      if ((flags[i]! & F.past) !== 0) continue;
      if ((flags[i - 1]! & F.firstPerson) === 0) {
        // "I've give him the card", as spoken: after the person's "have", the base form is the past ("I've given").
        if ((flags[i - 1]! & F.auxBeforePast) === 0 || sym[i - 1] !== this.haveSym || i < 2 || (flags[i - 2]! & F.firstPerson) === 0) continue;
        const given = this.narratedPast.get(sym[i]!);
        if (given === undefined) continue;
        psym[i] = given;
        flags[i] = flags[i]! | F.past;
        continue;
      }
      const past = this.narratedPast.get(sym[i]!);
      if (past === undefined) continue;
      if (i >= 2 && ((flags[i - 2]! & (F.modal | F.aux | F.suppose)) !== 0 || this.narratedStops.has(sym[i - 2]!))) continue;
      psym[i] = past;
      flags[i] = flags[i]! | F.past;
    }
  }

  /**
   * The person's deed done to "it" or "them", what was asked ("he wanted the card
   * number. I gave it to him", "I sent it", "I gave them it"), or done bare at a
   * sentence's end ("Paid."): the same as "and I did", and read so, by putting those
   * words at the end of its sentence, spanning the deed's own words. The doer is the
   * person ("I", "we", or "Mum", "Client" as retold). Not "I didn't give it" or "I
   * never sent it": the deed must come right after the doer.
   */
  private addDeedsOfWhatWasAsked(): void {
    const { sym, psym, flags } = this;
    for (let i = 0; i + 1 < this.n; i++) {
      // Retold of someone else, only opening its sentence or after "and", "so": not "stopped before she paid".
      const first = (flags[i]! & F.firstPerson) !== 0;
      // Most words are neither: settle those before any look-up.
      if (!first && (flags[i + 1]! & (F.past | F.aux)) === 0) continue;
      const retold = !first && this.retoldPayers.has(sym[i]!) && (i === 0 || (flags[i - 1]! & (F.stopPunct | F.and)) !== 0 || this.retoldPayerAfter.has(sym[i - 1]!));
      if (!first && !retold) continue;
      // "I've done it", "Mum has paid it": a helping verb between.
      const deed = i + 2 < this.n && (flags[i + 1]! & F.aux) !== 0 && this.deedOfAskedPast.has(psym[i + 2]!) ? i + 2 : i + 1;
      if (!this.deedOfAskedPast.has(psym[deed]!)) continue;
      let j = deed + 1;
      let thing = false;
      let toWhom = false; // "it to": who got it is named next
      for (; j < this.n && j <= i + 6; j++) {
        // A number is the thing too: "I've sent half", "paid 200".
        if (this.thatThingSyms.has(sym[j]!) || (flags[j]! & F.number) !== 0) thing = true;
        else if (!this.besideThatThing.has(sym[j]!)) break;
        else if (thing && (flags[j]! & F.to) !== 0) toWhom = true;
      }
      const atEnd = j >= this.n || (flags[j]! & F.stopPunct) !== 0;
      // Bare only without a helping verb: "I've withdrawn" (from a job) is no deed of what was asked.
      if (!thing && !(j === deed + 1 && deed === i + 1 && atEnd)) continue;
      // "She paid.": retold of someone else, a payment told bare at the end of its sentence, or any deed done to
      // "it" or "them" that ends it ("She gave them.", "He sent it."), not "she gave them the bag".
      if (retold && (thing ? !atEnd : !this.paidPast.has(psym[deed]!))) continue;
      // "I gave them the number": "them" is who got it, and the thing is named after; "I paid it to the account he
      // gave me": after "it to", who got it.
      if (!atEnd && (flags[j]! & (F.comma | F.and)) === 0 && !this.afterThatThing.has(sym[j]!) && !toWhom) continue;
      // The words go at the end of the sentence, so as not to come between the words of a phrase ("paid it over the phone").
      let end = j;
      while (end < this.n && (flags[end]! & F.stopPunct) === 0) end++;
      i = end + this.insertParts(end, this.didAsAskedParts, this.start[i]!, this.end[j - 1]!) - 1;
    }
  }

  /** A number written as a word ("two", "half"), not digits. */
  private isWordNumber(i: number): boolean {
    const c = this.text.charCodeAt(this.start[i]!);
    return !(c >= 48 && c <= 57) && (this.flags[i]! & F.number) !== 0;
  }

  /**
   * Numbers next to each other become one number; a number with a currency sign
   * or a unit ("£5,000", "5 grand", "five thousand pounds", "thousands of pounds")
   * becomes one amount. In place, one pass.
   */
  private mergeAmounts(): void {
    const { start, end, sym, psym, flags } = this;
    let w = 0;
    for (let r = 0; r < this.n; r++) {
      const f = flags[r]!;
      if ((f & F.number) !== 0) {
        let s = start[r]!;
        let e = end[r]!;
        let money = (f & (F.money | F.moneyUnit)) !== 0;
        if (w > 0 && (flags[w - 1]! & F.currency) !== 0) {
          w--;
          s = start[w]!;
          money = true;
        }
        let q = r + 1;
        for (;;) {
          if (q < this.n && (flags[q]! & F.number) !== 0) {
            e = end[q]!;
            if ((flags[q]! & (F.money | F.moneyUnit)) !== 0) money = true;
            q++;
            continue;
          }
          // "two and a half thousand pounds", "a hundred and fifty quid": a number
          // written in words goes on across "and" (and "a"). Not after digits, so
          // "£500 and two weeks later" stays an amount and a number.
          const next = q < this.n && (flags[q]! & F.and) !== 0 ? (q + 1 < this.n && (flags[q + 1]! & F.article) !== 0 ? q + 2 : q + 1) : -1;
          if (next < 0 || next >= this.n || (flags[next]! & F.number) === 0 || !this.isWordNumber(q - 1) || !this.isWordNumber(next)) break;
          q = next;
        }
        if (q < this.n && (flags[q]! & F.moneyUnit) !== 0) {
          e = end[q]!;
          money = true;
          q++;
        } else if (q + 1 < this.n && (flags[q]! & F.of) !== 0 && (flags[q + 1]! & F.moneyUnit) !== 0) {
          e = end[q + 1]!;
          money = true;
          q += 2;
        }
        start[w] = s;
        end[w] = e;
        sym[w] = money ? this.moneySym : this.numberSym;
        psym[w] = NO_SYMBOL;
        flags[w] = F.number | (money ? F.money : 0);
        w++;
        r = q - 1;
        continue;
      }
      if ((f & F.moneyAlone) !== 0 && w > 0 && (flags[w - 1]! & F.article) !== 0) {
        // "a grand": the amount starts at "a".
        end[w - 1] = end[r]!;
        sym[w - 1] = this.moneySym;
        psym[w - 1] = NO_SYMBOL;
        flags[w - 1] = F.number | F.money;
        continue;
      }
      if (w !== r) {
        start[w] = start[r]!;
        end[w] = end[r]!;
        sym[w] = sym[r]!;
        psym[w] = psym[r]!;
        flags[w] = f;
      }
      w++;
    }
    this.n = w;
  }

  /**
   * The words phrases are matched against: small words left out, "have" and
   * "would" left out before a past form ("I have paid" reads as "I paid"),
   * commas crossed, sentence ends kept as a barrier.
   */
  private buildMatchStream(): void {
    const { flags, sym, psym } = this;
    let m = 0;
    let lastBreak = true;
    for (let i = 0; i < this.n; i++) {
      const f = flags[i]!;
      if ((f & F.stopPunct) !== 0) {
        if (!lastBreak) {
          this.mSym[m] = BREAK_SYMBOL;
          this.mPsym[m] = NO_SYMBOL;
          this.mTok[m] = i;
          m++;
          lastBreak = true;
        }
        continue;
      }
      if ((f & (F.stop | F.comma | F.currency)) !== 0) continue;
      if ((f & F.auxBeforePast) !== 0 && this.nextWordIsPast(i)) continue;
      this.mSym[m] = sym[i]!;
      this.mPsym[m] = psym[i]!;
      this.mTok[m] = i;
      m++;
      lastBreak = false;
    }
    this.m = m;
  }

  /** "had paid", "I'd given", "have sent", "I'd just tried": a have, had or 'd at token `i` with a past form next, small words ("just") aside. */
  perfectAt(i: number): boolean {
    return i + 1 < this.n && (this.flags[i]! & F.auxBeforePast) !== 0 && this.nextWordIsPast(i);
  }

  private nextWordIsPast(i: number): boolean {
    for (let j = i + 1; j < this.n && j <= i + 4; j++) {
      const f = this.flags[j]!;
      if ((f & (F.stopPunct | F.comma)) !== 0) return false;
      if ((f & F.stop) !== 0) continue;
      return (f & F.past) !== 0;
    }
    return false;
  }
}
