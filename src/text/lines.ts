import { HAS_LETTER, HAS_LOWER, px } from './charclass.js';
/**
 * Source lines with markdown residue removed. Converters leave `**bold**`, `*italic*`,
 * `***Nơi nhận:***`, stray `*` and `\.` escapes in the text; the parser wants the words,
 * the exporter wants to know which words were emphasized, and every value must point
 * back at its source line and column. A `Line` keeps all three.
 */

export interface Line {
  /** 1-based line number in the decoded input. */
  n: number;
  /** The line without markdown markers, trimmed. */
  text: string;
  /** Emphasized ranges in `text` coordinates, [start, end). */
  emph: Array<[number, number]>;
  /**
   * Source column (0-based) of text[i] is `col0 + i + shift(i)`, where shift(i) is the total
   * length removed before i: the sum of `cuts[k][1]` for cuts with cuts[k][0] <= i.
   */
  col0: number;
  cuts: Array<[number, number]>;
  /** Tabs removed from the start of the line (empty leading cells of a tab-separated row). */
  tabs?: number;
}

/** 1-based source column of offset `i` of `line.text`. */
export function columnOf(line: Line, i: number): number {
  let shift = 0;
  for (const [at, len] of line.cuts) {
    if (at <= i) shift += len;
    else break;
  }
  return line.col0 + i + shift + 1;
}

