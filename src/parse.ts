/**
 * The pipeline: bytes → decode → normalize → lines → header / body / closing → tasks,
 * deadlines, references → one ParsedDocument. Pure: no I/O, never throws on bad text.
 */
import { sha256Hex, sha256HexOfText } from './text/sha256.js';
import type {
  DocumentInfo,
  InputFormat,
  Lang,
  NamedDate,
  ParsedDocument,
  ParseOptions,
  SourceInfo,
  Warning,
} from './types.js';
import { SCHEMA_VERSION } from './types.js';
import { decodeBytes } from './read/decode.js';
import { unglueSyllables } from './read/syllable.js';
import { normalizeText } from './normalize/chars.js';
import { headerStart, splitColumns, toLines, unfoldLayoutTables, type Line } from './text/lines.js';
import { looksLikeTaskTable } from './segment/tables.js';
import { paraFromLines, posOf, type Para } from './text/para.js';
import { joinMessageParts } from './segment/message-parts.js';
import { cleanScannedHeaderLine, splitRunTogetherHeader, isMottoLine, isNumberLine, mergeBrokenHeaderLines, readHeader, splitRunInRecipients } from './segment/header.js';
import { closingBlockEnd, findClosingStart, readClosing } from './segment/closing.js';
import { findAttachments } from './segment/attachments.js';
import { furnitureLines, readBody, type ItemNode } from './segment/body.js';
import { detectWrapMode, isAllCaps } from './segment/paragraphs.js';
import { buildTasks, participantsOf } from './extract/tasks.js';
import { findReferences } from './extract/references.js';
import { findDeadlines, findNamedDates, foldName, type DateContext } from './extract/deadlines.js';
import { sentenceCase } from './rules/vi/names.js';
import { builtInEvents } from './resolve/events.js';
import { TYPE_CODES, TYPE_NAMES } from './rules/vi/layout.js';
import { message, type MessageCode } from './messages.js';
import { px } from './text/charclass.js';
import { decodeEntities, htmlTablesToPipes } from './text/html-tables.js';
import { barTablesToPipes } from './text/bar-tables.js';
import { boxTablesToPipes } from './text/box-tables.js';
import { multilineTablesToPipes } from './text/multiline-tables.js';
import { csvToTabs } from './text/csv.js';

const FOOTNOTE = /^\[\^[\w-]{1,12}\]:\s/u;

export interface TextInput {
  text: string;
  source: SourceInfo;
  /** Warnings found before parsing (decoding). */
  warnings?: Warning[];
}


export function sha256(bytes: Uint8Array | string): string {
  return typeof bytes === 'string' ? sha256HexOfText(bytes) : sha256Hex(bytes);
}

function guessFormat(path: string | null | undefined): InputFormat {
  if (path && /\.md$/iu.test(path)) return 'md';
  if (path && /\.docx$/iu.test(path)) return 'docx';
  return 'txt';
}

const SYMBOL_TYPE_CODE = px(/^([\p{L}]{1,4})[-/]/u);

/** "Quyết định này có hiệu lực (thi hành) (kể) từ ngày 01 tháng 10 năm 2027" (or "01/10/2027"). */
const EFFECTIVE_FROM = /(Quyết định|Chỉ thị|Kế hoạch|Quy định|Quy chế|Thông báo|Hướng dẫn)\s{1,3}này\s{1,3}có\s{1,3}hiệu\s{1,3}lực(?:\s{1,3}thi\s{1,3}hành)?(?:\s{1,3}kể)?\s{1,3}từ\s{1,3}ngày\s{1,3}(\d{1,2}\s{0,2}[/.-]\s{0,2}\d{1,2}\s{0,2}[/.-]\s{0,2}(?:19|20)\d{2}|\d{1,2}\s{1,3}tháng\s{1,3}\d{1,2}\s{1,3}năm\s{1,3}(?:19|20)\d{2})/u;

