/**
 * Checklists: a GFM task list (Markdown) to print or share, and a CSV for Excel. One line
 * per task-deadline; a task without a deadline gets one line too, after the dated ones.
 */
import { unitKey } from '../extract/units.js';
import type { Deadline, Lang, ParsedDocument, Task } from '../types.js';
import { formatDmy, weekday } from './dates.js';
import { label, weekdayName } from './labels.js';
import {
  collapse,
  collator,
  deadlineEntries,
  documentCitation,
  documentTag,
  documentTitle,
  itemNumber,
  itemReference,
  leadsOf,
  placeDeadline,
  unitAndTask,
  type Placement,
} from './model.js';
import { nextOccurrence } from './recurrence.js';
import { px } from '../text/charclass.js';

export interface ChecklistOptions {
  groupBy: 'unit' | 'due' | 'document';
  lang: Lang;
  /** "YYYY-MM-DD": recurring deadlines show their next occurrence on or after this day. */
  today: string;
}

const TASK_MAX = 200;

interface Row {
  doc: ParsedDocument;
  docIndex: number;
  task: Task | null;
  deadline: Deadline | null;
  placement: Placement | null;
  /** The day shown and sorted on: the due day, or the next occurrence of a recurring one. */
  when: string | null;
  /** Position within the document's rows (document order). */
  seq: number;
}

function buildRows(docs: readonly ParsedDocument[], today: string): Row[] {
  const rows: Row[] = [];
  docs.forEach((doc, docIndex) => {
    const entries = deadlineEntries(doc, docIndex);
    const byTask = new Map<string, typeof entries>();
    for (const e of entries) {
      if (!e.task) continue;
      const list = byTask.get(e.task.id) ?? [];
      list.push(e);
      byTask.set(e.task.id, list);
    }
    let seq = 0;
    const add = (task: Task | null, deadline: Deadline | null) => {
      const placement = deadline ? placeDeadline(deadline, doc, today) : null;
      let when = placement?.due ?? null;
      if (placement?.rule) when = nextOccurrence(placement.rule, placement.start, today);
      rows.push({ doc, docIndex, task, deadline, placement, when, seq: seq++ });
    };
    for (const task of doc.tasks) {
      const own = byTask.get(task.id);
      if (own) for (const e of own) add(task, e.deadline);
      else add(task, null);
    }
    for (const e of entries) if (!e.task) add(null, e.deadline);
  });
  return rows;
}

/** Dated rows first (soonest first), then undated ones; ties in document order. */
function compareRows(a: Row, b: Row): number {
  if ((a.when === null) !== (b.when === null)) return a.when === null ? 1 : -1;
  if (a.when !== null && b.when !== null && a.when !== b.when) return a.when < b.when ? -1 : 1;
  const ta = a.placement?.time ?? '';
  const tb = b.placement?.time ?? '';
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.docIndex - b.docIndex || a.seq - b.seq;
}

function taskText(row: Row): string {
  return collapse(row.task?.text) || collapse(row.doc.document.subject) || collapse(row.deadline?.text);
}

function dayWithWeekday(iso: string, lang: Lang): string {
  return `${formatDmy(iso)} (${weekdayName(weekday(iso), lang)})`;
}

interface Group {
  heading: string;
  rows: Row[];
}

