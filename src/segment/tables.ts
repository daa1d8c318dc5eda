/**
 * Task tables: markdown pipe tables and tab-separated rows, the normal form of a Kế hoạch
 * and its Phụ lục ("TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành").
 * Each cell keeps its source position (it is a slice of its line's paragraph).
 */
import { readLabel } from './labels.js';
import { isAllCaps } from './paragraphs.js';
import { sliceLine, type Line } from '../text/lines.js';
import { joinParas, paraFromLines, slicePara, type Para } from '../text/para.js';
import { foldKey } from '../text/fold.js';
import { HAS_LETTER, STARTS_LOWER, STARTS_UPPER } from '../text/charclass.js';

export type ColumnRole = 'no' | 'content' | 'lead' | 'support' | 'time' | 'day' | 'output' | 'note' | 'month' | 'other';

export interface TableRow {
  cells: Para[];
  line: number;
}

export interface Table {
  roles: ColumnRole[];
  /**
   * A plan's month grid ("T1 | T2 | … | T12", an "x" in the months the work is done): the month
   * of each 'month' column, and the year the header names ("Thời gian thực hiện năm 2027").
   */
  months?: { of: Array<MonthSpan | null>; year: number | null };
  /** Data rows (header and separator rows removed). */
  rows: TableRow[];
  line: number;
}

/** Header words → column role, matched on the folded header cell, first hit wins. */
const ROLE_WORDS: Array<[RegExp, ColumnRole]> = [
  // ("Bước": a procedure's steps, "Bước 1" … "Bước 4")
  [/^(s?tt|so tt|stt\.?|thu tu|so thu tu|buoc)$/u, 'no'],
  // A schedule ("Lịch công tác tuần"): the day of each row, and the leader who chairs it (a
  // person, not a unit: the unit is "Đơn vị chuẩn bị").
  [/^(?:thu,? ?ngay|ngay,? ?thu|thu\/ngay|ngay\/thu|ngay thang)$/u, 'day'],
  [/^lanh dao/u, 'other'],
  [/phoi hop/u, 'support'],
  // "Thời gian chốt số liệu", "Số liệu tính đến": the period a report covers, not when it is due.
  [/chot so lieu|so lieu tinh den/u, 'other'],
  // ("Hạn nộp", "Hạn gửi": a filing calendar's limits)
  [/thoi gian|thoi han|tien do|han hoan thanh|han nop|han gui|moc|^thang$|^ngay$|^quy$/u, 'time'],
  [/chu tri|thuc hien|trach nhiem|don vi|co quan/u, 'lead'],
  [/ket qua|san pham/u, 'output'],
  [/ghi chu/u, 'note'],
  [/noi dung|nhiem vu|cong viec|hoat dong|ten|^loai /u, 'content'],
];

function roleOf(header: string): ColumnRole {
  if (monthOfHeader(header) !== null) return 'month';
  const key = foldKey(header);
  for (const [pattern, role] of ROLE_WORDS) if (pattern.test(key)) return role;
  return 'other';
}

/** The months a grid column stands for: one month, or a quarter's three. */
export interface MonthSpan {
  from: number;
  to: number;
  quarter?: number;
}

/** "T1" … "T12", "Tháng 3", "Th3"; "Quý I" … "Quý IV", "Q1": the months a grid column stands for. */
const MONTH_HEADER = /^(?:t|th|thang)\s?\.?\s?(\d{1,2})$/u;
const QUARTER_HEADER = /^(?:quy|q)\s?\.?\s?(iv|i{1,3}|[1-4])$/u;
const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function monthOfHeader(header: string): MonthSpan | null {
  const key = foldKey(header).replace(/\*/gu, '').trim();
  const m = MONTH_HEADER.exec(key);
  const n = m ? Number(m[1]) : 0;
  if (n >= 1 && n <= 12) return { from: n, to: n };
  const q = QUARTER_HEADER.exec(key);
  const k = q ? (ROMAN_QUARTER[q[1] ?? ''] ?? Number(q[1])) : 0;
  return k >= 1 && k <= 4 ? { from: 3 * k - 2, to: 3 * k, quarter: k } : null;
}

