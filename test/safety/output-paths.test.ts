// Random Unicode through every output path, in process: the check's text,
// Markdown and JSON output (with a description read for answers, whose words
// and notes are quoted back), and batch output in JSON Lines and CSV. No raw
// dangerous character (oracle.ts) may come out, and JSON keeps the data.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderResult } from '../../src/cli/commands/check/index.js';
import { createReader } from '../../src/text/read.js';
import { checkAnswerIds, encodeAnswers } from '../../src/engine/answers.js';
import { check } from '../../src/engine/check.js';
import type { CompiledRuleSet } from '../../src/engine/compile.js';
import { Evaluator } from '../../src/batch/evaluate.js';
import { createWriter } from '../../src/batch/output/writers.js';
import type { TextOut } from '../../src/batch/output/buffer.js';
import { builtinRuleSet } from '../helpers/ruleset.js';
import { NAMED, dangerousIn } from './oracle.js';

let rs: CompiledRuleSet;
let reader: ReturnType<typeof createReader>;
beforeAll(async () => {
  rs = await builtinRuleSet();
  reader = createReader(rs.set);
});

const WORDS = ['police', 'courier', 'cash', 'bank', 'PIN', 'not', 'asked', 'hang', 'up', '£500'];
/** Words scamcheck reads, glued to random and dangerous characters, so they are quoted back in the output. */
const description = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom(...Object.values(NAMED))), { minLength: 1, maxLength: 25 })
  .map((parts) => parts.join(fc.sample(fc.constantFrom(' ', '', '\n', '\u2028'), 1)[0]))
  .filter((s) => s.trim() !== '');

class Collect implements TextOut {
  text = '';
  add(s: string): void {
    this.text += s;
  }
  addText(s: string): void {
    this.text += s;
  }
}

describe('every output path, fed random Unicode', () => {
  it('text, Markdown and JSON of a check', async () => {
    await fc.assert(
      fc.asyncProperty(description, fc.constantFrom('text', 'markdown', 'json') as fc.Arbitrary<'text' | 'markdown' | 'json'>, async (text, format) => {
        const reading = reader(text, { given: {} });
        const { answers } = checkAnswerIds(rs, reading.answers);
        const result = check(rs, answers, { region: 'england', fromText: reading.evidence });
        const out = await renderResult(rs.set, result, format, { region: 'england', color: false }, reading.notes);
        expect(dangerousIn(out, '\n')).toEqual([]);
        if (format === 'json') expect(JSON.parse(out)).toMatchObject({ answers: { fromText: JSON.parse(JSON.stringify(reading.evidence)) } });
      }),
      { numRuns: 400 },
    );
  });

  it('batch results and errors, as JSON Lines and CSV', () => {
    const evaluator = new Evaluator(rs, 'england');
    const r = evaluator.evaluate(encodeAnswers(rs, { claimed: ['police'], asked: ['hand-over-cash'] }));
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (id, message) => {
        for (const format of ['jsonl', 'csv'] as const) {
          const writer = createWriter(format, evaluator, true);
          const out = new Collect();
          writer.start(out);
          writer.result(out, id, 1, r, { answers: { claimed: ['police'], asked: [], signs: [], happened: [] }, fromText: [{ question: 'claimed', id: 'police', words: [id] }] });
          writer.error(out, id, 2, message);
          const body = out.text.replace(/^\ufeff/, ''); // the CSV's own byte-order mark, for spreadsheets
          expect(dangerousIn(body, format === 'csv' ? '\r\n' : '\n')).toEqual([]);
          if (format === 'jsonl') {
            const [ok, bad] = body.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; error?: string });
            expect(ok!.id).toBe(id);
            expect(bad!.error).toBe(message);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('Markdown output escapes rule-pack text, as the handouts do', () => {
  it('a <script> explanation, an <iframe> or a heading in advice, a source that breaks out of its link', async () => {
    const { renderMarkdown } = await import('../../src/render/markdown.js');
    const result = check(rs, { claimed: ['police'], asked: ['hand-over-cash'], signs: [], happened: [] }, { region: 'england' });
    const hostile = {
      ...result,
      summary: '<img src=x onerror=alert(1)>',
      reasons: result.reasons.map((r, i) => (i === 0 ? { ...r, explanation: '<script>alert(1)</script>', title: '<b>bold</b> \u001b[2J' } : r)),
      nextSteps: result.nextSteps.map((st, i) => (i === 0 ? { ...st, text: 'Ring us <iframe src="https://x.example"></iframe>\n# heading\n\u202eevil' } : st)),
      sources: ['https://x.example/a><script>', ...result.sources],
    };
    const md = renderMarkdown(rs.set, hostile);
    expect(md).not.toMatch(/(^|[^\\])<(script|iframe|img|b)\b/im);
    expect(md).not.toMatch(/^#+\s*heading/m);
    expect(md).toContain('<https://x.example/a%3E%3Cscript%3E>');
    expect(dangerousIn(md, '\n')).toEqual([]);
  });
});
