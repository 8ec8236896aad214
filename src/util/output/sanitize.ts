// The one sanitiser. Text that came from outside (ids, notes, CSV cells, rule
// packs, values quoted in errors, commander's own messages) is made harmless
// before it reaches a terminal, a CSV cell, Markdown or HTML: every character
// that could act on a terminal or hide what the text says is shown as a
// visible escape (\u001b, \u202e, \u{e0041}) instead (cf. kubectl
// CVE-2021-25743, "Trojan Source" CVE-2021-42574).
//
// Unsafe, by Unicode general category (so a new Unicode version is covered too):
//   Cc  C0 and C1 controls, DEL (ESC, CSI U+009B, NEL U+0085…)
//   Cf  invisible format characters: bidi controls (U+200E/F, U+202A–E, U+2066–9,
//       U+061C), zero-width space/joiners (U+200B–D, U+2060), the BOM U+FEFF,
//       soft hyphen, interlinear annotation, tag characters (U+E0000–E007F)…
//   Zl, Zp  the line and paragraph separators U+2028, U+2029
//   Cs  lone surrogates (not text at all)
// plus blank "letters" that show as nothing: the Hangul fillers and the
// combining grapheme joiner.

const UNSAFE_CLASS = String.raw`\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u034f\u115f\u1160\u3164\uffa0`;
const UNSAFE_MULTILINE = new RegExp(String.raw`[^\P{Cc}\t\n]|[${UNSAFE_CLASS.replace(String.raw`\p{Cc}`, '')}]`, 'gu');
const UNSAFE = new RegExp(`[${UNSAFE_CLASS}]`, 'gu');
/** Quick test: plain ASCII text without controls needs no work (almost all text). */
const SAFE_ASCII = /^[\u0020-\u007e]*$/;

/** `\uXXXX` (four hex digits) in the Basic Multilingual Plane, `\u{XXXXX}` above it. */
export function visibleEscape(ch: string): string {
  const cp = ch.codePointAt(0)!;
  return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
}

/** True when `text` holds no character the sanitiser would escape (tabs and newlines allowed unless `singleLine`). */
export function isTerminalSafe(text: string, singleLine = true): boolean {
  if (SAFE_ASCII.test(text)) return true;
  const re = singleLine ? UNSAFE : UNSAFE_MULTILINE;
  re.lastIndex = 0;
  return !re.test(text);
}

/** The first character the sanitiser would escape (tabs and newlines allowed unless `singleLine`), or undefined. */
export function firstUnsafe(text: string, singleLine = true): string | undefined {
  if (SAFE_ASCII.test(text)) return undefined;
  const re = singleLine ? UNSAFE : UNSAFE_MULTILINE;
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m?.[0];
}

/**
 * Replace unsafe characters with visible escapes. With `singleLine` (the
 * default) tabs and newlines become `\t` and `\n` too; without it they are
 * kept (for multi-line text such as notes and rule-pack advice).
 */
export function terminalSafe(text: string, singleLine = true): string {
  if (SAFE_ASCII.test(text)) return text;
  if (singleLine) return text.replace(UNSAFE, (ch) => (ch === '\t' ? '\\t' : ch === '\n' ? '\\n' : visibleEscape(ch)));
  return text.replace(UNSAFE_MULTILINE, visibleEscape);
}

/** For quoting input in a one-line message: safe, and cut short. */
export function quoteInput(text: string, max = 60): string {
  const safe = terminalSafe(text);
  return JSON.stringify(safe.length > max ? `${safe.slice(0, max)}…` : safe).replace(/\\\\u/g, '\\u');
}

/**
 * JSON text made safe to print: the same characters escaped as JSON `\uXXXX`
 * escapes (astral ones as surrogate pairs), so the data is kept exactly and
 * any JSON reader gets the original string back. JSON.stringify escapes only
 * C0 controls; U+009B, U+202E, U+2028 and the rest would otherwise go out raw.
 * Such characters can only stand inside JSON strings, so escaping them in the
 * whole text is safe.
 */
export function jsonSafe(json: string): string {
  if (SAFE_ASCII.test(json)) return json;
  // Tabs and newlines stand raw only outside strings (pretty-printed JSON): kept.
  return json.replace(UNSAFE_MULTILINE, (ch) => {
    let out = '';
    for (let i = 0; i < ch.length; i++) out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return out;
  });
}
