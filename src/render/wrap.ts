// Word-wrapping, so a line never breaks inside a word ("t" / "he door").
// Continuation lines line up under the text of a numbered or bulleted item (a
// hanging indent). Colour codes take no width. Used for flag-mode output on a
// terminal and for the interview's arrow-key screens; output to a pipe is not wrapped.

import { stripVTControlCharacters } from 'node:util';

const visible = (s: string) => stripVTControlCharacters(s).length;

export function wrapLine(line: string, width: number): string {
  if (visible(line) <= width) return line;
  const plain = stripVTControlCharacters(line);
  const lead = /^(\s*)((?:\d+\.|[-•*])\s+)?/.exec(plain)![0].length;
  // A hanging indent that leaves almost no room is worse than none.
  const indent = ' '.repeat(lead <= width / 3 ? lead : 0);
  const leading = /^ */.exec(line)![0];
  const out: string[] = [];
  let current = leading;
  let currentWidth = leading.length;
  let atStart = true;
  for (const word of line.slice(leading.length).split(' ')) {
    const w = visible(word);
    if (!atStart && currentWidth + 1 + w > width) {
      out.push(current.trimEnd());
      current = indent + word;
      currentWidth = indent.length + w;
    } else {
      current += atStart ? word : ` ${word}`;
      currentWidth += atStart ? w : 1 + w;
    }
    atStart = false;
  }
  out.push(current);
  return out.join('\n');
}

/** Wrap every line of `text` to `width` columns; long words (web addresses) are left whole. */
export function wrapText(text: string, width: number): string {
  if (!Number.isFinite(width) || width < 20) return text;
  return text
    .split('\n')
    .map((l) => wrapLine(l, width))
    .join('\n');
}

/**
 * Split wrapped text into screens of at most `rows` lines, breaking at blank
 * lines (between sections) where it can, so the first screen of a long
 * verdict is read before it scrolls away.
 */
export function splitScreens(text: string, rows: number): string[] {
  const limit = Math.max(5, rows);
  const lines = text.replace(/\n$/, '').split('\n');
  if (lines.length <= limit) return [text];
  const sections: string[][] = [[]];
  for (const line of lines) {
    sections.at(-1)!.push(line);
    if (line.trim() === '') sections.push([]);
  }
  const screens: string[][] = [[]];
  for (const section of sections) {
    let current = screens.at(-1)!;
    if (current.length > 0 && current.length + section.length > limit) screens.push((current = []));
    for (const line of section) {
      if (current.length >= limit) screens.push((current = []));
      current.push(line);
    }
  }
  return screens.filter((s) => s.some((l) => l.trim() !== '')).map((s) => `${s.join('\n')}\n`);
}
