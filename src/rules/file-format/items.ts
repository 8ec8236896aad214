// The items of a rule file, one definition each: questions and answers,
// verdicts, rules, step groups, advice, headlines, contacts, locks, primary
// sources and `disable:` entries (see index.ts for the file around them).

import { Type } from '@sinclair/typebox';
import { RULE_STATUSES } from '../types.js';
import { closed, condition, define, id, ids, oneOf, override, questionId, region, requiredUnlessOverride, sources, text, verdictId, answerSet } from './parts.js';

export const answer = define(
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

export const question = define(
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

export const verdict = define(
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

export const examples = define(
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

export const rule = define(
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

export const stepGroup = define(
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

export const advice = define(
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

export const headline = define(
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

export const contact = define(
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

export const questionIds = (description: string) => Type.Array(questionId(), { description, uniqueItems: true });

export const lock = define(
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

export const primarySource = define(
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

export const disable = define(
  'disable',
  Type.Object(
    {
      rule: id({ description: 'The id of the rule to switch off.' }),
      reason: text({ description: 'Why: shown in `rules list` next to the rule.' }),
    },
    closed,
  ),
);
