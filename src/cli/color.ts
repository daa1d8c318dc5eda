/**
 * Colour is decided once, here, for each output stream. chalk ignores NO_COLOR, so the
 * decision is ours: --no-color → off; NO_COLOR set and non-empty → off; FORCE_COLOR
 * (not "0") → on; otherwise on only for a terminal.
 *
 * The few colours of stderr messages are plain ANSI codes, so that `bau-cu parse` does
 * not load chalk at all (cold start). chalk is loaded only by `agenda`, which calls
 * `applyToChalk` so that chalk.level is 0 whenever the decision was "no colour" — a
 * renderer that uses chalk directly then cannot leak escape codes into a pipe or a file.
 */
import type { ChalkInstance } from 'chalk';

export interface ColorInputs {
  /** false when --no-color was given. */
  flag: boolean;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

export function decideColor({ flag, env, isTTY }: ColorInputs): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  return isTTY;
}

export interface Paint {
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  bold(text: string): string;
}

const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const identity = (text: string) => text;

export function painter(enabled: boolean): Paint {
  if (!enabled) return { red: identity, yellow: identity, cyan: identity, bold: identity };
  return { red: sgr(31, 39), yellow: sgr(33, 39), cyan: sgr(36, 39), bold: sgr(1, 22) };
}

export interface Colors {
  /** Colour for data on stdout (agenda); a command writing to a file with -o turns it off. */
  stdout: boolean;
  stderr: boolean;
  /** Painter for stderr messages. */
  err: Paint;
}

export function setupColors(flag: boolean, env: NodeJS.ProcessEnv = process.env): Colors {
  const stdout = decideColor({ flag, env, isTTY: process.stdout.isTTY === true });
  const stderr = decideColor({ flag, env, isTTY: process.stderr.isTTY === true });
  return { stdout, stderr, err: painter(stderr) };
}

/** Make chalk follow the decision: level 0 when off, at least basic colours when on. */
export function applyToChalk(chalk: ChalkInstance, enabled: boolean): void {
  if (!enabled) chalk.level = 0;
  else if (chalk.level === 0) chalk.level = 1;
}