/** Groups by due day or by lead unit (the document grouping is done by the caller). */
function groupRows(rows: Row[], options: ChecklistOptions): Group[] {
  const lang = options.lang;
  if (options.groupBy === 'due') {
    const byDay = new Map<string, Row[]>();
    const undated: Row[] = [];
    for (const r of rows) {
      if (r.when === null) undated.push(r);
      else {
        const list = byDay.get(r.when) ?? [];
        list.push(r);
        byDay.set(r.when, list);
      }
    }
    const groups = [...byDay.keys()]
      .sort()
      .map((day) => ({ heading: dayWithWeekday(day, lang), rows: (byDay.get(day) ?? []).sort(compareRows) }));
    if (undated.length > 0) groups.push({ heading: label('noDeadline', lang), rows: undated.sort(compareRows) });
    return groups;
  }
  // By lead unit: a task led by two units is on both units' lists.
  const byUnit = new Map<string, Group>();
  const none: Row[] = [];
  for (const r of rows) {
    const leads = leadsOf(r.task, r.deadline);
    if (leads.length === 0) none.push(r);
    // Two spellings of one unit ("UBND tỉnh", "Ủy ban nhân dân tỉnh") are one group, one line.
    const keys = new Map(leads.map((unit) => [unitKey(unit) || unit, unit] as const));
    for (const [key, unit] of keys) {
      const g = byUnit.get(key) ?? { heading: unit, rows: [] };
      g.rows.push(r);
      byUnit.set(key, g);
    }
  }
  const groups = [...byUnit.values()].sort((a, b) => collator.compare(a.heading, b.heading) || (a.heading < b.heading ? -1 : a.heading > b.heading ? 1 : 0));
  for (const g of groups) g.rows.sort(compareRows);
  if (none.length > 0) groups.push({ heading: label('noUnit', lang), rows: none.sort(compareRows) });
  return groups;
}

// ---------------------------------------------------------------------------------------
// Markdown

/**
 * Inline Markdown escaping of document text (REFERENCE §7.4): backslash, emphasis, code,
 * brackets, HTML, strikethrough, math, table pipes and entity-like "&…;". Whitespace is
 * collapsed, so no line break or block start can come from the text.
 */
