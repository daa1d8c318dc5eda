/**
 * The Vietnamese civil-service calendar: ISO day arithmetic (UTC only, never the machine's
 * time zone), the lunar calendar at UTC+7, public holidays and working days, and period
 * counting under Bộ luật Dân sự 2015 Arts. 147–148. See REFERENCE.md §4.4, §4.6, §4.7.
 */

// ---------------------------------------------------------------------------------------
// ISO day arithmetic on "YYYY-MM-DD" strings via day numbers (days since 1970-01-01 UTC).

const DAY_MS = 86_400_000;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const pad2 = (n: number): string => (n < 10 ? '0' : '') + String(n);
const pad4 = (n: number): string => String(n).padStart(4, '0');

export function toIso(y: number, m: number, d: number): string {
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

export function parseIso(iso: string): { y: number; m: number; d: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

export function dayNumber(iso: string): number {
  const { y, m, d } = parseIso(iso);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(n: number): string {
  const dt = new Date(n * DAY_MS);
  return toIso(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

export function addDays(iso: string, n: number): string {
  return fromDayNumber(dayNumber(iso) + n);
}

/** Same day `n` months later; the month's last day when it lacks that day (Art. 148). */
export function addMonths(iso: string, n: number): string {
  const { y, m, d } = parseIso(iso);
  const idx = y * 12 + (m - 1) + n;
  const ny = Math.floor(idx / 12);
  const nm = (idx % 12) + 1;
  return toIso(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  const dow = new Date(dayNumber(iso) * DAY_MS).getUTCDay();
  return dow === 0 ? 7 : dow;
}

// ---------------------------------------------------------------------------------------
// Lunar calendar — Hồ Ngọc Đức's algorithm (astronomical new moons and solar terms),
// evaluated at UTC+7. A Chinese (UTC+8) calendar differs in some years (Tết 2030, 2007).

const PI = Math.PI;

export function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = Math.floor((14 - mm) / 12);
  const y = yy + 4800 - a;
  const m = mm + 12 * a - 3;
  let jd = dd + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
  if (jd < 2299161) jd = dd + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
  return jd;
}

export function jdToDate(jd: number): { y: number; m: number; d: number } {
  let b: number;
  let c: number;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = Math.floor((4 * a + 3) / 146097);
    c = a - Math.floor((b * 146097) / 4);
  } else {
    b = 0;
    c = jd + 32082;
  }
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = b * 100 + d - 4800 + Math.floor(m / 10);
  return { y: year, m: month, d: day };
}

function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  C1 = C1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  C1 -= 0.0004 * Math.sin(dr * 3 * Mpr);
  C1 = C1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  C1 = C1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  C1 = C1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  C1 = C1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltat = T < -11
    ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
    : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + C1 - deltat;
}

function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L -= PI * 2 * Math.floor(L / (PI * 2));
  return L;
}

function sunSector(dayNo: number, tz: number): number {
  return Math.floor((sunLongitude(dayNo - 0.5 - tz / 24) / PI) * 6);
}

function newMoonDay(k: number, tz: number): number {
  return Math.floor(newMoon(k) + 0.5 + tz / 24);
}

function lunarMonth11(yy: number, tz: number): number {
  const off = jdFromDate(31, 12, yy) - 2415021;
  const k = Math.floor(off / 29.530588853);
  let nm = newMoonDay(k, tz);
  if (sunSector(nm, tz) >= 9) nm = newMoonDay(k - 1, tz);
  return nm;
}

function leapMonthOffset(a11: number, tz: number): number {
  const k = Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let last: number;
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, tz), tz);
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}

/**
 * Lunar → solar date (ISO), at `tz` hours east of UTC (7 for Vietnam). Returns null for a
 * leap month that the year does not have.
 */
export function lunarToSolar(lunarDay: number, lunarMonth: number, lunarYear: number, leap = false, tz = 7): string | null {
  let a11: number;
  let b11: number;
  if (lunarMonth < 11) {
    a11 = lunarMonth11(lunarYear - 1, tz);
    b11 = lunarMonth11(lunarYear, tz);
  } else {
    a11 = lunarMonth11(lunarYear, tz);
    b11 = lunarMonth11(lunarYear + 1, tz);
  }
  const k = Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let off = lunarMonth - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, tz);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && lunarMonth !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return null;
  }
  const monthStart = newMoonDay(k + off, tz);
  const { y, m, d } = jdToDate(monthStart + lunarDay - 1);
  return toIso(y, m, d);
}

