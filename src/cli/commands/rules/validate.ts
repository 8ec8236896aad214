// `scamcheck rules validate [dir]`: structural and meaning checks of the built-in
// rules plus a pack, every problem as file:line:column, errors apart from
// warnings, and a closing count. Exit 3 on any error.

import type { Outcome } from '../../../util/outcome.js';
import type { Style } from '../../../util/output/colour.js';
import { formatProblem, type Problem } from '../../../util/errors.js';
import { terminalSafe } from '../../../util/output/sanitize.js';
import { assembleFromYaml, BUILTIN_RULES_DIR, displayPath, loadRuleSet } from '../../../rules/load.js';
import { LOCKED } from '../../../rules/locks.js';
import { resolvePack } from '../../../rules/resolve-pack.js';
import { contactDateProblems, strictSourceProblems } from '../../../rules/source-checks.js';
import type { PackInfo } from '../../../rules/types.js';
import { json, packLine, plural, safe, shellArg, styleFor, write, type RulesOptions } from './common.js';

export interface ValidationReport {
  ok: boolean;
  /** Packs that loaded (the built-in set first). */
  packs: PackInfo[];
  files: string[];
  errors: Problem[];
  warnings: Problem[];
  /** Warnings in the built-in rules left out because a pack was being checked. */
  builtinWarningsHidden: number;
  /** false when structural errors stopped the meaning checks. */
  meaningChecked: boolean;
  /** true when --strict asked for a primary https:// source on every rule and advice item. */
  strict: boolean;
}

export interface ValidateOptions {
  /** The day contact dates are measured from (default: now). */
  today?: Date;
  /** Every rule and advice item must cite an https:// page on a primary site. */
  strict?: boolean;
}

/** Pack folders to check: the --rules packs, then the folder named, each resolved. */
export function packDirs(opts: Pick<RulesOptions, 'rules'>, dir: string | undefined): string[] {
  return [...opts.rules.map((p) => resolvePack(p)), ...(dir === undefined ? [] : [resolvePack(dir, process.cwd(), '')])];
}

export async function validate(dirs: string[], options: ValidateOptions = {}): Promise<ValidationReport> {
  const result = await assembleFromYaml(dirs);
  const errors = result.problems.filter((p) => p.severity === 'error');
  let warnings = result.problems.filter((p) => p.severity === 'warning');
  if (errors.length === 0) {
    // Where the facts come from: contact dates, and (with --strict) primary sources.
    const dated = contactDateProblems(result.set, options.today ?? new Date());
    const strict = options.strict ? strictSourceProblems(result.set) : [];
    errors.push(...[...dated, ...strict].filter((p) => p.severity === 'error'));
    warnings.push(...dated.filter((p) => p.severity === 'warning'));
    // Phrases that free-text reading could never match: worth fixing, never fatal.
    const { cueProblems, phraseProblems } = await import('../../../text/phrases.js');
    const builtin = result.set.packs.length > 1 ? await loadRuleSet() : result.set;
    if (builtin !== result.set) {
      // A pack may add to how descriptions are read, never hide what the locked rules need.
      const { readingLockProblems } = await import('../../../text/reading-locks.js');
      errors.push(...readingLockProblems(builtin, result.set));
    }
    const builtinPhrases = new Set(phraseProblems(builtin).map((p) => `${p.question}:${p.answer}:${p.phrase}`));
    for (const p of phraseProblems(result.set)) {
      // A phrase a pack added to a built-in answer is the pack's: name the pack, not the built-in file.
      const fromPack = !builtinPhrases.has(`${p.question}:${p.answer}:${p.phrase}`) && p.loc.file.startsWith(`${displayPath(BUILTIN_RULES_DIR)}/`);
      const where = fromPack ? { file: result.set.packs.at(-1)!.dir, line: 0, col: 0 } : p.loc;
      warnings.push({ severity: 'warning', ...where, message: terminalSafe(`answer "${p.question}: ${p.answer}": phrase "${p.phrase}" ${p.message}`) });
    }
    // The reading vocabulary has no place per phrase: name the last pack (or the built-in reading.yaml).
    const readingFile = { file: result.set.packs.length > 1 ? result.set.packs.at(-1)!.dir : `${displayPath(BUILTIN_RULES_DIR)}/reading.yaml`, line: 0, col: 0 };
    for (const p of cueProblems(result.set)) warnings.push({ severity: 'warning', ...readingFile, message: terminalSafe(`reading: phrase "${p.phrase}" ${p.message}`) });
    for (const rule of result.set.reading?.needsNear ?? []) {
      for (const word of [...rule.before, ...rule.after]) {
        if (/\s/.test(word.trim())) warnings.push({ severity: 'warning', ...readingFile, message: terminalSafe(`reading needs-near "${rule.question}: ${rule.answer}": "${word}" is more than one word; before and after are single words`) });
      }
    }
  }
  let hidden = 0;
  if (dirs.length > 0) {
    // A pack author needs their own warnings; the built-in set's are for its maintainers.
    const builtinPrefix = `${displayPath(BUILTIN_RULES_DIR)}/`;
    const shown = warnings.filter((w) => !w.file.startsWith(builtinPrefix));
    hidden = warnings.length - shown.length;
    warnings = shown;
  }
  return {
    ok: errors.length === 0,
    packs: result.set.packs,
    files: result.files ?? [],
    errors,
    warnings,
    builtinWarningsHidden: hidden,
    meaningChecked: result.meaningChecked ?? true,
    strict: Boolean(options.strict),
  };
}

