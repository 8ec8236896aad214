// What protects people is locked (rules/locked.yaml): a pack may add to it but
// never reword, renumber, re-region or switch it off. The hostile packs of issue 14
// are fixtures under fixtures/broken/locked-* (their exact errors are in
// broken-cases.ts); this file checks what is locked, what a pack may still do,
// that the limits on a pack's size hold, and that a rule a pack may switch off
// is named in every output.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.js';
import { compileRuleSet } from '../../src/engine/compile.js';
import { buildHandout } from '../../src/interview/handout.js';
import { makeWording } from '../../src/interview/wording.js';
import { renderHandoutHtml } from '../../src/render/handout-html.js';
import { renderHandoutMarkdown } from '../../src/render/handout-markdown.js';
import { toJsonObject } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { BUILTIN_RULES_DIR, loadRuleSet } from '../../src/rules/load.js';
import { MAX_PACK_BYTES, MAX_RULE_FILES } from '../../src/rules/pack-files.js';
import { assemblePacks } from '../../src/rules/read-pack.js';
import type { Answers, RuleSet } from '../../src/rules/types.js';
import { formatProblem } from '../../src/util/errors.js';

const tmp = mkdtempSync(join(tmpdir(), 'scamcheck-locked-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
/** A pack made at test time: file name → YAML text. */
function pack(files: Record<string, string>, name = `generated-${++n}`): string {
  const dir = join(tmp, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'pack.yaml'), `name: ${name}\nversion: "1"\nschemaVersion: 1\n`);
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  return dir;
}
const errorsOf = (...dirs: string[]) =>
  assemblePacks([BUILTIN_RULES_DIR, ...dirs])
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem);
const answers = (a: Partial<Answers>): Answers => ({ claimed: [], asked: [], signs: [], happened: [], ...a });

let builtin: RuleSet;
beforeAll(async () => {
  builtin = await loadRuleSet();
});

describe('the built-in set locks what protects people', () => {
  const locked = (kind: string) => new Set((builtin.locks ?? []).filter((l) => l.kind === kind).map((l) => l.id));

  it('the "never" advice, the urgent steps and the reporting steps', () => {
    const advice = locked('advice');
    for (const id of builtin.advice.map((a) => a.id).filter((id) => id.startsWith('never-'))) expect(advice, id).toContain(id);
    for (const id of ['call-999-now', 'hang-up-now', 'call-bank-159', 'report-fraud', 'report-police-101', 'report-scam-call-7726', 'crimestoppers']) {
      expect(advice, id).toContain(id);
    }
  });

  it('the emergency and reporting contacts', () => {
    const contacts = locked('contact');
    for (const id of ['emergency-999', 'police-101', 'police-scotland', 'report-fraud', 'crimestoppers', 'bank-159', 'scam-text-7726']) expect(contacts, id).toContain(id);
  });

  it('every built-in answer and question', () => {
    const all = builtin.questions.flatMap((q) => q.answers.map((a) => `${q.id}:${a.id}`));
    expect(all.length).toBeGreaterThan(40);
    expect([...locked('answer')].sort()).toEqual(all.sort());
    expect([...locked('question')].sort()).toEqual(builtin.questions.map((q) => q.id).sort());
  });

  it("the interview's first question, about harm close at hand, and the notice of rules switched off", () => {
    const interview = locked('interview');
    for (const key of ['urgent-question', 'urgent-on-call', 'urgent-courier', 'urgent-both', 'act-now-heading', 'rules-disabled-notice']) expect(interview, key).toContain(key);
  });

  it('every rule behind a top verdict (scam, high-risk), and no other', () => {
    const top = builtin.rules.filter((r) => r.verdict === 'scam' || r.verdict === 'high-risk').map((r) => r.id);
    expect(top.length).toBeGreaterThan(20);
    expect([...locked('rule')].sort()).toEqual(top.sort());
  });

  it('each lock says why, and points into rules/locked.yaml', () => {
    for (const l of builtin.locks ?? []) {
      expect(l.why.length, `${l.kind} ${l.id}`).toBeGreaterThan(20);
      expect(l.loc.file).toMatch(/rules\/locked\.yaml$/);
      expect(l.loc.line).toBeGreaterThan(0);
    }
  });
});

