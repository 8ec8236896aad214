// A prompter that answers from a script, and records every question and every
// line shown, so flow tests read like a conversation.

import { ExitPromptError, type CheckboxQuestion, type ConfirmQuestion, type InputQuestion, type Prompter, type SelectQuestion } from '../../../src/interview/prompter.js';

/** One answer: ENTER takes the default (or keeps the ticks), like pressing Enter alone. */
export type Step =
  | typeof ENTER
  | typeof CTRL_C
  | { select: string; expect?: string }
  | { checkbox: string[]; expect?: string }
  | { confirm: boolean; expect?: string }
  | { input: string; expect?: string };

export const ENTER = 'enter' as const;
export const CTRL_C = 'ctrl-c' as const;
/** Stands in the output where the screen was cleared. */
export const CLEARED = '[screen cleared]\n';

export interface Asked {
  kind: 'select' | 'checkbox' | 'confirm' | 'input' | 'pause';
  message: string;
  hint?: string | undefined;
  choices?: { value: string; label: string; hint: string }[];
  default?: string | boolean;
  ticked?: string[];
  /** For input: what validate said about the answer given, if anything. */
  invalid?: string;
}

export class ScriptedPrompter implements Prompter {
  readonly asked: Asked[] = [];
  output = '';
  closed = 0;
  private readonly steps: Step[];

  /** `repeatEnter`: once the script is used up, press Enter at every prompt (up to a limit). */
  constructor(steps: Step[], private readonly repeatEnter = false) {
    this.steps = [...steps];
  }

  private next(kind: Asked['kind'], message: string): Exclude<Step, typeof CTRL_C> {
    if (this.asked.length > 500) throw new Error('the interview asked more than 500 questions');
    const step = this.steps.shift() ?? (this.repeatEnter ? ENTER : undefined);
    if (step === undefined) throw new Error(`the script ran out at ${kind} "${message}"`);
    if (step === CTRL_C) throw new ExitPromptError('User force closed the prompt with SIGINT');
    if (step !== ENTER) {
      const want = Object.keys(step).find((k) => k !== 'expect');
      const asKind = kind === 'pause' ? 'input' : kind;
      if (want !== asKind) throw new Error(`the script gave a ${want} answer to ${kind} "${message}"`);
      if (step.expect && !message.includes(step.expect)) throw new Error(`expected a question with "${step.expect}", got "${message}"`);
    }
    return step;
  }

  async select<T extends string>(q: SelectQuestion<T>): Promise<T> {
    this.asked.push({ kind: 'select', message: q.message, hint: q.hint, choices: q.choices.map((c) => ({ ...c })), default: q.default });
    const step = this.next('select', q.message);
    if (step === ENTER) return q.default;
    const value = (step as { select: string }).select;
    const choice = q.choices.find((c) => c.value === value);
    if (!choice) throw new Error(`"${value}" is not a choice of "${q.message}": ${q.choices.map((c) => c.value).join(', ')}`);
    return choice.value;
  }

  async checkbox<T extends string>(q: CheckboxQuestion<T>): Promise<T[]> {
    this.asked.push({ kind: 'checkbox', message: q.message, hint: q.hint, choices: q.choices.map((c) => ({ ...c })), ticked: [...(q.ticked ?? [])] });
    const step = this.next('checkbox', q.message);
    if (step === ENTER) return [...(q.ticked ?? [])];
    const values = (step as { checkbox: string[] }).checkbox;
    for (const v of values) if (!q.choices.some((c) => c.value === v)) throw new Error(`"${v}" is not a choice of "${q.message}"`);
    return values as T[];
  }

  async confirm(q: ConfirmQuestion): Promise<boolean> {
    this.asked.push({ kind: 'confirm', message: q.message, default: q.default });
    const step = this.next('confirm', q.message);
    return step === ENTER ? q.default : (step as { confirm: boolean }).confirm;
  }

  async input(q: InputQuestion): Promise<string> {
    const asked: Asked = { kind: 'input', message: q.message, hint: q.hint, default: q.default ?? '' };
    this.asked.push(asked);
    for (;;) {
      const step = this.next('input', q.message);
      const value = step === ENTER ? (q.default ?? '') : (step as { input: string }).input;
      const error = q.validate?.(value);
      if (!error) return value;
      asked.invalid = error;
    }
  }

  async pause(message: string): Promise<void> {
    this.asked.push({ kind: 'pause', message });
    this.next('pause', message);
  }

  write(text: string): void {
    this.output += text;
  }

  async page(text: string): Promise<void> {
    this.output += text;
  }

  clearScreen(): void {
    this.output += CLEARED;
  }

  close(): void {
    this.closed++;
  }

  /** The questions asked, by message, in order. */
  messages(): string[] {
    return this.asked.map((a) => a.message);
  }
}
