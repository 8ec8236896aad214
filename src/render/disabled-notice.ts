// The notice every output carries when a pack has switched rules off, so a
// volunteer can see the rule set was changed. Worded in rules/locked.yaml
// (interview keys rules-disabled-*), which packs cannot reword.

import type { RuleSet } from '../rules/types.js';
import { fill } from '../util/fill.js';

export interface DisabledRuleInfo {
  rule: string;
  title: string;
  reason: string;
  pack: string;
}

export interface DisabledNotice {
  heading: string;
  intro: string;
  /** One line per rule switched off. */
  rules: string[];
}

/** The rules switched off, with their titles: JSON's `disabledRules`. */
export function disabledRules(set: RuleSet): DisabledRuleInfo[] {
  return set.disabled.map((d) => ({
    rule: d.rule,
    title: set.rules.find((r) => r.id === d.rule)?.title ?? d.rule,
    reason: d.reason,
    pack: d.pack,
  }));
}

/** The notice, or undefined when no rule is switched off. */
export function disabledNotice(set: RuleSet): DisabledNotice | undefined {
  const rules = disabledRules(set);
  if (rules.length === 0) return undefined;
  // The built-in set always has these keys (locked); a hand-built set falls back to the key names.
  const text = (key: string) => set.interview[key] ?? key;
  return {
    heading: text('rules-disabled-heading'),
    intro: fill(text('rules-disabled-notice'), { count: rules.length }),
    rules: rules.map((r) => fill(text('rules-disabled-rule'), { ...r })),
  };
}
