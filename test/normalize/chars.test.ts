import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/chars.js';

const lineCount = (text: string): number => text.split(/\r\n|\r|\n/).length;

describe('normalizeText', () => {
  it.each([
    ['NFC', 'Vie\u0323\u0302t Nam, ho\u0300a', 'Việt Nam, hòa'],
    ['a leading BOM', '\ufeffSố: 19/KL-UBBC', 'Số: 19/KL-UBBC'],
    ['CRLF and lone CR', 'a\r\nb\rc\n', 'a\nb\nc\n'],
    ['NBSP, narrow NBSP, figure and ideographic spaces', 'ngày\u00a001\u202f/\u20073\u3000năm\u2003x', 'ngày 01 / 3 năm x'],
    ['zero-width characters', 'Ủy\u200b ban\u200c nhân\u200d dân\u2060 tỉnh\ufeff', 'Ủy ban nhân dân tỉnh'],
    ['bidi marks', '\u200eSở\u200f Nội vụ\u202a\u202c', 'Sở Nội vụ'],
    ['a soft hyphen', 'bầu\u00ad cử', 'bầu cử'],
    ['the Icelandic eth', 'ÐẢNG CỘNG SẢN, ðồng chí', 'ĐẢNG CỘNG SẢN, đồng chí'],
    ['C0 and C1 controls', 'a\u0000b\u0007c\u001bd\u007fe\u0090f', 'abcdef'],
    ['a scanner\'s l for 1 inside a full date', 'trước ngày l5-3-2027, chậm nhất 3l/3/2027', 'trước ngày 15-3-2027, chậm nhất 31/3/2027'],
    ['but not in words, nor without a year', 'lớp l5, bl5-3-2027, Il-3', 'lớp l5, bl5-3-2027, Il-3'],
    ['a scanner\'s l for the label 1 of a list that goes on with 2', 'l- Các cấp ủy quán triệt\n\n2- Đảng ủy lãnh đạo', '1- Các cấp ủy quán triệt\n\n2- Đảng ủy lãnh đạo'],
    ['but a lettered list\'s l after k stays', 'k) Kiểm tra\nl) Lập danh sách\n2) Báo cáo', 'k) Kiểm tra\nl) Lập danh sách\n2) Báo cáo'],
    ['and so does l in a list with no 2', 'l- Lập hồ sơ\nm- Gửi', 'l- Lập hồ sơ\nm- Gửi'],
    ['and l before a 2 with another separator', 'l. Lưu hồ sơ\n2- Gửi', 'l. Lưu hồ sơ\n2- Gửi'],
    ['a scanner\'s zero for O inside capitals, its O for the zeros of a time, its "ngáy" before a date', '| H0A TỐC | CỘNG H0À; trước 16 giờ OO; chậm nhất ngáy 30/9/2027', '| HOA TỐC | CỘNG HOÀ; trước 16 giờ 00; chậm nhất ngày 30/9/2027'],
    ['but not a zero among digits, a code or the word "ngáy"', 'Quý 2027, mã K0, 10A, ISO 9001, tiếng ngáy to', 'Quý 2027, mã K0, 10A, ISO 9001, tiếng ngáy to'],
    ['VT and FF, NEL, line and paragraph separators (no new line)', 'a\u000bb\u000cc\u0085d\u2028e\u2029f', 'a b c d e f'],
  ])('%s', (_what, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('keeps TAB, smart quotes, dashes, ellipsis and the tone placement as written', () => {
    const text = '1\tSở Nội vụ\t“Trước 30/11/2025” – xong — hết… hoà/hòa, Uỷ/Ủy, kỹ/kĩ';
    expect(normalizeText(text)).toBe(text);
  });

  it('keeps the soft hyphen that is TCVN3 ư in undecoded mojibake (­¬ng = ương)', () => {
    expect(normalizeText('Trung \u00ad¬ng, ng\u00adêi')).toBe('Trung \u00ad¬ng, ng\u00adêi');
  });

  it('is idempotent, never throws and never changes the number of lines', () => {
    const chars = fc.constantFrom('a', 'ệ', '\u0323', '\u0302', '\r', '\n', '\r\n', '\u2028', '\u0085', '\u000b', '\u00a0', '\u200b', '\u00ad', '¬', '\ufeff', '\u0000', '\t', 'Ð', '\ud800');
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.array(chars, { maxLength: 300 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (input) => {
        const out = normalizeText(input);
        expect(lineCount(out)).toBe(lineCount(input));
        expect(normalizeText(out)).toBe(out);
        expect(out).not.toMatch(/\r/);
      }),
      { numRuns: 1000 },
    );
  });
});
