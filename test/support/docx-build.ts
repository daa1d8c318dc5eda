/**
 * Builds small but valid WordprocessingML packages with jszip, for the .docx
 * tests and for scripts/make-docx-fixture.ts. Only what bau-cu reads is
 * modelled: paragraphs with styles and numbering, runs with bold, italic,
 * caps and a font, line breaks and tabs, tables with merged cells.
 */
import JSZip from 'jszip';

export interface RunSpec {
  text: string;
  bold?: boolean;
  italic?: boolean;
  caps?: boolean;
  /** w:rFonts w:ascii/w:hAnsi, e.g. ".VnTime", "VNI-Times". */
  font?: string;
}

export type Inline = string | RunSpec | { break: true } | { tab: true };

export interface ParagraphSpec {
  kind: 'p';
  content: Inline[];
  style?: 'Heading1' | 'Heading2' | 'Title';
  align?: 'left' | 'center' | 'right' | 'both';
  /**
   * numId 1 and 3: two separate lists, decimal "%1." / lowerLetter "%2)" /
   * "(%3)"; numId 2: bullets "-" / "+".
   */
  list?: { numId: 1 | 2 | 3 | 4 | 5; level: number };
}

export interface CellSpec {
  content: Inline[];
  /** Horizontal span (w:gridSpan). */
  span?: number;
  /** Vertical merge: 'restart' opens a merged cell, 'continue' extends it. */
  merge?: 'restart' | 'continue';
}

export interface TableSpec {
  kind: 'table';
  /** Column widths in twentieths of a point. */
  widths: number[];
  rows: (string | Inline[] | CellSpec)[][];
  /** Repeat the first row on each page (w:tblHeader). */
  header?: boolean;
}

export type Block = ParagraphSpec | TableSpec;

/** Fixed timestamp so that the same input always gives the same bytes. */
const FIXED_DATE = new Date(Date.UTC(2025, 10, 3, 8, 0, 0));

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export async function buildDocx(blocks: readonly Block[]): Promise<Uint8Array> {
  const zip = new JSZip();
  const add = (name: string, content: string): void => {
    zip.file(name, content, { date: FIXED_DATE, createFolders: false });
  };
  add('[Content_Types].xml', CONTENT_TYPES);
  add('_rels/.rels', ROOT_RELS);
  add('word/_rels/document.xml.rels', DOCUMENT_RELS);
  add('word/styles.xml', STYLES);
  add('word/numbering.xml', NUMBERING);
  add('word/document.xml', documentXml(blocks));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

function documentXml(blocks: readonly Block[]): string {
  const body = blocks.map((b) => (b.kind === 'p' ? paragraphXml(b) : tableXml(b))).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>`;
}

function paragraphXml(p: ParagraphSpec): string {
  const props = [
    p.style ? `<w:pStyle w:val="${p.style}"/>` : '',
    p.list ? `<w:numPr><w:ilvl w:val="${p.list.level}"/><w:numId w:val="${p.list.numId}"/></w:numPr>` : '',
    p.align ? `<w:jc w:val="${p.align}"/>` : '',
  ].join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${p.content.map(inlineXml).join('')}</w:p>`;
}

function inlineXml(inline: Inline): string {
  if (typeof inline === 'string') return runXml({ text: inline });
  if ('break' in inline) return '<w:r><w:br/></w:r>';
  if ('tab' in inline) return '<w:r><w:tab/></w:r>';
  return runXml(inline);
}

function runXml(run: RunSpec): string {
  const props = [
    run.font ? `<w:rFonts w:ascii="${escapeXml(run.font)}" w:hAnsi="${escapeXml(run.font)}"/>` : '',
    run.bold ? '<w:b/>' : '',
    run.italic ? '<w:i/>' : '',
    run.caps ? '<w:caps/>' : '',
  ].join('');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(run.text)}</w:t></w:r>`;
}

function tableXml(t: TableSpec): string {
  const grid = t.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const rows = t.rows
    .map((row, r) => {
      const trPr = r === 0 && t.header ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
      let column = 0;
      const cells = row.map((raw) => {
        const cell: CellSpec = typeof raw === 'string' ? { content: [raw] }
          : Array.isArray(raw) ? { content: raw } : raw;
        const span = cell.span ?? 1;
        const width = t.widths.slice(column, column + span).reduce((a, b) => a + b, 0);
        column += span;
        const tcPr = `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${
          cell.merge === 'restart' ? '<w:vMerge w:val="restart"/>' : cell.merge === 'continue' ? '<w:vMerge/>' : ''
        }</w:tcPr>`;
        return `<w:tc>${tcPr}${paragraphXml({ kind: 'p', content: cell.content })}</w:tc>`;
      });
      return `<w:tr>${trPr}${cells.join('')}</w:tr>`;
    })
    .join('');
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
    .join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${borders}</w:tblBorders></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style></w:styles>`;

const DECIMAL_LEVELS = '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%3)"/><w:lvlJc w:val="left"/></w:lvl>';

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>${DECIMAL_LEVELS}</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/><w:lvlJc w:val="left"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="+"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>${DECIMAL_LEVELS}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num><w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num></w:numbering>`;
