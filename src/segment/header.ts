/**
 * The header of a document: issuing body, Quốc hiệu or party title, number and symbol,
 * place and date, urgency, type name, subject (trích yếu) and Kính gửi. Converters flatten
 * the two-column layout into lines in either order and sometimes onto one line; each line
 * is classified on its own, and the header ends at the first line that is body text.
 */
import type { DocDate, DocumentType } from '../types.js';
import { columnOf, sliceLine, type Line } from '../text/lines.js';
import { isVietnameseSyllable } from '../read/syllable.js';
import { canonicalTones, foldKey, hasMarks, markedKey } from '../text/fold.js';
import { BODY_OPENERS, DRAFT_MARK, MOTTO_PATTERNS, PARTY_TITLE, RULE_LINE, TYPE_TITLES, URGENCY, YOUTH_UNION_TITLE } from '../rules/vi/layout.js';
import { readLabel } from './labels.js';
import { isAllCaps, joinerFor, type WrapMode } from './paragraphs.js';
import { px, HAS_LETTER } from '../text/charclass.js';

export interface HeaderValue<T> {
  value: T;
  line: number;
}

export interface ReferenceValue {
  reference: string;
  number: string | null;
  symbol: string | null;
}

export interface Header {
  layout: 'state' | 'party' | null;
  /** Upper-case organization lines, grouped (a locality line continues the previous one). */
  issuerGroups: Array<HeaderValue<string>>;
  reference: HeaderValue<ReferenceValue> | null;
  date: DocDate | null;
  place: HeaderValue<string> | null;
  urgency: HeaderValue<string> | null;
  title: HeaderValue<{ type: DocumentType; typeName: string; printed: string }> | null;
  subject: HeaderValue<string> | null;
  /** True when the subject came from "V/v". */
  subjectIsVv: boolean;
  recipients: Array<HeaderValue<string>>;
  /** Index (into lines) of the first body line. */
  bodyStart: number;
}

const NUMBER_LINE = /^(?:Số|SỐ)\s{0,3}[:.]?\s{0,40}(.*)$/u;
const REF =
  px(/^(?<num>\d{1,6}[a-zđ]?)?[\s.…_]{0,40}(?<sym>(?:\/\s?\d{4}\s?)?[/-]\s?[\p{L}\d&.]{1,20}(?:\s?[/-]\s?[\p{L}\d&.]{1,20}){0,5})/u);
const DATE_WORDS =
  /ngày\s{0,3}(?<d>\d{1,2})?[\s.…_]{0,40}tháng\s{0,3}(?<m>\d{1,2})?[\s.…_]{0,40}năm\s{0,3}(?<y>\d{4})?/iu;
