import { describe, expect, it } from 'vitest';
import {
  isDAbbreviation,
  isGluedSyllables,
  unglueSyllables,
  isVietnameseSyllable,
  scoreValue,
  scoreVietnamese,
  validShare,
} from '../../src/read/syllable.js';

describe('isVietnameseSyllable', () => {
  it.each([
    'a', 'ở', 'ý', 'gì', 'gìn', 'giữa', 'già', 'quốc', 'quyết', 'quý', 'qua', 'quên', 'khuya', 'khuỷu',
    'nghiêng', 'nghĩa', 'người', 'được', 'trường', 'rượu', 'ngoài', 'thuở', 'hòa', 'hoà', 'khỏe', 'khoẻ',
    'thủy', 'thuỷ', 'Ủy', 'Uỷ', 'hoàn', 'thuyết', 'khoảng', 'chuyện', 'Nguyễn', 'ĐẢNG', 'CộNG', 'kỹ', 'kĩ',
    'ương', 'uy', 'yên', 'yêu', 'oai', 'ướt', 'ấp', 'ách', 'ênh', 'xoong', 'nước', 'huỳnh', 'nghiễng',
    // Central Highlands place names
    'Đắk', 'Lắk', 'Krông', 'Pắc', 'Prông', 'Plông', 'Drắk', 'Jút', 'Prăng',
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

describe('words of real documents that are not one syllable', () => {
  it('counts capital abbreviations with Đ as Vietnamese ("QĐ", "HĐND", "LĐTBXH")', () => {
    for (const word of ['QĐ', 'HĐND', 'LĐTBXH', 'GDĐT', 'BCĐTW', 'QĐUBND']) expect(isDAbbreviation(word)).toBe(true);
    for (const word of ['Đ', 'UBND', 'Qđ', 'HĐNDTỈNH', 'ĐẢNG']) expect(isDAbbreviation(word)).toBe(false);
    // A signature-block line is all valid once repaired.
    expect(scoreVietnamese('Sở: 112/QĐ-UBND; Lưu: VT, LĐTBXH.')).toMatchObject({ valid: 4, invalid: 0 });
    expect(scoreVietnamese('PVP, TH, NN (Đ/c Hải); đ/c Lan')).toMatchObject({ valid: 3, invalid: 0 });
    expect(scoreVietnamese('Đ Hải')).toMatchObject({ valid: 1, invalid: 1 });
  });

  it('counts words that PDF extraction glued together as Vietnamese', () => {
    for (const word of ['Kếhoạch', 'giaiđoạn', 'VỀVIỆC', 'XàHỘI', 'CăncứLuật', 'Tổchức']) {
      expect(isGluedSyllables(word)).toBe(true);
      expect(isGluedSyllables(word.normalize('NFD'))).toBe(true);
    }
  });

  it('does not count mojibake or foreign words as glued syllables', () => {
    // Windows-1258 "Côòng" would be "Cô" + "òng": a glued syllable starts with a consonant.
    for (const word of ['Côòng', 'hoaÌch', 'KÕho¹ch', 'Keáhoaïch', 'façade', 'Straße', 'nghiêngnghiêngnghiêngnghiêngnghiêng', 'ab']) {
      expect(isGluedSyllables(word)).toBe(false);
    }
    expect(scoreVietnamese('Côòng hoÌa')).toMatchObject({ valid: 0, invalid: 2 });
  });
});

describe('unglueSyllables', () => {
  it.each([
    ['VỀVIỆC', 'VỀ VIỆC'],
    ['Kếhoạch', 'Kế hoạch'],
    ['giaiđoạn', 'giai đoạn'],
    ['CăncứLuật', 'Căn cứ Luật'],
    // one syllable, a foreign word, an ASCII word that happens to split, an abbreviation: as written
    ['NGHĨA', 'NGHĨA'],
    ['Viettel', 'Viettel'],
    ['online', 'online'],
    ['OCOP', 'OCOP'],
  ])('%s → %s', (word, expected) => {
    expect(unglueSyllables(word)).toBe(expected);
  });
});
