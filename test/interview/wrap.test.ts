// Wrapping and screens for the arrow-key mode: words are never split, list
// items keep their hanging indent, and no line is lost between screens.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitScreens, wrapLine, wrapText } from '../../src/render/wrap.js';

describe('wrapText', () => {
  it('breaks between words, with continuation lines under the item text', () => {
    const line = '  12. Hang up now. You do not have to be polite. You do not have to explain.';
    expect(wrapLine(line, 40)).toBe('  12. Hang up now. You do not have to be\n      polite. You do not have to\n      explain.');
  });

  it('ignores colour codes when measuring, and leaves long web addresses whole', () => {
    const bold = '\u001b[1mVerdict:\u001b[22m';
    expect(wrapLine(`${bold} Scam`, 20)).toBe(`${bold} Scam`);
    const url = `  https://example.org/${'a'.repeat(60)}`;
    expect(wrapText(url, 40)).toBe(url);
  });

  it('never loses or splits a word (property)', () => {
    const word = fc.stringMatching(/^[a-z£.,]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.integer({ min: 20, max: 120 }), (words, width) => {
        const text = words.join(' ');
        const wrapped = wrapText(text, width);
        expect(wrapped.split(/\s+/).filter(Boolean)).toEqual(words);
        for (const l of wrapped.split('\n')) if (l.includes(' ')) expect(l.length).toBeLessThanOrEqual(width);
      }),
    );
  });
});

describe('splitScreens', () => {
  it('keeps short text on one screen', () => {
    expect(splitScreens('a\nb\n', 10)).toEqual(['a\nb\n']);
  });

  it('breaks long text between sections, and keeps every line in order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.stringMatching(/^[a-z]{1,5}$/), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 5, max: 30 }), (sections, rows) => {
        const text = sections.map((s) => s.join('\n')).join('\n\n') + '\n';
        const screens = splitScreens(text, rows);
        for (const s of screens) expect(s.replace(/\n$/, '').split('\n').length).toBeLessThanOrEqual(rows);
        const lines = (s: string) => s.split('\n').filter((l) => l !== '');
        expect(screens.flatMap(lines)).toEqual(lines(text));
      }),
    );
  });
});
