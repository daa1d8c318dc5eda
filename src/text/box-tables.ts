/**
 * Tables drawn with box characters, as text browsers (w3m, elinks) and old DOS-era documents
 * write them:
 *   ┌─────┬──────────────┬────────────┐
 *   │ TT  │ Nội dung     │ Thời gian  │
 *   ├─────┼──────────────┼────────────┤
 *   │     │ Rà soát danh │ Trước 30/6 │
 *   │ 1   │ mục di tích  │ /2027      │
 *   └─────┴──────────────┴────────────┘
 * Each row between two rules becomes one Markdown pipe-table row: a column's pieces, line by
 * line, join with a space (no space where a date was cut at its "/"). The rows are written on
 * the table's first lines, one per line, the table's other lines left empty, so every line
 * after it keeps its number. A row that spans columns (a group row, "│ I │ KIỂM KÊ … │") has
 * fewer cells; the rest are left blank. Linear: one pass over the lines.
 */

/** A rule line: box corners and junctions, horizontal strokes, spaces. */
const RULE = /^\s{0,8}[┌├└╔╠╚╒╞╘╓╟╙+][─═┬┼┴╤╪╧╦╬╩+\-\s┐┤┘╗╣╝╕╡╛╖╢╜]*$/u;
const TOP = /^\s{0,8}[┌╔╒╓]/u;
const BOTTOM = /^\s{0,8}[└╚╘╙]/u;
/** A content line: starts (after indentation) with a vertical bar. */
const ROW = /^\s{0,8}[│║]/u;
const BAR = /[│║]/u;

export function boxTablesToPipes(text: string): string {
  if (!/[┌╔╒╓]/u.test(text)) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!TOP.test(lines[i] as string) || !RULE.test(lines[i] as string)) continue;
    // The table: rule and content lines, up to the bottom rule (or the first other line).
    let end = i + 1;
    while (end < lines.length && (ROW.test(lines[end] as string) || (RULE.test(lines[end] as string) && !BOTTOM.test(lines[end] as string)))) end++;
    const closed = end < lines.length && BOTTOM.test(lines[end] as string);
    const last = closed ? end : end - 1;
    const rows = readRows(lines.slice(i, last + 1));
    if (rows.length >= 2 && rows.length + 1 <= last - i + 1) {
      const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
      const out = pipeTableLines(rows[0] as string[], rows.slice(1), width);
      for (let k = i; k <= last; k++) lines[k] = out[k - i] ?? '';
    }
    i = last;
  }
  return lines.join('\n');
}

/** The rows of a box table (its lines, rules included): each row's cells, pieces joined. */
function readRows(block: readonly string[]): string[][] {
  const rows: string[][] = [];
  let current: string[][] | null = null;
  const flush = () => {
    if (current && current.some((pieces) => pieces.length > 0)) rows.push(current.map(joinPieces));
    current = null;
  };
  for (const line of block) {
    if (!ROW.test(line)) {
      flush();
      continue;
    }
    const cells = line.trim().split(BAR).slice(1, -1);
    // A line that ends without its closing bar (cut by the dump's width) keeps its last cell.
    if (!BAR.test(line.trim().slice(-1))) cells.push(line.trim().split(BAR).pop() ?? '');
    current ??= cells.map(() => []);
    cells.forEach((cell, k) => {
      const piece = cell.trim();
      if (piece === '') return;
      (current as string[][])[k] ??= [];
      ((current as string[][])[k] as string[]).push(piece);
    });
  }
  flush();
  return rows;
}

/**
 * A table as Markdown pipe-table lines: the header, the separator, the rows, each `width` cells
 * wide (missing cells empty) and a "|" inside a cell escaped. Shared by the readers that rewrite
 * a table drawn in plain text (box, multiline and OCR'd tables) in place.
 */
export function pipeTableLines(header: readonly string[], rows: ReadonlyArray<readonly string[]>, width: number): string[] {
  const pipe = (cells: readonly string[]) => `| ${Array.from({ length: width }, (_, k) => (cells[k] ?? '').replace(/\|/gu, '\\|')).join(' | ')} |`;
  return [pipe(header), `|${'---|'.repeat(width)}`, ...rows.map(pipe)];
}

/** A cell's pieces as one text: "Trước 30/6" + "/2027" → "Trước 30/6/2027"; others with a space. */
export function joinPieces(pieces: readonly string[]): string {
  let out = '';
  for (const piece of pieces) {
    if (out === '') out = piece;
    else if (out.endsWith('/') || piece.startsWith('/')) out += piece;
    else out += ` ${piece}`;
  }
  return out;
}
