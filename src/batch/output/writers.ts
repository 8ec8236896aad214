// Output records as text: JSON Lines or CSV, one line (row) per input record,
// with the input's id and line. Rule ids, verdicts and next steps are rendered
// once per run into tables, so a record costs a few string joins.

import type { TextEvidence } from '../../engine/check.js';
import { QUESTION_IDS, VERDICTS, type Answers } from '../../rules/types.js';
import type { Evaluated, OutcomeTables } from '../evaluate.js';
import { csvCell } from '../../util/output/csv-cell.js';
import { jsonSafe } from '../../util/output/sanitize.js';
import { isAscii, type TextOut } from './buffer.js';

export type { TextOut };

export type RecordId = string | number | null;

/** What --explain adds: the answers used, and the words in the notes that led to each answer read from them. */
export interface Explanation {
  answers: Answers;
  fromText: TextEvidence[];
}

export interface RecordWriter {
  /** Written once, before the first record. */
  start(out: TextOut): void;
  result(out: TextOut, id: RecordId, line: number, r: Evaluated, explanation?: Explanation): void;
  error(out: TextOut, id: RecordId, line: number, message: string): void;
}

export const OUTPUT_FORMATS = ['jsonl', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function createWriter(format: OutputFormat, tables: OutcomeTables, explain: boolean): RecordWriter {
  return format === 'csv' ? new CsvWriter(tables, explain) : new JsonlWriter(tables);
}

/** Ids that are ASCII and need no escaping in JSON (almost all). */
const PLAIN_ID = /^[\w .:/#+()@-]*$/;

class JsonlWriter implements RecordWriter {
  /** `,"verdict":"scam","urgent":true,"rules":[` by rank, then by urgent (0, 1). */
  private readonly heads: string[][];
  private readonly rules: string[];
  /** `],"nextStep":"id"` by step index + 1 (0: none). */
  private readonly tails: string[];

  /** Every rule id and step id is ASCII (true for the built-in set; a pack might differ). */
  private readonly ascii: boolean;

  constructor(tables: OutcomeTables) {
    this.heads = VERDICTS.map((v) => [false, true].map((u) => `,"verdict":"${v}","urgent":${u},"rules":[`));
    this.rules = tables.ruleIds.map((id) => jsonSafe(JSON.stringify(id)));
    // The next step by id only: it keeps each line short (scripts look the text up once); CSV, for people, has the text.
    this.tails = ['],"nextStep":null', ...tables.steps.map((s) => `],"nextStep":${jsonSafe(JSON.stringify(s.id))}`)];
    this.ascii = [...this.rules, ...this.tails].every(isAscii);
  }

  start(): void {}

  result(out: TextOut, id: RecordId, line: number, r: Evaluated, explanation?: Explanation): void {
    let rules = '';
    const hits = r.hits;
    for (let i = 0; i < r.count; i++) rules += i === 0 ? this.rules[hits[i]!] : ',' + this.rules[hits[i]!];
    let idJson: string;
    let ascii = this.ascii && explanation === undefined;
    if (typeof id === 'string') {
      if (PLAIN_ID.test(id)) idJson = '"' + id + '"';
      else {
        // jsonSafe: U+009B, U+202E, U+2028… as \uXXXX (JSON.stringify escapes only C0 controls).
        idJson = jsonSafe(JSON.stringify(id));
        ascii = false;
      }
    } else idJson = id === null ? 'null' : String(id);
    const extra = explanation ? jsonSafe(`,"answers":${JSON.stringify(explanation.answers)},"fromText":${JSON.stringify(explanation.fromText)}`) : '';
    const text = '{"id":' + idJson + ',"line":' + line + this.heads[r.rank]![r.urgent ? 1 : 0] + rules + this.tails[r.step + 1] + extra + '}\n';
    if (ascii) out.add(text);
    else out.addText(text);
  }

  error(out: TextOut, id: RecordId, line: number, message: string): void {
    out.addText(jsonSafe(`{"id":${id === null ? 'null' : JSON.stringify(id)},"line":${line},"error":${JSON.stringify(message)}}\n`));
  }
}

const CSV_COLUMNS = ['id', 'line', 'verdict', 'urgent', 'rules', 'nextStep', 'nextStepText', 'error'];
const EXPLAIN_COLUMNS = ['answers', 'fromText'];

class CsvWriter implements RecordWriter {
  private readonly steps: string[];

  constructor(
    private readonly tables: OutcomeTables,
    private readonly explain: boolean,
  ) {
    this.steps = [',', ...tables.steps.map((s) => `${csvCell(s.id)},${csvCell(s.text)}`)];
  }

  // A byte-order mark, so spreadsheets read the file as UTF-8; CRLF line ends (RFC 4180).
  start(out: TextOut): void {
    out.addText('\ufeff' + [...CSV_COLUMNS, ...(this.explain ? EXPLAIN_COLUMNS : [])].map(csvCell).join(',') + '\r\n');
  }

  result(out: TextOut, id: RecordId, line: number, r: Evaluated, explanation?: Explanation): void {
    let rules = '';
    for (let i = 0; i < r.count; i++) rules += (i === 0 ? '' : ' ') + this.tables.ruleIds[r.hits[i]!];
    const extra = this.explain ? ',' + csvCell(explanation ? answersCell(explanation.answers) : '') + ',' + csvCell(explanation ? evidenceCell(explanation.fromText) : '') : '';
    out.addText(`${csvCell(id === null ? '' : String(id))},${line},${VERDICTS[r.rank]},${r.urgent},${csvCell(rules)},${this.steps[r.step + 1]},${extra}\r\n`);
  }

  error(out: TextOut, id: RecordId, line: number, message: string): void {
    out.addText(`${csvCell(id === null ? '' : String(id))},${line},,,,,,${csvCell(message)}${this.explain ? ',,' : ''}\r\n`);
  }
}

/** "claimed: police; asked: hand-over-cash, withdraw-cash" */
function answersCell(answers: Answers): string {
  return QUESTION_IDS.filter((q) => answers[q].length > 0)
    .map((q) => `${q}: ${answers[q].join(', ')}`)
    .join('; ');
}

/** "claimed: police (detective); asked: hand-over-cash (courier, collect)" */
function evidenceCell(evidence: TextEvidence[]): string {
  return evidence.map((e) => `${e.question}: ${e.id} (${e.words.join(', ')})`).join('; ');
}
