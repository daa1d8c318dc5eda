// Bundle the command-line program into one CommonJS file, dist/cli/cli.cjs, plus the
// parsing thread, dist/cli/worker.cjs (src/cli/pool.ts), and store V8's compiled code for
// the bundle in dist/cli/cli.cache, so that `bau-cu` starts fast:
//   - one file for commander, chalk, the parser and the renderers instead of dozens of
//     module loads; modules are initialised only when first used (the renderers by the
//     command that needs them), and V8 compiles functions only when first called;
//   - the code cache: bin/bau-cu.cjs compiles the bundle with vm.Script and the cached
//     data written here after a sample run (`parse` on three fixtures), so the functions a
//     run needs are not parsed and compiled again. V8 rejects a cache made by another V8
//     version or with other flags (then it compiles as usual), and the loader ignores a
//     cache whose build id differs from the bundle's.
// CommonJS because vm.Script runs scripts, not modules. mammoth (the .docx reader) and
// iconv-lite (legacy encodings) stay in node_modules, required on first use.
// Runs after `tsc -p tsconfig.build.json` (which builds the library, dist/index.js +
// .d.ts, unbundled, and leaves src/cli out).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'cli');
const buildId = randomBytes(8).toString('hex');

await rm(outdir, { recursive: true, force: true });
const common = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['mammoth', 'iconv-lite'],
  // commander's eager require of child_process, made lazy (see the file).
  alias: { 'node:child_process': './scripts/bundle/lazy-child-process.cjs', child_process: './scripts/bundle/lazy-child-process.cjs' },
  // The sources are ES modules: import.meta.url becomes the bundle's own file URL.
  define: { 'import.meta.url': '__bauCuImportMetaUrl' },
  banner: { js: `// bau-cu-build:${buildId}\nvar __bauCuImportMetaUrl = require('node:url').pathToFileURL(__filename).href;` },
  outExtension: { '.js': '.cjs' },
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: process.env.BAU_CU_MINIFY === '1',
  logLevel: 'warning',
  metafile: true,
};
const result = await build({ ...common, entryPoints: { cli: 'src/cli/run.ts', worker: 'src/cli/worker.ts' } });

if (process.argv.includes('--analyze')) {
  const { analyzeMetafile } = await import('esbuild');
  console.log(await analyzeMetafile(result.metafile));
}

// The code cache, from a sample run of the built program (skipped when the fixtures are absent).
const samples = ['seed-000-cong-van-ubnd-lao-cai.txt', 'seed-001-ban-thuong-vu-tinh-uy-lao-cai.txt', 'ke-hoach-ubnd-tinh-tay-ninh-cai-cach-hanh-chinh-bang.md']
  .map((name) => join(root, 'fixtures', name))
  .filter((path) => existsSync(path));
if (samples.length > 0 && process.env.BAU_CU_NO_CODE_CACHE !== '1') {
  const run = spawnSync(process.execPath, [join(root, 'bin', 'bau-cu.cjs'), 'parse', ...samples], {
    env: { ...process.env, BAU_CU_CODE_CACHE: 'write', BAU_CU_JOBS: '1' },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  if (run.status !== 0) {
    rmSync(join(outdir, 'cli.cache'), { force: true });
    console.warn(`bundle: the sample run failed (status ${run.status}); no code cache written`);
  }
}
