// Small rule sets for reader tests: the four questions, with the answers and
// phrases a test names, so a test does not depend on the built-in phrase lists.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { emptyReading } from '../../src/rules/assemble/wording.js';
import { QUESTION_IDS, type QuestionId, type RuleSet } from '../../src/rules/types.js';

const loc = { file: 'test', line: 1, col: 1 };

/** The reader's notes and roles as rules/reading.yaml words them; no other reading vocabulary. */
const READING_WORDING = (parse(readFileSync(new URL('../../rules/reading.yaml', import.meta.url), 'utf8')) as { reading: { wording: Record<string, string> } }).reading.wording;

export type PhraseTable = Partial<Record<QuestionId, Record<string, string[]>>>;

/** A rule set whose answers are exactly `table` (ids → phrases); ids in `neutral` are neutral answers. */
export function phraseSet(table: PhraseTable, neutral: string[] = []): RuleSet {
  return {
    packs: [{ name: 'test', version: '1', schemaVersion: 1, dir: 'test' }],
    questions: QUESTION_IDS.map((id) => ({
      id,
      prompt: id,
      hint: 'h',
      heading: id,
      multiple: true,
      pack: 'test',
      loc,
      answers: Object.entries(table[id] ?? {}).map(([answer, phrases]) => ({
        id: answer,
        label: `Label of ${answer}`,
        hint: 'h',
        phrases,
        urgent: false,
        neutral: neutral.includes(answer),
        pack: 'test',
        loc,
      })),
    })),
    verdicts: [],
    rules: [],
    advice: [],
    stepGroups: [],
    contacts: [],
    disabled: [],
    interview: {},
    headlines: [],
    answerGroups: {},
    nearMissQuestions: [],
    limits: { description: Infinity },
    output: {},
    reading: { ...emptyReading(), wording: READING_WORDING },
  };
}

/** The phrases most reader tests use. */
export const TABLE: PhraseTable = {
  claimed: {
    police: ['police', 'detective'],
    bank: ['from the bank', 'barclays', 'fraud team'],
    retailer: ['amazon'],
    delivery: ['amazon delivery', 'post office'],
    family: ['hi mum', 'grandson'],
    'not-sure': ['did not say who'],
  },
  asked: {
    pin: ['pin', 'password', 'passcode'],
    cash: ['hand over cash', 'courier ... collect'],
    withdraw: ['take ... out', 'withdraw {money}'],
    fee: ['pay {money}', 'release fee'],
    callback: ['to ring back'],
    secret: ["don't tell anyone", 'not to tell'],
    press: ['press 1'],
    card: ['card number', 'long number on my card'],
    none: ['did not ask for anything'],
  },
  signs: {
    urgent: ['straight away', 'within {number} hours'],
    threat: ['arrest', 'cut off'],
    misused: ['card was used', 'account hacked'],
    automated: ['recorded message'],
  },
  happened: {
    paid: ['i paid', 'handed over'],
    coming: ['courier coming', 'taxi is coming'],
    gave: ['gave ... pin', 'gave ... card number'],
    nothing: ['gave nothing'],
  },
};

export const NEUTRAL = ['none', 'not-sure', 'nothing'];
