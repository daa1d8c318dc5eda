/**
 * Joining source lines into paragraphs. Converters give one line per paragraph; PDF text
 * gives one line per visual line (often with blank lines between them) and breaks
 * document symbols at hyphens. A line continues the previous one when it cannot start a
 * block of its own and the previous one did not end its sentence.
 */
import type { Line } from '../text/lines.js';
import { paraFromLines, UNHYPHENATE, type Para } from '../text/para.js';
import { isVietnameseSyllable } from '../read/syllable.js';
import { readLabel } from './labels.js';
import { px, STARTS_LOWER } from '../text/charclass.js';

/** How the text was laid out: one line per paragraph, or hard-wrapped (PDF) at about `width` characters. */
export interface WrapMode {
  wrapped: boolean;
  width: number;
}

const TERMINAL = /[.;:!?…]["”’)\]*]*$/u;
const BLOCK_START = /^(?:Kính\s+gửi|Nơi\s+nhận|NƠI\s+NHẬN|Căn\s+cứ|V\/v|Về\s+việc|Số\s*[:.]|PHỤ\s+LỤC|Phụ\s+lục\s|\||TM\.|T\/M|KT\.|K\/T|TL\.|T\/L|TUQ\.|Q\.\s)/u;
/** "2986/SNV-" at a line end: the symbol continues on the next line, without a space. */
const SYMBOL_BREAK = px(/[\p{Lu}\d&]\/[\p{Lu}\p{N}&-]*-$|\/[\p{Lu}\d&]{1,12}-$/u);

const LETTER = px(/\p{L}/u);
/** A line ending in part of a word and a hyphen ("trư-"; not "kinh tế -", not "30-6-"). */
const HYPHENATED_END = px(/(?<![\p{L}\d-])(\p{L}{1,6})-$/u);
const LOWER_WORD_START = px(/^\p{Ll}{1,6}(?![\p{L}])/u);
const UPPER = px(/\p{Lu}/u);
/** Class of each UTF-16 code unit, filled on first sight: 1 not a letter, 2 \p{Lu}, 3 other \p{L}. */
const UNIT_CLASS = new Uint8Array(0x10000);

function classOf(ch: string): number {
  return UPPER.test(ch) ? 2 : LETTER.test(ch) ? 3 : 1;
}

/**
 * At least 90% of the letters (\p{L}, counted in UTF-16 code units) are upper case (\p{Lu}),
 * and there are two letters or more. One pass with a per-character table instead of two
 * Unicode-property replaces over the whole text, and it stops as soon as the remaining
 * characters could not lift the share to 90% — a paragraph of body text is decided within
 * its first words.
 */
export function isAllCaps(text: string): boolean {
  let letters = 0;
  let upper = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let k: number;
    let units = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      k = classOf(text.slice(i, i + 2));
      units = 2;
      i++;
    } else {
      k = UNIT_CLASS[c] as number;
      if (k === 0) k = UNIT_CLASS[c] = classOf(String.fromCharCode(c));
    }
    if (k === 1) continue;
    letters += units;
    if (k === 2) upper += units;
    else {
      // Even if every code unit left were an upper-case letter, the share would stay under 90%.
      const rest = n - i - 1;
      if (10 * (upper + rest) < 9 * (letters + rest)) return false;
    }
  }
  if (letters < 2) return false;
  return upper / letters >= 0.9;
}

const TWO_WORDS = px(/\p{L}{2,}[\s,]+\p{L}/u);

/** A heading in capitals: two words or more, no lower case ("II. NHIỆM VỤ", not "2986/SNV-"). */
function isCapsHeading(text: string): boolean {
  return isAllCaps(text) && TWO_WORDS.test(text);
}

/** A row of a pipe or tab-separated table (a task table has a handful of columns, never hundreds). */
export function isTableLine(text: string, line?: Line): boolean {
  const sep = text.startsWith('|') ? '|' : '\t';
  let count = sep === '\t' ? (line?.tabs ?? 0) : 0;
  for (let i = text.indexOf(sep); i >= 0 && count <= 60; i = text.indexOf(sep, i + 1)) count++;
  return sep === '|' ? count <= 60 : count >= 2 && count <= 60;
}

