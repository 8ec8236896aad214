// `scamcheck rules …` — declared here. STUB until the rule-packs issue lands.

import type { Command } from 'commander';
import { UsageError } from '../../util/errors.js';

export function defineRulesCommand(program: Command): void {
  program
    .command('rules')
    .description('list, explain, validate and test rule sets')
    .action(() => {
      throw new UsageError('rules commands are not available in this version yet');
    });
}