export function formatValidation(r: ValidationReport, style: Style): string {
  const out: string[] = [];
  const what = r.packs.length > 0 ? r.packs.map(packLine).join(' + ') : 'the rule set';
  out.push(`Checked ${plural(r.files.length, 'file')}: ${what}`);
  if (r.errors.length > 0) {
    out.push('', style.heading(`Errors (${r.errors.length})`));
    for (const p of r.errors) out.push(`  ${safe(formatProblem(p))}`);
    out.push(...lockedNote(r.errors));
  }
  if (r.warnings.length > 0) {
    out.push('', style.heading(`Warnings (${r.warnings.length})`));
    for (const p of r.warnings) out.push(`  ${safe(formatProblem(p))}`);
  }
  if (r.builtinWarningsHidden > 0) {
    out.push('', style.dim(`${plural(r.builtinWarningsHidden, 'warning')} in the built-in rules not shown (run "scamcheck rules validate" with no folder to see them).`));
  }
  if (!r.meaningChecked) {
    out.push('', 'The errors above stopped the other checks (references, examples, sources). Fix them and run this again: more may show.');
  }
  if (r.ok && r.strict) out.push('', 'Strict: every rule and advice item cites an https:// page on a primary site.');
  if (r.ok) out.push('', `No errors. Run "scamcheck rules test${r.packs.length > 1 ? ` ${shellArg(r.packs.at(-1)!.dir)}` : ''}" to run every rule's examples.`);
  out.push('', `${plural(r.errors.length, 'error')}, ${plural(r.warnings.length, 'warning')}`);
  return out.join('\n') + '\n';
}

/** Said once under the errors when some are changes to locked items, so the author knows it is by design. */
function lockedNote(errors: readonly Problem[]): string[] {
  const locked = errors.filter((p) => (p as Problem & { code?: string }).code === LOCKED).length;
  if (locked === 0) return [];
  return [
    '',
    `${locked === errors.length ? (locked === 1 ? 'This error is a change' : 'These errors are changes') : `${plural(locked, 'error')} above ${locked === 1 ? 'is a change' : 'are changes'}`} to what the built-in rules lock to protect people (see rules/locked.yaml).`,
    'A pack may add to a locked item (contacts, sources, advice, a higher verdict, phrases), but not reword, renumber, re-region or switch it off.',
  ];
}

export async function runValidate(dir: string | undefined, opts: RulesOptions, local: { strict?: boolean } = {}): Promise<Outcome> {
  const report = await validate(packDirs(opts, dir), { strict: Boolean(local.strict) });
  write(opts.json ? json(report) : formatValidation(report, await styleFor(opts)));
  return report.ok ? 'ok' : 'rules-invalid';
}
