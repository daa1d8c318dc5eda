/**
 * The body as a tree of items. Labels decide the nesting: numbered kinds have a fixed rank
 * (Phần > I. > A. > 1. > 1.1. > 1.1.1.); the other kinds ((1), a), -, +, •) nest under
 * whatever is open and close when a sibling of the same kind or a higher rank appears.
 * Paragraphs without a label continue the open item; field lines ("- Thời gian hoàn thành:")
 * become attributes of it; table rows become items of their own.
 */
import type { Line } from '../text/lines.js';
import { firstLine, joinParas, slicePara, type Para } from '../text/para.js';
import { foldKey } from '../text/fold.js';
import { FIELD_LABELS, type FieldName } from '../rules/vi/layout.js';
import { BULLET_KINDS, readLabel, type Label, type LabelKind } from './labels.js';
import { buildParas, isAllCaps, isTableLine, type WrapMode } from './paragraphs.js';
import { alignedHeader, cellLineHeader, GRID_MARK, isShortTabRow, readAlignedTable, readCellLineTable, readTable, type ColumnRole, type MonthSpan, type Table } from './tables.js';
import { px } from '../text/charclass.js';

export interface Field {
  name: FieldName;
  label: string;
  value: Para;
  line: number;
  /** "Thành phần:" followed by a bullet list: the list's items. */
  items?: Para[];
  /** The whole line, label included ("Thời gian: 08 giờ 00, ngày 15/01/2026"). */
  whole: Para;
}

export interface ItemNode {
  kind: LabelKind | 'root' | 'row' | 'group';
  label: Label | null;
  /** Own paragraphs; the first one without its label. */
  paras: Para[];
  fields: Field[];
  children: ItemNode[];
  parent: ItemNode | null;
  line: number;
  /** Cells of a table row by role. */
  cells?: Partial<Record<ColumnRole, Para>>;
  /** A week schedule's entry: the day line it stands under ("THỨ HAI (07/6)"). */
  day?: Para;
  /** The months (or quarters) marked in a plan's grid, in order, the cell of each, the grid's year. */
  grid?: { spans: MonthSpan[]; cells: Para[]; year: number | null };
}

const RANK: Partial<Record<LabelKind | 'group', number>> = {
  part: 0,
  roman: 1,
  group: 1.5,
  upper: 2,
  article: 2.5,
  step: 2.5,
  dec1: 3,
  ordinal: 3,
  month: 3.5,
  dec2: 4,
  dec3: 5,
  dec4: 6,
  dec5: 7,
};

const FIELD_MAP = new Map(FIELD_LABELS);

/** "Thời gian hoàn thành: Quý I/2026" → field; anything else → null. */
export function readField(para: Para): { name: FieldName; label: string; value: Para } | null {
  const colon = para.text.indexOf(':');
  if (colon <= 0 || colon > 60) return null;
  const label = para.text.slice(0, colon).trim();
  const key = foldKey(label.replace(/\([^()]{0,40}\)/gu, ' '));
  const name = FIELD_MAP.get(key);
  if (!name) return null;
  let start = colon + 1;
  while (start < para.text.length && /\s/u.test(para.text[start] as string)) start++;
  return { name, label, value: slicePara(para, start, para.text.length) };
}

function node(kind: ItemNode['kind'], label: Label | null, parent: ItemNode | null, line: number): ItemNode {
  return { kind, label, paras: [], fields: [], children: [], parent, line };
}

/** Digital-signature captions printed on PDF copies ("Người ký: …", "Thời gian ký: …"). */
const SIGNATURE_CAPTION = /^(?:Người ký|Ký bởi|Email|Cơ quan|Thời gian ký|Signed by|Ngày ký|Chức vụ)\s{0,2}:/u;

const PAGE_NUMBER = /^(?:-\s{0,2})?\d{1,3}(?:\s{0,2}-)?$|^Trang\s{1,2}\d{1,3}(?:\s*\/\s*\d{1,3})?$/iu;
/** A running header or footer that carries its page number: "Kế hoạch số 45/KH-BCĐ - Trang 3". */
const PAGE_AT_END = /Trang\s{1,2}\d{1,3}(?:\s{0,2}\/\s{0,2}\d{1,3})?$/iu;
const RUNNING_HEADER = /^\S.{0,120}\s[-–—|]\s{0,2}Trang\s{1,2}\d{1,3}(?:\s{0,2}\/\s{0,2}\d{1,3})?$/iu;

