// Negation and reported absence: what the description says did not happen is
// not counted; the scope runs to the end of its clause, and when unsure the
// warning sign counts.
import { describe, expect, it } from 'vitest';
import { createReader } from '../../src/text/read.js';
import { builtinRuleSet } from '../helpers/ruleset.js';
import { NEUTRAL, phraseSet, type PhraseTable } from './helpers.js';

const table: PhraseTable = {
  claimed: { bank: ['from the bank'], police: ['police'] },
  asked: {
    'bank-details': ['bank details', 'card number'],
    money: ['money', 'send money'],
    anything: ['anything'],
    'pin-or-password': ['pin', 'password'],
    'gift-cards': ['gift cards'],
    'press-key': ['press 1', 'press anything'],
    'pay-fee': ['pay', 'i paid'], // a longer phrase hides shorter ones inside it, so "i paid" is listed here too
  },
  signs: { threat: ['arrested'], urgent: ['straight away'] },
  happened: { courier: ['courier came', 'courier is coming'], paid: ['i paid', 'i sent'], 'gave-bank': ['gave ... pin', 'gave ... bank details'], nothing: ['did not give anything'] },
};
const read = createReader(phraseSet(table, NEUTRAL));
const counted = (text: string) => read(text).evidence.map((e) => `${e.question}:${e.id}`);

describe('negated phrases are not counted', () => {
  it.each([
    ['They did not ask for my bank details', 'asked:bank-details'],
    ['He never asked for money', 'asked:money'],
    ['They rang off without asking for anything', 'asked:anything'],
    ["He didn't want my PIN", 'asked:pin-or-password'],
    ['he didn’t want my PIN', 'asked:pin-or-password'],
    ['No courier came', 'happened:courier'],
    ['They never mentioned gift cards', 'asked:gift-cards'],
    ['Nobody asked for my password', 'asked:pin-or-password'],
    ['They did not ask for my PIN or my password', 'asked:pin-or-password'],
    ['They wanted neither my PIN nor my password', 'asked:pin-or-password'],
    ['They did not ask for money, cards or my PIN', 'asked:pin-or-password'],
    ['it was not from the bank', 'claimed:bank'],
    ["They didn't ask for my PIN and password", 'asked:pin-or-password'],
    // An aside that is itself a "not" belongs to the negation around it.
    ['Nobody from the bank, not even the fraud team, will ask for your PIN', 'asked:pin-or-password'],
    // "no longer" is "not any more".
    ['It means I no longer have to pay for lawyers', 'asked:pay-fee'],
  ])('%j leaves out %s', (text, id) => {
    expect(counted(text)).not.toContain(id);
  });
});

describe('a negation said twice, as people do, is said once', () => {
  it('"don\'t say nothing to the staff" asks to keep it secret; "didn\'t say nothing about paying" tells what did not happen', async () => {
    const real = createReader((await builtinRuleSet()).set);
    expect(real("and don't say nothing to the staff cos they might be in on it").answers.asked).toContain('keep-secret');
    expect(real('He said never tell nobody about this call.').answers.asked).toContain('keep-secret');
    expect(real('dentist rang to move my appt, didnt say nothing about paying').answers.asked ?? []).not.toContain('keep-secret');
    expect(real('I never gave him nothing.').answers.happened ?? []).not.toContain('paid');
  });
});

describe('the negation ends with its clause, and a warning sign after it counts', () => {
  it.each([
    ['I told them no, but they kept asking for my PIN', 'asked:pin-or-password'],
    ['I said no. They asked for my PIN', 'asked:pin-or-password'],
    ["They didn't want money, but they did want my password", 'asked:pin-or-password'],
    ["He didn't want my PIN, he wanted my card number", 'asked:bank-details'],
    ['They did not ask for money; they asked for my PIN', 'asked:pin-or-password'],
    ['They did not ask for money and then asked for my PIN', 'asked:pin-or-password'],
    ['They did not ask for money however they wanted my PIN', 'asked:pin-or-password'],
    ["He didn't ask for money, just my PIN", 'asked:pin-or-password'],
    ["He didn't ask for money except my PIN", 'asked:pin-or-password'],
    ['I did not pay and the courier is coming at four', 'happened:courier'],
    ["If I don't pay, I will be arrested", 'signs:threat'],
    ['No, the police rang', 'claimed:police'],
    ['He did not ask for money, not once, but he wanted my PIN', 'asked:pin-or-password'],
    ['Nobody rang, not even once, and then he asked for my PIN', 'asked:pin-or-password'],
    ["DONT ANSWER anyone saying they're from the bank", 'claimed:bank'],
    ["Don't trust anybody claiming to be police", 'claimed:police'],
  ])('%j counts %s', (text, id) => {
    expect(counted(text)).toContain(id);
  });
});