/** A cell marked in a month grid: "x", "X", "✓", "●". */
export const GRID_MARK = /^(?:x|X|✓|✔|●|•|\+)$/u;

/** Cell spans [start, end) of one table line (pipes, or tabs). */
function cellSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (text.startsWith('|')) {
    let start = 1;
    for (let i = 1; i < text.length; i++) {
      if (text[i] === '|' && text[i - 1] !== '\\') {
        spans.push([start, i]);
        start = i + 1;
      }
    }
    if (start < text.length && text.slice(start).trim() !== '') spans.push([start, text.length]);
  } else {
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length || text[i] === '\t') {
        spans.push([start, i]);
        start = i + 1;
      }
    }
  }
  // Trim each span.
  return spans.map(([a, b]) => {
    let s = a;
    let e = b;
    while (s < e && /\s/u.test(text[s] as string)) s++;
    while (e > s && /\s/u.test(text[e - 1] as string)) e--;
    return [s, e];
  });
}

const SEPARATOR_ROW = /^\|?[\s:|-]+\|?$/u;

export function readTable(lines: Line[]): Table | null {
  const rows: Array<{ cells: Para[]; line: number; texts: string[] }> = [];
  /** A spreadsheet cell in quotes that holds a line break: the row goes on on the next line. */
  let open: { cells: Para[]; line: number } | null = null;
  for (const line of lines) {
    if (SEPARATOR_ROW.test(line.text) && line.text.includes('-')) continue;
    const para = paraFromLines([line]);
    // Leading tabs were trimmed off the line: they are empty cells.
    const empty = line.text.startsWith('|') ? [] : Array.from({ length: line.tabs ?? 0 }, () => slicePara(para, 0, 0));
    let cells = [...empty, ...cellSpans(line.text).map(([a, b]) => slicePara(para, a, b))];
    let first = line.n;
    if (open) {
      // Excel's "Save as Unicode Text": the quoted cell's rest, then the row's other cells.
      const head = open.cells.slice(0, -1);
      const joined = joinParas([open.cells[open.cells.length - 1] as Para, cells[0] ?? slicePara(para, 0, 0)], ' ');
      cells = [...head, joined, ...cells.slice(1)];
      first = open.line;
      open = null;
    }
    const last = cells[cells.length - 1];
    if (!line.text.startsWith('|') && last && unbalancedQuote(last.text)) {
      open = { cells, line: first };
      continue;
    }
    cells = cells.map(unquoteCell);
    rows.push({ cells, line: first, texts: cells.map((c) => c.text.replace(/\\\|/gu, '|')) });
  }
  if (open) {
    const cells = open.cells.map(unquoteCell);
    rows.push({ cells, line: open.line, texts: cells.map((c) => c.text) });
  }
  if (rows.length === 0) return null;
  // The header is the first row that names a content or lead column, or that starts with a
  // "TT" cell and names a time column ("TT | Loại báo cáo | Thời hạn gửi | Hình thức gửi").
  let headerIndex = rows.findIndex((r) => {
    const roles = r.texts.map(roleOf);
    return roles.includes('content') || roles.includes('lead') || (roles[0] === 'no' && roles.includes('time'));
  });
  if (headerIndex < 0 || headerIndex > 2) headerIndex = -1;
  // "TT | Vị trí việc làm | Chức danh nghề nghiệp | Số lượng": a header of a table of data
  // (posts, quotas, figures), no column a task table has. Its rows are not tasks.
  if (headerIndex < 0 && rows[0] !== undefined && roleOf(rows[0].texts[0] ?? '') === 'no' && rows[0].texts.length >= 3) return null;
  const header = headerIndex >= 0 ? (rows[headerIndex] as (typeof rows)[number]) : null;
  const width = rows.reduce((m, r) => Math.max(m, r.cells.length), 0);
  const roles: ColumnRole[] = [];
  for (let c = 0; c < width; c++) roles.push(header ? roleOf(header.texts[c] ?? '') : 'other');
  if (!header) {
    // No header: guess "TT | Nội dung | Chủ trì | Phối hợp | Thời gian" by position.
    const guess: ColumnRole[] = ['no', 'content', 'lead', 'support', 'time', 'note'];
    for (let c = 0; c < width; c++) roles[c] = guess[c] ?? 'other';
  }
  // A second header row refines the first: "Cơ quan thực hiện" over "Chủ trì | Phối hợp", and
  // "Thời gian thực hiện năm 2027" over "T1 | T2 | … | T12".
  let dataStart = headerIndex + 1;
  const sub = rows[dataStart];
  if (header && sub) {
    const subRoles = sub.texts.map((t) => (t.trim() === '' ? null : roleOf(t)));
    const first = sub.texts[0]?.trim() ?? '';
    // A .docx header of two rows whose first cells are merged down repeats them on the second
    // ("TT | Nội dung | … | Tháng 7 | Tháng 8 …" under "TT | Nội dung | … | Thời gian …").
    const repeated = (c: number): boolean => (sub.texts[c]?.trim() ?? '') === (header.texts[c]?.trim() ?? '');
    const mergedDown = first !== '' && repeated(0) && sub.texts.every((t, c) => t.trim() === '' || repeated(c) || (subRoles[c] !== null && subRoles[c] !== 'other'));
    if ((first === '' || mergedDown) && (subRoles.some((r) => r === 'lead' || r === 'support' || r === 'time') || subRoles.filter((r) => r === 'month').length >= 3)) {
      subRoles.forEach((r, c) => {
        if (r !== null && r !== 'other') roles[c] = r;
      });
      dataStart++;
    }
  }
  // The month grid: at least three month columns.
  let months: Table['months'];
  if (roles.filter((r) => r === 'month').length >= 3) {
    const heads = rows.slice(Math.max(0, headerIndex), dataStart);
    const of = roles.map((r, c) => (r === 'month' ? monthOfHeader(heads.map((h) => h.texts[c] ?? '').find((t) => monthOfHeader(t) !== null) ?? '') : null));
    const year = /năm\s{1,3}((?:19|20)\d{2})/u.exec(heads.flatMap((h) => h.texts).join(' '));
    months = { of, year: year ? Number(year[1]) : null };
  } else roles.forEach((r, c) => r === 'month' && (roles[c] = 'other'));
  // Numbered header rows "(1) (2) (3)" right under the header are not data.
  const data = rows
    .slice(dataStart)
    .filter((r) => !r.texts.every((t) => /^\(?\d{0,2}\)?$/u.test(t.trim())))
    .map((r) => ({ cells: r.cells, line: r.line }));
  return { roles, rows: data, line: rows[0]?.line ?? 0, ...(months ? { months } : {}) };
}

