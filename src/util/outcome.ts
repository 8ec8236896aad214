// How a command ended, as the modes tell it. Only the CLI turns an outcome into
// an exit code (src/cli/exit-codes.ts), so nothing below the CLI imports it.
export type Outcome =
  /** Done as asked (whatever the verdict). */
  | 'ok'
  /** A verdict reached --fail-on; or `rules test` found failures. */
  | 'reached-fail-on'
  /** The rule set or a pack has errors. */
  | 'rules-invalid'
  /** A batch ran to the end, but some records were bad. */
  | 'bad-records'
  /** Cancelled with Ctrl-C. */
  | 'cancelled';
