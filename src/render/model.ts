/**
 * What all exporters share: where a deadline sits in the calendar, how a document and an
 * item are cited, how a task is shortened, and the stable identity of a document.
 */
import { sha256HexOfText } from '../text/sha256.js';
import type { Deadline, Lang, NamedDate, ParsedDocument, Task } from '../types.js';
import { addDays, formatDmy, isFullDate, parseTime, periodEnd, periodStart } from './dates.js';
import { label } from './labels.js';
import { firstOccurrence, parseRrule, type Rule } from './recurrence.js';
import { px, HAS_LETTER_OR_DIGIT } from '../text/charclass.js';

// ---------------------------------------------------------------------------------------
// Text

/** NFC, every run of whitespace (NBSP, CR, LF, tabs) collapsed to one space, trimmed. */
export function collapse(text: string | null | undefined): string {
  return (text ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Comparison key: NFC, lower case, whitespace collapsed (diacritics kept). */
function lowerKey(text: string): string {
  return collapse(text).toLocaleLowerCase('vi');
}

/** Vietnamese-aware sorting (Đ after D, tones secondary). */
export const collator = new Intl.Collator('vi', { numeric: true });

function capitalize(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const ch = String.fromCodePoint(first);
  return ch.toLocaleUpperCase('vi') + text.slice(ch.length);
}

/**
 * Cut `text` to at most `max` characters at a word boundary, ending with "…" when anything
 * was dropped. Never cuts inside a word unless one word alone is longer than `max`.
 */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const budget = Math.max(1, max - 1);
  let cut = chars.slice(0, budget).join('');
  const space = cut.lastIndexOf(' ');
  if (space >= budget / 2) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/**
 * A short form of a task for a summary line: the unit that opens the text is dropped when
 * it is the task's own lead (the line already names it), then the first sentence, then a
 * word-boundary cut.
 */
export function shortTask(text: string, max: number, units: readonly string[] = []): string {
  let t = collapse(text);
  // "Đảng ủy Công an tỉnh, Đảng ủy Quân sự tỉnh chỉ đạo …" → "Chỉ đạo …".
  let rest = t;
  let stripped = false;
  for (let round = 0; round < units.length; round++) {
    const low = rest.toLocaleLowerCase('vi');
    const unit = units.map(lowerKey).find((u) => u.length > 0 && low.startsWith(u) && !HAS_LETTER_OR_DIGIT.test(low.charAt(u.length)));
    if (unit === undefined) break;
    rest = rest
      .slice(unit.length)
      .replace(/^\s*\([^()]{0,120}\)/u, '')
      .replace(/^[\s:,.;–—-]+/u, '')
      .replace(/^(?:và|cùng)\s+/u, '');
    stripped = true;
  }
  if (stripped && HAS_LETTER_OR_DIGIT.test(rest)) t = capitalize(rest);
  // Keep the first sentence (or clause before ";") when the task goes on after it.
  const sentence = /[.;](?=\s|$)/gu;
  for (let m = sentence.exec(t); m; m = sentence.exec(t)) {
    if (m.index < 15) continue;
    if (m.index + 1 >= t.length) break;
    const head = t.slice(0, m.index);
    return Array.from(head).length < max ? `${head}…` : truncate(head, max);
  }
  return truncate(t, max);
}

// ---------------------------------------------------------------------------------------
// Documents

export function documentDate(doc: ParsedDocument): string | null {
  const iso = doc.document.date?.iso ?? null;
  return isFullDate(iso) ? iso : null;
}

/** "Kết luận 19/KL-UBBC ngày 25/02/2021" (no issuer). */
export function documentShortTitle(doc: ParsedDocument, lang: Lang): string {
  const d = doc.document;
  const parts: string[] = [collapse(d.typeName) || label('documentFallback', lang)];
  if (d.reference) parts.push(collapse(d.reference));
  const date = documentDate(doc);
  if (date) parts.push(label('datedOn', lang, { date: formatDmy(date) }));
  if (!d.number && !date && doc.source.name) parts.push(`(${doc.source.name})`);
  return parts.join(' ');
}

/** "Kết luận 19/KL-UBBC ngày 25/02/2021 – Ủy ban nhân dân tỉnh Sơn La". */
export function documentTitle(doc: ParsedDocument, lang: Lang): string {
  const issuer = collapse(doc.document.issuer?.name);
  const short = documentShortTitle(doc, lang);
  return issuer ? `${short} – ${issuer}` : short;
}

/**
 * How a clerk cites the document: "19/KL-UBBC ngày 25/02/2021"; the file name when the
 * document has no reference (or only a blank-number one, "/UBND-NC (x.txt)").
 */
export function documentCitation(doc: ParsedDocument, lang: Lang): string {
  const d = doc.document;
  const date = documentDate(doc);
  const name = doc.source.name ?? doc.source.path;
  if (d.reference) {
    const ref = collapse(d.reference) + (date ? ` ${label('datedOn', lang, { date: formatDmy(date) })}` : '');
    return !d.number && !date && name ? `${ref} (${name})` : ref;
  }
  if (name) return name;
  if (d.typeName) return date ? `${collapse(d.typeName)} ${label('datedOn', lang, { date: formatDmy(date) })}` : collapse(d.typeName);
  return label('documentUntitled', lang);
}

/** The short citation used on one agenda / checklist line ("19/KL-UBBC", else the file name). */
export function documentTag(doc: ParsedDocument, lang: Lang): string {
  const d = doc.document;
  if (d.reference && d.number) return collapse(d.reference);
  return documentCitation(doc, lang);
}

// ---------------------------------------------------------------------------------------
// Items

const BULLET = /^-(\d+)$/u;
const APPENDIX = /^PL(\d*)$/u;

const ONE_LOWER_LETTER = px(/^[\p{Ll}]$/u);

/**
 * The item number as a clerk writes it, without "mục": ["2","2.6","-1"] → "2.6, ý 1",
 * ["1","1.1","(1)"] → "1.1 (1)", ["II","1"] → "II.1", ["PL","3~2"] → "3 (Phụ lục)", ["PL2","1"] → "1 (Phụ lục 2)".
 * "" when the task has no label at all.
 */
export function itemNumber(task: Task, lang: Lang): string {
  let bullet: string | null = null;
  let appendix: string | null = null;
  const labels: string[] = [];
  for (const raw of task.path) {
    const seg = raw.replace(/~\d+$/u, '');
    const b = BULLET.exec(seg);
    if (b) {
      bullet = b[1] as string;
      continue;
    }
    bullet = null;
    const pl = APPENDIX.exec(seg);
    if (pl) {
      appendix = pl[1] ? `PL${pl[1]}` : 'PL';
      continue;
    }
    if (seg === '') continue;
    labels.push(seg);
  }
  // "2", "2.6" → "2.6": a dotted label already carries its parent.
  const kept = labels.filter((l, i) => {
    const next = labels[i + 1];
    return !(next !== undefined && next.startsWith(`${l}.`));
  });
  let text = '';
  for (const l of kept) {
    if (text === '') text = l;
    else if (/^[IVXLC]+$/u.test(text.split(/[ .]/u).pop() ?? '') && /^\d/u.test(l)) text += `.${l}`;
    else if (ONE_LOWER_LETTER.test(l)) text += ` ${l})`;
    else text += ` ${l}`;
  }
  if (ONE_LOWER_LETTER.test(text)) text += ')';
  if (bullet !== null) text = text ? `${text}, ${label('bullet', lang, { n: bullet })}` : label('bullet', lang, { n: bullet });
  if (appendix !== null) {
    const name = appendix === 'PL' ? label('appendix', lang) : `${label('appendix', lang)} ${appendix.slice(2)}`;
    text = text ? `${text} (${name})` : name;
  }
  return text;
}

/** "mục 2.6, ý 1"; "" when the task has no number. */
export function itemReference(task: Task | null, lang: Lang): string {
  if (!task) return '';
  const n = itemNumber(task, lang);
  return n ? label('item', lang, { label: n }) : '';
}

/** "19/KL-UBBC ngày 25/02/2021, mục 2.6". */
export function sourceReference(doc: ParsedDocument, task: Task | null, lang: Lang): string {
  const item = itemReference(task, lang);
  const cite = documentCitation(doc, lang);
  return item ? `${cite}, ${item}` : cite;
}

/** Lead units of a deadline's line: the task's, else the deadline's own. */
export function leadsOf(task: Task | null, deadline: Deadline | null): string[] {
  const leads = task && task.lead.length > 0 ? task.lead : (deadline?.lead ?? []);
  return leads.map(collapse).filter((u) => u !== '');
}

/** "Sở Nội vụ", "Sở Nội vụ (+1)", the first assignee, or "". */
export function unitLabel(task: Task | null, deadline: Deadline | null): string {
  const leads = leadsOf(task, deadline);
  if (leads.length > 0) return leads.length > 1 ? `${leads[0]} (+${leads.length - 1})` : (leads[0] as string);
  const person = task?.assignees[0];
  if (person) return collapse(person.title ? `${person.title} ${person.name}` : person.name);
  return '';
}

/** Words that put the unit right after them: "Giao Sở Tài chính …", "Đề nghị Ủy ban nhân dân …". */
const CUES = /^(?:giao(?: cho)?|đề nghị|yêu cầu|chỉ đạo|phân công|giao nhiệm vụ cho)(?: đồng chí)? $/u;

/**
 * One line naming who does what: "Sở Nội vụ: Tổng hợp …". When the text itself opens with
 * its lead (or assignee) — "Các Tổ giúp việc UBBC thực hiện …", "Giao Sở Tài chính chủ
 * trì …", "Đề nghị Ủy ban nhân dân các xã, phường …" — the text alone says it. With
 * `omitUnit` (the line sits under a heading naming the unit) an opening unit is dropped.
 */
export function unitAndTask(task: Task | null, deadline: Deadline | null, text: string, max: number, omitUnit = false): string {
  const leads = leadsOf(task, deadline);
  if (omitUnit) return shortTask(text, max, leads);
  const unit = unitLabel(task, deadline);
  const names = [...leads, ...(task?.assignees ?? []).map((a) => a.name)].map(lowerKey).filter((n) => n !== '');
  const low = lowerKey(text);
  const early = names.some((n) => {
    const at = low.indexOf(n);
    return at === 0 || (at > 0 && CUES.test(low.slice(0, at)));
  });
  if (!unit || early) return shortTask(text, max);
  // Many units (a meeting's whole invitation list) would eat the line: keep the first ones.
  const label = Array.from(unit).length > max - 32 ? shortTask(unit, max - 32) : unit;
  const budget = Math.max(30, max - Array.from(label).length - 2);
  return `${label}: ${shortTask(text, budget, leads)}`;
}

// ---------------------------------------------------------------------------------------
// Where a deadline sits

export interface Placement {
  kind: 'day' | 'range' | 'recurring';
  /** First day (ISO); for a recurring deadline the first occurrence (DTSTART). */
  start: string;
  /** Last day, inclusive. */
  end: string;
  /** The day it is due: `end` of a range, `start` otherwise. */
  due: string;
  /** "HH:MM" in Vietnam, only for single days and recurring deadlines. */
  time: string | null;
  rule: Rule | null;
}

/**
 * The last permissible day. `due` when the engine gave one; otherwise what SPEC's table
 * makes of `date` ("before" X → X − 1, or X itself with a clock time; "by"/"on" → the last
 * day of the period; "range" → its end). Null for "from", "within" without a start,
 * "recurring" and anything without a date.
 */
export function effectiveDue(deadline: Deadline): string | null {
  if (isFullDate(deadline.due)) return deadline.due;
  switch (deadline.relation) {
    case 'before': {
      const start = periodStart(deadline.date);
      if (!start) return null;
      if (isFullDate(deadline.date) && parseTime(deadline.time) !== null) return deadline.date;
      return addDays(start, -1);
    }
    case 'by':
    case 'on':
      return periodEnd(deadline.date);
    case 'range':
      return periodEnd(deadline.end);
    default:
      return null;
  }
}

/** Anchor of a recurring series: the document date, a later start the deadline gives, else today. */
function recurrenceAnchor(deadline: Deadline, doc: ParsedDocument, today: string): string {
  let anchor = documentDate(doc) ?? today;
  if (isFullDate(deadline.date) && deadline.date > anchor) anchor = deadline.date;
  return anchor;
}

export function placeDeadline(deadline: Deadline, doc: ParsedDocument, today: string): Placement | null {
  const time = parseTime(deadline.time) !== null ? deadline.time : null;
  if (deadline.relation === 'recurring') {
    const rule = parseRrule(deadline.rrule);
    if (!rule) return null;
    const start = firstOccurrence(rule, recurrenceAnchor(deadline, doc, today));
    if (!start) return null;
    return { kind: 'recurring', start, end: start, due: start, time, rule };
  }
  const due = effectiveDue(deadline);
  if (!due) return null;
  if (deadline.relation === 'range') {
    const start = periodStart(deadline.date);
    if (start && start < due) return { kind: 'range', start, end: due, due, time: null, rule: null };
  }
  return { kind: 'day', start: due, end: due, due, time, rule: null };
}

// ---------------------------------------------------------------------------------------
// Deadlines of a set of documents

export interface DeadlineEntry {
  doc: ParsedDocument;
  docIndex: number;
  deadline: Deadline;
  /** The task the deadline belongs to (null at document level or when the id is unknown). */
  task: Task | null;
  /** 1-based position among the deadlines of the same task (or of the document level). */
  indexInTask: number;
  /** Position in `doc.deadlines`. */
  order: number;
}

export function deadlineEntries(doc: ParsedDocument, docIndex: number): DeadlineEntry[] {
  const tasks = new Map(doc.tasks.map((t) => [t.id, t] as const));
  const counts = new Map<string, number>();
  return doc.deadlines.map((deadline, order) => {
    const key = deadline.taskId ?? '';
    const indexInTask = (counts.get(key) ?? 0) + 1;
    counts.set(key, indexInTask);
    return { doc, docIndex, deadline, task: deadline.taskId === null ? null : (tasks.get(deadline.taskId) ?? null), indexInTask, order };
  });
}

export interface NamedDateEntry {
  named: NamedDate;
  /** Every document (in input order) that defines this name with this date. */
  docs: ParsedDocument[];
}

/** Named dates of all documents, one per (name, date), in first-seen order. */
export function namedDateEntries(docs: readonly ParsedDocument[]): NamedDateEntry[] {
  const byKey = new Map<string, NamedDateEntry>();
  for (const doc of docs) {
    for (const named of doc.namedDates) {
      if (!isFullDate(named.date)) continue;
      const key = namedDateKey(named);
      const seen = byKey.get(key);
      if (seen) {
        if (!seen.docs.includes(doc)) seen.docs.push(doc);
      } else byKey.set(key, { named, docs: [doc] });
    }
  }
  return [...byKey.values()];
}

export function namedDateKey(named: NamedDate): string {
  return `${lowerKey(named.name)}|${named.date}`;
}

// ---------------------------------------------------------------------------------------
// Identity

function sha256(text: string): string {
  return sha256HexOfText(text);
}

const MARKS = px(/\p{M}/gu);

/** Lower case, no diacritics, đ → d, no spaces: a key that ignores how a value was typed. */
function fold(text: string | null | undefined): string {
  return collapse(text)
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/\s+/gu, '');
}

const NON_ALNUM_RUNS = px(/[^\p{L}\p{N}]+/gu);

/**
 * The identity of a document, stable across re-saves, re-wrapping, CRLF, trailing spaces
 * and renames: issuer + reference + date when the document is numbered and dated (numbers
 * restart every year and per issuer, so all three are needed); otherwise a hash of its
 * text — the subject and the task texts, reduced to letters and digits without
 * diacritics, so that whitespace, line wrapping, punctuation spacing, markdown marks and
 * tone placement ("hoà"/"hòa") do not matter. Never `source.sha256` (it changes with the
 * bytes), the file name or line numbers.
 */
export function documentKey(doc: ParsedDocument): string {
  const d = doc.document;
  const date = documentDate(doc);
  if (d.number && d.reference && date) return ['ref', fold(d.issuer?.name), fold(d.reference), date].join('|');
  const alnum = (t: string | null | undefined) => fold(t).replace(NON_ALNUM_RUNS, '');
  let parts = [d.subject, ...doc.tasks.map((t) => t.text)].map(alnum).filter((p) => p !== '');
  if (parts.length === 0) {
    // No subject and no task: whatever else the text says.
    parts = [d.typeName, d.reference, d.date?.text, d.issuer?.name, ...d.recipients, ...doc.deadlines.map((x) => x.text), ...doc.namedDates.map((n) => n.text)]
      .map(alnum)
      .filter((p) => p !== '');
  }
  return `text|${sha256(parts.join('|'))}`;
}

/** The UID of a deadline's event: ASCII, the same on every export of the same document. */
export function deadlineUid(docKey: string, entry: Pick<DeadlineEntry, 'deadline' | 'indexInTask'>): string {
  const key = [docKey, entry.deadline.taskId ?? '#doc', String(entry.indexInTask), entry.deadline.relation].join('\u001f');
  return `${sha256(key).slice(0, 32)}@bau-cu`;
}

/** Named dates are shared across documents: the same name and day is the same event. */
export function namedDateUid(named: NamedDate): string {
  return `${sha256(`named\u001f${namedDateKey(named)}`).slice(0, 32)}@bau-cu`;
}