/** A pipe table whose header names task columns (content, lead, time), not a layout table. */
export function looksLikeTaskTable(lines: Line[]): boolean {
  for (const line of lines.slice(0, 3)) {
    if (line.text.includes('<br')) continue;
    const spans = cellSpans(line.text);
    if (spans.length < 3) continue;
    const roles = spans.map(([a, b]) => roleOf(line.text.slice(a, b)));
    if (roles.includes('content') && (roles.includes('lead') || roles.includes('time'))) return true;
    // "TT | Hồ sơ khai thuế | Kỳ tính thuế | Hạn nộp": numbered rows and a limit for each, as the
    // reader of the table itself takes a header (see tableOf).
    if (roles[0] === 'no' && roles.includes('time')) return true;
  }
  return false;
}

/**
 * Tables in text copied out of a PDF: columns aligned with spaces.
 *   TT   Nội dung nhiệm vụ        Cơ quan chủ trì    Cơ quan phối hợp    Thời gian
 *   1    Rà soát các nghị quyết…  Sở Tư pháp         Các sở, ban, ngành  Trước
 *        quyết định của UBND…                        UBND các xã         30/11/2025
 * The header fixes the column starts; a line with something in the TT column starts a row,
 * other lines continue the cells of the row above.
 */
export function alignedHeader(line: Line): number[] | null {
  const text = line.text;
  const starts: number[] = [0];
  const gap = /\s{2,}/gu;
  for (let m = gap.exec(text); m; m = gap.exec(text)) starts.push(m.index + m[0].length);
  if (starts.length < 3) return null;
  const cells = starts.map((s, k) => text.slice(s, starts[k + 1] ?? text.length).trim());
  const roles = cells.map(roleOf);
  if (!roles.includes('content') || !(roles.includes('lead') || roles.includes('time'))) return null;
  return starts.map((s) => s + line.col0);
}

