/**
 * Encoders that turn Unicode text into every byte form bau-cu must read, so
 * that each fixture can be tested in each encoding:
 *
 *   const bytes = encodeAs(seed, 'vni');
 *   expect(decodeBytes(bytes).encoding).toBe(expectedEncoding('vni'));
 *
 * They are written independently of src/read (iconv-lite, the WHATWG
 * TextDecoder and a VNI table typed from REFERENCE §5.3), so a round trip
 * checks the decoder rather than agreeing with itself.
 */
import iconv from 'iconv-lite';

export const VARIANTS = [
  'utf-8',
  'utf-8-bom',
  'utf-8-nfd',
  'utf-16le',
  'utf-16be',
  'windows-1258',
  'tcvn3',
  'tcvn3-vn1',
  'vni',
  'viscii',
  'mojibake-tcvn3',
  'mojibake-tcvn3-stripped',
  'mojibake-vni',
  'mojibake-utf-8',
  'mojibake-windows-1258',
] as const;

export type Variant = (typeof VARIANTS)[number];

/** Typographic punctuation at its Windows-1252 byte, where Word writes it in .VnTime and VNI-Times text. */
const CP1252_PUNCTUATION_BYTES: readonly (readonly [string, number])[] = [
  ['€', 0x80], ['‚', 0x82], ['„', 0x84], ['…', 0x85], ['†', 0x86], ['‡', 0x87], ['‰', 0x89],
  ['‹', 0x8b], ['‘', 0x91], ['’', 0x92], ['“', 0x93], ['”', 0x94], ['•', 0x95], ['–', 0x96],
  ['—', 0x97], ['™', 0x99], ['›', 0x9b],
];
const CP1252_PUNCTUATION: ReadonlyMap<string, number> = new Map(CP1252_PUNCTUATION_BYTES);

/** The `encoding` decodeBytes must report for each variant. */
export function expectedEncoding(variant: Variant): string {
  switch (variant) {
    case 'utf-8-nfd':
      return 'utf-8';
    case 'tcvn3-vn1':
      return 'tcvn3';
    case 'mojibake-tcvn3':
    case 'mojibake-tcvn3-stripped':
      return 'utf-8+tcvn3-repaired';
    case 'mojibake-vni':
      return 'utf-8+vni-repaired';
    case 'mojibake-utf-8':
      return 'utf-8+windows-1252-repaired';
    case 'mojibake-windows-1258':
      return 'utf-8+windows-1258-repaired';
    default:
      return variant;
  }
}

/**
 * How faithful a round trip can be (`foldLosses` says exactly what may differ):
 * - `exact`: decoding gives expectedText back;
 * - `case`: TCVN3 (ABC) has no accented capitals, so "CỘNG" is stored as
 *   "CộNG" and only a heuristic restores it: those capitals may come back in
 *   lower case, nothing else may differ;
 * - `lossy`: ABC with the soft-hyphen ư deleted by some tool, where a word can
 *   lose its ư for good ("mưa" → "ma", a word in its own right); VN1, whose
 *   capitals share bytes with Windows-1252 punctuation ("NGHỊ," could be
 *   "NGH‘,"). Beyond the fold, a bound on the words that differ.
 */
export function fidelity(variant: Variant): 'exact' | 'case' | 'lossy' {
  if (variant === 'tcvn3' || variant === 'mojibake-tcvn3') return 'case';
  if (variant === 'mojibake-tcvn3-stripped' || variant === 'tcvn3-vn1') return 'lossy';
  return 'exact';
}

/** Capitals TCVN3 ABC has a code for: ASCII and Ă Â Ê Ô Ơ Ư Đ. Every other capital is typed as its lower-case letter. */
const ABC_CAPITALS = new Set([...'ĂÂÊÔƠƯĐ']);
const NON_ASCII = /[^\u0000-\u007f]/gu;

