// From a word as written to the pieces the matcher compares: contractions
// opened up ("didn't" → did + not), British spellings, and a base form
// (asked → ask, rang → ring, cards → card). Suffixes are only taken off when
// the shorter word is one the phrases use, so "spinning" never becomes "pin"
// and "pinned" is not "PIN". Also the flags negation handling needs.

import {
  APOSTROPHE_ENDINGS,
  AUXILIARIES,
  CLAUSE_BREAKERS,
  CLAUSE_VERBS,
  CONTRACTIONS,
  FIRST_PERSON,
  IRREGULAR,
  MODALS,
  MONEY_ALONE,
  MONEY_UNITS,
  NEGATION_CANCELLERS,
  NEAR_MISSES,
  NEGATORS,
  NUMBER_WORDS,
  PERSON_ACTIONS,
  REFUSALS,
  SPELLINGS,
  STOPWORDS,
  SUBJECTS,
  SUPPOSERS,
} from './words.js';

// Word flags (a bit each).
export const F = {
  stop: 1 << 0, // left out when matching phrases
  neg: 1 << 1,
  refusal: 1 << 2,
  suppose: 1 << 3,
  cancel: 1 << 4, // right after a negator: the negation is about the mind ("not sure")
  break: 1 << 5,
  and: 1 << 6,
  or: 1 << 7,
  subject: 1 << 8,
  firstPerson: 1 << 9,
  past: 1 << 10,
  aux: 1 << 11, // be, have, do
  modal: 1 << 12,
  clauseVerb: 1 << 13,
  personAction: 1 << 14,
  number: 1 << 15,
  money: 1 << 16, // an amount on its own: "5k"
  moneyUnit: 1 << 17, // pounds, grand, thousand…
  moneyAlone: 1 << 18, // grand, quid
  auxBeforePast: 1 << 19, // have / had / would: left out before a past form ("I have paid" = "I paid")
  then: 1 << 20,
  to: 1 << 21,
  of: 1 << 22,
  article: 1 << 23, // a, an: "a grand"
  skipAfterNeg: 1 << 24, // "really", "even", "to"…: looked past for a canceller
  stopPunct: 1 << 25,
  comma: 1 << 26,
  currency: 1 << 27,
  say: 1 << 28, // say, tell: "I said no" is a refusal
  no: 1 << 29, // no, nope, nah
  without: 1 << 30,
  nearMiss: 1 << 31, // nearly, almost, could, would: "nearly lost", "could have lost" did not happen
} as const;

/** One piece of a word: most words are one piece, "didn't" is two. */
export interface WordPart {
  /** The base form the matcher compares ("ask" for asked, "{number}" for any number). */
  lemma: string;
  /** Written in the past tense (asked, paid, gave): only such words match a past-tense phrase word. */
  past: boolean;
  /** Written in the -ing form (coming, asking): only such words match an -ing phrase word. */
  ing: boolean;
  flags: number;
}

export const NUMBER_LEMMA = '{number}';
export const MONEY_LEMMA = '{money}';

const VOWELS = 'aeiou';
const isVowel = (ch: string | undefined) => ch !== undefined && VOWELS.includes(ch);

function vowelGroups(s: string): number {
  let groups = 0;
  let inGroup = false;
  for (const ch of s) {
    const v = isVowel(ch) || ch === 'y';
    if (v && !inGroup) groups++;
    inGroup = v;
  }
  return groups;
}

/** Whether a stem left by taking off -ed or -ing most likely had an "e" (grieved → grieve, not griev). */
function likelyE(stem: string): boolean {
  const c = stem[stem.length - 1]!;
  const p = stem[stem.length - 2];
  const pp = stem[stem.length - 3];
  if (c === 'v') return true;
  if ((c === 'c' || c === 'g') && p !== undefined && !isVowel(p) && p !== c) return true;
  if (c === 's' && isVowel(p) && isVowel(pp)) return true;
  return mustHaveE(stem);
}

/**
 * Whether the stem is one syllable ending consonant-vowel-consonant: phon(e),
 * nam(e), cop(e). Such a stem had an "e": a word ending that way doubles its
 * last letter before -ed or -ing ("copping", "hopped"), so "coping" is never "cop".
 */
function mustHaveE(stem: string): boolean {
  const c = stem[stem.length - 1]!;
  const p = stem[stem.length - 2];
  const pp = stem[stem.length - 3];
  return !isVowel(c) && !'wxy'.includes(c) && isVowel(p) && pp !== undefined && !isVowel(pp) && vowelGroups(stem) === 1;
}

