/**
 * A table read by OCR off a scanned page: its column rules come out as " | " inside the lines,
 * and a row's cells wrap onto lines of their own that start in the second column (the first,
 * the row's number or "Bước N", is short):
 *
 *   Bước | Nội dung công việc | Cấp thực hiện | Thời gian
 *   hoàn thành
 *   Bước 1 | Rà soát, đánh giá cán bộ trong quy | Ban Thường vụ | Trước ngày
 *   hoạch; đưa ra khỏi quy hoạch các | đảng ủy xã, | 15-8-2027
 *   trường hợp không còn đủ tiêu chuẩn, | phường
 *
 * A header whose first cell names the rows' key ("TT", "STT", "Bước") opens the table; a line
 * that starts with a key ("3 |", "Bước 2 |") opens a row; any other line continues it, its cells
 * filling the columns from the second on (a header's one-cell continuation goes to its last
 * column). A rule read as "I" between two cells (", I đến ngày") is a rule. Each row becomes a
 * Markdown pipe-table row on the table's first lines, the table's other lines left empty, so
 * every line after it keeps its number. Linear: a table's scan is bounded (400 lines).
 */

import { pipeTableLines } from './box-tables.js';
import { px } from './charclass.js';

/** A header cell that names the rows' key, and the key a row starts with. */
const KEYS: Array<[RegExp, RegExp]> = [
  [/^(?:\*\*)?(?:S?TT|Số TT|STT)\.?(?:\*\*)?$/u, /^\d{1,3}[.)]?$/u],
  [/^(?:\*\*)?Bước(?:\*\*)?$/u, /^Bước\s{1,3}\d{1,2}$/u],
];
const BAR = /\s\|\s?|\s?\|\s|\|$/u;
/** ", I đến ngày": a rule read as a capital I (or an l) between two cells. */
const RULE_AS_I = px(/([,;.])\s[Il]\s(?=\p{Ll})/gu);

function cellsOf(line: string): string[] {
  const cells = line.split(/\s\|\s?|\s?\|\s/u).map((c) => c.replace(/\|$/u, '').trim());
  while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

export function barTablesToPipes(text: string): string {
  if (!text.includes(' | ')) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i] as string;
    if (head.startsWith('|') || !head.includes(' | ')) continue;
    const header = cellsOf(head);
    if (header.length < 3 || header.length > 8) continue;
    const key = KEYS.find(([h]) => h.test(header[0] ?? ''))?.[1];
    if (!key) continue;
    const width = header.length;
    /** Each row's cells, each cell its pieces, line by line. */
    const rows: string[][][] = [];
    let end = i + 1;
    let current: string[][] | null = null;
    // (a table of a page or two: bounded, so that many false starts stay linear)
    for (; end < lines.length && end - i < 400; end++) {
      const raw = (lines[end] as string).trim();
      if (raw === '') break;
      // (", I đến ngày": a rule read as a capital I between two cells)
      const line = raw.replace(RULE_AS_I, '$1 | ');
      const cells = cellsOf(line);
      if (key.test(cells[0] ?? '') && BAR.test(line)) {
        const row: string[][] = Array.from({ length: width }, () => []);
        cells.slice(0, width).forEach((c, k) => c !== '' && row[k]?.push(c));
        rows.push(row);
        current = row;
        continue;
      }
      if (current === null) {
        // The header's own wrapped words ("Thời gian" ⏎ "hoàn thành").
        if (cells.length === 1) header[width - 1] = `${header[width - 1]} ${cells[0]}`;
        else cells.forEach((c, k) => k + 1 < width && c !== '' && (header[k + 1] = `${header[k + 1]} ${c}`));
        continue;
      }
      const from = cells.length >= width ? 0 : 1;
      const row = current;
      cells.forEach((c, k) => c !== '' && from + k < width && row[from + k]?.push(c));
    }
    if (rows.length < 2) continue;
    const out = pipeTableLines(header, rows.map((r) => r.map((pieces) => pieces.join(' '))), width);
    if (out.length > end - i) continue;
    for (let k = i; k < end; k++) lines[k] = out[k - i] ?? '';
    i = end;
  }
  return lines.join('\n');
}
