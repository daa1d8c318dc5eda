/**
 * The `bau-cu` program: a thin commander layer over the library. Help texts are
 * Vietnamese, English with `--lang en`. Exit status goes through `process.exitCode`
 * (0 success, 1 an input failed or --strict warnings, 2 wrong usage); user errors are one
 * line on stderr, never a stack trace (unless --debug, for unexpected ones).
 */
import { Command, CommanderError } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { setupColors } from './color.js';
import { addGlobalOptions, type CliContext } from './common.js';
import { defineAgenda } from './commands/agenda.js';
import { defineChecklist } from './commands/checklist.js';
import { defineIcs } from './commands/ics.js';
import { defineParse } from './commands/parse.js';
import { Reporter, UsageError, type ExitCode } from './errors.js';
import { t, type CliMessageCode } from './messages.js';
import { langFromArgv } from './options.js';

const TITLES: Record<string, CliMessageCode> = {
  'Usage:': 'help-title-usage',
  'Options:': 'help-title-options',
  'Global Options:': 'help-title-global',
  'Commands:': 'help-title-commands',
  'Arguments:': 'help-title-arguments',
};

/** Tokens before "--" (the end of options). */
function flagsOf(argv: readonly string[]): string[] {
  const end = argv.indexOf('--');
  return end === -1 ? [...argv] : argv.slice(0, end);
}

const COMMANDS = { parse: defineParse, ics: defineIcs, checklist: defineChecklist, agenda: defineAgenda } as const;
type CommandName = keyof typeof COMMANDS;

/** The command named in argv, if it is one of ours (not "help"). */
function commandNameIn(argv: readonly string[]): CommandName | null {
  const first = flagsOf(argv).find((a) => !a.startsWith('-') && a !== 'vi' && a !== 'en');
  return first !== undefined && Object.hasOwn(COMMANDS, first) ? (first as CommandName) : null;
}

/**
 * The commander program. With `only`, just that command is defined (the others are not
 * needed to run it, and defining them costs cold-start time); without, all of them (help,
 * unknown commands).
 */
export function buildProgram(ctx: CliContext, only: CommandName | null = null): Command {
  const { lang } = ctx;
  const program = new Command('bau-cu');
  program
    .description(t('help-program', {}, lang))
    .usage(`${t('arg-options', {}, lang)} ${t('arg-command', {}, lang)}`)
    .exitOverride()
    .configureOutput({
      // Errors are reported by main() in the chosen language; help and version still print.
      outputError: () => undefined,
    })
    .configureHelp({
      styleTitle: (title: string) => {
        const code = TITLES[title];
        return code ? t(code, {}, lang) : title;
      },
      // "parse [tùy chọn] <tệp...>" in the list of commands.
      subcommandTerm: (sub: Command) => `${sub.name()} ${sub.usage()}`,
    })
    .helpOption('-h, --help', t('help-opt-help', {}, lang))
    .helpCommand(`help [${t('arg-command', {}, lang).replace(/^\[|\]$/gu, '')}]`, t('help-cmd-help', {}, lang))
    .version(pkg.version, '-V, --version', t('help-opt-version', {}, lang))
    .addHelpText('after', `\n${t('help-footer', {}, lang)}`)
    .showSuggestionAfterError(true);
  addGlobalOptions(program, lang);
  for (const [name, define] of Object.entries(COMMANDS)) {
    if (only !== null && name !== only) continue;
    define(program, ctx).addHelpText('after', `\n${t('help-footer', {}, lang)}`);
  }
  return program;
}

function commandIn(program: Command, argv: readonly string[]): Command | null {
  const names = new Set(program.commands.map((c) => c.name()));
  const name = flagsOf(argv).find((a) => names.has(a));
  return program.commands.find((c) => c.name() === name) ?? null;
}

function usageLine(cmd: Command | null, program: Command): string {
  return cmd ? `bau-cu ${cmd.name()} ${cmd.usage()}` : `bau-cu ${program.usage()}`;
}

/** Commander's own errors (English) → our localized one-liners. */
function toUsageError(error: CommanderError): UsageError {
  const quoted = [...error.message.matchAll(/'([^']+)'/gu)].map((m) => m[1] as string);
  const first = quoted[0] ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      return new UsageError('usage-unknown-option', { option: first });
    case 'commander.unknownCommand':
      return new UsageError('usage-unknown-command', { command: first });
    case 'commander.missingArgument':
      return new UsageError('usage-missing-files');
    case 'commander.optionMissingArgument':
      return new UsageError('usage-missing-value', { option: first });
    case 'commander.conflictingOption':
      return new UsageError('usage-conflict', { a: first, b: quoted[1] ?? '' });
    default:
      return new UsageError('usage-other', { message: error.message.replace(/^error:\s*/u, '').split('\n')[0] ?? '' });
  }
}

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<ExitCode> {
  const flags = flagsOf(argv);
  const { lang, invalid } = langFromArgv(argv);
  const debug = flags.includes('--debug');
  const colors = setupColors(!flags.includes('--no-color'));
  const reporter = new Reporter({
    lang,
    debug,
    paint: colors.err,
    write: (text) => process.stderr.write(text),
  });
  // Next to the bundle once built (dist/cli/worker.cjs); absent under tsx, where runs stay on one thread.
  const ctx: CliContext = { lang, debug, colors, reporter, workerUrl: new URL('./worker.cjs', import.meta.url) };
  const program = buildProgram(ctx, commandNameIn(argv));
  const cmd = commandIn(program, argv);
  const seeHelp = cmd ? `bau-cu ${cmd.name()}` : 'bau-cu';
  if (invalid !== null) {
    reporter.usage(new UsageError('usage-bad-lang', { value: invalid }), usageLine(cmd, program), seeHelp);
    return reporter.exitCode();
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
      if (error.code === 'commander.help' || error.code === 'commander.executeSubCommandAsync') {
        // `bau-cu` alone: commander printed the help on stderr.
        reporter.usageError = true;
        return 2;
      }
      const suggestion = /\(Did you mean (?:one of )?([^?]+)\?\)/u.exec(error.message)?.[1];
      reporter.usage(toUsageError(error), usageLine(cmd, program), seeHelp);
      if (suggestion) process.stderr.write(`${t('usage-did-you-mean', { option: suggestion }, lang)}\n`);
    } else if (error instanceof UsageError) {
      reporter.usage(error, usageLine(cmd, program), seeHelp);
    } else {
      reporter.unexpected(error);
    }
  }
  return reporter.exitCode();
}
