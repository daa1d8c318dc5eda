/**
 * Input layer: raw bytes → NFC Unicode text (REFERENCE §5.3).
 *
 * 1. BOM (UTF-8, UTF-16 LE/BE) → Unicode; valid UTF-8 → Unicode.
 * 2. Otherwise the bytes are legacy: decode a sample as TCVN3, VNI,
 *    Windows-1258, VISCII and Windows-1252, score each by the share of words
 *    that are Vietnamese syllables, keep the best. Lines that are valid UTF-8
 *    inside a legacy file (a Unicode header over a legacy body) stay UTF-8.
 * 3. Unicode text is then scanned for mojibake — legacy bytes that were read
 *    as Windows-1252 and saved again as UTF-8 ("Céng hßa", "Coäng hoøa",
 *    "Cá»™ng") — and repaired line by line where the syllable score rises.
 *
 * Every function here is pure, linear in the input, and never throws.
 */
import { createRequire } from 'node:module';
import {
  CP1252_HIGH,
  TCVN3_C0,
  TCVN3_HIGH,
  VNI_BASES,
  VNI_LETTERS,
  VNI_MARKS,
  VN1_CAPITAL_CONTEXT,
} from './legacy-tables.js';
import {
  isVietnameseSyllable,
  ONSETS,
  scoreValue,
  scoreVietnamese,
  validShare,
  type VietnameseScore,
} from './syllable.js';

export type EncodingName =
  | 'utf-8'
  | 'utf-8-bom'
  | 'utf-16le'
  | 'utf-16be'
  | 'windows-1258'
  | 'tcvn3'
  | 'vni'
  | 'viscii'
  | 'windows-1252'
  | 'utf-8+tcvn3-repaired'
  | 'utf-8+vni-repaired'
  | 'utf-8+windows-1252-repaired'
  | string;

export interface Decoded {
  /** NFC text; line breaks exactly as in the input. */
  text: string;
  /**
   * What was found. Besides the listed names: `<unicode>+<legacy>-repaired`
   * when mojibake lines were repaired (e.g. "utf-16le+vni-repaired",
   * "utf-8+windows-1258-repaired"), and `utf-8+<legacy>-mixed` for a file
   * whose lines are partly UTF-8 and partly legacy bytes.
   */
  encoding: EncodingName;
  confidence: 'high' | 'low';
}

/** Legacy byte encodings, in the order that breaks score ties (most common in Vietnam first). */
export type LegacyEncoding = 'tcvn3' | 'vni' | 'windows-1258' | 'viscii' | 'windows-1252';
const LEGACY_ORDER: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'windows-1258', 'viscii', 'windows-1252'];

/** What a mojibake line turned out to be: legacy bytes, or UTF-8 bytes ("windows-1252"). */
export type RepairKind = 'tcvn3' | 'vni' | 'windows-1252' | 'windows-1258';

const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF8_LOSSY = new TextDecoder('utf-8', { ignoreBOM: true });
const UTF16LE = new TextDecoder('utf-16le', { ignoreBOM: true });

/** Decodes a document's bytes. Never throws; on an internal error falls back to lossy UTF-8. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  try {
    return decode(bytes);
  } catch {
    return { text: UTF8_LOSSY.decode(bytes), encoding: 'utf-8', confidence: 'low' };
  }
}

function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { text: '', encoding: 'utf-8', confidence: 'high' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return fromUnicode(UTF8_LOSSY.decode(bytes.subarray(3)), 'utf-8-bom');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return fromUnicode(decodeUtf16(bytes.subarray(2), 'le'), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return fromUnicode(decodeUtf16(bytes.subarray(2), 'be'), 'utf-16be');
  // Before UTF-8: ASCII in UTF-16 is valid UTF-8 too, with a NUL in every other byte.
  if (bytes.indexOf(0) !== -1) {
    const endian = sniffUtf16(bytes);
    if (endian !== null) {
      return { ...fromUnicode(decodeUtf16(bytes, endian), `utf-16${endian}`), confidence: 'low' };
    }
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) {
    const unicode = fromUnicode(utf8, 'utf-8');
    // Short legacy text can be valid UTF-8 by accident: VISCII "ươ" (DF BD) reads as U+07FD.
    if (UNLIKELY_UTF8.test(utf8)) {
      const legacy = decodeLegacy(bytes, true);
      if (scoreValue(scoreVietnamese(legacy.text)) >= scoreValue(scoreVietnamese(unicode.text)) + 2) {
        return { ...legacy, confidence: 'low' };
      }
    }
    return unicode;
  }
  return decodeLegacy(bytes);
}

/** Characters that two-byte UTF-8 reaches but Vietnamese documents hardly hold: C1 controls, IPA, Greek to NKo. */
const UNLIKELY_UTF8 = /[\u0080-\u009f\u0250-\u02ff\u0370-\u07ff]/;

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return UTF8_FATAL.decode(bytes);
  } catch {
    return null;
  }
}

function fromUnicode(raw: string, base: string): Decoded {
  const text = raw.normalize('NFC');
  const lossy = text.includes('\ufffd');
  const repaired = repairMojibake(text);
  if (repaired.kind === null) return { text, encoding: base, confidence: lossy ? 'low' : 'high' };
  return {
    text: repaired.text,
    encoding: `${base}+${repaired.kind}-repaired`,
    confidence: lossy ? 'low' : repaired.confidence,
  };
}

// ---------------------------------------------------------------------------
// Binary and UTF-16 sniffing

const BINARY_MAGIC: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // ZIP (.docx, .xlsx…)
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE2 (.doc, .xls)
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x1f, 0x8b], // gzip
];

/**
 * True for bytes that are not a text document: NUL bytes (unless the file is
 * UTF-16, with or without BOM), a known binary signature (PDF, ZIP/.docx,
 * .doc, images), or many control bytes. Check .docx with isDocx first.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  if (BINARY_MAGIC.some((magic) => magic.every((b, i) => bytes[i] === b))) return true;
  if (bytes.indexOf(0) !== -1) return sniffUtf16(bytes) === null;
  const n = Math.min(bytes.length, 65_536);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return controls > n * 0.1;
}

/** UTF-16 without BOM: one byte of most pairs is 0 (ASCII and Latin-1), and always the same one. */
function sniffUtf16(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  // Too short to tell UTF-16 from binary: a NUL in a few bytes is binary.
  if (n < 16) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  const endian = oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05 ? 'le'
    : evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05 ? 'be' : null;
  if (endian === null) return null;
  const text = decodeUtf16(bytes.subarray(0, n), endian);
  const junk = text.match(/[\u0000-\u0008\u000e-\u001f\ufffd\ud800-\udfff]/g)?.length ?? 0;
  return junk <= text.length * 0.02 ? endian : null;
}

