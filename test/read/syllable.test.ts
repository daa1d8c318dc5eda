import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable, scoreValue, scoreVietnamese, validShare } from '../../src/read/syllable.js';

describe('isVietnameseSyllable', () => {
  it.each([
    'a', 'ở', 'ý', 'gì', 'gìn', 'giữa', 'già', 'quốc', 'quyết', 'quý', 'qua', 'quên', 'khuya', 'khuỷu',
    'nghiêng', 'nghĩa', 'người', 'được', 'trường', 'rượu', 'ngoài', 'thuở', 'hòa', 'hoà', 'khỏe', 'khoẻ',
    'thủy', 'thuỷ', 'Ủy', 'Uỷ', 'hoàn', 'thuyết', 'khoảng', 'chuyện', 'Nguyễn', 'ĐẢNG', 'CộNG', 'kỹ', 'kĩ',
    'ương', 'uy', 'yên', 'yêu', 'oai', 'ướt', 'ấp', 'ách', 'ênh', 'xoong', 'nước', 'huỳnh', 'nghiễng',
  ])('accepts %s', (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
    expect(isVietnameseSyllable(word.normalize('NFD'))).toBe(true);
  });

  it.each([
    // wrong decodings
    'Céng', 'hßa', 'ngaøy', 'ngỔy', 'ViÖt', 'nghÜa', 'Coäng', 'hoøa', 'sủr', 'Sôì', 'Lýu',
    // spelling rules: tone on a glide, stop coda without sắc/nặng, k/gh/ngh only before e ê i
    'aí', 'mưá', 'ìên', 'bac', 'ươt', 'ka', 'ghon', 'nghu', 'ce', 'nge', 'ge', 'ơng', 'đợc',
    // not Vietnamese letters or too long
    'café', 'wifi', 'zalo', 'façade', 'nghiênggg', 'đ', 'HĐND', '',
  ])('rejects %s', (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});

describe('scoreVietnamese', () => {
  it('counts only words with a non-ASCII letter', () => {
    expect(scoreVietnamese('UBND tỉnh Lào Cai')).toMatchObject({ valid: 2, invalid: 0 });
  });

  it('treats mojibake symbols as part of the word they garble', () => {
    // "TH¦" is one invalid word (TCVN3 THƯ), not the ASCII "TH" plus a symbol.
    expect(scoreVietnamese('BÝ TH¦')).toMatchObject({ valid: 1, invalid: 1 });
  });

  it('ranks a right decoding above a wrong one', () => {
    const right = scoreVietnamese('Cộng hòa xã hội chủ nghĩa Việt Nam');
    const wrong = scoreVietnamese('Céng hßa x· héi chñ nghÜa ViÖt Nam');
    expect(scoreValue(right)).toBeGreaterThan(scoreValue(wrong));
    expect(validShare(right)).toBe(1);
    expect(validShare(wrong)).toBeLessThan(0.3);
  });

  it('breaks ties between two well-formed readings with common syllables', () => {
    expect(scoreValue(scoreVietnamese('Số'))).toBeGreaterThan(scoreValue(scoreVietnamese('Sè')));
  });

  it('penalises controls, U+FFFD and Latin-1 symbols', () => {
    expect(scoreVietnamese('a\u0001b\ufffd§').penalty).toBe(2.5);
    expect(scoreVietnamese('30°C «x»\t').penalty).toBe(0);
  });
});