/** A roman numeral with its dot and the start of a title: "III. TỔ CHỨC …". */
const SECTION_AFTER_TABLE = /^[IVX]{1,5}\.\s{1,2}(?=[A-ZĐÀ-Ỹ])/u;
const TT_VALUE = /^(?:\d{1,3}(?:\.\d{1,2}){0,2}\.?|[IVX]{1,5}\.?|[A-Z]\.?|[a-zđ]\)|-|\+)$/u;

/**
 * A row of a tab-separated table with fewer than two tabs left: a group row "I⇥BẢO VỆ MÔI
 * TRƯỜNG⇥⇥⇥" whose trailing empty cells were trimmed with the line's trailing whitespace.
 * It continues a table already open when its first cell is a row number.
 */
export function isShortTabRow(line: Line): boolean {
  const tab = line.text.indexOf('\t');
  return tab > 0 && !line.text.startsWith('|') && TT_VALUE.test(line.text.slice(0, tab).trim());
}

export function readAlignedTable(lines: Line[], from: number, to: number): { table: Table; end: number } | null {
  const head = lines[from];
  if (!head) return null;
  const starts = alignedHeader(head);
  if (!starts) return null;
  // Header words are often centred over their columns ("TT      Nội dung nhiệm vụ" over
  // "1    Rà soát, công bố …"): when the header's gaps cut no row, the columns are read from
  // the gutters of the rows themselves.
  return readAlignedWith(lines, from, to, starts) ?? readAlignedWith(lines, from, to, gutterStarts(lines, from, to, starts));
}

/**
 * Column starts from the rows under a header: the runs of two or more columns (absolute)
 * that no row line writes into. Group rows in capitals ("I    RÀ SOÁT, CHUẨN HÓA …"), which
 * run across columns, are left out.
 */
function gutterStarts(lines: Line[], from: number, to: number, header: number[]): number[] | null {
  const firstCol = (header[1] as number) - 2;
  const used: number[] = [];
  let rowsSeen = 0;
  let left = Number.POSITIVE_INFINITY;
  for (let i = from + 1; i < to && i < from + 80; i++) {
    const line = lines[i] as Line;
    if (line.text === '') continue;
    const first = /^\S+/u.exec(line.text)?.[0] ?? '';
    // A header word centred far right of its column ("Nội dung nhiệm vụ" over text that starts
    // near the row numbers): a line indented past the numbers goes on with the row.
    const continues = rowsSeen > 0 && line.col0 > left + 1 && !TT_VALUE.test(first);
    // A centred title in capitals after the table ("PHỤ LỤC II", its heading) ends it.
    if (line.col0 >= firstCol && line.text.length > 8 && /\s/u.test(line.text) && isAllCaps(line.text)) break;
    if (line.col0 < firstCol && !continues) {
      if (!TT_VALUE.test(first)) break; // the table has ended
      rowsSeen++;
      left = Math.min(left, line.col0);
      const rest = line.text.slice(first.length).trim();
      if (rest !== '' && rest === rest.toLocaleUpperCase('vi')) continue; // a group row
    }
    for (let k = 0; k < line.text.length; k++) {
      if (/\s/u.test(line.text[k] as string)) continue;
      const x = line.col0 + k;
      used[x] = (used[x] ?? 0) + 1;
    }
  }
  if (rowsSeen < 2 || !Number.isFinite(left)) return null;
  const starts = [left];
  let gap = 0;
  for (let x = left; x < used.length; x++) {
    if ((used[x] ?? 0) === 0) {
      gap++;
      continue;
    }
    if (gap >= 2 && x > left) starts.push(x);
    gap = 0;
  }
  return starts.length >= 3 ? starts : null;
}

