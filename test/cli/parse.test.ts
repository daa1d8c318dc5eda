/** `bau-cu parse`: shapes of the output, inputs, -o, JSON style. */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/types.js';
import { hasStackTrace, lines, MIN_THREADED, run, sampleDir, SEED, SEED2, tempDir } from './helpers.js';


describe.concurrent('bau-cu parse', () => {
  it('prints one object for one file', async () => {
    const r = await run(['parse', SEED]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as ParsedDocument;
    expect(Array.isArray(doc)).toBe(false);
    expect(doc.schemaVersion).toBe('1');
    expect(doc.source.path).toBe(SEED);
    expect(doc.source.name).toBe('seed-000-cong-van-ubnd-lao-cai.txt');
    // Warnings go to stderr, one line each, naming the file and line.
    expect(lines(r.stderr).every((l) => l.startsWith(`bau-cu: ${SEED}:`))).toBe(true);
    expect(r.stderr).toContain('[number-blank]');
  });

  it('prints an array for two files, in the order given', async () => {
    const r = await run(['parse', SEED2, SEED]);
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.stdout) as ParsedDocument[];
    expect(docs.map((d) => d.source.path)).toEqual([SEED2, SEED]);
  });

  it('--ndjson prints one compact line per document', async () => {
    const r = await run(['parse', '--ndjson', SEED, SEED2]);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out).toHaveLength(2);
    expect(out.map((l) => (JSON.parse(l) as ParsedDocument).source.path)).toEqual([SEED, SEED2]);
  });

  it('reads stdin only for "-" (source.path null)', async () => {
    const r = await run(['parse', '-'], { input: readFileSync(SEED) });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as ParsedDocument;
    expect(doc.source.path).toBeNull();
    expect(doc.document.reference).toBe('/UBND-NC');
  });

  it('a directory gives its .txt/.md/.docx files, sorted, as an array', async () => {
    const { dir, names } = sampleDir(24);
    const r = await run(['parse', dir]);
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.stdout) as ParsedDocument[];
    expect(docs.map((d) => d.source.name)).toEqual(names);
  });

  it('a directory skips other files, hidden files and Word lock files', async () => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, 'b.txt'));
    copyFileSync(SEED2, join(dir, 'a.md'));
    writeFileSync(join(dir, 'notes.json'), '{}');
    writeFileSync(join(dir, '.hidden.txt'), 'x');
    writeFileSync(join(dir, '~$draft.docx'), Buffer.from([0x00, 0x01]));
    mkdirSync(join(dir, 'sub'));
    copyFileSync(SEED, join(dir, 'sub', 'c.txt'));
    const r = await run(['parse', dir]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as ParsedDocument[]).map((d) => d.source.name)).toEqual(['a.md', 'b.txt']);
  });

  it('the same document twice counts once', async () => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, 'copy.txt'));
    const r = await run(['parse', SEED, join(dir, 'copy.txt'), SEED]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as ParsedDocument[]).map((d) => d.source.path)).toEqual([SEED]);
    // Its warnings are printed once.
    expect(r.stderr.match(/\[number-blank\]/gu)).toHaveLength(1);
  });

  it('JSON is compact when piped, indented with --pretty; --compact wins over a terminal', async () => {
    const compact = await run(['parse', SEED]);
    expect(lines(compact.stdout)).toHaveLength(1);
    const pretty = await run(['parse', '--pretty', SEED]);
    expect(pretty.stdout.startsWith('{\n  "schemaVersion": "1",')).toBe(true);
    expect(JSON.parse(pretty.stdout)).toEqual(JSON.parse(compact.stdout));
    const both = await run(['parse', '--pretty', '--compact', SEED]);
    expect(both.code).toBe(2);
  });

  describe('-o FILE', () => {
    it('writes the file atomically and leaves no temporary file', async () => {
      const dir = tempDir();
      const out = join(dir, 'out.json');
      writeFileSync(out, 'old content');
      const r = await run(['parse', SEED, '-o', out]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect((JSON.parse(readFileSync(out, 'utf8')) as ParsedDocument).source.path).toBe(SEED);
      expect(readdirSync(dir)).toEqual(['out.json']);
    });

    it('keeps the mode of a file it replaces', async () => {
      const dir = tempDir();
      const out = join(dir, 'out.json');
      writeFileSync(out, 'old', { mode: 0o600 });
      await run(['parse', SEED, '-o', out]);
      expect(statSync(out).mode & 0o777).toBe(0o600);
    });

    it('refuses a target that is one of the inputs (exit 2), reading nothing', async () => {
      const dir = tempDir();
      const input = join(dir, 'doc.txt');
      copyFileSync(SEED, input);
      const before = readFileSync(input);
      for (const target of [input, join(dir, '.', 'doc.txt')]) {
        const r = await run(['parse', SEED2, input, '-o', target]);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toContain(`không ghi đè lên tệp đầu vào: ${target}`);
        expect(readFileSync(input)).toEqual(before);
      }
      // Inputs found in a directory count too; English with --lang en.
      const r = await run(['parse', dir, '-o', input, '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`refusing to overwrite an input file: ${input}`);
      expect(readdirSync(dir)).toEqual(['doc.txt']);
    });

    it('a directory that does not exist: one line, exit 1, nothing left behind', async () => {
      const dir = tempDir();
      const target = join(dir, 'missing', 'out.json');
      const r = await run(['parse', SEED, '-o', target]);
      expect(r.code).toBe(1);
      expect(lines(r.stderr).filter((l) => l.includes('lỗi'))).toEqual([`bau-cu: lỗi: ${target}: không ghi được tệp (ENOENT)`]);
      expect(hasStackTrace(r.stderr)).toBe(false);
      expect(readdirSync(dir)).toEqual([]);
    });

    it('-o - means stdout', async () => {
      const r = await run(['parse', SEED, '-o', '-']);
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as ParsedDocument).source.path).toBe(SEED);
    });
  });

  it('parses a directory on several threads with the same output, byte for byte, as on one', async () => {
    // More fixtures than the threshold and than the pool's reused buffers (a bad file among
    // them): BAU_CU_JOBS=2 uses threads.
    const { dir } = sampleDir(MIN_THREADED);
    writeFileSync(join(dir, 'zz-empty.txt'), '');
    for (const args of [['parse', '--ndjson', dir], ['parse', dir], ['checklist', '--format', 'csv', '--today', '2026-03-01', dir]]) {
      const [one, two] = await Promise.all([run(args, { env: { BAU_CU_JOBS: '1' } }), run(args, { env: { BAU_CU_JOBS: '2' } })]);
      expect(two.code).toBe(1); // the empty file
      expect(two.code).toBe(one.code);
      expect(two.stdoutBytes.equals(one.stdoutBytes)).toBe(true);
      expect(two.stderr).toBe(one.stderr);
      expect(hasStackTrace(two.stderr)).toBe(false);
    }
  });

  it('stops quietly when the reader of the pipe goes away', async () => {
    // `bau-cu parse fixtures | head -c 10`: simulated by a child whose stdout closes early.
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('./helpers.js');
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'parse', '--pretty', sampleDir(24).dir], { env: { ...process.env, NO_COLOR: '1' } });
      child.stdout.once('data', () => child.stdout.destroy());
      let err = '';
      child.stderr.on('data', (b: Buffer) => (err += b.toString()));
      child.on('close', (c) => {
        expect(hasStackTrace(err)).toBe(false);
        resolve(c);
      });
    });
    expect(code).toBe(0);
  });
});
