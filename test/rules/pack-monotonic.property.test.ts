// No pack can lower a verdict the built-in rules give unless it names the rule
// under `disable:`. Random packs add rules (any verdict, any condition, `not`
// included), override built-in rules (any verdict, sometimes a new `when`), add
// answers and phrases, and sometimes reuse a built-in id without override. For
// every pack that loads without errors, the verdict with it is at least the
// verdict without it, for random answers; packs that try to lower a verdict or
// change a `when` must not load at all.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.js';
import { compileRuleSet, type CompiledRuleSet } from '../../src/engine/compile.js';
import { BUILTIN_RULES_DIR } from '../../src/rules/load.js';
import { assembleReadPacks, readPack, type PackRead } from '../../src/rules/read-pack.js';
import { checkSchema } from '../../src/rules/schema-check.js';
import { QUESTION_IDS, VERDICTS, type Answers, type QuestionId, type Verdict } from '../../src/rules/types.js';
import { parseYamlText } from '../../src/rules/yaml-source.js';

let builtinRead: PackRead;
let base: CompiledRuleSet;
let builtinIds: Record<QuestionId, string[]>;
let builtinRules: { id: string; verdict: Verdict }[];
let adviceIds: string[];

beforeAll(() => {
  builtinRead = readPack(BUILTIN_RULES_DIR);
  const { set, problems } = assembleReadPacks([builtinRead]);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  base = compileRuleSet(set);
  builtinIds = base.answerIds;
  builtinRules = set.rules.map((r) => ({ id: r.id, verdict: r.verdict }));
  adviceIds = set.advice.map((a) => a.id);
});

const rank = (v: Verdict) => VERDICTS.indexOf(v);
const NEW_ANSWERS = 2; // new answer ids per question: pack-<question>-0, pack-<question>-1

/** Answer ids a pack's conditions and the random checks may use: built-in ones and the pack's new ones. */
const answerPool = (q: QuestionId) => [...builtinIds[q], ...Array.from({ length: NEW_ANSWERS }, (_, i) => `pack-${q}-${i}`)];

type Cond = Record<string, unknown>;
function conditionArb(): fc.Arbitrary<Cond> {
  const leaf = fc
    .subarray([...QUESTION_IDS], { minLength: 1, maxLength: 2 })
    .chain((qs) => fc.tuple(...qs.map((q) => fc.subarray(answerPool(q), { minLength: 1, maxLength: 3 }))).map((lists) => Object.fromEntries(qs.map((q, i) => [q, lists[i]]))));
  const { tree } = fc.letrec<{ tree: Cond }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { arbitrary: leaf, weight: 12 },
      { arbitrary: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }).map((all) => ({ all })), weight: 3 },
      { arbitrary: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }).map((any) => ({ any })), weight: 3 },
      { arbitrary: tie('tree').map((not) => ({ not })), weight: 1 },
    ),
  }));
  return tree;
}

const answersArb = (): fc.Arbitrary<Answers> =>
  fc.record(Object.fromEntries(QUESTION_IDS.map((q) => [q, fc.subarray(answerPool(q), { maxLength: 4 })])) as Record<QuestionId, fc.Arbitrary<string[]>>);

const verdictArb = fc.constantFrom(...VERDICTS);

interface GeneratedPack {
  added: { verdict: Verdict; when: Cond; advice: string[]; match: Answers; noMatch: Answers }[];
  overrides: { index: number; verdict?: Verdict; newWhen?: Cond; title?: string; advice: string[] }[];
  reuse?: number;
  phrases: { question: QuestionId; index: number; phrase: string }[];
  disable: { index: number }[];
}

/** The value about one time in ten, otherwise undefined. */
const rarely = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.oneof({ arbitrary: fc.constant(undefined), weight: 9 }, { arbitrary: arb, weight: 1 });

/** A verdict for an override of built-in rule `index`: usually the same or higher, sometimes lower when `hostile`. */
function overrideVerdictArb(index: number, hostile: boolean): fc.Arbitrary<Verdict> {
  const atLeast = VERDICTS.filter((v) => rank(v) >= rank(builtinRules[index]!.verdict));
  return hostile ? fc.oneof({ arbitrary: fc.constantFrom(...atLeast), weight: 2 }, { arbitrary: verdictArb, weight: 1 }) : fc.constantFrom(...atLeast);
}

