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
import { createRequire } from 'node:module';
import { decodeLegacyFontText, repairMojibake } from './decode.js';
import { scoreValue, scoreVietnamese } from './syllable.js';

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
  numbering?: { level: string; isOrdered: boolean; numFmt?: string } | null;
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
  let tree: DocxNode | null = null;
  try {
    // require, not import(): mammoth is CommonJS, and the CLI bundle runs as a script (bin/bau-cu.cjs).
    const require = createRequire(import.meta.url);
    const mammoth = require('mammoth') as Mammoth;
    teachNumberFormats(require);
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (doc) => {
          tree = doc;
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
  if (tree === null) return { text: '', warnings: ['docx-unreadable'] };
  const renderer = new Renderer(warnings);
  const raw = renderer.blocks((tree as DocxNode).children ?? []).join('\n\n');
  // Legacy fonts set in styles are invisible to mammoth: repair what still reads as mojibake.
  const repaired = repairMojibake(raw.normalize('NFC'));
  if (repaired.kind !== null) warnings.add(`docx-mojibake-repaired:${repaired.kind}`);
  return { text: repaired.text, warnings: [...warnings] };
}

/** The parts of mammoth's XML elements read by teachNumberFormats (mammoth/lib/xml). */
interface XmlElement {
  attributes: Record<string, string | undefined>;
  getElementsByTagName(name: string): XmlElement[];
  firstOrEmpty(name: string): XmlElement;
}
interface NumberingLevel {
  isOrdered: boolean;
  level: string;
  numFmt?: string;
}
interface Numbering {
  findLevel(numId: string, level: string): NumberingLevel | null;
}
interface NumberingXmlModule {
  readNumberingXml(root: XmlElement, options: unknown): Numbering;
  bauCuFormats?: true;
}

/**
 * mammoth reads each numbering level's format (w:numFmt) only to tell bullets from numbers,
 * so a list of Word-numbered points "a) b) c)" at the first level would read as "1. 2. 3.",
 * clashing with the typed labels around it. Its numbering reader is wrapped, once, to give each
 * (list, level) its format, as a level object of its own: a new list (numId) restarts its
 * count. If mammoth's internals differ (another version), nothing changes and the levels keep
 * the shape-based labels.
 */
function teachNumberFormats(require: NodeJS.Require): void {
  let module: NumberingXmlModule;
  try {
    module = require('mammoth/lib/docx/numbering-xml') as NumberingXmlModule;
  } catch {
    return;
  }
  if (module.bauCuFormats || typeof module.readNumberingXml !== 'function') return;
  module.bauCuFormats = true;
  const original = module.readNumberingXml.bind(module);
  module.readNumberingXml = (root, options) => {
    const numbering = original(root, options);
    try {
      const abstracts = new Map<string, Map<string, string>>();
      for (const a of root.getElementsByTagName('w:abstractNum')) {
        const levels = new Map<string, string>();
        for (const l of a.getElementsByTagName('w:lvl')) levels.set(l.attributes['w:ilvl'] ?? '0', l.firstOrEmpty('w:numFmt').attributes['w:val'] ?? '');
        abstracts.set(a.attributes['w:abstractNumId'] ?? '', levels);
      }
      const nums = new Map<string, string>();
      for (const n of root.getElementsByTagName('w:num')) nums.set(n.attributes['w:numId'] ?? '', n.firstOrEmpty('w:abstractNumId').attributes['w:val'] ?? '');
      const find = numbering.findLevel.bind(numbering);
      const own = new Map<string, NumberingLevel>();
      numbering.findLevel = (numId, level) => {
        const found = find(numId, level);
        const format = abstracts.get(nums.get(String(numId)) ?? '')?.get(String(level));
        if (found === null || !format) return found;
        const key = `${numId}:${level}`;
        let mine = own.get(key);
        if (mine === undefined) own.set(key, (mine = { ...found, numFmt: format }));
        return mine;
      };
    } catch {
      // the levels keep mammoth's own objects
    }
    return numbering;
  };
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
  /** The text, decoded when its run is in a legacy font. */
  text: string;
  /** The text as stored. */
  raw: string;
  /** The legacy font's encoding when `text` was decoded from it. */
  font: 'tcvn3' | 'vni' | null;
  bold: boolean;
  italic: boolean;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = Math.max(1, Math.min(3999, n));
  for (const [v, s] of table) while (rest >= v) { out += s; rest -= v; }
  return out;
}

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

  /**
   * A paragraph's text. Runs in a legacy font are decoded, but the paragraph
   * keeps them only if it then reads as better Vietnamese: text converted to
   * Unicode in a document whose font was left at .VnTime ("Lào Cai" would
   * become "LỔo Cai") stays as stored.
   */
  private paragraph(node: DocxNode): string {
    const spans: Span[] = [];
    this.inline(node.children ?? [], spans);
    const decoded = renderSpans(spans, (s) => s.text);
    let text = decoded;
    if (spans.some((s) => s.font !== null && s.text !== s.raw)) {
      const raw = renderSpans(spans, (s) => s.raw);
      if (scoreValue(scoreVietnamese(decoded.normalize('NFC'))) > scoreValue(scoreVietnamese(raw.normalize('NFC')))) {
        for (const span of spans) if (span.font !== null && span.text !== span.raw) this.warnings.add(`docx-legacy-font-decoded:${span.font}`);
      } else {
        text = raw;
      }
    }
    if (text.trim() === '') return '';
    const label = this.label(node.numbering ?? null);
    return label === null ? text : `${label} ${text.trimStart()}`;
  }

  private inline(nodes: readonly DocxNode[], spans: Span[], run?: DocxNode): void {
    const plain = (text: string): Span => ({ text, raw: text, font: null, bold: false, italic: false });
    for (const node of nodes) {
      switch (node.type) {
        case 'run':
          this.inline(node.children ?? [], spans, node);
          break;
        case 'text':
          spans.push({ ...this.runText(node.value ?? '', run), bold: !!run?.isBold, italic: !!run?.isItalic });
          break;
        case 'tab':
          spans.push(plain('\t'));
          break;
        case 'break':
          if (node.breakType === 'line') spans.push(plain('\n'));
          break;
        case 'image':
          this.warnings.add('docx-images-ignored');
          break;
        default:
          if (node.children) this.inline(node.children, spans, run);
      }
    }
  }

  /** Decodes a run in a legacy font (`.…H` TCVN3 fonts draw capitals); `w:caps` upper-cases. */
  private runText(text: string, run: DocxNode | undefined): Pick<Span, 'text' | 'raw' | 'font'> {
    const caps = (s: string): string => (run?.isAllCaps ? s.toUpperCase() : s);
    const fontName = run?.font?.trim() ?? '';
    const font = legacyFont(fontName);
    if (font === 'unsupported') this.warnings.add(`docx-unsupported-font:${fontName}`);
    if (font === null || font === 'unsupported') return { text: caps(text), raw: caps(text), font: null };
    let decoded = decodeLegacyFontText(text, font) ?? text;
    if (font === 'tcvn3' && /h$/i.test(fontName)) decoded = decoded.toUpperCase();
    return { text: caps(decoded), raw: caps(text), font };
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
    // The list's own format when Word says it (see teachNumberFormats).
    switch (numbering.numFmt) {
      case 'decimal':
      case 'decimalZero':
        return `${n}.`;
      case 'lowerLetter':
        return `${n <= LETTERS.length ? LETTERS[n - 1] : n})`;
      case 'upperLetter':
        return `${n <= LETTERS.length ? LETTERS[n - 1]!.toUpperCase() : n}.`;
      case 'upperRoman':
        return `${roman(n)}.`;
      case 'lowerRoman':
        return `${roman(n).toLowerCase()}.`;
      default:
        break;
    }
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
    const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
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
      // Paragraphs of a cell apart, as a converter writes them ("<br>"): the header's and the
      // signature's cells hold a line each ("ĐẢNG BỘ TỈNH …<br>HUYỆN ỦY …<br>Số 45-CT/HU").
      .join('<br>')
      .replace(/\|/g, '\\|');
  }
}

/**
 * Joins spans, wrapping bold in `**`, italic in `*`, both in `***`. Spaces
 * between two spans of one style take that style, so "trước ngày" in two bold
 * runs stays one `**…**`; spaces at the edges of a styled stretch move outside
 * the markers, as Markdown wants.
 */
function renderSpans(spans: readonly Span[], pick: (span: Span) => string): string {
  const styled = spans.map((s) => ({ text: pick(s), bold: s.bold, italic: s.italic }));
  let next: (typeof styled)[number] | undefined;
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
