// The command line, declared. Each action lazily imports the module that does the
// work, so a flag check never loads the prompt library, the CSV parser or the YAML loader.

import { Command, Option } from 'commander';
import { EXIT_CODE_HELP } from './exit-codes.js';
import { collect, parseFormat, parseRegion, parseVerdict } from './options.js';
import { defineBatchCommand } from './commands/batch/index.js';
import { defineRulesCommand } from './commands/rules/index.js';
// The flag check is the hot path (scripts call it per call): bundled in, not lazily loaded.
import { runCheckCommand } from './commands/check/index.js';

export interface VersionInfo {
  version: string;
  rules: { name: string; version: string };
}

/** Options every checking mode takes; added to the root command and to `batch`. */
export function addCommonOptions(cmd: Command): Command {
  return cmd
    .option('--rules <dir>', 'add a rule pack (a folder or an installed npm package) on top of the built-in rules; repeatable', collect)
    .addOption(new Option('--region <region>', 'where the person lives: england, wales, scotland or northern-ireland').default('england').argParser(parseRegion))
    .option('--json', 'print JSON on stdout (same as --format json)')
    .addOption(new Option('--format <format>', 'output form: text, json or markdown').argParser(parseFormat))
    .option('--no-color', 'no colour (also NO_COLOR=1, TERM=dumb, or when output is not a terminal)')
    .addOption(new Option('--fail-on <verdict>', 'exit 1 if the verdict is this or higher: suspicious, high-risk, scam…').argParser(parseVerdict));
}

const EXAMPLES = `
Examples:
  Answer questions one by one (in a terminal):
    $ scamcheck
    $ scamcheck --desk            help-desk mode: several calls, printable handouts
    $ scamcheck --plain           numbered questions, no colour, for screen readers

  Check one call from flags (never prompts):
    $ scamcheck --claimed police --asked hand-over-cash
    $ scamcheck --claimed bank --asked pin-or-password,transfer-money --signs urgent --json
    $ scamcheck --describe "A man said he was a detective and a courier would collect cash"

  Check many calls (CSV or JSON Lines; - for standard input):
    $ scamcheck batch calls.csv --output-format csv --out triaged.csv

  Rules and rule packs:
    $ scamcheck rules list
    $ scamcheck rules show police-ask-for-money
    $ scamcheck rules init my-pack && scamcheck rules test my-pack

Answer ids: run "scamcheck rules answers" to list them (claimed, asked, signs, happened).

${EXIT_CODE_HELP}
`;

export function buildProgram(version: VersionInfo): Command {
  const program = new Command('scamcheck')
    .description(
      'Check a suspicious phone call for the warning signs of a scam, and get the next steps from UK police fraud advice.\n' +
        'scamcheck never says a call is "safe": the lowest verdict is "no known warning signs".',
    )
    .version(`scamcheck ${version.version} (rules: ${version.rules.name} ${version.rules.version})`, '-V, --version', 'print the version and the rule set version')
    .helpOption('-h, --help', 'show this help')
    .showSuggestionAfterError(true)
    // Answer flags may be repeated: --asked a --asked b is --asked a,b.
    .option('--claimed <ids>', 'who the caller said they were (comma-separated answer ids)', collect)
    .option('--asked <ids>', 'what they asked you to do', collect)
    .option('--signs <ids>', 'how the call went', collect)
    .option('--happened <ids>', 'what has already happened', collect)
    .option('--describe <text>', 'the call in your own words; scamcheck reads answers from it and shows which words it used ("-" reads it from standard input)')
    .option('--full', 'text output: every step and reason, what you told us, near misses and the sources (Markdown and JSON always have everything)')
    .option('--desk', 'interview in help-desk mode: several calls, handouts, a tally at the end')
    .option('--plain', 'interview in accessible mode: numbered choices, no colour, no redrawing (also ACCESSIBLE=1 or TERM=dumb)');
  addCommonOptions(program);
  program.addHelpText('after', EXAMPLES);
  program.action(async (opts: Record<string, unknown>) => {
    await runCheckCommand(opts);
  });
  defineBatchCommand(program);
  defineRulesCommand(program);
  return program;
}
