/**
 * Deadlines as an iCalendar (RFC 5545) file: one VEVENT per deadline on its due day, named
 * dates as events too. Pure: the clock comes from `options.today`, nothing depends on the
 * machine's time zone.
 *
 * Own serializer rather than the `ics` package (REFERENCE §6.9): that package folds at 75
 * code points (Vietnamese lines reach ~97 octets), writes `-P1DT` triggers, leaves commas
 * inside CATEGORIES items unescaped, has no TZID/VTIMEZONE and no NAME, always adds
 * X-PUBLISHED-TTL, and defaults UID/DTSTAMP to random/now. The subset needed here is small.
 *
 * Timed events use `TZID=Asia/Ho_Chi_Minh` with a VTIMEZONE block, not UTC: a recurring
 * "Thứ Năm hằng tuần lúc 06:30" written in UTC would start on Wednesday 23:30Z and its
 * `BYDAY=TH` would then expand to the wrong weekday. With TZID the rule is read in Vietnam
 * time, and one convention serves one-off and recurring events alike.
 */
import type { Lang, ParsedDocument } from '../types.js';
import { addDays, compactDate, parseTime } from './dates.js';
import { label } from './labels.js';
import {
  collapse,
  deadlineEntries,
  deadlineUid,
  documentCitation,
  documentDate,
  documentKey,
  documentShortTitle,
  leadsOf,
  namedDateEntries,
  namedDateUid,
  placeDeadline,
  sourceReference,
  unitAndTask,
  type DeadlineEntry,
  type Placement,
} from './model.js';
import { formatRrule } from './recurrence.js';
import { px } from '../text/charclass.js';

export interface IcsOptions {
  /** "YYYY-MM-DD": DTSTAMP of undated documents and the anchor of their recurring deadlines. */
  today: string;
  /** VALARM reminders, days before the start; null or [] for none. */
  alarms: Array<{ days: number }> | null;
  /** X-WR-CALNAME / NAME; null → built from the documents. */
  calendarName: string | null;
  lang: Lang;
}

export const TZID = 'Asia/Ho_Chi_Minh';
const SUMMARY_MAX = 80;
/** Length given to a timed deadline so that calendars draw it as a block at that time. */
const TIMED_MINUTES = 30;

// ---------------------------------------------------------------------------------------
// Serialisation

/** TEXT value (RFC 5545 §3.3.11): `\` `;` `,` escaped, newlines as `\n`, CR and other controls dropped. */
export function escapeText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?/gu, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/gu, '')
    .replace(/[\\;,]/gu, (c) => `\\${c}`)
    .replace(/\n/gu, '\\n');
}

const ATTACHED_MARK = px(/^[\p{M}\u200d]$/u);

