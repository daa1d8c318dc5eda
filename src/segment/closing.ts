/**
 * The end of a document: "Nơi nhận" (distribution) and the signature block (authority,
 * position, name). Flattened two-column layouts print them in either order; each line of
 * the closing zone is classified on its own.
 */
import type { Signer } from '../types.js';
import { sliceLine, splitColumns, type Line } from '../text/lines.js';
import { AUTHORITY, SIGNED_NOTE } from '../rules/vi/layout.js';
import { nameCase, sentenceCase } from '../rules/vi/names.js';
import { isAllCaps } from './paragraphs.js';
import { readLabel } from './labels.js';
import { splitInlineItems } from './header.js';
import { px } from '../text/charclass.js';

export const NOI_NHAN = /^[-–•*\s]{0,4}(?:Nơi\s{1,3}nhận|NƠI\s{1,3}NHẬN)\s{0,3}[:.]?\s{0,3}(.*)$/u;
const ITEM = /^[-–+•]\s{0,3}\S/u;
/** The rest of a Nơi nhận item wrapped after one of its commas: "Ban Nội chính, UBKT Tỉnh ủy,". */
const WRAPPED_ITEM = px(/^\p{Lu}[^()]{2,120}[,;.]\s*$/u);
/** A file in a mail's list of attachments: a name with its extension, or its size. */
const ATTACHED_FILE = /\.(?:pdf|docx?|xlsx?|zip|rar|jpe?g|png)\b|\(\d{1,4}(?:[.,]\d{1,2})?\s?(?:KB|MB|kB|GB)\)\s*$/u;
const UNDASHED_ITEM = px(/^\p{Lu}[^:]{0,100}[;.]$|^Lưu\s{0,2}:?\s{0,3}[^;]{0,40}\.?$/u);
const TITLE_WORDS =
  /(CHỦ TỊCH|GIÁM ĐỐC|BÍ THƯ|TRƯỞNG|CHÁNH|THỦ TRƯỞNG|PHÓ|TỔNG|BỘ TRƯỞNG|THỨ TRƯỞNG|ỦY VIÊN|UỶ VIÊN|CHỦ NHIỆM|HIỆU TRƯỞNG|VIỆN TRƯỞNG|KẾ TOÁN|THƯỜNG TRỰC)/u;
const DIGITAL_SIGNATURE = /^(Ký bởi|Người ký|Thời gian ký|Cơ quan\s*:|Email\s*:|Signed by|Ngày ký)/iu;
const NAME = px(/^(?:\p{Lu}[\p{Ll}\p{M}]{0,7}\s{1,2}){1,4}\p{Lu}[\p{Ll}\p{M}]{0,7}\.?$/u);
const CAPS_NAME = px(/^(?:\p{Lu}{1,8}\s{1,2}){1,4}\p{Lu}{1,8}$/u);

function isAuthority(text: string): RegExpExecArray | null {
  const m = AUTHORITY.exec(text);
  if (!m) return null;
  return isAllCaps(m[2] ?? '') ? m : null;
}

/** Does the closing zone start at line index i? (Nơi nhận, or a signature line.) */
export function isClosingStart(lines: Line[], i: number): boolean {
  const text = lines[i]?.text ?? '';
  return NOI_NHAN.test(text) || isAuthority(text) !== null;
}

/**
 * Index of the first line of the closing zone in lines[from, to), or `to`. The zone starts at
 * the last "Nơi nhận", the last authority line, or a title line followed by a name at the
 * very end, whichever comes first.
 */
