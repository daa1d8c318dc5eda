/** Run the built CLI as a user would, colours off, and capture everything. */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
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
  // (inside the run's scratch directory, which global-setup.ts removes at the end)
  return mkdtempSync(join(process.env.BAU_CU_TEST_TMP ?? tmpdir(), 'bau-cu-cli-'));
}

/** No stack trace: no "    at fn (file:line)" frames, no "Error:" dumps. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at\s.+(?:\(|:\d+)/mu.test(text);
}

export function lines(text: string): string[] {
  return text.split('\n').filter((l) => l !== '');
}

/** The documents of fixtures/, sorted as a directory run lists them. */
export const FIXTURE_DOCS = readdirSync(FIXTURES)
  .filter((n) => /\.(?:txt|md|docx)$/u.test(n))
  .sort();

/**
 * `count` fixtures spread evenly over the sorted list, with at least one of each kind
 * (.txt, .md, .docx): what a directory run needs to show its plumbing, at a fraction of the
 * cost of the whole set (which the in-process golden, eval and render tests already read).
 */
export function fixtureSample(count: number): string[] {
  const step = FIXTURE_DOCS.length / count;
  const picked = new Set(Array.from({ length: Math.min(count, FIXTURE_DOCS.length) }, (_, i) => FIXTURE_DOCS[Math.floor(i * step)]!));
  for (const ext of ['.txt', '.md', '.docx']) {
    if (![...picked].some((n) => n.endsWith(ext))) {
      const first = FIXTURE_DOCS.find((n) => n.endsWith(ext));
      if (first !== undefined) picked.add(first);
    }
  }
  return [...picked].sort();
}

/** A new directory holding fixtureSample(count), and the names in it. */
export function sampleDir(count: number): { dir: string; names: string[] } {
  const dir = tempDir();
  const names = fixtureSample(count);
  for (const name of names) copyFileSync(join(FIXTURES, name), join(dir, name));
  return { dir, names };
}

/** Files for a threaded run: above the pool's MIN_FILES (16) and its 64 reused buffers. */
export const MIN_THREADED = 80;