function readAlignedWith(lines: Line[], from: number, to: number, starts: number[] | null): { table: Table; end: number } | null {
  const head = lines[from];
  if (!head || !starts) return null;
  const ncol = starts.length;
  // The raw column of a character: line.col0 + index (PDF text has no markdown cuts).
  const cellsOf = (line: Line): Line[] => {
    const out: Line[] = [];
    const cuts = [0];
    for (let c = 1; c < ncol; c++) cuts.push(Math.max(cuts[c - 1] as number, cellCut(line.text, (starts[c] as number) - line.col0)));
    cuts.push(line.text.length);
    for (let c = 0; c < ncol; c++) out.push(sliceLine(line, cuts[c] as number, cuts[c + 1] as number));
    return out;
  };
  const headerCells: Line[][] = cellsOf(head).map((l) => [l]);
  const rows: Array<{ cells: Line[][]; line: number }> = [];
  const firstCol = (starts[1] as number) - 2;
  /** A line opens a row when its first cell, left of the first column, is a row number. */
  const opensRow = (line: Line, cells: readonly Line[]): boolean => {
    const tt = cells[0]?.text ?? '';
    return line.col0 < firstCol && tt !== '' && TT_VALUE.test(tt);
  };
  // The header's own lines, repeated by Word at the top of each page the table runs onto.
  const headerTexts = new Set([head.text]);
  const repeatsHeader = (line: Line): boolean => headerTexts.has(line.text);
  const content = headerCells.findIndex((parts) => roleOf((parts[0] as Line).text) === 'content');
  const centred = content > 0 && rowsAreCentred(lines, from, to, cellsOf, opensRow, content);
  /** Centred rows: the lines between two row numbers, split between the rows when the next opens. */
  let pending: Line[][] = [];
  const above: number[] = [];
  const isGroup = (cells: readonly Line[]): boolean => isGroupRow(cells, content);
  const settle = (next: Line[][] | null, nextIsGroup: boolean): void => {
    const prev = rows[rows.length - 1];
    const prevAbove = above[rows.length - 1] ?? 0;
    let below = pending.length;
    if (next && !nextIsGroup && prev && !isGroup(prev.cells.map((c) => c[0] as Line))) {
      // A centred row has as many lines below its number as above it, or one more.
      below = Math.min(pending.length, prevAbove);
      const pivot = pending[below];
      if (pivot && below < pending.length && continuesCell(pivot[content])) below++;
    } else if (next && !nextIsGroup) {
      below = 0; // after a group row or the header, every line is the next row's
    }
    if (prev) for (const cells of pending.slice(0, below)) cells.forEach((c, k) => c.text !== '' && prev.cells[k]?.push(c));
    if (next) {
      const up = pending.slice(below);
      up.forEach((cells, n) => cells.forEach((c, k) => c.text !== '' && next[k]?.splice(n, 0, c)));
      above.push(up.length);
    }
    pending = [];
  };
  let i = from + 1;
  let blankRun = 0;
  for (; i < to; i++) {
    const line = lines[i] as Line;
    if (repeatsHeader(line)) {
      blankRun = 0;
      continue;
    }
    if (line.text === '') {
      blankRun++;
      if (blankRun > 2) {
        // A page break (blank lines around a page number cleared as furniture) inside the
        // table: the table goes on when the next line starts a row.
        let k = i + 1;
        while (k < to && k - i < 6 && (lines[k] as Line).text === '') k++;
        const next = lines[k];
        if (k >= to || !next || next.text === '' || rows.length === 0 || !(opensRow(next, cellsOf(next)) || repeatsHeader(next))) break;
      }
      continue;
    }
    blankRun = 0;
    const startsAt = line.col0;
    // "III. TỔ CHỨC THỰC HIỆN" at the margin, its title right after the numeral (a group row's
    // title stands in the content column): the section after the table.
    // (Or where the title stands in the content column, when prose follows it: a line with no
    // gap between columns, longer than a cell.)
    const heading = SECTION_AFTER_TABLE.exec(line.text);
    if (heading) {
      let n = i + 1;
      while (n < to && (lines[n] as Line).text === '') n++;
      const next = lines[n]?.text ?? '';
      if (line.col0 + heading[0].length < (starts[1] as number) - 1 || (next.length > 60 && !/\S\s{2,}\S/u.test(next))) break;
    }
    const cells = cellsOf(line);
    if (opensRow(line, cells)) {
      const row = { cells: cells.map((c) => [c]), line: line.n };
      if (centred) settle(row.cells, isGroup(cells));
      rows.push(row);
      continue;
    }
    // "        III. TỔ CHỨC …" indented like a cell: a section heading after the table.
    const label = readLabel(line.text);
    if (label && (label.kind === 'roman' || label.kind === 'part')) break;
    if (startsAt >= firstCol) {
      if (centred && (rows.length > 0 || (cells[content]?.text ?? '') !== '')) {
        pending.push(cells);
        continue;
      }
      if (rows.length === 0) headerTexts.add(line.text);
      const target = rows.length > 0 ? (rows[rows.length - 1] as (typeof rows)[number]).cells : headerCells;
      cells.forEach((c, k) => {
        if (c.text !== '') target[k]?.push(c);
      });
      continue;
    }
    break;
  }
  if (centred) settle(null, false);
  if (rows.length === 0) return null;
  const roles = headerCells.map((parts) => roleOf(parts.map((p) => p.text).join(' ')));
  const table: Table = {
    roles,
    rows: rows.map((r) => ({ cells: r.cells.map((parts) => paraFromLines(parts.filter((p) => p.text !== ''))), line: r.line })),
    line: head.n,
  };
  return { table, end: i };
}

