import { describe, expect, it } from 'vitest';
import { filterByUnit } from '../../src/render/filter.js';
import { deadline, doc, named, task } from '../support/docs.js';

function sample() {
  return doc({
    namedDates: [named('ngày bầu cử', '2026-03-15')],
    tasks: [
      task('1', { lead: ['Sở Nội vụ'] }),
      task('2', { lead: ['Sở Tài chính'], support: ['Sở Nội vụ', 'Công an tỉnh'] }),
      task('3', { lead: ['UBND tỉnh'] }),
      task('4', { lead: ['Ủy ban nhân dân các xã, phường'] }),
    ],
    deadlines: [
      deadline('1', { date: '2026-03-01' }),
      deadline('2', { date: '2026-03-02' }),
      deadline('3', { date: '2026-03-03' }),
      deadline(null, { date: '2026-03-04', lead: ['Sở Nội vụ'] }),
      deadline(null, { date: '2026-03-05', lead: ['Sở Y tế'] }),
      deadline('9', { date: '2026-03-06', lead: ['Sở Nội vụ'] }), // unknown task: judged by its own lead
    ],
  });
}

describe('filterByUnit', () => {
  it('keeps tasks whose lead or supporting unit matches, ignoring case and diacritics', () => {
    const out = filterByUnit(sample(), 'so noi vu');
    expect(out.tasks.map((t) => t.id)).toEqual(['1', '2']);
    expect(out.deadlines.map((d) => d.date)).toEqual(['2026-03-01', '2026-03-02', '2026-03-04', '2026-03-06']);
  });

  it('understands abbreviations through unitMatches', () => {
    expect(filterByUnit(sample(), 'Ủy ban nhân dân tỉnh').tasks.map((t) => t.id)).toEqual(['3']);
    expect(filterByUnit(sample(), 'xã, phường').tasks.map((t) => t.id)).toEqual(['4']);
  });

  it('keeps the header, named dates and warnings, and does not modify its input', () => {
    const d = sample();
    const copy = structuredClone(d);
    const out = filterByUnit(d, 'Công an tỉnh');
    expect(out.tasks.map((t) => t.id)).toEqual(['2']);
    expect(out.document).toEqual(d.document);
    expect(out.namedDates).toEqual(d.namedDates);
    expect(d).toEqual(copy);
  });

  it('keeps nothing for a unit that is not there, everything for a blank query', () => {
    const out = filterByUnit(sample(), 'Sở Giáo dục và Đào tạo');
    expect(out.tasks).toEqual([]);
    expect(out.deadlines).toEqual([]);
    expect(filterByUnit(sample(), '  ').tasks).toHaveLength(4);
  });
});
