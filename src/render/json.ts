// The check result as JSON for scripts: the scripting contract's fields
// (verdict, urgent, reasons, nextSteps, answers) plus a few additions.

import type { CheckResult } from '../engine/check.js';
import type { RuleSet } from '../rules/types.js';
import { disabledRules } from './disabled-notice.js';

export function toJsonObject(set: RuleSet, result: CheckResult, extras: { notes?: string[] } = {}): Record<string, unknown> {
  return {
    verdict: result.verdict,
    urgent: result.urgent,
    reasons: result.reasons.map((r) => ({
      rule: r.rule,
      title: r.title,
      explanation: r.explanation,
      source: r.source,
      sources: r.sources,
      verdict: r.verdict,
      matchedOn: r.matchedOn,
    })),
    nextSteps: result.nextSteps.map((s) => ({ id: s.id, text: s.text, contacts: s.contacts, ...(s.group ? { group: s.group } : {}) })),
    ...(result.headline ? { headline: { id: result.headline.id, text: result.headline.text, contacts: result.headline.contacts } } : {}),
    answers: result.answers,
    verdictLabel: result.verdictLabel,
    summary: result.summary,
    ...(result.reassurance ? { reassurance: result.reassurance } : {}),
    region: result.region,
    sources: result.sources,
    ...(extras.notes && extras.notes.length > 0 ? { notes: extras.notes } : {}),
    ...(result.nearMiss ? { nearMiss: result.nearMiss } : {}),
    ruleSet: set.packs.map((p) => ({ name: p.name, version: p.version })),
    // Rules a pack switched off (empty when none): the verdict was reached without them.
    disabledRules: disabledRules(set),
  };
}

export function renderJson(set: RuleSet, result: CheckResult, extras: { notes?: string[] } = {}): string {
  return JSON.stringify(toJsonObject(set, result, extras), null, 2) + '\n';
}
