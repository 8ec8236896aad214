// Arrow-key lists with Inquirer, loaded only when the interview runs. Colour
// follows the level scamcheck decided once (chalk, not Inquirer's defaults,
// which ignore NO_COLOR); the cursor mark and the filled and empty circles
// carry the meaning, colour only adds to them.

import type { ColourLevel } from '../util/output/colour.js';
import type { Wording } from './wording.js';
import { splitScreens, wrapText } from '../render/wrap.js';
import type { CheckboxQuestion, ConfirmQuestion, InputQuestion, Prompter, SelectQuestion } from './prompter.js';

export interface InquirerPrompterOptions {
  wording: Wording;
  colour: ColourLevel;
  output?: NodeJS.WritableStream;
  /** Rows on the screen, to show every choice at once when they fit. */
  rows?: () => number | undefined;
  /** Columns on the screen, to wrap text between words. */
  columns?: () => number | undefined;
}

/** Lines longer than this are hard to follow, however wide the window. */
const MAX_WIDTH = 100;

export async function createInquirerPrompter({ wording: t, colour, output = process.stdout, rows, columns }: InquirerPrompterOptions): Promise<Prompter> {
  const inquirer = await import('@inquirer/prompts');
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: colour });
  const screenRows = rows ?? (() => (output as NodeJS.WriteStream).rows);
  const screenColumns = columns ?? (() => (output as NodeJS.WriteStream).columns);

  const width = () => Math.min(MAX_WIDTH, (screenColumns() ?? 80) - 1);

  /** The question in bold with its hint under it while it is asked; the question alone once answered. */
  const theme = (hint: string | undefined, keys: string) => ({
    prefix: { idle: c.blue('?'), done: c.green('✔') },
    style: {
      answer: (s: string) => c.cyan(s),
      message: (s: string, status: string) => (status === 'done' || !hint ? c.bold(s) : `${c.bold(s)}\n  ${c.dim(hint)}`),
      error: (s: string) => c.red(`> ${s}`),
      help: (s: string) => c.dim(s),
      highlight: (s: string) => c.cyan.bold(s),
      defaultAnswer: (s: string) => c.dim(`(${s})`),
      description: (s: string) => `  ${c.cyan(s)}`,
      keysHelpTip: () => c.dim(wrapText(keys, width())),
      disabled: (s: string) => c.dim(s),
    },
  });
  // Screens of 24 rows fit the longest question (15 answers) with its hints.
  const pageSize = (n: number) => Math.max(5, Math.min(n, (screenRows() ?? 24) - 8));

  const pause = async (message: string): Promise<void> => {
    await inquirer.input({ message, theme: { ...theme(undefined, ''), prefix: { idle: c.blue('›'), done: c.green('✔') } } });
  };

  return {
    select<T extends string>(q: SelectQuestion<T>): Promise<T> {
      return inquirer.select<T>({
        message: q.message,
        choices: q.choices.map((ch) => ({ value: ch.value, name: ch.label, description: ch.hint, short: ch.label })),
        default: q.default,
        pageSize: pageSize(q.choices.length),
        loop: false,
        theme: theme(q.hint, t('keys-select')),
      });
    },

    async checkbox<T extends string>(q: CheckboxQuestion<T>): Promise<T[]> {
      const ticked = new Set(q.ticked ?? []);
      const base = theme(q.hint, t('keys-checkbox'));
      return inquirer.checkbox<T>({
        message: q.message,
        choices: q.choices.map((ch) => ({ value: ch.value, name: ch.label, description: ch.hint, short: ch.label, checked: ticked.has(ch.value) })),
        pageSize: pageSize(q.choices.length),
        loop: false,
        // "a" and "i" would tick everything or flip every tick by accident.
        shortcuts: { all: null, invert: null },
        theme: {
          ...base,
          icon: { checked: c.green('◉'), unchecked: '◯', cursor: '❯' },
          style: {
            ...base.style,
            renderSelectedChoices: (selected: readonly { short: string }[]) =>
              selected.length === 0 ? q.noneLabel : selected.map((s) => s.short).join(', '),
          },
        },
      });
    },

    confirm(q: ConfirmQuestion): Promise<boolean> {
      return inquirer.confirm({ message: q.message, default: q.default, theme: theme(q.hint, '') });
    },

    input(q: InputQuestion): Promise<string> {
      return inquirer.input({
        message: q.message,
        ...(q.default ? { default: q.default, ...(q.editable ? { prefill: 'editable' as const } : {}) } : {}),
        validate: (value: string) => q.validate?.(value) ?? true,
        theme: theme(q.hint, ''),
      });
    },

    pause,

    async page(text: string): Promise<void> {
      const screens = splitScreens(wrapText(text, width()), (screenRows() ?? 24) - 2);
      for (const [i, screen] of screens.entries()) {
        output.write(screen);
        if (i < screens.length - 1) await pause(t('press-enter-more'));
      }
    },

    write(text: string): void {
      output.write(wrapText(text, width()));
    },

    clearScreen(): void {
      // Screen and scrollback, then home: only on a terminal, never into a file or pipe.
      if ((output as NodeJS.WriteStream).isTTY) output.write('\u001b[2J\u001b[3J\u001b[H');
    },

    close(): void {
      // Each Inquirer prompt restores the terminal when it settles.
    },
  };
}