export function findClosingStart(lines: Line[], from: number, to: number): number {
  let start = to;
  let lastNoiNhan = -1;
  let lastAuthority = -1;
  for (let i = from; i < to; i++) {
    const text = (lines[i] as Line).text;
    if (NOI_NHAN.test(text)) lastNoiNhan = i;
    else if (isAuthority(text)) lastAuthority = i;
  }
  if (lastNoiNhan >= 0) start = Math.min(start, lastNoiNhan);
  if (lastAuthority >= 0) start = Math.min(start, lastAuthority);
  // A bare "CHỦ TỊCH" / "Nguyễn Văn A" (no authority prefix) at the end, or right before the
  // Nơi nhận when PDF text puts the signature column first.
  for (const end of lastNoiNhan >= 0 ? [to, lastNoiNhan] : [to]) {
    const first = bareSignatureStart(lines, from, end);
    if (first >= 0) start = Math.min(start, first);
  }
  return start;
}

/** The first position line of a "CHỦ TỊCH" ⏎ "Nguyễn Văn A" block ending just before `end`, or -1. */
function bareSignatureStart(lines: Line[], from: number, end: number): number {
  let k = end - 1;
  while (k >= from && (lines[k] as Line).text === '') k--;
  const last = lines[k];
  if (!last || k <= from || !isNameLine(last.text)) return -1;
  let j = k - 1;
  while (j >= from && ((lines[j] as Line).text === '' || SIGNED_NOTE.test((lines[j] as Line).text))) j--;
  let first = -1;
  while (j >= from && isPositionLine((lines[j] as Line).text)) {
    first = j;
    j--;
    while (j >= from && (lines[j] as Line).text === '') j--;
  }
  return first;
}

function isPositionLine(text: string): boolean {
  return isAllCaps(text) && text.length <= 60 && TITLE_WORDS.test(text) && !/[;:]$/.test(text);
}

/**
 * A rank or degree printed before the signer's name ("Đại tá Lê Văn Thành", "TS. Nguyễn Văn
 * A", "BS. CKII Trần Thị B"): not part of the name.
 */
const RANK = /^(?:(?:đại|thượng|trung|thiếu)\s(?:tá|úy|uý|tướng)|đại\stướng|(?:pgs|gs)\.\s?ts\.|ts\.|ths\.|bs\.(?:\s?ck(?:i{1,2}|\d))?|ks\.|ls\.|tiến\ssĩ|thạc\ssĩ|bác\ssĩ|kỹ\ssư|luật\ssư)\s{1,3}/u;

/** The text without a rank or degree before the name. */
function withoutRank(text: string): string {
  const m = RANK.exec(text.toLocaleLowerCase('vi'));
  return m ? text.slice(m[0].length) : text;
}

function isNameLine(text: string): boolean {
  const name = withoutRank(text);
  return (NAME.test(name) && name.split(/\s+/u).length >= 2) || (CAPS_NAME.test(name) && !TITLE_WORDS.test(name));
}

export interface Closing {
  distribution: Array<{ text: string; line: number }>;
  signer: Signer | null;
}