/** How far from a header's column start a row's gutter may lie (columns aligned by eye). */
const GUTTER_REACH = 8;

/**
 * Where a line's cell starts, given its column's start `x` in the header. A start that falls
 * in a word or between two words of a phrase moves to the nearest gutter (two spaces or more)
 * within reach: columns typed by eye, or centred by a converter, stray by a few characters
 * ("Nhân dân        Từ 29/3 …" under "Thời gian" one character to the right). With no gutter
 * near, a start inside a word moves to the word's nearer edge, so no word is cut in two.
 */
export function cellCut(text: string, x: number): number {
  if (x <= 0) return 0;
  if (x >= text.length) return text.length;
  const space = (k: number): boolean => k < 0 || k >= text.length || /\s/u.test(text[k] as string);
  // At a cell's start already: a gutter (or the line's start) just before, a letter here.
  if (!space(x) && space(x - 1) && space(x - 2)) return x;
  if (space(x) && space(x - 1)) {
    // Inside a gutter: the cell starts after it.
    let k = x;
    while (k < text.length && space(k)) k++;
    return k;
  }
  let best = -1;
  for (let d = 0; d <= GUTTER_REACH; d++) {
    for (const k of [x - d, x + d]) {
      if (k <= 1 || k >= text.length) continue;
      if (!space(k) && space(k - 1) && space(k - 2)) {
        best = k;
        break;
      }
    }
    if (best >= 0) break;
  }
  if (best >= 0) return best;
  if (space(x)) return x + 1;
  let a = x;
  while (a > 0 && !space(a - 1)) a--;
  let b = x;
  while (b < text.length && !space(b)) b++;
  return x - a <= b - x ? a : Math.min(text.length, b + 1);
}

