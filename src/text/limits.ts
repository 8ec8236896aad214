// The one limit on a description of a call, for every way one is given:
// --describe, the interview's "in your own words" question, and a batch
// record's notes. Longer text is refused with a message (never cut short):
// a usage error for --describe (exit 2), a prompt to try again in the
// interview, a bad record in a batch.

export const MAX_DESCRIPTION = 20_000;
