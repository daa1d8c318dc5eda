/** The inputs of a run, kept compact (src/cli/input-list.ts). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputList } from '../../src/cli/input-list.js';

describe('InputList', () => {
  it('gives files, stdin and the names of directories back in order, with their paths', () => {
    const list = new InputList();
    list.push({ path: 'a.txt', display: 'a.txt' });
    // Vietnamese names in NFC and NFD, and a name with an emoji: the bytes must round-trip.
    const names = ['01-kế-hoạch.txt', '02-ke\u0302\u0301-hoach.md', '03-📄.docx', 'z.txt'];
    list.pushDirectory('văn bản', names);
    list.push({ path: null, display: 'đầu vào chuẩn' });
    list.pushDirectory('empty', []);
    list.pushDirectory('/abs/dir', ['x.txt']);
    expect(list.length).toBe(7);
    expect(list.fileCount).toBe(6);
    const got = Array.from({ length: list.length }, (_, k) => list.at(k));
    expect(got).toEqual([
      { path: 'a.txt', display: 'a.txt' },
      ...names.map((n) => ({ path: join('văn bản', n), display: join('văn bản', n) })),
      { path: null, display: 'đầu vào chuẩn' },
      { path: join('/abs/dir', 'x.txt'), display: join('/abs/dir', 'x.txt') },
    ]);
    expect([...list.paths()]).toEqual(got.map((i) => i.path));
    // Any order of access gives the same items.
    expect(list.at(3)).toEqual(got[3]);
    expect(list.at(0)).toEqual(got[0]);
    expect(list.at(6)).toEqual(got[6]);
  });

  it('sorts a directory by code point, packs any number of names, and adds nothing when listing fails', () => {
    const list = new InputList();
    // Code point order: "Z" < "a" < "é" < "ế" < U+FFFD < an astral emoji (UTF-16 order would put the emoji before U+FFFD).
    expect(list.pushDirectory('d', ['é.txt', 'a.txt', '\u{1F4C4}.txt', 'Z.txt', '\uFFFD.txt', 'ế.txt'])).toBe(6);
    expect([...list.paths()]).toEqual(['Z.txt', 'a.txt', 'é.txt', 'ế.txt', '\uFFFD.txt', '\u{1F4C4}.txt'].map((n) => join('d', n)));
    // Thousands of names of growing length: the buffers grow as they come.
    const many = Array.from({ length: 3000 }, (_, i) => `${'x'.repeat(i % 97)}-${String(3000 - i).padStart(5, '0')}.txt`);
    const big = new InputList();
    expect(big.pushDirectory('big', many)).toBe(3000);
    const expected = [...many].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))).map((n) => join('big', n));
    expect([...big.paths()]).toEqual(expected);
    // A listing that fails part-way leaves the list as it was.
    function* failing(): Generator<string> {
      yield 'a.txt';
      throw new Error('EIO');
    }
    expect(() => big.pushDirectory('bad', failing())).toThrow('EIO');
    expect(big.length).toBe(3000);
    expect(new InputList().pushDirectory('empty', [])).toBe(0);
  });

  it('is exact for one part per file, as `parse *.txt` gives', () => {
    const list = new InputList();
    for (let i = 0; i < 5000; i++) list.push({ path: `f${i}.txt`, display: `f${i}.txt` });
    expect(list.at(4321).path).toBe('f4321.txt');
    expect(list.at(0).path).toBe('f0.txt');
    expect(list.at(4999).path).toBe('f4999.txt');
  });

  it('refuses an index out of range', () => {
    const list = new InputList();
    list.pushDirectory('d', ['a.txt']);
    expect(() => list.at(1)).toThrow(RangeError);
    expect(() => list.at(-1)).toThrow(RangeError);
    expect(() => list.at(0.5)).toThrow(RangeError);
  });
});
