// The answer first: every result opens with one headline action chosen by the
// rule set, then the other "now" steps, then why; steps fit the answers and
// never contradict each other; the first screen is enough. Property tests over
// the built-in rule set (fast-check) and the rendered text at 80 columns.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { check, pickAdvice, topAdvice, type CheckResult } from '../../src/engine/check.js';
import { matchRules } from '../../src/engine/match.js';
import { applies, type CompiledRuleSet } from '../../src/engine/compile.js';
import { encodeAnswers } from '../../src/engine/answers.js';
import { buildHandout } from '../../src/interview/handout.js';
import { makeWording } from '../../src/interview/wording.js';
import { renderVerdictScreen } from '../../src/interview/verdict.js';
import { PLAIN_STYLE } from '../../src/util/output/colour.js';
import { renderHandoutHtml } from '../../src/render/handout-html.js';
import { renderHandoutMarkdown } from '../../src/render/handout-markdown.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { OUTPUT_KEYS } from '../../src/render/wording.js';
import { QUESTION_IDS, REGIONS, VERDICTS, type Answers, type QuestionId } from '../../src/rules/types.js';
import { builtinRuleSet, rule, syntheticSet } from '../helpers/ruleset.js';
import { compileRuleSet } from '../../src/engine/compile.js';
import { GP_CALL, SEEDS } from './seeds.js';

let rs: CompiledRuleSet;
beforeAll(async () => {
  rs = await builtinRuleSet();
});

const RUNS = { numRuns: 1000 };
const full = (a: Partial<Answers>): Answers => ({ claimed: [], asked: [], signs: [], happened: [], ...a });
const answersArb = () => fc.record(Object.fromEntries(QUESTION_IDS.map((q) => [q, fc.subarray(rs.answerIds[q])])) as Record<QuestionId, fc.Arbitrary<string[]>>);
const regionArb = () => fc.constantFrom(...REGIONS);
const text80 = (r: CheckResult, options: { full?: boolean } = {}) => renderText(rs.set, r, undefined, { width: 80, ...options });
/** Where a piece of text starts, as a 1-based line number of the rendered screen (-1 when absent); wrapped lines are joined to find it. */
function lineOf(screen: string, needle: string): number {
  let flat = '';
  const lineAt: number[] = [];
  screen.split('\n').forEach((l, i) => {
    const piece = (flat === '' ? '' : ' ') + l.trim();
    flat += piece;
    for (let k = 0; k < piece.length; k++) lineAt.push(i + 1);
  });
  const at = flat.indexOf(needle.slice(0, 40));
  return at < 0 ? -1 : lineAt[at + (flat[at] === ' ' ? 1 : 0)]!;
}
const rank = (v: string) => VERDICTS.indexOf(v as (typeof VERDICTS)[number]);

