/**
 * `bau-cu checklist FILE… | -` — a checklist: Markdown task list (default) or CSV for
 * Excel, grouped by unit, due date or document.
 */
import { Option, type Command } from 'commander';
import { t } from '../messages.js';
import { FORMATS, GROUPS, parseChoice } from '../options.js';
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

export interface ChecklistCommandOptions extends DocumentCommandOptions {
  format?: string;
  groupBy?: string;
}

export function defineChecklist(program: Command, ctx: CliContext): Command {
  const { lang } = ctx;
  const cmd = newCommand(program, 'checklist', lang, 'help-arg-files-json').description(t('help-checklist', {}, lang));
  addDocumentOptions(cmd, lang)
    .addOption(new Option('--format <md|csv>', t('help-opt-format', {}, lang)))
    .addOption(new Option('--group-by <unit|due|document>', t('help-opt-group-by', {}, lang)));
  addOutputOptions(cmd, lang);
  addGlobalOptions(cmd, lang);
  return cmd.action((files: string[], opts: ChecklistCommandOptions) => runChecklist(files, opts, ctx));
}

export async function runChecklist(files: string[], opts: ChecklistCommandOptions, ctx: CliContext): Promise<void> {
  const format = parseChoice('--format', opts.format, FORMATS, 'md');
  const groupBy = parseChoice('--group-by', opts.groupBy, GROUPS, 'unit');
  const input = await loadForRender(files, opts, ctx);
  if (input === null) return;
  const { renderChecklistCsv, renderChecklistMarkdown } = await import('../../render/checklist.js');
  const options = { groupBy, lang: ctx.lang, today: input.today };
  const text = format === 'csv' ? renderChecklistCsv(input.docs, options) : renderChecklistMarkdown(input.docs, options);
  await deliver(ctx, input.target, text);
}
