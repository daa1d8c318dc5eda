import { describe, expect, it } from 'vitest';
import { builtInEvents, yearName } from '../../src/resolve/events.js';
import { findDeadlines, foldName } from '../../src/extract/deadlines.js';

describe('events every document may name: Tết Nguyên đán', () => {
  it('names the years', () => {
    expect([2024, 2025, 2026, 2027].map(yearName)).toEqual(['Giáp Thìn', 'Ất Tỵ', 'Bính Ngọ', 'Đinh Mùi']);
  });
  it('resolves "trước Tết Nguyên đán Bính Ngọ" and plain "Tết Nguyên đán" after the document date', () => {
    const doc = { year: 2026, month: 1, day: 10 };
    const named = new Map([...builtInEvents(doc)].map(([k, v]) => [foldName(k), v]));
    const got = findDeadlines('tặng quà hộ nghèo trước Tết Nguyên đán Bính Ngọ; rà soát trước Tết Nguyên đán.', doc, named);
    expect(got.map((m) => [m.value.relation, m.value.date, m.value.due])).toEqual([
      ['before', '2026-02-17', '2026-02-16'],
      ['before', '2026-02-17', '2026-02-16'],
    ]);
    // After Tết of 2026, plain "Tết Nguyên đán" is the next one (2027-02-06).
    expect(builtInEvents({ year: 2026, month: 5, day: 1 }).get('tết nguyên đán')).toBe('2027-02-06');
  });
});

describe('events every document may name: Tết Dương lịch', () => {
  it('resolves "trước Tết Dương lịch 2027" and plain "Tết Dương lịch" as the next 1 January', () => {
    const doc = { year: 2026, month: 12, day: 14 };
    const named = new Map([...builtInEvents(doc)].map(([k, v]) => [foldName(k), v]));
    const got = findDeadlines('hoàn thành trước Tết Dương lịch 2027; dọn dẹp xong trước Tết Dương lịch.', doc, named);
    expect(got.map((m) => [m.value.relation, m.value.date, m.value.due])).toEqual([
      ['before', '2027-01-01', '2026-12-31'],
      ['before', '2027-01-01', '2026-12-31'],
    ]);
    // A holiday named with no limit word is no deadline.
    expect(findDeadlines('Cán bộ nghỉ Tết Dương lịch theo quy định.', doc, named)).toEqual([]);
  });
});

describe('events every document may name: the eve of Tết', () => {
  it('schedules "vào đêm giao thừa" on the last day of the lunar year; an emphasis gives nothing', () => {
    const doc = { year: 2024, month: 12, day: 26 };
    const named = new Map([...builtInEvents(doc)].map(([k, v]) => [foldName(k), v]));
    const got = findDeadlines('tổ chức chương trình nghệ thuật và bắn pháo hoa tầm thấp vào đêm giao thừa; các xã tổ chức vui Xuân.', doc, named);
    expect(got.map((m) => [m.value.relation, m.value.date])).toEqual([['on', '2025-01-28']]);
    expect(findDeadlines('tăng cường tuần tra, nhất là trong đêm giao thừa và các ngày lễ hội.', doc, named)).toEqual([]);
  });
});
