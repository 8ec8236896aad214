// The pure parts of `scamcheck rules …`: conditions in words, option merging,
// pack names, package lookup and UTF-8 checking, without spawning the binary.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergedOptions } from '../../src/cli/commands/rules/index.js';
import { buildProgram } from '../../src/cli/program.js';
import { PLAIN_STYLE } from '../../src/render/colour.js';
import type { RulesOptions } from '../../src/cli/commands/rules/common.js';
import { answersAsFlags, conditionInWords } from '../../src/cli/commands/rules/describe.js';
import { idPrefixFor, packNameFrom, starterFiles } from '../../src/cli/commands/rules/init.js';
import { formatTestReport, testRuleSet } from '../../src/cli/commands/rules/test-examples.js';
import { resolvePack } from '../../src/rules/resolve-pack.js';
import type { RuleSet } from '../../src/rules/types.js';
import { firstInvalidUtf8 } from '../../src/util/utf8.js';
import { UsageError } from '../../src/util/errors.js';
import { builtinRuleSet, rule, syntheticSet } from '../helpers/ruleset.js';

let builtin: RuleSet;
beforeAll(async () => {
  builtin = (await builtinRuleSet()).set;
});

describe('conditions in words', () => {
  // Synthetic wording (labels are the ids in capitals, headings the question ids), so content edits do not matter.
  const set = syntheticSet([]);

  it('a leaf: each question on its line, AND between them, OR between answers, labels with ids', () => {
    expect(conditionInWords(set, { answers: { claimed: ['police'], asked: ['cash', 'pin'] } })).toEqual(['claimed: POLICE (police)', 'AND asked: CASH (cash) OR PIN (pin)']);
  });

  it('nested all / any / not, with brackets around parts of more than one line', () => {
    const lines = conditionInWords(set, {
      all: [
        { answers: { signs: ['urgent'] } },
        { any: [{ answers: { claimed: ['bank'], asked: ['pin'] } }, { answers: { happened: ['paid'] } }] },
        { not: { answers: { asked: ['none'] } } },
      ],
    });
    expect(lines).toEqual([
      'signs: URGENT (urgent)',
      'AND (',
      '  (',
      '    claimed: BANK (bank)',
      '    AND asked: PIN (pin)',
      '  )',
      '  OR happened: PAID (paid)',
      ')',
      'AND NOT asked: NONE (none)',
    ]);
  });

  it('uses the rule set\'s own headings and labels', () => {
    expect(conditionInWords(builtin, { answers: { claimed: ['police'] } })).toEqual([
      `${builtin.questions.find((q) => q.id === 'claimed')!.heading}: ${builtin.questions[0]!.answers.find((a) => a.id === 'police')!.label} (police)`,
    ]);
  });

  it('an id the rule set does not know is shown as the id', () => {
    expect(conditionInWords(set, { answers: { claimed: ['martian'] } })).toEqual(['claimed: martian']);
  });

  it('answers as the flags that check them', () => {
    expect(answersAsFlags({ claimed: ['police'], asked: ['hand-over-cash', 'keep-secret'], signs: [] })).toBe('--claimed police --asked hand-over-cash,keep-secret');
    expect(answersAsFlags({})).toBe('(no answers)');
  });
});

describe('option merging for rules subcommands', () => {
  /** Parse argv with the real program, capturing what `rules list` would be given. */
  async function optionsFor(argv: string[]): Promise<RulesOptions> {
    const program = buildProgram({ version: '0', rules: { name: 'x', version: '0' } });
    program.exitOverride();
    let got: RulesOptions | undefined;
    const list = program.commands.find((c) => c.name() === 'rules')!.commands.find((c) => c.name() === 'list')!;
    list.action((_o: unknown, cmd: Command) => {
      got = mergedOptions(cmd);
    });
    await program.parseAsync(['node', 'scamcheck', ...argv]);
    return got!;
  }

  it.each([
    [['rules', 'list'], { rules: [], json: false, color: true, region: 'england' }],
    [['rules', 'list', '--rules', 'a', '--rules', 'b', '--json'], { rules: ['a', 'b'], json: true, color: true, region: 'england' }],
    [['--rules', 'a', 'rules', 'list', '--rules', 'b', '--no-color'], { rules: ['a', 'b'], json: false, color: false, region: 'england' }],
    [['--json', '--region', 'wales', 'rules', 'list'], { rules: [], json: true, color: true, region: 'wales' }],
  ])('%j', async (argv, want) => {
    expect(await optionsFor(argv)).toEqual(want);
  });
});