const UNDOUBLE = 'bdgmnprt';

/** Possible base forms of a word with a suffix, most likely first; empty when it has none. */
export function suffixCandidates(w: string): { bases: string[]; past: boolean } {
  const n = w.length;
  const none = { bases: [], past: false };
  if (n <= 3) return none;
  const stemForms = (stem: string): string[] => {
    const last = stem[stem.length - 1]!;
    if (stem.length >= 4 && last === stem[stem.length - 2] && UNDOUBLE.includes(last)) return [stem.slice(0, -1), stem];
    if (last === 'e') return [stem];
    if (mustHaveE(stem)) return [stem + 'e'];
    return likelyE(stem) ? [stem + 'e', stem] : [stem, stem + 'e'];
  };
  if (n > 4 && w.endsWith('ied')) return { bases: [w.slice(0, -3) + 'y'], past: true };
  if (n >= 5 && w.endsWith('ed') && !w.endsWith('eed')) return { bases: stemForms(w.slice(0, -2)), past: true };
  if (n >= 6 && w.endsWith('ing')) return { bases: stemForms(w.slice(0, -3)), past: false };
  if (n > 4 && w.endsWith('ies')) return { bases: [w.slice(0, -3) + 'y'], past: false };
  if (n >= 5 && (w.endsWith('sses') || w.endsWith('ches') || w.endsWith('shes') || w.endsWith('xes') || w.endsWith('zes'))) {
    return { bases: [w.slice(0, -2)], past: false };
  }
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return { bases: [w.slice(0, -1)], past: false };
  return none;
}

/** American -ize and -yze to British -ise and -yse (prize and size stay). */
function britishSuffix(w: string): string {
  if (w.length <= 5) return w;
  for (const [us, uk] of [
    ['ization', 'isation'],
    ['izing', 'ising'],
    ['ized', 'ised'],
    ['izes', 'ises'],
    ['ize', 'ise'],
    ['yzed', 'ysed'],
    ['yze', 'yse'],
  ] as const) {
    if (w.endsWith(us)) return w.slice(0, -us.length) + uk;
  }
  return w;
}

function isAllDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 44 || c === 46 || c === 58)) return false;
  }
  return w.length > 0;
}

/** ' ’ ‘ ʼ ` ´ ′ all become ' (the scanner keeps them inside words). */
function straightApostrophes(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    out += c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x60 || c === 0xb4 || c === 0x2032 ? "'" : w[i];
  }
  return out;
}

const withoutApostrophes = (w: string): string => w.split("'").join('');

/** Split a lower-cased word into words: contractions opened, apostrophes dropped, "n.i." read as "ni". */
export function splitWord(raw: string): string[] {
  const w = straightApostrophes(raw.includes('.') ? raw.split('.').join('') : raw);
  const known = CONTRACTIONS.get(w);
  if (known) return [...known];
  const apos = w.lastIndexOf("'");
  if (apos < 0) return [w];
  const head = w.slice(0, apos);
  const tail = w.slice(apos);
  if (tail === "'t" && head.endsWith('n')) {
    const special = CONTRACTIONS.get(`${head}'t`);
    if (special) return [...special];
    return [withoutApostrophes(head.slice(0, -1)), 'not'];
  }
  if (APOSTROPHE_ENDINGS.has(tail)) {
    const more = APOSTROPHE_ENDINGS.get(tail);
    const first = withoutApostrophes(head);
    const firstParts = CONTRACTIONS.get(first) ?? [first];
    return more ? [...firstParts, more] : [...firstParts];
  }
  return [withoutApostrophes(w)]; // o'clock, o'brien
}

/** Flags that depend on the word as written (after contractions and spelling). */
function surfaceFlags(w: string): number {
  let f = 0;
  if (STOPWORDS.has(w)) f |= F.stop;
  if (NEGATORS.has(w)) f |= F.neg;
  if (w === 'no' || w === 'nope' || w === 'nah') f |= F.no;
  if (w === 'without') f |= F.without;
  if (w === 'nor') f |= F.or;
  if (w === 'or') f |= F.or;
  if (REFUSALS.has(w)) f |= F.refusal;
  if (NEAR_MISSES.has(w)) f |= F.nearMiss;
  if (SUPPOSERS.has(w)) f |= F.suppose;
  if (NEGATION_CANCELLERS.has(w)) f |= F.cancel;
  if (CLAUSE_BREAKERS.has(w)) f |= F.break;
  if (w === 'and') f |= F.and;
  if (w === 'then') f |= F.then;
  if (w === 'to') f |= F.to;
  if (w === 'of') f |= F.of;
  if (w === 'a' || w === 'an') f |= F.article;
  if (SUBJECTS.has(w)) f |= F.subject;
  if (FIRST_PERSON.has(w)) f |= F.firstPerson;
  if (MODALS.has(w)) f |= F.modal;
  if (CLAUSE_VERBS.has(w)) f |= F.clauseVerb;
  if (AUXILIARIES.has(w)) f |= F.skipAfterNeg;
  if (w === 'have' || w === 'has' || w === 'had' || w === "'d") f |= F.auxBeforePast;
  return f;
}

