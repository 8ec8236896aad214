// What input readers hand on, record by record, in input order.

export interface RecordSink {
  /** A record that was read: a parsed JSON value (any type), or a CSV row as an object of known columns. */
  fields(line: number, value: unknown): void;
  /** A JSON Lines record of the usual shape, read by the sink's own scanner (see JsonlReader). */
  scanned(line: number): void;
  /** The sink's fast reader for a JSON Lines record: false leaves the line to JSON.parse and fields(). */
  scan(text: string): boolean;
  /** A record that could not be read at all (broken JSON, not UTF-8, too long, ragged row…); `id` when it could still be told. */
  bad(line: number, error: string, id?: string): void;
  /** A blank line, or a CSV row with every cell empty: skipped, but counted. */
  blank(line: number): void;
  /** Column or field names scamcheck does not use (reported once, in the summary). */
  ignored(name: string): void;
}

/** An input reader: fed raw chunks in order, then told the input has ended. */
export interface InputReader {
  push(chunk: Uint8Array): void;
  end(): void;
}

/** The fields of a record that scamcheck reads. */
export const FIELDS = ['id', 'claimed', 'asked', 'signs', 'happened', 'notes'] as const;
export type Field = (typeof FIELDS)[number];