function decodeUtf16(bytes: Uint8Array, endian: 'le' | 'be'): string {
  if (endian === 'le') return UTF16LE.decode(bytes);
  const even = bytes.length & ~1;
  const swapped = new Uint8Array(even);
  for (let i = 0; i < even; i += 2) {
    swapped[i] = bytes[i + 1]!;
    swapped[i + 1] = bytes[i]!;
  }
  return UTF16LE.decode(swapped) + (even < bytes.length ? '\ufffd' : '');
}

// ---------------------------------------------------------------------------
// Single-byte decoders

/** Code units of a one-unit-per-byte table, for the typed-array decoders below. */
function unitTable(map: (byte: number) => string): Uint16Array {
  const table = new Uint16Array(256);
  for (let b = 0; b < 256; b++) table[b] = map(b).charCodeAt(0);
  return table;
}

const CP1252_UNITS = unitTable((b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b)));
const TCVN3_UNITS = unitTable((b) => (b >= 0x80 ? TCVN3_HIGH[b - 0x80]! : TCVN3_C0.get(b) ?? String.fromCharCode(b)));

function unitsToString(units: Uint16Array): string {
  return UTF16LE.decode(new Uint8Array(units.buffer, units.byteOffset, units.byteLength));
}

function isTcvn3LetterByte(b: number | undefined): boolean {
  if (b === undefined) return false;
  return (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b >= 0xa1
    || (b >= 0x80 && b < 0xa0 && !VN1_CAPITAL_CONTEXT.has(b)) || TCVN3_C0.has(b);
}

/**
 * TCVN3 (ABC read through the VN1 table). Bytes 0x80–0x9F that Windows-1252
 * uses for punctuation stay punctuation (`“ ” – …` typed in Word) unless, in
 * `context` mode, their neighbours make the VN1 capital likelier
 * (VN1_CAPITAL_CONTEXT). Mojibake repair passes `punctuation: 'always'`
 * (REFERENCE: never feed cp1252 punctuation through the VN1 table).
 */
function decodeTcvn3(bytes: Uint8Array, punctuation: 'context' | 'always'): string {
  const out = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const context = VN1_CAPITAL_CONTEXT.get(b);
    let capital = true;
    if (context !== undefined) {
      if (punctuation === 'always') {
        capital = false;
      } else {
        const prev = isTcvn3LetterByte(bytes[i - 1]);
        const next = isTcvn3LetterByte(bytes[i + 1]);
        capital = context === 'always' || (context === 'prev' && prev) || (context === 'next' && next)
          || (context === 'both' && prev && next) || (context === 'either' && (prev || next));
        // "KH–TC" (an en dash between capitals): the capital would make "KHỌTC", no syllable.
        if (capital && context !== 'always' && !capitalMakesSyllable(bytes, i)) capital = false;
      }
    }
    out[i] = capital ? TCVN3_UNITS[b]! : CP1252_UNITS[b]!;
  }
  return unitsToString(out);
}

/**
 * Does reading bytes[i] as its VN1 capital give a Vietnamese syllable with the letters
 * around it? The word is read letter bytes to either side, up to 8 (a syllable is shorter).
 * True unless it is plainly not one.
 */
function capitalMakesSyllable(bytes: Uint8Array, i: number): boolean {
  let a = i;
  while (a > 0 && i - a < 8 && isTcvn3LetterByte(bytes[a - 1]) && !VN1_CAPITAL_CONTEXT.has(bytes[a - 1]!)) a--;
  let b = i + 1;
  while (b < bytes.length && b - i < 8 && isTcvn3LetterByte(bytes[b]) && !VN1_CAPITAL_CONTEXT.has(bytes[b]!)) b++;
  // Only a mark between two runs of two letters or more ("KH–TC", "XD–GT") is in doubt: a
  // capital inside a short word ("HỌC", "NỘI") is the usual case and stays.
  if (i - a < 2 || b - i - 1 < 2) return true;
  let word = '';
  for (let k = a; k < b; k++) word += String.fromCharCode(TCVN3_UNITS[bytes[k]!]!);
  return isVietnameseSyllable(word.toLowerCase());
}

/**
 * Windows-1258 and VISCII are one code unit per byte: take iconv-lite's tables once, the
 * first time a legacy file needs them. iconv-lite is loaded then, with require: it is
 * 600 kB of code (CJK tables included) that a UTF-8 document — nearly every input — never
 * uses, and importing it up front cost every run of the CLI ~13 ms before the first byte.
 */
let iconvUnits: Record<'windows-1258' | 'viscii', Uint16Array> | null = null;

function iconvUnitsFor(name: 'windows-1258' | 'viscii'): Uint16Array {
  if (iconvUnits === null) {
    const iconv = createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');
    const table = (encoding: string): Uint16Array => {
      const all = new Uint8Array(256);
      for (let b = 0; b < 256; b++) all[b] = b;
      const text = iconv.decode(Buffer.from(all), encoding);
      return unitTable((b) => text[b]!);
    };
    iconvUnits = { 'windows-1258': table('windows1258'), viscii: table('viscii') };
  }
  return iconvUnits[name];
}

function decodeTable(bytes: Uint8Array, table: Uint16Array): string {
  const out = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = table[bytes[i]!]!;
  return unitsToString(out);
}

const VNI_SINGLE = unitTable((b) => VNI_LETTERS.get(b) ?? String.fromCharCode(CP1252_UNITS[b]!));
const codeUnits = (letters: string): ReadonlySet<number> => new Set([...letters].map((c) => c.charCodeAt(0)));
const VNI_BASE_UNITS = {
  tone: codeUnits(VNI_BASES.tone),
  circumflex: codeUnits(VNI_BASES.circumflex),
  breve: codeUnits(VNI_BASES.breve),
};

/**
 * VNI-Windows: Windows-1252 bytes where a mark byte after a vowel adds its
 * diacritics (longest match: a vowel takes at most one mark byte). `stray`
 * counts mark bytes that follow no vowel: ordinary in French, rare in VNI.
 */
function decodeVni(bytes: Uint8Array): { text: string; stray: number } {
  const out = new Uint16Array(Math.ceil(bytes.length * 1.5) + 2);
  let o = 0;
  let stray = 0;
  for (let i = 0; i < bytes.length; i++) {
    const unit = VNI_SINGLE[bytes[i]!]!;
    out[o++] = unit;
    const next = bytes[i + 1];
    const mark = next === undefined ? undefined : VNI_MARKS.get(next);
    if (mark !== undefined && VNI_BASE_UNITS[mark.group].has(unit)) {
      for (let k = 0; k < mark.marks.length; k++) out[o++] = mark.marks.charCodeAt(k);
      i++;
    } else if (VNI_MARKS.has(bytes[i]!)) {
      stray++;
    }
  }
  return { text: unitsToString(out.subarray(0, o)).normalize('NFC'), stray };
}