/** The time of a social-network post: "19 tháng 4 lúc 07:45 ·", "Hôm qua lúc 20:15", "3 giờ ·". */
const POST_TIME = /^(?:\d{1,2}\s{1,2}tháng\s{1,2}\d{1,2}(?:,?\s{1,2}\d{4})?|[Hh]ôm\s(?:qua|nay)|\d{1,2}\s{1,2}(?:giờ|phút|ngày))(?:\s{1,2}lúc\s{1,2}\d{1,2}:\d{2})?\s{0,3}·?\s{0,3}$/u;

/** Portal furniture around a document copied from a web page: share and view counters, … */
const PORTAL_LINE = /^(?:Chia sẻ|Xem thêm|Tệp đính kèm|File đính kèm|Tải văn bản|Tải về|Tải xuống|Lượt xem|Số lượt xem|Bản quyền|Đầu trang|In bài viết|Gửi bài viết)(?:\s{0,2}[:©]|\s*$)/iu;
/** … and the list of other articles after it, which ends the document. */
const PORTAL_TAIL = /^(?:Tin liên quan|Các tin khác|Tin khác|Tin cùng chuyên mục|Bài viết liên quan|Bài viết khác|Các bài viết khác|Văn bản liên quan|Văn bản cùng lĩnh vực|Văn bản cùng chuyên mục|Văn bản khác|Các văn bản khác)\s*:?\s*$/iu;

/** One link of such a list: "- Hướng dẫn tuyên truyền … (03/02/2026)". */
const PORTAL_LINK = /^(?:[-•*+]\s|.*\(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\)\s*$)/u;

/** Lines that are page furniture: page numbers and running headers of PDF text, a web portal's links. */
/** The header line a fax machine prints on every page: "14/05/2027 16:47 FAX 0239… P.001/003". */
const FAX_LINE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s{1,3}\d{1,2}:\d{2}(?::\d{2})?\s.{0,80}?\bFAX\b/iu;
/**
 * A web clipper's YAML front matter ("---" ⏎ "title: …" ⏎ "source: …" ⏎ "published: 2027-06-09"
 * ⏎ "---"): the page's metadata, not the document's.
 */
