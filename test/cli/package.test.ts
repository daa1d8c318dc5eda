/**
 * The package as a consumer sees it after `npm run build`: `import { parseDocument } from
 * 'bau-cu'` from a scratch ESM file (package "exports" → dist/index.js), the schema export,
 * the types for TypeScript users, and a library that does not drag in the CLI.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, SEED, tempDir } from './helpers.js';

function scratchProject(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'bau-cu'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  return dir;
}

describe('package', () => {
  it('import { parseDocument } from "bau-cu" works from a scratch ESM file', () => {
    const dir = scratchProject();
    writeFileSync(
      join(dir, 'use.mjs'),
      [
        "import { parseDocument, SCHEMA_VERSION, unitMatches } from 'bau-cu';",
        "import { readFileSync } from 'node:fs';",
        `const doc = parseDocument(readFileSync(${JSON.stringify(SEED)}), { path: 'seed.txt' });`,
        'console.log(JSON.stringify({ v: SCHEMA_VERSION, ref: doc.document.reference, n: doc.tasks.length, m: unitMatches("so noi vu", "Sở Nội vụ") }));',
      ].join('\n'),
    );
    const out = execFileSync(process.execPath, ['use.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ v: '1', ref: '/UBND-NC', n: 3, m: true });
  });

  it('exports the JSON Schema as "bau-cu/schema.json"', () => {
    const dir = scratchProject();
    writeFileSync(
      join(dir, 'schema.cjs'),
      "const s = require('bau-cu/schema.json'); console.log(s.$schema + ' ' + s.properties.schemaVersion.const);",
    );
    const out = execFileSync(process.execPath, ['schema.cjs'], { cwd: dir, encoding: 'utf8' });
    expect(out.trim()).toBe('https://json-schema.org/draft/2020-12/schema 1');
  });

  it('ships types: a TypeScript consumer type-checks against dist/index.d.ts', () => {
    const dir = scratchProject();
    writeFileSync(
      join(dir, 'use.ts'),
      [
        "import { parseDocument, type ParsedDocument, type Deadline } from 'bau-cu';",
        "const doc: ParsedDocument = parseDocument('Số: 12/UBND-VX', { lang: 'en' });",
        'const first: Deadline | undefined = doc.deadlines[0];',
        'export const due: string | null | undefined = first?.due;',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, types: [], skipLibCheck: false },
        files: ['use.ts'],
      }),
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8' });
  });

  it('the library build has no CLI in it; the CLI is one bundle, its code cache and a parsing thread', () => {
    expect(existsSync(join(ROOT, 'dist', 'index.js'))).toBe(true);
    expect(existsSync(join(ROOT, 'dist', 'index.d.ts'))).toBe(true);
    expect(existsSync(join(ROOT, 'dist', 'cli', 'commands'))).toBe(false);
    const cli = readFileSync(join(ROOT, 'dist', 'cli', 'cli.cjs'), 'utf8');
    const id = cli.slice(0, cli.indexOf('\n') + 1);
    expect(id).toMatch(/^\/\/ bau-cu-build:[0-9a-f]{16}\n$/u);
    // The cache belongs to this bundle (the loader ignores any other) and V8 accepts it
    // under the flags the loader sets (bin/bau-cu.cjs).
    const cache = readFileSync(join(ROOT, 'dist', 'cli', 'cli.cache'));
    expect(cache.subarray(0, id.length).toString('latin1')).toBe(id);
    const run = spawnSync(process.execPath, [BIN, 'parse', SEED], { env: { ...process.env, BAU_CU_CODE_CACHE: 'debug' }, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('bau-cu: code cache used');
    expect(existsSync(join(ROOT, 'dist', 'cli', 'worker.cjs'))).toBe(true);
    // mammoth (.docx) stays out of the bundle, required on first use (no module of it is
    // bundled; its name appears only in the require of it).
    expect(cli).not.toMatch(/node_modules\/mammoth\//u);
    expect(cli).not.toMatch(/function readNumberingXml/u);
  });

  it('runs without its code cache, and ignores a cache of another build', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'bin'));
    mkdirSync(join(dir, 'dist', 'cli'), { recursive: true });
    copyFileSync(join(ROOT, 'bin', 'bau-cu.cjs'), join(dir, 'bin', 'bau-cu.cjs'));
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    copyFileSync(join(ROOT, 'dist', 'cli', 'cli.cjs'), join(dir, 'dist', 'cli', 'cli.cjs'));
    const args = [join(dir, 'bin', 'bau-cu.cjs'), 'parse', join(ROOT, 'fixtures', 'seed-000-cong-van-ubnd-lao-cai.txt')];
    const reference = execFileSync(process.execPath, [join(ROOT, 'bin', 'bau-cu.cjs'), ...args.slice(1)], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })).toBe(reference);
    writeFileSync(join(dir, 'dist', 'cli', 'cli.cache'), Buffer.concat([Buffer.from('// bau-cu-build:0000000000000000\n'), randomBytes(4096)]));
    expect(execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })).toBe(reference);
  });
});