interface LegacyText {
  text: string;
  /** Extra penalty for the score (VNI stray marks). */
  penalty: number;
}

/** Decodes legacy bytes to NFC text; TCVN3 also gets its ư and capitals repaired. */
function decodeLegacyBytes(name: LegacyEncoding, bytes: Uint8Array): LegacyText {
  switch (name) {
    case 'tcvn3': {
      const raw = decodeTcvn3(bytes, 'context').normalize('NFC');
      return { text: fixTcvn3(raw, tcvn3Stripped(raw), !writtenInVn1(raw)), penalty: 0 };
    }
    case 'vni': {
      const { text, stray } = decodeVni(bytes);
      return { text, penalty: stray / 2 };
    }
    case 'windows-1258':
    case 'viscii':
      return { text: decodeTable(bytes, iconvUnitsFor(name)).normalize('NFC'), penalty: 0 };
    case 'windows-1252':
      return { text: decodeTable(bytes, CP1252_UNITS).normalize('NFC'), penalty: 0 };
  }
}

// ---------------------------------------------------------------------------
// TCVN3 after-care: the lost ư (soft hyphen) and the capitals ABC cannot encode

/**
 * ư is byte 0xAD, the soft hyphen of Latin-1, and tools delete it: "Trung
 * ­¬ng" → "Trung ¬ng". A text has lost its ư when it has none left while
 * an ơ-family letter stands, right after the onset of a word, where only
 * `ươ` can: before ng ("ơng", "ờng", "ởng"), before u ("ợu"), before c
 * ("ợc", "ớc"), and untoned before p or t. ("lớp", "hợp", "bớt" are words.)
 */
function tcvn3Stripped(text: string): boolean {
  return !text.includes('ư') && STRIPPED_DECODED.test(text);
}

/** A word start and its onset, spelled in either case without the `i` flag (which would fold `ê` into `Ê`). */
const STRIPPED_ONSET = '(?<![\\p{L}\\p{M}])(?:[Nn][Gg][Hh]?|[NnCcGgKkPpTt][Hh]|[Gg][Ii]|[Tt][Rr]|[BbCcDdGgHhKkLlMmNnPpRrSsTtVvXxĐđ])?';
const STRIPPED_END = '(?![\\p{L}\\p{M}])';
const STRIPPED_DECODED = new RegExp(
  `${STRIPPED_ONSET}(?:ơ(?:ng|[cptu])|[ờởỡ](?:ng|u)|[ớợ](?:ng|[cu]))${STRIPPED_END}`,
  'u',
);
/**
 * The same evidence in mojibake, before decoding: TCVN3 ơ `¬`, ờ `ê`, ở `ë`,
 * ợ `î` (not ớ `í` nor ỡ `ì`, letters of Unicode Vietnamese: "ích", "ít").
 * `ê` only before ng: "êng" is no Unicode Vietnamese rhyme, "nêu" is. The
 * onset keeps out French ("prêt", "forêt").
 */
const STRIPPED_MOJIBAKE = new RegExp(
  `${STRIPPED_ONSET.replace('Đđ', 'Đđ®')}(?:¬(?:ng|[cptu])|êng|ë(?:ng|u)|î(?:ng|[cu]))${STRIPPED_END}`,
  'u',
);

function mojibakeStripped(text: string): boolean {
  return !text.includes('\u00ad') && STRIPPED_MOJIBAKE.test(text);
}

const WORD = /[\p{L}\p{M}]+/gu;
/** ASCII words in lower or title case (not abbreviations such as "KH", "UBND"). */
const ASCII_WORD = /^[A-Za-z][a-z]*$/;
/** ơ-family letters: in TCVN3 an ơ that should be ươ lost the ư right before it. */
const O_HORN = /[ơờởỡớợƠỜỞỠỚỢ]/;
/**
 * Stripped text only: words that are valid without ư but far likelier with
 * it in an administrative document ("Lu: VT" is "Lưu: VT", "ngời" is "người").
 */
const STRIPPED_PREFERRED: ReadonlyMap<string, string> = new Map([
  ['ngời', 'người'], ['dới', 'dưới'], ['lới', 'lưới'], ['vợt', 'vượt'], ['vờn', 'vườn'],
  ['lu', 'lưu'], ['mu', 'mưu'], ['hu', 'hưu'], ['bu', 'bưu'], ['cha', 'chưa'],
]);
/**
 * Stripped text only: words whose ư is told by the next word ("ma lũ" is "mưa lũ", "đa vào" is
 * "đưa vào", "u tiên" is "ưu tiên").
 */
const STRIPPED_BY_NEXT: ReadonlyArray<readonly [string, RegExp, string]> = [
  ['ma', /^\s(?:lũ|bão|lớn|to|rét|đá|phùn|kéo|nhiều|giông)(?![\p{L}])/u, 'mưa'],
  ['đa', /^\s(?:vào|ra|đón|về|tin|lên|xuống|đi|ra)(?![\p{L}])/u, 'đưa'],
  ['u', /^\s(?:tiên|đãi|điểm|thế)(?![\p{L}])/u, 'ưu'],
  ['ta', /^\s(?:nhân)(?![\p{L}])/u, 'tư'],
];
function preferredByNext(word: string, next: string): string | undefined {
  const lower = word.toLowerCase();
  for (const [w, after, fix] of STRIPPED_BY_NEXT) if (lower === w && after.test(next)) return fix;
  return undefined;
}

/** Stripped text only: a bare onset is a word whose final ư was deleted ("Bí th", "đầu t", "nh sau"). */
const BARE_ONSET = /^(?:th|tr|ch|nh|kh|ng|ph|gi|b|c|d|h|l|m|n|r|s|t|v|x)$/i;
const ONSET = new RegExp(`^(?:${ONSETS.filter((o) => o !== '').join('|')})?`, 'i');

/** `capitals`: restore the capitals ABC cannot encode; off for text that shows it was written in VN1. */
function fixTcvn3(text: string, stripped: boolean, capitals = true): string {
  const withU = stripped
    ? text.replace(WORD, (word: string, offset: number) => restoreU(word, offset, text, true))
    : replaceHornWords(text);
  return capitals ? restoreCapitals(withU) : withU;
}

/** A capital ABC has no code for (toned, or Ĩ Ũ): "Ộ", "Ủ", "À". */
function isAbcMissingCapital(ch: string): boolean {
  return ch > '\u007f' && ch !== ch.toLowerCase() && !'ĂÂÊÔƠƯĐ'.includes(ch);
}