function frontMatter(lines: Line[], drop: Set<number>): void {
  if (lines[0]?.text !== '---') return;
  for (let k = 1; k < Math.min(lines.length, 60); k++) {
    const t = (lines[k] as Line).text;
    if (t === '---' || t === '...') {
      if (k > 1) for (let j = 0; j <= k; j++) drop.add(j);
      return;
    }
    if (t !== '' && !YAML_LINE.test(t)) return;
  }
}
const YAML_LINE = /^(?:[A-Za-z_][\w-]{0,40}:(?:\s|$)|-\s|"|')/u;

const HTML_COMMENT = /^<!--[^]{0,200}?-->$/u;
/** The receiving office's stamp: "ĐẾN", "CÔNG VĂN ĐẾN", "ĐẾN Số: 1042". */
const RECEIVED_MARK = /^(?:CÔNG\s{1,3}VĂN\s{1,3})?ĐẾN(?:\s{1,3}Số\s{0,2}[:.]?.{0,20})?$/u;
/** A field of that stamp: "Số: 1042", "Ngày: 17/5/2027", "Chuyển: CA xã, VP", "Số và ký hiệu HS: …". */
const STAMP_FIELD = /^(?:Số|Ngày|Giờ|Chuyển|Số\s{1,3}và\s{1,3}ký\s{1,3}hiệu\s{1,3}HS|Lưu\s{1,3}hồ\s{1,3}sơ\s{1,3}số)\s{0,2}:/u;
const KINH_GUI = /^Kính\s{1,3}gửi\b/u;

/**
 * The marks a receiving office adds to a copy: the "ĐẾN" stamp with its fields (and the
 * office's name above it), and a leader's note written beside it ("bút phê": "Chuyển đ/c
 * Trưởng CA xã chủ trì …"), a short paragraph standing between the stamp and "Kính gửi".
 */
function receivedMarks(lines: Line[], drop: Set<number>): void {
  const limit = Math.min(lines.length, 60);
  for (let i = 0; i < limit; i++) {
    if (!RECEIVED_MARK.test((lines[i] as Line).text)) continue;
    let end = i + 1;
    while (end < lines.length && STAMP_FIELD.test((lines[end] as Line).text)) end++;
    if (end === i + 1 && !/Số/u.test((lines[i] as Line).text)) continue;
    for (let k = i; k < end; k++) drop.add(k);
    const above = lines[i - 1]?.text ?? '';
    if (above !== '' && above.length <= 40 && isAllCaps(above)) drop.add(i - 1);
    // A short note after the stamp, then "Kính gửi": the leader's note on the copy.
    let a = end;
    while (a < lines.length && (lines[a] as Line).text === '') a++;
    let b = a;
    while (b < lines.length && (lines[b] as Line).text !== '' && b - a < 5) b++;
    let c = b;
    while (c < lines.length && (lines[c] as Line).text === '') c++;
    if (b > a && b - a <= 4 && KINH_GUI.test(lines[c]?.text ?? '') && !KINH_GUI.test((lines[a] as Line).text)) for (let k = a; k < b; k++) drop.add(k);
    return;
  }
}

export function furnitureLines(lines: Line[]): Set<number> {
  const drop = new Set<number>();
  // (and a Markdown converter's comments: docling's "<!-- image -->" where a picture stood)
  lines.forEach((l, i) => (FAX_LINE.test(l.text) || HTML_COMMENT.test(l.text)) && drop.add(i));
  frontMatter(lines, drop);
  receivedMarks(lines, drop);
  // A post copied from a social network opens with the page's name and the time of posting
  // ("Ủy ban nhân dân xã Quảng Phú" ⏎ "19 tháng 4 lúc 07:45 ·"): neither is the document's.
  for (let i = 0; i < Math.min(lines.length, 4); i++) {
    if (!POST_TIME.test((lines[i] as Line).text)) continue;
    drop.add(i);
    if (i > 0) drop.add(i - 1);
    break;
  }
  lines.forEach((l, i) => {
    if (PORTAL_LINE.test(l.text)) drop.add(i);
    if (!PORTAL_TAIL.test(l.text)) return;
    // The heading and its list of links (a text holding several documents goes on after it).
    drop.add(i);
    for (let k = i + 1; k < lines.length; k++) {
      const t = (lines[k] as Line).text;
      if (t !== '' && !PORTAL_LINK.test(t)) break;
      drop.add(k);
    }
  });
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.text.length >= 12 && readLabel(line.text) === null) counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  }
  // A table written one cell per line numbers its rows on lines of their own ("1", "2" …) and
  // repeats its units row after row: neither is page furniture.
  const rowNumbers = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const table = cellLineHeader(lines, i) > 0 ? readCellLineTable(lines, i, lines.length) : null;
    if (!table) continue;
    for (let k = i; k < table.end; k++) rowNumbers.add(k);
    i = table.end - 1;
  }
  const pageNumber = lines.map((l, i) => PAGE_NUMBER.test(l.text) && !rowNumbers.has(i));
  const nearPageBreak = (i: number) => {
    for (let k = Math.max(0, i - 3); k <= Math.min(lines.length - 1, i + 3); k++) if (pageNumber[k]) return true;
    return false;
  };
  const caption = lines.map((l) => SIGNATURE_CAPTION.test(l.text));
  lines.forEach((line, i) => {
    const repeats = counts.get(line.text) ?? 0;
    // Captions come in a block of two or more.
    if (caption[i] && (caption[i - 1] || caption[i + 1] || caption[i - 2] || caption[i + 2])) {
      drop.add(i);
      return;
    }
    if (pageNumber[i] || (PAGE_AT_END.test(line.text) && RUNNING_HEADER.test(line.text))) drop.add(i);
    // A running header repeats on every page, next to the page number. A task table's header
    // repeated on the next page is the table's (readAlignedTable skips it there), not furniture.
    else if (line.text.length <= 160 && (repeats >= 3 || (repeats >= 2 && nearPageBreak(i))) && alignedHeader(line) === null && !rowNumbers.has(i)) drop.add(i);
  });
  return drop;
}

type Block = { type: 'para'; para: Para } | { type: 'table'; table: Table };

/** "- Thời gian:⇥…": a label ending in ":" in the first cell, and one value after it. */
function isTabbedField(line: Line): boolean {
  const cells = line.text.split('\t').filter((c) => c.trim() !== '');
  return cells.length <= 2 && /^[-–+•]?\s{0,2}[^\t:]{2,40}:\s*$/u.test(cells[0] ?? '');
}

