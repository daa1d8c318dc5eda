/**
 * Parts attached after the body: appendices ("PHỤ LỤC", "Phụ lục II") and documents issued
 * with the main one ("KẾ HOẠCH … (Ban hành kèm theo Quyết định số …)"), whose items are work
 * to do like the body's.
 */
import { foldKey, hasMarks, markedKey } from '../text/fold.js';
import type { Line } from '../text/lines.js';
import { TYPE_TITLES } from '../rules/vi/layout.js';
import { isAllCaps } from './paragraphs.js';
import { px } from '../text/charclass.js';

export interface Attachment {
  /** Line where the part starts (its title). */
  index: number;
  /** Line where its body starts (after the title block of an attached document). */
  bodyStart: number;
  /**
   * "appendix": a PHỤ LỤC, whose task ids start with "PL"; "document": an attached document;
   * "form": a blank form to fill in ("MẪU DANH SÁCH …"), which gives no work; "copy": the
   * certificate of a copy ("SAO Y", "TRÍCH SAO") added by the office that copied it.
   */
  kind: 'appendix' | 'document' | 'form' | 'copy';
  /** The appendix's own number ("II", "2"), if any. */
  n: string | null;
}

/** An appendix listing the late or the faulty: "DANH SÁCH ĐƠN VỊ CHƯA GỬI BÁO CÁO", "… VI PHẠM". */
const OVERDUE_LIST = /^(?:\*\*)?DANH\s{1,3}SÁCH\s.{0,60}?(?:CHƯA|CHẬM|VI\s{1,3}PHẠM|SAI\s{1,3}PHẠM|KHÔNG\s{1,3}PHÉP|QUÁ\s{1,3}HẠN)(?:\s|$)/u;

const APPENDIX = /^(?:PHỤ\s{1,3}LỤC|Phụ\s{1,3}lục)(?:\s{1,3}(?:SỐ|số)?\s{0,3}(?<n>[IVX]{1,5}|\d{1,2}|[A-Z]))?\s*[.:]?\s*$/u;

/** Titles an attached document may carry besides the types of TYPE_TITLES. */
const ATTACHED_TITLES = [
  ...TYPE_TITLES.map((t) => t.title),
  'QUY CHẾ',
  'QUY ĐỊNH',
  'ĐỀ ÁN',
  'CHƯƠNG TRÌNH',
  'PHƯƠNG ÁN',
  'DANH MỤC',
  'ĐIỀU LỆ',
  'KẾ HOẠCH HÀNH ĐỘNG',
  'CHƯƠNG TRÌNH HÀNH ĐỘNG',
];
const FOLDED_TITLES = new Set(ATTACHED_TITLES.map(foldKey));
const MARKED_TITLES = new Set(ATTACHED_TITLES.map(markedKey));

/**
 * An attached document's title line. Compared with its tone marks when it has them, as the
 * header's titles are: folded, "PHƯỜNG AN" would read as "PHƯƠNG ÁN".
 */
function isAttachedTitle(text: string): boolean {
  if (text.length > 40 || !isAllCaps(text)) return false;
  const title = text.replace(/[:.\s]+$/u, '');
  return hasMarks(title) ? MARKED_TITLES.has(markedKey(title)) : FOLDED_TITLES.has(foldKey(title));
}

