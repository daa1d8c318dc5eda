/**
 * Calendar-day arithmetic on ISO strings. Every date here is a civil date in Vietnam; it
 * is handled as a UTC midnight only to count days, so the machine's time zone never
 * matters (no `new Date(y, m, d)`, no local getters, no date-fns local-time helpers).
 */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/u;
const MONTH = /^(\d{4})-(\d{2})$/u;
const YEAR = /^(\d{4})$/u;
const DAY_MS = 86_400_000;

/** A real calendar day "YYYY-MM-DD", else null ("2026-02-30", "2026-03", "" → null). */
export function parseIso(iso: string | null | undefined): Ymd | null {
  if (!iso) return null;
  const m = FULL.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return { y, m: mo, d };
}

export function isFullDate(iso: string | null | undefined): iso is string {
  return parseIso(iso) !== null;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function toIso({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function toDayNumber(iso: string): number {
  const p = parseIso(iso);
  if (!p) throw new RangeError(`not an ISO date: ${iso}`);
  return Date.UTC(p.y, p.m - 1, p.d) / DAY_MS;
}

function fromDayNumber(n: number): string {
  const dt = new Date(n * DAY_MS);
  return toIso({ y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() });
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** b − a in days. */
export function diffDays(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(toDayNumber(iso) * DAY_MS).getUTCDay();
}

/** First and last day of a date of any precision ("2026", "2026-03", "2026-03-05"). */
export function periodStart(date: string | null | undefined): string | null {
  if (!date) return null;
  if (isFullDate(date)) return date;
  let m = MONTH.exec(date);
  if (m) {
    const mo = Number(m[2]);
    return mo >= 1 && mo <= 12 ? `${m[1]}-${m[2]}-01` : null;
  }
  m = YEAR.exec(date);
  return m ? `${m[1]}-01-01` : null;
}

export function periodEnd(date: string | null | undefined): string | null {
  if (!date) return null;
  if (isFullDate(date)) return date;
  let m = MONTH.exec(date);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return mo >= 1 && mo <= 12 ? toIso({ y, m: mo, d: daysInMonth(y, mo) }) : null;
  }
  m = YEAR.exec(date);
  return m ? `${m[1]}-12-31` : null;
}

/** "07/03/2026". */
export function formatDmy(iso: string): string {
  const p = parseIso(iso);
  if (!p) return iso;
  return `${String(p.d).padStart(2, '0')}/${String(p.m).padStart(2, '0')}/${p.y}`;
}

/** "07/03". */
export function formatDm(iso: string): string {
  return formatDmy(iso).slice(0, 5);
}

/** "20260307". */
export function compactDate(iso: string): string {
  return iso.replace(/-/gu, '');
}

/** "HH:MM" → minutes after midnight, or null when malformed. */
export function parseTime(time: string | null | undefined): number | null {
  if (!time) return null;
  const m = /^(\d{1,2}):(\d{2})$/u.exec(time);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  // "24:00" (end of the day) is no clock time: such a deadline stays all-day.
  if (h > 23 || min > 59) return null;
  return h * 60 + min;
}
