// Text that came from outside (ids, notes, CSV cells, values quoted in errors) is
// made harmless before it reaches a terminal: C0/C1 control characters, escape
// sequences, carriage returns and bidirectional overrides are shown as visible
// escapes instead of acting on the terminal (cf. kubectl CVE-2021-25743).

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Replace unsafe characters with \\uXXXX; tabs and newlines too when `singleLine`. */
export function terminalSafe(text: string, singleLine = true): string {
  const out = text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return singleLine ? out.replace(/\t/g, '\\t').replace(/\n/g, '\\n') : out;
}

/** For quoting input in a one-line message: safe, and cut short. */
export function quoteInput(text: string, max = 60): string {
  const safe = terminalSafe(text);
  return JSON.stringify(safe.length > max ? `${safe.slice(0, max)}…` : safe).replace(/\\\\u/g, '\\u');
}
