/**
 * Task tables: markdown pipe tables and tab-separated rows, the normal form of a Kế hoạch
 * and its Phụ lục ("TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành").
 * Each cell keeps its source position (it is a slice of its line's paragraph).
 */
import type { Line } from '../text/lines.js';
import { paraFromLines, slicePara, type Para } from '../text/para.js';
import { foldKey } from '../text/fold.js';

export type ColumnRole = 'no' | 'content' | 'lead' | 'support' | 'time' | 'output' | 'note' | 'other';

export interface TableRow {
  cells: Para[];
  line: number;
}

export interface Table {
  roles: ColumnRole[];
  /** Data rows (header and separator rows removed). */
  rows: TableRow[];
  line: number;
}

/** Header words → column role, matched on the folded header cell, first hit wins. */
const ROLE_WORDS: Array<[RegExp, ColumnRole]> = [
  [/^(s?tt|so tt|stt\.?|thu tu|so thu tu)$/u, 'no'],
  [/phoi hop/u, 'support'],
  [/chu tri|thuc hien|trach nhiem|don vi|co quan/u, 'lead'],
  [/thoi gian|thoi han|tien do|han hoan thanh|moc/u, 'time'],
  [/ket qua|san pham/u, 'output'],
  [/ghi chu/u, 'note'],
  [/noi dung|nhiem vu|cong viec|hoat dong|ten/u, 'content'],
];

function roleOf(header: string): ColumnRole {
  const key = foldKey(header);
  for (const [pattern, role] of ROLE_WORDS) if (pattern.test(key)) return role;
  return 'other';
}

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
  for (const line of lines) {
    if (SEPARATOR_ROW.test(line.text) && line.text.includes('-')) continue;
    const para = paraFromLines([line]);
    const cells = cellSpans(line.text).map(([a, b]) => slicePara(para, a, b));
    rows.push({ cells, line: line.n, texts: cells.map((c) => c.text.replace(/\\\|/gu, '|')) });
  }
  if (rows.length === 0) return null;
  // The header is the first row that names a content or lead column.
  let headerIndex = rows.findIndex((r) => r.texts.some((t) => ['content', 'lead'].includes(roleOf(t))));
  if (headerIndex < 0 || headerIndex > 2) headerIndex = -1;
  const header = headerIndex >= 0 ? (rows[headerIndex] as (typeof rows)[number]) : null;
  const width = Math.max(...rows.map((r) => r.cells.length));
  const roles: ColumnRole[] = [];
  for (let c = 0; c < width; c++) roles.push(header ? roleOf(header.texts[c] ?? '') : 'other');
  if (!header) {
    // No header: guess "TT | Nội dung | Chủ trì | Phối hợp | Thời gian" by position.
    const guess: ColumnRole[] = ['no', 'content', 'lead', 'support', 'time', 'note'];
    for (let c = 0; c < width; c++) roles[c] = guess[c] ?? 'other';
  }
  // Numbered header rows "(1) (2) (3)" right under the header are not data.
  const data = rows
    .slice(headerIndex + 1)
    .filter((r) => !r.texts.every((t) => /^\(?\d{0,2}\)?$/u.test(t.trim())))
    .map((r) => ({ cells: r.cells, line: r.line }));
  return { roles, rows: data, line: rows[0]?.line ?? 0 };
}