function blocksOf(lines: Line[], from: number, to: number, mode: WrapMode): Block[] {
  const blocks: Block[] = [];
  let i = from;
  while (i < to) {
    const tableAt = (k: number) => {
      const l = lines[k];
      return l !== undefined && isTableLine(l.text, l);
    };
    if (tableAt(i)) {
      const run: Line[] = [];
      const rowAt = (k: number) => tableAt(k) || (run.length > 0 && lines[k] !== undefined && isShortTabRow(lines[k] as Line));
      while (i < to && (rowAt(i) || ((lines[i] as Line).text === '' && rowAt(i + 1)))) {
        if ((lines[i] as Line).text !== '') run.push(lines[i] as Line);
        i++;
      }
      // "⇥- Thời gian:⇥dự kiến ngày 08/01/2027": labelled lines laid out with tabs are field
      // lines, not a table of tasks.
      if (run.every(isTabbedField)) {
        const flat = run.map((l) => ({ ...l, text: l.text.replace(/\t+/gu, ' '), tabs: 0 }));
        for (const para of buildParas(flat, 0, flat.length, mode)) blocks.push({ type: 'para', para });
        continue;
      }
      const table = readTable(run);
      if (table) blocks.push({ type: 'table', table });
      continue;
    }
    const cellLines = cellLineHeader(lines, i) > 0 ? readCellLineTable(lines, i, to) : null;
    if (cellLines) {
      blocks.push({ type: 'table', table: cellLines.table });
      i = cellLines.end;
      continue;
    }
    const aligned = alignedHeader(lines[i] as Line) ? readAlignedTable(lines, i, to) : null;
    if (aligned) {
      blocks.push({ type: 'table', table: aligned.table });
      i = aligned.end;
      continue;
    }
    let j = i;
    while (j < to && !tableAt(j) && !(j > i && (alignedHeader(lines[j] as Line) || cellLineHeader(lines, j) > 0))) j++;
    for (const para of buildParas(lines, i, j, mode)) blocks.push({ type: 'para', para });
    i = j;
  }
  return blocks;
}

/** A paragraph that closes the body ("Yêu cầu các sở… thực hiện./.") rather than continuing the last item. */
const CLOSING_PARAGRAPH =
  px(/(?:^|\s)(?:yêu cầu|đề nghị)\s{1,3}(?:các|toàn thể|mọi|thủ trưởng|Thủ trưởng)(?![\p{L}])|^(?:Trên đây|Nhận được|Trong quá trình (?:tổ chức )?(?:triển khai|thực hiện)|Yêu cầu|Đề nghị)(?![\p{L}])|^(?:Các|Mọi) (?:đơn vị|cơ quan|địa phương|đại biểu|thành viên)(?![\p{L}])/iu);

function stripTerminator(para: Para): Para {
  const m = /\s*\.?\/\.\s*$/u.exec(para.text);
  return m ? slicePara(para, 0, m.index + (para.text[m.index] === '.' ? 1 : 0)) : para;
}

/**
 * A week schedule's day line, alone on its line: "THỨ HAI (07/6)", "Thứ Ba, ngày 08/6/2027",
 * "THỨ NĂM (10/6) - THỨ SÁU (11/6)", "CHỦ NHẬT (13/6):". The entries under it happen that day.
 */
const DAY_WORD = String.raw`(?:thứ\s{1,3}(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s{1,3}nhật)`;
const DAY_DATE = String.raw`\s{0,3}(?:\(\s{0,2}(?:ngày\s{1,3})?\d{1,2}\s{0,2}[/.-]\s{0,2}\d{1,2}(?:\s{0,2}[/.-]\s{0,2}\d{4})?\s{0,2}\)|,?\s{0,3}(?:ngày\s{1,3})?\d{1,2}\s{0,2}[/.-]\s{0,2}\d{1,2}(?:\s{0,2}[/.-]\s{0,2}\d{4})?)`;
const SCHEDULE_DAY = new RegExp(`^${DAY_WORD}${DAY_DATE}(?:\\s{0,3}[-–]\\s{0,3}${DAY_WORD}${DAY_DATE})?\\s{0,3}:?$`, 'iu');

/** Labels of a schedule's entries under a day line: bullets, or numbers ("1. 7 giờ 30: …"). */
const SCHEDULE_ENTRY_KINDS: ReadonlySet<LabelKind> = new Set([...BULLET_KINDS, 'dec1', 'letter', 'paren-num']);

