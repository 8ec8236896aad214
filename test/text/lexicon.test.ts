// Words as the reader sees them: the scanner, contractions, spellings, base forms, amounts.
import { describe, expect, it } from 'vitest';
import { Lexicon, splitWord, suffixCandidates } from '../../src/text/lexicon.js';
import { Punct, scan } from '../../src/text/scan.js';
import { WordSet } from '../../src/text/words.js';

function scanned(text: string): string[] {
  const out: string[] = [];
  scan(text, {
    word: (s, e) => out.push(text.slice(s, e)),
    punct: (kind, at) => out.push(kind === Punct.Stop ? `<stop ${text[at]}>` : kind === Punct.Comma ? '<comma>' : kind === Punct.Currency ? `<${text[at]}>` : '<and>'),
  });
  return out;
}

describe('scanner', () => {
  it('splits words, keeps apostrophes inside words and marks what ends a clause', () => {
    expect(scanned("Don't tell — anyone. He said: “it’s fine”, OK?")).toEqual([
      "Don't", 'tell', '<stop —>', 'anyone', '<stop .>', 'He', 'said', '<stop :>', 'it’s', 'fine', '<comma>', 'OK', '<stop ?>',
    ]);
  });

  it('keeps numbers with separators whole and marks currency signs', () => {
    expect(scanned('£5,000 or €79.99 at 11:40, 5k')).toEqual(['<£>', '5,000', 'or', '<€>', '79.99', 'at', '11:40', '<comma>', '5k']);
  });

  it('reads hyphens and dots inside words as separators, and a spaced dash as a break', () => {
    expect(scanned('co-op e.on one-time - then')).toEqual(['co', 'op', 'e', 'on', 'one', 'time', '<stop ->', 'then']);
  });

  it('keeps initials such as N.I. and D.O.B. as one word', () => {
    expect(scanned('my N.I. number and d.o.b. please')).toEqual(['my', 'N.I.', 'number', 'and', 'd.o.b.', 'please']);
  });

  it('reads & and + as "and", and letters of any script as words', () => {
    expect(scanned('PIN+card M&S café Привет 你好')).toEqual(['PIN', '<and>', 'card', 'M', '<and>', 'S', 'café', 'Привет', '你好']);
  });
});

describe('contractions and apostrophes', () => {
  it.each([
    ["don't", ['do', 'not']],
    ['didn’t', ['did', 'not']],
    ['DIDNT'.toLowerCase(), ['did', 'not']],
    ["won't", ['will', 'not']],
    ["can't", ['can', 'not']],
    ['cannot', ['can', 'not']],
    ["wouldn't", ['would', 'not']],
    ["it's", ['it']],
    ['its', ['it']],
    ["you've", ['you', 'have']],
    ["they're", ['they', 'are']],
    ["i'd", ['i', "'d"]],
    ["he'll", ['he', 'will']],
    ["barclays'", ['barclays']],
    ["o'clock", ['oclock']],
    ['n.i.', ['ni']],
  ])('%s → %j', (word, parts) => {
    expect(splitWord(word)).toEqual(parts);
  });
});

describe('base forms', () => {
  const vocab = new Lexicon(new Set(['ring', 'ask', 'pin', 'phone', 'card', 'stop', 'call', 'press', 'detail']));
  const base = (w: string) => vocab.base(Lexicon.spelling(w));

  it.each([
    ['rang', 'ring', true],
    ['rung', 'ring', true],
    ['ringing', 'ring', false],
    ['asked', 'ask', true],
    ['asking', 'ask', false],
    ['asks', 'ask', false],
    ['phoned', 'phone', true],
    ['phoning', 'phone', false],
    ['cards', 'card', false],
    ['stopped', 'stop', true],
    ['called', 'call', true],
    ['pressed', 'press', true],
    ['details', 'detail', false],
    ['paid', 'pay', true],
    ['gave', 'give', true],
    ['told', 'tell', true],
  ])('%s → %s (past: %s)', (word, lemma, past) => {
    expect(base(word)).toEqual({ lemma, past });
  });

  it('never turns a longer word into "pin"', () => {
    for (const w of ['spinning', 'pinned', 'pinning', 'pint', 'pinch', 'spin', 'pine', 'opinion']) expect(base(w).lemma).not.toBe('pin');
  });

  it('never reads a one-syllable word that had an "e" as the word without it: "coping" is not "cop"', () => {
    const vocabulary = new Lexicon(new Set(['cop', 'hop', 'tim']), 'keep');
    expect(vocabulary.base('coping').lemma).not.toBe('cop');
    expect(vocabulary.base('hoping').lemma).not.toBe('hop');
    expect(vocabulary.base('timed').lemma).not.toBe('tim');
    // A doubled last letter is the word without an "e".
    expect(vocabulary.base('copping').lemma).toBe('cop');
    expect(vocabulary.base('hopped')).toEqual({ lemma: 'hop', past: true });
  });

  it('leaves a word alone when the phrases do not use its shorter form', () => {
    expect(base('morning').lemma).toBe('morning');
    expect(base('parcels').lemma).toBe('parcels');
    expect(base('wanted')).toEqual({ lemma: 'wanted', past: true });
  });

  it('guesses the base of a phrase word from its spelling', () => {
    const guess = new Lexicon(new Set(), 'guess');
    expect(guess.base('phoned').lemma).toBe('phone');
    expect(guess.base('asked').lemma).toBe('ask');
    expect(guess.base('happened').lemma).toBe('happen');
    expect(guess.base('scammed').lemma).toBe('scam');
    expect(guess.base('charged').lemma).toBe('charge');
    expect(suffixCandidates('bus').bases).toEqual([]);
  });

  it('maps American and variant spellings to British ones', () => {
    expect(Lexicon.spelling('jewelry')).toBe('jewellery');
    expect(Lexicon.spelling('license')).toBe('licence');
    expect(Lexicon.spelling('realize')).toBe('realise');
    expect(Lexicon.spelling('authorized')).toBe('authorised');
    expect(Lexicon.spelling('mom')).toBe('mum');
    expect(Lexicon.spelling('prize')).toBe('prize');
    expect(Lexicon.spelling('size')).toBe('size');
  });
});

describe('word sets', () => {
  it('match a span of the text in any case, and nothing else, whatever its length', () => {
    const long = 'a'.repeat(40);
    const set = new WordSet(['was', 'were', long]);
    const text = `He WAS there, they Were not, wasp ${long} ${long}b`;
    const spans = [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].replace(/,$/, '').length] as const);
    expect(spans.filter(([s, e]) => set.hasSpan(text, s, e)).map(([s, e]) => text.slice(s, e))).toEqual(['WAS', 'Were', long]);
  });
});
