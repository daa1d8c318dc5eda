/**
 * Robustness: the engine never throws and always returns well-formed, ordered,
 * non-overlapping matches, on random text, on soups of deadline vocabulary, and on 1 MB
 * adversarial inputs. (Timing is measured by hand, not asserted here.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDeadlines, findNamedDates, foldName, type DeadlineMatch } from '../../src/extract/deadlines.js';
import { isDateValue } from '../../src/resolve/dates.js';
import { DOC, UNKNOWN } from './corpus.js';

const RELATIONS = new Set(['before', 'by', 'on', 'range', 'from', 'recurring', 'within']);
const NAMED = new Map([[foldName('ngày bầu cử'), '2026-03-15']]);

/** Problems with a result list (collected, then asserted once: 1 MB inputs give 10⁵ matches). */
function problems(text: string, got: DeadlineMatch[]): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of got) {
    const v = m.value;
    const where = `${m.start}-${m.end} ${JSON.stringify(m.text)}`;
    if (m.start < last || m.end <= m.start || m.end > text.length) out.push(`bad span ${where}`);
    if (m.text !== text.slice(m.start, m.end)) out.push(`text is not the slice ${where}`);
    last = m.end;
    if (!RELATIONS.has(v.relation)) out.push(`relation ${v.relation}`);
    for (const d of [v.date, v.end, v.due]) if (d !== null && !isDateValue(d)) out.push(`bad date ${d} ${where}`);
    if (v.due !== null && !/^\d{4}-\d{2}-\d{2}$/u.test(v.due)) out.push(`due not a day ${where}`);
    if (v.time !== null && !/^([01]\d|2[0-3]):[0-5]\d$/u.test(v.time)) out.push(`bad time ${v.time} ${where}`);
    if ((v.rrule === null) !== (v.relation !== 'recurring')) out.push(`rrule/relation mismatch ${where}`);
    if (v.relation === 'within' && v.duration === null) out.push(`within without duration ${where}`);
  }
  return out;
}

function wellFormed(text: string, got: DeadlineMatch[]): void {
  expect(problems(text, got).slice(0, 5)).toEqual([]);
}

function check(text: string): void {
  for (const ctx of [DOC, UNKNOWN]) {
    wellFormed(text, findDeadlines(text, ctx, NAMED));
    wellFormed(text, findDeadlines(text, ctx));
    for (const d of findNamedDates(text, ctx)) {
      expect(isDateValue(d.date)).toBe(true);
      expect(text.slice(d.start, d.end)).toBe(d.text);
    }
  }
}

const TOKENS = [
  'trước', 'ngày', 'Ngày', 'chậm nhất', 'là', 'đến', 'hết', 'từ', 'kể từ', 'trong', 'thời hạn', 'vòng', 'sau',
  'dự kiến', 'vào', 'lúc', 'hàng', 'hằng', 'tuần', 'tháng', 'quý', 'năm', 'định kỳ', 'Thứ năm', 'thứ 2', 'CN',
  'ngày bầu cử', '(', ')', '15/3/2026', '1/', '10-15/3/2026', '01.3.2026', '15/3', '31/02/2026', '11h 00 phút',
  '16 giờ 00', '16:00', 'sáng', 'chiều', 'làm việc', '05', 'năm (05)', 'mười lăm', 'I', 'IV', '/2026', '2026',
  'số 17/KH-UBBC', 'Kế hoạch', '**', '*', ',', ';', '.', ':', '-', '–', '\u00a0', 'hoàn thành', 'xong', 'hạn chót',
  'không quá', 'cuối', 'đầu', 'giữa', 'T3/2026', '6 tháng đầu năm', 'lần', 'một', 'hoà', 'Ủy ban', '\uE000', '\uE001',
];
const SEPARATORS = ['', ' ', '  ', '\n', ' \n\n', '\t'];

describe('never throws, always well-formed', () => {
  it('on random strings (any code point)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => check(s)), { numRuns: 300 });
  });

  it('on soups of deadline vocabulary', () => {
    const soup = fc.array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(...SEPARATORS)), { maxLength: 30 })
      .map((parts) => parts.map(([t, s]) => t + s).join(''));
    fc.assert(fc.property(soup, (s) => check(s)), { numRuns: 1000 });
  });

  it('on a mutated real sentence', () => {
    const base = 'hoàn thiện công tác trang hoàng từ ngày 10/3/2026 đến hết ngày bầu cử; báo cáo trước 11h 00 phút ngày Thứ năm hàng tuần';
    const mutated = fc.tuple(fc.nat(base.length), fc.nat(base.length), fc.string({ maxLength: 5 }))
      .map(([a, b, ins]) => base.slice(0, Math.min(a, b)) + ins + base.slice(Math.max(a, b)));
    fc.assert(fc.property(mutated, (s) => check(s)), { numRuns: 500 });
  });

  it.each([
    // a refiner that takes in the time before a weekday ("11h 00 phút ngày Thứ năm") must not
    // reach into a year glued to it ("10/3/2011h")
    ['hoàn thiện công tác trang hoàng từ ngày 10/3/2011h 00 phút ngày Thứ năm hàng tuần'],
  ])('on a mutation that once overlapped: %s', (text) => check(text));

  const MB = 1 << 20;
  const rep = (s: string) => s.repeat(Math.ceil(MB / s.length)).slice(0, MB);
  it.each([
    ['"trước ngày " × n', rep('trước ngày ')],
    ['"1/" × n', rep('1/')],
    ['digits', rep('0123456789')],
    ['"ngày " × n', rep('ngày ')],
    ['"**" unclosed', rep('**trước ')],
    ['whitespace and line breaks', rep(' \n\t ')],
    ['mixed deadlines', rep('từ ngày 1/3/2026 đến hết ngày bầu cử (15/3/2026) trước 11h 00 phút ngày Thứ năm hàng tuần; 45/45 xã; quý I/2026 ')],
    ['"trong năm năm " × n', rep('trong năm năm ')],
  ])('on 1 MB of %s', (_name, text) => {
    expect(text.length).toBe(MB);
    wellFormed(text, findDeadlines(text, DOC, NAMED));
    for (const d of findNamedDates(text, DOC)) expect(isDateValue(d.date)).toBe(true);
  });
});