describe('the headline action (rules/headlines.yaml)', () => {
  it('each headline fits its "match" examples and not its "no-match" ones', () => {
    for (const h of rs.headlines) {
      for (const ex of h.def.examples.match) {
        const r = check(rs, full(ex), { region: 'england' });
        expect(applies(h, encodeAnswers(rs, r.answers), rank(r.verdict)), `${h.def.id} should fit ${JSON.stringify(ex)}`).toBe(true);
      }
      for (const ex of h.def.examples.noMatch) {
        const r = check(rs, full(ex), { region: 'england' });
        expect(applies(h, encodeAnswers(rs, r.answers), rank(r.verdict)), `${h.def.id} should not fit ${JSON.stringify(ex)}`).toBe(false);
      }
      expect(h.def.sources.length, h.def.id).toBeGreaterThan(0);
      expect(h.def.examples.match.length, h.def.id).toBeGreaterThan(0);
    }
  });

  it('every result has one, and it fits the facts: 999 when a courier is coming, the bank when money has gone', () => {
    fc.assert(
      fc.property(answersArb(), regionArb(), (a, region) => {
        const r = check(rs, a, { region });
        expect(r.headline).toBeDefined();
        const h = r.headline!;
        if (r.answers.happened.includes('courier-coming')) {
          expect(h.id).toBe('courier-coming');
          expect(h.contacts.map((c) => c.phone)).toContain('999');
        } else if (r.answers.happened.some((id) => ['paid', 'gave-bank', 'remote-access-given'].includes(id)) && !r.answers.happened.includes('still-on-call')) {
          expect(h.contacts.map((c) => c.phone)).toContain('159');
        }
        if (r.verdict === 'no-known-signs') expect(h.id).toBe('check-it-yourself');
      }),
      RUNS,
    );
  });

  it('a relative on a new number: ring them on the number you have, until money has gone; then the bank', () => {
    const before = check(rs, full({ claimed: ['family'], signs: ['new-number'], asked: ['transfer-money'] }), { region: 'england' });
    expect(before.headline!.id).toBe('relative-check-first');
    const sent = check(rs, full({ claimed: ['family'], signs: ['new-number'], asked: ['transfer-money'], happened: ['paid'] }), { region: 'england' });
    expect(sent.headline!.id).toBe('money-gone');
    expect(sent.verdict).toBe('scam');
  });

  it('the seed incidents: the headline and its phone number are in the first 6 lines, and the whole fits 48 lines at 80 columns', () => {
    for (const [name, a] of SEEDS) {
      const r = check(rs, full(a), { region: 'england' });
      const screen = text80(r);
      const lines = screen.replace(/\n$/, '').split('\n');
      expect(lines[0], name).toMatch(/^Verdict: /);
      expect(lineOf(screen, r.headline!.text), name).toBeGreaterThan(0);
      expect(lineOf(screen, r.headline!.text), name).toBeLessThanOrEqual(6);
      for (const c of r.headline!.contacts) {
        const at = lines.findIndex((l) => l.includes(c.phone));
        expect(at + 1, `${name}: ${c.phone}`).toBeGreaterThan(0);
        expect(at + 1, `${name}: ${c.phone}`).toBeLessThanOrEqual(6);
      }
      expect(lines.length, name).toBeLessThanOrEqual(48);
      for (const l of lines) expect(l.length, `${name}: ${l}`).toBeLessThanOrEqual(80);
    }
  });
});

describe('the first screen is enough (80x24), for any answers', () => {
  it('verdict and headline with its number in the first 6 lines; the other "now" steps start within the first 20', () => {
    fc.assert(
      fc.property(answersArb(), regionArb(), (a, region) => {
        const r = check(rs, a, { region });
        const screen = text80(r);
        const lines = screen.split('\n');
        expect(lines[0]).toMatch(/^Verdict: /);
        const h = r.headline!;
        const at = lineOf(screen, h.text);
        expect(at).toBeGreaterThan(0);
        expect(at).toBeLessThanOrEqual(6);
        for (const c of h.contacts) {
          const phoneLine = lines.findIndex((l) => l.includes(`${c.name}: ${c.phone}`)) + 1;
          expect(phoneLine).toBeGreaterThan(0);
          expect(phoneLine).toBeLessThanOrEqual(6);
        }
        const nowGroup = rs.set.stepGroups[0]!.id;
        for (const s of r.nextSteps.filter((x) => x.group === nowGroup && !h.covers.includes(x.id))) {
          const start = lineOf(screen, s.text);
          expect(start, s.id).toBeGreaterThan(0);
          expect(start, s.id).toBeLessThanOrEqual(20);
        }
      }),
      RUNS,
    );
  });
});

