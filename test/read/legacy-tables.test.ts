import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeLegacyFontText, decodeWith, repairMojibake } from '../../src/read/decode.js';
import {
  CP1252_HIGH,
  TCVN3_C0,
  TCVN3_HIGH,
  VIETNAMESE_LETTERS,
  VN1_CAPITAL_CONTEXT,
  VNI_LETTERS,
  VNI_MARKS,
} from '../../src/read/legacy-tables.js';
import { encodeAs, readAsCp1252 } from '../support/legacy-encode.js';

const cp1252 = (text: string): Uint8Array => new Uint8Array(iconv.encode(text, 'windows1252'));
const ABC_CAPITALS = 'ĂÂÊÔƠƯĐ';

describe('tables agree with independent sources', () => {
  it('TCVN3_HIGH and TCVN3_C0 are iconv-lite `tcvn` (VN1)', () => {
    const all = Buffer.from(Array.from({ length: 256 }, (_, b) => b));
    const reference = iconv.decode(all, 'tcvn');
    expect(TCVN3_HIGH).toHaveLength(128);
    TCVN3_HIGH.forEach((ch, k) => expect(ch, `0x${(0x80 + k).toString(16)}`).toBe(reference[0x80 + k]));
    for (let b = 0; b < 0x20; b++) {
      expect(TCVN3_C0.get(b) ?? String.fromCharCode(b), `0x${b.toString(16)}`).toBe(reference[b]);
    }
  });

  it('CP1252_HIGH is iconv-lite `windows1252`, with C1 controls for the 5 undefined bytes', () => {
    const bytes = Array.from({ length: 32 }, (_, k) => 0x80 + k);
    const reference = iconv.decode(Buffer.from(bytes), 'windows1252');
    CP1252_HIGH.forEach((ch, k) => {
      expect(ch).toBe(reference[k] === '\ufffd' ? String.fromCharCode(0x80 + k) : reference[k]);
    });
    expect(readAsCp1252(new Uint8Array(bytes))).toBe(CP1252_HIGH.join(''));
  });

  it('VN1_CAPITAL_CONTEXT lists the cp1252 punctuation bytes, each a VN1 capital', () => {
    for (const byte of VN1_CAPITAL_CONTEXT.keys()) {
      expect(CP1252_HIGH[byte - 0x80], `0x${byte.toString(16)}`).toMatch(/^[^\p{L}]$/u);
      const capital = TCVN3_HIGH[byte - 0x80]!;
      expect(capital).toBe(capital.toUpperCase());
      expect(capital).not.toBe(capital.toLowerCase());
    }
  });

  it('VNI mark and letter bytes do not overlap', () => {
    for (const byte of VNI_MARKS.keys()) expect(VNI_LETTERS.has(byte)).toBe(false);
  });

  it('has 134 Vietnamese letters with a diacritic', () => {
    expect(VIETNAMESE_LETTERS).toHaveLength(134);
    expect(new Set(VIETNAMESE_LETTERS).size).toBe(134);
  });
});

