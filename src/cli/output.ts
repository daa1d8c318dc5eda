/**
 * Where results go: stdout, or `-o FILE` written atomically (a temporary file in the same
 * directory, then rename), so a failed or interrupted run never leaves a half-written
 * file. A target that is one of the input files is refused before anything is read.
 */
import { basename, dirname, join } from 'node:path';
import { errnoCode, InputError, UsageError } from './errors.js';

/** node:fs/promises and node:crypto, loaded when a run writes a file (-o), not on every start. */
const fsp = () => process.getBuiltinModule('node:fs/promises');
const randomBytes = (n: number) => process.getBuiltinModule('node:crypto').randomBytes(n);

export type JsonStyle = 'pretty' | 'compact';

/** Indented on a terminal, compact when piped or written to a file; --pretty/--compact win. */
export function jsonStyle(options: { pretty?: boolean; compact?: boolean; toTTY: boolean }): JsonStyle {
  if (options.pretty) return 'pretty';
  if (options.compact) return 'compact';
  return options.toTTY ? 'pretty' : 'compact';
}

export function formatJson(value: unknown, style: JsonStyle): string {
  return `${JSON.stringify(value, null, style === 'pretty' ? 2 : undefined)}\n`;
}

/**
 * Refuse `-o TARGET` when TARGET is an input file (same device and inode, however it is
 * spelled) or a directory. A target that does not exist yet is fine.
 */
export async function checkOutputTarget(target: string, inputs: Array<string | null>): Promise<void> {
  let info;
  try {
    info = await fsp().stat(target);
  } catch {
    return;
  }
  if (info.isDirectory()) throw new UsageError('output-is-dir', { path: target });
  for (const input of inputs) {
    if (input === null) continue;
    try {
      const other = await fsp().stat(input);
      if (other.dev === info.dev && other.ino === info.ino) throw new UsageError('output-is-input', { path: target });
    } catch (error) {
      if (error instanceof UsageError) throw error;
    }
  }
}

/** Write a whole file atomically: temp file beside it, then rename over the target. */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(target);
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let mode: number | null = null;
  try {
    mode = (await fsp().stat(target)).mode & 0o777;
  } catch {
    mode = null;
  }
  try {
    await fsp().writeFile(tmp, data, { flag: 'wx' });
    if (mode !== null) await fsp().chmod(tmp, mode);
    await fsp().rename(tmp, target);
  } catch (error) {
    await fsp().unlink(tmp).catch(() => undefined);
    throw new InputError('output-failed', { reason: errnoCode(error) ?? String(error) });
  }
}

let pipeClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // The reader went away (`bau-cu parse … | head`): stop writing, not an error.
  if (error.code === 'EPIPE') {
    pipeClosed = true;
    return;
  }
  throw error;
});

/** Write to stdout and wait until it has been handed to the OS. */
export function writeStdout(data: string | Uint8Array): Promise<void> {
  if (pipeClosed) return Promise.resolve();
  return new Promise((resolve) => {
    process.stdout.write(data, () => resolve());
  });
}

/** Write the result: to FILE (atomic) when -o was given, else to stdout. */
export async function writeOutput(target: string | null, data: string | Uint8Array): Promise<void> {
  if (target === null) return writeStdout(data);
  return writeFileAtomic(target, data);
}
