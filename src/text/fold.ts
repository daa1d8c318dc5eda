import { px } from './charclass.js';
/**
 * Keys for comparing Vietnamese text: case, diacritics, tone placement ("hòa"/"hoà"),
 * đ/d, look-alike dashes and whitespace do not matter. Output text never goes through
 * these functions; they only build comparison keys.
 */

const COMBINING = /[\u0300-\u036f]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /\s+/g;

/** "Ủy ban nhân dân TỈNH Lào Cai" → "uy ban nhan dan tinh lao cai". */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[đĐ]/g, 'd')
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(SPACES, ' ')
    .trim();
}

/**
 * Old-style tone placement (the one NĐ 30 uses): "hoà" → "hòa", "Uỷ" → "Ủy", "thuỷ" → "thủy".
 * Length-preserving (same UTF-16 length, NFC in and out), so offsets found in the
 * canonical text are offsets in the original.
 */
const NEW_TO_OLD: ReadonlyArray<[string, string]> = (() => {
  const pairs: Array<[string, string]> = [];
  // tone marks in NFD: grave, acute, hook, tilde, dot below
  const tones = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const groups: Array<[string, string]> = [
    ['o', 'a'],
    ['o', 'e'],
    ['u', 'y'],
  ];
  for (const [first, second] of groups) {
    for (const tone of tones) {
      for (const upperFirst of [false, true]) {
        for (const upperSecond of [false, true]) {
          const f = upperFirst ? first.toUpperCase() : first;
          const s = upperSecond ? second.toUpperCase() : second;
          const newStyle = (f + s + tone).normalize('NFC');
          const oldStyle = (f + tone + s).normalize('NFC');
          pairs.push([newStyle, oldStyle]);
        }
      }
    }
  }
  return pairs;
})();

const NEW_TO_OLD_MAP = new Map(NEW_TO_OLD);
// A new-style pair followed by a letter has a final consonant ("hoàn"): both styles agree there.
// Preceded by "q" ("quý") the u belongs to the onset and the tone is already right.
const NEW_STYLE = px(new RegExp(
  `(?<![qQ])(${NEW_TO_OLD.map(([n]) => n).join('|')})(?![\\p{L}\\p{M}])`,
  'gu',
));

export function canonicalTones(text: string): string {
  return text.replace(NEW_STYLE, (m) => NEW_TO_OLD_MAP.get(m) ?? m);
}

/**
 * A key that keeps tone marks: lower case, canonical tone placement, single spaces. Titles
 * written with their marks compare under it ("PHƯỜNG AN" is not "PHƯƠNG ÁN"); text stripped
 * to ASCII has no marks to compare and falls back to foldKey (see `hasMarks`).
 */
export function markedKey(text: string): string {
  return canonicalTones(text.trim().toLocaleLowerCase('vi')).replace(SPACES, ' ');
}

/** True when the text has any non-ASCII character, so markedKey can tell its words apart. */
export function hasMarks(text: string): boolean {
  return /[^\x00-\x7f]/u.test(text);
}

/** True when two strings are equal under foldKey. */
export function sameKey(a: string, b: string): boolean {
  return foldKey(a) === foldKey(b);
}