describe('a pack may still add to locked items', () => {
  it('contacts, sources, regions, advice, a higher verdict, phrases, and the same words again', async () => {
    const dir = pack({
      'rules.yaml': [
        'contacts:',
        '  - id: local-desk',
        '    name: Library help desk',
        '    phone: "01234 567890"',
        '    regions: [england]',
        '    sources: [https://example.org/desk]',
        '  - id: emergency-999',
        '    override: true',
        '    sources: [https://example.org/999]',
        'advice:',
        '  - id: never-hand-over',
        '    override: true',
        '    contacts: [local-desk]',
        '    sources: [https://example.org/never]',
        '  - id: report-fraud',
        '    override: true',
        '    region-text:',
        '      scotland: Report it to Police Scotland on 101. Reporting helps stop them.',
        'rules:',
        '  - id: move-money-asked',
        '    override: true',
        '    verdict: scam',
        '    advice: [never-hand-over]',
        'questions:',
        '  - id: asked',
        '    answers:',
        '      - id: hand-over-cash',
        '        phrases: [drop the cash round]',
      ].join('\n') + '\n',
    });
    expect(errorsOf(dir)).toEqual([]);
    const set = await loadRuleSet({ packs: [dir] });
    const never = set.advice.find((a) => a.id === 'never-hand-over')!;
    expect(never.contacts).toEqual(['local-desk']);
    expect(never.sources).toContain('https://example.org/never');
    expect(never.sources.length).toBeGreaterThan(1);
    expect(set.contacts.find((c) => c.id === 'emergency-999')!.sources).toContain(builtin.contacts.find((c) => c.id === 'emergency-999')!.sources[0]);
    expect(set.rules.find((r) => r.id === 'move-money-asked')!.verdict).toBe('scam');
  });

  it('a pack can lock its own items, and a later pack cannot change them', () => {
    const first = pack({
      'rules.yaml': [
        'advice:',
        '  - id: ring-the-desk',
        '    order: 90',
        '    text: Ring the library help desk.',
        '    sources: [https://example.org/desk]',
        'verdicts:',
        '  - id: suspicious',
        '    override: true',
        '    advice: [ring-the-desk]',
        'locked:',
        '  - advice: [ring-the-desk]',
        '    why: The desk number is checked every month.',
      ].join('\n') + '\n',
    });
    const second = pack({ 'rules.yaml': 'advice:\n  - id: ring-the-desk\n    override: true\n    text: Do not ring anyone.\n' });
    const errors = errorsOf(first, second);
    expect(errors, errors.join('\n')).toHaveLength(1);
    expect(errors[0]).toMatch(/rules\.yaml:4:5 error: advice "ring-the-desk" is locked \(by generated-\d+\): a pack may add to it, but not reword it\. The desk number is checked every month\.$/);
  });

  it('a lock naming something that does not exist is an error, at its line', () => {
    const dir = pack({ 'rules.yaml': 'locked:\n  - contacts: [no-such-contact]\n    why: Checked against its source.\n' });
    expect(errorsOf(dir)).toEqual([expect.stringMatching(/rules\.yaml:2:16 error: locked: contact "no-such-contact" does not exist$/)]);
  });

  it('a lock entry names exactly one kind of thing, and why', () => {
    const dir = pack({ 'rules.yaml': 'locked:\n  - advice: [hang-up-now]\n    contacts: [emergency-999]\n    why: Both.\n  - advice: [hang-up-now]\n' });
    const errors = errorsOf(dir);
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors.join('\n')).toMatch(/locked\[1\].*"why"/);
  });
});

describe('switching off every rule a pack may switch off', () => {
  it('leaves every scam and high-risk verdict as it was: a courier on the way stays a scam', async () => {
    const lockedRules = new Set((builtin.locks ?? []).filter((l) => l.kind === 'rule').map((l) => l.id));
    const off = builtin.rules.filter((r) => !lockedRules.has(r.id)).map((r) => r.id);
    expect(off.length).toBeGreaterThan(5);
    const dir = pack({ 'rules.yaml': `disable:\n${off.map((id) => `  - rule: ${id}\n    reason: Generated.\n`).join('')}` });
    expect(errorsOf(dir)).toEqual([]);
    const withPack = compileRuleSet(await loadRuleSet({ packs: [dir] }));
    const base = compileRuleSet(builtin);
    const verdict = (rs: typeof base, a: Answers) => check(rs, a, { region: 'england' }).verdict;
    expect(verdict(withPack, answers({ happened: ['courier-coming'] }))).toBe('scam');
    const pool = Object.fromEntries(builtin.questions.map((q) => [q.id, q.answers.map((a) => a.id)])) as Record<keyof Answers, string[]>;
    const answersArb = fc.record(Object.fromEntries(Object.entries(pool).map(([q, ids]) => [q, fc.subarray(ids, { maxLength: 3 })])) as Record<keyof Answers, fc.Arbitrary<string[]>>);
    let top = 0;
    fc.assert(
      fc.property(answersArb, (a) => {
        const before = verdict(base, a);
        if (before !== 'scam' && before !== 'high-risk') return;
        top++;
        expect(verdict(withPack, a)).toBe(before);
      }),
      { numRuns: 500 },
    );
    expect(top).toBeGreaterThan(100);
  });
});

