// The rule-file format, defined once. From these TypeBox definitions come
// - the JSON Schemas in schema/ (written by `npm run build`: editors and
//   `rules validate` check YAML against them), and
// - the TypeScript types of a file as written (`RulesFile`, `RuleEntry`…), by
//   inference, for the assembler that turns checked YAML into a RuleSet.
// The assembled rule set (camelCase, defaults filled in, with pack and place)
// is described apart, in types.ts.
//
// Only the build and type-only imports use this module: no TypeBox at run time.

import { Type, type Static, type TOptional, type TSchema } from '@sinclair/typebox';
import { QUESTION_IDS, REGIONS, RULE_STATUSES, SCHEMA_VERSION, VERDICTS, type QuestionId } from './types.js';

const definitions: Record<string, TSchema> = {};
const KEBAB = '^[a-z0-9]+(-[a-z0-9]+)*$';

/** A named part of the format: written once under `definitions`; each use is a `$ref` to it. */
function define<T extends TSchema>(name: string, schema: T): (options?: { description?: string }) => ReturnType<typeof Type.Unsafe<Static<T>>> {
  definitions[name] = schema;
  return (options = {}) => Type.Unsafe<Static<T>>({ ...options, $ref: `#/definitions/${name}` });
}

/** One of a fixed list of strings (a plain `enum`, so a misspelling gets "did you mean"). */
const oneOf = <const T extends readonly string[]>(values: T, options: { description?: string } = {}) =>
  Type.Unsafe<T[number]>({ ...options, type: 'string', enum: [...values] });

/** A map from kebab-case keys (or keys matching `keys`) to values. */
const map = <T extends TSchema>(values: T, options: { description?: string; keys?: TSchema } = {}) => {
  const { keys = { pattern: KEBAB }, ...rest } = options;
  return Type.Unsafe<Record<string, Static<T>>>({ ...rest, type: 'object', propertyNames: keys, additionalProperties: values });
};

/** The same optional field for each of the four questions. */
function perQuestion<T extends TSchema>(value: () => T): { [Q in QuestionId]: TOptional<T> } {
  const props = {} as { [Q in QuestionId]: TOptional<T> };
  for (const q of QUESTION_IDS) props[q] = Type.Optional(value()) as TOptional<T>;
  return props;
}

/** Every field in `fields` is required, except in an entry that says `override: true`. */
const requiredUnlessOverride = (fields: string[]) => ({
  if: { not: { required: ['override'], properties: { override: { const: true } } } },
  then: { required: fields },
});

const closed = { additionalProperties: false } as const;
const override = (description?: string) => Type.Optional(Type.Boolean(description ? { description } : {}));

// ---- Building blocks ----

const phraseList = define('phraseList', Type.Array(Type.String({ minLength: 1, maxLength: 200 })));
const id = define('id', Type.String({ pattern: KEBAB, maxLength: 80 }));
const ids = define('ids', Type.Array(id(), { uniqueItems: true }));
const text = define('text', Type.String({ minLength: 1, maxLength: 2000 }));
const url = define('url', Type.String({ pattern: '^https?://[^\\s]+$' }));
const sources = define('sources', Type.Array(url(), { description: 'Where this comes from: at least one URL.', minItems: 1 }));
const region = define('region', oneOf(REGIONS));
const verdictId = define('verdictId', oneOf(VERDICTS));
const questionId = define('questionId', oneOf(QUESTION_IDS));
// oneOf, not TypeBox's anyOf: the schema checker explains a failed oneOf by the branch the author meant.
const oneOrMoreIds = define('oneOrMoreIds', Type.Unsafe<string | string[]>({ oneOf: [id(), Type.Array(id(), { minItems: 1, uniqueItems: true })] }));

const answerSet = define(
  'answerSet',
  Type.Object(perQuestion(ids), { description: 'Answers for an example: question id to a list of answer ids.', ...closed }),
);