/** A group row: its content cell in capitals ("I      CÔNG TÁC TUYÊN TRUYỀN, HƯỚNG DẪN"). */
function isGroupRow(cells: readonly Line[], content: number): boolean {
  const text = cells[content]?.text ?? '';
  return text !== '' && HAS_LETTER.test(text) && text === text.toLocaleUpperCase('vi');
}

/** A cell line that goes on with the cell above it: empty, or starting in lower case. */
function continuesCell(cell: Line | undefined): boolean {
  const text = cell?.text ?? '';
  return text === '' || STARTS_LOWER.test(text);
}

/**
 * Whether rows print their number on their middle line (pdftotext -layout of vertically
 * centred cells): a sentence in the content column stands between the header or a group
 * row and the next row number, where a top-aligned table has nothing.
 */
function rowsAreCentred(
  lines: Line[],
  from: number,
  to: number,
  cellsOf: (line: Line) => Line[],
  opensRow: (line: Line, cells: readonly Line[]) => boolean,
  content: number,
): boolean {
  let open = true; // after the header or a group row
  for (let i = from + 1; i < to && i < from + 80; i++) {
    const line = lines[i] as Line;
    if (line.text === '') continue;
    const cells = cellsOf(line);
    if (opensRow(line, cells)) {
      open = isGroupRow(cells, content);
      continue;
    }
    const text = cells[content]?.text ?? '';
    if (open && STARTS_UPPER.test(text) && text.split(/\s+/u).length >= 3 && text !== text.toLocaleUpperCase('vi')) return true;
  }
  return false;
}

/** A cell that opens a spreadsheet quote and does not close it: the line ends inside the cell. */
function unbalancedQuote(text: string): boolean {
  const t = text.trim();
  if (!t.startsWith('"')) return false;
  let quotes = 0;
  for (const ch of t) if (ch === '"') quotes++;
  return quotes % 2 === 1;
}

/** A spreadsheet's quotes around a cell come off (doubled quotes inside stay as written). */
function unquoteCell(cell: Para): Para {
  const t = cell.text;
  const a = t.length - t.trimStart().length;
  const b = t.trimEnd().length;
  if (b - a < 2 || t[a] !== '"' || t[b - 1] !== '"') return cell;
  return slicePara(cell, a + 1, b - 1);
}

/**
 * A table written one cell per line, as LibreOffice's "Text" export and some PDF copies give it:
 *   TT ⏎ Nội dung nhiệm vụ ⏎ Đơn vị chủ trì ⏎ Đơn vị phối hợp ⏎ Thời gian hoàn thành
 *   I ⏎ CHUẨN BỊ HẠ TẦNG ⏎ 1 ⏎ Rà soát … ⏎ Phòng Công nghệ thông tin ⏎ … ⏎ Trước 31/3/2027 ⏎ 2 ⏎ …
 * The header is a run of short lines, each a column title, the first "TT"; a line holding only a
 * row number opens a row, and the lines up to the next one are its cells (an empty line an
 * empty cell). A cell of two paragraphs ("Khoa Nội tổng hợp;" ⏎ "Khoa Ngoại chấn thương") makes
 * a row longer than the header: a line ending in ";" or "," goes on with the next, then the
 * content cell takes the extra lines. An empty lead cell under a row that has one is the same
 * cell merged down (a row always has someone in charge; an empty support cell stays empty).
 */
const CELL_LINE_ROW = /^(?:\d{1,3}(?:\.\d{1,2}){0,2}\.?|[IVX]{1,5}\.?)$/u;
/** "TT", "STT", "Số TT", "Thứ tự": the title of a row-number column. */
const ROW_NUMBER_TITLE = /^\s{0,3}(?:s?tt\.?|số\s{1,2}tt|(?:số\s{1,2})?thứ\s{1,2}tự)\s{0,3}$/iu;

