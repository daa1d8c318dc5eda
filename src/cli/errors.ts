/**
 * User errors, usage errors and the exit status. Nothing here throws at the user: every
 * problem becomes one line on stderr naming the path, and the exit status is computed
 * from what was reported (SPEC: 0 success, 1 an input failed or --strict warnings,
 * 2 wrong usage). Unexpected exceptions get one line and a hint to rerun with --debug;
 * only --debug prints a stack trace.
 */
import type { Lang, Warning } from '../types.js';
import type { Paint } from './color.js';
import { t, type CliMessageCode } from './messages.js';

type Params = Record<string, string | number>;

/** A problem with one input or the output file: reported, the run goes on, exit 1. */
export class InputError extends Error {
  constructor(
    readonly code: CliMessageCode,
    readonly params: Params = {},
  ) {
    super(code);
    this.name = 'InputError';
  }
}

/** Wrong usage: reported with the usage line, nothing is processed, exit 2. */
export class UsageError extends Error {
  constructor(
    readonly code: CliMessageCode,
    readonly params: Params = {},
  ) {
    super(code);
    this.name = 'UsageError';
  }
}

export type ExitCode = 0 | 1 | 2;

export interface Outcome {
  usageError: boolean;
  failures: number;
  warnings: number;
  strict: boolean;
}

/** Pure: the exit status for what happened in a run. */
export function exitCodeFor(o: Outcome): ExitCode {
  if (o.usageError) return 2;
  if (o.failures > 0) return 1;
  if (o.strict && o.warnings > 0) return 1;
  return 0;
}

/** The errno of a Node fs error, or null. */
export function errnoCode(error: unknown): string | null {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return null;
}

/** One line describing an unexpected exception (its message, first line only). */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split(/\r?\n/u)[0] ?? '';
}

export interface ReporterOptions {
  lang: Lang;
  debug: boolean;
  paint: Paint;
  write: (text: string) => void;
}

/** Collects what went wrong and prints it to stderr, one line per problem. */
export class Reporter {
  failures = 0;
  warnings = 0;
  usageError = false;
  /** Set by the command from --strict: warnings then exit 1. */
  strict = false;

  constructor(readonly options: ReporterOptions) {}

  get lang(): Lang {
    return this.options.lang;
  }

  private line(text: string): void {
    this.options.write(`${text}\n`);
  }

  private label(kind: 'error' | 'warning' | 'note'): string {
    const { paint, lang } = this.options;
    const word = t(kind === 'error' ? 'label-error' : kind === 'warning' ? 'label-warning' : 'label-note', {}, lang);
    return kind === 'error' ? paint.bold(paint.red(word)) : kind === 'warning' ? paint.yellow(word) : paint.cyan(word);
  }

  /** An input (or the output) failed: "bau-cu: lỗi: PATH: message". */
  inputError(path: string, error: InputError): void {
    this.failures++;
    this.line(`bau-cu: ${this.label('error')}: ${path}: ${t(error.code, error.params, this.lang)}`);
  }

  /** An exception the code did not expect while handling one input. */
  unexpectedForInput(path: string, error: unknown): void {
    this.failures++;
    this.line(`bau-cu: ${this.label('error')}: ${path}: ${t('input-parse-failed', { error: oneLine(error) }, this.lang)}`);
    if (this.options.debug && error instanceof Error && error.stack) this.line(error.stack);
  }

  /** An exception the code did not expect, outside any input. */
  unexpected(error: unknown): void {
    this.failures++;
    this.line(`bau-cu: ${this.label('error')}: ${t('unexpected', { error: oneLine(error) }, this.lang)}`);
    if (this.options.debug && error instanceof Error && error.stack) this.line(error.stack);
  }

  /** A parser warning: "bau-cu: PATH:LINE: cảnh báo [code]: message". */
  warning(path: string, warning: Warning): void {
    this.warnings++;
    const where = warning.line === null ? path : `${path}:${warning.line}`;
    this.line(`bau-cu: ${where}: ${this.label('warning')} [${warning.code}]: ${warning.message}`);
  }

  note(code: CliMessageCode, params: Params = {}): void {
    this.line(`bau-cu: ${this.label('note')}: ${t(code, params, this.lang)}`);
  }

  /** Wrong usage: the message, the usage line and where to find help. */
  usage(error: UsageError, usage: string | null, command: string): void {
    this.usageError = true;
    this.line(`bau-cu: ${this.label('error')}: ${t(error.code, error.params, this.lang)}`);
    if (usage) this.line(t('usage-line', { usage }, this.lang));
    this.line(t('usage-see-help', { command }, this.lang));
  }

  exitCode(): ExitCode {
    return exitCodeFor({
      usageError: this.usageError,
      failures: this.failures,
      warnings: this.warnings,
      strict: this.strict,
    });
  }
}
