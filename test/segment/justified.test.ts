import { describe, expect, it } from 'vitest';
import { squeezeJustified } from '../../src/segment/paragraphs.js';
import { columnOf, toLines } from '../../src/text/lines.js';

const lineOf = (raw: string) => toLines(raw)[0]!;

describe('squeezeJustified: the padding of a justified PDF line', () => {
  it.each([
    ['        7.  Đề  nghị Ủy ban Mặt trận Tổ quốc', '7. Đề nghị Ủy ban Mặt trận Tổ quốc'],
    ['      phường  và  Thủ  trưởng  các cơ sở giáo dục', 'phường và Thủ trưởng các cơ sở giáo dục'],
    ['**Năm  học**  2026 - 2027', 'Năm học 2026 - 2027'],
  ])('%j reads %j', (raw, text) => {
    expect(squeezeJustified(lineOf(raw)).text).toBe(text);
  });

  it.each([
    ['1.  Sở Tài chính chủ trì', 'one padded gap: a label'],
    ['Nơi nhận:                 KT. CHỦ TỊCH', 'a wide gap: columns'],
    ['1    Rà soát  các văn bản    Sở Tư pháp', 'a table row'],
  ])('leaves %j alone (%s)', (raw) => {
    const line = lineOf(raw);
    expect(squeezeJustified(line)).toBe(line);
  });

  it('keeps every character at its source column', () => {
    const raw = '   a)  Chủ  trì **hướng**  dẫn  các cơ sở';
    const line = squeezeJustified(lineOf(raw));
    for (let i = 0; i < line.text.length; i++) {
      const ch = line.text[i]!;
      if (ch === ' ') continue;
      expect(raw[columnOf(line, i) - 1]).toBe(ch);
    }
    expect(line.text.slice(...line.emph[0]!)).toBe('hướng');
  });
});
