// The rule-file format, defined once. From these TypeBox definitions come
// - the JSON Schemas in schema/ (written by `npm run build`: editors and
//   `rules validate` check YAML against them), and
// - the TypeScript types of a file as written (`RulesFile`, `RuleEntry`…), by
//   inference, for the assembler that turns checked YAML into a RuleSet.
// The assembled rule set (camelCase, defaults filled in, with pack and place)
// is described apart, in types.ts.
//
// Only the build and type-only imports use this module: no TypeBox at run time.
// The parts are in parts.ts (ids, text, conditions…) and items.ts (rules,
// advice, contacts…); the two files around them, and the types, are here.

import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { SCHEMA_VERSION } from '../types.js';
import { advice, answer, contact, disable, examples, headline, lock, primarySource, question, questionIds, rule, stepGroup, verdict } from './items.js';
import { answerSet, closed, condition, define, definitions, id, ids, map, perQuestion, phraseList, questionId } from './parts.js';

// ---- Sections ----

const byQuestion = (description: string) => Type.Object(perQuestion(ids), { description, ...closed });
const phrasesByAnswer = define('phrasesByAnswer', map(phraseList(), { keys: id() }));

const reading = Type.Object(
  {
    senses: Type.Optional(phraseList({ description: 'Phrases read as nothing: they hide any answer phrase inside them ("install the line" is not remote access).' })),
    process: Type.Optional(
      phraseList({ description: 'An organisation telling its own process ("we will send a code to your app"): read as nothing, and said so in a note.' }),
    ),
    genuine: Type.Optional(phraseList({ description: 'Phrases saying the call turned out to be genuine.' })),
    'genuine-exact': Type.Optional(phraseList({ description: 'Like genuine, but matched as written (any case), small words and all: "it really was".' })),
    scam: Type.Optional(phraseList({ description: 'Phrases saying the call turned out to be a scam (these outweigh genuine ones).' })),
    complied: Type.Optional(phraseList({ description: 'Phrases saying the person did as the caller asked ("so I did").' })),
    questions: Type.Optional(
      phraseList({ description: 'The caller asking about a fact ("asked whether I had"): what follows in the sentence is not read as a request or as done.' }),
    ),
    beliefs: Type.Optional(
      phraseList({
        description:
          'Words that make an outcome phrase after them in its clause what someone believed or was told at the time, not how the call turned out ("I thought it really was my bank").',
      }),
    ),
    wishes: Type.Optional(
      phraseList({ description: 'Words that, after "asked did I", make an offer or a request, not a question about a fact ("asked did I want to pay").' }),
    ),
    causatives: Type.Optional(
      phraseList({ description: 'Words that, before "him to" or "me to", say the deed was done ("got her to let them onto her laptop", "made me read it out").' }),
    ),
    'people-moved': Type.Optional(
      phraseList({
        description: 'Words of sending or moving that, with "him" or "her" and a direction after them, move a person, not money ("sent him back to school", "transferred her to another ward").',
      }),
    ),
    'fact-questions': Type.Optional(
      phraseList({
        description:
          'Words that, before "if" or "whether", ask about a fact ("asked if she was trying to take money out"): nothing asked for or done is read in the rest of the sentence.',
      }),
    ),
    demands: Type.Optional(
      phraseList({
        description:
          'Words of the caller wanting something done ("told me to", "must", "insisted"): a needs-demand phrase counts only in a sentence with one, or with a request read.',
      }),
    ),
    speech: Type.Optional(
      phraseList({ description: 'Words of the caller telling you something ("said", "claimed"): with the demands, what a one-word-needs-speech phrase waits for.' }),
    ),
    'needs-demand': Type.Optional(
      Type.Object(perQuestion(phrasesByAnswer), {
        description:
          'Phrases of an answer that count only beside a demand, by question and answer id ("straight away" is pressure in "told me to ring straight away", not in "I went straight over").',
        ...closed,
      }),
    ),
    'one-word-needs-demand': Type.Optional(
      byQuestion('Answers whose one-word phrases count only beside a demand, by question ("VAT" or "debt" alone is not the caller asking for payment).'),
    ),
    'all-need-demand': Type.Optional(
      byQuestion('Answers whose every phrase counts only beside a demand, by question ("someone had my card details" names bank details; it does not ask for them).'),
    ),
    'own-reactions': Type.Optional(
      byQuestion('Answers that, with the person as the doer ("I shouted", "we both screamed"), are the person\'s own reaction, not the caller\'s, by question.'),
    ),
    'stands-alone': Type.Optional(
      Type.Object(perQuestion(phrasesByAnswer), {
        description:
          'One-word phrases of an answer that count alone, without the demand that one-word-needs-demand makes its other one-word phrases wait for ("a program called AnyDesk"), by question and answer id. They are also the answer\'s phrases.',
        ...closed,
      }),
    ),
    'done-not-asked': Type.Optional(
      Type.Object(perQuestion(phrasesByAnswer), {
        description:
          'Phrases of a request that, written as done ("I rang the bank", "they hung up and phoned her bank"), are someone checking for themselves, not the caller asking, by question and answer id. They are also the answer\'s phrases.',
        ...closed,
      }),
    ),
    'one-word-needs-speech': Type.Optional(
      byQuestion(
        'Answers whose one-word phrases count only in a sentence where the caller tells or asks, by question ("the fraud investigation department" is not the caller saying there is an investigation).',
      ),
    ),
    'needs-near': Type.Optional(
      Type.Array(
        Type.Object(
          {
            question: questionId(),
            answer: id(),
            phrases: phraseList(),
            before: Type.Optional(phraseList({ description: 'Single words, written in their plain form.' })),
            after: Type.Optional(phraseList({ description: 'Single words, written in their plain form.' })),
            note: Type.Optional(
              Type.String({ minLength: 1, description: 'The reading wording key of the note saying why such a phrase was left out (default left-out-not-near).' }),
            ),
            quiet: Type.Optional(
              Type.Boolean({ description: 'Leave such a phrase out without a note: for everyday words ("problem", "slow") that are mostly in another sense.' }),
            ),
            'after-said-earlier': Type.Optional(
              Type.Boolean({
                description:
                  'Also count the phrase when a word just after it was said earlier in the description: "a warranty on my gas boiler. I don\'t have a gas boiler" (the caller named something the person does not have). Small words and the words of ignore do not count, and "to" right after it ("don\'t have to") stops the look.',
              }),
            ),
            ignore: Type.Optional(phraseList({ description: 'With after-said-earlier: single words that, said again, do not count ("number", "time").' })),
            'only-now': Type.Optional(
              Type.Boolean({
                description:
                  'Count the phrase only when it is told as now: not with a word in the past tense just before it ("she was still on the phone", "he kept her on the line") or "was", "were" or "had" inside it ("the line was still open"). With no before or after words, that is the only condition.',
              }),
            ),
          },
          closed,
        ),
        {
          description:
            'An answer\'s phrases that count only with a word of before just before them or of after just after (up to three words): "my son rang" is a relative calling, "my son got a lift" is not.',
        },
      ),
    ),
    'complied-means': Type.Optional(
      map(id(), { description: 'What doing as asked means: an asked answer id to a happened answer id.', keys: id() }),
    ),
    'wanted-means': Type.Optional(
      map(id(), {
        description:
          'What a deed means right after "to" where the caller wants something ("asked me to read out my card number"): a happened answer id to the asked answer id it becomes.',
        keys: id(),
      }),
    ),
    'near-miss-means': Type.Optional(
      map(id(), {
        description:
          'What a deed that nearly happened says was wanted ("she nearly lost £5,000 to a man who said he was the police", "I almost gave them my PIN"): a happened answer id to the asked answer id that counts instead. Only after "nearly" or "almost", with no one else as the doer.',
        keys: id(),
      }),
    ),
    'condition-means': Type.Optional(
      map(id(), {
        description:
          'What a deed the caller made a condition of says was wanted ("they couldn\'t stop the payment unless I read out the code", "unless I paid £500 today"): a happened answer id to the asked answer id that counts instead (the phrase\'s own request first, when it has one). Only after "unless", with no one else as the doer.',
        keys: id(),
      }),
    ),
    'claimed-means': Type.Optional(
      map(id(), {
        description:
          'What a deed told by someone else means ("he said £600 had gone from my account", "a recorded message telling him £600 had been taken"): a happened answer id to the signs answer id of what the caller claimed, which counts instead. Only with a word of telling before it in its sentence, not said by the person, and no one named as the doer just before it.',
        keys: id(),
      }),
    ),
    'rings-the-person': Type.Optional(
      byQuestion(
        'Answers that, with "me" or "us" right after their verb, a "to", "will", "would" or "then" just before it and no word of the caller wanting near, are the caller ringing the person back, not a request, by question ("she promised to call me back", "said she\'d check and then ring me back"; "you need to call us back" is still one).',
      ),
    ),
    'reported-first': Type.Optional(
      phraseList({
        description:
          'Phrases of the person reporting a crime before the call ("after you report a crime", "we were burgled", "I had reported it to the police"): reported-drops answers read after one are not counted, as the police following it up.',
      }),
    ),
    'reported-drops': Type.Optional(
      byQuestion('Answers not counted from phrases that come after a reported-first phrase, by question ("crime reference number", "investigation": the police following up a report).'),
    ),
    'genuine-drops': Type.Optional(byQuestion('Answers not counted from a description that says the call was genuine, by question.')),
    'care-callers': Type.Optional(
      phraseList({
        description:
          'Callers whose hurry is about someone\'s care ("hospital", "GP", "school"): each is also a phrase of the caller being someone else (claimed: other).',
      }),
    ),
    'care-drops': Type.Optional(
      byQuestion('Answers not counted from a description whose every caller is a care caller, unless a care-keeps answer is read, by question ("come in straight away" is not pressure).'),
    ),
    'care-keeps': Type.Optional(byQuestion('Answers that, read in the description, keep care-drops counted (money or bank details asked for), by question.')),
    'quoted-caller-doubted-with': Type.Optional(
      byQuestion(
        'Answers that, read in the description, make a caller\'s name in quote marks ("from \'the NHS\'", "the \'bank\' guy") the person thinking it was a scam (signs: felt-wrong), by question.',
      ),
    ),
    'before-the-call': Type.Optional(
      byQuestion(
        'Answers not counted when every phrase read for them comes before the sentence where the call comes into the story, and no loss word comes before it, by question ("I\'d sent £950 to my daughter. Later the bank rang").',
      ),
    ),
    'call-words': Type.Optional(
      phraseList({ description: 'Single words that bring the call into the story ("rang", "phoned", "said"): the first sentence with one is where before-the-call is measured from.' }),
    ),
    'rings-out': Type.Optional(
      phraseList({ description: 'Single words that, right after a call word, make it the person ringing out ("she rang the police", "I phoned the bank"): not where the call comes into the story for before-the-call.' }),
    ),
    'loss-words': Type.Optional(
      phraseList({ description: 'Single words of a loss ("lost", "conned", "stole"): one before the call keeps before-the-call answers counted ("lost £60,000 to callers posing as the police").' }),
    ),
    'other-doers': Type.Optional(
      phraseList({
        description:
          'Single words for someone other than the person or the caller ("someone", "fraudsters"): as the doer of request words ("someone tried to take out £250"), with no word of wanting between, it is their deed, not a request.',
      }),
    ),
    'own-call-words': Type.Optional(
      phraseList({
        description:
          'Single words of ringing ("rang", "phoned", "contacted"): right after "I" or "we" (or "she", "he" or "they" retold: "Client said she rang HMRC"), with an organisation (own-call-to, own-call-places or a care caller) or a number from a trusted place right after it, the story opens with the person\'s own call.',
      }),
    ),
    'own-call-to': Type.Optional(byQuestion('The callers an own call can be made to, by question (claimed only): "I rang Sky", "Dad phoned the dentist".')),
    'trusted-numbers': Type.Optional(
      phraseList({ description: 'Single words of a number from a trusted place, in the own call\'s sentence ("the number on my card", "off their letter"); with "number" in that sentence or the next, any firm rung counts.' }),
    ),
    'untrusted-numbers': Type.Optional(
      phraseList({ description: 'Single words, as written, of a number from an untrusted place, within a dozen words after who was rung ("the number in the text", "the number the man left"): then it is not an own call.' }),
    ),
    'own-call-places': Type.Optional(
      phraseList({ description: 'Single words, as written, of a place an own call can be made to besides own-call-to ("I rang my bank", "rang the branch").' }),
    ),
    'own-call-stops': Type.Optional(
      phraseList({ description: 'Single words, as written, that anywhere in the description keep own-call-drops counted ("scammed", "lost", "pretending"; not right before "through", not denied, "took", "taken", "went" or "gone" only with money beside them, and "lose", "lost" or "losing" not before a thing such as a wallet or a card).' }),
    ),
    'own-call-drops': Type.Optional(
      byQuestion(
        'Answers not counted when the story opens with the person\'s own call to an organisation and every phrase read for them comes before anyone new rings, unless an own-call-keeps answer is read, by question ("I rang Sky myself and paid the £60 call-out fee by card").',
      ),
    ),
    'own-call-keeps': Type.Optional(byQuestion('Answers that, read in the description, keep own-call-drops counted (cash, cards, a PIN, remote access), by question.')),
    'service-payees': Type.Optional(
      phraseList({ description: 'Single words, as written, of someone paid for their work ("cleaner", "plumber", "gardener"): with one in the description, service-drops are not counted (see service-drops).' }),
    ),
    'service-stops': Type.Optional(
      phraseList({ description: 'Single words, as written, that anywhere in the description keep service-drops counted ("courier", "taxi", "collect").' }),
    ),
    'service-drops': Type.Optional(
      byQuestion(
        'Answers not counted where one of service-payees is in the description, no caller is read but someone else or a relative, and no service-keeps answer and no service-stops word is: paying someone for their work, by question ("She gave the gardener £60 cash when he finished, like always").',
      ),
    ),
    'service-keeps': Type.Optional(byQuestion('Answers that, read in the description, keep service-drops counted (card details, a PIN, pressure, a caller from an organisation), by question.')),
    'question-keeps': Type.Optional(
      byQuestion('Answers still read inside a question about a fact, by question (asking whether you live alone asks for personal details).'),
    ),
    'own-deed-keeps': Type.Optional(
      byQuestion(
        'Requests still read when the person tells the deed as their own, by question: only a caller wants gift cards bought ("I bought £500 of Google Play cards for HMRC" was asked for, and paid), where "I sent £500 to my grandson" is only money sent.',
      ),
    ),
    wording: Type.Optional(
      map(Type.String({ minLength: 1, maxLength: 2000 }), { description: "Wording by key: roles shown with evidence and the reader's notes." }),
    ),
  },
  {
    description:
      "How free text is read beyond the answers' phrases: words in another sense, who did what, how the call turned out. A pack adds to each list and map.",
    ...closed,
  },
);

