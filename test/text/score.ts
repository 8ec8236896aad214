// Scoring the free-text reader on labelled descriptions: within verdict bounds,
// micro precision and recall on answers, genuine calls read as "scam", and the
// misses. Shared by test/text/corpus.test.ts and scripts/score-corpus.mjs.
//
// A case: id, kind (scam | genuine), text, expect {claimed, asked, signs,
// happened}, optional min / max verdict, source and region.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { checkAnswerIds } from '../../src/engine/answers.js';
import { check } from '../../src/engine/check.js';
import type { CompiledRuleSet } from '../../src/engine/compile.js';
import { QUESTION_IDS, REGIONS, VERDICTS, type Answers, type QuestionId, type Region, type Verdict } from '../../src/rules/types.js';
import type { DescriptionReader } from '../../src/text/read.js';

export interface Case {
  id: string;
  kind: 'scam' | 'genuine';
  text: string;
  expect?: Partial<Record<QuestionId, string[]>>;
  min?: Verdict;
  max?: Verdict;
  source?: string;
  region?: string;
  /** How the account is known: personal-account, reported-incident or organisation-description. */
  basis?: string;
  known?: string;
  /** The file it came from (added on loading). */
  file?: string;
  /** Answers ("question: id") its writer could not tick (added on loading, from labels.yaml beside the file). */
  notOffered?: string[];
}

/**
 * Per set (the letters of an id before its number), the answers its writers could
 * not tick, from labels.yaml in `dir` when there is one (see the corpus's).
 */
function notOfferedIn(dir: string): Map<string, string[]> {
  const bySet = new Map<string, string[]>();
  const file = join(dir, 'labels.yaml');
  if (!existsSync(file)) return bySet;
  const doc = parse(readFileSync(file, 'utf8')) as { 'not-offered'?: { answer: string; sets: string[] }[] } | null;
  for (const { answer, sets } of doc?.['not-offered'] ?? []) for (const set of sets) bySet.set(set, [...(bySet.get(set) ?? []), answer]);
  return bySet;
}

/** Cases from YAML files, each a list of cases (or { cases: [...] }). */
export function loadCases(files: readonly string[]): Case[] {
  const out: Case[] = [];
  for (const file of files) {
    const doc = parse(readFileSync(file, 'utf8')) as unknown;
    const list = Array.isArray(doc) ? doc : ((doc as { cases?: unknown[] } | null)?.cases ?? []);
    const notOffered = notOfferedIn(dirname(file));
    for (const c of list as Case[]) {
      if (!c || typeof c.text !== 'string' || (c.kind !== 'scam' && c.kind !== 'genuine')) continue;
      const missing = notOffered.get(/^[a-z]+/.exec(c.id)?.[0] ?? '');
      out.push(missing ? { ...c, file, notOffered: missing } : { ...c, file });
    }
  }
  return out;
}

const rank = (v: Verdict) => VERDICTS.indexOf(v);
export const lowest = (c: Case): Verdict => c.min ?? (c.kind === 'scam' ? 'high-risk' : 'no-known-signs');
export const highest = (c: Case): Verdict => c.max ?? (c.kind === 'genuine' ? 'suspicious' : 'scam');

export interface Miss {
  id: string;
  kind: Case['kind'];
  verdict: Verdict;
  bounds: [Verdict, Verdict];
  /** Answers read but not expected, and expected but not read. */
  extra: string[];
  missing: string[];
  text: string;
}

