import { describe, expect, it } from 'vitest';
import { foldKey, markedKey, sameKey } from '../../src/text/fold.js';

/** foldKey's definition, written out: the fast loop must agree with it on any text. */
function definition(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('foldKey', () => {
  it.each([
    ['Ủy ban nhân dân TỈNH Lào Cai', 'uy ban nhan dan tinh lao cai'],
    ['  ĐẢNG ỦY\tSở  Nội vụ ', 'dang uy so noi vu'],
    ['Hòa – Hoà — hoà', 'hoa - hoa - hoa'],
    // decomposed input (NFD, as some PDFs give it) folds the same
    ['Ủy ban'.normalize('NFD'), 'uy ban'],
    ['\u00a0\u2003Quý\u2028I\ufeff', 'quy i'],
    ['', ''],
    ['   ', ''],
    // outside the table: Greek (final sigma), CJK space
    ['ΟΔΟΣ\u3000x', 'οδος x'],
  ])('%j → %j', (text, key) => {
    expect(foldKey(text)).toBe(key);
    expect(foldKey(text)).toBe(definition(text));
  });

  it('agrees with its definition for every BMP code unit, alone and between letters', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}b ${ch}`, ` ${ch}\u0301 `]) if (foldKey(text) !== definition(text)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with its definition on random Vietnamese-like text', () => {
    const pool = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyÀẮẲẴẶẦẤĐÈẺỄỆÌĨỊÒỎỔỠỢÙŨỤỪỬỮỲÝỶỸỴ \t\n.,;:-()/', '\u00a0', '\u2013', '\u0301', '\u0323', 'İ', 'Σ', '\u3000', 'Ǆ', '\u1dc0'];
    const next = random(20261130);
    const wrong: string[] = [];
    for (let k = 0; k < 20000; k++) {
      let text = '';
      const n = Math.floor(next() * 16);
      for (let i = 0; i < n; i++) text += pool[Math.floor(next() * pool.length)];
      if (foldKey(text) !== definition(text)) wrong.push(JSON.stringify(text));
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('sameKey and markedKey', () => {
    expect(sameKey('Sở Nội vụ', 'SO NOI VU')).toBe(true);
    expect(markedKey('  PHƯỜNG  Hoà ')).toBe('phường hòa');
  });
});