/** Build the item tree of lines[from, to). */
export function readBody(lines: Line[], from: number, to: number, mode: WrapMode): ItemNode {
  const root = node('root', null, null, lines[from]?.n ?? 1);
  const stack: ItemNode[] = [root];
  const top = () => stack[stack.length - 1] as ItemNode;
  // Unlabeled paragraphs appended to an item since the last label: candidates for the closing.
  let trailing: Array<{ owner: ItemNode; para: Para; terminated: boolean }> = [];
  /** Bullets of a list typed without marks (see lostListOwner). */
  const lost = new Set<ItemNode>();
  let collecting: { field: Field; kind: LabelKind | null } | null = null;
  /** The day line the bullets that follow stand under (a week schedule). */
  let day: Para | null = null;

  for (const block of blocksOf(lines, from, to, mode)) {
    if (block.type === 'table') {
      while (stack.length > 1 && BULLET_KINDS.has(top().kind as LabelKind)) stack.pop();
      addTable(top(), block.table);
      collecting = null;
      continue;
    }
    const terminated = /\.?\/\.\s*$/u.test(block.para.text);
    const para = stripTerminator(block.para);
    if (para.text === '') continue;
    let label = readLabel(para.text);
    const line = para.pieces[0]?.line.n ?? 0;
    // "- 2. Chi cục Quản lý đất đai:" after item "1.": a converter's list mark before the
    // document's own label (docling); the item is 2 of that list, not a bullet of item 1.
    if (label?.kind === 'dash') {
      const inner = readLabel(para.text.slice(label.length));
      const open = inner && /^\d{1,2}$/u.test(inner.key) ? openSibling(stack, inner.kind) : null;
      if (inner && open && Number(open.label?.key) + 1 === Number(inner.key) && inner.raw !== inner.key) {
        label = { ...inner, length: label.length + inner.length };
      }
    }
    // "1 Sau đây viết tắt là …" under item "2.": a footnote (a bare number that goes back in
    // the list it would join), read with the preamble, not an item.
    if (label && label.raw === label.key && /^\d{1,2}$/u.test(label.key)) {
      const open = openSibling(stack, label.kind);
      if (open && open.label && open.label.raw !== open.label.key && Number(label.key) <= Number(open.label.key)) {
        root.paras.push(para);
        continue;
      }
    }
    const rest = label ? slicePara(para, label.length, para.text.length) : para;

    if (collecting && label !== null && BULLET_KINDS.has(label.kind) && label.kind !== collecting.kind) {
      // "- Thành phần:" then "+ Lãnh đạo Sở…": the list is the field's value.
      collecting.field.items?.push(rest);
      continue;
    }
    collecting = null;
    if (label === null || BULLET_KINDS.has(label.kind)) {
      const field = readField(rest);
      if (field) {
        // Fields under a bullet list belong to the item that owns the list; a schedule entry's
        // ("Địa điểm: …", "Chuẩn bị: …") to the entry.
        let target = top();
        while (target.parent && BULLET_KINDS.has(target.kind as LabelKind) && target.day === undefined) target = target.parent;
        const f: Field = { ...field, line, whole: rest };
        if (field.value.text.trim() === '') {
          f.items = [];
          collecting = { field: f, kind: label?.kind ?? null };
        }
        target.fields.push(f);
        continue;
      }
    }

    if (label === null && SCHEDULE_DAY.test(para.text.trim())) {
      while (stack.length > 1 && BULLET_KINDS.has(top().kind as LabelKind)) stack.pop();
      // ("Thứ Hai, ngày 07/6/2027:": without its colon, to be read with an entry's time)
      const colon = /\s*:\s*$/u.exec(para.text);
      day = colon ? slicePara(para, 0, colon.index) : para;
      continue;
    }
    if (label === null || !SCHEDULE_ENTRY_KINDS.has(label.kind)) day = null;
    if (label === null) {
      // Typed without bullet marks (a web form): under an item that announces a list ("3. Về xử
      // lý vi phạm …:"), a line that opens with a cue ("Giao X …", "Yêu cầu X …") is a bullet of
      // its own, and a line that opens otherwise goes on with it.
      const owner = lostListOwner(stack, lost);
      if (owner && LOST_BULLET_CUE.test(para.text)) {
        while (top() !== owner) stack.pop();
        const bullet = node('dash', { kind: 'dash', raw: '', key: '', length: 0 }, owner, line);
        bullet.paras.push(para);
        owner.children.push(bullet);
        lost.add(bullet);
        stack.push(bullet);
        continue;
      }
      if (lost.has(top())) {
        top().paras.push(para);
        continue;
      }
      // A paragraph after a bullet list continues the item that owns the list.
      while (stack.length > 1 && BULLET_KINDS.has(top().kind as LabelKind)) stack.pop();
      top().paras.push(para);
      if (top() !== root) trailing.push({ owner: top(), para, terminated });
      continue;
    }
    trailing = [];

    // "- A" ⏎ "•⇥B" ⏎ "–⇥C": a typist who mixes bullet glyphs at one level. A "•" under a "-"
    // item that announces no list (no ":") goes on beside it, not under it.
    if (label.kind === 'bullet' && top().kind === 'dash' && !/:\s*$/u.test(top().paras[top().paras.length - 1]?.text ?? ':')) {
      label = { ...label, kind: 'dash' };
    }

    const rank = RANK[label.kind];
    if (rank !== undefined) {
      while (stack.length > 1) {
        const r = RANK[top().kind as LabelKind];
        if (r !== undefined && r < rank) break;
        stack.pop();
      }
    } else {
      for (let k = stack.length - 1; k > 0; k--) {
        if ((stack[k] as ItemNode).kind === label.kind) {
          stack.length = k;
          break;
        }
      }
    }
    const item = node(label.kind, label, top(), line);
    if (day !== null && top().day === undefined && !BULLET_KINDS.has(top().kind as LabelKind)) item.day = day;
    // "Một là, … Ủy ban nhân dân phường chủ trì …: (1) rà soát …; (2) …": the work numbered inside
    // the paragraph is the item's own list; "(2) … ; (3) …" at a line start goes on with it.
    const continues = label.kind === 'paren-num' ? Number(label.key.slice(1, -1)) + 1 : 1;
    const inline = continues > 1 || !BULLET_KINDS.has(label.kind) ? inlineItems(rest, continues) : null;
    const parent = top();
    if (inline) {
      if (inline.head.text.trim() !== '') item.paras.push(inline.head);
      const owner = continues > 1 ? parent : item;
      const added = inline.items.map(({ label: l, para: p }) => {
        const child = node(l.kind, { ...l, length: 0 }, owner, firstLine(p));
        child.paras.push(p);
        return child;
      });
      parent.children.push(item);
      if (continues > 1) parent.children.push(...added);
      else item.children.push(...added);
      stack.push(item);
      continue;
    }
    // "Điều 2." alone on its line: the text follows in the next paragraph.
    if (rest.text.trim() !== '') item.paras.push(rest);
    top().children.push(item);
    stack.push(item);
  }
  moveTrailingFields(root);
  // After the last item, a paragraph that addresses everyone closes the document instead.
  const firstClosing = trailing.findIndex((t) => t.terminated || CLOSING_PARAGRAPH.test(t.para.text));
  if (firstClosing >= 0) {
    const owner = trailing[firstClosing]?.owner;
    const ownText = owner?.paras[0]?.text ?? '';
    // An item whose label stood alone ("Điều 3.") or that announced its text (":") keeps it.
    const ownsIt =
      owner !== undefined &&
      // The last article of a Quyết định holds the execution clause ("… chịu trách nhiệm thi hành").
      (owner.kind === 'article' || (owner.children.length === 0 && (/:\s*$/u.test(ownText) || owner.paras[0] === trailing[firstClosing]?.para)));
    if (owner && !ownsIt) {
      for (const t of trailing.slice(firstClosing)) {
        t.owner.paras = t.owner.paras.filter((p) => p !== t.para);
        root.paras.push(t.para);
      }
    }
  }
  return root;
}

