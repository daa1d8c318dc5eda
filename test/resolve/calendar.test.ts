import { describe, expect, it } from 'vitest';
import {
  HOLIDAY_TABLE,
  addDays,
  addMonths,
  addWorkingDays,
  gioToDate,
  holidaysByRule,
  isWorkingDay,
  isoWeekday,
  lunarToSolar,
  nextWorkingDay,
  periodEnd,
  solarToLunar,
  subtractWorkingDays,
  tetDate,
} from '../../src/resolve/calendar.js';

describe('lunar calendar at UTC+7 (Hồ Ngọc Đức), REFERENCE §4.6 table', () => {
  // [year, Tết (mùng 1), last day of Chạp, Giỗ Tổ (10/3 âm lịch)]
  const table: Array<[number, string, string, string]> = [
    [2025, '2025-01-29', '2025-01-28', '2025-04-07'],
    [2026, '2026-02-17', '2026-02-16', '2026-04-26'],
    [2027, '2027-02-06', '2027-02-05', '2027-04-16'],
    [2028, '2028-01-26', '2028-01-25', '2028-04-04'],
    [2029, '2029-02-13', '2029-02-12', '2029-04-23'],
    [2030, '2030-02-02', '2030-02-01', '2030-04-12'],
    [2031, '2031-01-23', '2031-01-22', '2031-04-01'],
    [2032, '2032-02-11', '2032-02-10', '2032-04-19'],
    [2033, '2033-01-31', '2033-01-30', '2033-04-09'],
    [2034, '2034-02-19', '2034-02-18', '2034-04-28'],
    [2035, '2035-02-08', '2035-02-07', '2035-04-17'],
  ];
  it.each(table)('%i: Tết %s, giao thừa day %s, Giỗ Tổ %s', (year, tet, eve, gioTo) => {
    expect(tetDate(year)).toBe(tet);
    expect(addDays(tetDate(year), -1)).toBe(eve);
    expect(gioToDate(year)).toBe(gioTo);
    expect(solarToLunar(tet)).toEqual({ day: 1, month: 1, year, leap: false });
    expect(solarToLunar(eve).month).toBe(12);
  });

  it('2030 differs from the Chinese (UTC+8) calendar: 02/02, not 03/02', () => {
    expect(tetDate(2030, 7)).toBe('2030-02-02');
    expect(tetDate(2030, 8)).toBe('2030-02-03');
  });

  it('reproduces the other historic UTC+7/UTC+8 differences (Tết 1985, 2007; Giỗ Tổ 2009)', () => {
    expect(tetDate(1985, 7)).not.toBe(tetDate(1985, 8));
    expect(tetDate(2007, 7)).toBe('2007-02-17');
    expect(tetDate(2007, 8)).toBe('2007-02-18');
    expect(gioToDate(2009, 7)).not.toBe(gioToDate(2009, 8));
  });

  it('29 tháng Chạp Ất Tỵ is New Year’s Eve in 2026 (a 29-day Chạp)', () => {
    expect(solarToLunar('2026-02-16')).toEqual({ day: 29, month: 12, year: 2025, leap: false });
  });

  it('round-trips solar → lunar → solar for every day of 2024–2026', () => {
    for (let d = '2024-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
      const l = solarToLunar(d);
      expect(lunarToSolar(l.day, l.month, l.year, l.leap)).toBe(d);
    }
  });

  it('rejects a leap month the year does not have', () => {
    expect(lunarToSolar(1, 3, 2026, true)).toBeNull();
  });
});

describe('ISO day arithmetic (UTC only)', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
  it('adds months, clamping to the last day (BLDS Art. 148)', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });
  it('knows weekdays (1 = Monday)', () => {
    expect(isoWeekday('2026-03-01')).toBe(7);
    expect(isoWeekday('2026-03-02')).toBe(1);
  });
});

describe('holidays and working days', () => {
  it('has announced or derived tables for 2025–2027', () => {
    expect(Object.keys(HOLIDAY_TABLE).map(Number)).toEqual(expect.arrayContaining([2025, 2026, 2027]));
  });

  it.each([
    ['2026-02-16', false, 'Tết Bính Ngọ'],
    ['2026-02-20', false, 'Tết Bính Ngọ'],
    ['2026-02-23', true, 'first day back after Tết'],
    ['2026-04-27', false, 'compensatory day for Giỗ Tổ on Sunday 26/4'],
    ['2026-04-30', false, '30/4'],
    ['2026-05-01', false, '1/5'],
    ['2026-09-02', false, 'Quốc khánh'],
    ['2026-11-24', false, 'Ngày Văn hóa Việt Nam (from 2026)'],
    ['2026-01-10', true, 'Saturday worked in exchange for 2/1'],
    ['2026-03-02', true, 'an ordinary Monday'],
    ['2026-03-07', false, 'an ordinary Saturday'],
    ['2025-05-02', false, 'swapped with Saturday 26/4/2025'],
    ['2025-04-26', true, 'Saturday worked in 2025'],
    ['2025-01-27', false, 'Tết Ất Tỵ'],
    ['2025-11-24', true, 'no Ngày Văn hóa before 2026'],
    ['2027-05-03', false, 'compensatory day for 1/5/2027 (Saturday)'],
  ])('%s working=%s (%s)', (iso, working) => {
    expect(isWorkingDay(iso)).toBe(working);
  });

  it('derives holidays by rule for years without a table, compensating weekend holidays', () => {
    const y2029 = holidaysByRule(2029);
    expect(y2029.off).toContain('2029-02-13'); // Tết
    expect(y2029.off).toContain('2029-04-23'); // Giỗ Tổ (Mon)
    expect(y2029.off).toContain('2029-04-30');
    expect(y2029.off).toContain('2029-11-26'); // 24/11/2029 is a Saturday → Monday 26/11
    expect(isWorkingDay('2029-02-12')).toBe(false); // last day of the lunar year
  });

  it('counts working days: REFERENCE §4.7 "05 ngày làm việc kể từ ngày 12/02/2026" → 26/02/2026', () => {
    expect(addWorkingDays('2026-02-12', 5)).toBe('2026-02-26');
    expect(addWorkingDays('2026-02-12', 1)).toBe('2026-02-13');
    expect(subtractWorkingDays('2026-02-26', 5)).toBe('2026-02-12');
  });

  it('rolls a period end off rest days: "07 ngày kể từ ngày 23/4/2026" → 04/05/2026 (BLDS Art. 148)', () => {
    expect(periodEnd('2026-04-23', 7, 'day')).toBe('2026-05-04');
  });

  it('counts weeks, months and years from the day after, and leaves hours alone', () => {
    expect(periodEnd('2026-03-02', 2, 'week')).toBe('2026-03-16');
    expect(periodEnd('2026-01-15', 3, 'month')).toBe('2026-04-15');
    expect(periodEnd('2026-01-31', 1, 'month')).toBe('2026-03-02'); // 28/2 is a Saturday
    expect(periodEnd('2026-03-16', 1, 'year')).toBe('2027-03-16');
    expect(periodEnd('2026-03-16', 24, 'hour')).toBeNull();
    expect(periodEnd('2026-02-12', 10, 'day')).toBe('2026-02-23'); // 22/2 is a Sunday in the Tết break
  });

  it('next working day is the day itself when it is one', () => {
    expect(nextWorkingDay('2026-03-02')).toBe('2026-03-02');
    expect(nextWorkingDay('2026-02-14')).toBe('2026-02-23');
  });
});
