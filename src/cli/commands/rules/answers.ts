// `scamcheck rules answers`: every answer id per question, with its label and
// hint — the values the --claimed, --asked, --signs and --happened flags take.

import type { Style } from '../../../render/colour.js';
import { loadRuleSet } from '../../../rules/load.js';
import { QUESTION_IDS, type QuestionId, type RuleSet } from '../../../rules/types.js';
import { json, safe, styleFor, write, type RulesOptions } from './common.js';

export interface AnswerListing {
  questions: {
    id: QuestionId;
    flag: string;
    heading: string;
    prompt: string;
    hint: string;
    multiple: boolean;
    emptyAnswer: string | null;
    answers: { id: string; label: string; hint: string; urgent: boolean; neutral: boolean; pack: string; phrases: string[] }[];
  }[];
}

export function listAnswers(set: RuleSet): AnswerListing {
  return {
    questions: QUESTION_IDS.map((id) => set.questions.find((q) => q.id === id))
      .filter((q): q is NonNullable<typeof q> => q !== undefined)
      .map((q) => ({
        id: q.id,
        flag: `--${q.id}`,
        heading: q.heading,
        prompt: q.prompt,
        hint: q.hint,
        multiple: q.multiple,
        emptyAnswer: q.emptyAnswer ?? null,
        answers: q.answers.map((a) => ({ id: a.id, label: a.label, hint: a.hint, urgent: a.urgent, neutral: a.neutral, pack: a.pack, phrases: a.phrases })),
      })),
  };
}

export function formatAnswers(listing: AnswerListing, builtin: string, style: Style): string {
  const out: string[] = [];
  for (const q of listing.questions) {
    if (out.length > 0) out.push('');
    out.push(style.heading(`${q.flag} — ${safe(q.heading)}`));
    // Every flag takes a list; `multiple` only says how the interview asks.
    out.push(`  ${safe(q.prompt)} (give one or more, comma-separated${q.multiple ? '' : '; the interview asks for the closest one'})`);
    const width = Math.min(24, Math.max(...q.answers.map((a) => a.id.length)));
    for (const a of q.answers) {
      const notes = [
        ...(a.urgent ? ['urgent: something must be done now'] : []),
        ...(a.neutral ? ['not itself a warning sign'] : []),
        ...(a.pack !== builtin ? [`added by ${safe(a.pack)}`] : []),
      ];
      out.push(`  ${style.bold(safe(a.id).padEnd(width))}  ${safe(a.label)} — ${safe(a.hint)}${notes.length > 0 ? ` [${notes.join('; ')}]` : ''}`);
    }
  }
  out.push('', 'Example: scamcheck --claimed police --asked hand-over-cash,keep-secret --signs urgent');
  return out.join('\n') + '\n';
}

export async function runAnswers(opts: RulesOptions): Promise<void> {
  const set = await loadRuleSet({ packs: opts.rules });
  const listing = listAnswers(set);
  write(opts.json ? json(listing) : formatAnswers(listing, set.packs[0]?.name ?? '', await styleFor(opts)));
}
