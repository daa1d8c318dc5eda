/**
 * .docx → plain text in the shape of our .txt inputs: one paragraph per line,
 * a blank line between paragraphs, `**bold**` and `*italic*` runs (the parser
 * flags emphasized deadlines), a label in front of Word's auto-numbered
 * paragraphs, tables as Markdown pipe tables.
 *
 * mammoth reads the package; it is loaded on first use so that the CLI pays
 * for it only when a .docx is given. Its HTML output is not used: the
 * document tree is captured through `transformDocument` and rendered here.
 */
import { decodeLegacyFontText, repairMojibake } from './decode.js';

export interface DocxText {
  text: string;
  /**
   * Short English codes: `docx-unreadable`, `docx-legacy-font-decoded:tcvn3|vni`,
   * `docx-unsupported-font:<font>`, `docx-mojibake-repaired:<kind>`,
   * `docx-images-ignored`, `docx-reader-warning:<mammoth message>`.
   */
  warnings: string[];
}

/** ZIP local-file signature and a `word/document.xml` entry name somewhere in the archive. */
export function isDocx(bytes: Uint8Array): boolean {
  if (bytes.length < 30 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    return false;
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf('word/document.xml', 0, 'latin1') !== -1;
}

/** The parts of mammoth's document tree that are read here (mammoth/lib/documents.js). */
interface DocxNode {
  type: string;
  children?: DocxNode[];
  value?: string;
  isBold?: boolean;
  isItalic?: boolean;
  isAllCaps?: boolean;
  font?: string | null;
  numbering?: { level: string; isOrdered: boolean } | null;
  breakType?: string;
  colSpan?: number;
  rowSpan?: number;
}

interface Mammoth {
  convertToHtml(
    input: { buffer: Buffer },
    options: { transformDocument: (document: DocxNode) => DocxNode },
  ): Promise<{ value: string; messages: { type: string; message: string }[] }>;
}

/** Reads a .docx. Never throws: an unreadable package gives empty text and `docx-unreadable`. */
export async function docxToText(bytes: Uint8Array): Promise<DocxText> {
  const warnings = new Set<string>();
  let document: DocxNode | null = null;
  try {
    const mammoth = ((await import('mammoth')) as unknown as { default: Mammoth }).default;
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (doc) => {
          document = doc;
          return { ...doc, children: [] };
        },
      },
    );
    for (const m of result.messages) {
      if (!/^Unrecognised (?:paragraph|run|table|numbering) style/.test(m.message)) {
        warnings.add(`docx-reader-warning:${m.message}`);
      }
    }
  } catch {
    return { text: '', warnings: ['docx-unreadable'] };
  }
  if (document === null) return { text: '', warnings: ['docx-unreadable'] };
  const renderer = new Renderer(warnings);
  const raw = renderer.blocks((document as DocxNode).children ?? []).join('\n\n');
  // Legacy fonts set in styles are invisible to mammoth: repair what still reads as mojibake.
  const repaired = repairMojibake(raw.normalize('NFC'));
  if (repaired.kind !== null) warnings.add(`docx-mojibake-repaired:${repaired.kind}`);
  return { text: repaired.text, warnings: [...warnings] };
}

type LegacyFont = 'tcvn3' | 'vni' | 'unsupported' | null;

/** `.VnTime`, `.VnArialH` → TCVN3 (…H: capitals); `VNI-Times` → VNI; `VPS Times` → not supported. */
function legacyFont(font: string | null | undefined): LegacyFont {
  if (!font) return null;
  const name = font.trim();
  if (/^\.vn/i.test(name)) return 'tcvn3';
  if (/^vni[-\s]/i.test(name)) return 'vni';
  if (/^vps/i.test(name)) return 'unsupported';
  return null;
}

interface Span {
  text: string;
  bold: boolean;
  italic: boolean;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

class Renderer {
  /** Per list level: the running number and mammoth's level object (one per list definition). */
  private readonly counters: number[] = [];
  private readonly lists: unknown[] = [];

  constructor(private readonly warnings: Set<string>) {}

  blocks(nodes: readonly DocxNode[]): string[] {
    const out: string[] = [];
    for (const node of nodes) {
      if (node.type === 'paragraph') {
        const text = this.paragraph(node);
        if (text.trim() !== '') out.push(text);
      } else if (node.type === 'table') {
        const table = this.table(node);
        if (table !== '') out.push(table);
      } else if (node.children) {
        out.push(...this.blocks(node.children));
      }
    }
    return out;
  }

  private paragraph(node: DocxNode): string {
    const spans: Span[] = [];
    this.inline(node.children ?? [], spans);
    const text = renderSpans(spans);
    if (text.trim() === '') return '';
    const label = this.label(node.numbering ?? null);
    return label === null ? text : `${label} ${text.trimStart()}`;
  }