/** Lower-cases the capitals ABC cannot encode ("Ộ", "Ủ", "Á"), and only those. */
export function foldAbcCapitals(text: string): string {
  return text.replace(NON_ASCII, (ch) => (ABC_CAPITALS.has(ch) || ch === ch.toLowerCase() ? ch : ch.toLowerCase()));
}

/**
 * The VN1 capitals whose bytes Windows-1252 gives to punctuation (0x93 is
 * both “ and Ỏ, 0x96 both – and Ọ), each with its punctuation mark: which one
 * a byte was is a guess from its neighbours.
 */
const VN1_TWINS: ReadonlyMap<string, string> = (() => {
  const twins = new Map<string, string>();
  for (const [punct, byte] of CP1252_PUNCTUATION_BYTES) twins.set(iconv.decode(Buffer.from([byte]), 'tcvn'), punct);
  return twins;
})();

/**
 * Folds away, in both the decoded and the original text, exactly what the
 * variant cannot carry, so that everything else must match:
 * - `tcvn3`, `mojibake-tcvn3`: the case of the capitals ABC has no code for;
 * - `mojibake-tcvn3-stripped`: that, and every ư (byte 0xAD, the deleted soft hyphen);
 * - `tcvn3-vn1`: each VN1 capital that shares its byte with a punctuation mark
 *   is read as that mark;
 * - every other variant: nothing (VISCII's losses are in expectedText).
 */
export function foldLosses(text: string, variant: Variant): string {
  switch (variant) {
    case 'tcvn3':
    case 'mojibake-tcvn3':
      return foldAbcCapitals(text);
    case 'mojibake-tcvn3-stripped':
      return foldAbcCapitals(text).replaceAll('ư', '');
    case 'tcvn3-vn1':
      return [...text].map((ch) => VN1_TWINS.get(ch) ?? ch).join('');
    default:
      return text;
  }
}

/**
 * The text a round trip gives back, before foldLosses. VISCII spends every
 * byte but a few controls on letters, so a document in VISCII cannot hold
 * typographic punctuation (“ ” ‘ ’ – — … •: ASCII stand-ins), nor NBSP or
 * other Unicode spaces (a space), nor any other character outside VISCII
 * ("?", what Windows and iconv-lite write).
 */
export function expectedText(text: string, variant: Variant): string {
  const nfc = text.normalize('NFC');
  if (variant === 'viscii') return visciiFallback(nfc);
  // A character TCVN3 has no code for ("©") is written "?", as any converter would.
  if (variant.includes('tcvn3')) return [...nfc].map((ch) => (CP1252_PUNCTUATION.has(ch) || inTcvn3(ch) ? ch : '?')).join('');
  // Windows-1258 and VNI write "?" for what they have no code for (a footnote's "⁴").
  if (variant.includes('vni')) return [...nfc].map((ch) => (ch === '?' || !encodeVni(ch).includes(0x3f) ? ch : '?')).join('');
  if (variant.includes('windows-1258')) return [...nfc].map((ch) => (ch === '?' || !encodeWindows1258(ch).includes(0x3f) ? ch : '?')).join('');
  return nfc;
}

const tcvn3Chars = new Map<string, boolean>();

/** Whether TCVN3 has a code for `ch`, in either case (ABC writes capitals with their lower-case letter). */
function inTcvn3(ch: string): boolean {
  let known = tcvn3Chars.get(ch);
  if (known === undefined) {
    const lower = ch.toLowerCase();
    known = [ch, lower].some((c) => iconv.decode(iconv.encode(c, 'tcvn'), 'tcvn') === c);
    tcvn3Chars.set(ch, known);
  }
  return known;
}