/** Guess whether the text is hard-wrapped (PDF) from its line shapes. */
export function detectWrapMode(lines: Line[]): WrapMode {
  let long = 0;
  let open = 0;
  const lengths: number[] = [];
  for (const line of lines) {
    if (line.text.length < 30 || isTableLine(line.text)) continue;
    long++;
    lengths.push(line.col0 + line.text.length);
    if (!TERMINAL.test(line.text) && !/,$/.test(line.text)) open++;
  }
  lengths.sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  if (long < 4) return { wrapped: false, width };
  return { wrapped: open / long > 0.45 && width <= 130, width };
}

/** Capitalized words that open a sentence, never continue one ("Yêu cầu các sở…"). */
const SENTENCE_OPENER = px(/^(?:Yêu cầu|Đề nghị|Trên đây|Nhận được|Giao|Căn cứ|Thực hiện|Để|Ngày \d|Đồng thời|Trong (?:thời gian|quá trình))(?![\p{L}])/u);

/** Hyphenated names that wrap at their hyphen: "Sở Lao động" ⏎ "- Thương binh và Xã hội". */
const HYPHEN_COMPOUNDS: Array<[RegExp, RegExp]> = [
  [/Lao\s+động$/u, /^-\s{0,2}Thương\s+binh/u],
  [/(?:Văn\s+hóa|Văn\s+hoá|chính\s+trị|Kinh\s+tế|kinh\s+tế)$/u, /^-\s{0,2}(?:Xã\s+hội|xã\s+hội|Ngân\s+sách)/u],
  [/Quy\s+hoạch$/u, /^-\s{0,2}Kiến\s+trúc/u],
  [/Dân\s+số$/u, /^-\s{0,2}Kế\s+hoạch/u],
  [/Thi\s+đua$/u, /^-\s{0,2}Khen\s+thưởng/u],
];

/** Whether `text` opens more parentheses than it closes. */
function openParens(text: string): boolean {
  let depth = 0;
  for (const ch of text) depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
  return depth > 0;
}

export function startsBlock(text: string): boolean {
  return readLabel(text) !== null || BLOCK_START.test(text) || isTableLine(text);
}