/** "(1)", "(2)" … inside a paragraph, after a space, a colon or a semicolon. */
const INLINE_NUMBER = /(?<=[\s:;,])\((\d{1,2})\)\s{1,3}(?=\S)/gu;
/** "…: a) Lãnh đạo …. b) …" — letters after a colon or the end of a clause. */
const INLINE_LETTER = /(?<=[:;.]\s{1,3})([a-zđ])\)\s{1,3}(?=\S)/gu;
/** "…: - Chỉ đạo …; - Chỉ đạo …" — dashes after a colon or the end of a clause ("2021 - 2025" has none). */
const INLINE_DASH = px(/(?<=[:;.,]\s{0,3})\s[-–]\s{1,3}(?=\p{Lu})/gu);
const LETTERS = 'abcdđefghiklmnopqrstuvxy';

type InlineLabel = Pick<Label, 'kind' | 'raw' | 'key'>;

/**
 * The items listed inside a paragraph, in order, and the text before them; null when there
 * are none. "(1) …; (2) …; (3) …" from "(first)" on; and, as text pasted from a PDF into a chat
 * app runs a list into its item, "a) … b) …" and "- … ; - …". A list that starts at its first
 * mark must be introduced by a colon ("… các tổ dân phố: (1) rà soát …"), so a reference "(1)"
 * in a sentence is left alone; letters and dashes need two marks.
 */
function inlineItems(para: Para, first: number): { head: Para; items: Array<{ label: InlineLabel; para: Para }> } | null {
  const text = para.text;
  let marks = text.includes('(') ? marksOf(text, INLINE_NUMBER, (m, k) => (Number(m[1]) === first + k ? { kind: 'paren-num', raw: `(${m[1]})`, key: `(${m[1]})` } : null)) : [];
  let minimum = 1;
  if (marks.length === 0 && first === 1 && text.includes(')')) {
    marks = marksOf(text, INLINE_LETTER, (m, k) => (m[1] === LETTERS[k] ? { kind: 'letter', raw: `${m[1]})`, key: m[1] as string } : null));
    minimum = 2;
  }
  if (marks.length === 0 && first === 1 && (text.includes(' - ') || text.includes(' – '))) {
    marks = marksOf(text, INLINE_DASH, () => ({ kind: 'dash', raw: '-', key: '' }));
    minimum = 2;
  }
  if (marks.length < minimum) return null;
  if (first === 1 && !/:\s{0,3}$/u.test(text.slice(0, (marks[0] as { at: number }).at))) return null;
  const items = marks.map((mk, k) => ({ label: mk.label, para: slicePara(para, mk.end, marks[k + 1]?.at ?? text.length) }));
  return { head: slicePara(para, 0, (marks[0] as { at: number }).at), items };
}

