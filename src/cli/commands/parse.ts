/**
 * `bau-cu parse FILE… | -` — the JSON of each document: one object for one file, an
 * array for several (or for a directory), one line each with --ndjson.
 */
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { forEachDocument, loadDocuments, type LoadOptions } from '../inputs.js';
import { t } from '../messages.js';
import { checkOutputTarget, formatJson, jsonStyle, writeStdout } from '../output.js';
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
  const load: LoadOptions = {
    lang: ctx.lang,
    acceptJson: false,
    reporter: ctx.reporter,
    workerUrl: ctx.workerUrl ?? null,
    beforeRead: async (items) => {
      if (target !== null) await checkOutputTarget(target, [...items.paths()]);
    },
  };
  if (opts.ndjson && target === null) {
    // Streamed: each line is written (and the write awaited, so a slow reader holds the
    // parser back) before the next input is read; no document outlives its line.
    await forEachDocument(files, load, (doc) => writeStdout(doc.line()));
    return;
  }
  if (opts.ndjson) {
    // -o FILE is written atomically at the end: keep the lines, not the documents.
    const lines: string[] = [];
    await forEachDocument(files, load, (doc) => {
      lines.push(`${doc.json()}\n`);
    });
    if (lines.length > 0) await deliver(ctx, target, lines.join(''));
    return;
  }
  const { docs, single } = await loadDocuments(files, load);
  if (docs.length === 0) return; // every input failed: nothing is written
  const style = jsonStyle({ pretty: opts.pretty, compact: opts.compact, toTTY: target === null && process.stdout.isTTY === true });
  await deliver(ctx, target, formatJson(single ? docs[0] : docs, style));
}