describe('steps that fit the call', () => {
  it('no result shows two steps the rule set says conflict, and no urgent result contradicts itself', () => {
    const conflicts = rs.set.advice.flatMap((a) => (a.conflicts ?? []).map((b) => [a.id, b] as const));
    expect(conflicts.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(answersArb(), regionArb(), (a, region) => {
        const r = check(rs, a, { region });
        const ids = new Set(r.nextSteps.map((s) => s.id));
        for (const [x, y] of conflicts) expect(ids.has(x) && ids.has(y), `${x} with ${y}`).toBe(false);
        if (!r.urgent) return;
        // 999 is rung at once: nothing shown may say to wait before ringing anyone.
        const says999 = r.headline!.contacts.some((c) => c.phone === '999');
        const texts = [r.headline!.text, ...r.nextSteps.map((s) => s.text)];
        if (says999) for (const t of texts) expect(t).not.toMatch(/^Before you ring anyone, wait/);
        // Known facts are stated, not guessed at.
        if (r.answers.happened.includes('courier-coming')) for (const t of texts) expect(t).not.toMatch(/If someone is on the way/);
        if (r.answers.happened.includes('still-on-call')) for (const t of texts) expect(t).not.toMatch(/If you are still on the call|If they ring again/);
        else for (const t of texts) expect(t).not.toMatch(/You are still on the call/);
      }),
      RUNS,
    );
  });

  it('exhaustively over what has happened: every combination of `happened` answers, for each claimed caller', () => {
    const happened = rs.answerIds.happened;
    for (let mask = 0; mask < 1 << happened.length; mask++) {
      const h = happened.filter((_, i) => mask & (1 << i));
      for (const claimed of rs.answerIds.claimed) {
        const r = check(rs, full({ claimed: [claimed], asked: ['hand-over-cash'], happened: h }), { region: 'england' });
        const ids = r.nextSteps.map((s) => s.id);
        expect(ids.includes('wait-or-use-another-phone') && h.includes('courier-coming')).toBe(false);
        expect(ids.includes('hang-up-now') && ids.includes('hang-up-if-they-ring-again')).toBe(false);
        const lines = text80(r).split('\n');
        expect(lineOf(lines.join('\n'), r.headline!.text)).toBeLessThanOrEqual(6);
      }
    }
  });

  it('the top step alone (what batch reports) is always the first of the full list', () => {
    fc.assert(
      fc.property(answersArb(), regionArb(), (a, region) => {
        const r = check(rs, a, { region });
        const bits = encodeAnswers(rs, r.answers);
        const hits: number[] = [];
        const n = matchRules(rs, bits, hits);
        expect(topAdvice(rs, hits, n, rank(r.verdict), bits, region)?.id).toBe(pickAdvice(rs, hits, n, rank(r.verdict), bits, region)[0]?.id);
        expect(r.nextSteps[0]?.id).toBe(pickAdvice(rs, hits, n, rank(r.verdict), bits, region)[0]?.id);
      }),
      RUNS,
    );
  });

  it('a recorded "press 1" call gets no courier advice', () => {
    const r = check(rs, full({ claimed: ['government'], asked: ['press-key'], signs: ['automated', 'crime-linked'] }), { region: 'england' });
    expect(r.nextSteps.map((s) => s.id)).not.toContain('never-hand-over');
    expect(r.nextSteps.map((s) => s.id)).not.toContain('call-999-now');
  });

  it('a genuine-looking call (a GP surgery) gets calm wording and no instruction to report', () => {
    const r = check(rs, full(GP_CALL), { region: 'england' });
    expect(rank(r.verdict)).toBeLessThanOrEqual(rank('suspicious'));
    const ids = r.nextSteps.map((s) => s.id);
    for (const id of ['report-fraud', 'report-police-101', 'report-scam-call-7726', 'crimestoppers', 'share-advice']) expect(ids).not.toContain(id);
    const screen = text80(r);
    expect(screen).not.toMatch(/\breport\b|Tell friends and family|the verdict would be/i);
    expect(r.headline!.id).toBe('check-before-acting');
  });

  it('the headline is not repeated as a step', () => {
    for (const [, a] of SEEDS) {
      const r = check(rs, full(a), { region: 'england' });
      const screen = text80(r, { full: true });
      for (const id of r.headline!.covers) {
        const step = r.nextSteps.find((s) => s.id === id);
        if (step) expect(screen.replace(/\n\s*/g, ' ')).not.toContain(step.text.slice(0, 50));
      }
    }
  });

  it('the verdict summary does not say again a sentence the headline just said, and keeps what the verdict means', () => {
    const norm = (x: string) => x.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    const split = (x: string) => x.split(/(?<=[.!?])\s+/).map(norm).filter(Boolean);
    let cut = 0;
    fc.assert(
      fc.property(answersArb(), regionArb(), (a, region) => {
        const r = check(rs, a, { region });
        const flat = text80(r).replace(/\n\s*/g, ' ');
        const said = new Set(split(r.headline!.text));
        const first = split(r.summary)[0]!;
        for (const s of split(r.summary).slice(1)) {
          if (said.has(s)) cut++;
          const shown = flat.toLowerCase().split(s.slice(0, 30)).length - 1;
          expect(shown, `"${s}" under ${r.headline!.id}`).toBeLessThanOrEqual(1);
        }
        expect(norm(flat)).toContain(first);
      }),
      RUNS,
    );
    // The scam verdict with its usual headline repeats a sentence, so the property is exercised.
    expect(cut).toBeGreaterThan(0);
  });
});

