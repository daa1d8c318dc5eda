/** Run the built CLI as a user would, colours off, and capture everything. */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'bau-cu.cjs');
export const FIXTURES = join(ROOT, 'fixtures');
export const SEED = join(FIXTURES, 'seed-000-cong-van-ubnd-lao-cai.txt');
export const SEED2 = join(FIXTURES, 'seed-002-ket-luan-ubbc-son-la.txt');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

export interface RunOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
}

export function run(args: string[], options: RunOptions = {}): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, TZ: 'UTC', ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, stdio: 'pipe' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const stdoutBytes = Buffer.concat(out);
      resolve({ code, stdout: stdoutBytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), stdoutBytes });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'bau-cu-cli-'));
}

/** No stack trace: no "    at fn (file:line)" frames, no "Error:" dumps. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at\s.+(?:\(|:\d+)/mu.test(text);
}

export function lines(text: string): string[] {
  return text.split('\n').filter((l) => l !== '');
}
