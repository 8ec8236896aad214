// Reading roles and outcomes (rules/reading.yaml): words in their sense from
// context, an organisation telling its own process, "so I did" after a
// request, and a description saying how the call turned out. Both readers
// (with evidence, and answers only) must agree on all of it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledRuleSet } from '../../src/engine/compile.js';
import { compilePhrases, CUES, cueProblems } from '../../src/text/phrases.js';
import { createAnswerReader, createReader, type AnswerReader, type DescriptionReader } from '../../src/text/read.js';
import { builtinRuleSet } from '../helpers/ruleset.js';
import { check } from '../../src/engine/check.js';
import { checkAnswerIds } from '../../src/engine/answers.js';

let rs: CompiledRuleSet;
let read: DescriptionReader;
let answersOnly: AnswerReader;
beforeAll(async () => {
  rs = await builtinRuleSet();
  read = createReader(rs.set);
  answersOnly = createAnswerReader(rs.set);
});

/** Read `text` with both readers (with evidence, and answers only), which must agree. */
const readBoth = (text: string) => {
  const r = read(text);
  expect(answersOnly.answersOf(text), text).toEqual(r.answers);
  return r;
};

const ids = (text: string, q: 'claimed' | 'asked' | 'signs' | 'happened') => readBoth(text).answers[q] ?? [];

describe('words in their sense', () => {
  it.each([
    ['The engineer came to install the line and the router.', 'asked', 'remote-access'],
    // paying in person later, not over the phone
    ['Currys rang to say my laptop repair is finished and I can pick it up, £65 to pay at the till when I collect.', 'asked', 'hand-over-cash'],
    ['The vet rang, the op went fine and I can pay the £600 by card when I collect him.', 'asked', 'pay-fee'],
    ['The solar firm rang to book the inspection, £85, pay the engineer on the day by card.', 'asked', 'bank-details'],
    ['The parking office phoned about my permit renewal, I can pay at the desk next time.', 'asked', 'pay-fee'],
    ['My grandson phoned, he wants to take me out for lunch on Sunday.', 'asked', 'withdraw-cash'],
    ["Virgin Media rang to say there's an outage in our area, should be back by tonight.", 'signs', 'urgent'],
    ['They cancelled it. New card and PIN are coming separately in the post.', 'asked', 'hand-over-card'],
    ["Mum's hairdresser rang to move her appointment and mentioned she takes cards now as well as cash.", 'asked', 'hand-over-card'],
    ['Barclays app: "Did you just try to pay £14.99 to Netflix?" Yes I had, I pressed yes it was me.', 'asked', 'pay-fee'],
    ['They cancelled it. New card and PIN are coming separately in the post.', 'asked', 'pin-or-password'],
    ["The police rang to say they'd caught the lads who took her handbag, and she should come to the station to help with the investigation.", 'signs', 'investigation'],
    ["Reported my bike stolen online last week. Today an officer rang and said they'd recovered a few bikes from a house in town.", 'signs', 'too-good'],
    ['A policeman rang Mum about her stolen handbag. She rang 101 to check he was real and they put her through to him.', 'asked', 'call-back'],
    ['The bank rang and asked me for the last four numbers on my card to check it was me.', 'asked', 'pin-or-password'],
    ['He said to read out the 6 digit number on the letter from HMRC, my reference.', 'asked', 'pin-or-password'],
    ['She was really Halifax, given the 0800 number on the screen.', 'happened', 'gave-bank'],
    ["Mum thought the bank's call was the safe account scam she'd read about, so she rang the number on her card.", 'asked', 'transfer-money'],
    ['Santander asked whether anyone had told me to make the payment or told me to lie to the bank.', 'asked', 'keep-secret'],
    ['The bank rang, my direct debit bounced and I would be charged unless I put money in by tomorrow.', 'asked', 'hand-over-cash'],
    ['The police rang about my bike, an officer might pop round for a statement.', 'happened', 'courier-coming'],
    ['She said they had stopped it and I should change my password in the app myself.', 'asked', 'pin-or-password'],
    ['A courier came to collect my old laptop for the trade-in I did on the website.', 'asked', 'hand-over-cash'],
    ['The smart meter was installed on Tuesday.', 'happened', 'remote-access-given'],
    ['The hospital rang to move my knee operation to next week.', 'signs', 'investigation'],
    ["The driver couldn't find my address so he rang me.", 'asked', 'personal-details'],
    ['Tesco rang to say sorry and gave me a £10 voucher.', 'asked', 'gift-cards'],
    ['I look after her money under a power of attorney, and the bank rang me.', 'claimed', 'solicitor-or-claims'],
    ['The GP rang back and said it was probably a sickness bug.', 'signs', 'device-problem'],
    ['The washing machine was still under guarantee, so the engineer rang to book a visit.', 'signs', 'too-good'],
    ['The sergeant in charge of the station rang to ask how we were treated.', 'asked', 'pay-fee'],
    ['The hospital rang: she had tried to get out of bed in the night and fallen.', 'asked', 'withdraw-cash'],
    ['The hospital rang and said they suspected a fracture.', 'signs', 'crime-linked'],
    ["The Careline rings to check, and calls an ambulance if you say you've fallen or are hurt.", 'signs', 'threat'],
    ['His brother rang to say Mum was poorly; we found flights, taxi booked for 4.30am.', 'happened', 'courier-coming'],
    ['The GP rang: it is a chest bug going round.', 'signs', 'device-problem'],
    ['She rang to say they wanted me for the job.', 'signs', 'crime-linked'],
    ["The GP rang, and she says it's nothing to worry about, I just need tablets.", 'asked', 'keep-secret'],
    ['She told me it was nobody\'s fault.', 'asked', 'keep-secret'],
    ['The engineer said it was nothing, just a loose wire.', 'asked', 'transfer-money'],
    ["Yorkshire Water rang: there's going to be low pressure tomorrow cos of works.", 'signs', 'urgent'],
    ['Mum\'s cleaner rang and asked if Mum could leave the £40 in cash in the usual envelope on the hall table.', 'asked', 'hand-over-card'],
    ['A courier rang and came to her house; he asked her name and took a photo of it on the doorstep.', 'asked', 'hand-over-cash'],
    ['Electrician rang back with quote for the rewire, £3,800, said he\'ll email it over.', 'asked', 'call-back'],
    ['Rang my bank myself to raise my transfer limit for the house deposit, they did security questions.', 'asked', 'transfer-money'],
    ['Pressed 1 cos it was my holiday booking and it showed as approved in the app after.', 'signs', 'spoofed-number'],
    ['My mate from bowls rang, he says bring a tenner for the raffle.', 'signs', 'too-good'],
    ['My dad told me to pour a kettle over the frozen outlet pipe.', 'signs', 'threat'],
    ['The therapist rang about Mum holding on to the furniture.', 'happened', 'still-on-call'],
    ['I rang 111 again and they said I was still on the list.', 'happened', 'still-on-call'],
    ['The GP rang back and sent me for an urgent blood test the next morning.', 'signs', 'urgent'],
    ['Citizens Advice rang me back about an enquiry I had made.', 'signs', 'investigation'],
    ['The assessor rang and asked what further evidence I could send about my condition.', 'signs', 'investigation'],
    ['The receptionist said the urgent duty nurse would ring me in the afternoon.', 'signs', 'urgent'],
    ['The nursery manager rang. She said nothing had happened during the day.', 'asked', 'keep-secret'],
    ['If you cannot pay in one go, the tax office will agree time to pay.', 'signs', 'too-good'],
    ['She did as she was told and lost everything.', 'signs', 'threat'],
    ['BT rang to say the line was fixed, so at least someone was coming.', 'happened', 'courier-coming'],
    ["The clinic said she'd check my notes and ring back.", 'asked', 'call-back'],
    ['A man said he was from Windows. My daughter says I did right to hang up.', 'claimed', 'family'],
    ['Their customer service desk rang me back about my order and wanted to check my emails.', 'asked', 'remote-access'],
    ['If anyone asks you for that code, hang up and ring the number on the back of your card.', 'asked', 'keep-secret'],
    ['If anyone asks you for that code, hang up and ring the number on the back of your card.', 'asked', 'bank-details'],
  ] as const)('%s: not %s %s', (text, q, id) => {
    expect(ids(text, q)).not.toContain(id);
  });

  it('still reads the words where they mean the scam', () => {
    expect(ids('He asked me to install AnyDesk on my laptop.', 'asked')).toContain('remote-access');
    expect(ids('He said I was helping with a police operation.', 'claimed')).toContain('police');
    expect(ids('He said I was now a suspect in a fraud case.', 'signs')).toContain('crime-linked');
    expect(ids("He said they'll hurt your grandson if you don't pay.", 'signs')).toContain('threat');
    expect(ids('They had a taxi booked to take me to the bank.', 'happened')).toContain('courier-coming');
    expect(ids('He said someone was coming to collect the cash.', 'happened')).toContain('courier-coming');
    expect(ids('He said I was wanted for questioning.', 'signs')).toContain('crime-linked');
    expect(ids('He told me to say nothing to the bank.', 'asked')).toContain('keep-secret');
    expect(ids('He said the cash was needed for evidence in a police enquiry.', 'signs')).toContain('investigation');
    expect(ids('A man rang asking about my shares: his clients were putting together a takeover bid.', 'claimed')).toContain('investment-firm');
    expect(ids('Odd call today from a man wanting to interest me in a mineral mining operation.', 'claimed')).toContain('investment-firm');
    expect(ids("He said I'd lose everything.", 'signs')).toContain('threat');
    expect(ids('She did as she was told and lost everything.', 'happened')).toContain('paid');
    expect(ids('She ended up moving nearly £22,000 out of her account.', 'happened')).toContain('paid');
    expect(ids('He was asking for my details to process the loan.', 'asked')).toContain('personal-details');
    expect(ids('They accused me of tax fraud.', 'signs')).toContain('crime-linked');
    expect(ids('He said my account would be frozen.', 'signs')).toContain('threat');
    expect(read('She rang to say they wanted me for the job.').notes.join(' ')).toContain('the words around it give it another sense');
    expect(ids('He told me to hang up and ring them back.', 'asked')).toContain('call-back');
    expect(ids('He told me to download any desk.', 'asked')).toContain('remote-access');
    expect(ids("If anyone asks, say it's for a holiday.", 'asked')).toContain('keep-secret');
    expect(ids('He asked me to read out the number on the back of my card.', 'asked')).toContain('bank-details');
    // Ways of saying nothing was handed over.
    for (const text of ['He did not like the sound of it and told his bank. Nothing lost.', 'Staff warned her and she kept her money.', 'My husband got rid of him sharpish.', 'I told him where to go.']) {
      expect(ids(text, 'happened'), text).toEqual(['nothing']);
    }
    // The organisation saying it never rang is how the call turned out.
    expect(ids('Later the bank said they had not called me at all.', 'signs')).toContain('felt-wrong');
    expect(ids('The council says there is no such scheme.', 'signs')).toContain('felt-wrong');
    expect(ids("I hadn't called them yet when the surgery rang.", 'signs')).not.toContain('felt-wrong');
    expect(read("I hadn't called them yet when the surgery rang.").notes.join(' ')).toContain('denied making the call');
    expect(ids('My son rang from a new number.', 'claimed')).toContain('family');
    expect(ids('A man from BT wanted to fix my broadband problems by taking over my pc.', 'asked')).toContain('remote-access');
    expect(ids('He said I had to switch the computer on right now.', 'asked')).toContain('remote-access');
    // Near the senses above, and still what a caller wanted.
    expect(ids('He made me change my password and tell him the new one.', 'asked')).toContain('pin-or-password');
    expect(ids('He said to put the money in an account they had opened for me.', 'asked')).toContain('transfer-money');
    expect(ids('He told me to take £2,000 out for the courier.', 'asked')).toContain('withdraw-cash');
    expect(ids('Dad lost £40,000 to a safe account scam, a man from Barclays said his account was hacked.', 'asked')).toContain('transfer-money');
    expect(ids('He asked if I had moved the money and told me to lie to the bank.', 'asked')).toContain('keep-secret');
    expect(ids('He told me to ring 101 to check he was real.', 'asked')).toContain('call-back');
    expect(ids('He asked did you just try to pay £600 to Amazon? I said no, so he told me to move my money to a safe account.', 'asked')).toContain('transfer-money');
    expect(ids('The courier said he takes the cards to the bank himself.', 'asked')).toContain('hand-over-card');
    expect(ids('He said a courier would take my card and PIN to the lab, and a new card and PIN are coming in the post.', 'asked')).toContain('hand-over-card');
    expect(ids('He said the internet would be cut off tonight unless I paid, it would be back by tomorrow.', 'signs')).toContain('threat');
    expect(ids('I reported the fraud to Action Fraud. A week later a man rang saying he could get my money back.', 'signs')).toContain('recovery-offer');
    expect(ids("He said 'I can pick up the £5,000 tonight, just have it ready'.", 'asked')).toContain('hand-over-cash');
    expect(ids('He told her she needed to give him £2,000 cash.', 'asked')).toContain('hand-over-cash');
    expect(ids('Call claiming HMRC tax crime unit. Told arrest imminent.', 'signs')).toContain('threat');
    // The supply going off today is a threat and a hurry both.
    expect(ids('He said her electric were goin off today for an unpaid bill.', 'signs')).toContain('threat');
    expect(ids('He said my electricity would be cut off today.', 'signs')).toEqual(expect.arrayContaining(['threat', 'urgent']));
    // Someone sent round to fix a leak is not a courier; one sent round to collect is.
    expect(ids("Thames Water rang about a leak. They're sending someone round to fix it.", 'asked')).not.toContain('hand-over-cash');
    expect(ids('He said they would send someone round to collect the cards.', 'asked')).toContain('hand-over-cash');
  });
});

