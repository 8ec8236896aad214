// The call scenarios (test/fixtures/scenarios.yaml): answers with the lowest and
// highest verdict each may get, checked through the engine and through batch.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Verdict } from '../../src/rules/types.js';

export interface Scenario {
  name: string;
  answers: Record<string, string[]>;
  min?: Verdict;
  max?: Verdict;
  urgent?: boolean;
  /** "today": the calls of issue 12 and their genuine look-alikes. */
  tags?: string[];
}

export const loadScenarios = (): Scenario[] => parse(readFileSync(new URL('../fixtures/scenarios.yaml', import.meta.url), 'utf8')) as Scenario[];
