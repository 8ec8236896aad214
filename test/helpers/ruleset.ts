// Rule sets for tests: the built-in one straight from YAML, and tiny synthetic ones.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { assembleFromYaml } from '../../src/rules/load.js';
import { compileRuleSet, type CompiledRuleSet } from '../../src/engine/compile.js';
import { REGIONS, type Condition, type RuleDef, type RuleSet, type Verdict } from '../../src/rules/types.js';

let builtin: Promise<CompiledRuleSet> | undefined;

/** The built-in rule set, assembled from rules/*.yaml (not the compiled copy), once per test file. */
export function builtinRuleSet(): Promise<CompiledRuleSet> {
  builtin ??= assembleFromYaml([]).then(({ set, problems }) => {
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) throw new Error(`built-in rules invalid:\n${errors.map((e) => `${e.file}:${e.line} ${e.message}`).join('\n')}`);
    return compileRuleSet(set);
  });
  return builtin;
}

const loc = { file: 'test', line: 1, col: 1 };

export function rule(id: string, verdict: Verdict, when: Condition, advice: string[] = []): RuleDef {
  return {
    id, title: id, status: 'stable', verdict, explanation: `explains ${id}`, when, advice,
    sources: [`https://example.org/${id}`], examples: { match: [], noMatch: [] }, related: [], pack: 'test', changedBy: [], loc,
  };
}

/** A small rule set with the four questions and a few answers each. */
export function syntheticSet(rules: RuleDef[]): RuleSet {
  const answers = (ids: string[], urgent: string[] = []) =>
    ids.map((id) => ({ id, label: id.toUpperCase(), hint: 'h', phrases: [], urgent: urgent.includes(id), neutral: false, pack: 'test', loc }));
  const q = (id: 'claimed' | 'asked' | 'signs' | 'happened', ids: string[], urgent: string[] = []) =>
    ({ id, prompt: id, hint: 'h', heading: id, multiple: true, answers: answers(ids, urgent), pack: 'test', loc });
  const advice = (id: string, order: number, contacts: string[] = [], regions = [...REGIONS]) =>
    ({ id, text: `do ${id}`, regionText: {}, order, contacts, regions, sources: ['https://example.org/a'], pack: 'test', changedBy: [], loc });
  return {
    packs: [{ name: 'test', version: '1', schemaVersion: 1, dir: 'test' }],
    questions: [q('claimed', ['police', 'bank', 'other']), q('asked', ['cash', 'pin', 'none']), q('signs', ['urgent', 'threat']), q('happened', ['paid', 'nothing'], ['paid'])],
    verdicts: (['no-known-signs', 'suspicious', 'high-risk', 'scam'] as const).map((id) => ({
      id, label: id, summary: `summary ${id}`, advice: id === 'no-known-signs' ? ['check'] : ['report'], sources: ['https://example.org/v'], loc,
    })),
    rules,
    advice: [advice('hang-up', 10), advice('check', 50), advice('report', 60, ['rf', 'scot']), advice('scotland-only', 70, [], ['scotland'])],
    stepGroups: [
      { id: 'now', heading: 'Do this now', fromOrder: 0, pack: 'test', changedBy: [], loc },
      { id: 'report', heading: 'Report it', fromOrder: 60, pack: 'test', changedBy: [], loc },
    ],
    headlines: [],
    answerGroups: {},
    nearMissQuestions: ['asked', 'signs'],
    limits: { description: Infinity },
    // The built-in wording of a result, so synthetic results can be rendered.
    output: (parse(readFileSync(new URL('../../rules/wording.yaml', import.meta.url), 'utf8')) as { output: Record<string, string> }).output,
    contacts: [
      { id: 'rf', name: 'Report Fraud', phone: '0300 123 2040', regions: ['england', 'wales', 'northern-ireland'], sources: ['https://example.org/c'], pack: 'test', changedBy: [], loc },
      { id: 'scot', name: 'Police Scotland', phone: '101', regions: ['scotland'], sources: ['https://example.org/c'], pack: 'test', changedBy: [], loc },
    ],
    disabled: [],
    interview: {},
  };
}
