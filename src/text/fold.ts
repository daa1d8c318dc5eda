import { px } from './charclass.js';
import { FOLD_LATIN, FOLD_LATIN_ADDITIONAL, FOLD_LATIN_ADDITIONAL_START, FOLD_LATIN_START, FOLD_PUNCTUATION, FOLD_PUNCTUATION_START } from './fold-data.js';
/**
 * Keys for comparing Vietnamese text: case, diacritics, tone placement ("hòa"/"hoà"),
 * đ/d, look-alike dashes and whitespace do not matter. Output text never goes through
 * these functions; they only build comparison keys.
 */

const COMBINING = /[\u0300-\u036f]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /\s+/g;

/** foldKey by its definition, for any text. */
function foldKeySlow(text: string): string {
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
 * foldKey's fold of a code unit (see src/text/fold-data.ts): a character code, 0x20 for a
 * space, 0 for nothing (a combining mark), 0xffff outside the table.
 */
function foldCode(c: number): number {
  if (c < 0x0250) return FOLD_LATIN.charCodeAt(c - FOLD_LATIN_START);
  if (c >= 0x0300 && c <= 0x036f) return 0;
  if (c >= 0x1e00 && c <= 0x1eff) return FOLD_LATIN_ADDITIONAL.charCodeAt(c - FOLD_LATIN_ADDITIONAL_START);
  if (c >= 0x2000 && c <= 0x206f) return FOLD_PUNCTUATION.charCodeAt(c - FOLD_PUNCTUATION_START);
  return 0xffff;
}

/**
 * "Ủy ban nhân dân TỈNH Lào Cai" → "uy ban nhan dan tinh lao cai". One loop over a table
 * for the text of a Vietnamese document (4× faster than the definition, which ran ~9% of a
 * parse); any other text takes the definition.
 */
export function foldKey(text: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f === 0xffff) return foldKeySlow(text);
    if (f === 0x20) space = out !== '';
    else if (f !== 0) {
      if (space) out += ' ';
      space = false;
      out += String.fromCharCode(f);
    }
  }
  return out;
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