/** The marks of `re` in `text` that `accept` takes, the k-th in the list as the k-th found. */
function marksOf(text: string, re: RegExp, accept: (m: RegExpExecArray, k: number) => InlineLabel | null): Array<{ label: InlineLabel; at: number; end: number }> {
  const marks: Array<{ label: InlineLabel; at: number; end: number }> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const label = accept(m, marks.length);
    if (label) marks.push({ label, at: m.index, end: m.index + m[0].length });
  }
  return marks;
}

/** The open item of label kind `kind` (the last of its list) on the stack, if any. */
function openSibling(stack: readonly ItemNode[], kind: LabelKind): ItemNode | null {
  for (let k = stack.length - 1; k > 0; k--) if ((stack[k] as ItemNode).kind === kind) return stack[k] as ItemNode;
  return null;
}

// (one that names a person, "Giao đồng chí A …", assigns within the item: seed 003's III/4)
const LOST_BULLET_CUE = /^(?:Giao|Yêu cầu|Đề nghị|Chỉ đạo)\s(?!(?:đồng chí|Đồng chí|đ\/c|Đ\/c|ông|bà)\s)/u;

/**
 * The labelled item whose list of unmarked bullets a paragraph may join: the nearest item
 * on the stack that is not such a bullet, when its text ends with ":" and it has no children
 * but such bullets.
 */
function lostListOwner(stack: ItemNode[], lost: ReadonlySet<ItemNode>): ItemNode | null {
  let k = stack.length - 1;
  while (k > 0 && lost.has(stack[k] as ItemNode)) k--;
  const owner = stack[k] as ItemNode;
  if (k === 0 || BULLET_KINDS.has(owner.kind as LabelKind)) return null;
  const own = owner.paras[owner.paras.length - 1]?.text ?? '';
  if (!/:\s*$/u.test(own) || owner.paras.length !== 1) return null;
  return owner.children.every((c) => lost.has(c)) ? owner : null;
}

/**
 * A field block written after an item's last sub-item describes the whole item: when only
 * the last child has fields, they move up to the parent (SPEC, "Labelled field lines").
 */
function moveTrailingFields(node: ItemNode): void {
  for (const child of node.children) moveTrailingFields(child);
  if (node.kind === 'root' || node.children.length < 2 || node.fields.length > 0) return;
  const last = node.children[node.children.length - 1] as ItemNode;
  if (last.fields.length === 0 || last.children.length > 0) return;
  if (node.children.slice(0, -1).some((c) => c.fields.length > 0)) return;
  for (const f of last.fields) node.fields.push(f);
  last.fields = [];
}

const ROMAN_CELL = /^(?:[IVX]{1,5}|[A-Z])\.?$/u;