const condition = define(
  'condition',
  Type.Recursive(
    (self) =>
      Type.Object(
        {
          all: Type.Optional(Type.Array(self, { minItems: 1 })),
          any: Type.Optional(Type.Array(self, { minItems: 1 })),
          not: Type.Optional(self),
          ...perQuestion(oneOrMoreIds),
        },
        {
          description: 'Either all/any/not, or question ids mapped to answer ids (every question named must have one of its listed answers).',
          ...closed,
          minProperties: 1,
        },
      ),
    { $id: '#/definitions/condition' },
  ),
);

// ---- Items ----

const answer = define(
  'answer',
  Type.Object(
    {
      id: id({ description: 'The answer id, used as a flag value (--claimed police).' }),
      label: Type.Optional(text({ description: 'A short label, shown in the interview and in output.' })),
      hint: Type.Optional(text({ description: 'One line a frightened person understands.' })),
      phrases: Type.Optional(
        Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { description: 'Words and phrases in a description that mean this answer.' }),
      ),
      urgent: Type.Optional(Type.Boolean({ description: 'Choosing this answer means something must be done now.' })),
      neutral: Type.Optional(Type.Boolean({ description: 'Not itself a warning sign (none, nothing, not sure).' })),
      override: override('In a pack: change an answer that already exists.'),
    },
    closed,
  ),
);

const question = define(
  'question',
  Type.Object(
    {
      id: questionId({ description: 'One of the four questions: claimed, asked, signs, happened.' }),
      prompt: Type.Optional(text({ description: 'The question as the interview asks it.' })),
      hint: Type.Optional(text({ description: 'Shown under the question.' })),
      heading: Type.Optional(text({ description: 'How its answers are named in output ("Said they were").' })),
      multiple: Type.Optional(
        Type.Boolean({
          description: 'How the interview asks it. true: tick all that apply; false: pick the closest one (flags and batch records may still give several).',
        }),
      ),
      'empty-answer': Type.Optional(id({ description: 'The answer id that stands for "nothing ticked".' })),
      answers: Type.Optional(
        Type.Array(answer(), { description: 'The answers. A pack may add new ones (with label and hint) and phrases to existing ones.' }),
      ),
      override: override(),
    },
    closed,
  ),
);

const verdict = define(
  'verdict',
  Type.Object(
    {
      id: verdictId(),
      label: Type.Optional(text()),
      summary: Type.Optional(text()),
      advice: Type.Optional(ids()),
      reassurance: Type.Optional(text()),
      sources: Type.Optional(sources()),
      override: override(),
    },
    closed,
  ),
);

const examples = define(
  'examples',
  Type.Object(
    {
      match: Type.Optional(Type.Array(answerSet(), { description: 'Answer sets that must match.' })),
      'no-match': Type.Optional(Type.Array(answerSet(), { description: 'Answer sets that must not match.' })),
    },
    {
      description:
        'Answers that must match the rule and answers that must not; `scamcheck rules test` runs them. A rule needs at least one of each (checked by `rules validate`).',
      ...closed,
    },
  ),
);

const rule = define(
  'rule',
  Type.Object(
    {
      id: id({ description: 'A stable kebab-case id, never reused. In a pack, a new id; or an existing one with `override: true`.' }),
      title: Type.Optional(text({ description: 'One line naming the pattern, shown in `rules list` and under each reason.' })),
      status: Type.Optional(oneOf(RULE_STATUSES, { description: 'experimental, stable or deprecated.' })),
      verdict: Type.Optional(
        verdictId({
          description: 'The verdict this rule raises: no-known-signs < suspicious < high-risk < scam. An override may raise it, never lower it.',
        }),
      ),
      explanation: Type.Optional(text({ description: 'Speaks to the person, in plain words and short sentences.' })),
      when: Type.Optional(
        condition({
          description: 'When the rule matches: question ids mapped to answer ids (every question named must have one of its answers), or all / any / not.',
        }),
      ),
      advice: Type.Optional(ids({ description: 'Advice ids this rule brings (see the advice section).' })),
      sources: Type.Optional(sources({ description: 'Where this comes from: at least one web address.' })),
      related: Type.Optional(ids({ description: 'Ids of rules this one replaces or relates to.' })),
      examples: Type.Optional(examples()),
      override: override('In a pack: change a rule that already exists (not its `when`).'),
    },
    { ...closed, ...requiredUnlessOverride(['id', 'title', 'verdict', 'explanation', 'when', 'advice', 'sources']) },
  ),
);