/** "(Ban hành kèm theo Quyết định số …)", "(Kèm theo Kế hoạch số …)", "(Phê duyệt kèm theo …)". */
const ATTACHED_NOTE = px(/^\(?\s{0,3}(?:\p{L}{1,10}\s{1,3}){0,3}[Kk]èm\s{1,3}theo(?!\p{L})/u);

/**
 * A blank form attached to fill in: "MẪU DANH SÁCH ĐĂNG KÝ HỌC VIÊN", "Mẫu số 01"; and an event's
 * agenda attached to its invitation ("CHƯƠNG TRÌNH HỘI NGHỊ" ⏎ "(Kèm theo Giấy mời số …)"):
 * neither gives work.
 */
const FORM_TITLE = /^(?:\*\*)?(?:MẪU|Mẫu\s{1,3}số|CHƯƠNG\s{1,3}TRÌNH\s{1,3}(?:HỘI\s{1,3}NGHỊ|LÀM\s{1,3}VIỆC|HỘI\s{1,3}THẢO|TẬP\s{1,3}HUẤN|TỌA\s{1,3}ĐÀM|BUỔI|LỄ|ĐẠI\s{1,3}HỘI))(?:\s|\*|$)/u;

/**
 * The title of a copy's certificate, alone or beside the copying office's name ("SỞ GIÁO DỤC
 * VÀ ĐÀO TẠO        SAO Y"): "SAO Y", "SAO Y BẢN CHÍNH", "SAO LỤC", "TRÍCH SAO", "TRÍCH LỤC".
 */
const COPY_TITLE = /(?:^|\s{2})(?:SAO\s{1,3}Y(?:\s{1,3}BẢN\s{1,3}CHÍNH)?|SAO\s{1,3}LỤC|TRÍCH\s{1,3}(?:SAO|LỤC))\s*$|^(?:SAO\s{1,3}Y(?:\s{1,3}BẢN\s{1,3}CHÍNH)?|SAO\s{1,3}LỤC|TRÍCH\s{1,3}(?:SAO|LỤC))\s{2,}\S/u;
/** The copy's own number: "Số: 52/SY-SGDĐT", "Số 58-BS/VPTU". */
const COPY_NUMBER = /^\s{0,40}Số\s{0,3}:?\s{0,3}\d{1,6}\s{0,2}[-/]/u;
/** How far below its title a copy's certificate gives its number. */
const COPY_NUMBER_WITHIN = 8;

/** How far below its title an attached document states what it is attached to. */
const NOTE_WITHIN = 6;

/** The parts attached after `from`, in order. */
export function findAttachments(lines: readonly Line[], from: number): Attachment[] {
  const out: Attachment[] = [];
  for (let i = from; i < lines.length; i++) {
    const text = (lines[i] as Line).text;
    if (text === '') continue;
    if (COPY_TITLE.test(text) && isCopyCertificate(lines, i)) {
      out.push({ index: i, bodyStart: i + 1, kind: 'copy', n: null });
      continue;
    }
    const m = APPENDIX.exec(text);
    if (m) {
      // "PHỤ LỤC" ⏎ "DANH SÁCH ĐƠN VỊ CHƯA GỬI BÁO CÁO …": a list of who is late or at fault,
      // data for the reader, no work (the body says what they must do).
      let t = i + 1;
      while (t < lines.length && (lines[t] as Line).text === '' && t - i < 4) t++;
      const kind = OVERDUE_LIST.test((lines[t] as Line | undefined)?.text ?? '') ? 'form' : 'appendix';
      out.push({ index: i, bodyStart: i + 1, kind, n: m.groups?.n ?? null });
      continue;
    }
    const form = FORM_TITLE.test(text);
    if (!form && !isAttachedTitle(text)) continue;
    let seen = 0;
    for (let j = i + 1; j < lines.length && seen < NOTE_WITHIN; j++) {
      const next = (lines[j] as Line).text;
      if (next === '') continue;
      seen++;
      if (ATTACHED_NOTE.test(next)) {
        out.push({ index: i, bodyStart: j + 1, kind: form ? 'form' : 'document', n: null });
        i = j;
        break;
      }
    }
  }
  return out;
}

/** A copy title with the copy's own number a few lines below: the copying office's block. */
function isCopyCertificate(lines: readonly Line[], at: number): boolean {
  let seen = 0;
  for (let j = at + 1; j < lines.length && seen < COPY_NUMBER_WITHIN; j++) {
    const next = (lines[j] as Line).text;
    if (next === '') continue;
    seen++;
    if (COPY_NUMBER.test(next) || /\s{2}Số\s{0,3}:?\s{0,3}\d{1,6}\s{0,2}[-/]/u.test(next)) return true;
  }
  return false;
}
