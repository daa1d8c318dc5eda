/**
 * Markdown residue on source lines: what is removed, what is kept as emphasis, and where the
 * kept text points in the source.
 */
import { describe, expect, it } from 'vitest';
import { columnOf, toLines } from '../../src/text/lines.js';

const first = (text: string) => toLines(text)[0]!;

describe('toLines: markdown residue', () => {
  it.each([
    ['**bold** and *italic*', 'bold and italic', [[0, 4], [9, 15]]],
    // bold around italic, as mammoth writes bold italic: each marker closes its own kind
    ['gửi về Sở __*chậm nhất ngày 20/4/2027*__\\.', 'gửi về Sở chậm nhất ngày 20/4/2027.', [[10, 34], [10, 34]]],
    ['***Nơi nhận:***', 'Nơi nhận:', [[0, 9]]],
    // one underscore, as Prettier writes italics; never inside a word or a blank
    ['_Gia Lai, ngày 25 tháng 6 năm 2027_', 'Gia Lai, ngày 25 tháng 6 năm 2027', [[0, 33]]],
    ['Số: ___/UBND, tệp 215-UBND-VP_signed.pdf', 'Số: ___/UBND, tệp 215-UBND-VP_signed.pdf', []],
  ])('%s', (source, text, emph) => {
    const line = first(source);
    expect(line.text).toBe(text);
    expect(line.emph).toEqual(emph);
  });

  it('drops the empty anchor a converter leaves for a Word bookmark, and keeps the columns', () => {
    const line = first('<a id="_Hlk196384512"></a>1\\. Đề nghị Ủy ban nhân dân tỉnh:');
    expect(line.text).toBe('1. Đề nghị Ủy ban nhân dân tỉnh:');
    expect(columnOf(line, 0)).toBe(27); // the "1" after the 26-character anchor
  });

  it("turns Word's tab after a list label into its space", () => {
    const line = first('\t1.\tGiao Sở Tài chính chủ trì');
    expect(line.text).toBe('1. Giao Sở Tài chính chủ trì');
    expect(columnOf(line, 3)).toBe(5); // "G" is the fifth character of the source line
  });
});