describe('who did what', () => {
  it.each([
    ['My bank rang: someone had tried to take cash out on my card in Colombia, so they stopped it.', 'withdraw-cash'],
    ['NatWest rang. Someone had tried to send £250 to India from a computer in Aberdeen.', 'transfer-money'],
    ['The detective said my card was cloned and someone was arrested trying to buy a laptop with it.', 'buy-goods'],
    // whoever "tried to" do it, it was not asked of the person
    ['Adam tried to move £85,000 of his aunt\'s savings to Zopa, and HSBC rang him four days running.', 'transfer-money'],
    ['The man said one of them was trying to take money with my bank card, which had been cloned.', 'hand-over-card'],
    // one deed told in several phrases: the later phrase has the earlier one's doer
    ['I tried to move my savings to a new account and the bank rang to check.', 'transfer-money'],
  ])("someone else's deed is not a request: %s", (text, id) => {
    expect(ids(text, 'asked')).not.toContain(id);
  });

  it.each([
    ['Someone rang from the bank and told me to take out £3,000.', 'withdraw-cash'],
    ['A fraudster posing as a police officer got her to take out £9,000.', 'withdraw-cash'],
    ['The fraudsters said she must move her savings to a safe account.', 'transfer-money'],
    ['He told me to try to pay again.', 'pay-fee'],
    ['He tried to persuade me to transfer my savings.', 'transfer-money'],
    ['He told me to move my savings to a new account.', 'transfer-money'],
  ])('someone wanting it done still asks: %s', (text, id) => {
    expect(ids(text, 'asked')).toContain(id);
  });

  it('reads "so I did" after a request as done, and says so in the evidence', () => {
    const r = read('He told me to go to the bank and take out £2,000 in cash, so I did.');
    expect(answersOnly.answersOf('He told me to go to the bank and take out £2,000 in cash, so I did.')).toEqual(r.answers);
    expect(r.answers.happened).toContain('paid');
    const e = r.evidence.find((x) => x.id === 'paid')!;
    expect(e.role).toBe('did-as-asked');
    expect(e.roleText).toBe(rs.set.reading!.wording['role-did-as-asked']);
    expect(e.words).toEqual(['so I did']);
  });

  it('does not read "so I did" as doing what was asked two sentences before', () => {
    expect(ids('He asked for my PIN. I said no. He said to ring my bank. It was late. So I did.', 'happened')).not.toContain('gave-bank');
  });

  it('does not read "so I didn\'t" or "which I didn\'t give" as done', () => {
    expect(ids("He told me to send £500, so I didn't.", 'happened')).not.toContain('paid');
    expect(ids("He asked for my PIN which I didn't give.", 'happened')).not.toContain('gave-bank');
    expect(ids('He asked me to move the money, so I did not.', 'happened')).not.toContain('paid');
    expect(ids('He asked me to move the money, which I did.', 'happened')).toContain('paid');
  });

  it('does not read "so I did" when nothing was asked', () => {
    expect(ids('The bank rang about a payment. I wanted to check, so I did.', 'happened')).toEqual([]);
  });

  it('gives every answer read a role', () => {
    const r = read('A man said he was from my bank and asked for my PIN. He was very pushy. I gave my PIN.');
    expect(r.evidence.map((e) => e.role)).toEqual(r.evidence.map((e) => ({ claimed: 'caller-claimed', asked: 'caller-asked', signs: 'on-the-call', happened: 'happened' })[e.question]));
    // "I gave it to him" two sentences after the request is doing what was asked.
    const did = read('A man said he was from my bank and asked for my PIN. He was very pushy. I gave it to him.');
    expect(did.evidence.filter((e) => e.question === 'happened').map((e) => e.role)).toEqual(['did-as-asked']);
  });

  it('reads "asked whether I had…" as a question about a fact, not a request, and says so', () => {
    const text = 'The bank asked whether I had taken cash out abroad recently.';
    const r = read(text);
    expect(r.answers.asked ?? []).not.toContain('withdraw-cash');
    expect(r.answers.claimed).toEqual(['bank']);
    expect(r.leftOut?.some((l) => l.id === 'withdraw-cash' && l.reason === 'question')).toBe(true);
    expect(answersOnly.answersOf(text)).toEqual(r.answers);
    // A request in another sentence, or "asked if I could…", still counts; so does asking for personal details.
    expect(ids('They asked if I had paid. Then he told me to withdraw cash.', 'asked')).toContain('withdraw-cash');
    expect(ids('He asked if I could go to the bank and withdraw cash.', 'asked')).toContain('withdraw-cash');
    expect(ids('The caller asked whether I lived alone and wanted my date of birth.', 'asked')).toContain('personal-details');
  });

  it('reads "told me to read him the code" as wanted, not done', () => {
    expect(ids('He told me to read him the code.', 'happened')).not.toContain('gave-bank');
    expect(ids('He told me to read him the code.', 'asked')).toContain('pin-or-password');
    expect(ids('Mum told him her PIN.', 'happened')).toContain('gave-bank');
    expect(ids('Told him to change every password and tell his bank.', 'happened')).not.toContain('gave-bank');
  });

  it('reads "I wanted to move money" as the person\'s own wish, not the caller asking', () => {
    expect(ids('The bank rang because I wanted to move money between my accounts.', 'asked')).not.toContain('transfer-money');
    expect(ids('He wanted me to move my money.', 'asked')).toContain('transfer-money');
    expect(ids('They said they wanted me to send £500.', 'asked')).toContain('transfer-money');
    expect(ids("I didn't want to move my money but he insisted.", 'asked')).toContain('transfer-money');
  });

  it('reads "asked about a transfer I was making" as a question about a deed, not a request', () => {
    const text = 'The fraud team asked about a £700 transfer I was making.';
    expect(read(text).answers.asked ?? []).not.toContain('transfer-money');
    expect(answersOnly.answersOf(text)).toEqual(read(text).answers);
    expect(ids('He asked about the cash we had withdrawn.', 'asked')).not.toContain('withdraw-cash');
    expect(ids('My bank rang, it was a routine check on a large withdrawal I made yesterday.', 'asked')).not.toContain('withdraw-cash');
    expect(ids('The bank rang re a payment to a crypto exchange I was making.', 'asked')).not.toContain('transfer-money');
    expect(ids('He rang about the money I had won and said I needed to pay a release fee.', 'asked')).toContain('pay-fee');
    // Without a doer and a deed after "about", the caller still raised it; gift cards count in any question.
    expect(ids('He asked me about moving my money to a safe account.', 'asked')).toContain('transfer-money');
    expect(ids('He asked about the gift cards I had bought and wanted the codes.', 'asked')).toContain('gift-cards');
  });

  it.each([
    ['He walked me through some steps that let them into my laptop.', 'asked', 'remote-access'],
    ['He asked which key is beside Ctrl on my keyboard.', 'asked', 'remote-access'],
    ['She said I had to act to keep my account safe.', 'signs', 'urgent'],
    ['A recorded voice said an order was in my name, press one.', 'asked', 'press-key'],
    ['He asked for the code from the text and I read the code out.', 'happened', 'gave-bank'],
    ['He asked for my card number, which I gave.', 'happened', 'gave-bank'],
    ['The man from BT wanted my husband on the computer following his instructions.', 'asked', 'remote-access'],
    ['She told me to go to my laptop and do a few things on it.', 'asked', 'remote-access'],
    ['They asked him to connect to them on his computer so they could check.', 'asked', 'remote-access'],
    ['The caller talked her through some checks on her laptop.', 'asked', 'remote-access'],
    ['By the evening he had been conned out of £12,000.', 'happened', 'paid'],
    ['A woman said she worked in security at the bank and it was urgent.', 'claimed', 'bank'],
    ['He said he was the manager at her local bank branch.', 'claimed', 'bank'],
    ['The caller said she was owed £750 in interest from her bank.', 'signs', 'too-good'],
    ['He rang asking me to donate money to a police charity.', 'asked', 'pay-fee'],
    ['He said my broadband would be cut off within the hour.', 'signs', 'threat'],
    ['She said my account would be frozen unless I moved the money today.', 'signs', 'threat'],
    ['He threatened to freeze my account.', 'signs', 'threat'],
    ['A man said he was from the Met; the police say it was an attempt at the courier con.', 'signs', 'felt-wrong'],
    ['A man said he was from the Met and needed my help.', 'claimed', 'police'],
    ['She said two men would be round to pick the card up.', 'asked', 'hand-over-card'],
    ['He told her to go to the hole in the wall and get £500.', 'asked', 'withdraw-cash'],
    ['Then he wanted me to tell him my account balances to secure them.', 'asked', 'bank-details'],
    ['He wanted me to run a program on my laptop because hackers were in my router.', 'asked', 'remote-access'],
    ["The man from BT said he understood I wasn't happy with our broadband speeds.", 'signs', 'device-problem'],
    ['She said to pay today or the line gets cut off.', 'signs', 'threat'],
    ['She drew the cash out and a courier then collected it from her door.', 'happened', 'paid'],
    ['The courier picked them up an hour later.', 'happened', 'paid'],
    ['She rang me in a panic: her bank was on the other line.', 'claimed', 'bank'],
    ['He said the invoice had been held, so would you kindly send it again to a different account.', 'asked', 'transfer-money'],
    ['Dad parted with six thousand pounds before the bank noticed.', 'happened', 'paid'],
    ['She sent two payments and was then asked for another £15,000 before her money would be released.', 'asked', 'transfer-money'],
    ['Someone saying they were from the NHS was asking her a load of personal questions.', 'asked', 'personal-details'],
    ['Ring the freephone number he gave.', 'asked', 'call-back'],
    ['He could get Dad an earlier operation, but first Dad had to make it worth his while.', 'asked', 'pay-fee'],
    ['They said they would send someone round for the cards.', 'asked', 'hand-over-cash'],
    ['He told her to give him the cash.', 'asked', 'hand-over-cash'],
    ['He told her to bring the money to the station.', 'asked', 'hand-over-cash'],
    ['He told Dad to post his cards to them.', 'asked', 'hand-over-card'],
    ['The man had her buy £400 of Amazon cards.', 'asked', 'gift-cards'],
    ['He said the cash needed checking for forgeries.', 'signs', 'investigation'],
    ['Mum was convinced by the caller, who said he was her bank, to tell him her PIN.', 'asked', 'pin-or-password'],
  ] as const)('reads an unfamiliar wording of a known pattern: %s', (text, q, id) => {
    expect(ids(text, q)).toContain(id);
  });

  it.each([
    ['They said I owed £2,000 in unpaid tax.', 'signs', 'too-good'],
    // Meant, not done: the person's offer or plan after "I'll" or "I'd".
    ["It's a single red line, I said, I'll pay any fine.", 'happened', 'paid'],
    ['Someone said I could unlock my pension early if I moved it to their scheme.', 'happened', 'paid'],
    ['The clinic rang about my egg donation next week and asked me to come in.', 'asked', 'pay-fee'],
    ['The courier picked them up an hour later.', 'happened', 'courier-coming'],
    ['My son kept getting cut off when he rang the police about the crash.', 'signs', 'threat'],
    ['HSBC rang to say they had blocked my account while they checked a payment, which was fine.', 'signs', 'threat'],
    ['The nurse said if it is not immediately life-threatening she may ring back.', 'signs', 'threat'],
    ['The farm inspector rang to book a visit; I said we were rushed off our feet.', 'claimed', 'police'],
    ['The engineer said he would come today or tomorrow.', 'signs', 'urgent'],
    ['The practice nurse rang back and said it was a tummy bug going round.', 'signs', 'device-problem'],
    ['The bank stopped the card and said if I needed cash before the new one came I could go into a branch.', 'asked', 'withdraw-cash'],
    ['My friend and I had both used the same hole in the wall, and her bank rang her about it.', 'asked', 'withdraw-cash'],
    ['An officer came and took a statement, then rang me before the court date.', 'happened', 'paid'],
    ['There was a courier card on the mat, so I rang the depot and they rang me back.', 'asked', 'hand-over-card'],
    ['My daughter rang sobbing and I tried to get out of her whether she was hurt.', 'asked', 'withdraw-cash'],
    ['My daughter works at the bank, so I asked her about the call from the council.', 'claimed', 'bank'],
    ['The bank stopped the card and said if I needed cash before the new one came I could go into a branch.', 'asked', 'transfer-money'],
    ['A woman rang shouting that I was her secret lover and told me she was coming round.', 'asked', 'keep-secret'],
    ['The nurse at the GP said it was a bug he had caught at nursery.', 'signs', 'device-problem'],
    ['The power company rang the homes still cut off after the storm.', 'signs', 'threat'],
    ['The nurse never came and by the next morning the cut was infected.', 'signs', 'device-problem'],
    ["The ambulance crew didn't mention a fee at all.", 'asked', 'keep-secret'],
    ["She didn't want me to hang up while I went to the bank.", 'happened', 'paid'],
    ["The officer said she'd get back to him by midweek.", 'signs', 'recovery-offer'],
    ['I got a phone call saying the VAT inspector wanted to come and visit.', 'claimed', 'police'],
    ["The voicemail said leave a message and they'd get back within days.", 'signs', 'recovery-offer'],
    ["The care home's name lit up on my phone. Had the virus got in?", 'signs', 'device-problem'],
    ['A courier in a hi-vis jacket collected the envelope.', 'happened', 'courier-coming'],
    ['I saw £47.97 gone from my account marked Amazon Prime, with an 0800 number next to it.', 'asked', 'call-back'],
    ['A man from the bank said to ring the 0800 number on the back of my card.', 'asked', 'bank-details'],
    ['The GP rang: two of my prescriptions are for a licensed drug the consultants recommended.', 'signs', 'crime-linked'],
    ['He had me fiddling with wires behind the hub.', 'happened', 'paid'],
    ['The police said nothing showed it had been towed and they would call me.', 'asked', 'keep-secret'],
    ['The council said it was nothing to do with them.', 'asked', 'keep-secret'],
    ['Letters came saying the address had no licence.', 'asked', 'personal-details'],
    ['Anglian Water sent someone round and found a pipe under the house had been leaking.', 'asked', 'hand-over-cash'],
    ['I was buying a sofa online and my bank asked me to approve the payment in my app.', 'asked', 'pin-or-password'],
    ['Barclays rang and asked me to approve the notification in the app to show it was really them.', 'asked', 'pin-or-password'],
    ['The school asked parents to give money for the trip.', 'asked', 'hand-over-cash'],
    ['The bank said my new cards need to be collected from the branch.', 'asked', 'hand-over-card'],
    ['The co-ordinator had double-booked me, so could we push it back an hour.', 'signs', 'too-good'],
  ] as const)('reads owing and giving in their other senses, and a courier who has been, as not this answer: %s', (text, q, id) => {
    expect(ids(text, q)).not.toContain(id);
  });

  it('reads a near miss as not done, but what the caller wanted still counts', () => {
    const mum = 'My mum nearly lost £5,000 to a man who said he was from the police, but the bank stopped her.';
    expect(ids(mum, 'happened')).toEqual([]);
    expect(ids(mum, 'asked')).toEqual(['transfer-money']);
    expect(answersOnly.answersOf(mum)).toEqual(read(mum).answers);
    expect(ids('I almost gave them my PIN.', 'asked')).toEqual(['pin-or-password']);
    // Not someone else's near miss, nor what only might have been.
    expect(ids('NatWest rang: someone nearly took £3,000 from my account but they stopped it.', 'asked')).toEqual([]);
    expect(ids('The bank said I could have lost everything if I had not rung them.', 'asked')).toEqual([]);
  });

  it('reads "you" asking as the person asking (an organisation\'s advice), and "you are asked" as the caller asking', () => {
    expect(ids('If you email asking for a withdrawal, we will always phone you back on your known number first.', 'asked')).not.toContain('withdraw-cash');
    expect(ids('You are asked for your card number and PIN.', 'asked')).toEqual(expect.arrayContaining(['bank-details', 'pin-or-password']));
    expect(ids('We are asked for our card number every time.', 'asked')).toContain('bank-details');
  });

  it.each([
    ['A salesman said he was phoning for the police and asked the firm to take an advert in an emergency services journal.', 'asked', 'pay-fee'],
    ['She walked to the school and gave them the bag of cash.', 'happened', 'paid'],
  ] as const)('reads an advert sold on the phone as a payment asked for, and cash in a bag handed over as paid: %s', (text, q, id) => {
    expect(ids(text, q)).toContain(id);
  });

  // The corpus writers often leave "it felt wrong" unticked for these words, and
  // dropping them raises precision on their labels; but a person who writes that
  // the caller was pretending has said the call was not what it seemed, and
  // without them "Someone pretending to be from HMRC rang me" reads as no warning sign.
  it.each([
    'Someone pretending to be from HMRC rang me.',
    'A man claiming to be from my bank rang me this morning.',
    'A fraudster rang my mum saying he was from Amazon.',
    'I had a call from scammers saying they were BT.',
  ])('reads a caller named as a pretender or a fraudster as the call feeling wrong: %s', (text) => {
    expect(ids(text, 'signs')).toContain('felt-wrong');
  });

  it('still reads money got back for a fee as a recovery offer', () => {
    expect(ids('He said he would get it back for me if I paid a fee first.', 'signs')).toContain('recovery-offer');
  });

  it('reads a court refusing bail as not the person refusing', () => {
    expect(ids('It came out in court when a man accused of being in the gang was refused bail.', 'happened')).not.toContain('nothing');
  });

  it('reads someone pressing the person to do something as wanting it, and pressing a key as a key', () => {
    expect(ids('He kept pressing me to give him the rest of my card number.', 'asked')).toContain('bank-details');
    expect(ids('Told them their grandson had been arrested and pressed them to confirm their card details.', 'asked')).toContain('bank-details');
    expect(ids('I pressed 1 to speak to someone about my card details.', 'asked')).not.toContain('bank-details');
  });

  it.each([
    ['They promised to call me back within the hour.', false],
    ['I was waiting on Betty from the supplier to ring me back.', false],
    ['She said she would ring us back tomorrow.', false],
    // A word of wanting, or nothing before: the person is to ring.
    ['You need to call us back on 0300 123 456 today.', true],
    ['The voicemail said please call us back on 0300 123 456 or you will be arrested.', true],
    // The person's own plan to ring back on a number they know is not the caller asking.
    ["HSBC rang about an unusual transaction. I said I'd ring them back on 159.", false],
    ['He told me to ring them back on the number he gave.', true],
  ] as const)('reads the caller ringing the person back as no number to ring: %s', (text, callBack) => {
    expect(ids(text, 'asked').includes('call-back')).toBe(callBack);
    expect(answersOnly.answersOf(text)).toEqual(read(text).answers);
  });

  it.each([
    ['Sky rang back and the person told me the bill was cleared and I owe nothing.', 'pay-fee', false],
    ['The officer told me my car had been taken out of the pound.', 'withdraw-cash', false],
    // A "to" or a "would" in the rest of the sentence: the telling wants something done.
    ['She was then told someone would come to collect her bank cards.', 'hand-over-card', true],
    ['They told them they had a few hours to transfer £30,000.', 'transfer-money', true],
    ['He told me the bill had to be paid today.', 'pay-fee', true],
  ] as const)('reads "told me" with nothing wanted in the rest of its sentence as telling, not wanting: %s', (text, id, wanted) => {
    expect(ids(text, 'asked').includes(id)).toBe(wanted);
    expect(answersOnly.answersOf(text)).toEqual(read(text).answers);
  });

  it.each([
    ['We were burgled last week. An officer rang to give me a crime reference number and say the investigation was going on.', false],
    ['After you report a crime the police ring you with a crime reference number.', false],
    // A scam told first and reported afterwards keeps its investigation, as does a caller's claim of a crime.
    ['A man said he was a police officer and needed my help with an investigation. I reported it to Action Fraud.', true],
    ['He said my purse had been used in a crime and gave me a crime reference number.', true],
  ] as const)('reads the police following up what the person reported as no investigation sign: %s', (text, investigation) => {
    expect(ids(text, 'signs').includes('investigation')).toBe(investigation);
    if (!investigation) expect(read(text).leftOut?.some((l) => l.id === 'investigation' && l.reason === 'reported')).toBe(true);
    expect(answersOnly.answersOf(text)).toEqual(read(text).answers);
  });

  it.each([
    ['A man rang saying he was from my bank and that £600 had gone out of my account.', false],
    ['A recorded message told him six hundred pounds had been taken from his account.', false],
    ['I was told the money had gone from my account.', false],
    ['The solicitor phoned to tell us the money has gone across.', false],
    // The person's own telling, a doer named, or no telling at all: money paid.
    ['I told the bank £400 had been taken.', true],
    ['My mum rang me to say she had paid £133.', true],
    ['He said scammers took her life savings.', true],
    ['When I checked, £2,000 had gone from my account.', true],
  ] as const)('reads a loss told by someone else as what the caller claimed, not money paid: %s', (text, paid) => {
    expect(ids(text, 'happened').includes('paid')).toBe(paid);
    if (!paid) expect(ids(text, 'signs')).toContain('card-misused');
    expect(answersOnly.answersOf(text)).toEqual(read(text).answers);
  });

  it.each([
    ["They said they couldn't stop the payment unless I read out the code.", 'bank-details'],
    ['He said my account would be frozen unless I gave him my PIN.', 'pin-or-password'],
    // a state in the condition is still the condition, not a loss the caller told of
    ['He said I would go to prison unless thirty-five thousand pounds was transferred to them.', 'transfer-money'],
    ['He said I would be arrested unless I paid £500 today.', 'pay-fee'],
    // an "if" the caller told
    ['He said if I paid £200 the parcel would be released.', 'pay-fee'],
    ['He said that if I gave him my card number he could stop the payment.', 'bank-details'],
    // what the caller said would happen, then the condition, or an offer with one
    ['Woman said she was from the NHS, my cataract op could be brought forward if I paid £300.', 'pay-fee'],
    ['Lady phones offering to wipe out all my debts if I pay her £200.', 'pay-fee'],
  ] as const)('reads a deed the caller made a condition of as wanted, not done: %s', (text, asked) => {
    expect(ids(text, 'asked')).toContain(asked);
    expect(ids(text, 'happened')).toEqual([]);
    expect(answersOnly.answersOf(text)).toEqual(read(text).answers);
  });

  it('but not someone else\'s condition', () => {
    expect(ids('I would not have known unless my daughter had rung the bank.', 'asked')).toEqual([]);
    expect(ids('I said if I paid now could it come today.', 'asked')).toEqual([]);
    expect(ids('I said I would only pay if I got a receipt.', 'asked')).toEqual([]);
    expect(ids('I offered to pay by card if they sent the form.', 'asked')).toEqual([]);
  });

  it.each([
    ["He's still on the phone to my mum now, what do I do?", true],
    ["I've been on hold for ten minutes and they keep saying my account is at risk.", true],
    ['My mum says she is still on the phone with them.', true],
    ['I was on hold to the real bank for an hour afterwards.', false],
    ['She was still on the phone to them when I got there.', false],
    ['He kept me on the line all morning.', false],
    // The line kept open may still be open: told in the past, it still counts.
    ['When I rang the bank he was still on the line.', true],
  ] as const)('reads being on the call as now only when told as now: %s', (text, now) => {
    expect(ids(text, 'happened').includes('still-on-call')).toBe(now);
  });

  it.each([
    'My grandson was doing something on the computer when the phone rang.',
    'I went to the computer afterwards to look up the real number.',
  ])('doing something on a computer is not the caller asking for it unless someone wanted it: %s', (text) => {
    expect(ids(text, 'asked')).not.toContain('remote-access');
  });

  it.each([
    ['The bank rang asking if she was trying to take money out in Pakistan.', 'withdraw-cash'],
    ['They checked whether I had sent £900 to a new payee.', 'transfer-money'],
    ['Very serious chap asked had I paid £30 for a top-up in the last few days.', 'pay-fee'],
    ['She asked me was I sending money to a new account.', 'transfer-money'],
    // the bank's own scam check: the question's demand word is the question's
    ['Nationwide asked whether anyone had contacted me telling me to move money.', 'transfer-money'],
    ['She asked had anyone told me to lie to the bank.', 'keep-secret'],
    ['Barclays rang and asked whether someone had told me to withdraw cash.', 'withdraw-cash'],
  ])('reads a question about a fact by its shape, not as a request: %s', (text, id) => {
    expect(ids(text, 'asked')).not.toContain(id);
    expect(read(text).leftOut?.some((l) => l.id === id && l.reason === 'question')).toBe(true);
  });

  it.each([
    ['He asked if I was alone and then told me to withdraw cash.', 'withdraw-cash'],
    ['He asked was I alone, and said I must hand my cards to a courier.', 'hand-over-card'],
    ['She asked whether I had a safe but wanted me to move money to a safe account.', 'transfer-money'],
    ['She asked me did I want to pay the fee by card.', 'pay-fee'],
    ['He asked if anyone was with me and then told me to say nothing to the bank staff.', 'keep-secret'],
    ['He asked whether I was alone, telling me to take cash out of the bank.', 'withdraw-cash'],
    ['They asked whether it was a sales call and sent a form wanting our account details.', 'bank-details'],
  ])('a question about a fact ends where the caller goes on to want something: %s', (text, id) => {
    expect(ids(text, 'asked')).toContain(id);
  });

  it('reads the caller hanging up when the person checked them as feeling wrong, not the person hanging up', () => {
    for (const text of [
      'Caller said he was from the fraud team. I asked which bank and he hung up.',
      'Mum had a call from a man saying he was from her bank. When she asked which branch he was at, he hung up straight away.',
      'Someone rang from the hospital, but when I asked which department they just hung up.',
      // the line going dead, and the person asking after an "and"
      'I asked him for his nine-digit employee number so I could check him. Line went dead straight away.',
      'i called him a liar and asked where he got the number and the line went dead',
    ]) {
      const r = readBoth(text);
      expect(r.answers.signs, text).toContain('felt-wrong');
      expect(r.answers.happened, text).toEqual(['nothing']);
    }
    for (const text of [
      'He asked for my PIN so I hung up.',
      'They asked for his date of birth and postcode. He hung up and rang 159.',
      'The nurse asked how I was and then she hung up.',
      'He told me to send it in lots of smaller amounts, then the line went dead.',
      'They asked for his date of birth. The line went dead.',
    ]) expect(readBoth(text).answers.signs ?? [], text).not.toContain('felt-wrong');
  });

  it('reads a "no" inside a phrase as saying it did not happen: "gave no details", "paid nothing"', () => {
    const r = read('She gave no details and paid nothing.');
    expect(answersOnly.answersOf('She gave no details and paid nothing.')).toEqual(r.answers);
    expect(r.answers.happened).toEqual(['nothing']);
    expect(r.answers.asked ?? []).not.toContain('personal-details');
  });

  it("reads an organisation's rule as saying how it works, not as asking, for the rest of its sentence", () => {
    const text = 'Barclaycard say they may ring you with an automated voice call and ask you to press 1 if the payment was yours.';
    const r = readBoth(text);
    expect(r.answers.asked ?? []).toEqual([]);
    expect(r.leftOut?.some((l) => l.id === 'press-key' && l.reason === 'process')).toBe(true);
    expect(read("Essex Police explain that they won't tell you to move money or give cash or cards to a courier.").answers.asked ?? []).toEqual([]);
    // A past deed stays what it was: "she never asked for my PIN, only my card number".
    expect(ids('She never asked for my PIN, only my card number, which I gave.', 'asked')).toContain('bank-details');
  });

  it.each([
    "Real officers will say who they are. If you're not sure, hang up and ring 101 to check the officer is real.",
    'The bank may ring about a payment. If in doubt, ring them yourself on the number on your card to check.',
    "If you're unsure, take their collar number and ring 101 to check.",
  ])('advice to the reader ("if you\'re not sure, ring 101") is not a request: %s', (text) => {
    const r = readBoth(text);
    expect(r.answers.asked ?? []).toEqual([]);
    expect(r.leftOut?.some((l) => l.id === 'call-back' && l.reason === 'process')).toBe(true);
  });

  it.each([
    "He said he was from the police, and if I wasn't sure I should ring 999 to check.",
    "A man from Barclays rang. If you're not sure, he said, ring the number on this text.",
  ])('a caller giving the same advice still asks: %s', (text) => {
    expect(ids(text, 'asked')).toContain('call-back');
  });

  it.each([
    ['He said the bank will never ask for your PIN, then told me to move my money to a safe account.', 'transfer-money'],
    ['He said banks may ring you, and I needed to hand my card to a courier.', 'hand-over-card'],
    ['He said the bank will never ask for your PIN but I had to withdraw £5,000 today.', 'withdraw-cash'],
  ])("an organisation's rule stops at the end of its clause: %s", (text, id) => {
    expect(ids(text, 'asked')).toContain(id);
  });

  it("an organisation's rule covers a list, commas and all", () => {
    const text = 'They say they will never ring asking for your PIN, your online login or full passcode, or asking you to verify security details.';
    expect(answersOnly.answersOf(text).asked ?? []).toEqual([]);
  });

  it.each([
    ['I thought it really was my bank. He told me to move my savings to a safe account.', 'transfer-money'],
    ['He sounded like it really was the police and said a courier would collect my cash.', 'hand-over-cash'],
    ['I was convinced it was above board, so when he told me to buy gift cards I did.', 'gift-cards'],
  ])('an outcome someone only believed at the time does not temper the reading: %s', (text, id) => {
    expect(ids(text, 'asked')).toContain(id);
    expect(read(text).notes.join(' ')).toContain('what someone thought, asked or meant');
  });

  it('a belief before a clause break leaves the outcome after it: "I thought scam, but it really was my bank"', () => {
    const text = 'I thought it was a scam, but it really was my bank. They asked me to ring them back on 0800 123 456.';
    expect(ids('They asked me to ring them back on 0800 123 456.', 'asked')).toContain('call-back');
    expect(answersOnly.answersOf(text).asked ?? []).not.toContain('call-back');
    expect(read(text).notes.join(' ')).toContain('turned out to be genuine');
  });

  it('reads a deed the caller wanted ("asked me to read out my card number") as the request, not as done', () => {
    const text = "He couldn't find my address so he asked me to read out my card number.";
    const r = readBoth(text);
    expect(r.answers.asked).toContain('bank-details');
    expect(r.answers.happened ?? []).not.toContain('gave-bank');
    // Doing it is still read: "…and I did", "got me to…".
    expect(ids('He told me to read out my card number and I did.', 'happened')).toContain('gave-bank');
    expect(ids('He got me to read out my card number.', 'happened')).toContain('gave-bank');
  });

  it('reads what follows a colon as what the caller said before it', () => {
    const text = "He said he was calling for the HMRC tax office: I'd been under a random investigation for months.";
    expect(answersOnly.answersOf(text).signs).toContain('investigation');
    expect(read('The tax office wrote: my investigation is closed.').answers.signs ?? []).not.toContain('investigation');
  });

  it.each([
    ['The school rang: he had cut his chin and could I come and collect him and take him to A&E.'],
    ['The hospital rang to say the professor had decided not to operate, so could I come and collect him.'],
    ['I rang Asda back to get the delivery moved to Sunday.'],
    ['The letter and a leaflet came in the same envelope.'],
  ])('reads a word in its everyday sense, not as a scam: %s', (text) => {
    const r = readBoth(text);
    // "None" (the caller rang to say something) is fine; nothing asked for.
    expect((r.answers.asked ?? []).filter((id) => id !== 'none')).toEqual([]);
  });

  it('words its notes from the rule set, and refuses one missing a note', () => {
    const wording = { ...rs.set.reading!.wording, 'could-not-tell-claimed': 'Who rang? We could not tell.' };
    const reworded = createReader({ ...rs.set, reading: { ...rs.set.reading!, wording } });
    expect(reworded('They asked for my PIN.').notes).toContain('Who rang? We could not tell.');
    const { 'left-out-negated': _gone, ...short } = rs.set.reading!.wording;
    expect(() => createReader({ ...rs.set, reading: { ...rs.set.reading!, wording: short } })).toThrow(/reading wording "left-out-negated" is missing/);
  });

  it('reads cutting up a card as handing it over only with a courier or an envelope after it, and says why not otherwise', () => {
    expect(ids('He told her to cut her bank card in half and a courier would come and collect it.', 'asked')).toContain('hand-over-card');
    const text = 'The bank said someone had my card details, cut the card up and a new one would be sent.';
    const r = readBoth(text);
    expect(r.answers.asked ?? []).not.toContain('hand-over-card');
    expect(r.notes.join(' ')).toContain('a real bank may tell you to cut up a card');
  });

  it('reads paying or handing over as money gone only with the money, a card or the courier named around it', () => {
    for (const text of ['I paid the fee over the phone.', 'She transferred the lot to the account he gave.', 'A courier came and collected it.', 'When I got home a courier came for it.']) {
      expect(ids(text, 'happened'), text).toContain('paid');
      expect(answersOnly.answersOf(text), text).toEqual(read(text).answers);
    }
    // A courier who has been is money gone, not someone on the way.
    expect(ids('When I got home a courier came for it.', 'happened')).not.toContain('courier-coming');
    expect(ids('He said a courier is coming to collect the cash.', 'happened')).toContain('courier-coming');
    expect(ids('Bought a suit. I paid that at the till. Sunday the bank rang about it.', 'happened')).not.toContain('paid');
    expect(read('Bought a suit. I paid that at the till. Sunday the bank rang about it.').notes.join(' ')).toContain('nothing around it says it was money or cards going to the caller');
  });

  it('reads bank details named as asked for only where the caller wants them, refuses them, or they were given as asked', () => {
    const told = 'The bank said someone had got hold of my card details, so they sent a new card.';
    expect(ids(told, 'asked')).not.toContain('bank-details');
    expect(answersOnly.answersOf(told)).toEqual(read(told).answers);
    for (const text of ['He wanted my card number and expiry date.', 'I did not give them my bank details.', 'She never asked for my PIN, only my card number, which I gave.']) {
      expect(ids(text, 'asked'), text).toContain('bank-details');
      expect(answersOnly.answersOf(text), text).toEqual(read(text).answers);
    }
    // A card that "got declined" is not the person refusing something asked for.
    expect(ids('My debit card got declined at a cash machine.', 'asked')).not.toContain('withdraw-cash');
  });

  it('still reads a request put as a question', () => {
    expect(ids('He asked if I could take money out for him.', 'asked')).toContain('withdraw-cash');
  });

  it('reads an organisation telling its own process as nothing, and says so', () => {
    const text = 'The bank said we will send a code to your app to approve it in the app.';
    const r = read(text);
    expect(r.answers.asked ?? []).not.toContain('pin-or-password');
    expect(r.notes.join(' ')).toContain('telling you how they work or what to do');
    expect(answersOnly.answersOf(text)).toEqual(r.answers);
  });
});

