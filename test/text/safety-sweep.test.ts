// Scams that police and banks warn about, told in everyday words and set in the
// sentences people wrap round them ("Later she rang the police", "It turned out to be
// genuine, they said", lower case without punctuation), must read as high-risk or
// scam from the text alone; everyday genuine calls in the same wrappings must read
// no higher than "suspicious". Each core here once read lower (or higher) than that
// in one framing or another: a payment before the person rang out was taken as
// before the call, "card and PIN" too far from "gave", a cover story for the cashier,
// "someone would collect it", a bank said to be genuine asking to move money, "somewhere safe",
// "a car would come for my bank cards", a code to "read it out", a payment to "approve" in
// the banking app, online banking "while he watched", a card wanted "to put it on", cash
// "sending", a kidnap and "they wanted money", a help-desk note's "read OTP", "let them on
// PC", "bought £500 Google Play", and gift cards the person says they bought.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAnswerIds } from '../../src/engine/answers.js';
import { check } from '../../src/engine/check.js';
import type { CompiledRuleSet } from '../../src/engine/compile.js';
import { VERDICTS, type Verdict } from '../../src/rules/types.js';
import { createAnswerReader } from '../../src/text/answers.js';
import { createReader, type DescriptionReader } from '../../src/text/read.js';
import { builtinRuleSet } from '../helpers/ruleset.js';

const SCAMS = [
  'Mum handed £5,000 to a courier sent by a man claiming to be a police officer.',
  'A man saying he was from her bank got her to move £20,000 into a safe account.',
  'Dad gave a man who said he was from the police his bank card and PIN.',
  'A caller from "Microsoft" had her install AnyDesk and took over her laptop.',
  'She bought £600 of Apple gift cards for a man who said he was from HMRC and read him the codes.',
  'A detective told my gran to withdraw £8,000 and hand it to a taxi driver.',
  'The caller said he was from the bank and asked me to read out the code they had just texted me.',
  'Fake police told Dad to buy gold bars for their investigation.',
  'They told her a courier would come to collect her cards tonight.',
  'He said I must not tell the bank staff why I was taking the money out.',
  'They said they were the bank and I should tell the cashier the cash was for building work if anyone asked.',
  'Nan sent £900 to the account the caller gave her, he said he was from Barclays.',
  'mum got a call off someone saying they were police and she ended up giving a taxi driver 4 grand',
  'Gran was told by a man posing as her grandson to go and get £1,500 from the post office, someone would collect it.',
  'They told Mum her money was not safe and she must put it in an account they controlled; she did it twice.',
  'the "bank" said to put my cards in an envelope and give them to the driver who would knock',
  "they was from the bank and said my money weren't safe and I was to put it somewhere safe they'd give me",
  'the police man said a car would come for my bank cards and I wasnt to tell my daughter',
  'A man from the bank sent a code and I had to read it out to him.',
  'My bank wants me to move my savings to a new account.',
  "A caller said he was from my bank's security team and asked me to approve a notification in my banking app to stop a payment.",
  'A man said he was from BT and I had been overcharged, and to get the refund I had to log in to my online banking while he watched.',
  'Mums had a call sayin shes owed money from the gas board and they want her card to put it on',
  'Grandad got a call from a lad saying he was his grandson, phone broken, in a spot of bother, needed a bit of cash sending quick',
  'The voice on the phone was my daughter, or sounded like her, crying that she had been kidnapped and they wanted money.',
  // a help-desk volunteer's notes
  "Client read OTP to caller from 'Santander'.",
  'Caller said from Natwest, client confirmed long card no + 3 digits on back.',
  "Vouchers - client bought £500 Google Play for 'HMRC' debt.",
  "'Microsoft' cold call, client let them on PC, then asked to log in to bank.",
  'I bought £500 of Google Play cards for HMRC.',
  'Gran agreed to let the "BT" man connect to her computer to fix her broadband.',
  'Mum was convinced by the caller, who said he was her bank, to tell him her PIN.',
  'He told her to give him the cash, he said he was a detective.',
  'The detective said he would send someone round to look at the cash.',
];

const GENUINE = [
  'The GP surgery rang to move my appointment to Thursday and checked my date of birth.',
  'The hospital phoned to say my operation had been moved to next month.',
  'The delivery driver rang because he could not find my address.',
  'An Openreach engineer rang to say he was on his way to install the new line.',
  'My bank texted about a card payment and then an automated call asked me to press 1 if it was me, which it was.',
  'A police officer rang back about our burglary and gave us a crime reference number.',
  'British Gas phoned to book the smart meter installation.',
  'Nationwide fraud team rang, asked me to confirm my date of birth and postcode, then asked about a £700 transfer I was making. It was mine.',
  'My bank rang, said not to worry, it was a routine check on a large withdrawal I made yesterday.',
  'The bank called about a payment to a crypto exchange I was making; they asked what it was for and warned me it might be a scam. I cancelled it.',
  'The school rang to say my daughter had a temperature and could I pick her up.',
];

/** The sentences people put round a call, and the way some write it. */
const SCAM_FRAMES: ((core: string) => string)[] = [
  (c) => c,
  (c) => `${c} Later she rang the police.`,
  (c) => `${c} I rang the bank afterwards.`,
  (c) => `My neighbour told me this. ${c}`,
  (c) => `${c} She thought it was genuine at the time.`,
  (c) => `${c} It turned out to be genuine, they said.`,
  (c) => `Last week the bank rang about it. ${c}`,
  (c) => `We were burgled last year. ${c}`,
  (c) => `I wasn't sure. ${c} Then he rang again.`,
  (c) => c.toLowerCase().replace(/[.,"]/g, ''),
];
const GENUINE_FRAMES: ((core: string) => string)[] = [
  (c) => c,
  (c) => `My neighbour told me this. ${c}`,
  (c) => `${c} It turned out to be genuine.`,
  (c) => `${c} I rang them back on the number on their website to be sure.`,
  (c) => c.toLowerCase().replace(/[.,"]/g, ''),
];

let rs: CompiledRuleSet;
let read: DescriptionReader;
let answersOf: ReturnType<typeof createAnswerReader>['answersOf'];
beforeAll(async () => {
  rs = await builtinRuleSet();
  read = createReader(rs.set);
  answersOf = createAnswerReader(rs.set).answersOf;
});

const rank = (v: Verdict) => VERDICTS.indexOf(v);
/** The verdict from the text alone, after checking both readers read the same answers. */
function verdictOf(text: string): Verdict {
  const { answers } = read(text);
  expect(answersOf(text), text).toEqual(answers);
  return check(rs, checkAnswerIds(rs, answers).answers, { region: 'england' }).verdict;
}

describe('scams in everyday words and wrappings', () => {
  it.each(SCAMS)('reads as high-risk or scam in every framing: %s', (core) => {
    const low = SCAM_FRAMES.map((frame) => frame(core)).filter((text) => rank(verdictOf(text)) < rank('high-risk'));
    expect(low).toEqual([]);
  });
});

describe('genuine calls in the same wrappings', () => {
  it.each(GENUINE)('reads no higher than suspicious in every framing: %s', (core) => {
    const high = GENUINE_FRAMES.map((frame) => frame(core)).filter((text) => rank(verdictOf(text)) > rank('suspicious'));
    expect(high).toEqual([]);
  });
});
