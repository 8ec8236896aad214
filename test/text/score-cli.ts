// Entry point of scripts/score-corpus.mjs (bundled by it with esbuild): score
// the reader on the given corpus files, from the rules in YAML.
import { compileRuleSet } from '../../src/engine/compile.js';
import { assembleFromYaml } from '../../src/rules/load.js';
import { createReader } from '../../src/text/read.js';
import { loadCases, report, scoreCases } from './score.js';

export async function main(args: string[]): Promise<number> {
  const answerMisses = args.includes('--answers');
  const json = args.includes('--json');
  const byId = args.includes('--by-id');
  const strict = args.includes('--strict');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    process.stderr.write('usage: node scripts/score-corpus.mjs [--answers] [--by-id] [--json] [--strict] FILE.yaml…\n');
    return 2;
  }
  const { set, problems } = await assembleFromYaml([]);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    process.stderr.write(`built-in rules invalid:\n${errors.map((e) => `${e.file}:${e.line} ${e.message}`).join('\n')}\n`);
    return 1;
  }
  const rs = compileRuleSet(set);
  const read = createReader(rs.set);
  const cases = loadCases(files);
  const s = scoreCases(rs, read, cases, { strict });
  if (json) process.stdout.write(`${JSON.stringify({ ...s, misses: s.misses.map((m) => m.id), answerMisses: s.answerMisses.map((m) => m.id) })}\n`);
  else process.stdout.write(`${report(files.length === 1 ? files[0]! : `${files.length} files`, s, { answerMisses, byId, misses: !byId })}\n`);
  return 0;
}
