/**
 * Parts attached after the body: appendices ("PHỤ LỤC", "Phụ lục II") and documents issued
 * with the main one ("KẾ HOẠCH … (Ban hành kèm theo Quyết định số …)"), whose items are work
 * to do like the body's.
 */
import { foldKey } from '../text/fold.js';
import type { Line } from '../text/lines.js';
import { TYPE_TITLES } from '../rules/vi/layout.js';
import { isAllCaps } from './paragraphs.js';
import { px } from '../text/charclass.js';

export interface Attachment {
  /** Line where the part starts (its title). */
  index: number;
  /** Line where its body starts (after the title block of an attached document). */
  bodyStart: number;
  /** "appendix": a PHỤ LỤC, whose task ids start with "PL"; "document": an attached document. */
  kind: 'appendix' | 'document';
  /** The appendix's own number ("II", "2"), if any. */
  n: string | null;
}

const APPENDIX = /^(?:PHỤ\s{1,3}LỤC|Phụ\s{1,3}lục)(?:\s{1,3}(?:SỐ|số)?\s{0,3}(?<n>[IVX]{1,5}|\d{1,2}|[A-Z]))?\s*[.:]?\s*$/u;

/** Titles an attached document may carry besides the types of TYPE_TITLES (folded). */
const ATTACHED_TITLES = new Set([
  ...TYPE_TITLES.map((t) => foldKey(t.title)),
  'quy che',
  'quy dinh',
  'de an',
  'chuong trinh',
  'phuong an',
  'danh muc',
  'dieu le',
  'ke hoach hanh dong',
  'chuong trinh hanh dong',
]);

/** "(Ban hành kèm theo Quyết định số …)", "(Kèm theo Kế hoạch số …)", "(Phê duyệt kèm theo …)". */
const ATTACHED_NOTE = px(/^\(?\s{0,3}(?:\p{L}{1,10}\s{1,3}){0,3}[Kk]èm\s{1,3}theo(?!\p{L})/u);

/** How far below its title an attached document states what it is attached to. */
const NOTE_WITHIN = 6;

/** The parts attached after `from`, in order. */
export function findAttachments(lines: readonly Line[], from: number): Attachment[] {
  const out: Attachment[] = [];
  for (let i = from; i < lines.length; i++) {
    const text = (lines[i] as Line).text;
    if (text === '') continue;
    const m = APPENDIX.exec(text);
    if (m) {
      out.push({ index: i, bodyStart: i + 1, kind: 'appendix', n: m.groups?.n ?? null });
      continue;
    }
    if (text.length > 40 || !isAllCaps(text) || !ATTACHED_TITLES.has(foldKey(text).replace(/[:.]+$/u, ''))) continue;
    let seen = 0;
    for (let j = i + 1; j < lines.length && seen < NOTE_WITHIN; j++) {
      const next = (lines[j] as Line).text;
      if (next === '') continue;
      seen++;
      if (ATTACHED_NOTE.test(next)) {
        out.push({ index: i, bodyStart: j + 1, kind: 'document', n: null });
        i = j;
        break;
      }
    }
  }
  return out;
}
