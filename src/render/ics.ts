// PLACEHOLDER until the renderers branch lands (same signature); the lead takes the real one on merge.
// No line folding, no timed events, no RRULE: just enough for the CLI to be exercised.
import type { Lang, ParsedDocument } from '../types.js';

export interface IcsOptions {
  today: string;
  alarms: Array<{ days: number }> | null;
  calendarName: string | null;
  lang: Lang;
}

const escapeText = (s: string) => s.replace(/[\\;,]/gu, (c) => `\\${c}`).replace(/\r?\n/gu, '\\n');

export function renderIcs(docs: ParsedDocument[], options: IcsOptions): string {
  const out = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//bau-cu//bau-cu//VI', 'CALSCALE:GREGORIAN'];
  if (options.calendarName) out.push(`X-WR-CALNAME:${escapeText(options.calendarName)}`);
  const stamp = `${options.today.replace(/-/gu, '')}T000000Z`;
  for (const doc of docs) {
    for (const d of doc.deadlines) {
      const day = d.due ?? (d.date && /^\d{4}-\d{2}-\d{2}$/u.test(d.date) ? d.date : null);
      if (!day) continue;
      out.push('BEGIN:VEVENT', `UID:${doc.source.sha256.slice(0, 16)}-${d.id}@bau-cu`, `DTSTAMP:${stamp}`);
      out.push(`DTSTART;VALUE=DATE:${day.replace(/-/gu, '')}`);
      out.push(`SUMMARY:${escapeText(`${d.lead.join(', ') || '—'}: ${d.text}`)}`);
      for (const a of options.alarms ?? []) {
        out.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:-P${a.days}D`, `DESCRIPTION:${escapeText(d.text)}`, 'END:VALARM');
      }
      out.push('END:VEVENT');
    }
  }
  out.push('END:VCALENDAR');
  return `${out.join('\r\n')}\r\n`;
}
