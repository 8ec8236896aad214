// Text from outside made inert in HTML: markup escaped, and terminal escapes
// and invisible characters shown as visible escapes (sanitize.ts). Line breaks
// are kept for the caller to lay out.

import { terminalSafe } from './sanitize.js';

export function htmlEscape(s: string): string {
  return terminalSafe(s, false).replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}