/**
 * True when the text was written with VN1, the TCVN 5712 table that has every
 * capital: two words hold a capital ABC cannot encode next to another
 * capital ("CỘNG", "HÒA"). Then the writer typed capitals as capitals, and
 * ABC's capital restoration could only do harm (the "ủy" that starts a
 * wrapped line stays lower case). One such word may be punctuation read as a
 * VN1 capital ("B—" as "BỘ"), two are evidence.
 */
function writtenInVn1(text: string): boolean {
  let words = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!isAbcMissingCapital(ch)) continue;
    const prev = text[i - 1] ?? '';
    const next = text[i + 1] ?? '';
    if ((prev !== prev.toLowerCase() || next !== next.toLowerCase()) && ++words >= 2) return true;
    while (i + 1 < text.length && LETTER.test(text[i + 1]!)) i++;
  }
  return false;
}

const O_HORN_ALL = new RegExp(O_HORN.source, 'g');
const LETTER = /[\p{L}\p{M}]/u;

/** restoreU on the words that hold an ơ-family letter only (all that can change in intact text). */
function replaceHornWords(text: string): string {
  let out = '';
  let last = 0;
  O_HORN_ALL.lastIndex = 0;
  for (let m = O_HORN_ALL.exec(text); m !== null; m = O_HORN_ALL.exec(text)) {
    let start = m.index;
    while (start > last && LETTER.test(text[start - 1]!)) start--;
    let end = m.index + 1;
    while (end < text.length && LETTER.test(text[end]!)) end++;
    O_HORN_ALL.lastIndex = end;
    if (start < last) continue;
    const word = text.slice(start, end);
    const fixed = restoreU(word, start, text, false);
    if (fixed === word) continue;
    out += text.slice(last, start) + fixed;
    last = end;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * Puts back a deleted ư (REFERENCE §5.3): before an ơ that only ươ explains
 * ("¬ng" → "ương", "®îc" → "được"); in text that lost every ư, also after the
 * onset of a word without vowel ("hng" → "hưng"), after a bare onset, and in
 * the few STRIPPED_PREFERRED words.
 */
function restoreU(word: string, offset: number, text: string, stripped: boolean): string {
  if (!stripped && !O_HORN.test(word)) return word;
  if (isVietnameseSyllable(word)) {
    if (!stripped || !plainWordContext(word, offset, text)) return word;
    const preferred = STRIPPED_PREFERRED.get(word.toLowerCase()) ?? preferredByNext(word, text.slice(offset + word.length, offset + word.length + 12));
    return preferred === undefined ? word : matchInitialCase(preferred, word);
  }
  const horn = O_HORN.exec(word);
  if (horn !== null && !/[ưƯ]/.test(word[horn.index - 1] ?? '')) {
    const lower = word[horn.index] === word[horn.index]!.toLowerCase();
    const candidate = word.slice(0, horn.index) + (lower ? 'ư' : 'Ư') + word.slice(horn.index);
    if (isVietnameseSyllable(candidate)) return candidate;
  }
  if (!stripped || !ASCII_WORD.test(word) || !plainWordContext(word, offset, text)) return word;
  if (BARE_ONSET.test(word)) return bareOnsetContext(word, offset, text) ? word + 'ư' : word;
  const onset = ONSET.exec(word)?.[0] ?? '';
  const candidate = word.slice(0, onset.length) + 'ư' + word.slice(onset.length);
  return isVietnameseSyllable(candidate) ? candidate : word;
}

/**
 * Guesses in stripped text are for words of running text only: not for
 * abbreviations ("96-KH/HU" is Huyện ủy, not "Hưu"), nor for parts of an
 * address, a file name or a symbol ("gov.vn", "ubnd@", "QĐ/ub").
 */
function plainWordContext(word: string, offset: number, text: string): boolean {
  if (word.length > 1 && word === word.toUpperCase()) return false;
  const before = text[offset - 1] ?? ' ';
  const after = text[offset + word.length] ?? ' ';
  const afterNext = text[offset + word.length + 1] ?? ' ';
  if (/[./@_\\=&#]/.test(before) || /[/@_\\=&#]/.test(after)) return false;
  return !(after === '.' && LETTER.test(afterNext));
}

/**
 * A bare onset is a clipped word only between spaces, not as a label ("c)"),
 * and a one-letter one not after a number either, where it is a unit ("100 m",
 * "5 t"), nor alone in a table cell; two letters are no unit ("năm 2026 nh sau"
 * is "như sau").
 */
function bareOnsetContext(word: string, offset: number, text: string): boolean {
  const before = text[offset - 1];
  const after = text[offset + word.length];
  if (before !== undefined && !/[\s“"'‘]/.test(before)) return false;
  if (after !== undefined && !/[\s,;:!?”"'’]/.test(after) && !(after === '.' && word.length > 1)) return false;
  if (word.length > 1) return true;
  // A letter alone in a table cell ("⇥x⇥", "⇥\"x\"⇥"): a month grid's mark, not a clipped word.
  const b = before === '"' ? text[offset - 2] : before;
  const a = after === '"' ? text[offset + 2] : after;
  if (b === '\t' || a === '\t') return false;
  // ('đánh dấu "x" vào tháng …': a letter in quotes is that letter)
  if (/["“'‘]/.test(before ?? '') && /["”'’]/.test(after ?? '')) return false;
  let i = offset - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || !/[0-9]/.test(text[i]!);
}

function matchInitialCase(target: string, model: string): string {
  const first = model[0] ?? '';
  return first !== first.toLowerCase() ? target[0]!.toUpperCase() + target.slice(1) : target;
}

const KNOWN_CASE = /[A-Za-zĂÂÊÔƠƯĐăâêôơưđ]/;

interface CaseInfo {
  knownLower: boolean;
  lower: boolean;
  upperAfterFirst: boolean;
}

function caseInfo(word: string): CaseInfo {
  let knownLower = false;
  let lower = false;
  let upperAfterFirst = false;
  let index = 0;
  for (const ch of word) {
    const isLower = ch !== ch.toUpperCase();
    const isUpper = ch !== ch.toLowerCase();
    if (isLower) {
      lower = true;
      if (KNOWN_CASE.test(ch)) knownLower = true;
    }
    if (isUpper && index > 0) upperAfterFirst = true;
    index++;
  }
  return { knownLower, lower, upperAfterFirst };
}

/**
 * ABC has no accented capitals: "CỘNG HÒA" arrives as "CộNG HòA". A word whose
 * letters that do have capitals (ASCII, Ă Â Ê Ô Ơ Ư Đ) are all capitals, one
 * of them past the first letter, is upper-cased; in a run of capitals, short
 * words ("Xã", "Ở", "Bí") follow (restoreLineCapitals). Words with no such
 * evidence ("Bí thư", "Tự") keep the case they were decoded with. A toned
 * letter that starts a sentence is upper-cased (SENTENCE_START).
 */
function restoreCapitals(text: string): string {
  const sentences = text
    .replace(SENTENCE_START, (_m, before: string, letter: string) => before + letter.toUpperCase())
    .replace(NAMED_BODY, (_m, letter: string) => letter.toUpperCase());
  if (!CAPITALS_HINT.test(sentences)) return sentences;
  return sentences.split('\n').map(restoreLineCapitals).join('\n');
}

/**
 * "ủy ban" before the name of a body ("ủy ban nhân dân", "ủy ban bầu cử tỉnh") is a proper
 * name and written "Ủy ban" inside a sentence too; "các ủy ban của Quốc hội" stays.
 */
const NAMED_BODY = /(?<![\p{L}\p{M}])(?<!các\s)([uủ])(?=(?:ỷ|y) ban\s(?:nhân\sdân|bầu\scử|mặt\strận|Mặt\strận|kiểm\stra|Kiểm\stra|thường\svụ|MTTQ|An\stoàn|Dân\stộc))/gu;

/**
 * A toned letter that starts a line (after a list label, bullet or `*`) or a
 * sentence was a capital: "- ủy ban" is "- Ủy ban", "Ở đâu". The letters ABC
 * does encode in both cases (đ, ă, â, ê, ô, ơ, ư) are left as typed.
 */
const SENTENCE_START =
  /(^[ \t]*(?:[-+•]+[ \t]*|\(?[0-9IVX]+(?:\.[0-9]+)*[.)][ \t]*|\(?[a-zđ]\)[ \t]*)?\**|[.!?…][ \t]+\**)([àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ])/gmu;

/**
 * A necessary condition for a word with evidence: a toned lower-case letter
 * followed by a capital ("CộNG"), or ending a word after two capitals ("CHủ").
 * (A syllable has one tone, so two toned letters are never adjacent.)
 */
const TONED = 'àáãèéìíòóõùúýĩũ\u1ea0-\u1ef9';
const CAPITAL = 'A-ZĂÂÊÔƠƯĐÀÁÃÈÉÌÍÒÓÕÙÚÝĨŨ\u1ea0-\u1ef9';
const CAPITALS_EVIDENCE = new RegExp(`[${CAPITAL}]{2}[${TONED}]|[${TONED}][${CAPITAL}]`);
/**
 * Lines worth a look: those with evidence, and those with a two-letter word
 * that is a capital and a toned letter ("Bí", "Hà", "Sở"), which an all-caps
 * line shows in ABC ("BÍ THƯ" arrives as "Bí THƯ", "HÀ GIANG" as "Hà GIANG").
 */
const CAPITALS_HINT = new RegExp(`${CAPITALS_EVIDENCE.source}|(?<![\\p{L}\\p{M}])[${CAPITAL}][${TONED}](?![\\p{L}\\p{M}])`, 'u');

/**
 * Upper-cases, in one line, the words with evidence ("CộNG") and every word
 * of a run in capitals: consecutive words without a known lower-case letter
 * (ASCII, ă â ê ô ơ ư đ) of which one has evidence or is a syllable of three
 * letters or more in capitals ("Bí THƯ", "Xã NAM ĐÔNG | Độc lập…", "Dự THẢO
 * (lần 2)"). Abbreviations are no evidence ("Số 45-CV/ĐU", "Số 12/KL-UBBC"),
 * nor are words of a capital and a toned letter alone ("Hồ Bá Tú").
 */
function restoreLineCapitals(line: string): string {
  if (!CAPITALS_HINT.test(line)) return line;
  const words = [...line.matchAll(WORD)].map((m) => ({ start: m.index, word: m[0], info: caseInfo(m[0]), run: -1 }));
  const runCaps: boolean[] = [];
  let run = -1;
  for (const w of words) {
    if (w.info.knownLower) {
      run = -1;
      continue;
    }
    if (run === -1) {
      run = runCaps.length;
      runCaps.push(false);
    }
    w.run = run;
    const caps = w.info.lower
      ? w.info.upperAfterFirst
      : w.word.length >= 3 && isVietnameseSyllable(w.word);
    if (caps) runCaps[run] = true;
  }
  let out = '';
  let last = 0;
  for (const w of words) {
    if (w.run === -1 || !w.info.lower || !(w.info.upperAfterFirst || runCaps[w.run])) continue;
    out += line.slice(last, w.start) + w.word.toUpperCase();
    last = w.start + w.word.length;
  }
  return last === 0 ? line : out + line.slice(last);
}

// ---------------------------------------------------------------------------
// Legacy files

interface Ranked {
  name: LegacyEncoding;
  text: string;
  score: VietnameseScore;
  value: number;
}

const SAMPLE_BYTES = 256 * 1024;
const LineKind = { Ascii: 0, Utf8: 1, Other: 2 } as const;
type LineKind = (typeof LineKind)[keyof typeof LineKind];

interface ByteLine {
  start: number;
  end: number;
  kind: LineKind;
}

/** Splits at LF and classifies each line: ASCII, valid UTF-8 with multibyte sequences, or other. */
function scanLines(bytes: Uint8Array): ByteLine[] {
  const lines: ByteLine[] = [];
  let start = 0;
  let high = false;
  let valid = true;
  let i = 0;
  const n = bytes.length;
  while (i <= n) {
    const b = i < n ? bytes[i]! : 0x0a;
    if (b === 0x0a) {
      lines.push({ start, end: i, kind: !high ? LineKind.Ascii : valid ? LineKind.Utf8 : LineKind.Other });
      start = i + 1;
      high = false;
      valid = true;
      i++;
      continue;
    }
    if (b < 0x80) {
      i++;
      continue;
    }
    high = true;
    const len = utf8SequenceLength(bytes, i, n);
    if (len === 0) {
      valid = false;
      i++;
    } else {
      i += len;
    }
  }
  return lines;
}

/** Length of the well-formed UTF-8 sequence at i (WHATWG rules), 0 if ill-formed. */
function utf8SequenceLength(bytes: Uint8Array, i: number, n: number): number {
  const b = bytes[i]!;
  if (b >= 0xc2 && b <= 0xdf) return inRange(bytes, i + 1, n, 0x80, 0xbf) ? 2 : 0;
  if (b < 0xe0 || b > 0xf4) return 0;
  const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
  const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
  if (!inRange(bytes, i + 1, n, lo, hi) || !inRange(bytes, i + 2, n, 0x80, 0xbf)) return 0;
  if (b < 0xf0) return 3;
  return inRange(bytes, i + 3, n, 0x80, 0xbf) ? 4 : 0;
}

function inRange(bytes: Uint8Array, i: number, n: number, lo: number, hi: number): boolean {
  if (i >= n) return false;
  const c = bytes[i]!;
  return c >= lo && c <= hi;
}

/** The given lines joined with LF, cut after `limit` bytes. */
function joinLines(bytes: Uint8Array, lines: readonly ByteLine[], limit = Infinity): Uint8Array {
  let size = 0;
  for (const line of lines) size += line.end - line.start + 1;
  const out = new Uint8Array(Math.max(0, Math.min(size - 1, limit)));
  let o = 0;
  for (const [k, line] of lines.entries()) {
    if (o >= out.length) break;
    if (k > 0) out[o++] = 0x0a;
    const piece = bytes.subarray(line.start, Math.min(line.end, line.start + out.length - o));
    out.set(piece, o);
    o += piece.length;
  }
  return out;
}

/** About SAMPLE_BYTES of the given lines, taken evenly through the file (one huge line is cut). */
function sample(bytes: Uint8Array, lines: readonly ByteLine[]): Uint8Array {
  let total = 0;
  for (const line of lines) total += line.end - line.start + 1;
  const stride = Math.max(1, Math.ceil(total / SAMPLE_BYTES));
  return joinLines(bytes, lines.filter((_, k) => k % stride === 0), SAMPLE_BYTES);
}

function rankLegacy(sample: Uint8Array): Ranked[] {
  const ranked = LEGACY_ORDER.map((name) => {
    const { text, penalty } = decodeLegacyBytes(name, sample);
    const raw = scoreVietnamese(text);
    const score = { ...raw, penalty: raw.penalty + penalty };
    return { name, text, score, value: scoreValue(score) };
  });
  // Array.prototype.sort is stable: equal values keep LEGACY_ORDER.
  return ranked.sort((a, b) => b.value - a.value);
}

/** High when the winner reads as Vietnamese on enough words and clearly beats every decoding that differs. */
function legacyConfidence(ranked: readonly Ranked[]): 'high' | 'low' {
  const best = ranked[0];
  if (best === undefined) return 'low';
  const evidence = best.score.valid + best.score.invalid;
  if (evidence < 8 || validShare(best.score) < 0.8) return 'low';
  const rival = ranked.find((r) => r.text !== best.text);
  if (rival === undefined) return 'high';
  return best.value - rival.value >= Math.max(4, evidence * 0.2) ? 'high' : 'low';
}

/** `ignoreUtf8`: read every line as legacy, even those that are valid UTF-8. */
function decodeLegacy(bytes: Uint8Array, ignoreUtf8 = false): Decoded {
  const lines = scanLines(bytes);
  const legacyLines = lines.filter((l) => (ignoreUtf8 ? l.kind !== LineKind.Ascii : l.kind === LineKind.Other));
  const utf8Lines = ignoreUtf8 ? 0 : lines.filter((l) => l.kind === LineKind.Utf8).length;
  const ranked = rankLegacy(sample(bytes, legacyLines));
  const top = ranked[0]!;
  // No reading looks Vietnamese (French or German in Windows-1252): keep the neutral one.
  const notVietnamese = top.value <= 0 || validShare(top.score) < 0.5;
  const best = notVietnamese ? ranked.find((r) => r.name === 'windows-1252') ?? top : top;
  const confidence = notVietnamese ? 'low' : legacyConfidence(ranked);
  if (utf8Lines === 0) {
    return { text: decodeLegacyBytes(best.name, bytes).text, encoding: best.name, confidence };
  }
  // Mixed file: decode every non-ASCII line both ways in one batch; UTF-8 lines keep
  // UTF-8 unless the legacy reading is more Vietnamese.
  const nonAscii = lines.filter((l) => l.kind !== LineKind.Ascii);
  const legacyText = decodeLegacyBytes(best.name, joinLines(bytes, nonAscii)).text.split('\n');
  const parts: string[] = [];
  let k = 0;
  let keptUtf8 = 0;
  for (const line of lines) {
    const slice = bytes.subarray(line.start, line.end);
    if (line.kind === LineKind.Ascii) {
      parts.push(UTF8_LOSSY.decode(slice));
      continue;
    }
    const legacy = legacyText[k++] ?? '';
    if (line.kind === LineKind.Utf8) {
      const unicode = UTF8_LOSSY.decode(slice).normalize('NFC');
      if (scoreValue(scoreVietnamese(unicode)) >= scoreValue(scoreVietnamese(legacy))) {
        parts.push(unicode);
        keptUtf8++;
        continue;
      }
    }
    parts.push(legacy);
  }
  const text = parts.join('\n');
  return keptUtf8 > 0
    ? { text, encoding: `utf-8+${best.name}-mixed`, confidence: 'low' }
    : { text, encoding: best.name, confidence };
}

// ---------------------------------------------------------------------------
// Mojibake repair (valid Unicode that holds legacy bytes read as Windows-1252)

/** Windows-1252 byte of each character (C1 controls too: Latin-1 readers produce them). */
const CP1252_BYTE: ReadonlyMap<number, number> = (() => {
  const map = new Map<number, number>();
  for (let b = 0; b < 256; b++) map.set(b, b);
  CP1252_HIGH.forEach((ch, k) => map.set(ch.charCodeAt(0), 0x80 + k));
  return map;
})();

function toCp1252Bytes(text: string): Uint8Array | null {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = CP1252_BYTE.get(text.charCodeAt(i));
    if (b === undefined) return null;
    out[i] = b;
  }
  return out;
}

function isCp1252Representable(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!CP1252_BYTE.has(word.charCodeAt(i))) return false;
  return true;
}

/**
 * A line is worth a repair attempt when it holds a character that Vietnamese
 * Unicode text does not (C1 controls, Latin-1 symbols and non-Vietnamese
 * letters, cp1252-only letters) or a pair no Vietnamese text has: VNI
 * circumflex/breve bytes after a vowel ("oâ", "aê"), Windows-1258 tone bytes
 * after a vowel ("oÌ", "ôò"), a UTF-8 lead byte before a continuation byte
 * that cp1252 shows as NBSP or punctuation ("Ã\u00a0" is "à", "Ã“" is "Ó"),
 * two toned vowels in a row (Windows-1258 "ýõ" is "ươ").
 */
const SUSPECT =
  /[\u0080-\u009f\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f0\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2020\u2021\u2030\u2039\u203a\u2122]|[aeoAEO][âÂ]|[aA][êÊ]|[aeiouyâêôãõýAEIOUYÂÊÔÃÕÝ][ÌìÒòÞ]|[ÂÃ][\u00a0\u2013\u2014\u2018-\u201a\u201c-\u201e\u2022\u2026\u20ac]|[àáãèéìíòóõùúýÀÁÃÈÉÌÍÒÓÕÙÚÝ]{2}/;

export interface Repaired {
  text: string;
  /** The repair applied most often, null when nothing was repaired. */
  kind: RepairKind | null;
  confidence: 'high' | 'low';
}

interface Run {
  line: number;
  start: number;
  end: number;
  text: string;
  suspect: boolean;
  candidates: Candidate[];
  chosen: Candidate | null;
}

interface Candidate {
  kind: RepairKind;
  text: string;
  score: VietnameseScore;
  gain: number;
}

/** Bonus for the document's dominant repair when a run's candidates are close ("Löu": VNI "Lưu", TCVN3 "Lửu"). */
const DOMINANT_BONUS = 0.75;
/** Repaired runs after which a kind that won nine in ten of them is tried first. */
const SETTLE_AFTER = 32;

/**
 * Repairs mojibake line by line, and inside a line per run of words that
 * Windows-1252 can represent, so that a Unicode word beside a legacy run does
 * not block it. Line breaks are never touched; input and output are NFC.
 *
 * 1. Runs with a SUSPECT character are decoded as TCVN3, VNI, UTF-8 and
 *    Windows-1258; a candidate must raise the syllable score by MIN_GAIN and
 *    leave three quarters of the words valid. The kind chosen most often is
 *    the document's dominant one, and breaks near-ties in every run.
 * 2. Once two runs were repaired, the runs left — those without a suspect
 *    character ("Sè:", "NguyÔn TuÊn") and those whose few words could not
 *    bring MIN_GAIN ("Ng« Quang Huy") — are tried with the dominant kind
 *    alone and kept when the score rises at all.
 */
export function repairMojibake(text: string): Repaired {
  const none: Repaired = { text, kind: null, confidence: 'high' };
  if (!SUSPECT.test(text)) return none;
  const stripped = mojibakeStripped(text);
  const lines = text.split('\n');
  const runs: Run[] = [];
  lines.forEach((line, index) => {
    if (SUSPECT.test(line)) for (const run of cp1252Runs(line, index)) runs.push(run);
  });
  // Once a long document has shown its kind, try that kind first (a quarter of the work).
  const tally = new Map<RepairKind, number>();
  let settled: RepairKind | null = null;
  for (const run of runs) {
    if (!run.suspect) continue;
    if (settled !== null) {
      const only = repairCandidates(run.text, stripped, [settled]);
      if (bestCandidate(only, settled) !== null) {
        run.candidates = only;
        continue;
      }
    }
    run.candidates = repairCandidates(run.text, stripped, LEGACY_REPAIRS);
    const kind = bestCandidate(run.candidates, null)?.kind;
    if (kind === undefined || settled !== null) continue;
    tally.set(kind, (tally.get(kind) ?? 0) + 1);
    const total = [...tally.values()].reduce((a, b) => a + b, 0);
    if (total >= SETTLE_AFTER && tally.get(kind)! >= total * 0.9) settled = kind;
  }
  const dominant = mostFrequent(runs.map((r) => bestCandidate(r.candidates, null)?.kind));
  let repaired = 0;
  for (const run of runs) {
    run.chosen = bestCandidate(run.candidates, dominant);
    if (run.chosen !== null) repaired++;
  }
  if (dominant !== null && repaired >= 2) {
    // Text that lost its ư also lost it in lines left all ASCII ("Lu: VT" is "Lưu: VT").
    const eligible = dominant === 'tcvn3' && stripped ? /./ : /[^\x00-\x7f]/;
    const seen = new Set(runs.map((r) => r.line));
    lines.forEach((line, index) => {
      if (!seen.has(index) && eligible.test(line)) for (const run of cp1252Runs(line, index)) runs.push(run);
    });
    for (const run of runs) {
      if (run.chosen !== null || !eligible.test(run.text)) continue;
      // A suspect run that fell short of MIN_GAIN holds few words ("Ng« Quang Huy", "- L§VP;"):
      // the dominant kind needs no more evidence than for a run without a suspect character.
      const only = run.candidates.find((c) => c.kind === dominant)
        ?? repairCandidates(run.text, stripped, [dominant])[0];
      // In a document that has settled on its kind (32 runs or more, nine in ten of one kind),
      // a run whose two readings are both Vietnamese ("ngò", TCVN3 "ngũ") takes the document's.
      // "Â·", "Â°": a UTF-8 two-byte letter read as Windows-1252 carries no syllable to gain.
      const utf8Pair = dominant === 'windows-1252' && UTF8_PAIR.test(run.text);
      const enough = only !== undefined && (only.gain > 0 || (settled === dominant && only.gain === 0) || (utf8Pair && only.gain === 0));
      // (such a run may hold no Vietnamese word at all: "report.pdf Â· 312 KB")
      // A run that gains at all in a document of that kind is repaired even when its names are no
      // Vietnamese syllables: Ede and Jrai names ("Y Khuê Niê", "Ksor H'Bre") are half such words.
      const gains = only !== undefined && only.gain > 0 && only.score.valid > 0;
      if (enough && (utf8Pair || gains || acceptable(only))) run.chosen = only;
    }
  }
  const chosen = runs.filter((r) => r.chosen !== null);
  if (chosen.length === 0) return none;
  applyRuns(lines, chosen);
  let valid = 0;
  let invalid = 0;
  for (const run of chosen) {
    valid += run.chosen!.score.valid;
    invalid += run.chosen!.score.invalid;
  }
  return {
    text: lines.join('\n'),
    kind: mostFrequent(chosen.map((r) => r.chosen!.kind)) ?? 'tcvn3',
    confidence: valid >= 5 && valid >= (valid + invalid) * 0.9 ? 'high' : 'low',
  };
}

/** UTF-8's C2 lead byte before a Latin-1 symbol, read as Windows-1252 ("Â·" for "·", "Â°" for "°"). */
const UTF8_PAIR = /Â[\u00a0-\u00bf]/u;

const LEGACY_REPAIRS: readonly RepairKind[] = ['tcvn3', 'vni', 'windows-1252', 'windows-1258'];

/**
 * Runs of consecutive words that all have cp1252 bytes. Words split at space, tab and comma
 * (a sheet saved as CSV glues its cells with commas: ",,Y Khuª Niª,,"), never at NBSP,
 * which is half of UTF-8 "à".
 */
const CP1252_WORD = /(?:(?!<br>)[^ \t,])+/g;

function cp1252Runs(line: string, index: number): Run[] {
  const runs: Run[] = [];
  let open: Run | null = null;
  // Words between spaces, tabs and the "<br>" a converter writes between a cell's lines.
  for (const m of line.matchAll(CP1252_WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isCp1252Representable(m[0])) {
      open = null;
    } else if (open === null) {
      open = { line: index, start, end, text: '', suspect: false, candidates: [], chosen: null };
      runs.push(open);
    } else {
      open.end = end;
    }
  }
  for (const run of runs) {
    run.text = line.slice(run.start, run.end);
    // A lone symbol between spaces ("report.pdf · 312 KB") is a separator, not a legacy letter:
    // it alone does not make a run suspect (a legacy document has words that do).
    run.suspect = run.text.split(/[ \t,]+/).some((word) => word.length > 1 && SUSPECT.test(word));
  }
  return runs;
}

function repairCandidates(segment: string, stripped: boolean, kinds: readonly RepairKind[]): Candidate[] {
  const bytes = toCp1252Bytes(segment);
  if (bytes === null) return [];
  const before = scoreValue(scoreVietnamese(segment));
  const out: Candidate[] = [];
  for (const kind of kinds) {
    const decoded = decodeRepair(kind, bytes, stripped);
    if (decoded === null || decoded.text === segment) continue;
    const raw = scoreVietnamese(decoded.text);
    const score = { ...raw, penalty: raw.penalty + decoded.penalty };
    out.push({ kind, text: decoded.text, score, gain: scoreValue(score) - before });
  }
  return out;
}

function decodeRepair(kind: RepairKind, bytes: Uint8Array, stripped: boolean): LegacyText | null {
  switch (kind) {
    case 'tcvn3':
      return { text: fixTcvn3(decodeTcvn3(bytes, 'always').normalize('NFC'), stripped), penalty: 0 };
    case 'vni':
      return decodeLegacyBytes('vni', bytes);
    case 'windows-1258':
      return decodeLegacyBytes('windows-1258', bytes);
    case 'windows-1252': {
      const text = strictUtf8(bytes);
      return text === null ? null : { text: text.normalize('NFC'), penalty: 0 };
    }
  }
}

/**
 * Gain a repair must bring: one word flipped from invalid to valid (2), except
 * for UTF-8 read as cp1252, where decoding as strict UTF-8 at all is the
 * evidence ("HoÃ\u00a0ng" → "Hoàng", both well-formed syllables).
 */
const MIN_GAIN: Readonly<Record<RepairKind, number>> = { tcvn3: 2, vni: 2, 'windows-1258': 2, 'windows-1252': 0 };

/** The acceptable candidate with the highest gain (plus DOMINANT_BONUS for the dominant kind). */
function bestCandidate(candidates: readonly Candidate[], dominant: RepairKind | null): Candidate | null {
  let best: Candidate | null = null;
  let bestValue = -Infinity;
  for (const c of candidates) {
    if (c.gain < MIN_GAIN[c.kind] || !acceptable(c)) continue;
    // In a document that is UTF-8 read as cp1252, a run that decodes as strict UTF-8 is that:
    // a legacy reading scoring a syllable by chance ("tâ€¦" as "tõ€Ư") does not beat it.
    const utf8 = c.kind === 'windows-1252' && dominant === 'windows-1252';
    const value = c.gain + (utf8 ? 100 : c.kind === dominant ? DOMINANT_BONUS : 0);
    if (value > bestValue) {
      best = c;
      bestValue = value;
    }
  }
  return best;
}

function acceptable(c: Candidate): boolean {
  // UTF-8 read as cp1252: bytes that decode as strict UTF-8 into Vietnamese letters are proof
  // enough, even when the words are names the syllable check does not know ("ĐẮK LẮK").
  if (c.kind === 'windows-1252' && /[\u0102-\u01b0\u1ea0-\u1ef9]/u.test(c.text)) return true;
  // "Â\u00a0" alone on a line is the UTF-8 of a no-break space, "â€”" of an em dash: a run
  // that decodes as strict UTF-8 into no letters at all (spaces, rules of dashes) has no
  // word to score, and nothing but UTF-8 gives that.
  if (c.kind === 'windows-1252' && !/\p{L}/u.test(c.text)) return true;
  // "…tai-san-tâ€¦" (a URL cut with an ellipsis): strict UTF-8 that gives typographic
  // punctuation ("…", "–", "“") is as sure as one that gives Vietnamese letters.
  if (c.kind === 'windows-1252' && /[\u2010-\u2027\u2030-\u205e]/u.test(c.text)) return true;
  return c.score.valid > 0 && validShare(c.score) >= 0.75;
}

function mostFrequent<T>(items: readonly (T | undefined)[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let most = 0;
  for (const item of items) {
    if (item === undefined) continue;
    const n = (counts.get(item) ?? 0) + 1;
    counts.set(item, n);
    if (n > most) {
      best = item;
      most = n;
    }
  }
  return best;
}

function applyRuns(lines: string[], runs: readonly Run[]): void {
  const byLine = new Map<number, Run[]>();
  for (const run of runs) byLine.set(run.line, [...(byLine.get(run.line) ?? []), run]);
  for (const [index, lineRuns] of byLine) {
    const line = lines[index]!;
    lineRuns.sort((a, b) => a.start - b.start);
    let out = '';
    let last = 0;
    for (const run of lineRuns) {
      out += line.slice(last, run.start) + run.chosen!.text;
      last = run.end;
    }
    lines[index] = out + line.slice(last);
  }
}

/**
 * Decodes bytes as the given legacy encoding, with no detection (for a user
 * who knows better: a CLI `--encoding` option, tests). NFC; TCVN3 gets its
 * lost ư and capitals repaired as in decodeBytes.
 */
export function decodeWith(bytes: Uint8Array, encoding: LegacyEncoding): string {
  return decodeLegacyBytes(encoding, bytes).text;
}

/**
 * Decodes a run of text that a legacy font drew (a .docx run in `.VnTime` or
 * `VNI-Times`): its characters are Windows-1252 stand-ins for the font's
 * bytes. Returns null when a character has no Windows-1252 byte (the run is
 * already Unicode).
 */
export function decodeLegacyFontText(text: string, encoding: 'tcvn3' | 'vni'): string | null {
  const bytes = toCp1252Bytes(text);
  if (bytes === null) return null;
  if (encoding === 'vni') return decodeVni(bytes).text;
  const raw = decodeTcvn3(bytes, 'always').normalize('NFC');
  return fixTcvn3(raw, tcvn3Stripped(raw));
}
