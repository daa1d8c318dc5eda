/**
 * pandoc's "multiline tables", as `pandoc -t markdown` writes a Word table whose cells wrap:
 *
 *   ---------------------------------------------------------
 *   **TT**   **Nhiệm vụ**             **Cơ quan chủ  **Thời hạn**
 *                                     trì**
 *   -------- ------------------------ -------------- ------------
 *   1        Rà soát, cập nhật danh   Sở Xây dựng    Chậm nhất
 *            mục điểm ngập                           ngày 29-7-2027
 *
 *   2        Nạo vét …
 *   ---------------------------------------------------------
 *
 * The columns are the runs of dashes of the line under the header (or of the first line, in a
 * table without a header); a row runs to the next blank line, and each cell's pieces, line by
 * line, join with a space. Each row becomes one Markdown pipe-table row, written on the table's
 * first lines; the table's other lines are left empty, so every line after it keeps its number.
 * Only a task table is rewritten (`isTaskTable` on its pipe rows); a layout table stays.
 * Linear: one pass over the lines, each line sliced once per column.
 */
import { joinPieces, pipeTableLines } from './box-tables.js';

/** A border: one run of dashes across the table. */
const BORDER = /^ {0,4}-{12,}\s*$/u;
/** The columns: two runs of dashes or more. */
const COLUMNS = /^ {0,4}-{2,}(?: {1,8}-{2,}){1,30}\s*$/u;

export function multilineTablesToPipes(text: string, isTaskTable: (pipeRows: string[]) => boolean = () => true): string {
  if (!text.includes('---')) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const bordered = BORDER.test(line);
    if (!bordered && !COLUMNS.test(line)) continue;
    // The header: the lines between the top border and the column line.
    let sep = i;
    if (bordered) {
      sep = i + 1;
      while (sep < lines.length && sep - i <= 6 && (lines[sep] as string).trim() !== '' && !COLUMNS.test(lines[sep] as string)) sep++;
      if (sep >= lines.length || !COLUMNS.test(lines[sep] as string) || sep === i + 1) continue;
    }
    const spans = columnSpans(lines[sep] as string);
    const left = (lines[sep] as string).search(/-/u);
    // The body: rows separated by blank lines, up to a closing border or column line.
    let end = sep + 1;
    while (end < lines.length && end - sep < 2000 && !BORDER.test(lines[end] as string) && !COLUMNS.test(lines[end] as string)) {
      const l = lines[end] as string;
      // (a table ends at two blank lines, or at text starting left of the first column)
      if (l.trim() === '' && (lines[end + 1] ?? '').trim() === '') break;
      if (l.trim() !== '' && l.search(/\S/u) < left) break;
      end++;
    }
    const closed = end < lines.length && (BORDER.test(lines[end] as string) || COLUMNS.test(lines[end] as string));
    // (no table starts in the lines passed over: any would have closed this one)
    if (!closed) {
      i = Math.max(i, end - 1);
      continue;
    }
    const header = bordered ? cellsOf(lines.slice(i + 1, sep), spans) : null;
    const rows: string[][] = [];
    let block: string[] = [];
    for (let k = sep + 1; k <= end; k++) {
      const l = k < end ? (lines[k] as string) : '';
      if (l.trim() === '') {
        if (block.length > 0) rows.push(cellsOf(block, spans));
        block = [];
      } else block.push(l);
    }
    if (rows.length === 0) continue;
    const out = pipeTableLines(header ?? (rows[0] as string[]), header ? rows : rows.slice(1), spans.length);
    // A layout table (the header's two columns, the signature) is left to the reader of
    // layout lines, which keeps each cell on its own source line.
    if (out.length > end - i + 1 || !isTaskTable(out)) {
      i = end;
      continue;
    }
    for (let k = i; k <= end; k++) lines[k] = out[k - i] ?? '';
    i = end;
  }
  return lines.join('\n');
}

/** [start, end) of each column: a run of dashes, stretched to the next run's start. */
function columnSpans(line: string): Array<[number, number]> {
  const runs = [...line.matchAll(/-+/gu)].map((m) => [m.index, m.index + m[0].length] as [number, number]);
  return runs.map(([a], k) => [k === 0 ? 0 : a, k + 1 < runs.length ? (runs[k + 1] as [number, number])[0] : Infinity]);
}

/** A row's lines cut at the columns; each column's pieces joined. */
function cellsOf(block: readonly string[], spans: ReadonlyArray<[number, number]>): string[] {
  return spans.map(([a, b]) => joinPieces(block.map((l) => l.slice(a, b).trim()).filter((p) => p !== '')));
}