/** The number of header cells of a one-cell-per-line table starting at lines[i], or 0. */
export function cellLineHeader(lines: readonly Line[], i: number): number {
  const first = lines[i];
  // Asked of every line of a body: a cheap look at the first cell before any folding.
  if (!first || first.text.length > 16 || !ROW_NUMBER_TITLE.test(first.text) || roleOf(first.text) !== 'no') return 0;
  const roles: ColumnRole[] = [];
  for (let k = i; k < lines.length && k - i < 12; k++) {
    const text = (lines[k] as Line).text;
    if (text === '' || text.length > 60) break;
    const role = roleOf(text);
    if (role === 'other' && k > i) break;
    roles.push(role);
  }
  const next = lines[i + roles.length];
  return roles.length >= 3 && roles.includes('content') && next !== undefined && CELL_LINE_ROW.test(next.text.trim()) ? roles.length : 0;
}

export function readCellLineTable(lines: readonly Line[], from: number, to: number): { table: Table; end: number } | null {
  const width = cellLineHeader(lines, from);
  if (width === 0) return null;
  const roles = lines.slice(from, from + width).map((l) => roleOf(l.text));
  const content = roles.indexOf('content');
  const lead = roles.indexOf('lead');
  const rows: TableRow[] = [];
  let i = from + width;
  let lastLead: Para | null = null;
  while (i < to) {
    const head = lines[i] as Line;
    if (!CELL_LINE_ROW.test(head.text.trim())) break;
    let j = i + 1;
    // The row's lines: up to the next row number, or a heading that ends the table.
    while (j < to && !CELL_LINE_ROW.test((lines[j] as Line).text.trim()) && !endsCellTable((lines[j] as Line).text)) j++;
    // Trailing empty lines beyond the row's cells belong to no cell.
    let cellLines = lines.slice(i + 1, j) as Line[];
    while (cellLines.length > width - 1 && cellLines[cellLines.length - 1]?.text === '') cellLines = cellLines.slice(0, -1);
    const groups = cellGroups(cellLines, width - 1, content - 1);
    const cells = [paraFromLines([head]), ...groups.map((g) => (g.length === 0 ? slicePara(paraFromLines([head]), 0, 0) : paraFromLines(g)))];
    const group = groups.length === 1 || groups.slice(1).every((g) => g.length === 0);
    if (!group && lead > 0) {
      const own = cells[lead];
      if (own && own.text.trim() === '' && lastLead) cells[lead] = lastLead;
      else if (own && own.text.trim() !== '') lastLead = own;
    }
    if (group) lastLead = null;
    rows.push({ cells, line: head.n });
    i = j;
    if (i < to && endsCellTable((lines[i] as Line).text)) break;
  }
  if (rows.length === 0) return null;
  return { table: { roles, rows, line: (lines[from] as Line).n }, end: i };
}

/** A heading after the table: "III. TỔ CHỨC THỰC HIỆN" (a label and its title on one line). */
function endsCellTable(text: string): boolean {
  const label = readLabel(text);
  return label !== null && (label.kind === 'roman' || label.kind === 'part') && text.length > label.length;
}

/** The lines of a row split into `n` cells; `content` is the index of the content cell among them. */
function cellGroups(cellLines: Line[], n: number, content: number): Line[][] {
  let groups: Line[][] = cellLines.map((l) => (l.text === '' ? [] : [l]));
  // "Khoa Nội tổng hợp;" ⏎ "Khoa Ngoại chấn thương": a list cell going on.
  for (let k = 0; k + 1 < groups.length && groups.length > n; ) {
    const g = groups[k] as Line[];
    const last = g[g.length - 1];
    const next = groups[k + 1] as Line[];
    if (last && next.length > 0 && /[;,]\s*$/u.test(last.text)) groups.splice(k, 2, [...g, ...next]);
    else k++;
  }
  // The content cell takes what is still extra ("Mở rộng …." ⏎ "Chạy song song …").
  if (groups.length > n && content >= 0) {
    const extra = groups.length - n;
    groups = [...groups.slice(0, content), groups.slice(content, content + extra + 1).flat(), ...groups.slice(content + extra + 1)];
  }
  return groups.slice(0, Math.max(n, 0));
}