export function encodeAs(text: string, variant: Variant): Uint8Array {
  const nfc = text.normalize('NFC');
  switch (variant) {
    case 'utf-8':
      return utf8(nfc);
    case 'utf-8-bom':
      return concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(nfc));
    case 'utf-8-nfd':
      return utf8(nfc.normalize('NFD'));
    case 'utf-16le':
      return concat(new Uint8Array([0xff, 0xfe]), new Uint8Array(Buffer.from(nfc, 'utf16le')));
    case 'utf-16be': {
      const le = new Uint8Array(Buffer.from(nfc, 'utf16le'));
      for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
      return concat(new Uint8Array([0xfe, 0xff]), le);
    }
    case 'windows-1258':
      return encodeWindows1258(nfc);
    case 'tcvn3':
      return encodeTcvn3(nfc, 'abc');
    case 'tcvn3-vn1':
      return encodeTcvn3(nfc, 'vn1');
    case 'vni':
      return encodeVni(nfc);
    case 'viscii':
      return new Uint8Array(iconv.encode(visciiFallback(nfc), 'viscii'));
    case 'mojibake-tcvn3':
      return utf8(readAsCp1252(encodeTcvn3(nfc, 'abc')));
    case 'mojibake-tcvn3-stripped':
      return utf8(readAsCp1252(encodeTcvn3(nfc, 'abc')).replaceAll('\u00ad', ''));
    case 'mojibake-vni':
      return utf8(readAsCp1252(encodeVni(nfc)));
    case 'mojibake-utf-8':
      return utf8(readAsCp1252(utf8(nfc)));
    case 'mojibake-windows-1258':
      return utf8(readAsCp1252(encodeWindows1258(nfc)));
  }
}

/**
 * Legacy bytes read as Windows-1252; the five undefined bytes become C1
 * controls, as Windows does. (Not `new TextDecoder('windows-1252')`: Node 20
 * decodes that label as ISO-8859-1.)
 */
export function readAsCp1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += CP1252_CHARS[b];
  return out;
}

const CP1252_CHARS: readonly string[] = (() => {
  const all = iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, b) => b)), 'windows1252');
  return Array.from({ length: 256 }, (_, b) => (all[b] === '\ufffd' ? String.fromCharCode(b) : all[b]!));
})();

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** VISCII spends every high byte on letters: typographic punctuation falls back to ASCII. */
export function asciiPunctuation(text: string): string {
  return text
    .replace(/[“”„]/g, '"')
    .replace(/[‘’‚]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/•/g, '*');
}

/** Unicode spaces other than the ASCII space (NBSP from Word and PDF text, thin and ideographic spaces). */
const UNICODE_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/** What a document holds after conversion to VISCII: ASCII punctuation and spaces, "?" for what VISCII lacks. */
export function visciiFallback(text: string): string {
  let out = '';
  for (const ch of asciiPunctuation(text).replace(UNICODE_SPACES, ' ')) out += inViscii(ch) ? ch : '?';
  return out;
}

const visciiChars = new Map<string, boolean>();

function inViscii(ch: string): boolean {
  let known = visciiChars.get(ch);
  if (known === undefined) {
    known = iconv.decode(iconv.encode(ch, 'viscii'), 'viscii') === ch;
    visciiChars.set(ch, known);
  }
  return known;
}

/**
 * TCVN3 through iconv-lite's `tcvn` (VN1). `abc`: what .VnTime documents hold —
 * capitals with a tone mark have no code and are written with the lower-case
 * letter (the `…H` font draws them as capitals). `vn1`: iconv-lite's table,
 * capitals included. Both write typographic punctuation as Windows-1252 bytes,
 * as Word typed it.
 */
function encodeTcvn3(text: string, table: 'abc' | 'vn1'): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const punct = CP1252_PUNCTUATION.get(ch);
    if (punct !== undefined) {
      out.push(punct);
      continue;
    }
    const lowered = table === 'abc' && ch > '\u007f' && ch !== ch.toLowerCase() && !ABC_CAPITALS.has(ch)
      ? ch.toLowerCase()
      : ch;
    out.push(...iconv.encode(lowered, 'tcvn'));
  }
  return new Uint8Array(out);
}

