// The building blocks of the rule-file format (see index.ts): the helpers that
// write TypeBox definitions the way the format's JSON Schema has always been
// written, and the small shared parts (ids, text, sources, conditions…). Each
// part made with define() is written once under the schema's `definitions`, in
// the order defined here and then in items.ts.

import { Type, type Static, type TOptional, type TSchema } from '@sinclair/typebox';
import { QUESTION_IDS, REGIONS, VERDICTS, type QuestionId } from '../types.js';

export const definitions: Record<string, TSchema> = {};
const KEBAB = '^[a-z0-9]+(-[a-z0-9]+)*$';

/** A named part of the format: written once under `definitions`; each use is a `$ref` to it. */
export function define<T extends TSchema>(name: string, schema: T): (options?: { description?: string }) => ReturnType<typeof Type.Unsafe<Static<T>>> {
  definitions[name] = schema;
  return (options = {}) => Type.Unsafe<Static<T>>({ ...options, $ref: `#/definitions/${name}` });
}

/** One of a fixed list of strings (a plain `enum`, so a misspelling gets "did you mean"). */
export const oneOf = <const T extends readonly string[]>(values: T, options: { description?: string } = {}) =>
  Type.Unsafe<T[number]>({ ...options, type: 'string', enum: [...values] });

/** A map from kebab-case keys (or keys matching `keys`) to values. */
export const map = <T extends TSchema>(values: T, options: { description?: string; keys?: TSchema } = {}) => {
  const { keys = { pattern: KEBAB }, ...rest } = options;
  return Type.Unsafe<Record<string, Static<T>>>({ ...rest, type: 'object', propertyNames: keys, additionalProperties: values });
};

/** The same optional field for each of the four questions. */
export function perQuestion<T extends TSchema>(value: () => T): { [Q in QuestionId]: TOptional<T> } {
  const props = {} as { [Q in QuestionId]: TOptional<T> };
  for (const q of QUESTION_IDS) props[q] = Type.Optional(value()) as TOptional<T>;
  return props;
}

/** Every field in `fields` is required, except in an entry that says `override: true`. */
export const requiredUnlessOverride = (fields: string[]) => ({
  if: { not: { required: ['override'], properties: { override: { const: true } } } },
  then: { required: fields },
});

export const closed = { additionalProperties: false } as const;
export const override = (description?: string) => Type.Optional(Type.Boolean(description ? { description } : {}));

// ---- The small shared parts ----

export const phraseList = define('phraseList', Type.Array(Type.String({ minLength: 1, maxLength: 200 })));
export const id = define('id', Type.String({ pattern: KEBAB, maxLength: 80 }));
export const ids = define('ids', Type.Array(id(), { uniqueItems: true }));
export const text = define('text', Type.String({ minLength: 1, maxLength: 2000 }));
const url = define('url', Type.String({ pattern: '^https?://[^\\s]+$' }));
export const sources = define('sources', Type.Array(url(), { description: 'Where this comes from: at least one URL.', minItems: 1 }));
export const region = define('region', oneOf(REGIONS));
export const verdictId = define('verdictId', oneOf(VERDICTS));
export const questionId = define('questionId', oneOf(QUESTION_IDS));
// oneOf, not TypeBox's anyOf: the schema checker explains a failed oneOf by the branch the author meant.
export const oneOrMoreIds = define('oneOrMoreIds', Type.Unsafe<string | string[]>({ oneOf: [id(), Type.Array(id(), { minItems: 1, uniqueItems: true })] }));

export const answerSet = define(
  'answerSet',
  Type.Object(perQuestion(ids), { description: 'Answers for an example: question id to a list of answer ids.', ...closed }),
);

export const condition = define(
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
