import { px } from '../text/charclass.js';
/**
 * Character-level clean-up of decoded text, before any pattern runs
 * (REFERENCE §5.1). It never changes the number of lines: positions that the
 * parser reports point at the lines of the input as the user sees them
 * (one line per LF, CRLF or lone CR).
 *
 * Kept as written, because they are folded only for matching: smart quotes,
 * en/em dashes, the ellipsis, tone placement ("hòa"/"hoà"), i/y spelling.
 */

/**
 * Characters replaced by one space: NBSP, Ogham space, the U+2000–U+200A
 * spaces, narrow NBSP, medium mathematical space, ideographic space; VT and FF
 * (Word's manual line break and pdftotext's page break, which must not join
 * the words around them, nor add a line); NEL and the Unicode line and
 * paragraph separators (a line break for Unicode, not for our line count).
 */
const SPACES = /[\u000b\u000c\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;

/**
 * Characters removed: C0 controls other than TAB, LF and CR (VT and FF are
 * spaces above), DEL, C1 controls, zero-width and invisible formatting
 * characters (ZWSP, ZWNJ, ZWJ, word joiner, invisible operators, BOM/ZWNBSP,
 * Mongolian vowel separator, bidi marks and embeddings).
 */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * A soft hyphen is invisible and goes, except where it is the TCVN3 letter ư
 * of undecoded mojibake, right before the ơ of "ươ" (`­¬ng` = "ương", `­ê` =
 * "ườ"): removing it there would make the later repair impossible.
 */
const SOFT_HYPHEN = /\u00ad(?![¬êëìíî])/g;

/** Icelandic eth, left by Windows-1252 mojibake and by look-alike typing, is Đ/đ in Vietnamese. */
const ETH = /[\u00d0\u00f0]/g;

/**
 * A scanner's "l" (or "I") for the digit 1 inside a full date: "trước ngày l5-3-2027",
 * "3l-3-2027". Only where digits, separators and a year follow, so words are never touched;
 * one letter for one digit keeps every column.
 */
const OCR_ONE = px(/(?<![\p{L}\d])(?:\d(?=[lI][-/.])|(?=[lI]\d?[-/.]))([lI])(?=\d?[-/.]\d{1,2}[-/.](?:19|20)\d{2}(?!\d))/gu);

/** The shape OCR_ONE looks for, with ASCII classes only (cheap over a whole text). */
const OCR_HINT = /[lI]\d?[-/.]\d{1,2}[-/.](?:19|20)\d\d|\d[lI][-/.]\d{1,2}[-/.](?:19|20)\d\d/u;

/**
 * A scanner's "l" for the label "1" of a numbered list: "l- Các cấp ủy …" ⏎ … ⏎ "2- Đảng ủy …".
 * Only at a line start, before the separator and a capital, when the list goes on with "2"
 * and the same separator, and no "k" item comes before it ("k)" "l)" is a lettered list).
 */
const OCR_ONE_LABEL = px(/^l(?=([-.)–—])\s{1,4}\p{Lu})/gmu);
/** Line starts "2-" and "k-" (any separator), for OCR_ONE_LABEL's condition. */
const TWO_OR_K_LABEL = /^([2k])([-.)–—])\s/gmu;

/**
 * A scanner's zero for the letter O inside a word in capitals ("CỘNG H0À", "H0A TỐC"), and its
 * letters O for the zeros of a clock time ("16 giờ OO"). One character for one keeps every column.
 */
const OCR_ZERO_IN_CAPS = px(/(?<=\p{Lu})0(?=\p{Lu})/gu);
const OCR_O_MINUTES = px(/(?<=\d\s{0,2}(?:giờ|h)\s{0,2})OO(?![\p{L}\d])/gu);

/** "chậm nhất ngáy 30/9/2027": a scan's wrong tone on "ngày" before a date. */
const OCR_NGAY = /(?<=^|[\s(])ngáy(?=\s{1,3}\d{1,2}\s{0,2}[/.-]\s{0,2}\d)/gu;

function ocrZeros(text: string): string {
  const caps = /0/u.test(text) ? text.replace(OCR_ZERO_IN_CAPS, 'O') : text;
  const minutes = caps.includes('OO') ? caps.replace(OCR_O_MINUTES, '00') : caps;
  return minutes.includes('ngáy') ? minutes.replace(OCR_NGAY, 'ngày') : minutes;
}

function ocrOneLabels(text: string): string {
  if (!/^l[-.)–—]\s/mu.test(text)) return text;
  // By separator: the last "2" label and the first "k" label.
  const lastTwo = new Map<string, number>();
  const firstK = new Map<string, number>();
  for (const m of text.matchAll(TWO_OR_K_LABEL)) {
    const sep = m[2] ?? '';
    if (m[1] === '2') lastTwo.set(sep, m.index);
    else if (!firstK.has(sep)) firstK.set(sep, m.index);
  }
  return text.replace(OCR_ONE_LABEL, (l, sep: string, offset: number) =>
    (lastTwo.get(sep) ?? -1) > offset && (firstK.get(sep) ?? Infinity) > offset ? '1' : l,
  );
}

/** CRLF and lone CR, each one line break. */
const CR = /\r\n?/g;

/**
 * Normalizes characters: NFC, no leading BOM, LF line breaks, plain spaces,
 * no invisible or control characters (TAB kept: task tables are
 * tab-separated), Đ/đ for the eth look-alikes. Linear; never throws.
 */
export function normalizeText(text: string): string {
  const out = text
    .replace(CR, '\n')
    .replace(SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(SOFT_HYPHEN, '')
    .replace(ETH, (ch) => (ch === '\u00d0' ? 'Đ' : 'đ'))
    .normalize('NFC');
  return ocrZeros(ocrOneLabels(OCR_HINT.test(out) ? out.replace(OCR_ONE, (m) => `${m.slice(0, -1)}1`) : out));
}
