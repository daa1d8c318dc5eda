/**
 * Character tables of the legacy 8-bit encodings that Vietnamese documents
 * still arrive in (REFERENCE §5.3). Data only: the decoders live in decode.ts.
 *
 * Every table is checked in test/read/legacy-tables.test.ts against iconv-lite
 * (TCVN3) and against strings produced independently by glibc iconv (REFERENCE).
 */

/**
 * Windows-1252, bytes 0x80–0x9F. The five bytes Windows leaves undefined
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same value, which
 * is what `MultiByteToWideChar` produces and what mojibake text therefore holds.
 * Bytes 0x00–0x7F and 0xA0–0xFF are Latin-1 (identity).
 */
export const CP1252_HIGH: readonly string[] = [
  '\u20ac', '\u0081', '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021', // 0x80 € . ‚ ƒ „ … † ‡
  '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008d', '\u017d', '\u008f', // 0x88 ˆ ‰ Š ‹ Œ . Ž .
  '\u0090', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014', // 0x90 . ‘ ’ “ ” • – —
  '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', '\u009d', '\u017e', '\u0178', // 0x98 ˜ ™ š › œ . ž Ÿ
];

/**
 * Bytes 0x80–0x9F that Windows-1252 uses for punctuation. TCVN3 text typed in
 * Word carries them (smart quotes, dashes, ellipsis), but the TCVN 5712 VN1
 * table (iconv-lite `tcvn`) puts capital letters there: `–` 0x96 would decode
 * as `Ọ`. For each byte: where its VN1 capital is likelier than the
 * punctuation, judged from the neighbouring bytes being letters —
 * `prev`: after a letter (an opening quote or a dash glued to a word's end is
 * odd: "B\x97" is "BỘ"); `next`: before a letter (a closing quote is odd
 * there); `both`: inside a word; `either`: next to any letter (signs that
 * never touch words: ‚ „ • …); `always`: ™ is "Ở".
 */
export const VN1_CAPITAL_CONTEXT: ReadonlyMap<number, 'prev' | 'next' | 'both' | 'either' | 'always'> = new Map([
  [0x80, 'either'], // € / À
  [0x82, 'either'], // ‚ / Ã
  [0x84, 'either'], // „ / Ạ
  [0x85, 'both'], // … / Ặ
  [0x86, 'either'], // † / Ậ
  [0x87, 'either'], // ‡ / È
  [0x89, 'either'], // ‰ / Ẽ
  [0x8b, 'either'], // ‹ / Ẹ
  [0x91, 'prev'], // ‘ / Ị
  [0x92, 'next'], // ’ / Ò
  [0x93, 'prev'], // “ / Ỏ
  [0x94, 'next'], // ” / Õ
  [0x95, 'either'], // • / Ó
  [0x96, 'prev'], // – / Ọ
  [0x97, 'prev'], // — / Ộ
  [0x99, 'always'], // ™ / Ở
  [0x9b, 'either'], // › / Ớ
]);

/**
 * TCVN 5712:1993 (TCVN3 / ABC, read with the VN1 superset), bytes 0x80–0xFF,
 * 16 per row. ABC defines lower-case letters (and Ă Â Ê Ô Ơ Ư Đ) only; VN1 adds
 * the remaining capitals at 0x80–0x9F, in a few 0xA0–0xFF slots and in C0
 * (TCVN3_C0). 0xB0–0xB4 are combining tone marks. 0xAD is `ư` (soft hyphen in
 * Latin-1) and 0xAC is `ơ` (`¬`).
 */
export const TCVN3_HIGH: readonly string[] = [
  'ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ', // 0x80
  'ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ', // 0x90
  '\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ', // 0xA0
  '\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ', // 0xB0
  'ẮẦẨẪẤỀặầẩẫấậèỂẻẽ', // 0xC0
  'éẹềểễếệìỉỄẾỒĩíịò', // 0xD0
  'Ổỏõóọồổỗốộờởỡớợù', // 0xE0
  'ỖủũúụừửữứựỳỷỹýỵỐ', // 0xF0
].flatMap((row) => [...row]);

/** VN1 capitals placed in C0 control positions. */
export const TCVN3_C0: ReadonlyMap<number, string> = new Map([
  [0x01, 'Ú'], [0x02, 'Ụ'], [0x04, 'Ừ'], [0x05, 'Ử'], [0x06, 'Ữ'], [0x11, 'Ứ'],
  [0x12, 'Ự'], [0x13, 'Ỳ'], [0x14, 'Ỷ'], [0x15, 'Ỹ'], [0x16, 'Ý'], [0x17, 'Ỵ'],
]);

