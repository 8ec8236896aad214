// Accessible mode: numbered choices answered by typing numbers, one line per
// prompt, nothing ever redrawn, no colour, so a screen reader reads each line
// once. Built on node:readline without terminal mode: the terminal keeps its
// own line editing and echo, and scamcheck only ever appends lines.

import { createInterface, type Interface } from 'node:readline';
import { wrapText } from '../render/wrap.js';
import type { Wording } from './wording.js';
import { ExitPromptError, type CheckboxQuestion, type Choice, type ConfirmQuestion, type InputQuestion, type Prompter, type SelectQuestion } from './prompter.js';

const PROMPT = '> ';

export interface PlainPrompterOptions {
  wording: Wording;
  /**
   * The rule set's description limit. readline keeps no limit on a line; a pasted book should be
   * refused, not parsed. Lines up to one over this limit are passed on, so that limit's own message is the one shown.
   */
  descriptionLimit: number;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

export function createPlainPrompter({ wording: t, descriptionLimit, input = process.stdin, output = process.stdout }: PlainPrompterOptions): Prompter {
  const maxLine = descriptionLimit + 1;
  const rl: Interface = createInterface({ input, output, terminal: false, historySize: 0 });
  // On a terminal, long lines break between words (never inside one), so a word is read whole.
  const fit = (text: string) => {
    const tty = output as NodeJS.WriteStream;
    return tty.isTTY && tty.columns ? wrapText(text, tty.columns) : text;
  };
  const queued: string[] = [];
  let waiting: { resolve: (line: string) => void; reject: (err: Error) => void } | undefined;
  let ended: Error | undefined;

  const stop = (err: Error) => {
    if (ended) return;
    ended = err;
    const w = waiting;
    waiting = undefined;
    if (w) {
      output.write('\n');
      w.reject(err);
    }
  };
  rl.on('line', (line) => {
    if (waiting) {
      const w = waiting;
      waiting = undefined;
      w.resolve(line);
    } else queued.push(line);
  });
  rl.on('close', () => stop(new ExitPromptError('the input ended before the interview was finished')));
  // Without terminal mode, Ctrl-C reaches the process as a signal, not as a key.
  const onSigint = () => stop(new ExitPromptError('cancelled with Ctrl-C'));
  rl.on('SIGINT', onSigint);
  process.on('SIGINT', onSigint);

  const readLine = (): Promise<string> => {
    output.write(PROMPT);
    const line = queued.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (ended) return Promise.reject(ended);
    return new Promise((resolve, reject) => (waiting = { resolve, reject }));
  };
  const say = (...lines: string[]) => output.write(lines.map((l) => `${l}\n`).join(''));

  /** Ask until `parse` accepts the answer; it returns a value, or an error message to say before asking again. */
  type Parsed<T> = { value: T } | { error: string } | 'relist';
  async function ask<T>(show: () => void, help: string, parse: (raw: string) => Parsed<T>): Promise<T> {
    show();
    say(help);
    for (;;) {
      const raw = await readLine();
      const parsed: Parsed<T> = raw.length > maxLine ? { error: t('plain-too-long') } : parse(raw.trim());
      if (parsed === 'relist') {
        show();
        say(help);
      } else if ('error' in parsed) say(parsed.error);
      else return parsed.value;
    }
  }

  const heading = (message: string, hint?: string) => () => {
    say('', message);
    if (hint) say(hint);
  };
  const listChoices = <T extends string>(choices: readonly Choice<T>[], ticked: ReadonlySet<T> = new Set()) =>
    choices.forEach((c, i) => say(`${String(i + 1).padStart(3)}. ${c.label}${ticked.has(c.value) ? ` ${t('plain-ticked')}` : ''} (${c.hint})`));

  const parseNumbers = (raw: string, max: number): number[] | undefined => {
    const parts = raw.split(/[\s,]+/).filter((p) => p !== '');
    if (parts.length === 0 || !parts.every((p) => /^\d{1,4}$/.test(p))) return undefined;
    const nums = parts.map(Number);
    return nums.every((n) => n >= 1 && n <= max) ? [...new Set(nums)] : undefined;
  };

  return {
    select<T extends string>(q: SelectQuestion<T>): Promise<T> {
      const def = q.choices.find((c) => c.value === q.default) ?? q.choices[0]!;
      const show = () => {
        heading(q.message, q.hint)();
        listChoices(q.choices);
      };
      const invalid = `${t('plain-invalid-number', { max: q.choices.length })} ${t('plain-list-again')}`;
      return ask<T>(show, t('plain-select-help', { default: def.label }), (raw) => {
        if (raw === '') return { value: def.value };
        if (raw === '?') return 'relist';
        const nums = parseNumbers(raw, q.choices.length);
        return nums && nums.length === 1 ? { value: q.choices[nums[0]! - 1]!.value } : { error: invalid };
      });
    },

    checkbox<T extends string>(q: CheckboxQuestion<T>): Promise<T[]> {
      const ticked = new Set(q.ticked ?? []);
      const tickedNumbers = q.choices.flatMap((c, i) => (ticked.has(c.value) ? [i + 1] : []));
      const show = () => {
        heading(q.message, q.hint)();
        listChoices(q.choices, ticked);
      };
      const keep = tickedNumbers.length > 0 ? t('plain-keep-ticked', { numbers: tickedNumbers.join(', ') }) : q.noneLabel;
      let help = t('plain-checkbox-help', { default: keep });
      if (tickedNumbers.length > 0) help += ` ${t('plain-untick-all')}`;
      const invalid = `${t('plain-invalid-numbers', { max: q.choices.length })} ${t('plain-list-again')}`;
      return ask<T[]>(show, help, (raw) => {
        if (raw === '') return { value: q.choices.filter((c) => ticked.has(c.value)).map((c) => c.value) };
        if (raw === '?') return 'relist';
        if (raw === '0') return { value: [] };
        const nums = parseNumbers(raw, q.choices.length);
        // Kept in the order of the list, whatever order they were typed in.
        return nums ? { value: q.choices.filter((_c, i) => nums.includes(i + 1)).map((c) => c.value) } : { error: invalid };
      });
    },

    confirm(q: ConfirmQuestion): Promise<boolean> {
      const yes = t('plain-yes').toLowerCase();
      const no = t('plain-no').toLowerCase();
      const help = t('plain-confirm-help', { default: q.default ? yes : no });
      return ask<boolean>(heading(q.message, q.hint), help, (raw) => {
        const a = raw.toLowerCase();
        if (a === '') return { value: q.default };
        if (a === 'y' || a === 'yes' || a === yes) return { value: true };
        if (a === 'n' || a === 'no' || a === no) return { value: false };
        return { error: t('plain-invalid-yes-no') };
      });
    },

    input(q: InputQuestion): Promise<string> {
      const def = q.default ?? '';
      const shown = def.length > 60 ? `${def.slice(0, 60)}…` : def;
      const help = t('plain-input-help', { default: def !== '' ? shown : (q.defaultLabel ?? t('plain-input-skip')) });
      return ask<string>(heading(q.message, q.hint), help, (raw) => {
        const value = raw === '' ? def : raw;
        const error = q.validate?.(value);
        return error ? { error } : { value };
      });
    },

    async pause(message: string): Promise<void> {
      say(message);
      await readLine();
    },

    write(text: string): void {
      output.write(fit(text));
    },

    // A screen reader reads on at its own pace: nothing is held back.
    page(text: string): Promise<void> {
      output.write(fit(text));
      return Promise.resolve();
    },

    clearScreen(): void {
      // Nothing is ever redrawn or cleared in accessible mode.
    },

    close(): void {
      process.removeListener('SIGINT', onSigint);
      rl.close();
    },
  };
}