const list = <T extends TSchema>(item: T, description: string) => Type.Optional(Type.Array(item, { description }));
const wordingByKey = (description: string) => Type.Optional(map(Type.String({ minLength: 1 }), { description }));

const rulesFile = Type.Object(
  {
    questions: list(question(), 'The questions and their answers. A pack may add answers and phrases to a question.'),
    verdicts: list(verdict(), "The four verdicts' wording and the advice always given at each."),
    rules: list(rule(), 'Rules: each raises a verdict when the answers match its `when`.'),
    advice: list(advice(), 'Next steps a rule or verdict can bring.'),
    'step-groups': list(
      stepGroup(),
      'Headings over the next steps ("Do this now", "Report it"). A step goes under the last group whose from-order is at or below its order.',
    ),
    contacts: list(contact(), 'Phone numbers and websites, with the regions they serve. Each number lives in one place.'),
    interview: wordingByKey('Wording used by the interactive interview, by key.'),
    disable: list(disable(), 'Built-in rules this pack switches off, each with a reason.'),
    locked: list(
      lock(),
      'What protects people: later packs may add to these items but never reword, renumber, re-region or disable them (see rules/locked.yaml).',
    ),
    'primary-sources': list(primarySource(), 'Web sites accepted as primary sources (the organisation itself) by `scamcheck rules validate --strict`.'),
    headlines: list(headline(), 'The one action every result opens with, tried in order: the first whose `when` and verdict range fit is chosen.'),
    'answer-groups': Type.Optional(
      map(answerSet(), {
        description:
          'Named sets of answers that carry meaning outside the rules: loss, payment-asks, urgent-on-call, urgent-courier. A pack can add answers to a group, never take one away.',
      }),
    ),
    'near-miss-questions': Type.Optional(
      questionIds(
        'The questions whose answers "If they call again" tries one at a time (what a caller might still ask or do). A pack can add a question, never remove one.',
      ),
    ),
    output: wordingByKey('Wording of a result (headings, notices), by key.'),
    reading: Type.Optional(reading),
    limits: Type.Optional(
      Type.Object(
        {
          description: Type.Optional(
            Type.Integer({
              description:
                'The longest description of a call read (--describe, the interview, batch notes), in characters; longer text is refused. A pack may lower it, never raise it.',
              minimum: 1,
            }),
          ),
        },
        { description: 'Limits on what scamcheck reads.', ...closed },
      ),
    ),
  },
  {
    title: 'scamcheck rule file',
    description: 'Questions, verdicts, rules, advice, contacts and interview wording for scamcheck. Any section may be left out.',
    ...closed,
  },
);