const DATE_NUMERIC = /ngày\s{0,3}(?<d>\d{1,2})\s?[/.-]\s?(?<m>\d{1,2})\s?[/.-]\s?(?<y>\d{4})/iu;
const PLACE_DATE = px(/^(?<place>[\p{Lu}][\p{L}.\-' ]{0,40}?)\s{0,3},\s{0,3}(?<date>ngày(?![\p{L}]).*)$/u);
const DATE_ONLY = px(/^(?<date>[Nn]gày(?![\p{L}])[\s\d.…_/-]{0,40}(?:tháng[\s\d.…_]{0,40}năm\s{0,3}\d{0,4})?)\s*$/u);
/** An addressee on a line of its own, without a dash: a capital, a short name, ";" or "." at the end. */
const UNDASHED_ITEM = px(/^\p{Lu}.{1,110}[;.]$/u);
const VV_ABBREVIATION = /^(?:V\/v|V\/V|v\/v|V\/\s?v)\s{0,3}[:.]?\s{0,3}(?=\S)/u;
const VV = /^(?:V\/v|V\/V|v\/v|Về\s+việc|VỀ\s+VIỆC|V\/\s?v)\s{0,3}[:.]?\s{0,3}(.*)$/u;
/**
 * "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH … điện:", "Chủ tịch UBND tỉnh điện:" — the addressees of a
 * công điện follow. In mixed case the sender must start with an office or a body.
 */
const DIEN = px(
  /^(?:[\p{Lu}\s.]{3,120}|(?:Chủ tịch|Phó Chủ tịch|Thủ tướng|Phó Thủ tướng|Bộ trưởng|Giám đốc|Trưởng ban|Ban Chỉ (?:huy|đạo)|Bí thư|Tư lệnh|Chỉ huy trưởng|Ủy ban|Uỷ ban|UBND|Chính phủ)(?![\p{L}])[\p{L}\s.]{0,100})\s(?:điện|ĐIỆN)\s{0,2}:\s{0,3}(.*)$/u,
);
export const KINH_GUI = /^[-–•*\s]{0,4}Kính\s{1,3}gửi\s{0,3}[:.]?\s{0,3}(.*)$/iu;

/** Type codes a symbol can start with, longest first ("TTr" before "TT"). */
const SYMBOL_TYPE_CODES = ['QyĐ', 'QĐi', 'TTr', 'CTr', 'TTg', 'QĐ', 'NĐ', 'NQ', 'CT', 'TB', 'KH', 'KL', 'HD', 'BC', 'TT', 'CV', 'GM', 'CĐ', 'BB', 'ĐA', 'PA', 'QC'];
const GLUED_SYMBOL = px(new RegExp(`^((?:\\d{1,6})?\\/(?:\\d{4}\\/)?)(${SYMBOL_TYPE_CODES.join('|')})(\\p{Lu}[\\p{Lu}\\p{Ll}&]{1,15})$`, 'u'));

/** "112/QĐUBND" → "112/QĐ-UBND", "61/2018/NĐCP" → "61/2018/NĐ-CP": the hyphen PDF text loses. */
export function restoreHyphen(reference: string): string {
  if (reference.includes('-')) return reference;
  const m = GLUED_SYMBOL.exec(reference);
  return m ? `${m[1]}${m[2]}-${m[3]}` : reference;
}

export function parseReference(text: string): ReferenceValue | null {
  const m = REF.exec(text.trim());
  if (!m?.groups) return null;
  const num = m.groups.num ?? null;
  const rawSym = restoreHyphen(`${num ?? ''}${(m.groups.sym ?? '').replace(/\s+/gu, '').replace(/\.+$/u, '')}`).slice((num ?? '').length);
  if (!HAS_LETTER.test(rawSym)) return null;
  const symbol = rawSym.replace(/^[/-]/u, '');
  return { reference: (num ?? '') + rawSym, number: num, symbol: symbol === '' ? null : symbol };
}

export function parseDocDate(text: string, line: number): DocDate | null {
  const numeric = DATE_NUMERIC.exec(text);
  const m = numeric ?? DATE_WORDS.exec(text);
  if (!m?.groups) return null;
  const int = (s: string | undefined) => (s === undefined ? null : Number.parseInt(s, 10));
  const day = int(m.groups.d);
  const month = int(m.groups.m);
  const year = int(m.groups.y);
  const valid = (v: number | null, lo: number, hi: number) => (v !== null && v >= lo && v <= hi ? v : null);
  const d = valid(day, 1, 31);
  const mo = valid(month, 1, 12);
  const y = valid(year, 1945, 2100);
  const iso =
    d !== null && mo !== null && y !== null
      ? `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
      : null;
  return { iso, year: y, month: mo, day: d, text: m[0].replace(/\s+/gu, ' ').trim(), line };
}

const ENACTING =
  px(/^(?:CHỦ TỊCH|BỘ TRƯỞNG|GIÁM ĐỐC|THỦ TƯỚNG|TỔNG GIÁM ĐỐC|CỤC TRƯỞNG|TRƯỞNG BAN|ỦY BAN|UỶ BAN|HỘI ĐỒNG|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|BAN CHỈ ĐẠO|THƯỜNG TRỰC)(?![\p{L}])/u);

const MOTTO_KEYS = ['cong hoa xa hoi chu nghia viet nam', 'doc lap - tu do - hanh phuc', 'dang cong san viet nam'];
const MOTTO_LETTERS = MOTTO_KEYS.map((k) => k.replace(/[^a-z]/gu, ''));
const MOTTO_MAX = Math.max(...MOTTO_LETTERS.map((m) => m.length));

/**
 * The letters of foldKey(text), a–z only, cut after MOTTO_MAX + 1 of them: enough to tell
 * whether the text is a motto, a prefix of one, or longer than any. Folding goes character
 * by character, so the letters of a slice are a slice of the letters; a body line of 500
 * characters costs one 64-character fold instead of an NFD pass over all of it.
 */
/**
 * True when the text's first folded letter is already an ASCII letter other than c or d —
 * every motto starts with c or d — found without folding: ASCII digits, punctuation and
 * spaces fold to nothing, ASCII letters to themselves in lower case.
 */
function startsOffMotto(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return false;
    const lower = code | 0x20; // A–Z → a–z; nothing else lands in a–z
    if (lower >= 0x61 && lower <= 0x7a) return lower !== 0x63 && lower !== 0x64;
  }
  return false;
}

function mottoLetters(text: string): string {
  let out = '';
  for (let at = 0; at < text.length && out.length <= MOTTO_MAX; at += 64) out += foldKey(text.slice(at, at + 64)).replace(/[^a-z]/gu, '');
  return out.slice(0, MOTTO_MAX + 1);
}

const SHORT_CAPS_WORD = px(/^\p{Lu}{1,4}$/u);

/**
 * Converters break header lines where the columns wrap: "CỘNG" ⏎ "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
 * "Bình Định, ngày" ⏎ "29 tháng 04 năm 2021". Join such pairs (the first line's position is kept).
 */
export function mergeBrokenHeaderLines(view: Line[], origin: number[]): void {
  for (let k = 0; k + 1 < view.length; k++) {
    const a = view[k] as Line;
    let n = k + 1;
    while (n < view.length && (view[n] as Line).text === '' && n - k < 3) n++;
    const b = view[n];
    if (!b || a.text === '' || b.text === '') continue;
    const sa = startsOffMotto(a.text) ? '' : mottoLetters(a.text);
    let sab: string | null = null;
    const motto =
      sa.length >= 4 &&
      MOTTO_LETTERS.some((m) => {
        if (!m.startsWith(sa) || m === sa) return false;
        sab ??= sa + mottoLetters(b.text);
        return sab.startsWith(m) || m.startsWith(sab);
      });
    // "Lai Châu, ngày 22 tháng 01 năm" ⏎ "2027" (a converter's table cell wrapped before the year).
    const date = /(?:,\s{0,3}ngày|ngày\s{0,3}\d{1,2}|tháng\s{0,3}\d{1,2}(?:\s{1,3}năm)?)\s*$/u.test(a.text) && /^(?:\d{1,2}\s{0,3}tháng|tháng|năm|\d{4})/u.test(b.text);
    const word = SHORT_CAPS_WORD.test(a.text.trim()) && isAllCaps(b.text) && !isMottoLine(b.text) && n === k + 1;
    if (!motto && !date && !word) continue;
    view[k] = { ...a, text: `${a.text} ${b.text}`, cuts: [], emph: [] };
    view.splice(k + 1, n - k);
    origin.splice(k + 1, n - k);
    k--;
  }
}

export function isMottoLine(text: string): boolean {
  const canon = canonicalTones(text);
  return MOTTO_PATTERNS.some((p) => p.test(canon)) || YOUTH_UNION_TITLE.test(canon);
}

export function isNumberLine(text: string): boolean {
  const m = NUMBER_LINE.exec(text);
  return m !== null && parseReference(m[1] ?? '') !== null;
}

/**
 * The urgency mark a line may be: "| HỎA TỐC |" is the mark in its box, as a scan's text gives
 * it, and "HOA TỐC" the mark with its hook lost. Tested against URGENCY by both the header's
 * reader and isHeaderElement.
 */
function urgencyMark(text: string): string {
  const trimmed = text.trim();
  return (/^\|\s{0,3}(\S.{0,40}?)\s{0,3}\|$/u.exec(trimmed)?.[1] ?? trimmed).replace(/^HOA(?=\s{1,3}TỐC)/u, 'HỎA');
}

/** A line that is a header element of its own, never the continuation of a subject. */
function isHeaderElement(text: string): boolean {
  return (
    RULE_LINE.test(text) ||
    KINH_GUI.test(text) ||
    DIEN.test(text) ||
    NUMBER_LINE.test(text) ||
    PLACE_DATE.test(text) ||
    DATE_ONLY.test(text) ||
    URGENCY.test(urgencyMark(text)) ||
    DRAFT_MARK.test(text.trim()) ||
    matchTitle(text) !== null ||
    readLabel(text) !== null
  );
}

function stripMottos(text: string): { rest: string; state: boolean; party: boolean } {
  let rest = text;
  let state = false;
  let party = false;
  for (const pattern of MOTTO_PATTERNS) {
    const m = pattern.exec(canonicalTones(rest));
    if (m) {
      if (pattern.source === PARTY_TITLE.source) party = true;
      else state = true;
      rest = `${rest.slice(0, m.index)} ${rest.slice(m.index + m[0].length)}`;
    }
  }
  if (!state && !party && YOUTH_UNION_TITLE.test(canonicalTones(rest))) return { rest: '', state: false, party: true };
  if (state || party) rest = rest.replace(/\s{2,}/gu, ' ').replace(/^[\s\-–—_*]+|[\s\-–—_*]+$/gu, '');
  return { rest, state, party };
}

const TITLES = [...TYPE_TITLES]
  .sort((a, b) => b.title.length - a.title.length)
  .map((t) => ({ ...t, key: foldKey(t.title), marked: markedKey(t.title) }));

const LEADING_PICTOGRAPHS = /^(?:[\u{1F000}-\u{1FFFF}\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]\s?){1,8}\s*/u;

/** "LIÊN TỊCH", "LIÊN NGÀNH" after the type word, on its line or the next: a joint document. */
const JOINT = /^LIÊN\s{1,3}(?:TỊCH|NGÀNH)(?=\s|$)/u;

function matchTitle(raw: string): { type: DocumentType; typeName: string; printed: string; rest: string } | null {
  // "📢📢📢 THÔNG BÁO" (a post on a social network): the pictographs before the title go.
  const text = raw.replace(LEADING_PICTOGRAPHS, '');
  if (!isAllCaps(text)) return null;
  const key = foldKey(text);
  // Text that has its tone marks must match with them: folded, "PHƯỜNG AN KHÁNH" would be
  // "PHƯƠNG ÁN …". Text stripped to ASCII ("THONG BAO") matches folded.
  const marked = hasMarks(text) ? markedKey(text) : null;
  for (const t of TITLES) {
    if (key === t.key || key.startsWith(`${t.key} `)) {
      const words = t.title.split(' ').length;
      const parts = text.trim().split(/\s+/u);
      if (marked !== null && !`${marked} `.startsWith(`${t.marked} `)) continue;
      // "KẾ HOẠCH LIÊN TỊCH", "HƯỚNG DẪN LIÊN NGÀNH": a joint document of the same type.
      const joint = JOINT.exec(parts.slice(words).join(' '))?.[0].trim().split(/\s+/u).length ?? 0;
      return { type: t.type, typeName: t.typeName, printed: parts.slice(0, words + joint).join(' '), rest: parts.slice(words + joint).join(' ') };
    }
  }
  return null;
}

/**
 * A Kính gửi line that runs on into the body, as text pasted from a chat app writes it:
 * "Kính gửi: - Trưởng các thôn; - Công an xã. Thực hiện Công văn số …". The line is split
 * after the list so the body starts with its own sentence (and keeps its columns).
 */
export function splitRunInRecipients(lines: Line[]): Line[] {
  let out: Line[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    let cut = -1;
    if (line.text.length > 60 && KINH_GUI.test(line.text)) {
      const end = /[.:]\s{1,3}(?=\S)/gu;
      for (let m = end.exec(line.text); m; m = end.exec(line.text)) {
        const at = m.index + m[0].length;
        // Only after the first item ("Kính gửi:" itself ends with a colon).
        if (at > 12 && BODY_OPENERS.test(line.text.slice(at))) {
          cut = at;
          break;
        }
      }
    }
    if (cut < 0) {
      out?.push(line);
      continue;
    }
    out ??= lines.slice(0, i);
    out.push(sliceLine(line, 0, cut), sliceLine(line, cut, line.text.length));
  }
  return out ?? lines;
}

/** A scan's frame and OCR'd rules at a header line's edges: "|  THÀNH ỦY CẦN THƠ", "Số 318-TB/TU   _|". */
const FRAME_START = /^[|¦](?=\s)\s{0,60}/u;
const FRAME_END = /\s{0,8}_{0,20}[|¦]$|(?<=\S)\s{2,8}_{1,20}$/u;
/** "_|" or "|" left between two cells of the line by the frame's corner. */
const FRAME_MID = /(?<=\S)\s{3,60}_{0,20}[|¦](?=\s{3})/u;
/** Capitals set apart letter by letter ("Đ Ả N G   C Ộ N G   S Ả N"): words split at 2+ spaces. */
const SPACED_CAPS = px(/(?<![\p{L}\d])\p{Lu}(?: \p{Lu}){1,12}(?: {2,4}\p{Lu}(?: \p{Lu}){1,12}){0,12}(?![\p{L}\d])/gu);
// (plain ranges, not \p{Lu}: a Unicode class costs milliseconds to compile on a cold start)
const LONE_CHAR = /(?:^|\s)[A-ZÀ-ỸĐ] [A-ZÀ-ỸĐ]/u;
/** A capital alone before a space and another capital: the cheap test before the two below. */
const LONE_CAPITAL = px(/(?<![\p{L}\d])\p{Lu} \p{Lu}/u);
/** One capital cut off its syllable by OCR ("K ẾT LUẬN", "V Ề VIỆC"). */
const CUT_INITIAL = px(/(?<![\p{L}\d])(\p{Lu}) (\p{Lu}{1,6})(?![\p{L}\d])/gu);

/**
 * A scanned header line as OCR gives it, with the frame removed and letter-spaced or cut
 * capitals rejoined. Every character kept points at its source column.
 */
export function cleanScannedHeaderLine(line: Line): Line {
  let l = line;
  const framed = l.text.includes('|') || l.text.includes('¦');
  const start = framed ? FRAME_START.exec(l.text) : null;
  const end = framed || l.text.endsWith('_') ? FRAME_END.exec(l.text) : null;
  if (start || end) l = sliceLine(l, start ? start[0].length : 0, end ? end.index : l.text.length);
  const mid = framed ? FRAME_MID.exec(l.text) : null;
  if (mid) {
    // Blank the corner out (spaces keep the columns and still part the cells).
    const at = mid.index + mid[0].search(/[_|¦]/u);
    l = { ...l, text: `${l.text.slice(0, at)}${' '.repeat(mid.index + mid[0].length - at)}${l.text.slice(mid.index + mid[0].length)}` };
  }
  // Most lines have no capital standing alone before another: nothing more to do (a cheap
  // test for "a character alone between spaces" first).
  if (!LONE_CHAR.test(l.text) || !LONE_CAPITAL.test(l.text)) return l;
  const keep: boolean[] = new Array<boolean>(l.text.length).fill(true);
  let changed = false;
  for (const m of l.text.matchAll(SPACED_CAPS)) {
    // Three letters at least: "A B" may be two words.
    if (m[0].replace(/ /gu, '').length < 3) continue;
    const from = m.index ?? 0;
    const run = m[0];
    for (let k = 0; k < run.length; k++) {
      if (run[k] !== ' ') continue;
      // A single space between letters goes; a run of spaces (between words) becomes one.
      const firstOfRun = run[k - 1] !== ' ' && run[k + 1] === ' ';
      if (!firstOfRun) {
        keep[from + k] = false;
        changed = true;
      }
    }
  }
  for (const m of l.text.matchAll(CUT_INITIAL)) {
    const head = m[1] ?? '';
    if (isVietnameseSyllable(head) || !isVietnameseSyllable(`${head}${m[2] ?? ''}`)) continue;
    keep[(m.index ?? 0) + head.length] = false;
    changed = true;
  }
  if (!changed) return l;
  let text = '';
  const cuts: Array<[number, number]> = [];
  let prevShift = 0;
  for (let i = 0; i < l.text.length; i++) {
    if (!keep[i]) continue;
    const shift = columnOf(l, i) - 1 - l.col0 - text.length;
    if (shift > prevShift) cuts.push([text.length, shift - prevShift]);
    prevShift = shift;
    text += l.text[i];
  }
  return { ...l, text, cuts, emph: [] };
}

/**
 * Where a header copied onto one line ("TỈNH ỦY AN GIANG * Số 32-CT/TU ĐẢNG CỘNG SẢN VIỆT NAM An
 * Giang, ngày 04 tháng 10 năm 2027 CHỈ THỊ về … -----", as a PDF's text pasted into a chat app
 * gives it) starts each of its cells: the party star, the number, a motto, the place before
 * "ngày", the type name after the year, a rule.
 */
const RUN_TOGETHER_CUTS = px(
  /\s\*\s|(?<=\s)(?:Số|SỐ)\s{0,3}[:.]?\s{0,3}\d{1,6}[\p{L}]?\s{0,2}[/-]|Đ[ẢA]NG\s{1,3}C[ỘO]NG\s{1,3}S[ẢA]N\s{1,3}VI[ỆE]T\s{1,3}NAM|C[ỘO]NG\s{0,3}H[ÒOÕ]A\s{0,3}X[ÃAÀ]\s{0,3}H[ỘO]I\s{0,3}CH[ỦU]\s{0,3}NGH[ĨI]A\s{0,3}VI[ỆE]T\s{0,3}NAM|Độc\s{1,3}lập\s{0,3}[-–—]\s{0,3}Tự\s{1,3}do\s{0,3}[-–—]\s{0,3}Hạnh\s{1,3}phúc|(?<=\s)\p{Lu}[\p{Ll}]{0,10}(?:\s\p{Lu}[\p{Ll}]{0,10}){0,3},\s{0,3}ngày(?!\p{L})|(?<=năm\s{1,3}\d{4}\s)|\s-{3,}\s*$/gu,
);
const TITLE_THEN_SUBJECT = px(/^([\p{Lu}][\p{Lu} ]{2,40}?)\s(?=(?:về|Về|V\/v)\s)/u);
const HAS_MOTTO = px(/Đ[ẢA]NG\s{1,3}C[ỘO]NG\s{1,3}S[ẢA]N\s{1,3}VI[ỆE]T\s{1,3}NAM|C[ỘO]NG\s{0,3}H[ÒOÕ]A\s{0,3}X[ÃAÀ]\s{0,3}H[ỘO]I|Độc\s{1,3}lập\s{0,3}[-–—]/u);

/**
 * A header on one line split into its cells; any other line as it is. Only a line holding a
 * motto, a number and a date is split: three cells a header prints apart.
 */
export function splitRunTogetherHeader(line: Line): Line[] {
  const text = line.text;
  if (text.length < 60 || text.length > 2000 || !HAS_MOTTO.test(text) || !/(?:Số|SỐ)\s{0,3}[:.]?\s{0,3}\d/u.test(text) || !/ngày\s{1,3}\d{1,2}\s{1,3}tháng\s{1,3}\d{1,2}\s{1,3}năm\s{1,3}\d{4}|ngày\s{1,3}\d{1,2}\/\d{1,2}\/\d{4}/u.test(text)) return [line];
  const cuts = new Set<number>();
  let yearCut = false;
  RUN_TOGETHER_CUTS.lastIndex = 0;
  for (let m = RUN_TOGETHER_CUTS.exec(text); m; m = RUN_TOGETHER_CUTS.exec(text)) {
    if (m[0] === '') {
      // after the year of the first date only: a year in the subject is the subject's
      if (!yearCut) cuts.add(m.index);
      yearCut = true;
      RUN_TOGETHER_CUTS.lastIndex = m.index + 1;
      continue;
    }
    cuts.add(m.index);
    // the star is a cell of its own; a motto ends where its words do (the number and the
    // place-date run on to the next cut)
    if (m[0].trim() === '*' || HAS_MOTTO.test(m[0])) cuts.add(m.index + m[0].length);
  }
  const points = [...cuts].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
  if (points.length < 3) return [line];
  const out: Line[] = [];
  let from = 0;
  for (const at of [...points, text.length]) {
    const cell = sliceLine(line, from, at);
    // "CHỈ THỊ về tăng cường …": the type name, then the subject
    const titled = TITLE_THEN_SUBJECT.exec(cell.text);
    if (titled && matchTitle(titled[1] ?? '') !== null) out.push(sliceLine(cell, 0, (titled[1] ?? '').length), sliceLine(cell, (titled[1] ?? '').length, cell.text.length));
    else if (cell.text !== '') out.push(cell);
    from = at;
  }
  return out;
}

/** The items of a list written on one line: "- A; - B; - C." (a dash after every ";"). */
export function splitInlineItems(inline: string): string[] {
  if (!/^[-–+•]/u.test(inline)) return inline.split(/;/u);
  // ("- Ban Bí thư (b/c), - Các đảng ủy trực thuộc, - Lưu": a comma where the list had its breaks)
  if (!/[;,]\s{0,3}[-–+•]\s/u.test(inline)) return [inline];
  return inline.split(/[;,]\s{0,3}(?=[-–+•]\s)/u);
}

function cleanItem(text: string): string {
  return text
    .replace(/^[-–+•*\s]+/u, '')
    .replace(/[\s;,.]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

const LOCALITY_START = px(/^(TỈNH|THÀNH PHỐ|TP\.?|XÃ|PHƯỜNG|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|ĐẶC KHU|TRUNG ƯƠNG)(?![\p{L}])(?!\s{1,3}(?:ỦY|UỶ)(?![\p{L}]))/u);
/** An upper-case line that names a body of its own (a new issuer group), not the rest of the previous name. */
const ORG_START =
  px(/^(ỦY BAN|UỶ BAN|UBND|HĐND|HỘI ĐỒNG|SỞ|BAN|ĐẢNG|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|HUYỆN ỦY|HUYỆN UỶ|VĂN PHÒNG|BỘ|CỤC|CHI CỤC|TỔNG CỤC|VỤ|PHÒNG|TRUNG TÂM|CÔNG AN|THANH TRA|KHO BẠC|CHI BỘ|ĐOÀN|HỘI|MẶT TRẬN|TỔ|TIỂU BAN|LIÊN ĐOÀN|BẢO HIỂM|NGÂN HÀNG|TRƯỜNG|BỆNH VIỆN|VIỆN|CHÍNH PHỦ|QUỐC HỘI|THUẾ|HẢI QUAN|TÒA ÁN|TOÀ ÁN|ĐÀI|BÁO|ĐỒN|TRẠM)(?![\p{L}])/u);

/**
 * A parent and its issuer in one cell, as docling merges the header's lines: "UBND TỈNH TUYÊN
 * QUANG SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG". After the parent's locality, the first word that opens
 * a body of its own starts the issuer ("PHÒNG" of "HẢI PHÒNG" is the city's).
 */
const MERGED_ISSUER = px(/^((?:(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HĐND|ĐẢNG ỦY|ĐẢNG UỶ)\s{1,3}(?:TỈNH|THÀNH PHỐ|HUYỆN|XÃ|PHƯỜNG|QUẬN|THỊ XÃ)|(?:TỈNH|THÀNH|HUYỆN|QUẬN)\s{1,3}(?:ỦY|UỶ))\s{1,3}[\p{Lu}\p{M}]{1,10}(?:\s{1,3}[\p{Lu}\p{M}]{1,10}){0,3}?)\s{1,3}((?:SỞ|BAN|VĂN PHÒNG|CHI CỤC|CÔNG AN|TRUNG TÂM|THANH TRA|KHO BẠC|BẢO HIỂM|ỦY BAN KIỂM TRA|UỶ BAN KIỂM TRA|BỘ CHỈ HUY|ĐẢNG ỦY|ĐẢNG UỶ|(?<!HẢI\s{1,3})PHÒNG)\s{1,3}\S.*)$/u);

function splitMergedIssuer(text: string): string[] {
  const m = MERGED_ISSUER.exec(text);
  return m ? [m[1] as string, m[2] as string] : [text];
}

/** Words a subject's line cannot end on: the phrase goes on in the next line. */
const DANGLING_END = /(?:^|\s)(?:với|của|về|và|cho|tại|trong|đến|các|những|trên|theo|đối|giữa)\s*\**$/u;

const SYMBOL_PIECE = px(/^[\p{Lu}\d&]{1,20}(?:[-/][\p{Lu}\d&]{1,20}){0,3}(?=\s|$)/u);
const LOWER_OR_DIGIT_START = px(/^[\p{Ll}\d]/u);
/** A subject's second line giving the period it covers: "(từ ngày 14/6 đến ngày 18/6/2027)", "(Tuần 24)". */
const SUBJECT_SPAN = /^\((?:[Tt]ừ\s{1,3}ngày|[Tt]uần\s{1,3}\d)[^()]{0,80}\)$/u;
const ENACTING_NEXT = px(/^(?:Căn\s+cứ|Xét|Theo)(?![\p{L}])/u);

/**
 * Read the header from the top of `lines`. `limit` bounds the scan so that a document
 * without a header costs nothing.
 */
/** A line emphasized from its first letter to its last. */
function wholeEmph(line: Line): boolean {
  const text = line.text;
  const first = text.search(/\S/u);
  const last = text.trimEnd().length;
  return first >= 0 && line.emph.some(([a, b]) => a <= first && b >= last);
}

export function readHeader(lines: Line[], mode: WrapMode, limit = 80): Header {
  const h: Header = {
    layout: null,
    issuerGroups: [],
    reference: null,
    date: null,
    place: null,
    urgency: null,
    title: null,
    subject: null,
    subjectIsVv: false,
    recipients: [],
    bodyStart: 0,
  };
  let state = false;
  let party = false;
  let i = 0;
  const end = Math.min(lines.length, limit);
  let bodyStart = -1;

  const nextNonBlank = (from: number): number => {
    let k = from;
    while (k < lines.length && (lines[k] as Line).text === '') k++;
    return k;
  };

  /** Lines continuing a subject that starts at index `first`; returns [text, next index]. */
  const readSubject = (first: number, firstText: string): [string, number] => {
    let text = firstText;
    let prev = lines[first] as Line;
    let k = first + 1;
    let taken = 1;
    while (taken < 6) {
      const n = nextNonBlank(k);
      const line = lines[n];
      if (!line) break;
      if (RULE_LINE.test(line.text)) return [text, n + 1];
      // "----- Căn cứ Điều lệ Đảng …": the rule under the subject glued to the next line (pdftotext
      // drops the line break after a line-final dash)
      if (/^[-_=]{3,}\s{0,3}\S/u.test(line.text)) return [text, n];
      const wrappedDash = readLabel(line.text)?.kind === 'dash' && joinerFor(prev, line, mode) !== null;
      if (isHeaderElement(line.text) && !wrappedDash) break;
      // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X" before "Căn cứ…": the enacting authority, not the subject.
      if (ENACTING.test(line.text) && ENACTING_NEXT.test(lines[nextNonBlank(n + 1)]?.text ?? '')) break;
      const caps = isAllCaps(prev.text) && isAllCaps(line.text) && matchTitle(line.text) === null;
      const lower = LOWER_OR_DIGIT_START.test(line.text) && joinerFor(prev, line, mode) !== null;
      // Wrapped subject lines follow each other without a blank line.
      // (PDF text may leave a blank line between them; two or more blank lines end it.)
      const adjacent = (n === k || (mode.wrapped && n - k < 2)) && !isAllCaps(line.text) && !/[.;:]$/u.test(prev.text) && !BODY_OPENERS.test(line.text);
      // "Lịch công tác tuần 24 …" ⏎ "(từ ngày 14/6/2027 đến ngày 18/6/2027)": the week it covers.
      const span = SUBJECT_SPAN.test(line.text);
      // "… tại buổi làm việc với" ⏎ (blank) ⏎ "Ban Thường vụ Đảng ủy phường Kim Long": a line that
      // ends on a preposition goes on, whatever lies between.
      const dangling = n - k < 3 && DANGLING_END.test(prev.text) && !isAllCaps(line.text) && !BODY_OPENERS.test(line.text);
      // "**ý kiến của Thường trực Tỉnh ủy về công tác chuẩn bị Hội nghị**" ⏎ (blank) ⏎ "**Ban Chấp
      // hành Đảng bộ tỉnh cuối năm 2027**": a title's lines as bold paragraphs of their own.
      const bold = n - k < 2 && wholeEmph(prev) && wholeEmph(line) && !isAllCaps(line.text) && !/[.;:]$/u.test(prev.text) && !BODY_OPENERS.test(line.text);
      if (!caps && !lower && !adjacent && !wrappedDash && !span && !dangling && !bold) break;
      text += ` ${line.text}`;
      if (span) return [text, n + 1];
      prev = line;
      k = n + 1;
      taken++;
    }
    // A rule line may close the subject after a blank.
    const n = nextNonBlank(k);
    if (lines[n] && RULE_LINE.test((lines[n] as Line).text) && n - k < 3) return [text, n + 1];
    return [text, k];
  };

  while (i < end) {
    const line = lines[i] as Line;
    if (line.text === '') {
      i++;
      continue;
    }
    if (RULE_LINE.test(line.text)) {
      if (line.text.trim() === '*') party = true;
      i++;
      continue;
    }
    const stripped = stripMottos(line.text);
    state ||= stripped.state;
    party ||= stripped.party;
    let text = stripped.rest;
    // "* Đắk Lắk, ngày 20 tháng 12 năm 2027": the party's star and the next cell of its row,
    // as a PDF viewer copies the two columns row by row.
    const star = /^\*\s{1,40}(?=\S)/u.exec(text);
    if (star && !/^\*\s{1,3}\*/u.test(text)) {
      party = true;
      text = text.slice(star[0].length);
    }
    if (text === '') {
      i++;
      continue;
    }

    const num = NUMBER_LINE.exec(text);
    if (num && h.reference === null) {
      const rest = num[1] ?? '';
      let ref = parseReference(rest);
      const m = REF.exec(rest.trim());
      text = rest.trim().slice(m ? m[0].length : 0).trim();
      // "Số: 3104/SNV-" ⏎ "XDCQ&CTTN": a symbol broken at its hyphen continues on the next line.
      if (ref && (/-$/u.test(ref.reference) || text === '-') && (text === '' || text === '-')) {
        text = '';
        const n = nextNonBlank(i + 1);
        const next = lines[n];
        const piece = next ? SYMBOL_PIECE.exec(next.text) : null;
        if (next && piece) {
          ref = parseReference(rest.trim() + piece[0]) ?? ref;
          lines[n] = sliceLine(next, piece[0].length, next.text.length);
        }
      }
      if (ref) {
        h.reference = { value: ref, line: line.n };
        if (text === '') {
          i++;
          continue;
        }
      } else if (/^[\s.…_]*$/u.test(rest)) {
        // "Số:" ⏎ "156/SYT-NVY": the number on the next line.
        const n = nextNonBlank(i + 1);
        const next = lines[n];
        const nextRef = next ? parseReference(next.text) : null;
        const nm = next ? REF.exec(next.text.trim()) : null;
        if (next && nextRef && nm && next.text.trim().slice(nm[0].length).trim() === '') {
          h.reference = { value: nextRef, line: next.n };
          i = n + 1;
          continue;
        }
        i++;
        continue;
      }
    }

    const pd = PLACE_DATE.exec(text) ?? DATE_ONLY.exec(text);
    if (pd?.groups && h.date === null && !(DATE_ONLY.test(text) && h.title !== null)) {
      const date = parseDocDate(pd.groups.date ?? '', line.n);
      if (date) {
        h.date = date;
        const place = pd.groups.place?.trim();
        if (place) h.place = { value: place, line: line.n };
        i++;
        continue;
      }
    }

    if (DRAFT_MARK.test(text.trim())) {
      i++;
      continue;
    }
    const mark = urgencyMark(text);
    const urgency = URGENCY.exec(mark);
    if (urgency) {
      h.urgency = { value: mark, line: line.n };
      i++;
      continue;
    }

    const title = h.title === null ? matchTitle(text) : null;
    if (title) {
      h.title = { value: { type: title.type, typeName: title.typeName, printed: title.printed }, line: line.n };
      if (title.rest !== '') {
        const [subject, next] = readSubject(i, title.rest);
        h.subject = { value: subject, line: line.n };
        i = next;
      } else {
        let n = nextNonBlank(i + 1);
        // "KẾ HOẠCH" ⏎ "LIÊN TỊCH" ⏎ "Phối hợp …": the second word of the type, not the subject.
        if (JOINT.test(lines[n]?.text.trim() ?? '') && (lines[n]?.text.trim().split(/\s+/u).length ?? 0) === 2) {
          h.title.value.printed += ` ${(lines[n] as Line).text.trim()}`;
          n = nextNonBlank(n + 1);
        }
        const first = lines[n];
        if (first && !RULE_LINE.test(first.text) && !KINH_GUI.test(first.text) && readLabel(first.text) === null && !/^Căn\s+cứ/u.test(first.text)) {
          // "THÔNG BÁO" ⏎ "V/v tổ chức tập huấn …": the abbreviation labels the subject, as in a
          // công văn ("Về việc" is kept: it is written out as part of the subject).
          const vvMark = VV_ABBREVIATION.exec(first.text);
          const [subject, next] = readSubject(n, vvMark ? first.text.slice(vvMark[0].length) : first.text);
          h.subject = { value: subject, line: first.n };
          i = next;
        } else {
          i = n;
        }
      }
      continue;
    }

    const vv = VV.exec(text);
    if (vv && h.subject === null) {
      const [subject, next] = readSubject(i, vv[1] ?? '');
      h.subject = { value: subject, line: line.n };
      h.subjectIsVv = true;
      i = next;
      continue;
    }

    const kg = KINH_GUI.exec(text) ?? DIEN.exec(text);
    if (kg) {
      const inline = (kg[1] ?? '').trim();
      if (inline !== '') {
        const parts = splitInlineItems(inline);
        for (const p of parts) {
          const item = cleanItem(p);
          if (item !== '') h.recipients.push({ value: item, line: line.n });
        }
      }
      let k = i + 1;
      let open = inline !== '' && !/[;,.:]$/u.test(inline);
      let lastLine: Line = line;
      for (;;) {
        const n = nextNonBlank(k);
        const next = lines[n];
        if (!next) break;
        const last = h.recipients[h.recipients.length - 1];
        // A wrapped item goes on until its ";" / "," / ".". ("- Giám đốc các Sở: …, Y tế," ⏎ "Giáo
        // dục và Đào tạo;" ⏎ "- …": a list of names wrapped after one of its commas.)
        const afterComma = !open && /,$/u.test(lastLine.text) && /;$/u.test(next.text) && /^[-–+•]\s/u.test(lines[nextNonBlank(n + 1)]?.text ?? '');
        if ((open || afterComma) && last && !/^[-–+•]/u.test(next.text) && readLabel(next.text) === null && !isHeaderElement(next.text) && joinerFor(lastLine, next, mode) !== null) {
          last.value = cleanItem(`${last.value}${afterComma ? ',' : ''} ${next.text}`);
          open = !/[;,.:]$/u.test(next.text);
          lastLine = next;
          k = n + 1;
          continue;
        }
        // A list typed without dashes ("Kính gửi:" ⏎ "Sở Y tế;" ⏎ "Công an tỉnh;" …): each line an
        // item while the one before ended in ";" (the last ends in ".").
        const undashed = !/^[-–+•]/u.test(next.text) && (h.recipients.length === 0 ? inline === '' : /;$/u.test(lastLine.text)) && UNDASHED_ITEM.test(next.text) && readLabel(next.text) === null && !BODY_OPENERS.test(next.text);
        if ((!/^[-–+•]\s{0,3}\S/u.test(next.text) && !undashed) || readLabel(next.text)?.kind === 'dec1') break;
        const item = cleanItem(next.text);
        if (item !== '') h.recipients.push({ value: item, line: next.n });
        open = !/[;,.:]$/u.test(next.text);
        lastLine = next;
        k = n + 1;
      }
      bodyStart = k;
      break;
    }

    if (isAllCaps(text) && h.title === null && h.subject === null && text.length <= 100 && readLabel(text) === null) {
      for (const part of splitMergedIssuer(text)) {
        const prev = h.issuerGroups[h.issuerGroups.length - 1];
        const hasLocality = /\s(TỈNH|XÃ|PHƯỜNG|HUYỆN|THÀNH PHỐ)\s/u.test(` ${prev?.value ?? ''} `);
        // "ĐẢNG ỦY PHƯỜNG" ⏎ "XUÂN HƯƠNG - ĐÀ LẠT": a locality word whose name is on the next line
        const nameFollows = /\s(?:TỈNH|XÃ|PHƯỜNG|HUYỆN|THÀNH PHỐ|ĐẶC KHU)$/u.test(` ${prev?.value ?? ''}`) && !ORG_START.test(part) && !LOCALITY_START.test(part);
        const continues = nameFollows || (LOCALITY_START.test(part) ? !hasLocality : !ORG_START.test(part) && !hasLocality);
        if (prev && continues) {
          prev.value = `${prev.value} ${part}`;
        } else {
          h.issuerGroups.push({ value: part, line: line.n });
        }
      }
      i++;
      continue;
    }

    bodyStart = i;
    break;
  }
  if (bodyStart < 0) bodyStart = i;
  h.bodyStart = bodyStart;
  h.layout = party ? 'party' : state ? 'state' : null;
  // "… đến năm 2035" ⏎ "(trích)": an excerpt's mark under the subject says what was copied, it
  // is no part of the subject.
  if (h.subject) h.subject.value = h.subject.value.replace(/\s*\((?:trích|Trích|TRÍCH)(?:\s{1,3}(?:sao|lục|SAO|LỤC))?\)\s*$/u, '');
  return h;
}