describe('pressure and requests need the caller to want something', () => {
  it('a caller trying to talk someone into it wants it: "trying to talk them into giving their card details"', () => {
    expect(ids('The callers were trying to talk them into giving their card details over the phone.', 'asked')).toContain('bank-details');
    // the person's own purpose after "to" still wants nothing of anyone
    expect(ids('I went round to talk her through her card details on her statement.', 'asked')).not.toContain('bank-details');
  });

  it('reads the caller asking in their own words as wanting something: "can I have your card number?"', () => {
    expect(ids('Can I have your card number please?', 'asked')).toContain('bank-details');
    expect(ids('Could I take your sort code and account number?', 'asked')).toContain('bank-details');
    expect(ids('He had my card number on the screen already.', 'asked')).not.toContain('bank-details');
  });

  it.each([
    ['The care home rang to say Dad had a fall. I went round straight away.', 'signs', 'urgent'],
    ['The engineer rang to say he was on his way, and by the afternoon the line was in.', 'signs', 'urgent'],
    ['The garage rang: it failed the MOT, £180 plus VAT.', 'asked', 'pay-fee'],
    ['Citizens Advice rang back about my debt appointment.', 'asked', 'pay-fee'],
    ['The hospital rang. I went round straight away to tell her.', 'signs', 'urgent'],
    ['Police: if nobody answers, an officer will be sent round to your address.', 'asked', 'personal-details'],
    ['Mum rang upset: someone had been to the door and taken the key away.', 'asked', 'hand-over-cash'],
  ] as const)('%s: not %s %s', (text, q, id) => {
    expect(ids(text, q)).not.toContain(id);
  });

  it.each([
    ['He told me to ring the bank straight away.', 'signs', 'urgent'],
    ['I was told to go to the bank immediately.', 'signs', 'urgent'],
    ['She said to send it to her account quickly.', 'signs', 'urgent'],
    ['They said if I did not pay £1,200 today the police would come.', 'signs', 'urgent'],
    ['He threatened arrest within the hour unless I paid.', 'signs', 'urgent'],
    ["He said don't put the phone down, just go to the cash machine.", 'signs', 'urgent'],
    ['He told me to stay on the line while I went to the bank.', 'signs', 'urgent'],
    ['He told me to go to the bank and take out £3,000.', 'asked', 'withdraw-cash'],
    ['Ring this 0845 number asap.', 'signs', 'urgent'],
    ['He said I owed a debt and must pay it now.', 'asked', 'pay-fee'],
  ] as const)('%s: %s %s', (text, q, id) => {
    expect(ids(text, q)).toContain(id);
  });

  it('says what it left out, and why', () => {
    const r = read('Dad had a fall at the care home. I went round straight away.');
    expect(r.leftOut?.map((l) => [l.id, l.reason])).toContainEqual(['urgent', 'no-demand']);
    expect(r.notes.join(' ')).toMatch(/"straight away".*nothing near it says the caller wanted/);
  });
});

