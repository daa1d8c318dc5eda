/**
 * `bau-cu agenda FILE… | -` — a timeline of deadlines, soonest first, days left counted
 * from --today; colour only on a terminal (never into a file or a pipe).
 */
import { Option, type Command } from 'commander';
import { applyToChalk } from '../color.js';
import { t } from '../messages.js';
import { parseWithin } from '../options.js';
import {
  addDocumentOptions,
  addGlobalOptions,
  addOutputOptions,
  deliver,
  loadForRender,
  newCommand,
  type CliContext,
  type DocumentCommandOptions,
} from '../common.js';

export interface AgendaCommandOptions extends DocumentCommandOptions {
  within?: string;
}

export function defineAgenda(program: Command, ctx: CliContext): Command {
  const { lang } = ctx;
  const cmd = newCommand(program, 'agenda', lang, 'help-arg-files-json').description(t('help-agenda', {}, lang));
  addDocumentOptions(cmd, lang).addOption(new Option(`--within <${t('arg-n', {}, lang)}>`, t('help-opt-within', {}, lang)));
  addOutputOptions(cmd, lang);
  addGlobalOptions(cmd, lang);
  return cmd.action((files: string[], opts: AgendaCommandOptions) => runAgenda(files, opts, ctx));
}

export async function runAgenda(files: string[], opts: AgendaCommandOptions, ctx: CliContext): Promise<void> {
  const within = parseWithin(opts.within);
  const input = await loadForRender(files, opts, ctx);
  if (input === null) return;
  const color = ctx.colors.stdout && input.target === null;
  const { default: chalk } = await import('chalk');
  applyToChalk(chalk, color);
  const { renderAgenda } = await import('../../render/agenda.js');
  const text = renderAgenda(input.docs, { today: input.today, within, color, lang: ctx.lang });
  await deliver(ctx, input.target, text);
}