/** A list label, then a tab, then the rest of the line with no other tab. */
const LIST_LABEL_TAB = /^(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ][.)]|[-–+•])\t(?=[^\t]+$)/u;
const SENTENCE_END = /[.;:!?…]\**\s*$/u;
const ITEM_START = /^\s*(?:[-+•–]\s|\d{1,2}(?:\.\d{1,2}){0,3}[.)]\s|\(\d{1,2}\)|[a-zđ]\)\s|[IVX]{1,5}[.\-]\s)/u;
// An escape ("\\.", "1\\."), a backslash ending the line (a hard line break in pandoc's
// Markdown: "**UBND TỈNH HÀ TĨNH**\\"), or an emphasis run.
const HTML_ANCHOR = /<a\s{1,3}(?:id|name)\s{0,2}=\s{0,2}"[^"<>]{0,120}"\s{0,3}>\s{0,3}<\/a>/gu;
// (Prettier and GitHub write italics with one underscore: "_Gia Lai, ngày 25 tháng 6 năm 2027_".)
const MARKER_RUN = px(/\\([.\-*_#()[\]+!|<>])|\\(?=[ \t]*$)|\*{1,3}|(?<![_\p{L}\p{N}])__?(?=[^\s_])|(?<=[^\s_])__?(?![_\p{L}\p{N}])/gu);
const STAR_ONLY = /^\s*\*(\s*\*)*\s*$/;
const HEADING_HASHES = /^#{1,6}\s+/;

interface RawRun {
  line: number;
  at: number; // offset in the raw (untrimmed) line
  len: number;
  canOpen: boolean;
  canClose: boolean;
  escape?: string;
}

/**
 * Split decoded, normalized text into `Line`s. Emphasis pairs are matched inside blocks of
 * consecutive non-blank lines (a bold run may span lines, never a blank line).
 */
export function toLines(text: string): Line[] {
  const raw = text.split('\n');
  const lines: Line[] = new Array(raw.length);
  let block: number[] = [];
  const flush = () => {
    if (block.length > 0) stripBlock(raw, block, lines);
    block = [];
  };
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i] ?? '';
    if (r.trim() === '') {
      // PDF text puts blank lines inside sentences: keep pairing emphasis across them
      // while the sentence goes on.
      const last = block.length > 0 ? (raw[block[block.length - 1] as number] ?? '') : '';
      let j = i + 1;
      while (j < raw.length && (raw[j] ?? '').trim() === '' && j - i < 4) j++;
      const next = raw[j] ?? '';
      const continues = last !== '' && !SENTENCE_END.test(last) && next.trim() !== '' && !ITEM_START.test(next);
      if (!continues) flush();
      lines[i] = { n: i + 1, text: '', emph: [], col0: 0, cuts: [] };
    } else {
      block.push(i);
    }
  }
  flush();
  return lines;
}

/** The end of a pandoc span with attributes: "]{.underline}", "]{#id .class}". */
const SPAN_CLOSE = /\]\{[.#][A-Za-z][\w-]{0,30}(?:\s[^{}\n]{0,60})?\}/gu;

/**
 * pandoc's spans with attributes ("[ĐẢNG CỘNG SẢN VIỆT" ⏎ "NAM]{.underline}", as it writes
 * underlined text): the brackets and the attributes go, the text stays. Pairs are found across
 * the block's lines; a "[" with no closer stays.
 */
function spanRuns(raw: string[], block: number[]): Map<number, RawRun[]> {
  const out = new Map<number, RawRun[]>();
  if (!block.some((i) => (raw[i] ?? '').includes(']{'))) return out;
  const open: Array<{ line: number; at: number }> = [];
  const add = (line: number, at: number, len: number) => {
    const list = out.get(line) ?? [];
    list.push({ line, at, len, canOpen: false, canClose: false, escape: '' });
    out.set(line, list);
  };
  for (const i of block) {
    const s = raw[i] ?? '';
    SPAN_CLOSE.lastIndex = 0;
    const closes: Array<[number, number]> = [];
    for (let m = SPAN_CLOSE.exec(s); m; m = SPAN_CLOSE.exec(s)) closes.push([m.index, m[0].length]);
    let c = 0;
    for (let at = 0; at < s.length; at++) {
      if (c < closes.length && at === (closes[c] as [number, number])[0]) {
        const opener = open.pop();
        if (opener) {
          add(opener.line, opener.at, 1);
          add(i, at, (closes[c] as [number, number])[1]);
        }
        at += (closes[c] as [number, number])[1] - 1;
        c++;
      } else if (s[at] === '[') open.push({ line: i, at });
    }
  }
  return out;
}

function stripBlock(raw: string[], block: number[], out: Line[]): void {
  const runs: RawRun[][] = [];
  const spans = spanRuns(raw, block);
  for (const i of block) {
    const s = raw[i] ?? '';
    const lineRuns: RawRun[] = [];
    // An empty HTML anchor a converter leaves for a Word bookmark ('<a id="_Hlk196384512"></a>1\. …'):
    // removed whole, and no marker inside it (its "_") counts.
    const anchors: Array<[number, number]> = [];
    if (s.includes('<a ')) {
      HTML_ANCHOR.lastIndex = 0;
      for (let m = HTML_ANCHOR.exec(s); m; m = HTML_ANCHOR.exec(s)) {
        anchors.push([m.index, m.index + m[0].length]);
        lineRuns.push({ line: i, at: m.index, len: m[0].length, canOpen: false, canClose: false, escape: '' });
      }
    }
    // MARKER_RUN needs a "\\", a "*" or a "_": most lines have none, and the Unicode
    // lookarounds of the pattern are not worth running over them.
    if ((s.includes('*') || s.includes('\\') || s.includes('_')) && !STAR_ONLY.test(s)) {
      MARKER_RUN.lastIndex = 0;
      for (let m = MARKER_RUN.exec(s); m; m = MARKER_RUN.exec(s)) {
        if (anchors.some(([a, b]) => m.index >= a && m.index < b)) continue;
        if (m[1] !== undefined || m[0] === '\\') {
          // The escape's character is kept; a hard line break leaves nothing.
          lineRuns.push({ line: i, at: m.index, len: m[0].length, canOpen: false, canClose: false, escape: m[1] ?? '' });
          continue;
        }
        // "(*)" is a footnote mark, not emphasis; "* " opening a line is a list bullet.
        if (m[0] === '*' && s[m.index - 1] === '(' && s[m.index + 1] === ')') continue;
        if (m[0] === '*' && /^\s*$/.test(s.slice(0, m.index)) && /\s/.test(s[m.index + 1] ?? '')) continue;
        const before = s[m.index - 1];
        const after = s[m.index + m[0].length];
        lineRuns.push({
          line: i,
          at: m.index,
          len: m[0].length,
          canOpen: after !== undefined && !/\s/.test(after),
          canClose: before !== undefined && !/\s/.test(before),
        });
      }
    }
    const spanned = spans.get(i);
    if (spanned) lineRuns.push(...spanned.filter((r) => !lineRuns.some((o) => r.at < o.at + o.len && o.at < r.at + r.len)));
    if (anchors.length > 0 || spanned) lineRuns.sort((a, b) => a.at - b.at);
    runs.push(lineRuns);
  }

  // Pair emphasis runs across the block with a stack; unpaired runs are just removed.
  const flat = runs.flat().filter((r) => r.escape === undefined);
  const pairs: Array<[RawRun, RawRun]> = [];
  const stack: RawRun[] = [];
  // A run closes the nearest open run of the same marker ("__*x*__": "*" closes "*", "__"
  // closes "__"); one that could do either opens when no such run is open.
  const marker = (r: RawRun): string => (raw[r.line] ?? '').slice(r.at, r.at + r.len);
  for (const run of flat) {
    const m = marker(run);
    let k = stack.length - 1;
    while (k >= 0 && marker(stack[k] as RawRun) !== m) k--;
    if (run.canClose && (k >= 0 || (stack.length > 0 && !run.canOpen))) {
      const at = k >= 0 ? k : stack.length - 1;
      const open = stack[at] as RawRun;
      stack.length = at;
      pairs.push([open, run]);
    } else if (run.canOpen) {
      stack.push(run);
    }
  }

  block.forEach((i, k) => {
    const s = raw[i] ?? '';
    const lineRuns = runs[k] ?? [];
    out[i] = cleanLine(i + 1, s, lineRuns);
  });

  // Translate pairs to per-line emphasized ranges (clean coordinates).
  for (const [open, close] of pairs) {
    for (let li = open.line; li <= close.line; li++) {
      const line = out[li];
      if (!line || line.text === '') continue;
      const start = li === open.line ? cleanOffset(line, open.at + open.len) : 0;
      const end = li === close.line ? cleanOffset(line, close.at) : line.text.length;
      if (end > start) line.emph.push([start, end]);
    }
  }
  for (const i of block) out[i]?.emph.sort((a, b) => a[0] - b[0]);
}

function cleanLine(n: number, s: string, runs: RawRun[]): Line {
  let text = '';
  const cuts: Array<[number, number]> = [];
  let pos = 0;
  const removeUpTo = (at: number, len: number, keep = '') => {
    text += s.slice(pos, at) + keep;
    cuts.push([text.length, len - keep.length]);
    pos = at + len;
  };
  for (const run of runs) {
    if (run.escape !== undefined) removeUpTo(run.at, run.len, run.escape);
    else removeUpTo(run.at, run.len);
  }
  text += s.slice(pos);
  // Leading/trailing whitespace and markdown heading hashes.
  let lead = 0;
  const lm = /^\s*/.exec(text);
  if (lm) lead = lm[0].length;
  const tabs = (lm?.[0].match(/\t/gu) ?? []).length;
  let rest = text.slice(lead);
  const hm = HEADING_HASHES.exec(rest);
  if (hm) {
    lead += hm[0].length;
    rest = rest.slice(hm[0].length);
  }
  let trimmed = rest.replace(/\s+$/, '');
  // Word's plain-text export of a list paragraph: "<TAB>1.<TAB>Giao Sở Tài chính …". The tab
  // after the label is its space (one character for one: the columns stay).
  const listTab = LIST_LABEL_TAB.exec(trimmed);
  if (listTab) trimmed = `${trimmed.slice(0, listTab[0].length - 1)} ${trimmed.slice(listTab[0].length)}`;
  // Re-base cuts onto the trimmed text: cuts before `lead` fold into col0.
  let col0 = lead;
  const rebased: Array<[number, number]> = [];
  for (const [at, len] of cuts) {
    if (at <= lead) col0 += len;
    else rebased.push([at - lead, len]);
  }
  return tabs > 0 ? { n, text: trimmed, emph: [], col0, cuts: rebased, tabs } : { n, text: trimmed, emph: [], col0, cuts: rebased };
}

/** Offset in line.text of raw offset `rawAt` of the same source line. */
function cleanOffset(line: Line, rawAt: number): number {
  // Invert columnOf: find i with col0 + i + shift(i) == rawAt (or the nearest before).
  let shift = 0;
  for (const [at, len] of line.cuts) {
    if (line.col0 + at + shift < rawAt) shift += len;
    else break;
  }
  const i = rawAt - line.col0 - shift;
  return Math.max(0, Math.min(line.text.length, i));
}

/** The part [start, end) of a line as a line of its own (same line number, exact columns). */
export function sliceLine(line: Line, start: number, end: number): Line {
  const s = Math.max(0, Math.min(start, line.text.length));
  const e = Math.max(s, Math.min(end, line.text.length));
  let a = s;
  let b = e;
  while (a < b && /\s/u.test(line.text[a] as string)) a++;
  while (b > a && /\s/u.test(line.text[b - 1] as string)) b--;
  const col0 = columnOf(line, a) - 1;
  const cuts: Array<[number, number]> = [];
  for (const [at, len] of line.cuts) if (at > a && at <= b) cuts.push([at - a, len]);
  const emph: Array<[number, number]> = [];
  for (const [x, y] of line.emph) {
    const lo = Math.max(x, a);
    const hi = Math.min(y, b);
    if (hi > lo) emph.push([lo - a, hi - a]);
  }
  return { n: line.n, text: line.text.slice(a, b), emph, col0, cuts };
}

/**
 * Two-column layouts flattened onto one line ("ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI…",
 * "Nơi nhận:<TAB>KT. GIÁM ĐỐC"): the cells of a line, split at tabs or runs of 3+ spaces,
 * except inside "Số:     /UBND" and "ngày   tháng   năm" where blanks are part of the text.
 */
export function splitColumns(line: Line): Line[] {
  const text = line.text;
  const cuts: number[] = [];
  const gap = /\t+|\s{3,}|\s\|\s/gu;
  for (let m = gap.exec(text); m; m = gap.exec(text)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (/(?:^|\s)(?:Số|SỐ)\s{0,2}:?$|ngày$|tháng$|năm$/u.test(before)) continue;
    if (/^(?:tháng|năm|\/)/u.test(after)) continue;
    // A one-character cell is noise, except the party header's "*" under the issuer, which
    // PDF text puts on the line of the place and date ("   *        Phước An, ngày …").
    const star = before.trim() === '*';
    if ((before.trim().length < 2 && !star) || after.trim().length < 2) continue;
    cuts.push(m.index, m.index + m[0].length);
  }
  if (cuts.length === 0) return [line];
  const out: Line[] = [];
  let start = 0;
  for (let k = 0; k < cuts.length; k += 2) {
    out.push(sliceLine(line, start, cuts[k] as number));
    start = cuts[k + 1] as number;
  }
  out.push(sliceLine(line, start, text.length));
  return out.filter((l) => l.text !== '');
}

const BR = /<br\s{0,2}\/?>/giu;
/**
 * Where a layout table's cell breaks into its lines: "<br>", or two spaces or more between
 * pieces, as markitdown writes a cell's paragraphs ("**TỈNH ỦY SƠN LA**  \\*  Số 18-CT/TU"),
 * but not the blanks of "Số:     /UBND" or "ngày   tháng   năm".
 */
const CELL_PIECE_BREAK = /<br\s{0,2}\/?>|(?<!(?:Số|SỐ|Số:|SỐ:|ngày|tháng|năm))\s{2,}(?!(?:tháng|năm|\/|\s))/giu;
const BR_ONE = /<br\s{0,2}\/?>/iu;
/** The labels of an invitation's or notice's details, as the first cell of a two-column row. */
const INFO_LABEL = /^(?:\*\*)?(?:Thời gian|Địa điểm|Chủ trì|Thành phần(?: mời| tham dự| dự)?|Nội dung|Đăng ký(?: dự)?|Hình thức|Thời hạn|Liên hệ|Đầu mối liên hệ)(?:\*\*)?:?$/iu;

/**
 * Markdown converters put the two-column header and the Nơi nhận/signature block into
 * layout tables with <br> line breaks. A pipe table that is not a task table is unfolded
 * into one line per cell piece; elsewhere "<br>" becomes spaces of the same length.
 */
export function unfoldLayoutTables(lines: Line[], isTaskTable: (rows: Line[]) => boolean): Line[] {
  const out: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (GRID_BORDER.test(line.text)) {
      const grid = readGridTable(lines, i);
      if (grid !== null) {
        i = grid.end;
        const rows = grid.rows.map(pipeRow);
        if (isTaskTable(rows)) out.push(...rows);
        // A layout table: each cell's lines in turn, left cell first.
        else for (const row of grid.rows) for (const cell of row) out.push(...cellLines(cell, grid.hard));
        continue;
      }
    }
    if (!line.text.startsWith('|')) {
      out.push(blankBreaks(stripCellBar(line)));
      i++;
      continue;
    }
    if (line.text === '|') {
      // A cell boundary of a flattened table: "ỦY BAN NHÂN DÂN" ⏎ "|" ⏎ "CỘNG HÒA…".
      out.push({ ...line, text: '', emph: [], cuts: [] });
      i++;
      continue;
    }
    const block: Line[] = [];
    while (i < lines.length && (lines[i] as Line).text.startsWith('|')) block.push(lines[i++] as Line);
    if (isTaskTable(block)) {
      for (const l of block) out.push(blankBreaks(l));
      continue;
    }
    for (const row of block) {
      if (/^\|[\s:|-]+\|?$/u.test(row.text)) continue;
      const bars = cellBars(row.text);
      // "| Thời gian | Từ 08 giờ 00 …, ngày 08/7/2027 |": an invitation's details as a two-column
      // table. The row is read as the field line it stands for ("Thời gian: …"; the bar between
      // the cells becomes the colon, one character for one); a list in the value (<br>) follows
      // the label line item by item ("Thành phần:" ⏎ "- Đại diện …;").
      if (bars.length === 3 || (bars.length === 4 && bars[3] === row.text.length - 1 && bars[0] === 0)) {
        const label = row.text.slice((bars[0] as number) + 1, bars[1] as number).trim();
        const value = row.text.slice((bars[1] as number) + 1, bars[2] as number);
        if (INFO_LABEL.test(label) && value.trim() !== '') {
          const mid = bars[1] as number;
          const listed = BR_ONE.test(value);
          if (!listed) {
            const head = sliceLine(row, (bars[0] as number) + 1, bars[2] as number);
            const at = head.text.indexOf('|');
            out.push({ ...head, text: at >= 0 ? `${head.text.slice(0, at)}:${head.text.slice(at + 1)}` : head.text });
          } else {
            const head = sliceLine(row, (bars[0] as number) + 1, mid);
            out.push({ ...head, text: `${head.text.replace(/:$/u, '')}:` });
            let pos = 0;
            BR.lastIndex = 0;
            for (let m = BR.exec(value); ; m = BR.exec(value)) {
              const stop = m ? m.index : value.length;
              const piece = sliceLine(row, mid + 1 + pos, mid + 1 + stop);
              if (piece.text !== '') out.push(piece);
              if (!m) break;
              pos = m.index + m[0].length;
            }
          }
          continue;
        }
      }
      for (let c = 0; c + 1 < bars.length; c++) {
        const cellStart = (bars[c] as number) + 1;
        const cellEnd = bars[c + 1] as number;
        const cell = row.text.slice(cellStart, cellEnd);
        let pos = 0;
        CELL_PIECE_BREAK.lastIndex = 0;
        for (let m = CELL_PIECE_BREAK.exec(cell); ; m = CELL_PIECE_BREAK.exec(cell)) {
          const end = m ? m.index : cell.length;
          const piece = sliceLine(row, cellStart + pos, cellStart + end);
          if (piece.text !== '') out.push(piece);
          if (!m) break;
          pos = m.index + m[0].length;
        }
      }
    }
  }
  return out;
}

/**
 * Where the cells of a "|" row end: each unescaped "|" (pandoc escapes one inside a cell), and
 * the line's end when the row has no closing bar.
 */
function cellBars(text: string): number[] {
  const bars: number[] = [];
  for (let k = 0; k < text.length; k++) if (text[k] === '|' && text[k - 1] !== '\\') bars.push(k);
  if (bars[bars.length - 1] !== text.length - 1) bars.push(text.length);
  return bars;
}

/** "+----+-----+" or "+====+=====+": a border of a grid table (pandoc's tables with multi-line cells). */
const GRID_BORDER = /^\+(?:[-=:]{1,300}\+){1,20}$/u;

/** The cells of one logical row of a grid table: per column, its lines (trimmed, positions kept). */
type GridRow = Line[][];

/**
 * A grid table starting at the border line `start`: rows of "|"-separated cells between
 * borders, each cell written over several lines. Cells are split at unescaped "|" (pandoc
 * escapes a "|" in a cell), so emphasis markers removed from a line do not shift them.
 * Returns null when the lines under the border are not such rows.
 */
function readGridTable(lines: Line[], start: number): { rows: GridRow[]; hard: Set<Line>; end: number } | null {
  const rows: GridRow[] = [];
  const hard = new Set<Line>();
  let current: GridRow | null = null;
  let i = start + 1;
  for (; i < lines.length; i++) {
    const text = (lines[i] as Line).text;
    if (GRID_BORDER.test(text)) {
      if (current !== null) rows.push(current);
      current = null;
      continue;
    }
    if (!text.startsWith('|')) break;
    const bars = cellBars(text);
    current ??= [];
    for (let c = 0; c + 1 < bars.length; c++) {
      const start = (bars[c] as number) + 1;
      // A pandoc hard line break ("CHỦ TỊCH\\") before the cell's edge is cut off the cell.
      const raw = text.slice(start, bars[c + 1]).trimEnd();
      const broken = raw.endsWith('\\');
      const cellLine = sliceLine(lines[i] as Line, start, start + raw.length - (broken ? 1 : 0));
      if (broken) hard.add(cellLine);
      (current[c] ??= []).push(cellLine);
    }
  }
  if (current !== null) rows.push(current);
  return rows.length > 0 ? { rows, hard, end: i } : null;
}

/** "CHỦ TỊCH" over "Lê Văn An": a line in capitals and one in mixed case are different elements. */
function caseChanges(a: string, b: string): boolean {
  const caps = (t: string): boolean | null => (HAS_LETTER.test(t) ? !HAS_LOWER.test(t) : null);
  const x = caps(a);
  const y = caps(b);
  return x !== null && y !== null && x !== y;
}

/**
 * The lines of a layout cell as its paragraphs: pandoc wraps a cell's text at the column's
 * width ("Khánh Hòa, ngày 21 tháng 12 năm" ⏎ "2026"), so a line goes on with the next unless
 * it ended in a hard break ("\\"), a blank line follows, or the next starts a list item. A
 * joined line keeps the position of its first part.
 */
function cellLines(cell: Line[], hard: Set<Line>): Line[] {
  const out: Line[] = [];
  let open: Line | null = null;
  for (const piece of cell) {
    if (piece.text === '') {
      open = null;
      continue;
    }
    if (open !== null && !/^[-–+•*]\s/u.test(piece.text) && !caseChanges(open.text, piece.text)) {
      const at = open.text.length + 1;
      const joined: Line = { ...open, text: `${open.text} ${piece.text}`, emph: [...open.emph, ...piece.emph.map(([a, b]): [number, number] => [a + at, b + at])] };
      out[out.length - 1] = joined;
      open = hard.has(piece) ? null : joined;
      continue;
    }
    out.push(piece);
    open = hard.has(piece) ? null : piece;
  }
  return out;
}

/**
 * One logical row of a grid table as one pipe-table line ("| 1 | Rà soát … | Sở Tư pháp |"),
 * each cell's lines joined by a space, for the task-table reader. The line is the row's
 * first line; columns within it are not the source's, emphasis is kept.
 */
function pipeRow(row: GridRow): Line {
  let text = '|';
  const emph: Array<[number, number]> = [];
  for (const cell of row) {
    text += ' ';
    let first = true;
    for (const piece of cell) {
      if (piece.text === '') continue;
      if (!first) text += ' ';
      first = false;
      for (const [a, b] of piece.emph) emph.push([text.length + a, text.length + b]);
      text += piece.text;
    }
    text += ' |';
  }
  const top = row.find((cell) => cell.length > 0)?.[0];
  return { n: top?.n ?? 0, text, emph, col0: top?.col0 ?? 0, cuts: [] };
}

/** "ỦY BAN NHÂN DÂN |": the right edge of a flattened table cell. */
function stripCellBar(line: Line): Line {
  return /\s\|$/u.test(line.text) ? sliceLine(line, 0, line.text.length - 1) : line;
}

const NON_LETTERS = px(/[^\p{L}]/gu);

/**
 * Where the document starts: law portals and digital signatures put lines before the
 * header ("• Thuộc tính", "Số hiệu: …", "Người ký: …"). Returns the index of the first
 * header line when a header is found further down (an issuer line or the motto close to a
 * "Số:" line), else 0.
 */
export function headerStart(lines: Line[], isMotto: (text: string) => boolean, isNumber: (text: string) => boolean): number {
  const limit = Math.min(lines.length, 60);
  let anchor = -1;
  for (let i = 0; i < limit; i++) {
    const t = (lines[i] as Line).text;
    if (t !== '' && (isMotto(t) || isNumber(t))) {
      anchor = i;
      break;
    }
  }
  if (anchor <= 0) return 0;
  // Walk back over the issuer lines (capitals) and blank lines just above the anchor.
  let start = anchor;
  for (let k = anchor - 1; k >= 0 && anchor - k <= 8; k--) {
    const t = (lines[k] as Line).text;
    // Rules under the issuer: "-----", "_____", "———" (em dashes from Word), "* * *".
    if (t === '' || /^[-_=*\s|—–~.·]+$/u.test(t)) continue;
    const letters = t.replace(NON_LETTERS, '');
    if (letters.length >= 2 && letters === letters.toLocaleUpperCase('vi') && t.length <= 80) start = k;
    else break;
  }
  return start;
}

function blankBreaks(line: Line): Line {
  if (!line.text.includes('<')) return line;
  return { ...line, text: line.text.replace(BR, (m) => ' '.repeat(m.length)) };
}