describe('who the caller was, and what the caller said', () => {
  it.each([
    ['My son got a lift in with the clothes after the ward rang.', 'claimed', 'family'],
    ['Nursery rang to say ds is unwell and needs collecting.', 'claimed', 'police'],
    ['A friend who works in the sector rang the council for me.', 'claimed', 'family'],
    ["The bank's fraud investigation department rang about my card.", 'signs', 'investigation'],
    ['The hospital rang about my drip. The new drug is given on Tuesdays.', 'signs', 'crime-linked'],
    ["The banks shut both accounts and they've got a new number now.", 'claimed', 'family'],
  ] as const)('%s: not %s %s', (text, q, id) => {
    expect(ids(text, q)).not.toContain(id);
  });

  it.each([
    ['My grandson rang me late at night.', 'claimed', 'family'],
    ['A message: this is my new number, can you ring me.', 'claimed', 'family'],
    ['I had a call from my daughter, crying.', 'claimed', 'family'],
    ['He said he was my nephew.', 'claimed', 'family'],
    ['A DS from the Met rang me.', 'claimed', 'police'],
    ['A man saying he was my son asked for money.', 'claimed', 'family'],
    ['He said it was a police investigation.', 'signs', 'investigation'],
    ['The recorded message said my National Insurance number was linked to drugs.', 'signs', 'crime-linked'],
  ] as const)('%s: %s %s', (text, q, id) => {
    expect(ids(text, q)).toContain(id);
  });

  it('reads "press 1 to speak to an officer" as pressing a key: "speak to an officer" hides only the officer', () => {
    expect(ids('A recorded message said press 1 to speak to an officer.', 'asked')).toContain('press-key');
    expect(ids('I asked to speak to an officer at the station.', 'claimed')).not.toContain('police');
  });

  it('reads the police as where a call was reported or who warned of it, not the caller; "the police said" is the caller', () => {
    for (const text of ['I reported it to the police and Action Fraud.', 'I reported it to Action Fraud and the police.', 'North Wales Police are warning people about these calls.', 'A bank rang Dad and he lost £4,000; police believe the same gang rang others.']) {
      expect(ids(text, 'claimed'), text).not.toContain('police');
    }
    for (const text of ['The police said I had to take out cash for evidence.', 'A man from Action Fraud rang me.', 'PC Shah from Kent Police called back about the break-in.']) {
      expect(ids(text, 'claimed'), text).toContain('police');
    }
  });

  it('says it left out a relative only mentioned', () => {
    const r = read('The ward phoned. My son took the clothes in.');
    expect(r.leftOut?.map((l) => [l.id, l.reason])).toContainEqual(['family', 'not-near']);
  });
});

describe("a caller's name in quote marks", () => {
  it('reads the caller, and with money or card details gone, the person doubting who it was', () => {
    const r = read('Mum said a woman rang from "the NHS" and she gave her card details.');
    expect(r.answers.claimed).toContain('other');
    expect(r.answers.signs).toContain('felt-wrong');
    expect(r.evidence.find((e) => e.id === 'felt-wrong')!.words).toEqual(['"the NHS"']);
    expect(ids("the 'bank' rang dad and he read out the long number on his card, so they have it", 'claimed')).toContain('bank');
    expect(ids("A man from ‘Royal Mail’ wanted £2.99 to rebook, and I paid it.", 'signs')).toContain('felt-wrong');
  });

  it('does not read doubt from quote marks alone, from longer quotes, or from an apostrophe', () => {
    // a help desk's note: the quotes only mark what was claimed
    expect(ids("Client rec'd call from 'GP' re flu jab clinic. Client rang surgery main line and confirmed.", 'signs')).not.toContain('felt-wrong');
    expect(ids("Client rec'd call from 'GP' re flu jab clinic.", 'claimed')).toContain('other');
    // a caller's words quoted at length, and the possessive apostrophe, are not a caller's name in quotes
    expect(ids('He said "this is the fraud team at your bank calling about a payment" and I gave him my card number.', 'signs')).not.toContain('felt-wrong');
    expect(ids("I gave my card number to Mum's bank's fraud team when they rang.", 'signs')).not.toContain('felt-wrong');
  });
});

describe('how the call turned out', () => {
  const scamWords = 'The council rang and said I must pay the arrears today or they would take me to court.';

  it('a description saying the call was genuine does not count what a real call can seem to ask, and says so', () => {
    const text = `${scamWords} I rang the council myself and it really was them.`;
    const before = read(scamWords);
    expect(before.answers.asked).toContain('pay-fee');
    expect(before.answers.signs).toEqual(expect.arrayContaining(['urgent', 'threat']));
    const r = read(text);
    expect(r.answers.asked ?? []).not.toContain('pay-fee');
    expect(r.answers.signs ?? []).toEqual([]);
    expect(r.answers.claimed).toEqual(['government']);
    expect(r.leftOut?.some((l) => l.id === 'pay-fee' && l.reason === 'genuine')).toBe(true);
    expect(r.notes.join(' ')).toContain('turned out to be genuine');
    expect(answersOnly.answersOf(text)).toEqual(r.answers);
  });

  it('still counts what the police and banks say they never ask, even in a call said to be genuine', () => {
    const text = 'A detective rang. He said a courier would collect my cash and my bank card, and to give him my PIN. I rang my bank and it really was them.';
    const r = readBoth(text);
    expect(r.answers.asked).toEqual(expect.arrayContaining(['hand-over-cash', 'pin-or-password']));
    expect(r.answers.happened).toContain('courier-coming');
    // Moving money, taking cash out, keeping it secret and bank details are on the police's and banks' "never" list too:
    // "I rang the number they gave and it turned out to be genuine" is how a safe-account scam is told.
    const safe = 'My bank rang and said I must move my money to a safe account, take £2,000 out, give them my sort code and tell no one. I rang the number they gave and it turned out to be genuine.';
    expect(read(safe).answers.asked).toEqual(expect.arrayContaining(['transfer-money', 'withdraw-cash', 'bank-details', 'keep-secret']));
    expect(answersOnly.answersOf(safe)).toEqual(read(safe).answers);
  });

  it('does not take a check the caller set up as the outcome: "told me to ring 999 to check he was genuine"', () => {
    const text = 'He told me to ring 999 to check he was genuine, so I did, and a lady said yes he was. Then he said I must take out £6,000.';
    const r = readBoth(text);
    expect(r.answers.asked).toContain('withdraw-cash');
    expect(r.notes.join(' ')).not.toContain('turned out to be genuine');
  });

  it('does not read scams in general, in the news or a warning, as this call feeling wrong', () => {
    for (const text of [
      "Delivery driver rang three times, which freaked me out because I'd been reading about parcel scams on here. He couldn't find the house.",
      'Client had been worried by parcel scam stories on the radio. The office rang back to say Saturday.',
      "Trading Standards say there are phone scams going round, but this one was the council's own team.",
    ]) expect(readBoth(text).answers.signs ?? [], text).not.toContain('felt-wrong');
    for (const text of ['They told me every one of them was a scam.', 'I knew it was one of those scams straight away.', 'It was a scam call.'])
      expect(readBoth(text).answers.signs ?? [], text).toContain('felt-wrong');
  });

  it('does not read a scam the person reported as this call feeling wrong', () => {
    for (const text of [
      'I rang Action Fraud to report the scam call I had yesterday, they gave me a reference number and some advice.',
      'I phoned the police on 101 to report a scam call and an officer called back today to take a statement.',
      'Police called round to follow up on the scam I reported, the officer gave me a crime number.',
    ]) expect(readBoth(text).answers.signs ?? [], text).not.toContain('felt-wrong');
    // a caller after the report still asks for what they ask for
    expect(readBoth('I reported the scam to Action Fraud. Then a man rang saying he could get my £5,000 back if I paid a £300 fee.').answers.asked).toContain('pay-fee');
  });

  it("does not count the real bank's word that a card was misused once the call is said to be genuine", () => {
    const text = 'Someone said they were from Santander about a suspicious transaction. I called back on the number on the back of my card anyway and it was them.';
    expect(readBoth(text).answers.signs ?? []).not.toContain('card-misused');
    expect(readBoth('Someone said they were from Santander about a suspicious transaction.').answers.signs).toContain('card-misused');
    const police = "Police rang to say my nephew has been in an accident and he's at the Royal Infirmary. The officer gave her collar number and I rang 101 to check, which was all fine.";
    expect(readBoth(police).answers.signs ?? []).not.toContain('relative-in-trouble');
    expect(readBoth("Police rang to say my nephew has been in an accident and he's at the Royal Infirmary.").answers.signs).toContain('relative-in-trouble');
  });

  it('takes the outcome told last when a description tells both', () => {
    // a warning about scams, then the call was the son: genuine
    const warned = "My son's a police officer and rang me from work. He said there'd been a run of courier fraud in our area. It was definitely him, he was telling me about the grandkids.";
    expect(readBoth(warned).answers.signs ?? []).not.toContain('felt-wrong');
    // the worry first, then who it really was
    expect(readBoth('Unknown number, first thought scam, but it was the garage with the MOT result.').answers.signs ?? []).not.toContain('felt-wrong');
    expect(readBoth('I was sure he was fake so I said nothing and rang the number on my card. It was them, my card had turned up in a hack.').answers.signs ?? []).not.toContain('felt-wrong');
    // a scam told after the genuine words is still a scam
    const after = `${scamWords} I thought it really was them. It turned out to be a scam.`;
    expect(readBoth(after).answers.asked).toContain('pay-fee');
    // and "it was them" inside a sentence, or after a doubt, is not how it turned out
    expect(readBoth(`${scamWords} He gave me a code to quote so I'd know it was them.`).answers.asked).toContain('pay-fee');
    expect(readBoth(`${scamWords} I never doubted it was them.`).answers.asked).toContain('pay-fee');
  });

  it('reads an outcome matched as written in any common case', () => {
    for (const end of ['It really was them.', 'IT REALLY WAS THEM.', 'Really was them in the end.']) {
      const text = `${scamWords} ${end}`;
      expect(read(text).answers.asked ?? [], end).not.toContain('pay-fee');
      expect(answersOnly.answersOf(text)).toEqual(read(text).answers);
    }
  });

  it('counts everything when the description also says it was a scam', () => {
    const text = `${scamWords} It turned out to be genuine, they said, but it turned out to be a scam and I lost my savings.`;
    expect(read(text).answers.asked).toContain('pay-fee');
    expect(answersOnly.answersOf(text)).toEqual(read(text).answers);
  });

  it('does not take "it was not genuine" as genuine', () => {
    expect(ids(`${scamWords} It was not genuine after all.`, 'asked')).toContain('pay-fee');
  });
});

