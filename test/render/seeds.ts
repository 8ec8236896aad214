// The six seed incidents (the Kent Police notices in /work/shared/seeds, as
// the end-to-end tests and issue 11 give them), and the genuine GP call.
import type { Answers } from '../../src/rules/types.js';

export const SEEDS: [name: string, answers: Partial<Answers>][] = [
  ['detective says your card was misused', { claimed: ['police'], signs: ['card-misused'] }],
  ['a courier is coming for the police', { claimed: ['police'], asked: ['hand-over-cash', 'keep-secret'], signs: ['card-misused', 'urgent'], happened: ['courier-coming'] }],
  ['bank caller, then aggressive messages', { claimed: ['bank'], signs: ['aggressive'] }],
  ['broadband provider asks for bank details', { claimed: ['telecom'], asked: ['bank-details'] }],
  ['recorded message: NI number linked to crime, press one', { claimed: ['government'], signs: ['automated', 'crime-linked'], asked: ['press-key'] }],
  ['DWP says your NI number will be terminated', { claimed: ['government'], signs: ['threat'] }],
];

/** A GP surgery confirming a date of birth: genuine-looking. */
export const GP_CALL: Partial<Answers> = { claimed: ['other'], asked: ['personal-details'], happened: ['gave-personal'] };

export const flagsOf = (a: Partial<Answers>): string[] => Object.entries(a).flatMap(([q, ids]) => (ids.length > 0 ? [`--${q}`, ids.join(',')] : []));
