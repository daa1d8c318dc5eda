/**
 * HTML tables inside a Markdown text, as pandoc writes a table whose cells hold paragraphs or
 * line breaks, and as web editors save them: `<table>` … `<tr><td rowspan="2">Tháng 01</td>` …
 * (a web page's layout table often on one line: its one row, then, without a separator line)
 * Each table becomes the Markdown pipe table the rest of the pipeline reads (the header and
 * signature tables of a document, task tables): a cell's paragraphs and `<br>` become "<br>",
 * `<strong>`/`<em>` become `**`/`*`, a cell merged down (rowspan) repeats on the rows it spans
 * and one merged across (colspan) leaves blank cells.
 *
 * The line count is kept: the rows are written on the table's first lines, one per line, and
 * the table's other lines are left empty, so every line after it keeps its number. A table
 * written on fewer lines than it has rows is left as it is. Linear: tags are found with
 * indexOf, never with a backtracking pattern.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** A character reference a converter leaves in Markdown ("QLĐĐ&amp;ĐĐBĐ", "&gt; 5%"). */
const ENTITY = /&(?:(amp|lt|gt|quot|apos|nbsp)|#(\d{2,5})|#x([0-9a-f]{2,4}));/giu;

/**
 * Character references outside tables, as docling and other converters write them in
 * Markdown text: "&amp;" is "&". Only the references a converter escapes with, and numeric
 * ones for printable characters; anything else is left as written.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (m, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return ENTITIES[name.toLowerCase()] ?? m;
    const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
    return code >= 0x20 && code !== 0x7f && code < 0xd800 ? String.fromCharCode(code) : m;
  });
}

/** The texts of a table's rows, the first row first. */
interface HtmlTable {
  rows: string[][];
}

export function htmlTablesToPipes(text: string): string {
  if (!/<table[\s>]/iu.test(text)) return text;
  const lines = text.split('\n');
  const lower = lines.map((l) => l.toLowerCase());
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s{0,3}<table[\s>]/u.test(lower[i] as string)) continue;
    let end = i;
    while (end < lines.length && !(lower[end] as string).includes('</table>')) end++;
    if (end >= lines.length) break; // never closed: left as written
    const table = readHtmlTable(lines.slice(i, end + 1).join('\n'));
    let out = table ? pipeLines(table) : null;
    // A table written on as many lines as it has rows (a web page's table on one line): the
    // rows without the separator line, which the reader does not need.
    if (out && out.length > end - i + 1 && out.length - 1 <= end - i + 1) out = out.filter((_, k) => k !== 1);
    if (out && out.length <= end - i + 1) {
      for (let k = i; k <= end; k++) lines[k] = out[k - i] ?? '';
    }
    i = end;
  }
  return lines.join('\n');
}

function pipeLines(table: HtmlTable): string[] | null {
  const width = table.rows.reduce((m, r) => Math.max(m, r.length), 0);
  if (width === 0) return null;
  const line = (cells: readonly string[]) => `| ${Array.from({ length: width }, (_, k) => cells[k] ?? '').join(' | ')} |`;
  const [first, ...rest] = table.rows;
  return [line(first ?? []), `|${'---|'.repeat(width)}`, ...rest.map(line)];
}

function readHtmlTable(html: string): HtmlTable | null {
  const lower = html.toLowerCase();
  const rows: string[][] = [];
  /** Cells merged down from a row above, by column: their text and how many rows they still cover. */
  const carry: Array<{ text: string; left: number } | undefined> = [];
  let at = 0;
  for (;;) {
    const tr = lower.indexOf('<tr', at);
    if (tr < 0) break;
    const trEnd = lower.indexOf('</tr>', tr);
    if (trEnd < 0) break;
    const cells: string[] = [];
    const fill = () => {
      for (let c = carry[cells.length]; c !== undefined && c.left > 0; c = carry[cells.length]) {
        c.left--;
        cells.push(c.text);
      }
    };
    let pos = lower.indexOf('>', tr) + 1;
    for (;;) {
      const td = nextCell(lower, pos, trEnd);
      if (td === null) break;
      fill();
      const attrs = html.slice(td.start, td.open);
      const text = cellText(html.slice(td.open + 1, td.close));
      const span = Math.min(50, Math.max(1, Number(/colspan\s*=\s*["']?(\d{1,3})/iu.exec(attrs)?.[1] ?? 1)));
      const down = Math.min(500, Math.max(1, Number(/rowspan\s*=\s*["']?(\d{1,3})/iu.exec(attrs)?.[1] ?? 1)));
      for (let k = 0; k < span; k++) {
        carry[cells.length] = { text: k === 0 ? text : '', left: down - 1 };
        cells.push(k === 0 ? text : '');
      }
      pos = td.end;
    }
    fill();
    rows.push(cells);
    at = trEnd + 5;
  }
  return rows.length === 0 ? null : { rows };
}

/** The next `<td>`/`<th>` before `limit`: where its tag starts and ends, where its content closes. */
function nextCell(lower: string, from: number, limit: number): { tag: 'td' | 'th'; start: number; open: number; close: number; end: number } | null {
  const d = lower.indexOf('<td', from);
  const h = lower.indexOf('<th', from);
  const start = d < 0 ? h : h < 0 ? d : Math.min(d, h);
  if (start < 0 || start >= limit) return null;
  const tag = lower.startsWith('<td', start) ? 'td' : 'th';
  const open = lower.indexOf('>', start);
  if (open < 0 || open >= limit) return null;
  const closeTag = `</${tag}>`;
  const found = lower.indexOf(closeTag, open);
  const close = found < 0 || found > limit ? limit : found;
  return { tag, start, open, close, end: close === limit ? limit : close + closeTag.length };
}

/** A cell's content as one Markdown line: its paragraphs and breaks apart, emphasis kept. */
function cellText(html: string): string {
  return html
    .replace(/<\/p>\s*<p[^>]*>|<br\s*\/?>/giu, '\u0000')
    .replace(/<\/?(?:strong|b)(?:\s[^>]*)?>/giu, '**')
    .replace(/<\/?(?:em|i)(?:\s[^>]*)?>/giu, '*')
    .replace(/<[^>]{0,200}>/gu, '')
    .replace(/&(#39|[a-z]{2,5});/giu, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m)
    .replace(/&#(\d{2,6});/gu, (_m, code: string) => String.fromCodePoint(Math.min(Number(code), 0x10ffff)))
    .split('\u0000')
    .map((piece) => piece.replace(/\s+/gu, ' ').replace(/\*\*\s*\*\*/gu, '').trim())
    .filter((piece) => piece !== '')
    .join('<br>')
    .replace(/\|/gu, '\\|');
}
