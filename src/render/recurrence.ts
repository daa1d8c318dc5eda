/**
 * Just enough RFC 5545 recurrence to place a recurring deadline: the first occurrence on or
 * after a day (the DTSTART of the exported series) and the next occurrence on or after
 * today (the agenda). Day-level only: recurring deadlines are whole days, a clock time
 * rides along unchanged (Vietnam has no DST, so the local day never shifts).
 *
 * Supported: FREQ=DAILY|WEEKLY|MONTHLY|YEARLY (HOURLY and MINUTELY become DAILY), INTERVAL, BYDAY (with ordinals for
 * MONTHLY/YEARLY), BYMONTHDAY (negative too), BYMONTH, BYSETPOS (MONTHLY), UNTIL, COUNT,
 * WKST. Anything else makes `parseRrule` return null and the deadline is treated as
 * having no usable date.
 */
import { addDays, daysInMonth, diffDays, parseIso, toIso, weekday } from './dates.js';

type Freq = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

export interface Rule {
  freq: Freq;
  interval: number;
  byDay: Array<{ ord: number | null; wd: number }>;
  byMonthDay: number[];
  byMonth: number[];
  bySetPos: number[];
  /** Last permissible day (ISO), from UNTIL. */
  until: string | null;
  count: number | null;
  wkst: number;
  /** The rule's parts in their original order, for re-serialising. */
  parts: Array<[string, string]>;
}

const WD: Record<string, number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };
const FREQS = new Set<Freq>(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
const KNOWN = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'UNTIL', 'COUNT', 'WKST']);
/** How far ahead an occurrence is looked for (covers 29 Feb of a yearly rule). */
const HORIZON_DAYS = 366 * 8 + 2;

function intList(value: string, min: number, max: number, allowNegative: boolean): number[] | null {
  const out: number[] = [];
  for (const part of value.split(',')) {
    if (!/^[+-]?\d{1,3}$/u.test(part)) return null;
    const n = Number(part);
    if (n === 0 || Math.abs(n) < min || Math.abs(n) > max || (n < 0 && !allowNegative)) return null;
    out.push(n);
  }
  return out;
}

export function parseRrule(rrule: string | null | undefined): Rule | null {
  if (!rrule) return null;
  const text = rrule.trim().replace(/^RRULE:/iu, '');
  const parts: Array<[string, string]> = [];
  for (const piece of text.split(';')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    if (eq <= 0) return null;
    const key = piece.slice(0, eq).toUpperCase();
    if (!KNOWN.has(key) || parts.some(([k]) => k === key)) return null;
    parts.push([key, piece.slice(eq + 1).toUpperCase()]);
  }
  // "03 giờ/lần" (FREQ=HOURLY;INTERVAL=3): the calendar is day-level, so a rule that recurs
  // within a day is a daily one there; the deadline as written says how often.
  const sub = parts.find(([k]) => k === 'FREQ');
  if (sub && (sub[1] === 'HOURLY' || sub[1] === 'MINUTELY')) {
    const kept = parts.filter(([k]) => k !== 'INTERVAL' && k !== 'FREQ');
    parts.length = 0;
    parts.push(['FREQ', 'DAILY'], ...kept);
  }
  const get = (k: string) => parts.find(([key]) => key === k)?.[1];
  const freq = get('FREQ') as Freq | undefined;
  if (!freq || !FREQS.has(freq)) return null;
  const rule: Rule = {
    freq,
    interval: 1,
    byDay: [],
    byMonthDay: [],
    byMonth: [],
    bySetPos: [],
    until: null,
    count: null,
    wkst: 1,
    parts,
  };
  const interval = get('INTERVAL');
  if (interval !== undefined) {
    if (!/^\d{1,3}$/u.test(interval) || Number(interval) < 1) return null;
    rule.interval = Number(interval);
  }
  const byDay = get('BYDAY');
  if (byDay !== undefined) {
    for (const part of byDay.split(',')) {
      const m = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/u.exec(part);
      if (!m) return null;
      const ord = m[1] === undefined ? null : Number(m[1]);
      if (ord === 0 || (ord !== null && Math.abs(ord) > 53)) return null;
      rule.byDay.push({ ord, wd: WD[m[2] as string] as number });
    }
  }
  const lists: Array<[string, keyof Pick<Rule, 'byMonthDay' | 'byMonth' | 'bySetPos'>, number, boolean]> = [
    ['BYMONTHDAY', 'byMonthDay', 31, true],
    ['BYMONTH', 'byMonth', 12, false],
    ['BYSETPOS', 'bySetPos', 366, true],
  ];
  for (const [key, field, max, neg] of lists) {
    const v = get(key);
    if (v === undefined) continue;
    const list = intList(v, 1, max, neg);
    if (!list) return null;
    rule[field] = list;
  }
  const until = get('UNTIL');
  if (until !== undefined) {
    const m = /^(\d{4})(\d{2})(\d{2})(?:T\d{6}Z?)?$/u.exec(until);
    const iso = m ? `${m[1]}-${m[2]}-${m[3]}` : null;
    if (!iso || !parseIso(iso)) return null;
    rule.until = iso;
  }
  const count = get('COUNT');
  if (count !== undefined) {
    if (!/^\d{1,4}$/u.test(count) || Number(count) < 1) return null;
    rule.count = Number(count);
  }
  if (rule.until !== null && rule.count !== null) return null;
  const wkst = get('WKST');
  if (wkst !== undefined) {
    if (!(wkst in WD)) return null;
    rule.wkst = WD[wkst] as number;
  }
  return rule;
}