/**
 * `hostile` packs also try what must be refused: lowering a verdict, changing a `when`,
 * reusing a built-in id without override. `disable` packs switch built-in rules off.
 */
function packArb({ hostile, disable }: { hostile: boolean; disable: boolean }): fc.Arbitrary<GeneratedPack> {
  const override = fc.nat({ max: builtinRules.length - 1 }).chain((index) =>
    fc.record(
      {
        index: fc.constant(index),
        verdict: overrideVerdictArb(index, hostile),
        newWhen: hostile ? rarely(conditionArb()) : fc.constant(undefined),
        title: fc.constantFrom('A new title', 'Another title'),
        advice: fc.subarray(adviceIds, { maxLength: 2 }),
      },
      { requiredKeys: ['index', 'advice'] },
    ),
  );
  return fc.record({
    added: fc.array(
      fc.record({ verdict: verdictArb, when: conditionArb(), advice: fc.subarray(adviceIds, { maxLength: 2 }), match: answersArb(), noMatch: answersArb() }),
      { maxLength: 4 },
    ),
    overrides: fc.uniqueArray(override, { maxLength: 3, selector: (o) => o.index }),
    reuse: hostile ? rarely(fc.nat({ max: builtinRules.length - 1 })) : fc.constant(undefined),
    phrases: fc.array(fc.record({ question: fc.constantFrom(...QUESTION_IDS), index: fc.nat({ max: 5 }), phrase: fc.constantFrom('rang me', 'said urgently', 'cash now') }), { maxLength: 3 }),
    disable: disable ? fc.uniqueArray(fc.record({ index: fc.nat({ max: builtinRules.length - 1 }) }), { minLength: 1, maxLength: 3, selector: (d) => d.index }) : fc.constant([]),
  }) as fc.Arbitrary<GeneratedPack>;
}

const clean = (a: Answers) => Object.fromEntries(QUESTION_IDS.filter((q) => a[q].length > 0).map((q) => [q, a[q]]));

/** The generated pack as the YAML a person would write. */
function packYaml(p: GeneratedPack): string {
  const questions = QUESTION_IDS.map((q) => ({
    id: q,
    answers: [
      ...p.phrases.filter((x) => x.question === q).map((x) => ({ id: builtinIds[q][x.index % builtinIds[q].length]!, phrases: [x.phrase] })),
      ...Array.from({ length: NEW_ANSWERS }, (_, i) => ({ id: `pack-${q}-${i}`, label: `Pack answer ${i}`, hint: 'Added by a generated pack.' })),
    ].filter((a, i, all) => all.findIndex((b) => b.id === a.id) === i),
  }));
  const rules: Record<string, unknown>[] = p.added.map((r, i) => ({
    id: `pack-rule-${i}`,
    title: `Generated rule ${i}`,
    verdict: r.verdict,
    explanation: 'A generated rule.',
    when: r.when,
    advice: r.advice,
    sources: ['https://example.org/generated'],
    examples: { match: [clean(r.match)], 'no-match': [clean(r.noMatch)] },
  }));
  for (const o of p.overrides) {
    rules.push({
      id: builtinRules[o.index]!.id,
      override: true,
      ...(o.verdict ? { verdict: o.verdict } : {}),
      ...(o.title ? { title: o.title } : {}),
      ...(o.newWhen ? { when: o.newWhen } : {}),
      ...(o.advice.length > 0 ? { advice: o.advice } : {}),
    });
  }
  if (p.reuse !== undefined && !p.overrides.some((o) => o.index === p.reuse)) {
    rules.push({
      id: builtinRules[p.reuse]!.id, title: 'Reused id', verdict: 'scam', explanation: 'x', when: { claimed: ['police'] },
      advice: [], sources: ['https://example.org/generated'], examples: { match: [{ claimed: ['police'] }], 'no-match': [{ claimed: ['bank'] }] },
    });
  }
  const disable = p.disable.map((d) => ({ rule: builtinRules[d.index]!.id, reason: 'Generated.' }));
  return stringify({ questions, rules, ...(disable.length > 0 ? { disable } : {}) });
}

