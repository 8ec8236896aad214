// `scamcheck batch <file>` — declared here, run by src/batch. STUB until the batch issue lands.

import type { Command } from 'commander';
import { UsageError } from '../../util/errors.js';

export function defineBatchCommand(program: Command): void {
  program
    .command('batch <file>')
    .description('check many call reports from a CSV or JSON Lines file (- for standard input)')
    .action(() => {
      throw new UsageError('batch is not available in this version yet');
    });
}