  private inline(nodes: readonly DocxNode[], spans: Span[], run?: DocxNode): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'run':
          this.inline(node.children ?? [], spans, node);
          break;
        case 'text':
          spans.push({ text: this.runText(node.value ?? '', run), bold: !!run?.isBold, italic: !!run?.isItalic });
          break;
        case 'tab':
          spans.push({ text: '\t', bold: false, italic: false });
          break;
        case 'break':
          if (node.breakType === 'line') spans.push({ text: '\n', bold: false, italic: false });
          break;
        case 'image':
          this.warnings.add('docx-images-ignored');
          break;
        default:
          if (node.children) this.inline(node.children, spans, run);
      }
    }
  }

  private runText(text: string, run: DocxNode | undefined): string {
    let out = text;
    const font = legacyFont(run?.font);
    if (font === 'unsupported') {
      this.warnings.add(`docx-unsupported-font:${run?.font?.trim()}`);
    } else if (font !== null) {
      const decoded = decodeLegacyFontText(out, font);
      if (decoded !== null && decoded !== out) {
        out = decoded;
        this.warnings.add(`docx-legacy-font-decoded:${font}`);
      }
      if (font === 'tcvn3' && /h$/i.test(run?.font?.trim() ?? '')) out = out.toUpperCase();
    }
    return run?.isAllCaps ? out.toUpperCase() : out;
  }

  /** "1." for level 0, "a)" for level 1, "(1)" deeper; "-" and "+" for bullets. */
  private label(numbering: DocxNode['numbering']): string | null {
    if (!numbering) return null;
    const level = Math.max(0, Math.min(8, Number.parseInt(numbering.level, 10) || 0));
    if (this.lists[level] !== numbering) this.counters[level] = 0;
    this.lists[level] = numbering;
    this.counters[level] = (this.counters[level] ?? 0) + 1;
    this.counters.length = level + 1;
    this.lists.length = level + 1;
    if (!numbering.isOrdered) return level === 0 ? '-' : '+';
    const n = this.counters[level]!;
    if (level === 0) return `${n}.`;
    if (level === 1) return `${n <= LETTERS.length ? LETTERS[n - 1] : n})`;
    return `(${n})`;
  }

  /** A Markdown pipe table; merged cells repeat down (rowSpan) and leave blanks across (colSpan). */
  private table(node: DocxNode): string {
    const rows: string[][] = [];
    const carry: { text: string; left: number }[] = [];
    for (const row of node.children ?? []) {
      if (row.type !== 'tableRow') continue;
      const cells: string[] = [];
      const fillCarried = (): void => {
        for (let c = carry[cells.length]; c !== undefined && c.left > 0; c = carry[cells.length]) {
          c.left--;
          cells.push(c.text);
        }
      };
      for (const cell of row.children ?? []) {
        if (cell.type !== 'tableCell') continue;
        fillCarried();
        const text = this.cellText(cell);
        const span = Math.max(1, cell.colSpan ?? 1);
        const down = Math.max(1, cell.rowSpan ?? 1);
        for (let k = 0; k < span; k++) {
          carry[cells.length] = { text: k === 0 ? text : '', left: down - 1 };
          cells.push(k === 0 ? text : '');
        }
      }
      fillCarried();
      rows.push(cells);
    }
    if (rows.length === 0) return '';
    const width = Math.max(...rows.map((r) => r.length));
    const line = (cells: readonly string[]): string =>
      `| ${Array.from({ length: width }, (_, k) => cells[k] ?? '').join(' | ')} |`;
    const [head, ...body] = rows;
    return [line(head!), `|${'---|'.repeat(width)}`, ...body.map(line)].join('\n');
  }

  private cellText(cell: DocxNode): string {
    const parts = this.blocks(cell.children ?? []);
    return parts
      .join('\n')
      .split('\n')
      .map((piece) => piece.trim())
      .filter((piece) => piece !== '')
      .join(' ')
      .replace(/\|/g, '\\|');
  }
}

/**
 * Joins spans, wrapping bold in `**`, italic in `*`, both in `***`. Spaces
 * between two spans of one style take that style, so "trước ngày" in two bold
 * runs stays one `**…**`; spaces at the edges of a styled stretch move outside
 * the markers, as Markdown wants.
 */
function renderSpans(spans: readonly Span[]): string {
  const styled = spans.map((s) => ({ ...s }));
  let next: Span | undefined;
  for (let k = styled.length - 1; k >= 0; k--) {
    const s = styled[k]!;
    if (s.text.trim() !== '') {
      next = s;
      continue;
    }
    const prev = styled[k - 1];
    const same = s.text !== '\n' && prev !== undefined && next !== undefined
      && prev.bold === next.bold && prev.italic === next.italic;
    s.bold = same && next!.bold;
    s.italic = same && next!.italic;
  }
  let out = '';
  let k = 0;
  while (k < styled.length) {
    const first = styled[k]!;
    let text = '';
    while (k < styled.length && styled[k]!.bold === first.bold && styled[k]!.italic === first.italic) {
      text += styled[k]!.text;
      k++;
    }
    const marker = (first.bold ? '**' : '') + (first.italic ? '*' : '');
    const core = text.trim();
    if (marker === '' || core === '') {
      out += text;
      continue;
    }
    const lead = text.length - text.trimStart().length;
    const trail = text.length - text.trimEnd().length;
    out += text.slice(0, lead) + marker + core + marker + text.slice(text.length - trail);
  }
  return out;
}
