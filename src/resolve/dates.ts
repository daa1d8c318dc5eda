/**
 * Date resolution for deadline phrases: day/month/year pieces → ISO, year inference from
 * the document date, period ends (BLDS 2015 Art. 146), and the `due` day of SPEC.md
 * "Deadlines". Pure functions over numbers and ISO strings; no time zone involved.
 */
import type { DeadlineRelation } from '../types.js';
import { addDays, daysInMonth, isValidYmd, parseIso, toIso } from './calendar.js';

/** The document date; any part may be unknown (drafts leave the day blank). */
export interface DateContext {
  year: number | null;
  month: number | null;
  day: number | null;
}

export const UNKNOWN_DATE: DateContext = { year: null, month: null, day: null };

/**
 * The year of a date or period written without one. It comes from the document date; when
 * the month has already passed in the document's year and the sense is future (every
 * deadline is), the following year. `month` is the period's last month (3 for "quý I").
 * Null when the document year is unknown: never guess.
 */
export function inferYear(month: number, ctx: DateContext): number | null {
  if (ctx.year == null) return null;
  if (ctx.month != null && month < ctx.month) return ctx.year + 1;
  return ctx.year;
}

/** A two-digit-or-four-digit year as written → full year, or null when absent. */
export function writtenYear(text: string | undefined): number | null {
  if (!text) return null;
  const n = Number(text);
  return Number.isInteger(n) && n >= 1900 && n <= 2099 ? n : null;
}

export interface DayPieces {
  day: number;
  month: number;
  /** null when left out. */
  year: number | null;
}

/**
 * Resolves day/month/(year) to an ISO date. `undefined` = the pieces are not a date
 * (31/2, 00/13: the rule should decline); `null` = a real date whose year cannot be known.
 */
export function resolveDay(p: DayPieces, ctx: DateContext): string | null | undefined {
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31) return undefined;
  const year = p.year ?? inferYear(p.month, ctx);
  if (year == null) return p.day <= daysInMonth(2024, p.month) ? null : undefined;
  if (!isValidYmd(year, p.month, p.day)) return undefined;
  return toIso(year, p.month, p.day);
}

export function lastDayOfMonth(y: number, m: number): string {
  return toIso(y, m, daysInMonth(y, m));
}

export function quarterEnd(y: number, q: number): string {
  return lastDayOfMonth(y, q * 3);
}

/** "đầu/giữa/cuối tháng" = 1st, 15th, last day (BLDS Art. 146(2)). */
export function partOfMonth(part: 'đầu' | 'giữa' | 'cuối', y: number, m: number): string {
  if (part === 'đầu') return toIso(y, m, 1);
  if (part === 'giữa') return toIso(y, m, 15);
  return lastDayOfMonth(y, m);
}

/** "đầu/giữa/cuối năm" = 1 January, 30 June, 31 December (BLDS Art. 146(3)). */
export function partOfYear(part: 'đầu' | 'giữa' | 'cuối', y: number): string {
  if (part === 'đầu') return toIso(y, 1, 1);
  if (part === 'giữa') return toIso(y, 6, 30);
  return toIso(y, 12, 31);
}

/** First day of the period a `date` value denotes ("2026-03" → 2026-03-01, "2026" → 2026-01-01). */
export function periodStart(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date;
}

/** Last day of the period a `date` value denotes ("2026-02" → 2026-02-28, "2026" → 2026-12-31). */
export function periodLastDay(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  if (/^\d{4}-\d{2}$/.test(date)) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return lastDayOfMonth(y, m);
  }
  return date;
}

export function isoMonth(y: number, m: number): string {
  return toIso(y, m, 1).slice(0, 7);
}

/** Whether an ISO date value (any precision) is syntactically valid. */
export function isDateValue(s: string): boolean {
  if (/^\d{4}$/.test(s)) return true;
  if (/^\d{4}-\d{2}$/.test(s)) {
    const m = Number(s.slice(5));
    return m >= 1 && m <= 12;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const { y, m, d } = parseIso(s);
  return isValidYmd(y, m, d);
}

/**
 * The last permissible day (SPEC "Deadlines"): before → the day before X, or X itself when a
 * clock time is given; by/on → X (the period's last day for month or year precision);
 * range → the end; from/recurring → null; within is computed by its rule.
 */
export function dueFor(relation: DeadlineRelation, date: string | null, end: string | null, time: string | null): string | null {
  switch (relation) {
    case 'before':
      if (date == null) return null;
      if (time != null) return periodLastDay(date);
      return addDays(periodStart(date), -1);
    case 'by':
    case 'on':
      return date == null ? null : periodLastDay(date);
    case 'range':
      return end == null ? null : periodLastDay(end);
    case 'from':
    case 'recurring':
    case 'within':
      return null;
  }
}

/** "HH:MM" from hour, minute and a day part ("4 giờ chiều" → 16:00); null when out of range. */
export function clockTime(hour: number, minute: number, dayPart: { pm: boolean; noon?: boolean } | undefined): string | null {
  let h = hour;
  if (dayPart?.pm && h >= 1 && h < 12) h += 12;
  if (dayPart?.noon && h >= 1 && h <= 2) h += 12;
  if (h < 0 || h > 23 || minute < 0 || minute > 59) return null;
  return `${h < 10 ? '0' : ''}${h}:${minute < 10 ? '0' : ''}${minute}`;
}
