/**
 * Every row of SPEC "Bad input", in Vietnamese and English: the exit code, one line on
 * stderr naming the path, the other input still written, nothing written for the bad
 * one, never a stack trace. The runs are recorded in a Markdown snapshot
 * (__snapshots__/bad-input.md) so a change of wording is visible in review.
 */
import { closeSync, copyFileSync, chmodSync, existsSync, mkdirSync, openSync, ftruncateSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/types.js';
import { FIXTURES, hasStackTrace, lines, run, tempDir } from './helpers.js';

const GOOD = join(FIXTURES, 'chi-thi-chu-tich-ubnd-tinh-dak-lak-phong-chong-thien-tai.txt');

interface Row {
  name: string;
  /** Creates the bad input in `dir`; returns its operand. */
  make: (dir: string) => string;
  stdin?: string;
  code: 0 | 1;
  /** Part of the one line about the bad input, per language. */
  vi: string;
  en: string;
}

const ROWS: Row[] = [
  { name: 'missing path', make: () => 'missing.txt', code: 1, vi: 'không tìm thấy tệp hoặc thư mục', en: 'no such file or directory' },
  {
    name: 'directory with no documents',
    make: (dir) => {
      mkdirSync(join(dir, 'empty-dir'));
      writeFileSync(join(dir, 'empty-dir', 'notes.pdf'), '%PDF');
      return 'empty-dir';
    },
    code: 1,
    vi: 'thư mục không có tệp .txt, .md hay .docx nào',
    en: 'the directory has no .txt, .md or .docx file',
  },
  {
    // Root can read a chmod-000 file, so the portable unreadable file is a symlink loop.
    name: 'unreadable file (symlink loop)',
    make: (dir) => {
      symlinkSync('loop.txt', join(dir, 'loop.txt'));
      return 'loop.txt';
    },
    code: 1,
    vi: 'không đọc được tệp (liên kết tượng trưng lặp vòng)',
    en: 'cannot read the file (symbolic link loop)',
  },
  {
    name: 'empty file',
    make: (dir) => (writeFileSync(join(dir, 'empty.txt'), ''), 'empty.txt'),
    code: 1,
    vi: 'tệp rỗng',
    en: 'the file is empty',
  },
  {
    name: 'whitespace-only file',
    make: (dir) => (writeFileSync(join(dir, 'blank.txt'), ' \n\t\r\n\u00a0  \n'), 'blank.txt'),
    code: 1,
    vi: 'tệp chỉ có khoảng trắng',
    en: 'the file contains only whitespace',
  },
  {
    name: 'binary file (NUL bytes)',
    make: (dir) => (writeFileSync(join(dir, 'binary.txt'), Buffer.from('Số: 12/UBND\u0000\u0000\u0001\u0002')), 'binary.txt'),
    code: 1,
    vi: 'tệp nhị phân (có byte NUL)',
    en: 'binary file (NUL bytes)',
  },
  {
    name: 'file over 20 MB (sparse)',
    make: (dir) => {
      const fd = openSync(join(dir, 'huge.txt'), 'w');
      ftruncateSync(fd, 20 * 1024 * 1024 + 1);
      closeSync(fd);
      return 'huge.txt';
    },
    code: 1,
    vi: 'tệp quá lớn (20.1 MB), giới hạn là 20 MB',
    en: 'the file is too large (20.1 MB); the limit is 20 MB',
  },
  { name: 'empty stdin', make: () => '-', stdin: '', code: 1, vi: '(đầu vào chuẩn): tệp rỗng', en: '(standard input): the file is empty' },
  {
    name: 'text that is not an administrative document',
    make: (dir) => (writeFileSync(join(dir, 'prose.txt'), 'Hôm nay trời đẹp, chúng tôi đi dạo quanh hồ.\n'), 'prose.txt'),
    code: 0,
    vi: 'cảnh báo [not-a-document]: Không nhận ra văn bản hành chính',
    en: 'warning [not-a-document]: This does not look like an administrative document',
  },
];

async function runRow(row: Row, lang: 'vi' | 'en'): Promise<string[]> {
  const dir = tempDir();
  copyFileSync(GOOD, join(dir, 'good.txt'));
  const bad = row.make(dir);
  const args = ['parse', 'good.txt', bad, ...(lang === 'en' ? ['--lang', 'en'] : [])];
  const r = await run(args, { cwd: dir, input: row.stdin ?? '' });
  const about = lines(r.stderr).filter((l) => !l.startsWith('bau-cu: good.txt'));

  expect(r.code, `${row.name} ${lang}`).toBe(row.code);
  expect(hasStackTrace(r.stderr)).toBe(false);
  // One line, naming the path, in the chosen language.
  expect(about, `${row.name} ${lang}`).toHaveLength(1);
  if (bad !== '-') expect(about[0]).toContain(` ${bad}: `);
  expect(about[0]).toContain(row[lang]);
  // The other input was still processed and written.
  const names = (JSON.parse(r.stdout) as ParsedDocument[]).map((d) => d.source.name);
  expect(names[0]).toBe('good.txt');
  expect(names).toHaveLength(row.code === 0 ? 2 : 1);
  return [`## ${row.name} (${lang})`, '', '```console', `$ bau-cu ${args.join(' ')}`, ...about, `exit ${r.code}`, '```', ''];
}

async function record(rows: Row[]): Promise<string> {
  const runs = await Promise.all(rows.flatMap((row) => (['vi', 'en'] as const).map((lang) => runRow(row, lang))));
  return ['# bau-cu parse — bad input (SPEC "Bad input")', '', ...runs.flat()].join('\n');
}

describe.concurrent('bad input', () => {
  it('every SPEC row, in Vietnamese and English', async ({ expect }) => {
    await expect(await record(ROWS)).toMatchFileSnapshot('__snapshots__/bad-input.md');
  });

  it.each(ROWS.filter((r) => r.code === 1))('nothing is written for a $name alone (-o)', async (row) => {
    const dir = tempDir();
    const bad = row.make(dir);
    const r = await run(['parse', bad, '-o', 'out.json'], { cwd: dir, input: row.stdin ?? '' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
    expect(lines(r.stderr)).toHaveLength(1);
  });

  it('a not-a-document warning exits 0, and 1 with --strict (JSON still written)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'prose.txt'), 'Hôm nay trời đẹp.\n');
    const plain = await run(['parse', 'prose.txt'], { cwd: dir });
    expect(plain.code).toBe(0);
    const doc = JSON.parse(plain.stdout) as ParsedDocument;
    expect(doc.warnings.map((w) => w.code)).toContain('not-a-document');
    expect(doc.document.type).toBeNull();
    expect(doc.document.reference).toBeNull();
    const strict = await run(['parse', '--strict', 'prose.txt'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe(plain.stdout);
    expect(strict.stderr).toContain('bau-cu: prose.txt: cảnh báo [not-a-document]:');
    const english = await run(['parse', '--strict', 'prose.txt', '--lang', 'en'], { cwd: dir });
    expect(english.code).toBe(1);
    expect(english.stderr).toContain('bau-cu: prose.txt: warning [not-a-document]: This does not look');
    expect((JSON.parse(english.stdout) as ParsedDocument).warnings[0]?.message).toMatch(/^This does not look/u);
  });

  it.skipIf(process.getuid?.() === 0)('a chmod 000 file is unreadable (skipped as root, who can read it)', async () => {
    const dir = tempDir();
    copyFileSync(GOOD, join(dir, 'locked.txt'));
    chmodSync(join(dir, 'locked.txt'), 0o000);
    const r = await run(['parse', 'locked.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('bau-cu: lỗi: locked.txt: không đọc được tệp (không có quyền đọc)\n');
  });

  it('a UTF-16 file with a BOM is text, not binary', async () => {
    const dir = tempDir();
    const text = 'ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/UBND-VX\n';
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = await run(['parse', 'utf16.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as ParsedDocument).source.encoding).toBe('utf-16le');
    writeFileSync(join(dir, 'blank16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('  \n ', 'utf16le')]));
    const blank = await run(['parse', 'blank16.txt'], { cwd: dir });
    expect(blank.code).toBe(1);
    expect(blank.stderr).toContain('blank16.txt: tệp chỉ có khoảng trắng');
  });

  it('an adversarial 1 MB single line does not crash', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'long.txt'), `Số: ${'1/'.repeat(200_000)} ngày ${'ngày '.repeat(40_000)}`);
    const r = await run(['parse', 'long.txt'], { cwd: dir });
    expect([0, 1]).toContain(r.code);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