const WEEKDAY_CELL = /^(?:thứ\s{1,3}(hai|ba|tư|năm|sáu|bảy|[2-7])|(chủ\s{1,3}nhật|cn))(?=$|[\s,;.(])/iu;
const WEEKDAY_INDEX: Record<string, number> = { hai: 1, '2': 1, ba: 2, '3': 2, 'tư': 3, '4': 3, 'năm': 4, '5': 4, 'sáu': 5, '6': 5, 'bảy': 6, '7': 6 };
const DAY_MONTH = /(\d{1,2})\s{0,2}[/.-]\s{0,2}(\d{1,2})(?:\s{0,2}[/.-]\s{0,2}(\d{4}))?/u;

function weekdayOf(text: string): number | null {
  const m = WEEKDAY_CELL.exec(text.trim());
  if (!m) return null;
  return m[2] !== undefined ? 0 : (WEEKDAY_INDEX[(m[1] ?? '').toLowerCase()] ?? null);
}

/**
 * A schedule's day cell that names a weekday and no date, under one that has both: the date of
 * that weekday after the day above ("Thứ Ba, 31/8" then "Thứ Tư" → "Thứ Tư, 01/9"). The text
 * is new; its position is the cell's.
 */
function dayAfter(above: Para, own: Para): Para | null {
  if (DAY_MONTH.test(own.text)) return null;
  const wd = weekdayOf(own.text);
  const prevWd = weekdayOf(above.text);
  const dm = DAY_MONTH.exec(above.text);
  if (wd === null || prevWd === null || !dm) return null;
  const year = dm[3] !== undefined ? Number(dm[3]) : 2001; // a common year when none is written
  const date = new Date(Date.UTC(year, Number(dm[2]) - 1, Number(dm[1])));
  date.setUTCDate(date.getUTCDate() + ((wd - prevWd + 7) % 7 || 7));
  const text = `${own.text.trim()}, ${String(date.getUTCDate()).padStart(2, '0')}/${date.getUTCMonth() + 1}${dm[3] !== undefined ? `/${date.getUTCFullYear()}` : ''}`;
  return { text, pieces: own.pieces.slice(0, 1), emph: [] };
}

function addTable(parent: ItemNode, table: Table): void {
  const col = (role: ColumnRole) => table.roles.indexOf(role);
  const noCol = col('no');
  const contentCol = col('content');
  let group: ItemNode | null = null;
  let last: ItemNode | null = null;
  // Rows numbered "2.1", "2.2" sit under row "2" of the same group.
  let byKey = new Map<string, ItemNode>();
  // A schedule's day cell merged over several rows is empty under its first row.
  const dayCol = col('day');
  let day: Para | undefined;
  for (const row of table.rows) {
    if (dayCol >= 0) {
      const own = row.cells[dayCol];
      if (own && own.text.trim() !== '') {
        // "Thứ Tư" with no date under "Thứ Ba, 31/8": the next Wednesday after the day above.
        day = (day && dayAfter(day, own)) ?? own;
        row.cells[dayCol] = day;
      } else if (day) row.cells[dayCol] = day;
    }
    const text = (c: number) => (c >= 0 ? (row.cells[c]?.text.trim() ?? '') : '');
    const no = text(noCol);
    const others = table.roles.map((r, c) => (r !== 'no' && r !== 'content' ? text(c) : '')).filter((t) => t !== '');
    const content = contentCol >= 0 ? row.cells[contentCol] : undefined;
    // A group row: its number, and nothing else but a title in capitals (a grid table's
    // spanning cell may land in any column: "| **A** | **KIỂM TRA** |").
    const spanning = table.roles.map((r, c) => (r !== 'no' ? row.cells[c] : undefined)).filter((p): p is Para => p !== undefined && p.text.trim() !== '');
    const titled = spanning.length === 1 && isAllCaps((spanning[0] as Para).text.trim());
    if (ROMAN_CELL.test(no) && (others.length === 0 || titled)) {
      const label: Label = { kind: 'roman', raw: no, key: no.replace(/\.$/u, ''), length: 0 };
      group = node('group', label, parent, row.line);
      if (content && content.text.trim() !== '') group.paras.push(content);
      else if (titled) group.paras.push(spanning[0] as Para);
      parent.children.push(group);
      last = null;
      byKey = new Map();
      continue;
    }
    // A table with no number column (a week's schedule: "Thứ, ngày | Thời gian | Nội dung | …")
    // has a row per item.
    if (no === '' && last && noCol >= 0) {
      // A row without a number continues the cells of the row above (wrapped cells).
      table.roles.forEach((role, c) => {
        const p = row.cells[c];
        if (!p || p.text.trim() === '' || !last) return;
        if (role === 'content') last.paras.push(p);
        else if (last.cells) last.cells[role] = last.cells[role] ? joinParas([last.cells[role] as Para, p], ' ') : p;
      });
      continue;
    }
    if (no === '' && (content?.text.trim() ?? '') === '' && others.length === 0) continue;
    const key = no.replace(/[.)]+$/u, '');
    const dot = key.lastIndexOf('.');
    const owner = (dot > 0 ? byKey.get(key.slice(0, dot)) : undefined) ?? group ?? parent;
    const label: Label = { kind: 'dec1', raw: no, key, length: 0 };
    const item = node('row', label, owner, row.line);
    if (content && content.text.trim() !== '') item.paras.push(content);
    item.cells = {};
    table.roles.forEach((role, c) => {
      const p = row.cells[c];
      if (role !== 'month' && p && p.text.trim() !== '' && item.cells && item.cells[role] === undefined) item.cells[role] = p;
    });
    if (table.months) {
      const { of, year } = table.months;
      const marked = of
        .flatMap((m, c) => (m !== null && GRID_MARK.test(row.cells[c]?.text.trim() ?? '') ? [{ m, cell: row.cells[c] as Para }] : []))
        .sort((a, b) => a.m.from - b.m.from)
        .filter((x, k, all) => k === 0 || (all[k - 1] as { m: MonthSpan }).m.from !== x.m.from);
      if (marked.length > 0) item.grid = { spans: marked.map((x) => x.m), cells: marked.map((x) => x.cell), year };
    }
    owner.children.push(item);
    byKey.set(key, item);
    last = item;
  }
}