describe('money paid before the call is not the call\'s doing', () => {
  it.each([
    "I'd sent £950 to what I thought was my daughter's new number. Three hours later First Direct rang to ask about the payment.",
    'Yesterday I paid £299 online with my card. Three minutes later my mobile rang: the fraud team checking it was me.',
    'We were burgled and my wife\'s jewellery was gone. The police came that evening, and an officer kept phoning to check on us.',
    'I paid £400 for the boiler repair on Monday. The next day the firm telephoned about the engineer\'s visit.',
    // money the call is about, paid by the person before it
    'Halifax rang about the £640 I paid yesterday, was it me? I said yes, it was the roofer.',
    'The bank rang about the £3,200 I moved to my savings, said it was bigger than usual.',
  ])('%s', (text) => {
    const r = readBoth(text);
    expect(r.answers.happened ?? []).not.toContain('paid');
    expect(r.leftOut?.some((l) => l.id === 'paid' && l.reason === 'before-call')).toBe(true);
    expect(r.notes.join(' ')).toContain('money paid before the call came');
  });

  it.each([
    // a loss told first is the call's doing
    'Five older people have lost £30,000 between them. A man rings saying he is from the police.',
    // paid after the call came into the story
    'A man rang saying he was from my bank. I sent £5,000 to the safe account he gave me.',
    // no call word at all: nothing to measure from
    'I paid £500 in gift cards.',
    // paid before the call and again after it
    'I paid £200 for the fee. Then he rang back and I paid another £500.',
    // the only call word after it is the person ringing out (reading rings-out): no call came after the payment
    'Mum handed £5,000 to a courier sent by a fake police officer. Later she rang the police.',
    'Dad gave them his savings. The next day he phoned his daughter.',
  ])('still counted: %s', (text) => {
    expect(ids(text, 'happened')).toContain('paid');
  });

  it('still counts what the caller goes on to ask after the money the call is about', () => {
    expect(ids('The bank rang about the money I sent, then told me to move the rest to a safe account.', 'asked')).toContain('transfer-money');
  });
});

describe('everyday words in another sense', () => {
  it.each([
    ['my neighbour rang to say a courier had left my parcel with her and I could pop round for it', 'happened', 'courier-coming'],
    ["my son rang from his halls cos his phone got nicked, he's reported it to the police", 'signs', 'threat'],
    ["Energy supplier called asking for a meter reading because my last bill was estimated.", 'asked', 'pay-fee'],
    ['Capital One called, my card had been used in Manchester. They are posting a new one. She said not to tell anyone the PIN when it comes.', 'asked', 'keep-secret'],
  ] as const)('%s', (text, question, id) => {
    expect(readBoth(text).answers[question] ?? []).not.toContain(id);
  });

  it('still reads someone coming round for it, and secrecy', () => {
    expect(readBoth('He said a man would pop round for it at six.').answers.happened).toContain('courier-coming');
    expect(readBoth('He said not to tell anyone, and to read him the PIN.').answers.asked).toEqual(expect.arrayContaining(['keep-secret', 'pin-or-password']));
  });
});

describe('a number rung from a trusted place is the person checking', () => {
  it.each([
    ['I asked them to text me a reference, and I rang the number on my HSBC card to check it. It matched.', false],
    ['I rang the number on their website after and it is a real team.', false],
    ['I rang the number he gave me.', true],
    ['He told me to ring the number on his website.', true],
    ['I rang the number in the text message on my card statement day.', true],
    // told in the present, as people do in a second language
    ['Bank call me from HSBC about payment in Germany, I say is not me. After I call number on back of card and they say yes this is true.', false],
  ])('%s', (text, asked) => {
    const r = readBoth(text);
    if (asked) expect(r.answers.asked ?? []).toContain('call-back');
    else expect(r.answers.asked ?? []).not.toContain('call-back');
  });
});

describe('a call the person made themselves', () => {
  it.each([
    ['I rang Sky myself about the bill and paid the £60 call-out fee by card over the phone.', 'telecom'],
    ['Rang the council about my council tax reminder, the direct debit had failed, so I paid the £148 by card.', 'government'],
    ['I rang Nationwide on the number on the back of my card and paid my credit card bill.', 'bank'],
    ['I rang my bank to check the payment and went through security questions, then paid the bill.', undefined],
    ['Dad rang the dentist about his bill and paid the £60 by card.', 'other'],
    // any firm, on a number from a trusted place told in the same sentence or the next
    ['I rang Domestic & General about the fridge, booked a repair and paid the £69 excess by card. Number off my paperwork.', undefined],
    ['I rang my insurer on the number on my policy and paid the £250 excess by card.', 'other'],
    // any firm rung "myself"
    ['I rang P&O myself to book the cruise and paid the £250 deposit by card.', undefined],
    // the person's own solicitor, accountant or landlord
    ["Rang my solicitor to find out where the probate's up to for Dad's estate, they said it should be granted within eight weeks.", 'solicitor-or-claims'],
  ])('%s', (text, claimed) => {
    const r = readBoth(text);
    if (claimed) expect(r.answers.claimed ?? []).toContain(claimed);
    expect(r.answers.asked ?? []).not.toContain('pay-fee');
    expect(r.answers.happened ?? []).not.toContain('paid');
    expect(r.leftOut?.some((l) => l.reason === 'own-call')).toBe(true);
    expect(r.notes.join(' ')).toContain('you rang them yourself');
  });

  it.each([
    // a number from a text, left by a caller, given by someone: not a number the person trusts
    ['I rang the number in the text from Evri and paid £2.99 by card.', 'paid'],
    ['I rang Barclays on the number he gave me and paid the fee by card.', 'paid'],
    ['I rang the number he gave me myself and paid the fee by card.', 'paid'],
    ['I rang HMRC on the number the man left on my answerphone and paid the £300 fine by card.', 'paid'],
    // a call returned, not made
    ['I phoned HMRC back and they said I owed £3,000 and must pay today.', 'pay-fee'],
    // a help desk's note of a call that came in
    ['Client 14b – call from bank re blocked payment. Asked client to confirm card details. Client gave.', 'gave-bank'],
    // someone new rang afterwards, in the same sentence or the next
    ['I rang BT about my broadband. Next day a man rang saying he was from BT and needed my card details for a refund.', 'bank-details'],
    ["I rang my bank because a man had phoned saying my account was hacked and I'd given him my card number.", 'gave-bank'],
    // money gone: no longer the person's own business
    ['Rang Barclays to check, they asked for my sort code and then £4,000 went from my account.', 'paid'],
    // what a bank never asks, whoever rang whom
    ['I rang my bank and they told me to move my money to a safe account.', 'transfer-money'],
    ['I rang BT about my slow broadband, the man said he would fix it if I let him on my computer.', 'remote-access'],
    // a shop or a helpline found online is not trusted: fake helplines start so
    ['I rang Amazon about a refund and they wanted my bank details and a £50 fee.', 'pay-fee'],
    // retold, from a number someone left
    ['Mum said she rang the number the man left and paid the £300 fine by card.', 'paid'],
    // a trusted place beside a number from an untrusted one
    ['I googled Amazon and rang the number on their website, they wanted a £50 fee by card.', 'pay-fee'],
    ['I rang the removals firm and paid the £150 fee by card. The number was in the text they sent, same as my bill.', 'paid'],
  ])('still counted: %s', (text, id) => {
    const r = readBoth(text);
    expect([...(r.answers.asked ?? []), ...(r.answers.happened ?? [])]).toContain(id);
  });
});

describe('a call the person made, retold or with words of loss that are not', () => {
  it.each([
    // retold by a relative or a help desk
    'Client said she rang HMRC about her tax code. They asked her National Insurance number and date of birth.',
    // "took" without money is not money taken
    'Mum rang British Gas because her bill looked too high. They asked her date of birth and took a reading off her.',
    // a loss denied is no loss
    'Dad rang Santander himself after his card was declined. They took him through security and his date of birth. Nothing lost.',
    // a thing lost is not money lost
    "Dad rang the bank's fraud line after losing his wallet on the bus. They asked his security questions.",
  ])('%s', (text) => {
    const r = readBoth(text);
    expect(r.answers.asked ?? []).not.toContain('personal-details');
    expect(r.leftOut?.some((l) => l.reason === 'own-call')).toBe(true);
  });
});

describe('what the call came after', () => {
  it('reads the person\'s own deed after "after" as done, not asked for', () => {
    expect(ids("My uncle's bank rang him after he tried to send £4,000 to a builder.", 'asked')).not.toContain('transfer-money');
    expect(ids('The bank rang after I tried to send £600 for concert tickets.', 'asked')).not.toContain('transfer-money');
  });

  it('still reads what the caller went on to ask, and an obligation', () => {
    expect(ids("A man rang after I'd got home and told me to move my money to a safe account.", 'asked')).toContain('transfer-money');
    expect(ids('He rang after he had to pay a fine, and told me to pay mine too.', 'asked')).toContain('pay-fee');
  });
});

describe('a care caller checking who you are', () => {
  it('leaves out the date of birth given to a pharmacist, as it does the one asked for', () => {
    const text = 'The pharmacist rang Dad because the doctor had changed his tablets. She confirmed his date of birth first.';
    const r = readBoth(text);
    expect(r.answers.happened ?? []).not.toContain('gave-personal');
    expect(r.leftOut?.some((l) => l.id === 'gave-personal' && l.reason === 'care')).toBe(true);
  });
});

describe('someone paid for their work', () => {
  it.each([
    'Window cleaner rang, he is coming Thursday, I will leave his cash under the mat like always.',
    "Nan's gardener rang the day before. She gave him £60 cash when he finished, like always.",
    'The plumber rang to say he was on his way. She paid him £120 cash once he had fixed it.',
    "Client said her cleaner asked on the phone if she could be paid cash this week instead of by transfer.",
  ])('%s', (text) => {
    const r = readBoth(text);
    expect([...(r.answers.asked ?? []), ...(r.answers.happened ?? [])]).not.toContain('hand-over-cash');
    expect(r.answers.happened ?? []).not.toContain('paid');
    expect(r.leftOut?.some((l) => l.reason === 'service')).toBe(true);
    expect(r.notes.join(' ')).toContain('paying someone for their work');
  });

  it.each([
    // a courier, a trader at the door, somewhere new to pay, pressure, a caller from an organisation, a scam named
    ['The plumber said a courier would collect the £500 cash tonight.', 'hand-over-cash'],
    ["A 'roofer' knocked last week, then rang today, he needs £3,800 cash for timber.", 'transfer-money'],
    ['The electrician rang asking me to pay the £800 balance to a different account, so I did.', 'paid'],
    ['Our builder rang, he needs £3,000 cash for materials by tomorrow.', 'transfer-money'],
    ['A man from the bank said the builder had been paid £4,000 and I must move the rest.', 'pay-fee'],
    ['It was a scam: the fake builder rang and I transferred £4,000 for materials.', 'paid'],
  ])('still counted: %s', (text, id) => {
    const r = readBoth(text);
    expect([...(r.answers.asked ?? []), ...(r.answers.happened ?? [])]).toContain(id);
  });
});

describe('scams told in everyday words, found by the probe descriptions', () => {
  it.each([
    ['He told me to put my card and PIN in the post to their security department.', 'asked', 'hand-over-card'],
    ['They said they would put a £300 rebate on my account. I gave them the number, the expiry and the three digits on the back.', 'happened', 'gave-bank'],
    ['He asked me to read him the six-digit number that had just come through from WhatsApp.', 'asked', 'pin-or-password'],
    ["She'd given them the four numbers for her card. The card was used an hour later.", 'asked', 'pin-or-password'],
    ["They needed to set up a secure device on my account, I'd get a code to read back.", 'asked', 'pin-or-password'],
    ['He said my account would be closed today unless I verified who I was.', 'signs', 'threat'],
    ['Could I approve the notification in my app so they can cancel the dodgy payment.', 'asked', 'pin-or-password'],
    ["Recorded voice saying someone ordered an iPhone on her account, press 1.", 'signs', 'account-order'],
    ["He just needs her bank card number to check she's eligible. She read it out to him.", 'happened', 'gave-bank'],
    ['He needed access to my computer to check for hackers, I let him.', 'signs', 'device-problem'],
    ["A voice said 'Hi Mum, it's me, I've been arrested, I need you to talk to my lawyer'.", 'signs', 'relative-in-trouble'],
    ['A WhatsApp call from a number he didn\'t know, it sounded just like my brother, saying his phone was smashed.', 'signs', 'new-number'],
    ['A man asked for the number that had just come to his phone so he could cancel it.', 'asked', 'pin-or-password'],
    ['They asked for her card number and then the code that came by text, and she gave both.', 'asked', 'pin-or-password'],
    ['Mum transferred it to an account in someone else\'s name.', 'happened', 'paid'],
    ['She sent it by Western Union.', 'happened', 'paid'],
    ['A man rang offering her a new mobility scooter on a free trial.', 'signs', 'unexpected-offer'],
    ["She said she'd crashed a hire car in Spain and the company wouldn't let her leave till she paid.", 'signs', 'relative-in-trouble'],
    ['They said the car would be clamped off the road and they would retake the £165 over the phone.', 'signs', 'threat'],
    ['They said the car would be clamped off the road and they would retake the £165 over the phone.', 'asked', 'pay-fee'],
    ['Royal Mail said she would text me a link. I paid it on the link with my card.', 'happened', 'paid'],
    ['He sent me a link to update my payment, I put my card in.', 'happened', 'gave-bank'],
    ['A man rang and said my pension could be unlocked now at 50. I transferred my whole pot over to his company.', 'happened', 'paid'],
    ['A man rang and said my pension could be unlocked now at 50. I transferred my whole pot over to his company.', 'claimed', 'investment-firm'],
    ['He told me to put my card and PIN in the post to their security department.', 'asked', 'pin-or-password'],
    ['Dad handed his watch and £800 to a man who came round that afternoon.', 'happened', 'paid'],
    ['The officer suggested he hand it in for safekeeping until the case was over.', 'asked', 'hand-over-cash'],
    ['She said she had sent a code to my phone by mistake and could I read it back to her. I did.', 'asked', 'pin-or-password'],
    ['They got me to approve a few things in the app which they said would cancel them.', 'asked', 'pin-or-password'],
    ['The woman said it was £2.99 to rebook, so I read her the long number on my card and the three on the back.', 'happened', 'gave-bank'],
    ["Hi Dad it's me, new number. Can you help me with a payment? It's urgent.", 'asked', 'transfer-money'],
    ['They need the code that came up on my iPhone to lock it, he said.', 'asked', 'pin-or-password'],
  ] as const)('%s (%s: %s)', (text, q, id) => {
    expect(ids(text, q)).toContain(id);
  });
});

describe('"Hi Mum": a relative on a new phone or number', () => {
  const verdictOf = (text: string) => check(rs, checkAnswerIds(rs, read(text).answers).answers, { region: 'england' }).verdict;

  it.each([
    ["text from 'my son' on a new number, says he needs 850 for his rent today, can I send it", 'high-risk'],
    ['My granddaughter messaged from a new number, her phone is broken, could I pay her rent today', 'high-risk'],
    ['Hi Mum this is my new number, I sent £600 to the account she gave me for her rent, she needed it urgently', 'scam'],
  ] as const)('%s: %s', (text, verdict) => {
    expect(ids(text, 'signs')).toContain('new-number');
    expect(verdictOf(text)).toBe(verdict);
  });

  it.each([
    // no money asked: a relative passing on a new number is not a warning sign
    'My daughter rang from her new number to say she has switched networks. She did not ask for anything.',
    "Grandson's new number came through on WhatsApp, he just wanted to say happy birthday.",
  ])('no money, no alarm: %s', (text) => {
    expect(verdictOf(text)).toBe('no-known-signs');
  });

  it('a new phone that is not a relative\'s raises nothing', () => {
    const text = 'The phone shop rang to say my new phone is ready to collect.';
    expect(ids(text, 'signs')).toContain('new-number');
    expect(verdictOf(text)).toBe('no-known-signs');
  });
});

