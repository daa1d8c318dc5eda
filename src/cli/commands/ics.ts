/**
 * `bau-cu ics FILE… | -` — an iCalendar file of all deadlines. Inputs may be documents or
 * the JSON that `parse` wrote. The renderer is loaded only when this command runs.
 */
import { Option, type Command } from 'commander';
import { t } from '../messages.js';
import { parseAlarms } from '../options.js';
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

export interface IcsCommandOptions extends DocumentCommandOptions {
  alarm?: string | boolean;
  calendarName?: string;
}

export function defineIcs(program: Command, ctx: CliContext): Command {
  const { lang } = ctx;
  const cmd = newCommand(program, 'ics', lang, 'help-arg-files-json').description(t('help-ics', {}, lang));
  addDocumentOptions(cmd, lang)
    .addOption(new Option(`--alarm <${t('arg-list', {}, lang)}>`, t('help-opt-alarm', {}, lang)))
    .addOption(new Option('--no-alarm', t('help-opt-no-alarm', {}, lang)))
    .addOption(new Option(`--calendar-name <${t('arg-name', {}, lang)}>`, t('help-opt-calendar-name', {}, lang)));
  addOutputOptions(cmd, lang);
  addGlobalOptions(cmd, lang);
  return cmd.action((files: string[], opts: IcsCommandOptions) => runIcs(files, opts, ctx));
}

export async function runIcs(files: string[], opts: IcsCommandOptions, ctx: CliContext): Promise<void> {
  const alarms = parseAlarms(opts.alarm);
  const input = await loadForRender(files, opts, ctx);
  if (input === null) return;
  const { renderIcs } = await import('../../render/ics.js');
  const text = renderIcs(input.docs, {
    today: input.today,
    alarms,
    calendarName: opts.calendarName ?? null,
    lang: ctx.lang,
  });
  await deliver(ctx, input.target, text);
}