function cleanItem(text: string): string {
  return text
    .replace(/^[-–+•*\s]+/u, '')
    // (an OCR speck after the item's end: "PX03; ’")
    .replace(/[;,.]\s{1,3}[’‘'`´]+$/u, '')
    .replace(/[\s;,]+$/u, '')
    .replace(/\.$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * OCR keeps only two spaces between the Nơi nhận column and the signature column read across
 * the same line: "Nơi nhận:  T/M BAN THƯỜNG VỤ", "- Ban Bí thư (để b/c),  PHÓ BÍ THƯ THƯỜNG TRỰC",
 * "- Lưu VP.  Nguyễn Đình Khôi". A Nơi nhận line or item whose part after its last two-space
 * gap is an authority, a title or a name is two cells.
 */
/** The end of the last Nơi nhận item before an authority glued to it ("… HCTC. KT. CHÁNH …"). */
const GLUED_AUTHORITY = px(/[.;,]\s{1,3}(?=(?:TM|T\/M|KT|K\/T|TL|T\/L|TUQ|T\/UQ|Q|PP)\s{0,2}[.:]?\s{1,3}\p{Lu})/u);

/** An authority and its title in capitals, "(Đã ký)" or the like, then the signer's name. */
const SIGNED_BLOCK = px(/^([\p{Lu}\p{M}\/.\s]{4,120}?)\s{1,3}(\((?:Đã|đã)\s{1,3}(?:ký|ký tên)\)|\[(?:Đã|đã)\s{1,3}ký\]|\(Ký,?\s{1,3}ghi\s{1,3}rõ\s{1,3}họ\s{1,3}tên\))\s{1,3}(\p{Lu}[\p{L}\s]{4,40})$/u);

function splitSignatureTail(cell: Line): Line[] {
  const text = cell.text;
  if (!NOI_NHAN.test(text) && !ITEM.test(text)) return [cell];
  // A web page's table flattened by a text browser: "- Lưu: VT, HCTC. KT. CHÁNH VĂN PHÒNG".
  const glued = GLUED_AUTHORITY.exec(text);
  if (glued && isAuthority(text.slice(glued.index + glued[0].length)) !== null) {
    return [sliceLine(cell, 0, glued.index + 1), sliceLine(cell, glued.index + glued[0].length, text.length)];
  }
  // The whole signature block run on after the list, as a chat app pastes a PDF's text: "… -
  // Lưu Văn phòng Tỉnh ủy. T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ THƯỜNG TRỰC (Đã ký) Đặng Minh Triều".
  if (glued) {
    const from = glued.index + glued[0].length;
    const block = SIGNED_BLOCK.exec(text.slice(from));
    if (block && isAuthority(block[1] ?? '') !== null && isNameLine(block[3] ?? '')) {
      const caps = from + (block[1] ?? '').length;
      const nameAt = text.length - (block[3] ?? '').length;
      return [sliceLine(cell, 0, glued.index + 1), sliceLine(cell, from, caps), sliceLine(cell, caps, nameAt), sliceLine(cell, nameAt, text.length)];
    }
  }
  const gap = text.lastIndexOf('  ');
  if (gap <= 0) return splitFlattenedTail(cell);
  let headEnd = gap;
  while (headEnd > 0 && text[headEnd - 1] === ' ') headEnd--;
  let tailStart = gap + 2;
  while (text[tailStart] === ' ') tailStart++;
  const tail = text.slice(tailStart);
  if (headEnd === 0 || tail === '') return [cell];
  const signature = isAuthority(tail) !== null || isPositionLine(tail) || isNameLine(tail);
  return signature ? [sliceLine(cell, 0, headEnd), sliceLine(cell, tailStart, text.length)] : [cell];
}

/** A signer's title after an authority's body on the same line (" PHÓ GIÁM ĐỐC", " CHỦ TỊCH"). */
const JOINED_POSITION = /(?<!CHI|TỔNG)\s((?:PHÓ\s{1,3}|Q\.\s{0,2})?(?:CHỦ\s{1,3}TỊCH|BÍ\s{1,3}THƯ|GIÁM\s{1,3}ĐỐC|TRƯỞNG\s{1,3}BAN|CHÁNH\s{1,3}VĂN\s{1,3}PHÒNG|TRƯỞNG\s{1,3}PHÒNG|CHỦ\s{1,3}NHIỆM|(?:CHI\s{1,3})?CỤC\s{1,3}TRƯỞNG|VIỆN\s{1,3}TRƯỞNG|HIỆU\s{1,3}TRƯỞNG)(?:\s{1,3}THƯỜNG\s{1,3}TRỰC)?)\s*$/u;

/** Where an item ends before a glued signature cell: ";" "." "," or ":" then one space or two. */
const ITEM_END = /[;.,:]\s{1,3}(?=\S)/gu;

/**
 * OCR that lost the gap between the columns altogether: "Nơi nhận: KT. GIÁM ĐỐC", "- Như
 * trên; PHÓ GIÁM ĐỐC", "- Lưu: VT, PC06. Đại tá Nguyễn Hữu Cường". The signature cell is the
 * part after an item's end that is an authority or a title in capitals, or a name after ";"
 * or "." (after a comma, "Mường Tè, Pa Ủ" are places, not a name).
 */
function splitFlattenedTail(cell: Line): Line[] {
  const text = cell.text;
  const ends = [...text.matchAll(ITEM_END)];
  for (const m of ends) {
    const tailStart = m.index + m[0].length;
    const tail = text.slice(tailStart);
    const caps = isAllCaps(tail) && (isAuthority(tail) !== null || isPositionLine(tail));
    // (after a comma only a full name of three words or more: "Mường Tè, Pa Ủ" are places)
    const words = tail.split(/\s+/u).length;
    const named = isNameLine(tail) && ((/[;.]/u.test(m[0]) && (RANK.test(tail.toLocaleLowerCase('vi')) || words >= 3)) || (m[0].startsWith(',') && words >= 3 && words <= 5 && !/[\d(]/u.test(tail)));
    if (caps || named) return [sliceLine(cell, 0, m.index + 1), sliceLine(cell, tailStart, text.length)];
  }
  return [cell];
}

export function readClosing(lines: Line[], from: number, to: number): Closing {
  const distribution: Closing['distribution'] = [];
  let authority: string | null = null;
  let authorityLine = 0;
  const position: string[] = [];
  let positionLine = 0;
  let name: string | null = null;
  let nameLine = 0;
  let inList = false;
  let lastItemOpen = false;
  const cells = lines.slice(from, to).flatMap((l) => (l.text === '' ? [l] : splitColumns(l).flatMap(splitSignatureTail)));
  let lastRaw = '';
  for (let ci = 0; ci < cells.length; ci++) {
    const line = cells[ci] as Line;
    const text = line.text;
    if (text === '') continue;
    const nn = NOI_NHAN.exec(text);
    if (nn) {
      inList = true;
      const inline = (nn[1] ?? '').trim();
      if (inline !== '' && !isAllCaps(inline)) {
        for (const part of /^[-–+•]/u.test(inline) ? splitInlineItems(inline) : [inline]) {
          const item = cleanItem(part);
          if (item !== '') distribution.push({ text: item, line: line.n });
        }
      }
      continue;
    }
    // "-- " (a mail signature's delimiter) ends the list; "• 1286-CV-TU.signed.pdf (412 KB)"
    // is a file attached to the e-mail that carried the document, not an addressee.
    if (/^--\s*$/u.test(text)) {
      inList = false;
      continue;
    }
    if (inList && ATTACHED_FILE.test(text)) continue;
    // "- Ban Tổ chức, Ban Tuyên giáo và Dân vận," ⏎ "Ban Nội chính, UBKT Tỉnh ủy," ⏎ "- …": an item
    // wrapped after one of its commas, in a list whose items each open with a dash.
    const nextText = cells.slice(ci + 1).find((c) => c.text !== '')?.text ?? '';
    const last = distribution[distribution.length - 1];
    // (itself an item's end: a capital first, a comma, ";" or "." last; never a name, "(Đã ký)",
    // a title: the signature's cells come out among the list's lines when columns flatten)
    if (inList && last && !ITEM.test(text) && ITEM.test(lastRaw) && /,\s*$/u.test(lastRaw) && ITEM.test(nextText) && WRAPPED_ITEM.test(text) && !isNameLine(text) && !isAuthority(text) && !isAllCaps(text)) {
      last.text = cleanItem(`${last.text}, ${text}`);
      lastRaw = text;
      continue;
    }
    // A list typed without dashes: each line an item while the one before ended in ";".
    const undashed = inList && !ITEM.test(text) && UNDASHED_ITEM.test(text) && (distribution.length === 0 || lastItemOpen) && !isAuthority(text);
    if (inList && (ITEM.test(text) || undashed)) {
      const item = cleanItem(text);
      lastRaw = text;
      if (item !== '') distribution.push({ text: item, line: line.n });
      lastItemOpen = /;\s*$/u.test(text);
      continue;
    }
    const auth = isAuthority(text);
    if (auth) {
      // "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", "T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ": the position printed on the
      // authority's line (a converter joined the two lines).
      const joined = JOINED_POSITION.exec(auth[2] ?? '');
      // ("T/M ĐOÀN CHỦ TỊCH": the presidium is the body itself.)
      if (joined && joined.index > 0 && position.length === 0 && !/ĐOÀN$/u.test((auth[2] ?? '').slice(0, joined.index))) {
        auth[2] = (auth[2] ?? '').slice(0, joined.index).replace(/[\s\-–,]+$/u, '');
        position.push(joined[1] as string);
        if (positionLine === 0) positionLine = line.n;
      }
      const one = `${auth[1]}. ${sentenceCase(auth[2] ?? '')}`.replace(/\.\.\s/u, '. ').replace(/^(T\/M|K\/T|T\/L|T\/UQ)\.\s/u, '$1 ');
      // "TM. ỦY BAN NHÂN DÂN" ⏎ "KT. CHỦ TỊCH": the whole chain, in order.
      authority = authority === null ? one : `${authority}, ${one}`;
      if (authorityLine === 0) authorityLine = line.n;
      continue;
    }
    if (DIGITAL_SIGNATURE.test(text) || SIGNED_NOTE.test(text)) continue;
    if (name === null && isPositionLine(text) && !isNameLine(text)) {
      position.push(text);
      if (positionLine === 0) positionLine = line.n;
      continue;
    }
    if (name === null && (position.length > 0 || authority !== null) && isNameLine(text)) {
      name = nameCase(withoutRank(text).replace(/\.$/u, ''));
      nameLine = line.n;
    }
  }
  const signer: Signer | null =
    authority !== null || position.length > 0 || name !== null
      ? {
          name,
          position: position.length > 0 ? sentenceCase(position.join(' ')) : null,
          authority,
          line: authorityLine || positionLine || nameLine,
        }
      : null;
  return { distribution, signer };
}

/**
 * PDF text in the file's object order (pdftotext -raw) can put the Nơi nhận and the signature
 * in the middle of the body, where the first page ended: "- … trước ngày bàn giao mặt bằng." ⏎
 * "Nơi nhận:" … "Nguyễn Hữu Phước" ⏎ "2" ⏎ "- Chỉ đạo Công an thành phố …". When the block
 * from `start` ends with the signer's name (and perhaps a page number) and numbered or
 * bulleted items follow it, the index after the block; -1 otherwise (the closing ends the text).
 */
export function closingBlockEnd(lines: Line[], start: number, to: number): number {
  let named = -1;
  let authority = false;
  // "Nơi nhận:" with no item before the signature (Word anchored the signature's text box in
  // that paragraph): the items after the name are its list, not the body going on.
  let heading = false;
  let items = 0;
  for (let i = start; i < to && i - start < 30; i++) {
    const text = (lines[i] as Line).text.trim();
    if (NOI_NHAN.test(text)) heading = true;
    if (ITEM.test(text)) items++;
    if (text === '' || NOI_NHAN.test(text) || ITEM.test(text) || SIGNED_NOTE.test(text)) continue;
    if (isAuthority(text) !== null || isPositionLine(text)) {
      authority = true;
      continue;
    }
    if (authority && isNameLine(text)) {
      named = i + 1;
      break;
    }
    return -1;
  }
  if (named < 0 || (heading && items === 0)) return -1;
  let k = named;
  while (k < to && ((lines[k] as Line).text.trim() === '' || /^\d{1,3}$/u.test((lines[k] as Line).text.trim()))) k++;
  // The body resumes: an item label, then more lines.
  const next = lines[k];
  const label = next ? readLabel(next.text) : null;
  const more = lines.slice(k + 1, to).filter((l) => l.text.trim() !== '').length;
  return label !== null && label.kind !== 'part' && more >= 2 ? k : -1;
}
