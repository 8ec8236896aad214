// The interactive interview: `scamcheck` on a terminal with no answer flags.
// Picks the prompter (arrow keys, or numbered lines in accessible mode), runs
// the session, and turns Ctrl-C into exit 130 with an honest message.

import type { CompiledRuleSet } from '../engine/compile.js';
import { makeStyle, type ColourLevel } from '../util/output/colour.js';
import type { Region } from '../rules/types.js';
import type { DescriptionReader } from '../text/read.js';
import { runSession } from './desk.js';
import { isExitPromptError, type Prompter } from './prompter.js';
import { makeWording } from './wording.js';
import type { Outcome } from '../util/outcome.js';

export interface InterviewOptions {
  rs: CompiledRuleSet;
  region: Region;
  desk: boolean;
  plain: boolean;
  colour: ColourLevel;
  /** For tests: answers from a script instead of the terminal. */
  prompter?: Prompter;
  /** For tests: a reader of descriptions other than the rule set's. */
  reader?: DescriptionReader;
  /** Where files are saved (default: the current folder). */
  cwd?: string;
  now?: () => Date;
  /** Where the closing "Cancelled" line goes (default: standard error). */
  writeError?: (text: string) => void;
}

export async function runInterview(options: InterviewOptions): Promise<Outcome> {
  const t = makeWording(options.rs.set);
  const colour: ColourLevel = options.plain ? 0 : options.colour;
  const style = await makeStyle(colour);
  const prompter =
    options.prompter ??
    (options.plain
      ? (await import('./plain-prompter.js')).createPlainPrompter({ wording: t, descriptionLimit: options.rs.set.limits.description })
      : await (await import('./inquirer-prompter.js')).createInquirerPrompter({ wording: t, colour }));
  const readDescription = options.reader ?? (await import('../text/read.js')).createReader(options.rs.set, { suggest: 'questions' });
  const writeError = options.writeError ?? ((s: string) => process.stderr.write(s));
  const saved: string[] = [];
  try {
    await runSession(
      { rs: options.rs, region: options.region, prompter, t, style, readDescription },
      { desk: options.desk, cwd: options.cwd ?? process.cwd(), now: options.now ?? (() => new Date()) },
      saved,
    );
    return 'ok';
  } catch (err) {
    if (!isExitPromptError(err)) throw err;
    writeError(`${saved.length > 0 ? t('cancelled-kept', { files: saved.join(', ') }) : t('cancelled')}\n`);
    return 'cancelled';
  } finally {
    prompter.close();
  }
}