/**
 * Reads words against a base vocabulary (the base forms the phrases use).
 * Without a vocabulary (while the phrases themselves are being read) a suffix
 * is taken off on the most likely reading.
 */
export class Lexicon {
  constructor(
    private readonly bases: ReadonlySet<string> = new Set(),
    private readonly otherwise: 'keep' | 'guess' = 'keep',
  ) {}

  /** The pieces of one lower-cased word as written. */
  analyse(raw: string): WordPart[] {
    return splitWord(raw).map((w) => this.part(w));
  }

  /** The word after spelling fixes, before its base form is found. */
  static spelling(written: string): string {
    return britishSuffix(SPELLINGS.get(written) ?? written);
  }

  private part(written: string): WordPart {
    if (written === "'d") return { lemma: 'would', past: false, ing: false, flags: surfaceFlags(written) | F.modal | F.skipAfterNeg | F.nearMiss };
    const w = Lexicon.spelling(written);
    let flags = surfaceFlags(w);
    const first = w.charCodeAt(0);
    // Numbers and amounts: any number matches any number, any amount any amount.
    if (first >= 48 && first <= 57) {
      if (isAllDigits(w)) return { lemma: NUMBER_LEMMA, past: false, ing: false, flags: flags | F.number };
      let k = 0;
      while (k < w.length && isAllDigits(w[k]!)) k++;
      const unit = w.slice(k);
      if (MONEY_UNITS.has(unit) && unit !== 'p' && unit !== 'pence') return { lemma: MONEY_LEMMA, past: false, ing: false, flags: flags | F.number | F.money };
      return { lemma: NUMBER_LEMMA, past: false, ing: false, flags: flags | F.number };
    }
    if (NUMBER_WORDS.has(w)) {
      flags |= F.number;
      if (w === 'thousand' || w === 'thousands' || w === 'million' || w === 'millions') flags |= F.moneyUnit;
      return { lemma: NUMBER_LEMMA, past: false, ing: false, flags };
    }
    if (MONEY_UNITS.has(w)) flags |= F.moneyUnit;
    if (MONEY_ALONE.has(w)) flags |= F.moneyAlone;

    const { lemma, past } = this.base(w);
    if (past) flags |= F.past;
    if (lemma === 'be' || lemma === 'have' || lemma === 'do' || lemma === 'did') flags |= F.aux;
    if (PERSON_ACTIONS.has(lemma)) flags |= F.personAction;
    if (NEGATION_CANCELLERS.has(lemma)) flags |= F.cancel;
    if (CLAUSE_VERBS.has(lemma) && !past) flags |= F.clauseVerb;
    if (lemma === 'say' || lemma === 'tell') flags |= F.say;
    const ing = !past && lemma !== w && w.endsWith('ing');
    return { lemma, past, ing, flags };
  }

  /**
   * Base form: the irregular table, then a suffix taken off when the vocabulary
   * has the shorter word. Otherwise the word stays as written ('keep', for
   * descriptions) or the likeliest base is taken ('guess', for phrases).
   */
  base(w: string, otherwise: 'keep' | 'guess' = this.otherwise): { lemma: string; past: boolean } {
    const irregular = IRREGULAR.get(w);
    if (irregular) return { lemma: irregular.base, past: irregular.past };
    const { bases, past } = suffixCandidates(w);
    if (bases.length === 0) return { lemma: w, past: false };
    for (const b of bases) {
      const viaIrregular = IRREGULAR.get(b);
      if (viaIrregular && !viaIrregular.past) return { lemma: viaIrregular.base, past };
      if (this.bases.has(b)) return { lemma: b, past };
    }
    return { lemma: otherwise === 'guess' ? bases[0]! : w, past };
  }

  /** True when the word has no suffix to take off (it is a base form itself). */
  static isBase(w: string): boolean {
    return IRREGULAR.has(w) || suffixCandidates(w).bases.length === 0;
  }
}