describe('one worded view for every output', () => {
  it('no rule id in anything meant for a person; JSON keeps them', () => {
    const t = makeWording(rs.set);
    fc.assert(
      fc.property(answersArb(), (a) => {
        const r = check(rs, a, { region: 'england' });
        const outputs = [
          text80(r),
          text80(r, { full: true }),
          renderMarkdown(rs.set, r),
          renderHandoutHtml(buildHandout({ set: rs.set, result: r, t, now: new Date(2026, 0, 1) })),
        ];
        for (const out of outputs) {
          expect(out).not.toMatch(/\brule [a-z0-9]+-[a-z0-9-]+/);
          // Ids of two or more words cannot be ordinary wording.
          for (const reason of r.reasons.filter((x) => x.rule.includes('-'))) expect(out).not.toMatch(new RegExp(`(^|[^a-z-])${reason.rule}([^a-z-]|$)`));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the interview\'s verdict screen is the same view as flag-mode text with --full (sources in short form)', () => {
    for (const [name, a] of SEEDS) {
      const r = check(rs, full(a), { region: 'england' });
      const screen = renderVerdictScreen(rs, r, PLAIN_STYLE);
      const flags = renderText(rs.set, r, PLAIN_STYLE, { full: true });
      const upToSources = (x: string) => x.slice(0, x.indexOf('Where this advice comes from'));
      expect(upToSources(screen).trim(), name).toBe(upToSources(flags).trim());
      expect(screen, name).toContain('kent.police.uk');
      expect(screen, name).not.toContain('https://');
    }
  });

  it('every output says when a rule pack turned rules off, naming them', () => {
    const set = syntheticSet([rule('police-cash', 'scam', { answers: { claimed: ['police'], asked: ['cash'] } }, ['hang-up']), rule('bank-any', 'suspicious', { answers: { claimed: ['bank'] } }, ['check'])]);
    set.disabled = [{ rule: 'bank-any', reason: 'test', pack: 'test', loc: { file: 'x', line: 1, col: 1 } }];
    // The notice's wording is the built-in set's, locked in rules/locked.yaml.
    Object.assign(set.interview, (parse(readFileSync(new URL('../../rules/locked.yaml', import.meta.url), 'utf8')) as { interview: Record<string, string> }).interview);
    const srs = compileRuleSet(set);
    const r = check(srs, full({ claimed: ['police'], asked: ['cash'] }), { region: 'england' });
    expect(r.disabledRules).toEqual(['bank-any']);
    const interview = (parse(readFileSync(new URL('../../rules/interview.yaml', import.meta.url), 'utf8')) as { interview: Record<string, string> }).interview;
    const t = makeWording({ ...set, interview });
    const handout = buildHandout({ set, result: r, t, now: new Date(2026, 0, 1) });
    for (const out of [renderText(set, r), renderText(set, r, undefined, { full: true }), renderMarkdown(set, r), renderHandoutHtml(handout), renderHandoutMarkdown(handout)]) {
      expect(out).toContain('The rule set was changed');
      expect(out).toContain('bank-any');
    }
  });

  it('every key of rules/wording.yaml is used by the renderers, and every key they use is there', () => {
    const yaml = (parse(readFileSync(new URL('../../rules/wording.yaml', import.meta.url), 'utf8')) as { output: Record<string, string> }).output;
    expect(Object.keys(yaml).sort()).toEqual([...OUTPUT_KEYS].sort());
    const src = readdirSync(new URL('../../src/render/', import.meta.url))
      .map((f) => readFileSync(new URL(`../../src/render/${f}`, import.meta.url), 'utf8'))
      .join('\n');
    for (const k of OUTPUT_KEYS) if (k !== 'verdict') expect(src, k).toContain(`'${k}'`);
  });

  it('no English sentence lives in src/render or in the interview\'s result screens', () => {
    const files = [
      ...readdirSync(new URL('../../src/render/', import.meta.url)).map((f) => `src/render/${f}`),
      'src/interview/verdict.ts',
      'src/interview/handout.ts',
    ];
    for (const f of files) {
      const code = readFileSync(new URL(`../../${f}`, import.meta.url), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      // A string literal of three or more words is a sentence meant for a person.
      const sentences = [...code.matchAll(/(['"`])((?:(?!\1).)*)\1/g)].map((m) => m[2]!).filter((s) => /\b[A-Za-z]{2,}\b \b[a-z]{2,}\b \b[a-z]{2,}\b/.test(s) && !/[<>{}]|\$\{/.test(s));
      expect(sentences, f).toEqual([]);
    }
  });
});
