// `scamcheck rules …`: its options, declared here; each subcommand's screen is a
// file beside this one (list, show, validate, test-examples, answers, describe,
// init), lazily imported when it runs.

import { Option, type Command } from 'commander';
import type { RulesOptions } from './common.js';
import { exitCodeOf } from '../../exit-codes.js';
import { collect, parseRegion, refuseSingleCheckFlags } from '../../options.js';

const RULES_HELP = `
Rule packs:
  A pack is a folder with a pack.yaml manifest and rule files (*.yaml), or an
  installed npm package holding one. --rules layers it over the built-in rules.
  Start one with "scamcheck rules init <dir>"; see the README for the format.

Examples:
  $ scamcheck rules list --rules examples/kent-trading-standards --changed
  $ scamcheck rules show police-ask-for-money --region scotland
  $ scamcheck rules init my-pack
  $ scamcheck rules validate my-pack
  $ scamcheck rules test my-pack
  $ scamcheck rules answers --json

Exit codes: 0 done; 1 "rules test" found failing rules; 2 usage error;
3 the rules or a pack have errors.`;

/**
 * The options of a rules subcommand merged with those given before it: commander lets the
 * root command take --rules, --json, --region and --no-color wherever they appear.
 */
export function mergedOptions(cmd: Command): RulesOptions {
  const chain: Command[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) chain.unshift(c);
  const all = chain.map((c) => c.opts<Record<string, unknown>>());
  refuseSingleCheckFlags(all[0]!, `"scamcheck rules" takes --rules, --region, --json and --no-color`, ['format', 'failOn']);
  const rules = all.flatMap((o) => (Array.isArray(o['rules']) ? (o['rules'] as string[]) : []));
  const regions = all.map((o) => o['region']).filter((r): r is RulesOptions['region'] => typeof r === 'string');
  // The root's default region is england; an explicit subcommand --region comes last and wins.
  return {
    rules,
    json: all.some((o) => o['json'] === true),
    color: !all.some((o) => o['color'] === false),
    region: regions.at(-1) ?? 'england',
  };
}

function packOptions(cmd: Command, { json = true }: { json?: boolean } = {}): Command {
  cmd.option('--rules <dir>', 'layer a rule pack (folder or installed npm package) over the built-in rules; repeatable', collect);
  if (json) cmd.option('--json', 'print JSON instead of text');
  return cmd.option('--no-color', 'no colour (also NO_COLOR=1, or when output is not a terminal)');
}

export function defineRulesCommand(program: Command): void {
  const rules = program
    .command('rules')
    .description('list, explain, validate and test rule sets and rule packs')
    .addHelpText('after', RULES_HELP)
    .exitOverride()
    .showSuggestionAfterError(true);

  packOptions(rules.command('list').description('list every rule: id, verdict, title, first source, and what each pack changed'))
    .option('--changed', 'only the rules a pack added, changed or disabled')
    .exitOverride()
    .action(async (local: { changed?: boolean }, cmd: Command) => {
      const { runList } = await import('./list.js');
      await runList({ ...mergedOptions(cmd), changed: Boolean(local.changed) });
    });

  packOptions(rules.command('show <id>').description('explain one rule: when it matches, in words; its advice, contacts, sources and examples'))
    .addOption(new Option('--region <region>', 'show advice and contacts for this region: england, wales, scotland or northern-ireland').argParser(parseRegion))
    .exitOverride()
    .action(async (id: string, _local: unknown, cmd: Command) => {
      const { runShow } = await import('./show.js');
      await runShow(id, mergedOptions(cmd));
    });

  packOptions(rules.command('validate [dir]').description('check the built-in rules and a pack (folder or npm package): every problem as file:line:column'))
    .option('--strict', 'also fail when a rule or advice item cites no https:// page on a primary site (rules/sources.yaml)')
    .exitOverride()
    .action(async (dir: string | undefined, local: { strict?: boolean }, cmd: Command) => {
      const { runValidate } = await import('./validate.js');
      process.exitCode = exitCodeOf(await runValidate(dir, mergedOptions(cmd), { strict: Boolean(local.strict) }));
    });

  packOptions(rules.command('test [dir]').description('run every rule\'s examples (built-in rules and a pack); exit 1 if any rule fails'))
    .exitOverride()
    .action(async (dir: string | undefined, _local: unknown, cmd: Command) => {
      const { runTest } = await import('./test-examples.js');
      process.exitCode = exitCodeOf(await runTest(dir, mergedOptions(cmd)));
    });

  packOptions(rules.command('answers').description('list the answer ids each question takes (--claimed, --asked, --signs, --happened)'))
    .exitOverride()
    .action(async (_local: unknown, cmd: Command) => {
      const { runAnswers } = await import('./answers.js');
      await runAnswers(mergedOptions(cmd));
    });

  rules
    .command('init <dir>')
    .description('start a new rule pack in <dir> (a new or empty folder): a small, valid, tested example with comments')
    .option('--name <name>', 'the pack\'s name (default: from the folder name)')
    .option('--json', 'print what was created as JSON')
    .exitOverride()
    .action(async (dir: string, local: { name?: string }, cmd: Command) => {
      const { runInit } = await import('./init.js');
      runInit(dir, { ...(local.name !== undefined ? { name: local.name } : {}), json: mergedOptions(cmd).json });
    });
}
