// Wording from the rule set with its {placeholders} filled in: one pass, so a
// value that itself contains {braces} is never filled again. Used by every
// layer that words something (the reader's notes, the result, the interview).
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{([a-z]+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
