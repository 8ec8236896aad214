// What a phrase matches in a description: case, punctuation, apostrophes,
// word forms, whole words only, amounts and numbers, gaps, overlaps.
import { describe, expect, it } from 'vitest';
import { createReader } from '../../src/text/read.js';
import { NEUTRAL, phraseSet, TABLE } from './helpers.js';

const read = createReader(phraseSet(TABLE, NEUTRAL));
const ids = (text: string) =>
  read(text)
    .evidence.map((e) => `${e.question}:${e.id}`)
    .sort();

describe('phrase matching', () => {
  it.each([
    // Case, punctuation and apostrophes do not matter.
    ['They wanted my PIN!', ['asked:pin']],
    ['pin?', ['asked:pin']],
    ['he said “DON’T TELL ANYONE”', ['asked:secret']],
    ['he said dont tell anyone', ['asked:secret']],
    ['he said do not tell anyone', ['asked:secret']],
    // Whole words only, and "pin" is never part of another word.
    ['she was spinning a story', []],
    ['I pinned the note up', []],
    ['a pint of milk and an opinion', []],
    ['Barclaycard rang', []],
    // Word forms: a plain word matches every form.
    ['my card was used', ['signs:misused']],
    ['they were asking for passwords', ['asked:pin']],
    ['the recorded messages', ['signs:automated']],
    // A past form matches only the past: "I paid", not "asked me to pay".
    ['I paid them', ['happened:paid']],
    ['I pay my bills by direct debit', []],
    ['he handed over the envelope', ['happened:paid']],
    ['told me to hand over cash', ['asked:cash']],
    // An -ing form matches only -ing: "coming", not "came".
    ['a courier is coming', ['happened:coming']],
    ['the courier came', []],
    ['the taxi is coming at 3', ['happened:coming']],
    // Small words are left out, so "asked me for my PIN" reads like "ask for PIN".
    ['the long number on the card', ['asked:card']],
    ['the long number on my card', ['asked:card']],
    // Any amount matches an amount; any number matches a number.
    ['withdraw £5,000', ['asked:withdraw']],
    ['withdraw 5 grand', ['asked:withdraw']],
    ['withdraw five thousand pounds', ['asked:withdraw']],
    ['withdraw £5k', ['asked:withdraw']],
    ['withdraw a grand', ['asked:withdraw']],
    ['withdraw thousands of pounds', ['asked:withdraw']],
    // A number in words goes on across "and": one amount.
    ['withdraw two and a half thousand pounds', ['asked:withdraw']],
    ['withdraw a hundred and fifty quid', ['asked:withdraw']],
    ['pay 200 quid', ['asked:fee']],
    ['withdraw the form', []],
    ['press one', ['asked:press']],
    ['press 1', ['asked:press']],
    ['press 9', ['asked:press']],
    ['within 24 hours', ['signs:urgent']],
    ['within twenty four hours', ['signs:urgent']],
    // "..." is up to three words.
    ['take out cash', ['asked:withdraw']],
    ['take £500 out', ['asked:withdraw']],
    ['take all my savings out', ['asked:withdraw']],
    ['take the lovely old dog out', ['asked:withdraw']], // small words such as "the" do not count towards the three
    ['take the lovely old brown dog out', []],
    ['a courier will come to collect it', ['asked:cash']],
    // Commas are crossed, sentence ends are not.
    ['Hi, Mum', ['claimed:family']],
    ['Hi. Mum', []],
    ['take. out', []],
    // The phrase with more words wins and hides the one inside it.
    ['an Amazon delivery driver', ['claimed:delivery']],
    ['someone from Amazon', ['claimed:retailer']],
    // Brand names and spellings.
    ['BARCLAYS FRAUD TEAM', ['claimed:bank']],
    ['he is from the bank', ['claimed:bank']],
  ])('%j → %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('shows the words as written, from the first to the last word of the phrase', () => {
    const r = read('He said “Don’t   tell ANYONE”, then asked me for my P.I.N.');
    expect(r.evidence.find((e) => e.id === 'secret')?.words).toEqual(['Don’t   tell ANYONE']);
    const amount = read('they said to withdraw £5,000 straight away');
    expect(amount.evidence.find((e) => e.id === 'withdraw')?.words).toEqual(['withdraw £5,000']);
    expect(amount.evidence.find((e) => e.id === 'urgent')?.words).toEqual(['straight away']);
  });

  it('keeps up to three different spans for one answer, each once', () => {
    const r = read('pin, PIN, password, passcode, pin');
    expect(r.evidence).toEqual([{ question: 'asked', id: 'pin', words: ['pin', 'PIN', 'password'], role: 'caller-asked', roleText: 'the caller asked you to' }]);
    expect(createReader(phraseSet(TABLE), { maxWordsPerAnswer: 1 })('pin and password').evidence[0]!.words).toEqual(['pin']);
  });

  it('lists answers in question order, then in the order of the rule set', () => {
    const r = read('They were recorded message people from Barclays asking for my PIN. I paid £50. Hi mum');
    expect(r.evidence.map((e) => e.id)).toEqual(['bank', 'family', 'pin', 'fee', 'automated', 'paid']);
    expect(r.answers).toEqual({ claimed: ['bank', 'family'], asked: ['pin', 'fee'], signs: ['automated'], happened: ['paid'] });
  });
});
