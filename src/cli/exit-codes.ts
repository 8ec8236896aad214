// Every exit code scamcheck uses, in one place. Documented in README and --help.

import type { Outcome } from '../util/outcome.js';

export const EXIT = {
  /** The check ran (whatever the verdict), or the command did what was asked. */
  ok: 0,
  /** --fail-on <verdict> was given and the verdict reached it; or `rules test` had failures. */
  failOn: 1,
  /** Bad flags or values: unknown option or answer id, empty value, no terminal for the interview. */
  usage: 2,
  /** The rule set (built-in or a pack) has errors: no verdict is given. */
  rules: 3,
  /** Input could not be read (missing, unreadable, not UTF-8), output could not be written (a full disk, an --out folder missing or read-only, not a regular file at --out), or --strict batch stopped at a bad record. */
  input: 4,
  /** A batch ran to the end but some records were bad (each has an `error` in the output). */
  badRecords: 5,
  /** A bug in scamcheck itself. */
  internal: 70,
  /** Cancelled with Ctrl-C. */
  cancelled: 130,
} as const;

/** The exit code for how a mode ended. */
export function exitCodeOf(outcome: Outcome): number {
  switch (outcome) {
    case 'ok':
      return EXIT.ok;
    case 'reached-fail-on':
      return EXIT.failOn;
    case 'rules-invalid':
      return EXIT.rules;
    case 'bad-records':
      return EXIT.badRecords;
    case 'cancelled':
      return EXIT.cancelled;
  }
}

export const EXIT_CODE_HELP = `Exit codes:
  0    the check ran (whatever the verdict)
  1    the verdict reached --fail-on; or "rules test" found failures
  2    usage error: unknown flag or answer id, empty or bad value (a --describe over
       the rule set's description limit too), no terminal for the interview
  3    the rule set or a rule pack has errors (nothing is checked)
  4    input or output error: a file could not be read or is not UTF-8, the output
       could not be written (a full disk; --out missing folder, read-only folder,
       or not a regular file), or batch --strict met a bad record
  5    batch finished, but some records were bad (see their "error" field)
  70   internal error (a bug: please report it)
  130  cancelled (Ctrl-C); a batch writing --out also stops cleanly on
       SIGTERM (143) and SIGHUP (129), leaving no partial file`;