const order = (description: string) => Type.Integer({ description, minimum: 0, maximum: 1000 });

const stepGroup = define(
  'step-group',
  Type.Object(
    {
      id: id({ description: 'The group id, shown to scripts as nextSteps[].group.' }),
      heading: Type.Optional(Type.String({ description: 'A few plain words shown above the group\'s steps.', minLength: 1, maxLength: 80 })),
      'from-order': Type.Optional(order("Steps whose order is this or more (up to the next group's) come under this heading.")),
      override: override('In a pack: change the heading or from-order of a group that already exists.'),
    },
    { ...closed, ...requiredUnlessOverride(['id', 'heading', 'from-order']) },
  ),
);

const regions = (description: string) => Type.Array(region(), { description, minItems: 1, uniqueItems: true });

const advice = define(
  'advice',
  Type.Object(
    {
      id: id({ description: 'The advice id. In a pack, a new id; or an existing one with `override: true` to change its wording.' }),
      text: Type.Optional(text({ description: 'One action, in a short sentence or two.' })),
      'region-text': Type.Optional(
        Type.Object(
          { england: Type.Optional(text()), wales: Type.Optional(text()), scotland: Type.Optional(text()), 'northern-ireland': Type.Optional(text()) },
          { description: 'Other wording for particular regions.', ...closed },
        ),
      ),
      order: Type.Optional(
        order(
          'Where it comes in the next steps: lower first. It also picks the step group (heading) it is shown under; the built-in groups start at 0 (straight away), 22 (to protect yourself) and 60 (report it).',
        ),
      ),
      contacts: Type.Optional(ids({ description: "Contact ids to show with it (only those for the person's region are shown)." })),
      regions: Type.Optional(regions('Regions it applies to (all four when left out).')),
      when: Type.Optional(
        condition({
          description:
            "Show this step only when the answers meet this condition (the same language as a rule's `when`), so a fact the person gave is stated, not guessed at. Not changeable by an override.",
        }),
      ),
      'min-verdict': Type.Optional(verdictId({ description: 'Show this step only at this verdict or higher.' })),
      'max-verdict': Type.Optional(verdictId({ description: 'Show this step only at this verdict or lower.' })),
      conflicts: Type.Optional(ids({ description: 'Advice ids this step must never be shown with; the `when`s keep them apart, and the tests check it.' })),
      sources: Type.Optional(sources()),
      override: override(),
    },
    { ...closed, ...requiredUnlessOverride(['id', 'text', 'order', 'sources']) },
  ),
);

const headline = define(
  'headline',
  Type.Object(
    {
      id: id({ description: 'The headline id (in JSON as headline.id).' }),
      text: Type.Optional(text({ description: 'The one action a result opens with, stated from what the person said.' })),
      when: Type.Optional(condition({ description: 'Chosen when the answers meet this condition; the first headline that fits wins.' })),
      'min-verdict': Type.Optional(verdictId({ description: 'Chosen only at this verdict or higher.' })),
      'max-verdict': Type.Optional(verdictId({ description: 'Chosen only at this verdict or lower.' })),
      contacts: Type.Optional(ids({ description: "Contact ids shown with it (those for the person's region)." })),
      covers: Type.Optional(ids({ description: 'Advice ids the headline already says; left out of the steps below it.' })),
      sources: Type.Optional(sources()),
      examples: Type.Optional(examples()),
      override: override('In a pack: change the wording or contacts of a headline that already exists (not when it is chosen).'),
    },
    { ...closed, ...requiredUnlessOverride(['id', 'text', 'sources', 'examples']) },
  ),
);