/**
 * Fold a content line at 75 octets (RFC 5545 §3.1): CRLF + one space, the space counting
 * toward the next line. Cuts only between characters, and never before a combining mark,
 * so no UTF-8 sequence (and no base letter + mark pair) is split.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  const limit = 75;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const attached = ATTACHED_MARK.test(ch);
    if (octets + size > limit && current !== '' && !attached) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

class Lines {
  private readonly lines: string[] = [];
  add(name: string, value: string, params = ''): void {
    this.lines.push(foldLine(`${name}${params}:${value}`));
  }
  raw(line: string): void {
    this.lines.push(line);
  }
  text(name: string, value: string): void {
    this.add(name, escapeText(value));
  }
  toString(): string {
    return this.lines.length === 0 ? '' : `${this.lines.join('\r\n')}\r\n`;
  }
}

/** `-P3D`, `-PT12H`, `PT0S`… — never `-P1DT` (a `T` needs a time part). */
export function formatTrigger(daysBefore: number): string {
  const totalMinutes = Math.round(Math.abs(daysBefore) * 1440);
  const sign = daysBefore > 0 ? '-' : '';
  if (totalMinutes === 0) return 'PT0S';
  const d = Math.floor(totalMinutes / 1440);
  const h = Math.floor((totalMinutes % 1440) / 60);
  const m = totalMinutes % 60;
  const time = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}`;
  return `${sign}P${d ? `${d}D` : ''}${time ? `T${time}` : ''}`;
}

function localDateTime(iso: string, minutes: number): string {
  const day = addDays(iso, Math.floor(minutes / 1440));
  const m = minutes % 1440;
  return `${compactDate(day)}T${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}00`;
}

function writeTimes(out: Lines, p: Placement): void {
  const minutes = p.time === null ? null : parseTime(p.time);
  if (minutes !== null && p.kind !== 'range') {
    out.add('DTSTART', localDateTime(p.start, minutes), `;TZID=${TZID}`);
    out.add('DTEND', localDateTime(p.start, minutes + TIMED_MINUTES), `;TZID=${TZID}`);
  } else {
    out.add('DTSTART', compactDate(p.start), ';VALUE=DATE');
    // DTEND of an all-day event is exclusive: the day after the last one.
    out.add('DTEND', compactDate(addDays(p.end, 1)), ';VALUE=DATE');
  }
  if (p.rule) out.add('RRULE', formatRrule(p.rule, minutes !== null));
}

function writeAlarms(out: Lines, alarms: IcsOptions['alarms'], summary: string): void {
  const days = [...new Set((alarms ?? []).map((a) => a.days).filter((d) => Number.isFinite(d)))].sort((a, b) => b - a);
  for (const d of days) {
    out.raw('BEGIN:VALARM');
    out.add('ACTION', 'DISPLAY');
    out.text('DESCRIPTION', summary);
    out.add('TRIGGER', formatTrigger(d));
    out.raw('END:VALARM');
  }
}

function vtimezone(out: Lines): void {
  // Asia/Ho_Chi_Minh: UTC+07:00 since 1975, no daylight saving time.
  out.raw('BEGIN:VTIMEZONE');
  out.add('TZID', TZID);
  out.raw('BEGIN:STANDARD');
  out.add('DTSTART', '19700101T000000');
  out.add('TZOFFSETFROM', '+0700');
  out.add('TZOFFSETTO', '+0700');
  out.add('TZNAME', '+07');
  out.raw('END:STANDARD');
  out.raw('END:VTIMEZONE');
}

// ---------------------------------------------------------------------------------------
// Events

interface EventData {
  uid: string;
  stamp: string;
  placement: Placement;
  summary: string;
  description: string;
  categories: string[];
  tentative: boolean;
}

function dtstamp(doc: ParsedDocument | undefined, today: string): string {
  const date = (doc && documentDate(doc)) ?? today;
  return `${compactDate(date)}T000000Z`;
}

function deadlineEvent(entry: DeadlineEntry, uid: string, options: IcsOptions): EventData | null {
  const { doc, task, deadline } = entry;
  const placement = placeDeadline(deadline, doc, options.today);
  if (!placement) return null;
  const lang = options.lang;
  const leads = leadsOf(task, deadline);
  const support = (task?.support ?? []).map(collapse).filter((u) => u !== '');
  const taskText = collapse(task?.text) || collapse(doc.document.subject) || collapse(deadline.text);
  const lines: string[] = [];
  if (task) lines.push((task.text ?? '').normalize('NFC').trim(), '');
  else if (doc.document.subject) lines.push(`${label('subject', lang)}: ${collapse(doc.document.subject)}`, '');
  lines.push(`${label('deadline', lang)}: ${collapse(deadline.text)}${deadline.tentative && !/dự kiến/iu.test(deadline.text) ? ` (${label('tentative', lang)})` : ''}`);
  if (leads.length > 0) lines.push(`${label('lead', lang)}: ${leads.join('; ')}`);
  if (support.length > 0) lines.push(`${label('support', lang)}: ${support.join('; ')}`);
  lines.push(`${label('source', lang)}: ${sourceReference(doc, task, lang)}`);
  return {
    uid,
    stamp: dtstamp(doc, options.today),
    placement,
    summary: unitAndTask(task, deadline, taskText, SUMMARY_MAX),
    description: lines.join('\n'),
    categories: [...new Set([...leads, ...support])],
    tentative: deadline.tentative,
  };
}

function writeEvent(out: Lines, e: EventData, alarms: IcsOptions['alarms']): void {
  out.raw('BEGIN:VEVENT');
  out.add('UID', e.uid);
  out.add('DTSTAMP', e.stamp);
  writeTimes(out, e.placement);
  out.text('SUMMARY', e.summary);
  out.text('DESCRIPTION', e.description);
  if (e.categories.length > 0) out.add('CATEGORIES', e.categories.map(escapeText).join(','));
  if (e.tentative) out.add('STATUS', 'TENTATIVE');
  out.add('TRANSP', 'TRANSPARENT');
  writeAlarms(out, alarms, e.summary);
  out.raw('END:VEVENT');
}

function calendarName(docs: readonly ParsedDocument[], options: IcsOptions): string {
  if (options.calendarName !== null && collapse(options.calendarName) !== '') return collapse(options.calendarName);
  const lang = options.lang;
  const [first] = docs;
  if (docs.length === 1 && first) return label('calendarOne', lang, { title: documentShortTitle(first, lang) });
  if (docs.length > 1) return label('calendarMany', lang, { n: docs.length });
  return label('calendarEmpty', lang);
}

/** Everything but the UID: two events with the same body are the same deadline exported twice. */
function eventBody(e: EventData): string {
  return JSON.stringify({ ...e, uid: '' });
}

export function renderIcs(docs: ParsedDocument[], options: IcsOptions): string {
  const events: EventData[] = [];
  const bodies = new Map<string, string>();
  const push = (e: EventData) => {
    const body = eventBody(e);
    let uid = e.uid;
    for (let n = 2; bodies.has(uid); n++) {
      // The same document given twice: one event. Two different deadlines that somehow
      // share a key (a re-issued document with the same number and date): keep both.
      if (bodies.get(uid) === body) return;
      uid = e.uid.replace('@', `-${n}@`);
    }
    bodies.set(uid, body);
    events.push({ ...e, uid });
  };

  docs.forEach((doc, docIndex) => {
    const key = documentKey(doc);
    for (const entry of deadlineEntries(doc, docIndex)) {
      const event = deadlineEvent(entry, deadlineUid(key, entry), options);
      if (event) push(event);
    }
  });
  for (const { named, docs: sources } of namedDateEntries(docs)) {
    const name = collapse(named.name);
    const lang = options.lang;
    const description = [
      collapse(named.text) || name,
      ...sources.map((d) => `${label('source', lang)}: ${documentCitation(d, lang)}`),
    ].join('\n');
    push({
      uid: namedDateUid(named),
      stamp: dtstamp(sources[0], options.today),
      placement: { kind: 'day', start: named.date, end: named.date, due: named.date, time: null, rule: null },
      summary: name.charAt(0).toLocaleUpperCase('vi') + name.slice(1),
      description,
      categories: [label('namedDate', lang)],
      tentative: false,
    });
  }

  const out = new Lines();
  out.raw('BEGIN:VCALENDAR');
  out.add('VERSION', '2.0');
  out.add('PRODID', '-//bau-cu//bau-cu 1.0//VI');
  out.add('CALSCALE', 'GREGORIAN');
  out.add('METHOD', 'PUBLISH');
  const name = calendarName(docs, options);
  out.text('X-WR-CALNAME', name);
  out.text('NAME', name);
  if (events.some((e) => e.placement.time !== null && e.placement.kind !== 'range')) vtimezone(out);
  for (const e of events) writeEvent(out, e, options.alarms);
  out.raw('END:VCALENDAR');
  return out.toString();
}