describe('every Vietnamese letter round-trips', () => {
  const lower = VIETNAMESE_LETTERS.filter((ch) => ch === ch.toLowerCase());
  const upper = VIETNAMESE_LETTERS.filter((ch) => ch !== ch.toLowerCase());

  it.each(VIETNAMESE_LETTERS)('VNI %s', (letter) => {
    expect(decodeWith(encodeAs(letter, 'vni'), 'vni')).toBe(letter);
    expect(decodeLegacyFontText(readAsCp1252(encodeAs(letter, 'vni')), 'vni')).toBe(letter);
  });

  // After "x": a toned letter that starts a line is taken for a capital (SENTENCE_START).
  it.each(lower)('TCVN3 %s', (letter) => {
    expect(decodeWith(encodeAs(`x${letter}`, 'tcvn3'), 'tcvn3')).toBe(`x${letter}`);
    expect(decodeLegacyFontText(readAsCp1252(encodeAs(`x${letter}`, 'tcvn3')), 'tcvn3')).toBe(`x${letter}`);
  });

  it.each(upper)('TCVN3 %s: ABC writes the lower-case code unless it has a capital (Ă Â Ê Ô Ơ Ư Đ)', (letter) => {
    const expected = ABC_CAPITALS.includes(letter) ? letter : letter.toLowerCase();
    expect(decodeWith(encodeAs(`x${letter}`, 'tcvn3'), 'tcvn3')).toBe(`x${expected}`);
  });

  it('TCVN3: an en dash between two abbreviations stays a dash ("KH–TC"), not the capital Ọ', () => {
    const bytes = Buffer.from([0x4b, 0x48, 0x96, 0x54, 0x43]); // K H 0x96 T C
    expect(decodeWith(bytes, 'tcvn3')).toBe('KH–TC');
    expect(decodeWith(Buffer.from([0x48, 0x96, 0x43]), 'tcvn3')).toBe('HỌC');
  });

  it.each(upper)('TCVN3 VN1 capital %s inside a word', (letter) => {
    // Inside a word every VN1 capital decodes as a capital, even where cp1252 has punctuation.
    const bytes = encodeAs(`N${letter}G`, 'tcvn3-vn1');
    expect(decodeWith(bytes, 'tcvn3')).toBe(`N${letter}G`);
  });

  it.each(VIETNAMESE_LETTERS)('Windows-1258 and VISCII %s', (letter) => {
    expect(decodeWith(encodeAs(letter, 'windows-1258'), 'windows-1258')).toBe(letter);
    expect(decodeWith(encodeAs(letter, 'viscii'), 'viscii')).toBe(letter);
  });
});

// Strings from REFERENCE §5.3: produced with glibc iconv and shown as Windows-1252.
describe('REFERENCE examples (glibc iconv output read as Windows-1252)', () => {
  const cases: [string, 'tcvn3' | 'vni' | 'viscii' | 'windows-1258', string][] = [
    ['Céng hßa x· héi chñ nghÜa ViÖt Nam', 'tcvn3', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'tcvn3', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
    ['§éc lËp - Tù do - H¹nh phóc', 'tcvn3', 'Độc lập - Tự do - Hạnh phúc'],
    ['Uû ban nh©n d©n', 'tcvn3', 'Uỷ ban nhân dân'],
    ['ngµy … th¸ng … n¨m', 'tcvn3', 'ngày … tháng … năm'],
    ['Ban ChÊp hµnh Trung \u00ad¬ng', 'tcvn3', 'Ban Chấp hành Trung ương'],
    ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'vni', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Ñoäc laäp - Töï do - Haïnh phuùc', 'vni', 'Độc lập - Tự do - Hạnh phúc'],
    ['ngaøy … thaùng … naêm', 'vni', 'ngày … tháng … năm'],
    ['Coâng ñöôïc thuyû Ñaø Naüng', 'vni', 'Công được thuỷ Đà Nẵng'],
    ['Cµng hòa xã hµi chü nghîa Vi®t Nam', 'viscii', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Kª hoÕch t± chÑc b¥u cØ', 'viscii', 'Kế hoạch tổ chức bầu cử'],
    ['Côòng hoÌa xaÞ hôòi chuÒ nghiÞa Viêòt Nam', 'windows-1258', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Kêì hoaòch UÒy ban', 'windows-1258', 'Kế hoạch Ủy ban'],
  ];

  it.each(cases)('%s (%s)', (shown, encoding, expected) => {
    expect(decodeWith(cp1252(shown), encoding)).toBe(expected);
  });

  it.each(cases.filter(([, e]) => e !== 'viscii'))('repairs the mojibake %s', (shown, _encoding, expected) => {
    expect(repairMojibake(shown).text).toBe(expected);
  });

  it('repairs UTF-8 read as Windows-1252', () => {
    const shown = 'Cá»™ng hÃ²a xÃ£ há»™i chá»§ nghÄ©a Viá»‡t Nam';
    expect(repairMojibake(shown)).toMatchObject({ text: 'Cộng hòa xã hội chủ nghĩa Việt Nam', kind: 'windows-1252' });
  });
});
