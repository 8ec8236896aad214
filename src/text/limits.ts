// The one limit on a description of a call, for every way one is given:
// --describe, the interview's "in your own words" question, and a batch
// record's notes. Longer text is refused with a message (never cut short):
// a usage error for --describe (exit 2), a prompt to try again in the
// interview, a bad record in a batch.

export const MAX_DESCRIPTION = 20_000;

/** "20,000": without Intl, which costs milliseconds to start on the flag-check path. */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
