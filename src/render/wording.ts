// The wording of a result, from rules/wording.yaml (and packs). The renderers
// name keys only; every key used is listed here, so a missing one is found when
// the rule set is first used, not halfway through a frightened person's call.

import type { RuleSet } from '../rules/types.js';
import { RuleSetError } from '../util/errors.js';
import { fill } from '../util/fill.js';

export const OUTPUT_KEYS = [
  'verdict', 'headline', 'now-heading', 'next-heading', 'steps-heading', 'why-heading', 'more',
  'told-heading', 'told-nothing', 'from-text-heading', 'from-text-line', 'from-text-hint',
  'near-miss-heading', 'near-miss-intro', 'sources-heading',
] as const;

export type OutputKey = (typeof OUTPUT_KEYS)[number];
export type OutputWording = (key: OutputKey, vars?: Record<string, string | number>) => string;

const OUTPUT_FILE = 'rules/wording.yaml';

const cache = new WeakMap<RuleSet, OutputWording>();

/** The result wording of a rule set, refused whole (like any rule-set error) when a key is missing. */
export function outputWording(set: RuleSet): OutputWording {
  const known = cache.get(set);
  if (known) return known;
  const text = set.output;
  const missing = OUTPUT_KEYS.filter((k) => typeof text[k] !== 'string' || text[k].trim() === '');
  if (missing.length > 0) {
    throw new RuleSetError(missing.map((k) => ({ severity: 'error' as const, file: OUTPUT_FILE, line: 0, col: 0, message: `output text "${k}" is missing` })));
  }
  const t: OutputWording = (key, vars) => fill(text[key]!, vars);
  cache.set(set, t);
  return t;
}