/** Windows-1258: precomposed Ă Â Ê Ô Ơ Ư Đ, the tone as a separate combining byte (what glibc iconv writes). */
function encodeWindows1258(text: string): Uint8Array {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const decomposed = text.normalize('NFD').replace(/(\p{L})(\p{M}+)/gu, (_m, base: string, marks: string) => {
    const toneMarks = marks.match(tones)?.join('') ?? '';
    return (base + marks.replace(tones, '')).normalize('NFC') + toneMarks;
  });
  return new Uint8Array(iconv.encode(decomposed, 'windows1258'));
}

// VNI-Windows, typed from REFERENCE §5.3 (xvnkb tables): [lower byte, upper byte].
const VNI_TONE: Record<string, readonly [number, number]> = {
  '\u0301': [0xf9, 0xd9],
  '\u0300': [0xf8, 0xd8],
  '\u0309': [0xfb, 0xdb],
  '\u0303': [0xf5, 0xd5],
  '\u0323': [0xef, 0xcf],
};
const VNI_CIRCUMFLEX: Record<string, readonly [number, number]> = {
  '': [0xe2, 0xc2],
  '\u0301': [0xe1, 0xc1],
  '\u0300': [0xe0, 0xc0],
  '\u0309': [0xe5, 0xc5],
  '\u0303': [0xe3, 0xc3],
  '\u0323': [0xe4, 0xc4],
};
const VNI_BREVE: Record<string, readonly [number, number]> = {
  '': [0xea, 0xca],
  '\u0301': [0xe9, 0xc9],
  '\u0300': [0xe8, 0xc8],
  '\u0309': [0xfa, 0xda],
  '\u0303': [0xfc, 0xdc],
  '\u0323': [0xeb, 0xcb],
};
/** Letters VNI writes as one byte: ơ ư đ, i with a tone, ỵ. */
const VNI_SINGLE: Record<string, number> = {
  ơ: 0xf4, Ơ: 0xd4, ư: 0xf6, Ư: 0xd6, đ: 0xf1, Đ: 0xd1, ỵ: 0xee, Ỵ: 0xce,
  í: 0xed, Í: 0xcd, ì: 0xec, Ì: 0xcc, ỉ: 0xe6, Ỉ: 0xc6, ĩ: 0xf3, Ĩ: 0xd3, ị: 0xf2, Ị: 0xd2,
};

function encodeVni(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const single = VNI_SINGLE[ch];
    if (single !== undefined) {
      out.push(single);
      continue;
    }
    const d = ch.normalize('NFD');
    const base = d[0]!;
    const marks = d.slice(1);
    const tone = marks.replace(/[\u0302\u0306\u031b]/g, '');
    if (marks === '' || !/^[aeiouyAEIOUY]$/.test(base) || !/^[\u0300\u0301\u0303\u0309\u0323]?$/.test(tone)) {
      // Not a Vietnamese letter: cp1252 punctuation, Latin-1, or "?" as Windows writes.
      const punct = CP1252_PUNCTUATION.get(ch);
      out.push(punct ?? (ch.length === 1 && ch.charCodeAt(0) < 0x100 ? ch.charCodeAt(0) : 0x3f));
      continue;
    }
    const upper = base === base.toUpperCase() ? 1 : 0;
    if (marks.includes('\u031b')) {
      // ơ ư with a tone: the one-byte letter, then the tone byte.
      out.push(VNI_SINGLE[(base + '\u031b').normalize('NFC')]!, VNI_TONE[tone]![upper]);
    } else if (marks.includes('\u0302')) {
      out.push(base.charCodeAt(0), VNI_CIRCUMFLEX[tone]![upper]);
    } else if (marks.includes('\u0306')) {
      out.push(base.charCodeAt(0), VNI_BREVE[tone]![upper]);
    } else {
      out.push(base.charCodeAt(0), VNI_TONE[tone]![upper]);
    }
  }
  return new Uint8Array(out);
}
