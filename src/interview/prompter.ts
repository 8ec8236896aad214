// The one interface every question goes through. Two real implementations
// (Inquirer's arrow-key lists; plain numbered lines for screen readers) and a
// scripted one in the tests, so the flow never knows which it is talking to.

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** One short line under the choice; every choice has one. */
  hint: string;
}

export interface SelectQuestion<T extends string> {
  message: string;
  hint?: string;
  choices: readonly Choice<T>[];
  /** The choice Enter alone picks. */
  default: T;
}

export interface CheckboxQuestion<T extends string> {
  message: string;
  hint?: string;
  choices: readonly Choice<T>[];
  /** Ticked to begin with. Enter alone keeps these (none when empty). */
  ticked?: readonly T[];
  /** What Enter with nothing ticked stands for, in words ("Nothing"). */
  noneLabel: string;
}

export interface ConfirmQuestion {
  message: string;
  hint?: string;
  default: boolean;
}

export interface InputQuestion {
  message: string;
  hint?: string;
  /** Enter alone gives this ("" when not given). */
  default?: string;
  /** How the default is named in plain mode when it is empty ("skip"). */
  defaultLabel?: string;
  /** Put the default on the line to be edited (a description being changed), rather than offer it whole. */
  editable?: boolean;
  /** An error message, or undefined when the answer is fine. */
  validate?: (value: string) => string | undefined;
}

export interface Prompter {
  select<T extends string>(q: SelectQuestion<T>): Promise<T>;
  checkbox<T extends string>(q: CheckboxQuestion<T>): Promise<T[]>;
  confirm(q: ConfirmQuestion): Promise<boolean>;
  input(q: InputQuestion): Promise<string>;
  /** Wait for Enter, after something the person must read or do first. */
  pause(message: string): Promise<void>;
  /** Text for the person (already rendered; ends with a newline). */
  write(text: string): void;
  /** Longer text to read (the verdict): shown a screen at a time where the screen is smaller than it. */
  page(text: string): Promise<void>;
  /**
   * Before the next person's call: clear what the last one left on screen, so
   * one member of the public never sees another's answers. Accessible mode keeps
   * the screen as it is (a screen reader would lose its place).
   */
  clearScreen(): void;
  /** Release the terminal. Safe to call twice. */
  close(): void;
}

/** What Ctrl-C or the end of input becomes, whatever the prompter: main.ts maps this name to exit 130. */
export class ExitPromptError extends Error {
  override name = 'ExitPromptError';
}

export function isExitPromptError(err: unknown): boolean {
  return err instanceof Error && err.name === 'ExitPromptError';
}