function loadGenerated(p: GeneratedPack) {
  const { source, problems } = parseYamlText('generated/rules.yaml', packYaml(p));
  const schemaProblems = source ? checkSchema(source, 'rules') : [];
  const read: PackRead = {
    dir: 'generated',
    info: { name: 'generated', version: '1', schemaVersion: 1, dir: 'generated' },
    sources: source && schemaProblems.length === 0 ? [source] : [],
    files: ['generated/rules.yaml'],
    problems: [...problems, ...schemaProblems],
  };
  const result = assembleReadPacks([builtinRead, read]);
  return { set: result.set, errors: result.problems.filter((p) => p.severity === 'error') };
}

const verdictOf = (rs: CompiledRuleSet, answers: Answers) => rank(check(rs, answers, { region: 'england' }).verdict);

describe('a pack never lowers a built-in verdict without an explicit disable', () => {
  it('random packs, random answers (1,000 packs)', () => {
    let loaded = 0;
    let refusedLowering = 0;
    fc.assert(
      fc.property(packArb({ hostile: true, disable: false }), fc.array(answersArb(), { minLength: 10, maxLength: 10 }), (p, answerSets) => {
        const { set, errors } = loadGenerated(p);
        const messages = errors.map((e) => e.message).join('\n');
        // An override is refused for its first fault: a new `when`, else a lower verdict.
        const lowers = p.overrides.some((o) => !o.newWhen && o.verdict && rank(o.verdict) < rank(builtinRules[o.index]!.verdict));
        if (lowers) expect(messages).toMatch(/an override cannot lower the verdict/);
        if (p.overrides.some((o) => o.newWhen)) expect(messages).toMatch(/an override cannot change "when"/);
        if (p.reuse !== undefined && !p.overrides.some((o) => o.index === p.reuse)) expect(messages).toMatch(/is already defined at .*add "override: true"/);
        if (lowers) refusedLowering++;
        if (errors.length > 0) return;
        loaded++;
        const withPack = compileRuleSet(set);
        for (const answers of answerSets) expect(verdictOf(withPack, answers)).toBeGreaterThanOrEqual(verdictOf(base, answers));
      }),
      { numRuns: 1000 },
    );
    // The property says something only if many packs load, and lowering attempts are really made.
    expect(loaded).toBeGreaterThan(200);
    expect(refusedLowering).toBeGreaterThan(50);
    console.log(`pack property: ${loaded} of 1000 random packs loaded; ${refusedLowering} tried to lower a verdict and were refused`);
  }, 180_000);

  it('with a pack loaded, adding an answer never lowers the verdict (300 packs)', () => {
    fc.assert(
      fc.property(packArb({ hostile: false, disable: false }), answersArb(), fc.constantFrom(...QUESTION_IDS), fc.nat(), (p, answers, q, pick) => {
        const { set, errors } = loadGenerated(p);
        fc.pre(errors.length === 0);
        const rs = compileRuleSet(set);
        const extra = rs.answerIds[q][pick % rs.answerIds[q].length]!;
        const more = { ...answers, [q]: [...new Set([...answers[q], extra])] };
        expect(verdictOf(rs, more)).toBeGreaterThanOrEqual(verdictOf(rs, answers));
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('a disable is the only way down: with it, the verdict is at least the built-in one without those rules (300 packs)', () => {
    fc.assert(
      fc.property(packArb({ hostile: false, disable: true }), fc.array(answersArb(), { minLength: 5, maxLength: 5 }), (p, answerSets) => {
        const { set, errors } = loadGenerated(p);
        fc.pre(errors.length === 0);
        const withPack = compileRuleSet(set);
        const off = new Set(set.disabled.map((d) => d.rule));
        const baseWithout = compileRuleSet({ ...base.set, rules: base.set.rules.filter((r) => !off.has(r.id)) });
        for (const answers of answerSets) expect(verdictOf(withPack, answers)).toBeGreaterThanOrEqual(verdictOf(baseWithout, answers));
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
