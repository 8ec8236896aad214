// The handout as Markdown: the same layout as `--format markdown`, with the
// handout's own parts, readable as plain text too.

import type { HandoutModel } from './handout-html.js';
import { layoutMarkdown } from './markdown.js';

export function renderHandoutMarkdown(m: HandoutModel): string {
  return layoutMarkdown(m.view, m.parts);
}
