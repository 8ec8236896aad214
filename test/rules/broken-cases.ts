// The broken-pack fixtures and the exact errors each must give, shared by the
// in-process loader tests and the end-to-end tests that spawn the binary.

export const BROKEN = 'test/rules/fixtures/broken';
const TAGS = 'is not allowed: rule files hold only text, numbers, true/false, lists and maps';

/** Folder → the exact errors, as `<file in the folder>:line:col error: message` (or the folder itself when no file). */
export const CASES: Record<string, string[]> = {
  'yaml-syntax': ['rules.yaml:4:5 error: not valid YAML: flow sequence in block collection must be sufficiently indented and end with a ]'],
  'duplicate-key': ['rules.yaml:4:5 error: the key "name" is given twice in the same map'],
  'unknown-field': ['rules.yaml:3:5 error: unknown field "nmae" in contacts[0] (local-line); did you mean "name"?'],
  'unknown-section': ['rules.yaml:1:1 error: unknown field "rule" in the file; did you mean "rules"?'],
  'unknown-question': ['rules.yaml:6:13 error: unknown field "claimd" in rules[0] (test-rule).when; did you mean "claimed"?'],
  'wrong-type': ['rules.yaml:1:11 error: contacts must be a list'],
  'wrong-enum': ['rules.yaml:4:14 error: rules[0] (test-rule).verdict must be one of: no-known-signs, suspicious, high-risk, scam (got "scma"); did you mean "scam"?'],
  'wrong-id-type': ['rules.yaml:6:22 error: rules[0] (test-rule).when.claimed must be a string or a list'],
  'bad-url': ['rules.yaml:8:15 error: rules[0] (test-rule).sources[0] must be a web address starting with https:// (got "javascript:alert(1)")'],
  'unknown-answer-id': ['rules.yaml:6:22 error: rule "test-rule": "polise" is not an answer to "claimed"; did you mean "police"?'],
  'unknown-advice-id': ['rules.yaml:7:14 error: rule "test-rule": advice "hang-up-nwo" does not exist; did you mean "hang-up-now"?'],
  'unknown-contact-id': ['rules.yaml:5:16 error: advice "local-advice": contact "citizens-advice-consumr" does not exist; did you mean "citizens-advice-consumer"?'],
  'empty-file': ['rules.yaml:1:1 error: the file is empty: expected a map of sections (rules, advice, contacts, questions…)'],
  'comments-only': ['rules.yaml:1:1 error: the file is empty: expected a map of sections (rules, advice, contacts, questions…)'],
  'top-level-list': ['rules.yaml:1:1 error: expected a map of sections (questions, verdicts, rules, advice, step-groups, contacts, interview, disable, locked, primary-sources, headlines, answer-groups, near-miss-questions, output, reading, limits)'],
  'nul-byte': ['rules.yaml:2:10 error: the file is not text (it contains a NUL byte)'],
  'not-utf8': ['rules.yaml:2:12 error: the file is not UTF-8 text (byte 0xe9): save it as UTF-8'],
  utf16: ['rules.yaml:1:1 error: the file is UTF-16 text: save it as UTF-8'],
  'alias-bomb': ['rules.yaml:6:10 error: aliases expand to too much data (more than 10000 values); write the items out instead of repeating *d'],
  'alias-cycle': ['rules.yaml:4:15 error: the alias *r is inside the item it refers to; it would never end'],
  'deep-nesting': ['rules.yaml:1:76 error: the lists and maps are nested too deeply (more than 64 levels)'],
  'tag-js-function': [`rules.yaml:2:13 error: the tag "!!js/function" ${TAGS}`],
  'tag-custom': [`rules.yaml:2:13 error: the tag "!shell" ${TAGS}`],
  'tag-binary': [`rules.yaml:2:14 error: the tag "!!binary" ${TAGS}`],
  'proto-key': ['rules.yaml:2:3 error: the key "__proto__" is not allowed'],
  'proto-flow': ['rules.yaml:1:14 error: the key "__proto__" is not allowed'],
  'constructor-nested': ['rules.yaml:5:11 error: the key "constructor" is not allowed', 'rules.yaml:5:26 error: the key "prototype" is not allowed'],
  'prototype-quoted': ['rules.yaml:3:5 error: the key "prototype" is not allowed'],
  'control-character': ['rules.yaml:2:13 error: the text contains a control character (U+001B); use plain text'],
  'no-manifest': [' error: not a rule pack: there is no pack.yaml (run "scamcheck rules init <folder>" to start one)'],
  'manifest-misnamed': [' error: not a rule pack: there is no pack.yaml (found pack.yml: rename it to pack.yaml)'],
  'wrong-schema-version': ['pack.yaml:4:16 error: schemaVersion 2 is newer than this scamcheck understands (it reads schemaVersion 1): update scamcheck to use this pack'],
  'manifest-unknown-field': ['pack.yaml:4:1 error: unknown field "schemaversion" in the file; did you mean "schemaVersion"?'],
  'manifest-missing-version': ['pack.yaml:1:1 error: the file is missing "version"'],
  'conflict-rule-id': [
    'rules.yaml:2:5 error: rule "police-ask-for-money" is already defined at rules/rules/police.yaml:6; add "override: true" to change it, or list it under "disable:" with a reason',
  ],
  'override-when': ['rules.yaml:4:5 error: rule "police-ask-for-money": an override cannot change "when"; disable the rule with a reason and add a new one'],
  'override-lower-verdict': ['rules.yaml:4:5 error: rule "police-ask-for-money": an override cannot lower the verdict from scam to suspicious'],
  'override-nothing': ['rules.yaml:2:5 error: rule "no-such-rule" has "override: true" but there is no earlier rule "no-such-rule" to change'],
  'step-group-clash': ['rules.yaml:4:5 error: step group "local-help" starts at order 60, as "report" does; give it another from-order'],
  'step-group-conflict': ['rules.yaml:2:5 error: step group "report" is already defined at rules/advice.yaml:16; add "override: true" to change it'],
  'verdict-relabel': ['rules.yaml:4:5 error: verdict "scam": a pack cannot change its label; add advice or a reassurance instead'],
  'answer-unurgent': ['rules.yaml:6:9 error: answer "happened: paid" is urgent in scamcheck-builtin; a pack cannot make it not urgent'],
  'disable-unknown-rule': ['rules.yaml:2:5 error: cannot disable rule "police-ask-for-mony": no such rule; did you mean "police-ask-for-money"?'],
  'disable-without-reason': ['rules.yaml:2:5 error: disable[0] is missing "reason"'],
  'duplicate-id-in-pack': [`b.yaml:2:5 error: rule "test-rule" is defined twice in this pack (first at ${BROKEN}/duplicate-id-in-pack/a.yaml:2)`],
  'missing-example': ['rules.yaml:9:5 error: rule "test-rule" has no example that must not match (add one under examples: no-match:)'],
  'mixed-condition': ['rules.yaml:6:11 error: rule "test-rule": when mixes all, asked: a condition is one of all, any, not, or question ids'],
  // Locked items (rules/locked.yaml): a pack may add to them, never weaken them.
  'locked-disable': [
    "rules.yaml:3:5 error: rule \"courier-on-the-way\" is locked (by scamcheck-builtin): a pack may add to it, but not switch it off. It gives one of the top verdicts (scam or high-risk); a pack may raise or add to it, never switch it off or reword it.",
    "rules.yaml:5:5 error: rule \"police-ask-for-money\" is locked (by scamcheck-builtin): a pack may add to it, but not switch it off. It gives one of the top verdicts (scam or high-risk); a pack may raise or add to it, never switch it off or reword it.",
    "rules.yaml:7:5 error: rule \"bank-ask-for-money\" is locked (by scamcheck-builtin): a pack may add to it, but not switch it off. It gives one of the top verdicts (scam or high-risk); a pack may raise or add to it, never switch it off or reword it.",
  ],
  'locked-hide-notice': [
    "rules.yaml:3:26 error: interview text \"rules-disabled-notice\" is locked (by scamcheck-builtin): a pack may add to it, but not reword it. It tells a volunteer that the rule set was changed; a pack must not hide it.",
  ],
  'locked-region-text': [
    "rules.yaml:5:5 error: advice \"report-fraud\" is locked (by scamcheck-builtin): a pack may add to it, but not reword it for scotland. It says where to report, and the right place differs by region; a changed number or region could send a report nowhere.",
  ],
  'locked-renumber': [
    "rules.yaml:5:5 error: contact \"emergency-999\" is locked (by scamcheck-builtin): a pack may add to it, but not change its phone. It is an emergency or reporting contact checked against its source; a pack may not change its number, name or regions.",
  ],
  'locked-reregion': [
    "rules.yaml:5:5 error: advice \"never-hand-over\" is locked (by scamcheck-builtin): a pack may add to it, but not take england, wales, scotland from its regions. It says what the police and banks will never ask for; it must reach everyone, in these words.",
  ],
  'locked-reword': [
    "rules.yaml:5:5 error: advice \"never-hand-over\" is locked (by scamcheck-builtin): a pack may add to it, but not reword it. It says what the police and banks will never ask for; it must reach everyone, in these words.",
    "rules.yaml:9:5 error: advice \"call-999-now\" is locked (by scamcheck-builtin): a pack may add to it, but not reword it or move it (order 5). It tells a person in danger what to do now; a pack must not change the words, the number, the order or where it applies.",
  ],
  'locked-swap-labels': [
    "rules.yaml:7:9 error: answer \"asked: hand-over-cash\" is locked (by scamcheck-builtin): a pack may add to it, but not change its label or change its hint. Its label and hint are what the person picks from; rewording them would change what the answer means.",
    "rules.yaml:11:9 error: answer \"asked: none\" is locked (by scamcheck-builtin): a pack may add to it, but not change its label. Its label and hint are what the person picks from; rewording them would change what the answer means.",
  ],
  'not-without-cover': [
    'rules.yaml:6:5 error: rule "test-rule" uses "not", so adding an answer could lower the verdict: with claimed:bank no rule without "not" gives scam or higher; add such a rule or remove "not"',
  ],
};

/** A row's errors with the case folder's path filled in, as formatProblem prints them. */
export function expectedErrors(name: string, lines: string[]): string[] {
  const dir = `${BROKEN}/${name}`;
  return lines.map((l) => (l.startsWith(' ') ? `${dir}${l}` : `${dir}/${l}`));
}