/** Parse decoded text. */
export function parseText(input: TextInput, lang: Lang = 'vi'): ParsedDocument {
  const warnings: Warning[] = [...(input.warnings ?? [])];
  const warn = (code: MessageCode, params: Record<string, string>, line: number | null) =>
    warnings.push({ code, message: message(code, params, lang), line });

  // HTML tables in Markdown (pandoc, web editors) and tables drawn with box characters (w3m,
  // DOS-era texts) as the pipe tables the rest reads.
  // A sheet saved from Excel as CSV is read as the tab-separated text a copy out of Excel gives.
  // Character references a converter left ("&amp;") are the characters they stand for.
  const text = multilineTablesToPipes(barTablesToPipes(boxTablesToPipes(decodeEntities(htmlTablesToPipes(csvToTabs(normalizeText(input.text)))))), (rows) => looksLikeTaskTable(toLines(rows.join('\n'))));
  // (a document sent as a series of text messages is read as the one text it was cut from)
  const lines = splitRunInRecipients(joinMessageParts(unfoldLayoutTables(toLines(text), looksLikeTaskTable)));
  for (const i of furnitureLines(lines)) {
    const l = lines[i] as Line;
    lines[i] = { ...l, text: '', emph: [], cuts: [] };
  }
  const mode = detectWrapMode(lines);
  // The header is read cell by cell: flattened two-column lines are split at wide gaps.
  const view: Line[] = [];
  const origin: number[] = [];
  const first = headerStart(lines, isMottoLine, isNumberLine);
  const headerEnd = Math.min(lines.length, first + 80);
  for (let i = first; i < headerEnd; i++) {
    const l = lines[i] as Line;
    for (const cell of l.text === '' ? [l] : splitColumns(cleanScannedHeaderLine(l)).flatMap(splitRunTogetherHeader)) {
      view.push(cell);
      origin.push(i);
    }
  }
  mergeBrokenHeaderLines(view, origin);
  const header = readHeader(view, mode);
  header.bodyStart = header.bodyStart < view.length ? (origin[header.bodyStart] as number) : headerEnd;

  // Appendices ("PHỤ LỤC") and attached documents ("KẾ HOẠCH (Ban hành kèm theo …)") after the body.
  const attachments = findAttachments(lines, header.bodyStart);
  const mainEnd = attachments[0]?.index ?? lines.length;
  const closingStart = findClosingStart(lines, header.bodyStart, mainEnd);
  // The closing printed mid-body (PDF text in object order): read it, and the body around it.
  const resume = closingBlockEnd(lines, closingStart, mainEnd);
  const closing = readClosing(lines, closingStart, resume > 0 ? resume : mainEnd);
  // An excerpt copy ("TRÍCH SAO") may leave out the original's Nơi nhận: the copy's is then the
  // only distribution printed. Its signer is the copying office's, never the document's.
  const copy = attachments.find((a) => a.kind === 'copy');
  if (copy && closing.distribution.length === 0) {
    const end = attachments[attachments.indexOf(copy) + 1]?.index ?? lines.length;
    closing.distribution.push(...readClosing(lines, findClosingStart(lines, copy.bodyStart, end), end).distribution);
  }
  const bodyLines = resume > 0 ? lines.map((l, i) => (i >= closingStart && i < resume ? { ...l, text: '', emph: [], cuts: [] } : l)) : lines;
  const root = readBody(bodyLines, header.bodyStart, resume > 0 ? mainEnd : closingStart, mode);

  const roots: Array<{ root: ItemNode; prefix: string | null }> = [{ root, prefix: null }];
  const appendices = attachments.filter((a) => a.kind === 'appendix');
  attachments.forEach((a, k) => {
    // A blank form to fill in ends the document before it and gives no work.
    if (a.kind === 'form' || a.kind === 'copy') return;
    const end = attachments[k + 1]?.index ?? lines.length;
    const closeAt = findClosingStart(lines, a.bodyStart, end);
    // An attached document's items keep their own labels (ids stay unique: a repeated
    // label gets a suffix); an appendix's start with "PL".
    const nth = appendices.indexOf(a);
    const prefix = a.kind === 'document' ? null : a.n ? `PL${a.n}` : appendices.length > 1 ? `PL${nth + 1}` : 'PL';
    roots.push({ root: readBody(lines, a.bodyStart, closeAt, mode), prefix });
  });

  // Every paragraph, for named dates and citations.
  const allParas: Para[] = [];
  const collect = (node: ItemNode) => {
    for (const p of node.paras) allParas.push(p);
    for (const f of node.fields) allParas.push(f.value);
    if (node.cells) for (const c of Object.values(node.cells)) if (c) allParas.push(c);
    node.children.forEach(collect);
  };
  roots.forEach((r) => collect(r.root));
  // Markdown footnotes ("[^1]: Kết luận số 215-KL/TU ngày 20/11/2026 …") sit after the signature;
  // they give the dates of the documents the body cites by number only. Read for citations.
  const footnotes = lines.filter((l) => FOOTNOTE.test(l.text)).map((l) => paraFromLines([l]));

  // The date context for deadlines written without a year.
  const docDate: DateContext = {
    year: header.date?.year ?? null,
    month: header.date?.month ?? null,
    day: header.date?.day ?? null,
  };
  if (docDate.year === null) {
    const years = new Map<number, number>();
    for (const p of allParas) {
      for (const m of p.text.matchAll(/(?<![\d/])\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?(20\d{2})(?!\d)/gu)) {
        const y = Number(m[1]);
        years.set(y, (years.get(y) ?? 0) + 1);
      }
    }
    const best = [...years.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    if (best) docDate.year = best[0];
  }

  const namedDates: NamedDate[] = [];
  const namedMap = new Map<string, string>();
  for (const p of allParas) {
    for (const nd of findNamedDates(p.text, docDate)) {
      const key = foldName(nd.name);
      if (namedMap.has(key)) continue;
      namedMap.set(key, nd.date);
      const pos = posOf(p, nd.start);
      namedDates.push({ name: nd.name, date: nd.date, text: nd.text, line: pos.line, column: pos.column });
    }
  }

  const ref = header.reference?.value ?? null;
  // Type: the title, else "V/v" (công văn), else the symbol's type code, else Kính gửi.
  let type: DocumentInfo['type'] = header.title?.value.type ?? null;
  let typeName: string | null = header.title ? header.title.value.typeName : null;
  if (type === 'thong-bao' && header.subject && /^(?:ý kiến )?kết luận/iu.test(header.subject.value)) typeName = 'Thông báo kết luận';
  if (type === null && header.subjectIsVv) type = 'cong-van';
  if (type === null && ref?.symbol) {
    const code = SYMBOL_TYPE_CODE.exec(ref.symbol)?.[1];
    const byCode = code ? TYPE_CODES[code] : undefined;
    type = byCode ?? (ref.number !== null || ref.symbol ? 'cong-van' : null);
  }
  if (type === null && header.recipients.length > 0) type = 'cong-van';
  if (type !== null && typeName === null) typeName = TYPE_NAMES[type];

  // "Điều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2027": "kể từ ngày Quyết định
  // này có hiệu lực" counts from that day, not from the signing.
  for (const p of allParas) {
    const m = EFFECTIVE_FROM.exec(p.text);
    if (!m) continue;
    const nd = findNamedDates(`ngày hiệu lực (${m[2]})`, docDate)[0];
    const date = nd?.date ?? null;
    const key = foldName(`ngày ${m[1]} này có hiệu lực`);
    if (date && date.length === 10 && !namedMap.has(key)) namedMap.set(key, date);
    break;
  }

  // A Giấy mời to one meeting: "ngày họp" ("trước ngày họp 02 ngày", "kể từ ngày họp") is the day
  // its "Thời gian:" line gives, unless the text names it otherwise.
  if (type === 'giay-moi' && !namedMap.has(foldName('ngày họp')) && allParas.some((p) => /ngày\s{1,3}họp(?![a-zà-ỹđ])/iu.test(p.text))) {
    const when = roots[0]?.root.fields.find((f) => f.name === 'deadline' && /^thời\s{1,3}gian/iu.test(f.label));
    const day = when ? findDeadlines(when.whole.text, docDate).find((d) => d.value.relation === 'on' && d.value.date !== null && d.value.date.length === 10) : undefined;
    if (when && day) {
      namedMap.set(foldName('ngày họp'), day.value.date as string);
      const pos = posOf(when.whole, day.start);
      namedDates.push({ name: 'ngày họp', date: day.value.date as string, text: day.text, line: pos.line, column: pos.column });
    }
  }


  // Tết and other events of the calendar resolve like named dates (the text's own definitions win).
  const withEvents = new Map<string, string>();
  for (const [k, v] of builtInEvents(docDate)) withEvents.set(foldName(k), v);
  for (const [k, v] of namedMap) withEvents.set(k, v);

  const built = buildTasks(roots, {
    docDate,
    docType: type,
    docTypeName: typeName,
    namedDates: withEvents,
    warn: (code, params, line) => warn(code, params, line),
  });

  const references = findReferences([...allParas, ...footnotes], ref?.reference ?? null);

  if (ref && ref.number === null) warn('number-blank', { reference: ref.reference }, header.reference?.line ?? null);
  if (header.date && header.date.iso === null) warn('date-incomplete', { text: header.date.text }, header.date.line);

  const groups = header.issuerGroups;
  const issuerGroup = groups[groups.length - 1];
  const parentGroup = groups.length > 1 ? groups[groups.length - 2] : undefined;
  // Words a PDF or a web page glued together ("VỀVIỆC") are printed apart on paper.
  const subject = header.subject
    ? header.subject.value.replace(/\s+/gu, ' ').replace(/[.;]\s*$/u, '').trim().split(' ').map(unglueSyllables).join(' ')
    : null;

  const document: DocumentInfo = {
    type,
    typeName,
    layout: header.layout,
    reference: ref?.reference ?? null,
    number: ref?.number ?? null,
    symbol: ref?.symbol ?? null,
    date: header.date,
    place: header.place?.value ?? null,
    issuer: issuerGroup
      ? {
          name: sentenceCase(issuerGroup.value),
          parent: parentGroup ? sentenceCase(parentGroup.value) : null,
          line: issuerGroup.line,
        }
      : null,
    subject: subject === '' ? null : subject && isAllCaps(subject) ? subject : subject,
    urgency: header.urgency?.value ?? null,
    // A Giấy mời has no "Kính gửi": its "Thành phần:" list names who is addressed.
    recipients: header.recipients.length > 0 ? header.recipients.map((r) => r.value) : participantsOf(root.fields).concat(built.participants),
    signer: closing.signer,
    distribution: closing.distribution.map((d) => d.text),
    references,
    lines: {
      type: header.title?.line ?? null,
      reference: header.reference?.line ?? null,
      place: header.place?.line ?? null,
      subject: header.subject?.line ?? null,
      urgency: header.urgency?.line ?? null,
      recipients: header.recipients.map((r) => r.line),
      distribution: closing.distribution.map((d) => d.line),
    },
  };

  // A document has a header, an addressee, or at least two numbered items. A news article with
  // a bullet or two is not one: its tasks and deadlines are dropped with the warning.
  const numbered = built.tasks.filter((t) => !/^-/u.test(t.path[t.path.length - 1] ?? '')).length;
  const recognized =
    ref !== null || header.date !== null || type !== null || document.issuer !== null || numbered >= 2 || header.recipients.length > 0 || closing.signer !== null;
  if (!recognized) {
    warn('not-a-document', {}, null);
    built.tasks = [];
    built.deadlines = [];
    built.sections = [];
  }
  else if (header.date === null) warn('date-missing', {}, null);

  return {
    schemaVersion: SCHEMA_VERSION,
    source: input.source,
    document,
    namedDates,
    sections: built.sections,
    tasks: built.tasks,
    deadlines: built.deadlines,
    warnings,
  };
}

/**
 * Parse one document given as text or raw bytes (.txt / .md; .docx needs `parseDocumentAsync`).
 */
export function parseDocument(input: string | Uint8Array, options: ParseOptions = {}): ParsedDocument {
  const lang = options.lang ?? 'vi';
  const path = options.path ?? null;
  const name = path ? (path.split(/[\\/]/u).pop() ?? null) : null;
  const format = options.format ?? guessFormat(path);
  const warnings: Warning[] = [];
  let text: string;
  let encoding: string;
  let bytes: number;
  let hash: string;
  if (typeof input === 'string') {
    text = input;
    encoding = 'utf-8';
    const buf = Buffer.from(input, 'utf8');
    bytes = buf.length;
    hash = sha256(buf);
  } else {
    const decoded = decodeBytes(input);
    text = decoded.text;
    encoding = decoded.encoding;
    bytes = input.length;
    hash = sha256(input);
    if (decoded.confidence === 'low') {
      warnings.push({ code: 'encoding-guess', message: message('encoding-guess', { encoding }, lang), line: null });
    }
  }
  return parseText({ text, source: { path, name, sha256: hash, bytes, encoding, format }, warnings }, lang);
}

/**
 * Parse one document of any supported format: .txt and .md as text, .docx through its
 * paragraphs, emphasis and tables (the docx reader is loaded only when needed).
 */
export async function parseDocumentAsync(input: string | Uint8Array, options: ParseOptions = {}): Promise<ParsedDocument> {
  if (typeof input !== 'string' && (options.format === 'docx' || looksLikeZip(input))) {
    const { docxToText } = await import('./read/docx.js');
    const lang = options.lang ?? 'vi';
    const path = options.path ?? null;
    const { text, warnings } = await docxToText(input);
    return parseText(
      {
        text,
        source: {
          path,
          name: path ? (path.split(/[\\/]/u).pop() ?? null) : null,
          sha256: sha256(input),
          bytes: input.length,
          encoding: 'docx',
          format: 'docx',
        },
        warnings: warnings.map((w) => ({ code: 'docx', message: w, line: null })),
      },
      lang,
    );
  }
  return parseDocument(input, options);
}

function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