describe('when the negation is about the mind, not about what happened, the sign counts', () => {
  it.each([
    ["I'm not sure whether they asked for my PIN", 'asked:pin-or-password'],
    ["I didn't realise they wanted my PIN", 'asked:pin-or-password'],
    ["I don't know why they wanted my bank details", 'asked:bank-details'],
    ['They would not stop asking for my PIN', 'asked:pin-or-password'],
    ['They wanted not only my PIN but my password', 'asked:pin-or-password'],
    ['Not just my PIN', 'asked:pin-or-password'],
    ['I had no choice but to send money', 'asked:money'],
  ])('%j counts %s', (text, id) => {
    expect(counted(text)).toContain(id);
  });
});

describe('refusing and supposing: asked, but not done', () => {
  it('"I did not give them my PIN" counts the asking, not the giving', () => {
    const ids = counted('I did not give them my PIN');
    expect(ids).toContain('asked:pin-or-password');
    expect(ids).not.toContain('happened:gave-bank');
  });

  it('"I refused to give my bank details" and "I said no to giving my PIN" likewise', () => {
    for (const text of ['I refused to give them my bank details', 'I said no to giving them my PIN']) {
      expect(counted(text).some((id) => id.startsWith('asked:'))).toBe(true);
      expect(counted(text).some((id) => id === 'happened:gave-bank')).toBe(false);
    }
  });

  it('"they did not give me a number" is the caller: nothing is counted', () => {
    expect(counted('They did not give me my bank details back')).not.toContain('asked:bank-details');
  });

  it('"unless I paid" is not something that happened, but the asking for payment counts', () => {
    const ids = counted('They said I would be arrested unless I paid');
    expect(ids).toContain('signs:threat');
    expect(ids).toContain('asked:pay-fee');
    expect(ids).not.toContain('happened:paid');
  });

  it('a phrase that carries its own negation is read as written', () => {
    expect(counted('I did not give them anything')).toEqual(['happened:nothing']);
  });

  it.each([
    'I nearly paid',
    'I very nearly sent money',
    'I almost gave them my PIN',
    'I could have sent money, and they were very pushy',
    "I'd have paid if my son had not come",
  ])('"nearly", "almost" and "could have" did not happen: %s', (text) => {
    const ids = counted(text);
    expect(ids.filter((id) => id.startsWith('happened:'))).toEqual([]);
  });

  it('says what it left out of a near miss', () => {
    expect(read('I almost gave them my PIN').leftOut).toEqual([{ question: 'happened', id: 'gave-bank', words: 'almost gave them my PIN', reason: 'refused' }]);
  });

  it.each([
    ['Almost £5,000 went when I sent money', 'happened:paid'],
    ['Nearly every day since, I sent money', 'happened:paid'],
    ['They must have my PIN because I gave them my PIN', 'happened:gave-bank'],
    ['He said I would have to send money', 'asked:money'],
  ])('an amount, "every", "must have" or "would have to" is not a near miss: %s', (text, id) => {
    expect(counted(text)).toContain(id);
  });
});

describe('limits', () => {
  it('a negation after the phrase is not seen: the warning sign counts (the safer mistake)', () => {
    expect(counted('the police were not involved at all')).toContain('claimed:police');
  });
});

describe('what was left out is said in the notes', () => {
  it('names the words, from the negation, and the answer', () => {
    const r = read('They did not ask for my PIN');
    expect(r.evidence).toEqual([]);
    expect(r.leftOut).toEqual([{ question: 'asked', id: 'pin-or-password', words: 'did not ask for my PIN', reason: 'negated' }]);
    expect(r.notes).toContain('We did not count "did not ask for my PIN" (Label of pin-or-password): your description says it did not happen.');
  });

  it('says nothing about a phrase that was counted elsewhere in the description', () => {
    const r = read("They didn't want my PIN at first. Then they asked for my PIN.");
    expect(r.evidence.map((e) => e.id)).toEqual(['pin-or-password']);
    expect(r.leftOut).toBeUndefined();
  });

  it('notes a refusal as not done, and keeps at most three such notes', () => {
    const r = read('I never gave them my PIN.');
    expect(r.evidence.map((e) => e.id)).toEqual(['pin-or-password']);
    expect(r.leftOut).toEqual([{ question: 'happened', id: 'gave-bank', words: 'never gave them my PIN', reason: 'refused' }]);
    expect(r.notes).toContain('We did not count "never gave them my PIN" as done (Label of gave-bank): your description says it was not.');
    const many = read('No bank details. No card number. No PIN. No password. No gift cards. No money.');
    expect(many.leftOut!.length).toBeGreaterThan(3);
    expect(many.notes.filter((n) => n.startsWith('We did not count')).length).toBe(3);
  });
});