export interface CorpusScore {
  cases: number;
  scams: number;
  genuine: number;
  within: number;
  withinPct: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  genuineAtScam: number;
  scamsBelowFloor: number;
  genuineAboveMax: number;
  /** Expected answer ids the rule set does not have (yet): left out of precision and recall. */
  unknownIds: Record<string, number>;
  /** Answers read that their case's writer could not tick (Case.notOffered): left out of precision and recall unless strict. */
  notOfferedRead: Record<string, number>;
  /** Per answer ("question: id"): true positives, false positives, false negatives. */
  perId: Record<string, { tp: number; fp: number; fn: number }>;
  /** Cases whose expected answers alone give a verdict out of their own bounds (a labelling question, not a misreading). */
  labelledOutOfBounds: string[];
  /** Cases out of bounds. */
  misses: Miss[];
  /** Cases in bounds whose answers differ from the expected ones. */
  answerMisses: Miss[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** `strict`: count answers a case's writer could not tick (Case.notOffered) as wrong when read. */
export function scoreCases(rs: CompiledRuleSet, read: DescriptionReader, cases: readonly Case[], options: { strict?: boolean } = {}): CorpusScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let within = 0;
  let genuineAtScam = 0;
  let scamsBelowFloor = 0;
  let genuineAboveMax = 0;
  const unknownIds: Record<string, number> = {};
  const notOfferedRead: Record<string, number> = {};
  const misses: Miss[] = [];
  const answerMisses: Miss[] = [];
  const perId: CorpusScore['perId'] = {};
  const labelledOutOfBounds: string[] = [];
  const at = (k: string) => (perId[k] ??= { tp: 0, fp: 0, fn: 0 });
  for (const c of cases) {
    const reading = read(c.text);
    const got = reading.answers;
    const wordsOf = (q: string, id: string) => reading.evidence.find((e) => e.question === q && e.id === id)?.words.join('" / "') ?? '';
    const extra: string[] = [];
    const missing: string[] = [];
    for (const q of QUESTION_IDS) {
      const known = new Set(rs.answerIds[q]);
      const want = new Set<string>();
      for (const id of c.expect?.[q] ?? []) {
        if (known.has(id)) want.add(id);
        else unknownIds[`${q}: ${id}`] = (unknownIds[`${q}: ${id}`] ?? 0) + 1;
      }
      const have = new Set(got[q] ?? []);
      for (const id of have) {
        const key = `${q}: ${id}`;
        if (!options.strict && c.notOffered?.includes(key)) {
          notOfferedRead[key] = (notOfferedRead[key] ?? 0) + 1;
          continue;
        }
        if (want.has(id)) {
          tp++;
          at(`${q}: ${id}`).tp++;
        } else {
          fp++;
          at(`${q}: ${id}`).fp++;
          extra.push(`${q}: ${id} ("${wordsOf(q, id)}")`);
        }
      }
      for (const id of want) {
        if (!have.has(id)) {
          fn++;
          at(`${q}: ${id}`).fn++;
          missing.push(`${q}: ${id}`);
        }
      }
    }
    const region: Region = (REGIONS as readonly string[]).includes(c.region ?? '') ? (c.region as Region) : 'england';
    const verdict = check(rs, checkAnswerIds(rs, got as Partial<Answers>).answers, { region }).verdict;
    const labelled = check(rs, checkAnswerIds(rs, (c.expect ?? {}) as Partial<Answers>).answers, { region }).verdict;
    if (rank(labelled) < rank(lowest(c)) || rank(labelled) > rank(highest(c))) labelledOutOfBounds.push(`${c.id} (${labelled})`);
    const low = rank(verdict) < rank(lowest(c));
    const high = rank(verdict) > rank(highest(c));
    if (c.kind === 'genuine' && verdict === 'scam') genuineAtScam++;
    if (c.kind === 'scam' && low) scamsBelowFloor++;
    if (c.kind === 'genuine' && high) genuineAboveMax++;
    const miss: Miss = { id: c.id, kind: c.kind, verdict, bounds: [lowest(c), highest(c)], extra, missing, text: c.text };
    if (low || high) misses.push(miss);
    else {
      within++;
      if (extra.length + missing.length > 0) answerMisses.push(miss);
    }
  }
  return {
    cases: cases.length,
    scams: cases.filter((c) => c.kind === 'scam').length,
    genuine: cases.filter((c) => c.kind === 'genuine').length,
    within,
    withinPct: ratio(within, cases.length) * 100,
    tp,
    fp,
    fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    genuineAtScam,
    scamsBelowFloor,
    genuineAboveMax,
    unknownIds,
    notOfferedRead,
    perId,
    labelledOutOfBounds,
    misses,
    answerMisses,
  };
}

/** The score as lines of text: the figures, then each miss. */
export function report(name: string, s: CorpusScore, options: { misses?: boolean; answerMisses?: boolean; byId?: boolean } = {}): string {
  const lines = [
    `${name}: ${s.cases} descriptions (${s.scams} scam, ${s.genuine} genuine)`,
    `  within bounds   ${s.withinPct.toFixed(1)} % (${s.within}/${s.cases}); scams below floor ${s.scamsBelowFloor}, genuine above max ${s.genuineAboveMax}`,
    `  micro precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
    `  genuine at scam ${s.genuineAtScam}`,
  ];
  if (s.labelledOutOfBounds.length > 0) lines.push(`  expected answers alone out of their own bounds (${s.labelledOutOfBounds.length}): ${s.labelledOutOfBounds.join(', ')}`);
  const unknown = Object.entries(s.unknownIds);
  if (unknown.length > 0) lines.push(`  expected ids not in the rules (left out of P/R): ${unknown.map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  const notOffered = Object.entries(s.notOfferedRead);
  if (notOffered.length > 0) lines.push(`  read, but not an answer their writers could tick (left out of P/R): ${notOffered.map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  if (options.byId) {
    lines.push(`  ${'answer'.padEnd(34)}   tp   fp   fn`);
    for (const [k, v] of Object.entries(s.perId).sort((a, b) => b[1].fp + b[1].fn - (a[1].fp + a[1].fn))) {
      lines.push(`  ${k.padEnd(34)} ${String(v.tp).padStart(4)} ${String(v.fp).padStart(4)} ${String(v.fn).padStart(4)}`);
    }
  }
  const show = (m: Miss) => {
    lines.push(`  - ${m.id} (${m.kind}) ${m.verdict} [${m.bounds[0]}..${m.bounds[1]}]${m.extra.length ? `  +${m.extra.join(', +')}` : ''}${m.missing.length ? `  -${m.missing.join(', -')}` : ''}`);
    lines.push(`      ${m.text.replace(/\s+/g, ' ').trim()}`);
  };
  if (options.misses !== false && s.misses.length > 0) {
    lines.push('  out of bounds:');
    s.misses.forEach(show);
  }
  if (options.answerMisses && s.answerMisses.length > 0) {
    lines.push('  in bounds, answers differ:');
    s.answerMisses.forEach(show);
  }
  return lines.join('\n');
}
