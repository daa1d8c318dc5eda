/**
 * The CLI tests run the real built program (`node bin/bau-cu.cjs`), so build it first:
 * the esbuild bundle of src/cli always (a fraction of a second), and the library
 * (tsc → dist/index.js + .d.ts, for the package-exports test) when a source file is newer
 * than dist/index.js. A failing tsc build is reported but does not stop the suite: the
 * type check (`npm run typecheck`) is where type errors belong.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * One directory for every temporary directory the tests make (helpers.ts tempDir), removed
 * when the run ends, so that a run leaves nothing behind in the system's temporary folder.
 */
export default function setup(): () => void {
  const scratch = mkdtempSync(join(tmpdir(), 'bau-cu-test-'));
  process.env.BAU_CU_TEST_TMP = scratch;
  const lib = join(root, 'dist', 'index.js');
  const stale = !existsSync(lib) || newestMtime(join(root, 'src')) > statSync(lib).mtimeMs;
  if (stale) {
    try {
      execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
        cwd: root,
        stdio: 'pipe',
      });
    } catch (error) {
      const out = (error as { stdout?: Buffer }).stdout?.toString() ?? String(error);
      process.stderr.write(`test/cli/global-setup: tsc build failed; CLI tests use what was emitted\n${out}\n`);
    }
  }
  execFileSync(process.execPath, [join(root, 'scripts', 'bundle.mjs')], { cwd: root, stdio: 'inherit' });
  return () => rmSync(scratch, { recursive: true, force: true });
}
