import { describe, expect, it } from 'vitest';
import {
  clockTime,
  dueFor,
  inferYear,
  isDateValue,
  lastDayOfMonth,
  partOfMonth,
  partOfYear,
  periodLastDay,
  periodStart,
  quarterEnd,
  resolveDay,
} from '../../src/resolve/dates.js';

const DOC = { year: 2026, month: 2, day: 25 };

describe('year inference', () => {
  it('takes the document year', () => {
    expect(inferYear(3, DOC)).toBe(2026);
    expect(inferYear(2, DOC)).toBe(2026);
  });
  it('moves to the following year when the month has already passed', () => {
    expect(inferYear(1, DOC)).toBe(2027);
    expect(inferYear(1, { year: 2025, month: 12, day: 10 })).toBe(2026);
  });
  it('uses a year-only document date as it is', () => {
    expect(inferYear(1, { year: 2025, month: null, day: null })).toBe(2025);
  });
  it('never guesses without a document year', () => {
    expect(inferYear(3, { year: null, month: 2, day: null })).toBeNull();
  });
});

describe('resolveDay', () => {
  it('resolves written and implied years', () => {
    expect(resolveDay({ day: 1, month: 3, year: 2026 }, DOC)).toBe('2026-03-01');
    expect(resolveDay({ day: 15, month: 3, year: null }, DOC)).toBe('2026-03-15');
    expect(resolveDay({ day: 15, month: 1, year: null }, DOC)).toBe('2027-01-15');
  });
  it('returns null for a real date of unknown year and undefined for a non-date', () => {
    expect(resolveDay({ day: 15, month: 3, year: null }, { year: null, month: null, day: null })).toBeNull();
    expect(resolveDay({ day: 31, month: 2, year: 2026 }, DOC)).toBeUndefined();
    expect(resolveDay({ day: 45, month: 45, year: null }, DOC)).toBeUndefined();
    expect(resolveDay({ day: 29, month: 2, year: 2026 }, DOC)).toBeUndefined();
    expect(resolveDay({ day: 29, month: 2, year: 2028 }, DOC)).toBe('2028-02-29');
  });
});

describe('period ends (BLDS Art. 146)', () => {
  it('month, quarter, parts of month and year', () => {
    expect(lastDayOfMonth(2026, 2)).toBe('2026-02-28');
    expect(quarterEnd(2026, 1)).toBe('2026-03-31');
    expect(quarterEnd(2026, 2)).toBe('2026-06-30');
    expect(quarterEnd(2026, 3)).toBe('2026-09-30');
    expect(quarterEnd(2026, 4)).toBe('2026-12-31');
    expect(partOfMonth('đầu', 2026, 3)).toBe('2026-03-01');
    expect(partOfMonth('giữa', 2026, 3)).toBe('2026-03-15');
    expect(partOfMonth('cuối', 2026, 2)).toBe('2026-02-28');
    expect(partOfYear('đầu', 2026)).toBe('2026-01-01');
    expect(partOfYear('giữa', 2026)).toBe('2026-06-30');
    expect(partOfYear('cuối', 2026)).toBe('2026-12-31');
  });
  it('first and last days of a value of any precision', () => {
    expect(periodStart('2026-03')).toBe('2026-03-01');
    expect(periodStart('2026')).toBe('2026-01-01');
    expect(periodLastDay('2026-02')).toBe('2026-02-28');
    expect(periodLastDay('2026')).toBe('2026-12-31');
    expect(periodLastDay('2026-03-15')).toBe('2026-03-15');
  });
  it('validates values', () => {
    expect(isDateValue('2026')).toBe(true);
    expect(isDateValue('2026-13')).toBe(false);
    expect(isDateValue('2026-02-30')).toBe(false);
  });
});

describe('due per SPEC', () => {
  it.each([
    ['before', '2026-03-01', null, null, '2026-02-28'],
    ['before', '2026-03-01', null, '16:00', '2026-03-01'],
    ['before', '2026-03', null, null, '2026-02-28'],
    ['by', '2026-03-15', null, null, '2026-03-15'],
    ['by', '2026-03', null, null, '2026-03-31'],
    ['by', '2026', null, null, '2026-12-31'],
    ['on', '2026-03-15', null, null, '2026-03-15'],
    ['range', '2026-03-10', '2026-03-15', null, '2026-03-15'],
    ['range', '2026-03', '2026-05', null, '2026-05-31'],
    ['from', '2026-03-10', null, null, null],
    ['recurring', null, null, '11:00', null],
    ['within', '2026-02-12', null, null, null],
    ['by', null, null, null, null],
  ] as const)('%s %s … → %s', (relation, date, end, time, due) => {
    expect(dueFor(relation, date, end, time)).toBe(due);
  });
});

describe('clock times', () => {
  it.each([
    [16, 0, undefined, '16:00'],
    [4, 0, { pm: true }, '16:00'],
    [8, 0, { pm: false }, '08:00'],
    [14, 0, { pm: true }, '14:00'],
    [12, 0, { pm: false, noon: true }, '12:00'],
    [1, 0, { pm: false, noon: true }, '13:00'],
    [7, 30, undefined, '07:30'],
    [25, 0, undefined, null],
    [10, 75, undefined, null],
  ] as const)('%i:%i %o → %s', (h, m, part, want) => {
    expect(clockTime(h, m, part)).toBe(want);
  });
});