export function mdEscape(text: string | null | undefined): string {
  return collapse(text)
    .replace(/[\\`*_[\]<>~|$]/gu, (c) => `\\${c}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/gu, '\\&');
}

function markdownLine(row: Row, options: ChecklistOptions, multiDoc: boolean): string {
  const lang = options.lang;
  const parts: string[] = [];
  const p = row.placement;
  if (row.when !== null && options.groupBy !== 'due') {
    const time = p?.time ? ` ${p.time}` : '';
    const day = `**${formatDmy(row.when)}**${time} (${weekdayName(weekday(row.when), lang)})`;
    parts.push(p?.kind === 'recurring' ? `${label('recurringNext', lang)} ${day}` : day);
  } else if (row.when !== null && p?.kind === 'recurring') {
    parts.push(label('recurringShort', lang));
  }
  if (row.deadline && collapse(row.deadline.text)) parts.push(`*${mdEscape(row.deadline.text)}*`);
  parts.push(mdEscape(unitAndTask(row.task, row.deadline, taskText(row), TASK_MAX, options.groupBy === 'unit')));
  const where = [multiDoc && options.groupBy !== 'document' ? documentTag(row.doc, lang) : '', itemReference(row.task, lang)]
    .filter((x) => x !== '')
    .join(', ');
  if (where) parts.push(mdEscape(where));
  return `- [ ] ${parts.join(' — ')}`;
}

function documentHeader(doc: ParsedDocument, level: string, lang: Lang): string[] {
  const out = [`${level} ${mdEscape(documentTitle(doc, lang))}`, ''];
  if (doc.document.subject) out.push(`*${mdEscape(doc.document.subject)}*`, '');
  return out;
}

export function renderChecklistMarkdown(docs: ParsedDocument[], options: ChecklistOptions): string {
  const lang = options.lang;
  const rows = buildRows(docs, options.today);
  const multiDoc = docs.length > 1;
  const out: string[] = [];
  const empty = `*${label('checklistEmpty', lang)}*`;
  if (options.groupBy === 'document') {
    docs.forEach((doc, i) => {
      const own = rows.filter((r) => r.docIndex === i).sort(compareRows);
      out.push(...documentHeader(doc, '#', lang));
      for (const line of own.length > 0 ? own.map((r) => markdownLine(r, options, multiDoc)) : [empty]) out.push(line);
      out.push('');
    });
    if (docs.length === 0) out.push(`# ${label('checklistTitle', lang)}`, '', empty, '');
    return `${out.join('\n').trimEnd()}\n`;
  }
  const [first] = docs;
  if (docs.length === 1 && first) out.push(...documentHeader(first, '#', lang));
  else {
    out.push(`# ${label('checklistTitle', lang)}`, '');
    if (docs.length > 0) {
      for (const doc of docs) {
        const subject = doc.document.subject ? ` — *${mdEscape(doc.document.subject)}*` : '';
        out.push(`- ${mdEscape(documentTitle(doc, lang))}${subject}`);
      }
      out.push('');
    }
  }
  const groups = groupRows(rows, options);
  if (groups.length === 0) out.push(empty, '');
  for (const g of groups) {
    out.push(`## ${mdEscape(g.heading)}`, '');
    for (const r of g.rows) out.push(markdownLine(r, options, multiDoc));
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

// ---------------------------------------------------------------------------------------
// CSV

/** List markers a task text may still start with ("- ", "+ ", "• ", "a) ", "(1) ", "2. "). */
const LIST_MARKER = px(/^(?:[-+•*–—·∙◦▪]|[\p{Ll}]\)|\(\d{1,3}\)|\d{1,3}[.)](?!\d))\s+/u);

export function stripListMarkers(text: string): string {
  let t = text.trimStart();
  for (let i = 0; i < 3 && LIST_MARKER.test(t); i++) t = t.replace(LIST_MARKER, '').trimStart();
  return t;
}

/** OWASP CSV injection guard: a cell starting with = + - @ TAB CR LF (or fullwidth = + - @) gets a leading '. */
export function guardFormula(cell: string): string {
  return /^[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/u.test(cell) ? `'${cell}` : cell;
}

function csvField(cell: string): string {
  const value = cell.normalize('NFC').replace(/\r\n?/gu, '\n');
  // RFC 4180 quoting; ";" too, so the file survives an Excel whose list separator is ";".
  return /[",;\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

function csvCells(row: Row, n: number, lang: Lang): string[] {
  const leads = leadsOf(row.task, row.deadline);
  const support = (row.task?.support ?? []).map(collapse).filter((u) => u !== '');
  const rawText = row.task?.text ?? row.doc.document.subject ?? row.deadline?.text ?? '';
  const text = stripListMarkers(rawText.normalize('NFC').replace(/\r\n?/gu, '\n').trim());
  const item = row.task ? itemNumber(row.task, lang) : '';
  return [
    String(n),
    leads.join('; '),
    support.join('; '),
    text,
    row.when === null ? '' : formatDmy(row.when),
    collapse(row.deadline?.text),
    documentCitation(row.doc, lang),
    // Excel turns "1.10" into 1.1, "(1)" into −1 and "2.6" into a date in some locales.
    /^(?=.*[.(])[\d.()]+$/u.test(item) ? `'${item}` : item,
    '',
  ].map(guardFormula);
}

/** Sort for the flat CSV: the Markdown grouping, without repeating a row. */
function csvOrder(rows: Row[], options: ChecklistOptions): Row[] {
  const sorted = [...rows];
  if (options.groupBy === 'document') return sorted.sort((a, b) => a.docIndex - b.docIndex || compareRows(a, b));
  if (options.groupBy === 'due') return sorted.sort(compareRows);
  const firstLead = (r: Row) => leadsOf(r.task, r.deadline)[0] ?? null;
  return sorted.sort((a, b) => {
    const ua = firstLead(a);
    const ub = firstLead(b);
    if ((ua === null) !== (ub === null)) return ua === null ? 1 : -1;
    if (ua !== null && ub !== null) {
      const c = collator.compare(ua, ub);
      if (c !== 0) return c;
    }
    return compareRows(a, b);
  });
}

export function renderChecklistCsv(docs: ParsedDocument[], options: ChecklistOptions): string {
  const lang = options.lang;
  const header = (['colNo', 'colLead', 'colSupport', 'colTask', 'colDue', 'colAsWritten', 'colDocument', 'colItem', 'colStatus'] as const).map(
    (k) => label(k, lang),
  );
  const rows = csvOrder(buildRows(docs, options.today), options);
  const lines = [header, ...rows.map((r, i) => csvCells(r, i + 1, lang))].map((cells) => cells.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