describe('the caller named something the person does not have', () => {
  it.each([
    ['Had a call trying to get me to extend the warranty on my gas boiler. I don\'t have a gas boiler.', "don't have a gas boiler"],
    ['A woman said she was from Nationwide, about my mortgage. I haven\'t got a Nationwide mortgage, I rent.', "haven't got a Nationwide mortgage"],
    ['Someone rang saying he was Barclays fraud team. The thing is, they don\'t even bank with Barclays.', "don't even bank with Barclays"],
    ['He said my grandson had been arrested and needed bail. She hasn\'t got a grandson.', "hasn't got a grandson"],
    ['Recorded voice about my Amazon Prime renewal, press 1. We dont have Amazon Prime.', 'dont have Amazon Prime'],
  ])('felt wrong: %s', (text, words) => {
    expect(ids(text, 'signs')).toContain('felt-wrong');
    expect(read(text).evidence.find((e) => e.id === 'felt-wrong')?.words).toEqual([words]);
  });

  it.each([
    // nothing named before: the person only says what they lack
    "I don't have a car, so the hospital rang to book me transport for Tuesday.",
    // "have to" is another sense
    'The council rang to offer me the flat. You don\'t have to take the flat if it does not suit.',
    // everyday words said again do not count
    "The surgery rang from a withheld number and I don't have the number to ring back.",
    'The bank rang about a payment on my card. I said I had no time, I haven\'t got time for this.',
    // grammar words said again ("and") are not a name
    'She said she was from Virgin Media, and I listened. I told her I don\'t have a television and won\'t pay for it.',
  ])('not read: %s', (text) => {
    expect(ids(text, 'signs')).not.toContain('felt-wrong');
  });
});

describe('rules/reading.yaml', () => {
  it('every cue phrase can match, and each kind is there', () => {
    expect(cueProblems(rs.set)).toEqual([]);
    const kinds = new Set(compilePhrases(rs.set).groups.map((g) => g.cue));
    for (const cue of CUES) expect(kinds.has(cue), cue).toBe(true);
  });

  it('a cue that can never match is named', () => {
    const set = { ...rs.set, reading: { ...rs.set.reading!, senses: ['the my a', 'press. one'] } };
    expect(cueProblems(set).map((p) => p.phrase)).toEqual(['the my a', 'press. one']);
  });

  it('so is a cue of several words that keeps one, and would count wherever that word is ("make me" keeps "make")', () => {
    const set = { ...rs.set, reading: { ...rs.set.reading!, demands: [...rs.set.reading!.demands, 'make me', 'made it'], senses: ['collect him', 'collect the kids'] } };
    const problems = cueProblems(set);
    expect(problems.map((p) => p.phrase)).toEqual(['collect him', 'make me', 'made it']);
    expect(problems[0]!.message).toMatch(/^keeps only one word once small words/);
  });

  it('names only real answers', () => {
    const reading = rs.set.reading!;
    for (const [asked, happened] of Object.entries(reading.compliedMeans)) {
      expect(rs.answerIds.asked, asked).toContain(asked);
      expect(rs.answerIds.happened, happened).toContain(happened);
    }
    for (const byQuestion of [reading.genuineDrops, reading.questionKeeps, reading.ownDeedKeeps]) {
      for (const [q, list] of Object.entries(byQuestion)) for (const id of list) expect(rs.answerIds[q as 'asked'], `${q}: ${id}`).toContain(id);
    }
    for (const key of ['role-caller-claimed', 'role-caller-asked', 'role-on-the-call', 'role-happened', 'role-did-as-asked', 'outcome-genuine', 'outcome-believed', 'outcome-both', 'process', 'left-out-genuine', 'left-out-question']) {
      expect(reading.wording[key], key).toBeTruthy();
    }
  });
});

describe('a pack extends the reading vocabulary', () => {
  it('adds senses, outcomes and wording, checked by the schema', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { assembleFromYaml } = await import('../../src/rules/load.js');
    const dir = mkdtempSync(join(tmpdir(), 'scamcheck-reading-'));
    writeFileSync(join(dir, 'pack.yaml'), 'name: reading-pack\nversion: "1"\nschemaVersion: 1\n');
    /** The pack with this reading.yaml, assembled with the built-in rules. */
    const withReading = (yaml: string) => {
      writeFileSync(join(dir, 'reading.yaml'), yaml);
      return assembleFromYaml([dir]);
    };
    /** The same, which must assemble without errors, and its reader. */
    const packWith = async (yaml: string) => {
      const { set, problems } = await withReading(yaml);
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      return { set, read: createReader(set) };
    };
    const errorsOf = async (yaml: string) => (await withReading(yaml)).problems.filter((p) => p.severity === 'error').map((p) => p.message);

    const { set, read: packRead } = await packWith(
      'reading:\n  senses: ["install the new aerial"]\n  genuine: ["the branch vouched for them"]\n  complied-means: { buy-goods: paid }\n  wording: { role-caller-asked: "they wanted you to" }\n',
    );
    expect(set.reading!.senses).toContain('install the new aerial');
    expect(set.reading!.senses).toContain('install line');
    expect(set.reading!.compliedMeans['buy-goods']).toBe('paid');
    expect(packRead('He came to install the new aerial on the roof.').answers.asked ?? []).not.toContain('remote-access');
    expect(packRead('The bank said I must pay the fee today.').answers.asked).toContain('pay-fee');
    const r = packRead('The bank said I must pay the fee today. The branch vouched for them.');
    expect(r.answers.asked ?? []).not.toContain('pay-fee');
    expect(packRead('The caller asked for my PIN.').evidence.find((e) => e.id === 'pin-or-password')?.roleText).toBe('they wanted you to');

    // Who did what can be extended too: a demand word, a pressure phrase that needs one, a relative near a call.
    const { read: moreRead } = await packWith(
      'reading:\n  demands: [beg]\n  needs-demand: { signs: { urgent: ["before teatime"] } }\n' +
        '  needs-near:\n    - { question: claimed, answer: family, phrases: [godson], after: [ring] }\n',
    );
    expect(moreRead('He begged me to pay before teatime.').answers.signs ?? []).toContain('urgent');
    expect(moreRead('I will see the garden before teatime.').answers.signs ?? []).not.toContain('urgent');
    expect(moreRead('My godson rang me.').answers.claimed ?? []).toContain('family');
    expect(moreRead('My godson took the bins out.').answers.claimed ?? []).not.toContain('family');

    // And the person moved, and answers whose every phrase waits for a demand.
    const moved = await packWith(
      'reading:\n  people-moved: [ship]\n  all-need-demand: { asked: [personal-details] }\n  done-not-asked: { asked: { call-back: ["to ring the council"] } }\n' +
        '  own-reactions: { signs: [urgent] }\n',
    );
    expect(moved.set.reading!.peopleMoved).toEqual(expect.arrayContaining(['send', 'ship']));
    const movedRead = moved.read;
    expect(movedRead('He told me to send her back home.').answers.asked ?? []).not.toContain('transfer-money');
    expect(movedRead('The surgery rang and my date of birth was on the letter.').answers.asked ?? []).not.toContain('personal-details');
    expect(movedRead('He wanted my date of birth.').answers.asked ?? []).toContain('personal-details');
    // A phrase of done-not-asked is also the answer's phrase: asked when wanted, checking when done.
    expect(movedRead('He told me to ring the council.').answers.asked ?? []).toContain('call-back');
    expect(movedRead('I rang the council myself.').answers.asked ?? []).not.toContain('call-back');
    // own-reactions extended: the person hurrying is their own reaction.
    expect(moved.set.reading!.ownReactions.signs).toEqual(expect.arrayContaining(['aggressive', 'urgent']));
    expect(movedRead('I rushed to the bank.').answers.signs ?? []).not.toContain('urgent');
    // care-callers extended: the vet's hurry is about care too, and the vet is "someone else".
    const vet = await packWith('reading:\n  care-callers: ["the vet"]\n  care-keeps: { signs: [threat] }\n');
    expect(vet.set.reading!.careCallers).toEqual(expect.arrayContaining(['hospital', 'the vet']));
    expect(read('The vet rang and told me to bring the dog in straight away.').answers.signs).toEqual(['urgent']);
    expect(vet.read('The vet rang and told me to bring the dog in straight away.').answers.signs).toBeUndefined();
    expect(vet.read('The vet rang and threatened legal action unless I came in straight away.').answers.signs).toEqual(['urgent', 'threat']);
    expect(await errorsOf('reading:\n  care-drops: { signs: [urgnt] }\n')).toContainEqual(expect.stringMatching(/care-drops.*"urgnt" is not an answer to "signs"/));
    expect(await errorsOf('reading:\n  all-need-demand: { asked: [bank-detail] }\n')).toContainEqual(expect.stringMatching(/all-need-demand.*"bank-detail" is not an answer to "asked"/));
    const typos = await errorsOf('reading:\n  done-not-asked: { asked: { callback: ["to ring the council"] } }\n  own-reactions: { signs: [agressive] }\n');
    expect(typos).toContainEqual(expect.stringMatching(/done-not-asked.*"callback" is not an answer to "asked"/));
    expect(typos).toContainEqual(expect.stringMatching(/own-reactions.*"agressive" is not an answer to "signs"/));
    expect(await errorsOf('reading:\n  needs-demand: { signs: { urgnet: ["before teatime"] } }\n')).toContainEqual(
      expect.stringMatching(/needs-demand.*"urgnet" is not an answer to "signs".*did you mean "urgent"/),
    );
    expect(await errorsOf('reading:\n  condition-means: { paid: pay-fe }\n')).toContainEqual(expect.stringMatching(/condition-means.*"pay-fe" is not an answer to "asked"/));
    // stands-alone extended: a one-word tool name counts without a demand, and is the answer's phrase too.
    expect(read('It was ScreenMeet, and then the money went.').answers.asked ?? []).not.toContain('remote-access');
    const tool = await packWith('reading:\n  stands-alone: { asked: { remote-access: [screenmeet] } }\n');
    expect(tool.read('It was ScreenMeet, and then the money went.').answers.asked).toContain('remote-access');
    expect(await errorsOf('reading:\n  stands-alone: { asked: { remote-acess: [screenmeet] } }\n')).toContainEqual(expect.stringMatching(/stands-alone.*"remote-acess" is not an answer to "asked"/));
    expect(await errorsOf('reading:\n  rings-the-person: { asked: [callback] }\n')).toContainEqual(expect.stringMatching(/rings-the-person.*"callback" is not an answer to "asked"/));
    expect(await errorsOf('reading:\n  reported-drops: { signs: [investigaton] }\n')).toContainEqual(expect.stringMatching(/reported-drops.*"investigaton" is not an answer to "signs"/));
    expect(await errorsOf('reading:\n  claimed-means: { paid: card-misuse }\n')).toContainEqual(expect.stringMatching(/claimed-means.*"card-misuse" is not an answer to "signs"/));
    expect(await errorsOf('reading:\n  near-miss-means: { paid: transfer-mony }\n')).toContainEqual(expect.stringMatching(/near-miss-means.*"transfer-mony" is not an answer to "asked"/));
    expect(await errorsOf('reading:\n  sences: ["typo"]\n')).toContainEqual(expect.stringContaining('sences'));
  });
});

