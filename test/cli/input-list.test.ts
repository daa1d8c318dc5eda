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