/** Does `iso` carry an occurrence of `rule` for a series starting at `start` (phase ignored)? */
function matchesDay(rule: Rule, iso: string, start: string): boolean {
  const p = parseIso(iso);
  const s = parseIso(start);
  if (!p || !s) return false;
  if (rule.byMonth.length > 0 && !rule.byMonth.includes(p.m)) return false;
  const dim = daysInMonth(p.y, p.m);
  if (rule.byMonthDay.length > 0 && !rule.byMonthDay.some((n) => (n > 0 ? n : dim + n + 1) === p.d)) return false;
  const wd = weekday(iso);
  if (rule.byDay.length > 0) {
    const ok = rule.byDay.some(({ ord, wd: w }) => {
      if (w !== wd) return false;
      if (ord === null || rule.freq === 'WEEKLY' || rule.freq === 'DAILY') return true;
      if (rule.freq === 'MONTHLY' || rule.byMonth.length > 0) {
        return ord > 0 ? Math.ceil(p.d / 7) === ord : Math.ceil((dim - p.d + 1) / 7) === -ord;
      }
      const dayOfYear = diffDays(`${p.y}-01-01`, iso) + 1;
      const daysInYear = diffDays(`${p.y}-01-01`, `${p.y + 1}-01-01`);
      return ord > 0 ? Math.ceil(dayOfYear / 7) === ord : Math.ceil((daysInYear - dayOfYear + 1) / 7) === -ord;
    });
    if (!ok) return false;
  }
  if (rule.byDay.length === 0 && rule.byMonthDay.length === 0) {
    // No day given: the day comes from DTSTART (RFC 5545 §3.3.10).
    if (rule.freq === 'WEEKLY' && wd !== weekday(start)) return false;
    if (rule.freq === 'MONTHLY' && p.d !== s.d) return false;
    if (rule.freq === 'YEARLY' && (p.d !== s.d || (rule.byMonth.length === 0 && p.m !== s.m))) return false;
  }
  if (rule.bySetPos.length > 0 && rule.freq === 'MONTHLY') {
    const candidates: string[] = [];
    for (let d = 1; d <= dim; d++) {
      const day = toIso({ y: p.y, m: p.m, d });
      if (matchesDay({ ...rule, bySetPos: [] }, day, start)) candidates.push(day);
    }
    return rule.bySetPos.some((n) => candidates[n > 0 ? n - 1 : candidates.length + n] === iso);
  }
  return true;
}

/** Is `iso` in the same INTERVAL phase as `start`? */
function inPhase(rule: Rule, iso: string, start: string): boolean {
  if (rule.interval === 1) return true;
  const a = parseIso(start);
  const b = parseIso(iso);
  if (!a || !b) return false;
  let steps: number;
  switch (rule.freq) {
    case 'DAILY':
      steps = diffDays(start, iso);
      break;
    case 'WEEKLY': {
      const weekStart = (d: string) => addDays(d, -((weekday(d) - rule.wkst + 7) % 7));
      steps = diffDays(weekStart(start), weekStart(iso)) / 7;
      break;
    }
    case 'MONTHLY':
      steps = (b.y - a.y) * 12 + (b.m - a.m);
      break;
    case 'YEARLY':
      steps = b.y - a.y;
      break;
  }
  return steps % rule.interval === 0;
}

/**
 * The first day on or after `anchor` that carries an occurrence: the DTSTART of the series.
 * Null when the rule has ended before (UNTIL) or matches nothing within eight years.
 */
export function firstOccurrence(rule: Rule, anchor: string): string | null {
  for (let i = 0; i <= HORIZON_DAYS; i++) {
    const day = addDays(anchor, i);
    if (rule.until !== null && day > rule.until) return null;
    if (matchesDay(rule, day, anchor)) return day;
  }
  return null;
}

/** The first occurrence on or after `from` of the series that starts at `start`. */
export function nextOccurrence(rule: Rule, start: string, from: string): string | null {
  const begin = rule.count !== null || from < start ? start : from;
  const stop = addDays(from > start ? from : start, HORIZON_DAYS);
  let seen = 0;
  for (let day = begin; day <= stop; day = addDays(day, 1)) {
    if (rule.until !== null && day > rule.until) return null;
    if (!inPhase(rule, day, start) || !matchesDay(rule, day, start)) continue;
    seen++;
    if (rule.count !== null && seen > rule.count) return null;
    if (day >= from) return day;
  }
  return null;
}

/**
 * The RRULE value to write: FREQ first (RFC 5545 requires nothing else, but some clients
 * do), UNTIL rewritten to the value type of DTSTART — a DATE for all-day series, the end
 * of that Vietnamese day in UTC for timed ones.
 */
export function formatRrule(rule: Rule, timed: boolean): string {
  const parts = [...rule.parts].sort(([a], [b]) => (a === 'FREQ' ? -1 : b === 'FREQ' ? 1 : 0));
  return parts
    .map(([k, v]) => {
      if (k !== 'UNTIL' || rule.until === null) return `${k}=${v}`;
      const day = rule.until.replace(/-/gu, '');
      // 23:59:59 in Asia/Ho_Chi_Minh (UTC+7) is 16:59:59Z the same day.
      return `UNTIL=${timed ? `${day}T165959Z` : day}`;
    })
    .join(';');
}