/** Solar (ISO) → lunar date at `tz`. */
export function solarToLunar(iso: string, tz = 7): { day: number; month: number; year: number; leap: boolean } {
  const { y: yy, m: mm, d: dd } = parseIso(iso);
  const dayNo = jdFromDate(dd, mm, yy);
  const k = Math.floor((dayNo - 2415021.076998695) / 29.530588853);
  let monthStart = newMoonDay(k + 1, tz);
  if (monthStart > dayNo) monthStart = newMoonDay(k, tz);
  let a11 = lunarMonth11(yy, tz);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = yy;
    a11 = lunarMonth11(yy - 1, tz);
  } else {
    lunarYear = yy + 1;
    b11 = lunarMonth11(yy + 1, tz);
  }
  const lunarDay = dayNo - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let lunarMonth = diff + 11;
  if (b11 - a11 > 365) {
    const leapMonthDiff = leapMonthOffset(a11, tz);
    if (diff >= leapMonthDiff) {
      lunarMonth = diff + 10;
      if (diff === leapMonthDiff) leap = true;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
  return { day: lunarDay, month: lunarMonth, year: lunarYear, leap };
}

/** Mùng 1 Tết of the lunar year that begins in Gregorian year `year`. */
export function tetDate(year: number, tz = 7): string {
  const key = year * 100 + tz;
  let iso = TET_DATES.get(key);
  if (iso === undefined) {
    iso = lunarToSolar(1, 1, year, false, tz)!;
    TET_DATES.set(key, iso);
  }
  return iso;
}
/** tetDate by year and zone: every document asks for the Tết of four years or more. */
const TET_DATES = new Map<number, string>();

/** Giỗ Tổ Hùng Vương: 10th day of the 3rd lunar month. */
export function gioToDate(year: number, tz = 7): string {
  return lunarToSolar(10, 3, year, false, tz)!;
}

// ---------------------------------------------------------------------------------------
// Public holidays (Bộ luật Lao động 2019, Điều 112) and the state-employee schedule.

export interface HolidayYear {
  /** Weekdays off (holidays, compensatory days, swapped days), ISO. */
  off: readonly string[];
  /** Saturdays or Sundays worked in exchange for a swapped day, ISO. */
  work: readonly string[];
  /** Where the schedule comes from; "rule" when derived by `holidaysByRule`. */
  source: string;
}

/**
 * Announced schedules. Only weekdays need listing in `off`: weekends are rest days anyway.
 * [S] = several secondary sources agree, [U] = unconfirmed, as in REFERENCE.md.
 */
export const HOLIDAY_TABLE: Readonly<Record<number, HolidayYear>> = {
  2025: {
    off: [
      '2025-01-01', // Tết Dương lịch (Wed)
      '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', // Tết Ất Tỵ, off Sat 25/1 – Sun 2/2 [S]
      '2025-04-07', // Giỗ Tổ (Mon)
      '2025-04-30', '2025-05-01', // 30/4 (Wed), 1/5 (Thu)
      '2025-05-02', // swapped with Sat 26/4 for state employees [S: TB 6150/TB-BLĐTBXH]
      '2025-09-01', '2025-09-02', // Quốc khánh, off Sat 30/8 – Tue 2/9 [S]
    ],
    work: ['2025-04-26'],
    source: 'TB 6150/TB-BLĐTBXH (2024) as reported; Tết 2025 dates [S]',
  },
  2026: {
    off: [
      '2026-01-01', // Tết Dương lịch (Thu)
      '2026-01-02', // swapped with Sat 10/1 [S: one report of VPCP 12729/VPCP-KGVX, 25/12/2025; REFERENCE.md lists it as proposed]
      '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', // Tết Bính Ngọ, off Sat 14/2 – Sun 22/2 [S: TB 9441/TB-BNV]
      '2026-04-27', // Giỗ Tổ falls on Sun 26/4 → compensatory Mon 27/4 [S]
      '2026-04-30', '2026-05-01', // 30/4 (Thu), 1/5 (Fri)
      '2026-09-01', '2026-09-02', // Quốc khánh: 2/9 (Wed) + adjacent 1/9 [U]
      '2026-11-24', // Ngày Văn hóa Việt Nam, from 2026 [S]
    ],
    work: ['2026-01-10'],
    source: 'REFERENCE.md §4.6 (2026 schedule)',
  },
  2027: {
    off: [
      '2027-01-01', // Tết Dương lịch (Fri)
      // Tết Đinh Mùi: 30 Chạp Fri 5/2 + mùng 1–4 (Sat 6/2 – Tue 9/2); Sat 6 and Sun 7 → compensatory Wed 10, Thu 11 [U: by rule]
      '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11',
      '2027-04-16', // Giỗ Tổ (Fri)
      '2027-04-30', // 30/4 (Fri)
      '2027-05-03', // 1/5 falls on Sat → compensatory Mon 3/5 [U: by rule]
      '2027-09-02', '2027-09-03', // Quốc khánh: 2/9 (Thu) + adjacent 3/9 [U: by rule]
      '2027-11-24', // Ngày Văn hóa Việt Nam (Wed)
    ],
    work: [],
    source: 'derived by rule (not yet announced) [U]',
  },
};

/**
 * Holidays for a year without an announced schedule: the statutory days, Tết as the last day
 * of the lunar year plus mùng 1–4, the Quốc khánh adjacent day (1/9, or 3/9 when 2/9 is a
 * Thursday or Friday), Ngày Văn hóa Việt Nam from 2026, and a compensatory working day for
 * each holiday that falls on a weekend (Bộ luật Lao động Art. 111(3)).
 */
export function holidaysByRule(year: number): HolidayYear {
  const days = new Set<string>();
  days.add(toIso(year, 1, 1));
  const tet = tetDate(year);
  for (let i = -1; i <= 3; i++) days.add(addDays(tet, i));
  days.add(gioToDate(year));
  days.add(toIso(year, 4, 30));
  days.add(toIso(year, 5, 1));
  const qk = toIso(year, 9, 2);
  const qkDow = isoWeekday(qk);
  days.add(qk);
  days.add(qkDow === 4 || qkDow === 5 ? toIso(year, 9, 3) : toIso(year, 9, 1));
  if (year >= 2026) days.add(toIso(year, 11, 24));
  const sorted = [...days].sort();
  const off = new Set(sorted.filter((d) => isoWeekday(d) <= 5));
  for (const d of sorted) {
    if (isoWeekday(d) <= 5) continue;
    let c = addDays(d, 1);
    while (isoWeekday(c) > 5 || days.has(c) || off.has(c)) c = addDays(c, 1);
    off.add(c);
  }
  return { off: [...off].sort(), work: [], source: 'rule' };
}

const yearCache = new Map<number, { off: ReadonlySet<string>; work: ReadonlySet<string> }>();

function yearSets(year: number): { off: ReadonlySet<string>; work: ReadonlySet<string> } {
  let sets = yearCache.get(year);
  if (!sets) {
    const y = HOLIDAY_TABLE[year] ?? holidaysByRule(year);
    sets = { off: new Set(y.off), work: new Set(y.work) };
    yearCache.set(year, sets);
  }
  return sets;
}

/** Whether a state employee works on `iso` (Mon–Fri, not a holiday; swapped Saturdays count). */
export function isWorkingDay(iso: string): boolean {
  const { y } = parseIso(iso);
  const sets = yearSets(y);
  if (sets.work.has(iso)) return true;
  if (isoWeekday(iso) > 5) return false;
  return !sets.off.has(iso);
}

/** The first working day on or after `iso`. */
export function nextWorkingDay(iso: string): string {
  let d = iso;
  for (let i = 0; i < 60 && !isWorkingDay(d); i++) d = addDays(d, 1);
  return d;
}

/** The `n`-th working day after `iso` (day 1 is the first working day after it). */
export function addWorkingDays(iso: string, n: number): string {
  let d = iso;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** The `n`-th working day before `iso`. */
export function subtractWorkingDays(iso: string, n: number): string {
  let d = iso;
  let left = n;
  while (left > 0) {
    d = addDays(d, -1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

export type PeriodUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

/**
 * Last day of a period of `n` units counted from the day `start` (BLDS 2015): the period
 * starts the day after (Art. 147); days end on the n-th day, weeks/months/years on the
 * corresponding day (the month's last day if it lacks one); a last day that is a rest day
 * or public holiday moves to the next working day (Art. 148). Working days count only
 * working days. Hours return null: their end depends on a start moment the text rarely gives.
 */
export function periodEnd(start: string, n: number, unit: PeriodUnit, workingDays = false): string | null {
  if (!Number.isInteger(n) || n < 0 || n > 100_000) return null;
  if (unit === 'hour') return null;
  if (workingDays && unit === 'day') return addWorkingDays(start, n);
  let end: string;
  switch (unit) {
    case 'day': end = addDays(start, n); break;
    case 'week': end = addDays(start, 7 * n); break;
    case 'month': end = addMonths(start, n); break;
    case 'year': end = addMonths(start, 12 * n); break;
  }
  return nextWorkingDay(end);
}
