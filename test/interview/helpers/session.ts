// Running the whole interview with a scripted prompter, in a temporary folder.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompiledRuleSet } from '../../../src/engine/compile.js';
import { runInterview } from '../../../src/interview/run.js';
import { exitCodeOf } from '../../../src/cli/exit-codes.js';
import type { DescriptionReader } from '../../../src/text/read.js';
import { ScriptedPrompter, type Step } from './scripted.js';

export interface SessionRun {
  code: number;
  prompter: ScriptedPrompter;
  errors: string;
  files: string[];
}

export const FIXED_NOW = new Date(2026, 10, 22, 14, 32);

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'scamcheck-interview-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function runScripted(
  rs: CompiledRuleSet,
  steps: Step[],
  options: { desk?: boolean; cwd?: string; reader?: DescriptionReader; repeatEnter?: boolean; region?: 'england' | 'wales' | 'scotland' | 'northern-ireland' } = {},
): Promise<SessionRun> {
  const prompter = new ScriptedPrompter(steps, options.repeatEnter);
  let errors = '';
  const own = options.cwd ? undefined : tempDir();
  const cwd = options.cwd ?? own!.dir;
  try {
    const code = exitCodeOf(await runInterview({
      rs,
      region: options.region ?? 'england',
      desk: options.desk ?? false,
      plain: false,
      colour: 0,
      prompter,
      cwd,
      now: () => FIXED_NOW,
      writeError: (s) => (errors += s),
      ...(options.reader ? { reader: options.reader } : {}),
    }));
    return { code, prompter, errors, files: readdirSync(cwd).sort() };
  } finally {
    own?.cleanup();
  }
}
