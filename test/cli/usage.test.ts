/** Wrong usage is exit 2 with the usage line; help and version; the language switch. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, lines, ROOT, run, SEED } from './helpers.js';

const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe.concurrent('usage', () => {
  it('an unknown option: exit 2, one message, the usage line, where to get help', async () => {
    const r = await run(['parse', '--frobnicate', SEED]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toEqual([
      'bau-cu: lỗi: tùy chọn không hợp lệ: --frobnicate',
      'Cách dùng: bau-cu parse [tùy chọn] <tệp...>',
      'Xem "bau-cu parse --help".',
    ]);
    const en = await run(['parse', '--prety', SEED, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(lines(en.stderr)).toEqual([
      'bau-cu: error: unknown option: --prety',
      'Usage: bau-cu parse [options] <files...>',
      'See "bau-cu parse --help".',
      '(Did you mean --pretty?)',
    ]);
  });

  it.each([
    [['parse'], 'thiếu tệp đầu vào'],
    [['ics', '--today'], 'tùy chọn --today <NGÀY> cần một giá trị'],
    [['frob', SEED], 'lệnh không hợp lệ: frob'],
    [['parse', '--lang', 'fr', SEED], '--lang: "fr" không hợp lệ; chọn vi hoặc en'],
    [['parse', '--ndjson', '--pretty', SEED], 'không dùng --ndjson cùng với --pretty'],
  ])('%j → exit 2', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('no command at all: the help on stderr, exit 2', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Cách dùng: bau-cu [tùy chọn] [lệnh]');
  });

  it('--help in Vietnamese, and in English with --lang en (exit 0)', async () => {
    const vi = await run(['--help']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('Lệnh:');
    for (const command of ['parse', 'ics', 'checklist', 'agenda']) expect(vi.stdout).toContain(`${command} [tùy chọn] <tệp...>`);
    const en = await run(['parse', '--help', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Usage: bau-cu parse [options] <files...>');
    expect(en.stdout).toContain('--ndjson');
    expect(en.stdout).toContain('Exit status: 0 success');
    const viaHelp = await run(['help', 'ics']);
    expect(viaHelp.stdout).toContain('--calendar-name');
  });

  it('--version prints the package version', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('options may come before or after the files, and global ones anywhere', async () => {
    const a = await run(['--lang', 'en', 'parse', '-o', '-', '--compact', SEED]);
    const b = await run(['parse', SEED, '--compact', '--lang=en']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stderr).toContain('warning [number-blank]');
  });

  it('"--" ends the options: a file named like an option', async () => {
    const r = await run(['parse', '--', '--lang']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bau-cu: lỗi: --lang: không tìm thấy tệp hoặc thư mục');
  });
});
