// The interactive interview. STUB — replaced by the interview issue.

import { UsageError } from '../util/errors.js';
import type { CompiledRuleSet } from '../engine/compile.js';
import type { ColourLevel } from '../render/colour.js';
import type { Region } from '../rules/types.js';

export interface InterviewOptions {
  rs: CompiledRuleSet;
  region: Region;
  desk: boolean;
  plain: boolean;
  colour: ColourLevel;
}

export async function runInterview(_options: InterviewOptions): Promise<number> {
  throw new UsageError('the interview is not available in this version yet: answer with flags (see --help)');
}
