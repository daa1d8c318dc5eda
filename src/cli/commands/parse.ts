/**
 * `bau-cu parse FILE… | -` — the JSON of each document: one object for one file, an
 * array for several (or for a directory), one line each with --ndjson.
 */
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { loadDocuments } from '../inputs.js';
import { t } from '../messages.js';
import { checkOutputTarget, formatJson, jsonStyle } from '../output.js';
import {
  addGlobalOptions,
  addOutputOptions,
  deliver,
  newCommand,
  outputTarget,
  type CliContext,
  type GlobalOptions,
  type OutputOptions,
} from '../common.js';

export interface ParseCommandOptions extends GlobalOptions, OutputOptions {
  ndjson?: boolean;
  pretty?: boolean;
  compact?: boolean;
}

export function defineParse(program: Command, ctx: CliContext): Command {
  const { lang } = ctx;
  const cmd = newCommand(program, 'parse', lang, 'help-arg-files')
    .description(t('help-parse', {}, lang))
    .addOption(new Option('--ndjson', t('help-opt-ndjson', {}, lang)))
    .addOption(new Option('--pretty', t('help-opt-pretty', {}, lang)))
    .addOption(new Option('--compact', t('help-opt-compact', {}, lang)));
  addOutputOptions(cmd, lang);
  addGlobalOptions(cmd, lang);
  return cmd.action((files: string[], opts: ParseCommandOptions) => runParse(files, opts, ctx));
}

export async function runParse(files: string[], opts: ParseCommandOptions, ctx: CliContext): Promise<void> {
  ctx.reporter.strict = opts.strict === true;
  if (opts.pretty && opts.compact) throw new UsageError('usage-conflict', { a: '--pretty', b: '--compact' });
  if (opts.ndjson && opts.pretty) throw new UsageError('usage-conflict', { a: '--ndjson', b: '--pretty' });
  const target = outputTarget(opts.output);
  const { docs, single } = await loadDocuments(files, {
    lang: ctx.lang,
    acceptJson: false,
    reporter: ctx.reporter,
    beforeRead: async (items) => {
      if (target !== null) await checkOutputTarget(target, items.map((i) => i.path));
    },
  });
  if (docs.length === 0) return; // every input failed: nothing is written
  let text: string;
  if (opts.ndjson) {
    text = docs.map((d) => `${JSON.stringify(d)}\n`).join('');
  } else {
    const style = jsonStyle({ pretty: opts.pretty, compact: opts.compact, toTTY: target === null && process.stdout.isTTY === true });
    text = formatJson(single ? docs[0] : docs, style);
  }
  await deliver(ctx, target, text);
}
