// The one sanitiser, judged by the independent definition in oracle.ts (Unicode
// categories Cc, Cf, Zl, Zp, lone surrogates), never by its own table.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlEscape } from '../../src/util/output/html.js';
import { mdText, mdUrl } from '../../src/util/output/markdown.js';
import { firstUnsafe, isTerminalSafe, jsonSafe, quoteInput, terminalSafe } from '../../src/util/output/sanitize.js';
import { DANGEROUS, NAMED, dangerousIn } from './oracle.js';

/** Every code point, lone surrogates included, with the named ones made common. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom(...Object.values(NAMED), 'a', ' ', '\t', '\n', '<', '#', '=', '\\') }),
  fc.string({ unit: fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)) }),
);

describe('terminalSafe', () => {
  it.each(Object.entries(NAMED))('escapes %s, visibly', (_name, ch) => {
    const out = terminalSafe(`a${ch}b`);
    expect(dangerousIn(out)).toEqual([]);
    expect(out).toMatch(/^a\\u(\{[0-9a-f]+\}|[0-9a-f]{4})b$/);
    expect(isTerminalSafe(`a${ch}b`)).toBe(false);
    expect(firstUnsafe(`a${ch}b`)).toBe(ch);
  });

  it('escapes every character in categories Cc, Cf, Zl, Zp, and nothing else', () => {
    const leaked: string[] = [];
    const changed: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const out = terminalSafe(ch);
      if (DANGEROUS.test(ch)) {
        if (DANGEROUS.test(out)) leaked.push(`U+${cp.toString(16)}`);
      } else if (out !== ch) changed.push(cp);
    }
    expect(leaked).toEqual([]);
    // Anything else is kept as it is, except a few blank "letters" (the grapheme joiner, Hangul fillers).
    expect(changed).toEqual([0x034f, 0x115f, 0x1160, 0x3164, 0xffa0]);
  });

  it('leaves no dangerous character in any text, on one line or many', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(dangerousIn(terminalSafe(s))).toEqual([]);
        expect(dangerousIn(terminalSafe(s, false), '\t\n')).toEqual([]);
        expect(dangerousIn(quoteInput(s))).toEqual([]);
        expect(isTerminalSafe(terminalSafe(s))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps tabs and newlines in multi-line text, and writes them as \\t and \\n on one line', () => {
    expect(terminalSafe('a\tb\nc', false)).toBe('a\tb\nc');
    expect(terminalSafe('a\tb\nc')).toBe('a\\tb\\nc');
    expect(terminalSafe('plain text, £5 — fine')).toBe('plain text, £5 — fine');
  });
});

describe('jsonSafe', () => {
  it('leaves no dangerous character in JSON, and any JSON reader gets the data back', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const line = jsonSafe(JSON.stringify({ id: s }));
        expect(dangerousIn(line)).toEqual([]);
        expect((JSON.parse(line) as { id: string }).id).toBe(s);
        const pretty = jsonSafe(JSON.stringify({ id: s }, null, 2));
        expect(dangerousIn(pretty, '\n')).toEqual([]);
        expect((JSON.parse(pretty) as { id: string }).id).toBe(s);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([['\u009b'], ['\u202e'], ['\u2028'], ['\u2029'], ['\ufeff'], ['\u200b']])('escapes %j as \\uXXXX', (ch) => {
    expect(jsonSafe(JSON.stringify(`x${ch}`))).toBe(`"x\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}"`);
  });
});

describe('Markdown and HTML escaping', () => {
  it('leaves no dangerous character, no raw markup and no line break', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const md = mdText(s);
        expect(dangerousIn(md)).toEqual([]);
        expect(md).not.toMatch(/(^|[^\\])[<>]/);
        expect(md).not.toMatch(/\n/);
        const html = htmlEscape(s);
        expect(dangerousIn(html, '\t\n')).toEqual([]);
        expect(html).not.toMatch(/[<>"']/);
        expect(dangerousIn(mdUrl(s))).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('makes pack text inert: no script, no iframe, no heading, no broken-out link', () => {
    expect(mdText('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(mdText('<iframe src=x>\n# heading')).toBe('\\<iframe src=x\\> # heading');
    expect(mdText('# heading')).toBe('\\# heading');
    expect(mdText('&#x202e;')).toBe('\\&#x202e;');
    expect(mdUrl('https://x.example/a><script>')).toBe('<https://x.example/a%3E%3Cscript%3E>');
    expect(mdUrl('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(htmlEscape('<script>"x"</script>')).toBe('&lt;script&gt;&quot;x&quot;&lt;/script&gt;');
  });
});