const LOWER_OR_OPENER_START = px(/^[\p{Ll}\d(“"'‘]/u);
const UPPER_OR_DIGIT_START = px(/^[\p{Lu}\d&]/u);

/** How `next` continues `prev`: ' ' (same paragraph), '' (broken symbol), or null (new paragraph). */
export function joinerFor(prev: Line, next: Line, mode: WrapMode): string | null {
  const a = prev.text;
  const b = next.text;
  if (a === '' || b === '') return null;
  if (isTableLine(a, prev) || isTableLine(b, next)) return null;
  if (SYMBOL_BREAK.test(a) && UPPER_OR_DIGIT_START.test(b) && !startsBlock(b)) return '';
  if (HYPHEN_COMPOUNDS.some(([end, start]) => end.test(a) && start.test(b))) return ' ';
  // A scanned page hyphenates inside a syllable: "Sở Nông nghiệp và Môi trư-" ⏎ "ờng chủ trì".
  const half = HYPHENATED_END.exec(a);
  const rest = half ? LOWER_WORD_START.exec(b) : null;
  if (half && rest && isVietnameseSyllable(`${half[1] ?? ''}${rest[0]}`)) return UNHYPHENATE;
  const terminal = TERMINAL.test(a);
  // A full-width line that stops mid-sentence was wrapped; a short one ended its paragraph.
  const full = mode.wrapped && prev.col0 + a.length >= mode.width * 0.8 && !SENTENCE_OPENER.test(b);
  // PDF wraps can put "- Chủ tịch UBBC…" at a line start; bullets follow ":", ";", "." or ",".
  const dashContinuation =
    !/^[-–+•]/u.test(a) &&
    mode.wrapped && prev.col0 + a.length >= mode.width * 0.85 && !terminal && !/,$/u.test(a) && /^[-–]\s/u.test(b) && !isCapsHeading(a) && readLabel(b)?.kind === 'dash' && !/^(?:dec|roman|letter|paren)/u.test(readLabel(a)?.kind ?? '');
  if (startsBlock(b) && !dashContinuation) return null;
  if (isCapsHeading(a) !== isCapsHeading(b)) return null;
  const lowerStart = LOWER_OR_OPENER_START.test(b);
  if (!terminal && lowerStart) return ' ';
  // "(qua Phòng Quản lý thương mại, email:" ⏎ "qltm.sct@… ) trước 16 giờ …": an open parenthesis goes on.
  if (lowerStart && /:$/u.test(a) && openParens(a)) return ' ';
  if (full && !terminal) return ' ';
  if (mode.wrapped && lowerStart && /[,;]$/.test(a)) return ' ';
  return null;
}

/** Two or three spaces between two words: the padding of a justified line. */
const JUSTIFY_GAP = /(?<=\S) {2,3}(?=\S)/gu;

/**
 * A justified line as PDF text gives it ("7.  Đề  nghị Ủy ban …", "Năm  học  2026"): the
 * padding between words is one space again, so phrases read as written. The removed spaces
 * are recorded as cuts: columns still point at the source. Lines of a table (wider gaps) and
 * lines with one padded gap (a label's "1.  ") are left alone.
 */
export function squeezeJustified(line: Line): Line {
  const text = line.text;
  if (!text.includes('  ') || isTableLine(text, line)) return line;
  const gaps = [...text.matchAll(JUSTIFY_GAP)];
  if (gaps.length < 2 || /\S {4,}\S/u.test(text)) return line;
  let out = '';
  let pos = 0;
  const added: Array<[number, number]> = [];
  for (const g of gaps) {
    out += text.slice(pos, g.index) + ' ';
    added.push([out.length, g[0].length - 1]);
    pos = g.index + g[0].length;
  }
  out += text.slice(pos);
  // Merge the new cuts with the line's own (both keyed by offsets in the text they follow).
  const cuts: Array<[number, number]> = [];
  let removed = 0;
  let k = 0;
  for (const [at, len] of line.cuts) {
    while (k < added.length && (added[k] as [number, number])[0] + removed <= at) {
      const [a, l] = added[k] as [number, number];
      cuts.push([a, l]);
      removed += l;
      k++;
    }
    cuts.push([at - removed, len]);
  }
  for (; k < added.length; k++) cuts.push(added[k] as [number, number]);
  const mapOffset = (i: number): number => {
    let shift = 0;
    for (const [a, l] of added) if (a + shift + l <= i) shift += l;
    return i - shift;
  };
  const emph = line.emph.map(([a, b]) => [mapOffset(a), mapOffset(b)] as [number, number]);
  return { ...line, text: out, cuts, emph };
}

/**
 * Paragraphs of lines[from..to) (indices into `lines`, blank lines included). Blank lines
 * separate paragraphs unless the next line clearly continues the sentence.
 */
export function buildParas(lines: Line[], from: number, to: number, mode: WrapMode): Para[] {
  const paras: Para[] = [];
  let group: Line[] = [];
  let joiners: string[] = [];
  let prev: Line | null = null;
  let sawBlank = false;
  const flush = () => {
    if (group.length > 0) paras.push(paraFromLines(group, joiners));
    group = [];
    joiners = [];
  };
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line) continue;
    if (line.text === '') {
      sawBlank = true;
      continue;
    }
    const joiner = prev ? joinerFor(prev, line, mode) : null;
    // Across a blank line only a sentence that clearly goes on is joined.
    const join = joiner !== null && (!sawBlank || mode.wrapped || joiner === '' || STARTS_LOWER.test(line.text));
    if (prev && join) {
      group.push(squeezeJustified(line));
      joiners.push(joiner as string);
    } else {
      flush();
      group.push(squeezeJustified(line));
    }
    prev = line;
    sawBlank = false;
  }
  flush();
  return paras;
}
