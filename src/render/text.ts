// The result for a terminal: the verdict in words first (colour only adds to
// it), then the headline action with its phone number, the other "now" steps,
// the rest, and why. It lays out the worded view (view.ts) and nothing else.
// On a terminal, lines wrap at its width with hanging indents, never inside a
// word; output to a pipe is not wrapped, so scripts read whole lines.

import type { CheckResult } from '../engine/check.js';
import type { RuleSet } from '../rules/types.js';
import { PLAIN_STYLE, type Style } from '../util/output/colour.js';
import { terminalSafe } from '../util/output/sanitize.js';
import { buildView, type ResultView, type SectionView } from './view.js';
import { wrapText } from './wrap.js';

export interface TextOptions {
  notes?: string[];
  /** Show everything (--full). */
  full?: boolean;
  /** Wrap at this many columns (a terminal's width); not wrapped when absent. */
  width?: number;
  /** Every answer was confirmed (the interview): leave out what was read from a description. */
  confirmed?: boolean;
}

function section(out: string[], s: SectionView, style: Style): void {
  if (s.heading) out.push(style.heading(s.heading));
  for (const step of s.steps) {
    out.push(`  ${`${step.number}.`.padEnd(3)} ${step.text}`);
    for (const c of step.contacts) out.push(`      ${style.bold(c)}`);
  }
  out.push('');
}

/** Lay out a worded view as terminal text. */
export function layoutText(v: ResultView, style: Style = PLAIN_STYLE, width?: number): string {
  const out: string[] = [];
  out.push(`${style.bold(v.verdict.prefix)} ${style.verdict(v.verdict.id, v.verdict.label)}`);
  if (v.headline) {
    out.push(style.bold(v.headline.lead), `  ${style.bold(v.headline.text)}`);
    for (const c of v.headline.contacts) out.push(`  ${style.bold(c)}`);
  }
  out.push(v.verdict.summary, '');
  if (v.now) section(out, v.now, style);
  for (const s of v.later) section(out, s, style);

  if (v.changed) out.push(style.heading(v.changed.heading), `  ${terminalSafe(v.changed.intro)}`, ...v.changed.items.map((r) => `  - ${terminalSafe(r)}`), '');
  if (v.why.items.length > 0) {
    out.push(style.heading(v.why.heading));
    for (const r of v.why.items) {
      out.push(`  - ${r.text}`);
      if (r.title) out.push(style.dim(`    (${r.title})`));
    }
    out.push('');
  }
  if (v.reassurance) out.push(v.reassurance, '');

  if (v.told) {
    out.push(style.heading(v.told.heading));
    if (v.told.nothing) out.push(`  ${v.told.nothing}`);
    for (const r of v.told.rows) out.push(`  ${r.label}: ${r.value}`);
    out.push('');
  }
  if (v.fromText || v.notes.length > 0) {
    if (v.fromText) {
      out.push(style.heading(v.fromText.heading));
      for (const l of v.fromText.lines) out.push(`  ${terminalSafe(l)}`);
      if (v.fromText.hint) out.push(style.dim(`  ${v.fromText.hint}`));
    }
    for (const note of v.notes) out.push(`  ${terminalSafe(note)}`);
    out.push('');
  }
  if (v.nearMiss) {
    out.push(style.heading(v.nearMiss.heading), `  ${v.nearMiss.intro}`);
    for (const r of v.nearMiss.rows) out.push(`  ${r.label}: ${r.value}`);
    out.push('');
  }
  if (v.sources) {
    out.push(style.heading(v.sources.heading));
    for (const s of v.sources.items) out.push(`  ${s}`);
    out.push('');
  }
  if (v.more) out.push(style.dim(v.more), '');
  while (out.at(-1) === '') out.pop();
  const text = out.join('\n') + '\n';
  return width === undefined ? text : wrapText(text, width);
}

export function renderText(set: RuleSet, result: CheckResult, style: Style = PLAIN_STYLE, options: TextOptions = {}): string {
  const view = buildView(set, result, {
    ...(options.full ? { full: true } : {}),
    ...(options.notes ? { notes: options.notes } : {}),
    ...(options.confirmed ? { confirmed: true } : {}),
  });
  return layoutText(view, style, options.width);
}