const contact = define(
  'contact',
  Type.Object(
    {
      id: id({ description: 'The contact id. In a pack, a new id; or an existing one with `override: true`.' }),
      name: Type.Optional(text({ description: 'Who it is, as shown beside the number.' })),
      phone: Type.Optional(Type.String({ description: 'Digits and spaces only, copied exactly from the source.', pattern: '^[0-9][0-9 ]{1,20}$' })),
      web: Type.Optional(
        Type.String({
          description: 'A web address, or another route such as "text 7726". Put an email address under `email`.',
          minLength: 1,
          maxLength: 300,
        }),
      ),
      email: Type.Optional(
        Type.String({ description: 'An email address to report to, such as report@phishing.gov.uk.', pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', maxLength: 200 }),
      ),
      checked: Type.Optional(
        Type.String({
          description: 'The date the number and details were last checked against the source, as YYYY-MM-DD. `rules validate` warns when it is more than 12 months old.',
          pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
        }),
      ),
      note: Type.Optional(text({ description: 'Opening hours or a short note.' })),
      regions: Type.Optional(regions('Regions it serves.')),
      sources: Type.Optional(sources()),
      override: override(),
    },
    { ...closed, ...requiredUnlessOverride(['id', 'name', 'phone', 'regions', 'sources']) },
  ),
);

const questionIds = (description: string) => Type.Array(questionId(), { description, uniqueItems: true });

const lock = define(
  'lock',
  Type.Object(
    {
      advice: Type.Optional(ids({ description: 'Advice ids: text, region wording, order, regions and contacts are locked.' })),
      contacts: Type.Optional(ids({ description: 'Contact ids: name, phone, web, note and regions are locked.' })),
      rules: Type.Optional(ids({ description: 'Rule ids: cannot be disabled, reworded or lowered.' })),
      'rules-with-verdict': Type.Optional(Type.Array(verdictId(), { description: 'Every rule this rule set gives one of these verdicts.', uniqueItems: true })),
      questions: Type.Optional(questionIds('Question ids: prompt, hint, heading and empty-answer are locked.')),
      'answers-of': Type.Optional(
        questionIds('Every answer this rule set gives these questions: label and hint are locked, and none may be made neutral.'),
      ),
      interview: Type.Optional(ids({ description: 'Interview wording keys.' })),
      why: text({ description: 'Why these are locked: shown to a pack author who tries to change them.' }),
    },
    {
      description: 'One group of locked items: exactly one of advice, contacts, rules, rules-with-verdict, questions, answers-of or interview, and why.',
      ...closed,
      minProperties: 2,
      maxProperties: 2,
    },
  ),
);

const primarySource = define(
  'primarySource',
  Type.Object(
    {
      domain: Type.String({ description: 'The web site\'s host name without "www.", such as fca.org.uk.', pattern: '^[a-z0-9-]+(\\.[a-z0-9-]+)+$', maxLength: 200 }),
      subdomains: Type.Optional(
        Type.Boolean({ description: 'true: every host under it counts too (any police force under police.uk). Default false.' }),
      ),
      name: text({ description: 'Whose site it is.' }),
    },
    closed,
  ),
);

const disable = define(
  'disable',
  Type.Object(
    {
      rule: id({ description: 'The id of the rule to switch off.' }),
      reason: text({ description: 'Why: shown in `rules list` next to the rule.' }),
    },
    closed,
  ),
);

// ---- Sections ----

const byQuestion = (description: string) => Type.Object(perQuestion(ids), { description, ...closed });

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
    'complied-means': Type.Optional(
      map(id(), { description: 'What doing as asked means: an asked answer id to a happened answer id.', keys: id() }),
    ),
    'genuine-drops': Type.Optional(byQuestion('Answers not counted from a description that says the call was genuine, by question.')),
    'question-keeps': Type.Optional(
      byQuestion('Answers still read inside a question about a fact, by question (asking whether you live alone asks for personal details).'),
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

// ---- The JSON Schemas written to schema/ ----

const BASE = 'https://github.com/scamcheck/scamcheck/schema/';
const GENERATED = 'Generated from src/rules/file-format.ts by `npm run build`: do not edit.';

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
