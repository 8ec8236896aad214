// Text from outside (rule packs, descriptions) made inert in Markdown, for the
// Markdown result and the Markdown handout alike.

import { terminalSafe } from './sanitize.js';

/**
 * Text made inert in Markdown: no HTML, entities, links, emphasis, code or
 * tables, and no heading, quote or list marker at the start; line breaks
 * become spaces, and terminal escapes and invisible characters are shown as
 * visible escapes (sanitize.ts).
 */
export function mdText(s: string): string {
  return terminalSafe(s.replace(/[\r\n\u2028\u2029]+/g, ' '))
    .replace(/[\\`*_[\]<>|~]|&(?=#|[A-Za-z]+;)/g, (ch) => `\\${ch}`)
    .replace(/^(\s*)([#+\-=>])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** A source address as a Markdown autolink (web addresses only); anything else as inert text. */
export function mdUrl(url: string): string {
  if (!/^https?:\/\/[^\s<>]/i.test(url)) return mdText(url);
  return `<${terminalSafe(url).replace(/[<>\s"'`\\]/g, (ch) => encodeURIComponent(ch))}>`;
}