/**
 * VNI-Windows mark bytes: written after a base vowel, each stands for the
 * combining marks given here (NFC composes them). `group` says which bases take
 * the mark: `tone` any vowel (a e i o u y ơ ư), `circumflex` a e o, `breve` a.
 * Upper-case bytes are the same marks drawn for capitals.
 */
export interface VniMark {
  byte: number;
  marks: string;
  group: 'tone' | 'circumflex' | 'breve';
}

const VNI_MARK_ROWS: ReadonlyArray<readonly [number, number, string, VniMark['group']]> = [
  // lower, upper, combining marks, group
  [0xf9, 0xd9, '\u0301', 'tone'], // sắc
  [0xf8, 0xd8, '\u0300', 'tone'], // huyền
  [0xfb, 0xdb, '\u0309', 'tone'], // hỏi
  [0xf5, 0xd5, '\u0303', 'tone'], // ngã
  [0xef, 0xcf, '\u0323', 'tone'], // nặng
  [0xe2, 0xc2, '\u0302', 'circumflex'],
  [0xe1, 0xc1, '\u0302\u0301', 'circumflex'],
  [0xe0, 0xc0, '\u0302\u0300', 'circumflex'],
  [0xe5, 0xc5, '\u0302\u0309', 'circumflex'],
  [0xe3, 0xc3, '\u0302\u0303', 'circumflex'],
  [0xe4, 0xc4, '\u0302\u0323', 'circumflex'],
  [0xea, 0xca, '\u0306', 'breve'],
  [0xe9, 0xc9, '\u0306\u0301', 'breve'],
  [0xe8, 0xc8, '\u0306\u0300', 'breve'],
  [0xfa, 0xda, '\u0306\u0309', 'breve'],
  [0xfc, 0xdc, '\u0306\u0303', 'breve'],
  [0xeb, 0xcb, '\u0306\u0323', 'breve'],
];

export const VNI_MARKS: ReadonlyMap<number, VniMark> = new Map(
  VNI_MARK_ROWS.flatMap(([lower, upper, marks, group]) => [
    [lower, { byte: lower, marks, group }] as const,
    [upper, { byte: upper, marks, group }] as const,
  ]),
);

/** VNI bytes that are whole letters on their own (ơ ư đ, the toned i, ỵ). */
export const VNI_LETTERS: ReadonlyMap<number, string> = new Map([
  [0xf4, 'ơ'], [0xd4, 'Ơ'], [0xf6, 'ư'], [0xd6, 'Ư'], [0xf1, 'đ'], [0xd1, 'Đ'],
  [0xee, 'ỵ'], [0xce, 'Ỵ'], [0xed, 'í'], [0xcd, 'Í'], [0xec, 'ì'], [0xcc, 'Ì'],
  [0xe6, 'ỉ'], [0xc6, 'Ỉ'], [0xf3, 'ĩ'], [0xd3, 'Ĩ'], [0xf2, 'ị'], [0xd2, 'Ị'],
]);

/** Base letters that accept each VNI mark group (ơ ư come from VNI_LETTERS). */
export const VNI_BASES: Readonly<Record<VniMark['group'], string>> = {
  tone: 'aeiouyơưAEIOUYƠƯ',
  circumflex: 'aeoAEO',
  breve: 'aA',
};

/** The 12 vowel letters and the 5 tone marks: every Vietnamese letter is one of 67 × 2 cases plus đ/Đ. */
export const VIETNAMESE_BASE_VOWELS = 'aăâeêioôơuưy';
export const TONE_MARKS = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

/** All Vietnamese letters with a diacritic, lower then upper case, NFC (134 + đ Đ). */
export const VIETNAMESE_LETTERS: readonly string[] = (() => {
  const lower: string[] = ['đ'];
  for (const v of VIETNAMESE_BASE_VOWELS) {
    for (const t of TONE_MARKS) {
      const ch = (v + t).normalize('NFC');
      if (ch !== v || !/[a-z]/.test(v)) lower.push(ch);
    }
  }
  const unique = [...new Set(lower)];
  return [...unique, ...unique.map((c) => c.toUpperCase())];
})();
