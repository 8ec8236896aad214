// The rule set a check or a batch runs with: the built-in set plus packs,
// refused whole (RuleSetError) when a pack would hide from the reading of a
// description what the locked rules need (reading-locks.ts). Without a pack
// nothing more is loaded, so the flag check starts as lean as before.

import { loadRuleSet, type LoadOptions } from '../rules/load.js';
import type { RuleSet } from '../rules/types.js';
import { RuleSetError } from '../util/errors.js';

export async function loadCheckedRuleSet(options: LoadOptions = {}): Promise<RuleSet> {
  const set = await loadRuleSet(options);
  if ((options.packs ?? []).length === 0) return set;
  const { readingLockProblems } = await import('./reading-locks.js');
  const problems = readingLockProblems(await loadRuleSet(), set);
  if (problems.length > 0) throw new RuleSetError(problems);
  return set;
}