const packManifest = Type.Object(
  {
    name: Type.String({
      description: 'The pack\'s name, e.g. kent-trading-standards. Shown in `rules list`.',
      pattern: '^(@[a-z0-9-]+/)?[a-z0-9]+([._-][a-z0-9]+)*$',
    }),
    version: Type.String({ description: "The pack's own version, e.g. 2026.11.0 or 1.2.0.", minLength: 1 }),
    schemaVersion: Type.Unsafe<typeof SCHEMA_VERSION>({
      description: `The rule-file schema version this pack targets. Now ${SCHEMA_VERSION}.`,
      type: 'integer',
      enum: [SCHEMA_VERSION],
    }),
    description: Type.Optional(Type.String({ description: 'One line: who publishes the pack and what it adds.' })),
  },
  { title: 'scamcheck rule pack manifest (pack.yaml)', ...closed },
);

// ---- The file format as TypeScript types (what the assembler reads once a file has passed the schema) ----

export type RulesFile = Static<typeof rulesFile>;
export type PackManifest = Static<typeof packManifest>;
export type ConditionEntry = Static<ReturnType<typeof condition>>;
export type AnswerSetEntry = Static<ReturnType<typeof answerSet>>;
export type ExamplesEntry = Static<ReturnType<typeof examples>>;
export type QuestionEntry = Static<ReturnType<typeof question>>;
export type AnswerEntry = Static<ReturnType<typeof answer>>;
export type VerdictEntry = Static<ReturnType<typeof verdict>>;
export type RuleEntry = Static<ReturnType<typeof rule>>;
export type StepGroupEntry = Static<ReturnType<typeof stepGroup>>;
export type AdviceEntry = Static<ReturnType<typeof advice>>;
export type HeadlineEntry = Static<ReturnType<typeof headline>>;
export type ContactEntry = Static<ReturnType<typeof contact>>;
export type LockEntry = Static<ReturnType<typeof lock>>;
export type PrimarySourceEntry = Static<ReturnType<typeof primarySource>>;
export type DisableEntry = Static<ReturnType<typeof disable>>;
export type ReadingEntry = Static<typeof reading>;
export type LimitsEntry = NonNullable<RulesFile['limits']>;