describe('what someone was made to do, and what the person made of the call', () => {
  it.each([
    ['He had me download a program so he could fix it.', 'remote-access', 'remote-access-given'],
    ['The man had him draw out a big pile of cash.', 'withdraw-cash', 'paid'],
    ['He talked me through installing AnyDesk.', 'remote-access', 'remote-access-given'],
    ['They had her link him to her computer.', 'remote-access', 'remote-access-given'],
  ] as const)('%s: asked %s, and done: %s', (text, asked, done) => {
    expect(ids(text, 'asked')).toContain(asked);
    expect(ids(text, 'happened')).toContain(done);
  });

  it('reads "ended up giving them…" as done for what follows in its sentence, "so I gave it" for what came before', () => {
    const text = 'They said the telegraph pole needed fixing, and he ended up giving them his bank card details and his PIN.';
    expect(ids(text, 'happened')).toContain('gave-bank');
    expect(ids(text, 'asked')).toEqual(expect.arrayContaining(['bank-details', 'pin-or-password']));
    expect(ids('He asked for my PIN, so I gave it.', 'happened')).toContain('gave-bank');
    expect(ids('I rang a so-called free number on the letter and it was the hospital.', 'signs')).not.toContain('felt-wrong');
  });

  it('does not read the making as done when the person did it, or when they refused', () => {
    expect(ids('I talked him in and he reversed into the drive.', 'happened')).toEqual([]);
    expect(ids('He tried to have me download a program but I refused.', 'happened')).not.toContain('remote-access-given');
    expect(ids('I got him to download the banking app for me.', 'happened')).not.toContain('remote-access-given');
  });

  it('reads "it felt wrong" from the person calling it a scam, not from a scam denied or a genuine call', () => {
    expect(ids('I got a scam call from someone pretending to be BT.', 'signs')).toContain('felt-wrong');
    expect(ids('I smelt a rat and put the phone down.', 'signs')).toContain('felt-wrong');
    expect(ids("The surgery rang about my results. It wasn't a scam.", 'signs')).not.toContain('felt-wrong');
    expect(ids('I thought it was a scam, but it really was them: the bank checking a payment.', 'signs')).not.toContain('felt-wrong');
    // With no comma: what follows "but" is how it turned out, not the belief.
    expect(ids('had a call from unknown n thought scam but it was the mental health team checking in on my brother', 'signs')).not.toContain('felt-wrong');
    expect(ids('I thought it was a scam and hung up.', 'signs')).toContain('felt-wrong');
  });

  it('does not read a dodgy heart, or a text or website that was fake, as the call feeling wrong', () => {
    for (const text of [
      'Rang the surgery and the next appointment is in six weeks. With my dodgy heart that seems a long time.',
      'Bank rang, card blocked due to a dodgy website I used, new card coming.',
      'I rang NatWest about a text saying my account was locked. They told me the text was fake.',
      'Rang Halifax myself about a weird text, they said the text was probably phishing, just delete it.',
    ]) expect(ids(text, 'signs'), text).not.toContain('felt-wrong');
    expect(ids('The man on the phone sounded dodgy, so I hung up.', 'signs')).toContain('felt-wrong');
    expect(ids('It was a fake call from someone saying he was the bank.', 'signs')).toContain('felt-wrong');
  });

  it("reads the bank ringing about the person's own payment, named by its owner or amount, as what the call is about", () => {
    for (const text of [
      'Santander rang about my £2,000 transfer to my own Chase account, they released it.',
      'the Santander geezer phones me about my transfer to Revolut, asks was it me, I said yeah',
      "Nationwide rang Mum about her new payment to the builder, she said it was hers.",
    ]) expect(ids(text, 'asked'), text).not.toContain('transfer-money');
    const stopped = "Barclays called to say they'd stopped a card payment on a website, they asked me to confirm my postcode first.";
    expect(ids(stopped, 'asked')).not.toContain('pay-fee');
    expect(read(stopped).notes.join(' ')).toContain('it reads as a payment of yours, made or stopped, that the call was about');
    expect(ids('He said they had stopped a payment and I must pay £200 to release it.', 'asked')).toContain('pay-fee');
    for (const text of [
      'He rang about my account and said I must transfer it all to a safe account.',
      'He rang about a transfer and told me to move my savings today.',
      'She was ringing about moving my money to a new account.',
    ]) expect(ids(text, 'asked'), text).toContain('transfer-money');
  });

  it('reads "asking (me) if I\'d (just) sent" as a question about a fact, and "asked if I\'d pay" as a request', () => {
    for (const text of [
      "HSBC rang asking if I'd just tried to send £15,000 to a crypto exchange, I had.",
      "HSBC rang asking me if I'd sent £15,000 to a crypto exchange.",
      'The bank asked me if I had already moved the money myself.',
    ]) expect(ids(text, 'asked'), text).not.toContain('transfer-money');
    expect(ids("Then he asked if I'd pay his £900 rent because his banking was locked.", 'asked')).toContain('pay-fee');
    expect(ids('He asked me if I could take the money out today.', 'asked')).toContain('withdraw-cash');
  });

  it('reads Apple Pay as a wallet on a phone, not money asked for or a computer company', () => {
    const text = "Nationwide fraud team called, said someone had tried to add my card to Apple Pay on a phone that isn't mine, they've blocked it.";
    expect(ids(text, 'asked')).not.toContain('pay-fee');
    expect(ids(text, 'claimed')).not.toContain('tech-support');
  });

  it('reads Scots forms: "gied", "telt", "fae", "wisnae", "didnae"', () => {
    const text = 'aye so this wummin phones fae the energy company, says she needs ma card tae put the rebate on, so I gied her the long number an the wee three on the back';
    expect(ids(text, 'happened')).toContain('gave-bank');
    expect(ids('the boy fae the bank telt me they had stopped it, he didnae ask fur anythin', 'asked')).toEqual(['none']);
    expect(ids('a man phones fae the bank sayin I have tae move ma savings tae a new account', 'claimed')).toContain('bank');
  });

  it('reads a deed wanted in the passive ("must be paid", "to be transferred") as asked for, not done or told as a loss', () => {
    const text = "She said she was from the hospital and the ambulance has a £75 charge that must be paid by card now. I paid it.";
    expect(ids(text, 'asked')).toContain('pay-fee');
    expect(ids(text, 'signs')).not.toContain('card-misused');
    expect(ids(text, 'happened')).toContain('paid');
    for (const t of ['A man came on asking for £2,000 to be transferred. I said I would call back.', 'Caller said a £150 admin fee was to be paid by card first. Client declined.']) {
      expect(ids(t, 'happened'), t).not.toContain('paid');
    }
    expect(ids('He asked to be given access to my computer. I did not let them in.', 'happened')).not.toContain('remote-access-given');
    expect(ids('He said £600 had been paid by card from my account.', 'signs')).toContain('card-misused');
  });

  it('reads money found missing after the call as gone, and a caller saying money went missing as what they claimed', () => {
    expect(ids('Mum was on the phone to the bank for two hours and now there are two new payees and £9,000 missing.', 'happened')).toContain('paid');
    expect(ids('She read them out. Afterwards more than £10,000 was missing from her account.', 'happened')).toContain('paid');
    const claimed = 'A woman phoned saying she was from my bank and that money had gone missing from my account.';
    expect(ids(claimed, 'happened')).not.toContain('paid');
    expect(ids(claimed, 'signs')).toContain('card-misused');
  });

  it('reads "the call was real" and "It was real." as how the call turned out, not "none of it was real"', () => {
    const call = 'The bank rang to say they had stopped a payment on my card at a website.';
    expect(ids(call, 'signs')).toContain('card-misused');
    expect(ids(`${call} I rang the number on the back. It was real, new card on its way.`, 'signs')).not.toContain('card-misused');
    expect(ids(`${call} I went to the branch and they confirm the call was real.`, 'signs')).not.toContain('card-misused');
    expect(ids('He said money had been taken from her account. She rang 101 and found out none of it was real.', 'signs')).toContain('card-misused');
    expect(ids(`${call} Turns out it was real, new card on its way.`, 'signs')).not.toContain('card-misused');
    expect(ids(`${call} I rang the number on the card. Turned out it was them.`, 'signs')).not.toContain('card-misused');
    // Told in the present after the person's own check, and a bailiff's "take control of goods" is not a computer taken over.
    const bailiff = 'Enforcement agents rang about council tax arrears, they will take control of goods unless I pay £486 today.';
    expect(ids(bailiff, 'signs')).toContain('urgent');
    expect(ids(bailiff, 'asked')).not.toContain('remote-access');
    expect(ids(`${bailiff} I checked with the council and it's real. I paid the council direct.`, 'signs')).not.toContain('urgent');
    expect(ids('He said he was from the council. He said my case is real and I will be arrested today.', 'signs')).toContain('urgent');
  });

  it('reads doing as asked two sentences after the request, with a sentence between', () => {
    const asked = 'She said she needed £900 for the rent today. Then a text came with bank details from another number.';
    expect(ids(asked, 'happened')).not.toContain('paid');
    expect(ids(`${asked} I sent it.`, 'happened')).toContain('paid');
    // A bare "I did," is not doing as asked.
    expect(ids("He asked for my card number. I said I'd ring them back. I did, on the number on my card.", 'happened')).not.toContain('gave-bank');
  });

  it('reads the person doing what was asked to "it", to whom, or to a number of it', () => {
    expect(ids('He said he needs £1,200 for rent today. I paid it to the account he gave me.', 'happened')).toContain('paid');
    expect(ids('He needed £1,700 for a deposit urgently, I\'ve sent half.', 'happened')).toContain('paid');
    expect(ids('He wanted £3,000. I sent the lot.', 'happened')).toContain('paid');
    expect(ids('He wanted £3,000. I sent 2 texts to my son.', 'happened')).not.toContain('paid');
    expect(ids('He asked for £1,700. I paid the bill.', 'happened')).not.toContain('paid');
    // Money coming back to the person is not asked for, whatever else the sentence says.
    const loan = "My daughter rang, her car's been towed. I transferred it to her usual account and she paid me back today.";
    expect(ids(loan, 'asked')).not.toContain('transfer-money');
    expect(ids('He helped me move it into a holding account with his company.', 'happened')).toContain('paid');
    const credit = 'Sky rang me back about my bill, she gave me £20 credit, asked me to confirm my name and the first line of my address.';
    expect(ids(credit, 'asked')).not.toContain('hand-over-cash');
    expect(ids(credit, 'happened')).not.toContain('paid');
  });

  it('reads a code read out from a text, called a number, as a passcode asked for', () => {
    expect(ids('the man keeps ringing back asking her to read him the number from the text', 'asked')).toContain('pin-or-password');
    expect(ids('texts with codes keep coming and he asks her to read him the latest number', 'asked')).toContain('pin-or-password');
    expect(ids('I rang the number from the text and it was Evri.', 'asked')).not.toContain('pin-or-password');
  });

  it('reads something free the caller says is the person\'s as an offer out of the blue', () => {
    expect(ids('The lady from the hearing aid service said I was due free batteries and a check-up.', 'signs')).toContain('unexpected-offer');
    expect(ids("Someone from the NHS rang to say I'd been picked for a free health MOT.", 'signs')).toContain('unexpected-offer');
    expect(ids('The optician rang to say my glasses were ready, no charge as I qualify for help.', 'signs')).not.toContain('unexpected-offer');
  });

  it('reads the caller named by the bank ("the \'bank\' guy") as a caller saying they were the bank', () => {
    expect(ids("dad gave the 'bank' guy the long number and expiry and the 3 digits.", 'claimed')).toContain('bank');
    expect(ids('The bank lady rang back about the payment.', 'claimed')).toContain('bank');
  });

  it('reads fraud told in a word ("said fraud") as the caller saying the account was misused', () => {
    expect(ids("lady knew my name, said fraud, told me to transfer 6k to a holding account. done it.", 'signs')).toContain('card-misused');
  });

  it('reads a deposit taken by card as a fee asked for', () => {
    expect(ids("They said they were from the council's energy scheme, offering free loft insulation. Needed a £300 deposit by card to book the survey.", 'asked')).toContain('pay-fee');
  });

  it('reads a retold deed done to "it" or "them" at its sentence\'s end ("She gave them to him.") as done', () => {
    expect(ids('He asked her for her bank card number and the three digits on the back. She gave them to him.', 'happened')).toContain('gave-bank');
    expect(ids('The bank would be drained unless the account was frozen, which needed the password and PIN. She gave them.', 'happened')).toContain('gave-bank');
    expect(ids('He asked for her PIN. She gave them the bag of shopping and shut the door.', 'happened')).not.toContain('gave-bank');
  });

  it('reads "I\'ve give him it", as spoken, as done ("I\'ve given")', () => {
    expect(ids("He just needs the card number to put the refund back on. I've give him it.", 'happened')).toContain('gave-bank');
    expect(ids("I've give him nothing, but he's ringing back at three.", 'happened')).toContain('nothing');
    expect(ids("He wants the card number. I'd give him it if he proved who he was.", 'happened')).not.toContain('gave-bank');
  });

  it('reads a stolen thing and a replaced card as no threat', () => {
    expect(ids("Our Kirsty rang from her mate's phone saying hers had been nicked, asked me to ring Vodafone and get it blocked.", 'signs')).not.toContain('threat');
    expect(ids('My bank rang to say my new card is being sent and the old one stops working next week.', 'signs')).not.toContain('threat');
    expect(ids('He said my son had been nicked and needed bail.', 'signs')).toContain('threat');
    expect(ids('He said my phone will stop working today unless I pay.', 'signs')).toContain('device-problem');
  });

  it('reads things handed to the person ("they handed over the cheque") as no money or cards handed over', () => {
    expect(ids('They rang to say the cheque was ready. I went in with my ID and they handed over the cheque.', 'happened')).not.toContain('paid');
    expect(ids('A courier came to the door and she handed over £2,000 in cash.', 'happened')).toContain('paid');
  });

  it('reads what was found out afterwards as the person thinking it was a scam', () => {
    for (const text of [
      'Hi Mum text, then a call, can you pay this bill. I paid £350 before it clicked.',
      'Dad paid £250 to a private GP service that rang him. No appointment came and the number is dead now.',
      'She paid the admin fee. She never heard from him again.',
      'Someone said she was my daughter on a new number and asked for £1,200. My real daughter knows nothing about it.',
    ]) expect(ids(text, 'signs'), text).toContain('felt-wrong');
    expect(ids('A man rang saying my grandson had unpaid fees. Grandson knew nothing about it.', 'signs')).toContain('felt-wrong');
    expect(ids('Rang the surgery and they know nothing about it.', 'signs')).toContain('felt-wrong');
    expect(ids('The bank asked about a payment. I knew nothing about it, so they stopped the card.', 'signs')).not.toContain('felt-wrong');
    expect(ids('The bank rang about a payment and I told them it was not me.', 'signs')).not.toContain('felt-wrong');
    // The caller's number or firm gone afterwards; not the person ringing a number that rang and rang, nor a flat phone.
    for (const text of [
      "Client gave long card no. Caller no. now unobtainable.",
      "I did as I was told. The officer's mobile doesn't ring any more.",
      "I transferred £42,000. Now the firm doesn't exist.",
      'She paid £750 and her number no longer connects.',
      'I moved it all and now my bank says there was no such call from them.',
      'I sent that too. Now her number doesn’t work.',
      'A man said my daughter had been kidnapped and I had to send money. My daughter was upstairs the whole time.',
    ]) expect(ids(text, 'signs'), text).toContain('felt-wrong');
    for (const text of ['I rang the surgery and it rang and rang.', "Her number doesn't work so she rang from a friend's phone.", "My son's phone's dead so he rang from a friend's.", 'Her old number is switched off, she has a new one.', 'BT rang to say our number was disconnected by mistake in the switchover.']) {
      expect(ids(text, 'signs'), text).not.toContain('felt-wrong');
    }
  });

  it('reads the person telling someone when as their own words, not pressure; being told is still the caller', () => {
    expect(ids('I told him I would be there within the hour.', 'signs')).not.toContain('urgent');
    expect(ids('I was told to pay within the hour.', 'signs')).toContain('urgent');
    expect(ids("She said I'd need to pay his bail in cash today.", 'signs')).toContain('urgent');
  });

  it('counts loose request words only near the words of wanting, not anywhere in a long sentence', () => {
    const far = 'They told me to start the gel, and that they would ring again on Saturday morning to decide whether the transfer would be on day three or day five.';
    expect(ids(far, 'asked')).not.toContain('transfer-money');
    expect(ids('They told me to transfer it all tonight.', 'asked')).toContain('transfer-money');
    // "paid via bank", "paid by PayPal": money paid, the way named.
    expect(ids("Man from 'ebay' said I need to pay a £40 verification fee. Paid via bank.", 'happened')).toContain('paid');
    // A help desk's note: "Gave long card no." is card details given.
    expect(ids("Rec'd call from 'Santander security'. Gave long card no. + 3 digit no.", 'happened')).toContain('gave-bank');
    // "which I gave" reaches back over the whole sentence.
    expect(ids('She never asked for my PIN, only my card number and expiry date to verify me, which I gave.', 'happened')).toContain('gave-bank');
  });

  it("reads the person's own payment as done, not asked for, and one only tried as neither, with a note", () => {
    expect(ids('I sent £500 to my grandson.', 'asked')).not.toContain('transfer-money');
    expect(ids('I sent £500 to my grandson.', 'happened')).toContain('paid');
    const tried = 'I tried to send £500 to my grandson and NatWest held the payment. Their fraud team rang to check.';
    expect(ids(tried, 'asked')).toEqual([]);
    expect(ids(tried, 'happened')).toEqual([]);
    expect(read(tried).notes.join(' ')).toMatch(/"send £500" \(Move or send money\): it reads as something you tried to do yourself/);
    expect(ids('I was transferring £2,000 to my builder when the bank stopped it.', 'asked')).toEqual([]);
    // A note's sentence that opens with the deed has the person as its doer; "sent me" is still the caller.
    expect(ids("paid a 'hospital' in Dubai £6k for my brother's treatment after a doctor rang me.", 'happened')).toContain('paid');
    expect(ids('Rang by Royal Mail re parcel held, £2.99 fee. Gave card details over phone.', 'happened')).toContain('gave-bank');
    expect(ids('Rang by Royal Mail re parcel held, £2.99 fee. Gave card details over phone.', 'asked')).not.toContain('bank-details');
    expect(ids('Man said he was from BT. Installed AnyDesk like he said.', 'happened')).toContain('remote-access-given');
    expect(ids('HMRC rang. Sent me a link to pay the fine.', 'happened')).toEqual([]);
    expect(answersOnly.answersOf('Man said he was from BT. Installed AnyDesk like he said.')).toEqual(read('Man said he was from BT. Installed AnyDesk like he said.').answers);
    // A story told in the present, as people tell one aloud: the person's deed after "I" is done.
    expect(ids('So I give him my card number.', 'happened')).toContain('gave-bank');
    expect(ids('he says he needs the long number off the card so I reads it out to him', 'happened')).toContain('gave-bank');
    expect(ids('He asks me for the code.', 'asked')).toContain('pin-or-password');
    expect(ids('Mum gives him her card number and he says thanks.', 'happened')).toContain('gave-bank');
    expect(ids('Mum gives the window cleaner cash every week.', 'happened')).toEqual([]);
    // Not asked, supposed or habitual: "should I give", "if I send", "I pay by direct debit", "when I give".
    expect(ids('If I send the money will it be safe?', 'happened')).toEqual([]);
    expect(ids('I pay by direct debit so he had the wrong person.', 'happened')).toEqual([]);
    expect(ids('When I give the window cleaner his cash he says thanks.', 'happened')).toEqual([]);
    expect(answersOnly.answersOf('So I give him my card number.')).toEqual(read('So I give him my card number.').answers);
    // The deed done to "it", what was asked, or done bare at a sentence's end, is doing as asked.
    for (const [text, done] of [
      ['She wanted the card number. I gave it to her.', 'gave-bank'],
      ['He wanted £200 for the parcel. I sent it.', 'paid'],
      ['Hi Dad msg from new number, asked for £1,500 for a phone bill. Paid.', 'paid'],
      ['Caller said my rebate was ready, just needed card details. i gave them. 3 payments out since', 'gave-bank'],
      ['He said he needed her card number to stop the payment. Mum gave it to him.', 'gave-bank'],
      // with a helping verb between, and retold of "she" or "he" when a payment is told bare
      ['he wants me to buy gold with my savings, 20 grand, and keep it at home. I\'ve bought it', 'paid'],
      ['Mum was told she\'d be fined £1000 unless she paid £159 now by card. She paid.', 'paid'],
      ['lady said fraud, told me to transfer 6k to a holding account. done it. bank now says wasnt them', 'paid'],
    ] as const) {
      expect(ids(text, 'happened'), text).toContain(done);
      expect(answersOnly.answersOf(text)).toEqual(read(text).answers);
    }
    expect(ids('He asked for my card number. I didn\'t give it to him.', 'happened')).not.toContain('gave-bank');
    expect(ids('He asked for my card number. I gave him my email address.', 'happened')).not.toContain('gave-bank');
    // not bare after a helping verb ("I've withdrawn" from a job), nor after "before"
    expect(ids('The agent wanted my passport number and bank details on a form. I\'ve withdrawn.', 'happened')).toEqual([]);
    expect(ids('They convinced her to buy £200 of vouchers as an admin fee. Stopped before she paid.', 'happened') ?? []).not.toContain('paid');
    // Still read where it was: "paid it over the phone" is money paid with or without a request before it.
    expect(ids('Someone said they were BT: if I paid £28 they would block nuisance calls. I paid it over the phone.', 'happened')).toContain('paid');
    // Approving with a "yes" to stop a payment, when someone wants it, authorises it, as approving does.
    expect(ids("she needs me to confirm a payment in the app by pressing yes, it's to stop the payment", 'asked')).toContain('pin-or-password');
    expect(ids('A recorded message from my GP surgery: press 1 to confirm or 2 to cancel. Pressed 1.', 'asked')).not.toContain('pin-or-password');
    // Told aloud: a grandson "in a police cell", bail in cash, "a man'll come for it".
    const told = "he goes, Nana, it's your grandson, and I'm in a police cell, and a policeman comes on and says two thousand bail in cash, and a man'll come for it.";
    expect(ids(told, 'signs')).toContain('relative-in-trouble');
    expect(ids(told, 'happened')).toContain('courier-coming');
    expect(ids("Mum's carer rang: she'd come for the evening visit and Mum wasn't in.", 'happened')).toEqual([]);
    // In text-speak too: "tryna" is "trying to".
    expect(ids('The bank rang me cos i was tryna send £600 to a guy.', 'asked')).toEqual([]);
    expect(ids('The bank rang me cos i was tryna send £600 to a guy.', 'happened')).toEqual([]);
    expect(ids('I was prevented from sending £10,000 to a firm.', 'asked')).toEqual([]);
    // Wanted by the caller, it is still the request: "he told me to send £500 and I did".
    expect(ids('He told me to send £500 and I did.', 'asked')).toContain('transfer-money');
    expect(ids('He said I had to send £500 today, so I tried to send it.', 'asked')).toContain('transfer-money');
  });

  it('reads someone ringing their own bank or the police as checking, not as the caller asking, with a note', () => {
    const checked = 'He said he was from the police. I hung up and rang the bank.';
    expect(ids(checked, 'asked')).toEqual([]);
    expect(read(checked).notes.join(' ')).toMatch(/"rang the bank" \(Ring a number\): it reads as someone checking for themselves/);
    // The caller's "hang up and ring 999 to check" is still asked; the person doing it is checking.
    expect(ids('He told me to hang up and ring 999 to check.', 'asked')).toContain('call-back');
    expect(ids('He told me to hang up and call them back.', 'asked')).toContain('call-back');
    expect(ids('I hung up and rang 999 to check.', 'asked')).toEqual([]);
    // Hanging up is still read as nothing handed over, whoever is rung next.
    expect(ids('She put the phone down and rang me.', 'happened')).toEqual(['nothing']);
    expect(ids('Afterwards my dad rang his bank and they cancelled the card.', 'asked')).toEqual([]);
    expect(ids('I rang the number on the back of my card.', 'asked')).toEqual([]);
    // Asked by the caller, it is still the request, and so is ringing the number the caller gave.
    expect(ids('She told me to ring the bank.', 'asked')).toContain('call-back');
    expect(ids('He said to hang up and ring my bank, so I rang the bank.', 'asked')).toContain('call-back');
    expect(ids('So I rang the number he gave me.', 'asked')).toContain('call-back');
  });

  it("reads the person's own shouting as theirs, not the caller's aggression, with a note", () => {
    expect(ids('They rang back to offer me the job and I shouted yes please down the phone.', 'signs')).not.toContain('aggressive');
    expect(read('They rang back to offer me the job and I shouted yes please down the phone.').notes.join(' ')).toContain('"shouted" (Rude or aggressive): it reads as what you did, not the caller');
    expect(ids('We both screamed when the school rang with the news.', 'signs')).not.toContain('aggressive');
    // Done to the person, or by the caller, it still counts.
    expect(ids('I was shouted at by the caller.', 'signs')).toContain('aggressive');
    expect(ids('I felt bullied by the man on the phone.', 'signs')).toContain('aggressive');
    expect(ids('I swore at him and he swore straight back.', 'signs')).toContain('aggressive');
    expect(ids('He started swearing at me and hung up.', 'signs')).toContain('aggressive');
  });

  it('reads money given to the person as neither asked for nor gone; "send me £500" is still someone asking', () => {
    expect(ids('They unfroze the account and gave me £150 for the trouble.', 'happened')).toEqual([]);
    expect(ids('They unfroze the account and gave me £150 for the trouble.', 'asked')).toEqual([]);
    expect(ids('My son rang: Mum, send me £500 for the rent.', 'asked')).toContain('transfer-money');
    expect(ids('She asked me to send her £200 and I did.', 'happened')).toContain('paid');
  });

  it('reads a person sent or moved as not money, and money sent to him as money', () => {
    expect(ids('Now the nursery is cross I sent him back today without seeing a doctor.', 'happened')).toEqual([]);
    expect(ids('The hospital sent her straight back to the care home.', 'asked')).toEqual([]);
    expect(ids('They transferred him to another ward.', 'asked')).toEqual([]);
    // A call put through: the person moved, not money.
    expect(ids('The man at the council wanted my address and refused to transfer me, so I hung up.', 'asked')).not.toContain('transfer-money');
    expect(ids('She said she needed to transfer us to the fraud team.', 'asked')).not.toContain('transfer-money');
    expect(ids('She said she needed me to transfer £900 to a safe account.', 'asked')).toContain('transfer-money');
    expect(ids('He told me to send him £500.', 'asked')).toContain('transfer-money');
  });

  it('reads bank details named as not asked for, and asked for when someone wants them', () => {
    expect(ids('Someone got hold of my debit card details and tried to buy £350 of stuff in the USA.', 'asked')).not.toContain('bank-details');
    expect(ids('He wanted my debit card details to verify me.', 'asked')).toContain('bank-details');
  });

  it('reads an officer as the police only with the police or a rank around it', () => {
    expect(ids('An HMRC officer rang about my tax return.', 'claimed')).not.toContain('police');
    expect(ids('The officer said my card had been used in Spain.', 'claimed')).toContain('police');
    expect(ids('She said the copper cable would soon be obsolete.', 'claimed')).toEqual([]);
  });

  it("reads an organisation's rule as covering the list after its colon", () => {
    const rule = 'Remember what a real officer would never do: ask for your bank details or PIN, or ask you to hand cash to a courier.';
    expect(ids(rule, 'asked')).toEqual([]);
    expect(ids('He said he was a police officer: I had to take cash out and hand it to a courier.', 'asked')).toContain('hand-over-cash');
  });

  it('reads a caller who rang to tell you something as asking nothing, unless something asked is read too', () => {
    expect(ids('The hospital rang to say my operation had moved to Friday.', 'asked')).toEqual(['none']);
    expect(ids('The bank rang to say my card was blocked and asked me to read out my PIN.', 'asked')).toEqual(['pin-or-password']);
  });

  it('does not let a phrase whose small words are left out match everyday words: "still on", "named", "keep to"', () => {
    expect(ids('The TV was still on when the GP rang.', 'happened')).not.toContain('still-on-call');
    expect(ids("I'm still on the line with him now.", 'happened')).toContain('still-on-call');
    expect(ids('A man named John rang from the surgery.', 'signs')).not.toContain('knew-details');
    expect(ids('He named my bank and my son.', 'signs')).toContain('knew-details');
    expect(ids('He said keep to the main road when you come in.', 'asked')).not.toContain('keep-secret');
    expect(ids('He said keep it to yourself.', 'asked')).toContain('keep-secret');
    expect(ids('They wanted to move to a bigger house.', 'asked')).not.toContain('transfer-money');
    expect(ids('He told me to move it to a safe account.', 'asked')).toContain('transfer-money');
    expect(ids('We went back to an empty bed.', 'asked')).not.toContain('withdraw-cash');
    expect(ids('He told me to empty my account.', 'asked')).toContain('withdraw-cash');
    expect(ids('The call got cut off halfway.', 'signs')).not.toContain('threat');
    expect(ids('He said they would cut me off.', 'signs')).toContain('threat');
    expect(ids('I rang the council to make a payment for my council tax.', 'signs')).not.toContain('card-misused');
    // Nor a shop's name its everyday word: the boot of a car is not Boots.
    expect(ids('I put the shopping in the boot of the car.', 'claimed')).not.toContain('retailer');
    expect(ids('She rang from Boots about my order.', 'claimed')).toContain('retailer');
  });

  it('does not read "ended up telling" as money handed over', () => {
    expect(ids('They asked what they needed the money for, and a lot of people ended up telling their whole story.', 'happened')).not.toContain('paid');
    expect(ids('He said I needed to move the money, and I ended up transferring £4,000.', 'happened')).toContain('paid');
  });

  it('does not read a screening (a health check) as a screen', () => {
    expect(ids('After my bowel screening I saw a screening nurse at the hospital.', 'happened')).not.toContain('remote-access-given');
    expect(ids('He could see my screen and moved the mouse.', 'happened')).toContain('remote-access-given');
  });

  it('does not read "court" alone as the caller saying they were a court or a government office', () => {
    expect(ids('My lawyer phoned to say the CPS will prosecute her and I go to court as a witness.', 'claimed')).not.toContain('government');
    expect(ids('A man said he was from the county court and I owed £300.', 'claimed')).toContain('government');
  });

  it('reads "ask if I make payment", told in the present, as a question about a fact', () => {
    expect(ids('Today Lloyds bank call me, ask if I make payment 60 pound to Tesco. I say yes.', 'asked')).not.toContain('pay-fee');
    expect(ids('Lloyds call me, ask me to make payment 60 pound to new account.', 'asked')).toContain('pay-fee');
  });

  it("reads a bond sold on the phone as an investment caller, not a bank's own fixed-rate bond", () => {
    expect(ids("She says she's from a private bank and I've been picked for an exclusive bond at 9%.", 'claimed')).toContain('investment-firm');
    expect(ids("Grandad's bank rang to say his fixed-rate bond was maturing.", 'claimed')).not.toContain('investment-firm');
  });

  it('reads a discount or a better deal as an offer, not money for the person', () => {
    const text = 'TalkTalk rang about my contract ending, offered a better deal and a discount.';
    expect(ids(text, 'signs')).toContain('unexpected-offer');
    expect(ids(text, 'signs')).not.toContain('too-good');
    expect(ids('He said I was owed a refund of £300.', 'signs')).toContain('too-good');
  });

  it('does not read a call being recorded, recorded delivery or a menu the person rang as a recorded message', () => {
    for (const text of [
      'BT sales rang. Usual spiel about the call being recorded, then he wanted me to sign another contract.',
      'I sent a letter recorded delivery and a woman from BT rang me the day it landed.',
      "Got home to find the landline dead. Fought through BT's automated menus to report it.",
    ]) expect(ids(text, 'signs'), text).not.toContain('automated');
    expect(ids('A recorded message said my broadband would be cut off, press 1.', 'signs')).toContain('automated');
  });

  it('reads logging in as someone getting into the computer only with the computer named, and LogMeIn only as one word', () => {
    expect(ids('When I logged in to my Barclays app it showed his name.', 'happened')).not.toContain('remote-access-given');
    expect(ids('He asked me to log in to my online banking to check.', 'asked')).not.toContain('remote-access');
    expect(ids('He logged into my laptop and moved things around.', 'happened')).toContain('remote-access-given');
    expect(ids('He told me to open LogMeIn.', 'asked')).toContain('remote-access');
  });

  it('reads an everyday problem word as a problem with the computer or the line only beside one, and leaves it out quietly otherwise', () => {
    for (const text of ['He said there was a problem with my Windows computer.', 'She said the broadband was running slow.', 'They had spotted errors on my PC.', 'He said my computer is infected.', 'She was calling about infected files on my laptop.']) {
      expect(ids(text, 'signs'), text).toContain('device-problem');
    }
    for (const text of ['There was a problem with my order.', 'Something was wrong with the meter reading.', 'The line was slow to connect me to the ward.']) {
      expect(ids(text, 'signs'), text).not.toContain('device-problem');
      // "problem" and "slow" are everyday words: no note for each one left out.
      expect(read(text).notes.join(' '), text).not.toContain('A problem with your computer or line');
    }
  });

  it("does not read a hospital's, a GP's or a school's hurry as pressure when they ask for no money or details, and says so", () => {
    const careOnly = [
      'The hospital rang and said Dad needed to come in straight away for his scan.',
      'The GP surgery phoned, the doctor wants to see me urgently about my blood results.',
      'The nursery rang, she has a temperature, could we come and get her at once.',
    ];
    expect(ids('The nurse at the surgery told me to ring 111 if it got worse.', 'asked')).not.toContain('call-back');
    expect(ids('A man said he was from the hospital and told me to ring 09012 345678 and pay the fee.', 'asked')).toContain('call-back');
    for (const text of careOnly) expect(ids(text, 'signs'), text).not.toContain('urgent');
    expect(read(careOnly[0]!).notes.join(' ')).toContain('"straight away" (Pressure to act now): a hospital, doctor or school may ask you to come in or ring back soon');
    // The hurry counts with money, bank details or a PIN asked for, a relative in trouble, or any other caller.
    const kept = [
      'The hospital rang and said I must pay £200 for the ambulance straight away.',
      'A man from the hospital said my son was in hospital and I had to send money urgently.',
      'The GP rang and asked me to read out my card number straight away.',
      'The hospital rang, then the bank rang and said I had to act straight away.',
      'A man from the council rang and said I had to act straight away.',
    ];
    for (const text of kept) expect(ids(text, 'signs'), text).toContain('urgent');
  });
});