describe('pack names for rules init', () => {
  it.each([
    ['Kent Trading Standards', 'kent-trading-standards'],
    ['my_pack.v2', 'my-pack-v2'],
    ['---', 'my-pack'],
    ['Ünïcode Desk', 'n-code-desk'],
  ])('%s → %s', (folder, name) => {
    expect(packNameFrom(folder)).toBe(name);
  });

  it('ids get a prefix without the scope, always a valid id', () => {
    expect(idPrefixFor('@kent/trading.standards')).toBe('trading-standards');
    expect(idPrefixFor('x'.repeat(60))).toHaveLength(40);
  });

  it('the starter files take the name and the id prefix everywhere', () => {
    const files = starterFiles('/somewhere/desk', 'county-desk');
    expect([...files.keys()]).toEqual(['pack.yaml', 'rules/starter-rules.yaml']);
    expect(files.get('pack.yaml')).toMatch(/^name: county-desk$/m);
    const rules = files.get('rules/starter-rules.yaml')!;
    expect(rules).not.toContain('starter-pack');
    expect(rules).toContain('- id: county-desk-council-tax-refund-call');
    expect(rules).toContain('advice: [county-desk-check-with-council, never-give-bank-details]');
  });
});

describe('rules test report', () => {
  it('a line per rule in words, a failed example named, and exactly "N passed, N failed"', () => {
    const ok = rule('fine', 'suspicious', { answers: { claimed: ['police'] } });
    ok.examples = { match: [{ claimed: ['police'] }], noMatch: [{ claimed: ['bank'] }] };
    const wrong = rule('wrong', 'scam', { answers: { claimed: ['bank'] } });
    wrong.examples = { match: [{ claimed: ['police'] }], noMatch: [{ claimed: ['other'] }] };
    const untested = rule('untested', 'scam', { answers: { asked: ['cash'] } });
    const text = formatTestReport(testRuleSet(syntheticSet([ok, wrong, untested])), PLAIN_STYLE);
    expect(text).toMatch(/^ {2}ok {4}fine /m);
    expect(text).toMatch(/^ {2}FAIL {2}wrong .*\n {10}match example 1 must match, but did not: --claimed police$/m);
    expect(text).toMatch(/^ {2}FAIL {2}untested .*\n {10}no example that must match\n {10}no example that must not match$/m);
    expect(text.trimEnd().split('\n').at(-1)).toBe('1 passed, 2 failed');
  });
});

describe('finding a pack', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'scamcheck-resolve-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const project = join(tmp, 'project');
  const deep = join(project, 'a', 'b');
  mkdirSync(deep, { recursive: true });
  const install = (name: string, meta: object = {}) => {
    const dir = join(project, 'node_modules', ...name.split('/'));
    mkdirSync(join(dir, 'pack'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', ...meta }));
    return dir;
  };

  it('a folder, relative to the working folder', () => {
    expect(resolvePack('a', project)).toBe(join(project, 'a'));
  });

  it('an installed package, found from a sub-folder, with or without a pack sub-folder', () => {
    const plain = install('scamcheck-pack-plain');
    const sub = install('@council/scamcheck-pack', { scamcheck: { pack: 'pack' } });
    expect(resolvePack('scamcheck-pack-plain', deep)).toBe(plain);
    expect(resolvePack('@council/scamcheck-pack', deep)).toBe(join(sub, 'pack'));
  });

  it.each([
    ['', /needs a folder or an installed package name/],
    ['./nothing-here', /no such folder, and no installed npm package of that name/],
    ['not-installed', /no such folder, and no installed npm package of that name/],
    ['../../etc', /no such folder/],
  ])('%j is a usage error', (spec, message) => {
    expect(() => resolvePack(spec, deep)).toThrow(UsageError);
    expect(() => resolvePack(spec, deep)).toThrow(message);
  });

  it('a package whose pack folder leaves the package, also by a link, is refused', () => {
    install('escapes-by-path', { scamcheck: { pack: '../..' } });
    expect(() => resolvePack('escapes-by-path', project)).toThrow(/outside the package/);
    const linked = install('escapes-by-link', { scamcheck: { pack: 'outside' } });
    symlinkSync(tmp, join(linked, 'outside'));
    expect(() => resolvePack('escapes-by-link', project)).toThrow(/outside the package/);
  });
});

describe('UTF-8 checking', () => {
  it.each([
    ['plain ASCII', [0x61, 0x62], -1],
    ['£ and emoji', [0xc2, 0xa3, 0xf0, 0x9f, 0x98, 0x80], -1],
    ['a Latin-1 é', [0x61, 0xe9, 0x62], 1],
    ['an overlong slash', [0xc0, 0xaf], 0],
    ['a surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['cut short', [0x61, 0xe2, 0x82], 1],
    ['a stray continuation byte', [0x80], 0],
  ])('%s', (_name, bytes, at) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(at);
  });
});
