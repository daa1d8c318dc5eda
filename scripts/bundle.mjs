// Bundle the command-line program (src/cli/main.ts) into dist/cli/main.js so that
// `bau-cu` starts fast: one file for commander, chalk and the parser instead of dozens
// of module loads. Commands load their renderers with import(); with code splitting
// those (and the .docx / .ics code behind them) land in separate chunks under
// dist/cli/chunks/ and are read only by the command that needs them.
// Runs after `tsc -p tsconfig.build.json` (which builds the library, dist/index.js +
// .d.ts, unbundled, and leaves src/cli out).
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'cli');

await rm(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/cli/main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies bundled into ESM call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __bauCuCreateRequire } from 'node:module'; const require = __bauCuCreateRequire(import.meta.url);",
  },
  legalComments: 'none',
  minify: process.env.BAU_CU_MINIFY === '1',
  logLevel: 'warning',
  metafile: true,
});

if (process.argv.includes('--analyze')) {
  const { analyzeMetafile } = await import('esbuild');
  console.log(await analyzeMetafile(result.metafile));
}