describe('the limits on a pack', () => {
  it(`more than ${MAX_PACK_BYTES / 1024 / 1024} MB of rule files together is refused from the sizes alone, before any file is parsed`, () => {
    // Each file is under the one-file limit but not valid YAML: had any been parsed, its error would show.
    const chunk = `rules: [\n${'# padding\n'.repeat(90_000)}`;
    const files: Record<string, string> = {};
    for (let i = 0; Object.keys(files).length * chunk.length <= MAX_PACK_BYTES; i++) files[`part-${i}.yaml`] = chunk;
    const dir = pack(files, 'too-big');
    expect(errorsOf(dir)).toEqual([
      expect.stringMatching(/too-big error: the rule files are too big together \(\d+\.\d MB; the limit for one pack is 2\.0 MB\): split it into smaller packs/),
    ]);
  });

  it(`more than ${MAX_RULE_FILES} rule files is refused`, () => {
    const files: Record<string, string> = {};
    for (let i = 0; i <= MAX_RULE_FILES; i++) files[`f${String(i).padStart(3, '0')}.yaml`] = 'rules: [\n';
    const dir = pack(files, 'too-many');
    expect(errorsOf(dir)).toEqual([expect.stringMatching(/too-many error: too many rule files \(201; the limit is 200\)$/)]);
  });

  it('a folder tree with too many entries is refused without walking all of it', () => {
    const dir = pack({}, 'too-deep');
    for (let i = 0; i < 101; i++) {
      const sub = join(dir, `d${i}`);
      mkdirSync(sub);
      for (let j = 0; j < 100; j++) writeFileSync(join(sub, `n${j}.txt`), '');
    }
    expect(errorsOf(dir)).toEqual([expect.stringMatching(/too-deep error: more than 10000 files and folders in it/)]);
  });
});

describe('a rule a pack switched off is named in every output', () => {
  let set: RuleSet;
  const off = 'caller-knew-details';
  beforeAll(async () => {
    set = await loadRuleSet({ packs: ['test/rules/fixtures/packs/disables-one'] });
  });
  const result = () => check(compileRuleSet(set), answers({ claimed: ['bank'], signs: ['knew-details'] }), { region: 'england' });
  const title = () => builtin.rules.find((r) => r.id === off)!.title;

  it('JSON: disabledRules, next to the contract fields', () => {
    const j = toJsonObject(set, result());
    expect(j['disabledRules']).toEqual([{ rule: off, title: title(), reason: 'Our help desk gives this advice in its own script.', pack: 'disables-one' }]);
    for (const k of ['verdict', 'urgent', 'reasons', 'nextSteps', 'answers', 'ruleSet']) expect(j).toHaveProperty(k);
    expect(toJsonObject(builtin, check(compileRuleSet(builtin), answers({ claimed: ['bank'] }), { region: 'england' }))['disabledRules']).toEqual([]);
  });

  const notice = /The rule set was changed[\s\S]*switched off 1 of the usual rules[\s\S]*Caller already knew things about you, switched off by disables-one: Our help desk gives/;

  it('text (and so the interview verdict screen), before the reasons', () => {
    const text = renderText(set, result());
    expect(text).toMatch(notice);
    expect(text.indexOf('The rule set was changed')).toBeLessThan(text.indexOf('\nWhy\n'));
    expect(renderText(builtin, check(compileRuleSet(builtin), answers({ claimed: ['bank'] }), { region: 'england' }))).not.toContain('The rule set was changed');
  });

  it('Markdown', () => {
    expect(renderMarkdown(set, result())).toMatch(/## The rule set was changed\n\nA rule pack switched off 1 of the usual rules/);
  });

  it('the handout, HTML and Markdown', () => {
    const m = buildHandout({ set, result: result(), t: makeWording(set), now: new Date(2026, 0, 1) });
    expect(renderHandoutHtml(m)).toMatch(/<h2>The rule set was changed<\/h2>\n<p>A rule pack switched off 1 of the usual rules/);
    expect(renderHandoutHtml(m)).toContain('<li>Caller already knew things about you, switched off by disables-one');
    expect(renderHandoutMarkdown(m)).toMatch(notice);
  });
});
