// `scamcheck rules test [dir]`: every rule's inline examples, a line per rule
// saying ok or FAIL in words, then exactly "N passed, N failed" (rules counted).
// A rule with no example of either kind fails. Exit 1 when any rule fails.

import type { Outcome } from '../../../util/outcome.js';
import { compileRuleSet } from '../../../engine/compile.js';
import { runRuleExamples, type RuleTestResult } from '../../../engine/examples.js';
import type { Style } from '../../../render/colour.js';
import { formatProblem } from '../../../util/errors.js';
import { MISSING_EXAMPLE, type CodedProblem } from '../../../rules/check-meaning.js';
import { assembleFromYaml } from '../../../rules/load.js';
import type { PackInfo, RuleSet } from '../../../rules/types.js';
import { json, packLine, plural, safe, styleFor, write, type RulesOptions } from './common.js';
import { answersAsFlags } from './describe.js';
import { packDirs } from './validate.js';

export interface TestReport {
  packs: PackInfo[];
  rules: (RuleTestResult & { changedBy: string[] })[];
  passed: number;
  failed: number;
}

/** Problems that stop the examples from being run at all (a missing example only fails its rule). */
export function blockingProblems(problems: CodedProblem[]): CodedProblem[] {
  return problems.filter((p) => p.severity === 'error' && p.code !== MISSING_EXAMPLE);
}

export function testRuleSet(set: RuleSet): TestReport {
  const results = runRuleExamples(compileRuleSet(set));
  const rules = results.map((r) => ({ ...r, changedBy: set.rules.find((d) => d.id === r.rule)?.changedBy ?? [] }));
  const passed = rules.filter((r) => r.passed).length;
  return { packs: set.packs, rules, passed, failed: rules.length - passed };
}

export function formatTestReport(report: TestReport, style: Style): string {
  const out: string[] = [];
  const width = Math.min(44, Math.max(2, ...report.rules.map((r) => r.rule.length)));
  report.packs.forEach((pack, i) => {
    const rules = report.rules.filter((r) => r.pack === pack.name);
    if (rules.length === 0) return;
    if (out.length > 0) out.push('');
    out.push(style.heading(packLine(pack, i)));
    for (const r of rules) {
      const counts = `${plural(r.examples.filter((e) => e.kind === 'match').length, 'match example')}, ${plural(r.examples.filter((e) => e.kind === 'no-match').length, 'no-match example')}`;
      const notes = [counts, ...(r.changedBy.length > 0 ? [`changed by ${r.changedBy.map(safe).join(', ')}`] : []), ...(r.disabled ? ['disabled'] : [])];
      out.push(`  ${r.passed ? 'ok  ' : style.bold('FAIL')}  ${safe(r.rule).padEnd(width)}  ${style.dim(notes.join('; '))}`);
      if (r.passed) continue;
      for (const m of r.missing) out.push(`          ${m}`);
      for (const e of r.examples.filter((x) => !x.passed)) {
        const want = e.kind === 'match' ? 'must match, but did not' : 'must not match, but did';
        out.push(`          ${e.kind} example ${e.index + 1} ${want}: ${answersAsFlags(e.answers)}`);
      }
    }
  });
  out.push('', `${report.passed} passed, ${report.failed} failed`);
  return out.join('\n') + '\n';
}

export async function runTest(dir: string | undefined, opts: RulesOptions): Promise<Outcome> {
  const { set, problems } = await assembleFromYaml(packDirs(opts, dir));
  const blocking = blockingProblems(problems);
  if (blocking.length > 0) {
    process.stderr.write(`scamcheck: the rules could not be loaded, so no rule was tested (${plural(blocking.length, 'error')}):\n`);
    for (const p of blocking) process.stderr.write(`  ${safe(formatProblem(p))}\n`);
    process.stderr.write('Run "scamcheck rules validate" for every problem, with warnings.\n');
    return 'rules-invalid';
  }
  const report = testRuleSet(set);
  write(opts.json ? json(report) : formatTestReport(report, await styleFor(opts)));
  return report.failed > 0 ? 'reached-fail-on' : 'ok';
}