// ---- The JSON Schemas written to schema/ ----

const BASE = 'https://github.com/scamcheck/scamcheck/schema/';
const GENERATED = 'Generated from src/rules/file-format/ by `npm run build`: do not edit.';

/** Plain JSON with the keys a reader looks for first; TypeBox's own markers (symbols) and the recursion's $id dropped. */
function plain(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(plain);
  if (schema === null || typeof schema !== 'object') return schema;
  const entries = Object.entries(schema).filter(([k]) => k !== '$id');
  const first = ['description', '$ref', 'type'];
  entries.sort(([a], [b]) => rank(a) - rank(b));
  function rank(k: string): number {
    const i = first.indexOf(k);
    return i >= 0 ? i : first.length;
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, plain(v)]));
}

/** JSON, indented, with any part that fits on one line (120 characters) kept on one line. */
function pretty(value: unknown, indent: string): string {
  const flat = JSON.stringify(value);
  if (value === null || typeof value !== 'object' || indent.length + flat.length <= 120) return flat;
  const inner = `${indent}  `;
  const parts = Array.isArray(value)
    ? value.map((v) => inner + pretty(v, inner))
    : Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pretty(v, inner)}`);
  return Array.isArray(value) ? `[\n${parts.join(',\n')}\n${indent}]` : `{\n${parts.join(',\n')}\n${indent}}`;
}

/** The JSON Schema files shipped in schema/, by file name, as written there. */
export function schemaFiles(): Record<string, string> {
  const file = (name: string, root: TSchema, defs?: Record<string, TSchema>) => {
    const { title, ...rest } = plain(root) as Record<string, unknown>;
    const doc = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: BASE + name,
      $comment: GENERATED,
      title,
      ...rest,
      ...(defs ? { definitions: plain(defs) } : {}),
    };
    return `${pretty(doc, '')}\n`;
  };
  return {
    'scamcheck-rules.schema.json': file('scamcheck-rules.schema.json', rulesFile, definitions),
    'scamcheck-pack.schema.json': file('scamcheck-pack.schema.json', packManifest),
  };
}
