// The JSON Schemas (what editors and `rules validate` check) and the TypeScript
// types (what the code uses) must not drift apart. Each map below names, for
// every field of a type, the YAML key that fills it; `satisfies` makes the
// compiler reject a map that misses a field or names one that does not exist,
// and the tests compare the maps with the schemas' property lists.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCK_SELECTORS } from '../../src/rules/locks.js';
import { SCHEMA_VERSION } from '../../src/rules/read-pack.js';
import {
  QUESTION_IDS,
  REGIONS,
  RULE_STATUSES,
  VERDICTS,
  type AdviceDef,
  type AnswerDef,
  type Condition,
  type ContactDef,
  type DisabledRule,
  type HeadlineDef,
  type PackInfo,
  type PrimarySourceDef,
  type QuestionDef,
  type RuleDef,
  type RuleExamples,
  type RuleSet,
  type StepGroupDef,
  type VerdictDef,
} from '../../src/rules/types.js';

type Schema = { properties?: Record<string, Schema>; definitions?: Record<string, Schema>; enum?: unknown[]; items?: Schema; $ref?: string };
const readSchema = (name: string) => JSON.parse(readFileSync(new URL(`../../schema/${name}`, import.meta.url), 'utf8')) as Schema;
const rules = readSchema('scamcheck-rules.schema.json');
const pack = readSchema('scamcheck-pack.schema.json');
const def = (name: string): Schema => rules.definitions![name]!;
const keysOf = (s: Schema) => Object.keys(s.properties ?? {}).sort();

/** Filled in by the loader, never written in YAML. */
type Internal = 'pack' | 'changedBy' | 'loc';
type Fields<T, Skip extends keyof T = never> = Record<Exclude<keyof T, Skip>, string>;
type KeysOfUnion<T> = T extends T ? keyof T : never;

const RULE = {
  id: 'id', title: 'title', status: 'status', verdict: 'verdict', explanation: 'explanation', when: 'when',
  advice: 'advice', sources: 'sources', examples: 'examples', related: 'related',
} satisfies Fields<RuleDef, Internal>;
const ANSWER = { id: 'id', label: 'label', hint: 'hint', phrases: 'phrases', urgent: 'urgent', neutral: 'neutral' } satisfies Fields<AnswerDef, 'pack' | 'loc'>;
const QUESTION = {
  id: 'id', prompt: 'prompt', hint: 'hint', heading: 'heading', multiple: 'multiple', emptyAnswer: 'empty-answer', answers: 'answers',
} satisfies Fields<QuestionDef, 'pack' | 'loc'>;
const VERDICT = { id: 'id', label: 'label', summary: 'summary', advice: 'advice', reassurance: 'reassurance', sources: 'sources' } satisfies Fields<VerdictDef, 'loc'>;
const ADVICE = {
  id: 'id', text: 'text', regionText: 'region-text', order: 'order', contacts: 'contacts', regions: 'regions', sources: 'sources',
  when: 'when', minVerdict: 'min-verdict', maxVerdict: 'max-verdict', conflicts: 'conflicts',
} satisfies Fields<AdviceDef, Internal>;
const HEADLINE = {
  id: 'id', text: 'text', when: 'when', minVerdict: 'min-verdict', maxVerdict: 'max-verdict', contacts: 'contacts', covers: 'covers', sources: 'sources', examples: 'examples',
} satisfies Fields<HeadlineDef, Internal>;
const STEP_GROUP = { id: 'id', heading: 'heading', fromOrder: 'from-order' } satisfies Fields<StepGroupDef, Internal>;
const CONTACT = {
  id: 'id', name: 'name', phone: 'phone', web: 'web', email: 'email', checked: 'checked', note: 'note', regions: 'regions', sources: 'sources',
} satisfies Fields<ContactDef, Internal>;
const PRIMARY_SOURCE = { domain: 'domain', subdomains: 'subdomains', name: 'name' } satisfies Fields<PrimarySourceDef, 'pack' | 'loc'>;
const DISABLE = { rule: 'rule', reason: 'reason' } satisfies Fields<DisabledRule, 'pack' | 'loc'>;
const EXAMPLES = { match: 'match', noMatch: 'no-match' } satisfies Fields<RuleExamples>;
const SECTIONS = {
  questions: 'questions', verdicts: 'verdicts', rules: 'rules', advice: 'advice', stepGroups: 'step-groups', contacts: 'contacts', disabled: 'disable', interview: 'interview', locks: 'locked',
  primarySources: 'primary-sources',
  headlines: 'headlines', answerGroups: 'answer-groups', nearMissQuestions: 'near-miss-questions', output: 'output',
  reading: 'reading',
} satisfies Fields<RuleSet, 'packs'>;
const MANIFEST = { name: 'name', version: 'version', schemaVersion: 'schemaVersion', description: 'description' } satisfies Fields<PackInfo, 'dir'>;
// A leaf condition's `answers` is written as the question ids themselves.
const CONDITION = { all: ['all'], any: ['any'], not: ['not'], answers: [...QUESTION_IDS] } satisfies Record<KeysOfUnion<Condition>, string[]>;

/** YAML keys with no field of their own: `override` asks to change an existing item. */
const withOverride = (m: Record<string, string>) => [...Object.values(m), 'override'].sort();

describe('schema and types agree', () => {
  it.each([
    ['rule', withOverride(RULE)],
    ['answer', withOverride(ANSWER)],
    ['question', withOverride(QUESTION)],
    ['verdict', withOverride(VERDICT)],
    ['advice', withOverride(ADVICE)],
    ['headline', withOverride(HEADLINE)],
    ['step-group', withOverride(STEP_GROUP)],
    ['contact', withOverride(CONTACT)],
    ['disable', Object.values(DISABLE).sort()],
    ['lock', [...LOCK_SELECTORS, 'why'].sort()],
    ['primarySource', Object.values(PRIMARY_SOURCE).sort()],
    ['examples', Object.values(EXAMPLES).sort()],
    ['answerSet', [...QUESTION_IDS].sort()],
    ['condition', Object.values(CONDITION).flat().sort()],
  ])('definition "%s" has exactly the fields of its type', (name, keys) => {
    expect(keysOf(def(name))).toEqual(keys);
  });

  it('a rule file has exactly the sections of a RuleSet', () => {
    expect(keysOf(rules)).toEqual(Object.values(SECTIONS).sort());
  });

  it('the pack manifest has exactly the fields of PackInfo', () => {
    expect(keysOf(pack)).toEqual(Object.values(MANIFEST).sort());
    expect(pack.properties!['schemaVersion']!.enum).toEqual([SCHEMA_VERSION]);
  });

  it('the enums list exactly the ids the code knows', () => {
    expect(def('verdictId').enum).toEqual([...VERDICTS]);
    expect(def('region').enum).toEqual([...REGIONS]);
    expect(def('questionId').enum).toEqual([...QUESTION_IDS]);
    expect(def('rule').properties!['status']!.enum).toEqual([...RULE_STATUSES]);
    expect(Object.keys(def('advice').properties!['region-text']!.properties!)).toEqual([...REGIONS]);
  });
});
