/**
 * What every command shares: the run context, the option definitions (so each command's
 * help lists them in the chosen language), and the load → filter → render → write flow of
 * `ics`, `checklist` and `agenda`.
 */
import { Command, Option } from 'commander';
import type { Lang, ParsedDocument } from '../types.js';
import type { Colors } from './color.js';
import { InputError, type Reporter } from './errors.js';
import { loadDocuments } from './inputs.js';
import { t } from './messages.js';
import { parseToday, parseUnit } from './options.js';
import { checkOutputTarget, writeOutput } from './output.js';

export interface CliContext {
  lang: Lang;
  debug: boolean;
  colors: Colors;
  reporter: Reporter;
  /** The built worker script, for parsing many files on several threads (src/cli/pool.ts). */
  workerUrl?: URL | null;
}

export interface GlobalOptions {
  lang?: string;
  color?: boolean;
  debug?: boolean;
}

export interface OutputOptions {
  output?: string;
  strict?: boolean;
}

export interface DocumentCommandOptions extends GlobalOptions, OutputOptions {
  unit?: string;
  today?: string;
}

/** --lang, --no-color, --debug: accepted by the program and by every command. */
export function addGlobalOptions(cmd: Command, lang: Lang): Command {
  return cmd
    .addOption(new Option(`--lang <vi|en>`, t('help-opt-lang', {}, lang)))
    .addOption(new Option('--no-color', t('help-opt-color', {}, lang)))
    .addOption(new Option('--debug', t('help-opt-debug', {}, lang)));
}

export function addOutputOptions(cmd: Command, lang: Lang): Command {
  return cmd
    .addOption(new Option(`-o, --output <${t('arg-file', {}, lang)}>`, t('help-opt-output', {}, lang)))
    .addOption(new Option('--strict', t('help-opt-strict', {}, lang)));
}

export function addDocumentOptions(cmd: Command, lang: Lang): Command {
  return cmd
    .addOption(new Option(`--unit <${t('arg-text', {}, lang)}>`, t('help-opt-unit', {}, lang)))
    .addOption(new Option(`--today <${t('arg-date', {}, lang)}>`, t('help-opt-today', {}, lang)));
}

/** A subcommand with the usage line and files argument in the chosen language. */
export function newCommand(program: Command, name: string, lang: Lang, filesHelp: 'help-arg-files' | 'help-arg-files-json'): Command {
  const files = t('arg-files', {}, lang);
  return program
    .command(name)
    .usage(`${t('arg-options', {}, lang)} <${files}>`)
    .argument(`<${files}>`, t(filesHelp, {}, lang));
}

/** "-o -" and no -o both mean stdout. */
export function outputTarget(output: string | undefined): string | null {
  return output === undefined || output === '-' ? null : output;
}

/** Write the result; a failed write is reported (exit 1) and leaves no partial file. */
export async function deliver(ctx: CliContext, target: string | null, data: string | Uint8Array): Promise<void> {
  try {
    await writeOutput(target, data);
  } catch (error) {
    if (error instanceof InputError && target !== null) ctx.reporter.inputError(target, error);
    else throw error;
  }
}

export interface RenderInput {
  docs: ParsedDocument[];
  today: string;
  target: string | null;
}

/**
 * The shared front half of ics / checklist / agenda: check the options, read the inputs
 * (documents or the JSON that `parse` wrote), keep the --unit's tasks. Null when no input
 * could be read (nothing is written then).
 */
export async function loadForRender(files: string[], opts: DocumentCommandOptions, ctx: CliContext): Promise<RenderInput | null> {
  ctx.reporter.strict = opts.strict === true;
  const today = parseToday(opts.today);
  const unit = parseUnit(opts.unit);
  const target = outputTarget(opts.output);
  const { docs } = await loadDocuments(files, {
    lang: ctx.lang,
    acceptJson: true,
    reporter: ctx.reporter,
    workerUrl: ctx.workerUrl ?? null,
    beforeRead: async (items) => {
      if (target !== null) await checkOutputTarget(target, [...items.paths()]);
    },
  });
  if (docs.length === 0) return null;
  if (unit === null) return { docs, today, target };
  const { filterByUnit } = await import('../render/filter.js');
  const filtered = docs.map((d) => filterByUnit(d, unit));
  if (filtered.every((d) => d.tasks.length === 0 && d.deadlines.length === 0)) ctx.reporter.note('unit-no-match', { unit });
  return { docs: filtered, today, target };
}
