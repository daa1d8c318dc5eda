/** Reading exporter output back with an independent iCalendar parser (ical.js). */
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  /** "2026-03-09" for all-day, "2026-03-09T11:00:00" (local to its zone) for timed. */
  start: string;
  end: string;
  allDay: boolean;
  /** Start as a UTC instant in ms, resolved through the file's VTIMEZONE. */
  startUtc: number;
  tzid: string | null;
  rrule: string | null;
  categories: string[];
  status: string | null;
  transp: string | null;
  dtstamp: string;
  alarms: Array<{ action: string; trigger: string; description: string }>;
}

export function parseIcs(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtz of calendar.getAllSubcomponents('vtimezone')) {
    const tz = new ICAL.Timezone(vtz);
    ICAL.TimezoneService.register(tz, tz.tzid);
  }
  const events = calendar.getAllSubcomponents('vevent').map((ve) => {
    const ev = new ICAL.Event(ve);
    const rrule = ve.getFirstPropertyValue('rrule');
    const cats = ve.getFirstProperty('categories');
    const dtstart = ve.getFirstProperty('dtstart');
    return {
      uid: ev.uid,
      summary: ev.summary,
      description: ev.description,
      start: ev.startDate.toString(),
      end: ev.endDate.toString(),
      allDay: ev.startDate.isDate,
      startUtc: ev.startDate.toJSDate().getTime(),
      tzid: (dtstart?.getParameter('tzid') as string | undefined) ?? null,
      rrule: rrule ? String(rrule.toString()) : null,
      categories: cats ? (cats.getValues() as string[]) : [],
      status: (ve.getFirstPropertyValue('status') as string | null) ?? null,
      transp: (ve.getFirstPropertyValue('transp') as string | null) ?? null,
      dtstamp: String(ve.getFirstPropertyValue('dtstamp')),
      alarms: ve.getAllSubcomponents('valarm').map((va) => ({
        action: String(va.getFirstPropertyValue('action')),
        trigger: String(va.getFirstPropertyValue('trigger')),
        description: String(va.getFirstPropertyValue('description')),
      })),
    } satisfies ParsedEvent;
  });
  return { calendar, events };
}

/** Physical lines (split on CRLF; the text must end with CRLF). */
export function physicalLines(text: string): string[] {
  return text.replace(/\r\n$/u, '').split('\r\n');
}

/** Undo RFC 5545 folding. */
export function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/gu, '').replace(/\r\n$/u, '').split('\r\n');
}
