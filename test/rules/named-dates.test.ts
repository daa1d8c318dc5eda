import { describe, expect, it } from 'vitest';
import { findDeadlines, findNamedDates, foldName } from '../../src/extract/deadlines.js';
import { DOC, UNKNOWN } from './corpus.js';

describe('findNamedDates', () => {
  it.each([
    ['ngày bầu cử (15/3/2026)', 'ngày bầu cử', '2026-03-15', 'ngày bầu cử (15/3/2026)'],
    ['Ngày Bầu cử (Chủ nhật, 15/3/2026) là ngày hội', 'ngày bầu cử', '2026-03-15', 'Ngày Bầu cử (Chủ nhật, 15/3/2026)'],
    ['ngày bầu cử là ngày 15/3/2026.', 'ngày bầu cử', '2026-03-15', 'ngày bầu cử là ngày 15/3/2026'],
    ['ngày bầu cử (ngày 15 tháng 3 năm 2026)', 'ngày bầu cử', '2026-03-15', 'ngày bầu cử (ngày 15 tháng 3 năm 2026)'],
    ['trước ngày khai mạc kỳ họp (20/7/2026)', 'ngày khai mạc kỳ họp', '2026-07-20', 'ngày khai mạc kỳ họp (20/7/2026)'],
    // a long qualifier between the two-word name and its date
    ['Còn 13 ngày nữa là đến ngày bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031 (Chủ nhật, ngày 15/3/2026).',
      'ngày bầu cử', '2026-03-15', 'ngày bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031 (Chủ nhật, ngày 15/3/2026)'],
  ])('%s', (text, name, date, phrase) => {
    const got = findNamedDates(text, DOC);
    expect(got.map((d) => [d.name, d.date, d.text])).toEqual([[name, date, phrase]]);
    expect(text.slice(got[0]!.start, got[0]!.end)).toBe(phrase);
  });

  it.each([
    ['ngày thứ Năm (12/3/2026)'],
    ['ngày 25 tháng 02 năm 2021 (thứ Năm)'],
    ['ngày làm việc (trừ thứ Bảy)'],
    ['ngày bầu cử (15/3 và 16/3)'],
    ['ngày bầu cử (45/45)'],
    ['27 tàu cá mất kết nối trên 10 ngày chậm nhất là ngày 31/7/2026'],
  ])('no definition in %s', (text) => {
    expect(findNamedDates(text, DOC)).toEqual([]);
  });

  it('a definition needs its year: "(05/6)" is a yearly observance, not a date of this document', () => {
    expect(findNamedDates('ngày bầu cử (15/3)', UNKNOWN)).toEqual([]);
    expect(findNamedDates('ngày bầu cử (15/3)', DOC)).toEqual([]);
    expect(findNamedDates('hưởng ứng Ngày Môi trường thế giới (05/6)', DOC)).toEqual([]);
  });
});

describe('foldName', () => {
  it.each([
    ['Ngày  Bầu\ncử', 'ngày bầu cử'],
    ['NGÀY BẦU CỬ', 'ngày bầu cử'],
    ['ngày hoà giải', 'ngày hòa giải'],
    ['Uỷ ban', 'ủy ban'],
    ['khoẻ', 'khỏe'],
    ['Ðại hội', 'đại hội'],
    ['quý', 'quý'],
    ['hoàn thành', 'hoàn thành'],
    ['ngày bầu cử'.normalize('NFD'), 'ngày bầu cử'],
  ])('%s → %s', (a, b) => expect(foldName(a)).toBe(b));

  it('is idempotent', () => {
    for (const s of ['ngày hoà giải', 'Uỷ ban', 'NGÀY BẦU CỬ']) expect(foldName(foldName(s))).toBe(foldName(s));
  });
});

describe('named-date mentions', () => {
  it('resolve across tone placement and case', () => {
    const named = new Map([[foldName('ngày hòa giải'), '2026-04-10']]);
    const got = findDeadlines('hoàn thành trước Ngày Hoà giải.', DOC, named);
    expect(got.map((m) => [m.text, m.value.date, m.value.due])).toEqual([['hoàn thành trước Ngày Hoà giải', '2026-04-10', '2026-04-09']]);
  });
  it('a definition in the same text resolves a later mention', () => {
    const text = 'Trong ngày bầu cử (15/3/2026): trực 24/24. Niêm yết đến hết ngày bầu cử.';
    expect(findDeadlines(text, UNKNOWN).map((m) => [m.text, m.value.relation, m.value.date])).toEqual([
      ['Trong ngày bầu cử (15/3/2026)', 'on', '2026-03-15'],
      ['đến hết ngày bầu cử', 'by', '2026-03-15'],
    ]);
  });
  it('reads "<date> (sau đây gọi là ngày bầu cử)"', () => {
    const found = findNamedDates('Cuộc bầu cử được tiến hành vào Chủ nhật, ngày 15 tháng 3 năm 2026 (sau đây gọi là ngày bầu cử).', UNKNOWN);
    expect(found.map((n) => [n.name, n.date])).toEqual([['ngày bầu cử', '2026-03-15']]);
  });
  it('reads a definition after a weekday note: "trong ngày 11/3/2026 (thứ Tư) (sau đây gọi là ngày thi)"', () => {
    const found = findNamedDates('Kỳ thi được tổ chức trong ngày 11/3/2026 (thứ Tư) (sau đây gọi là ngày thi) tại điểm thi', UNKNOWN);
    expect(found.map((n) => [n.name, n.date])).toEqual([['ngày thi', '2026-03-11']]);
  });
  it('reads ", sau đây gọi là ngày X" after a lunar gloss, with no closing parenthesis', () => {
    const found = findNamedDates('Lễ giao, nhận quân được tổ chức vào ngày 03/3/2027 (tức ngày 26 tháng Giêng năm Đinh Mùi), sau đây gọi là ngày giao quân. Chủ tịch UBND các xã ký lệnh chậm nhất 15 ngày trước ngày giao quân.', UNKNOWN);
    expect(found.map((n) => [n.name, n.date])).toEqual([['ngày giao quân', '2027-03-03']]);
  });
  it.each([
    // the gloss and the name in one parenthesis
    ['vào ngày 12-02-2027 (tức mùng 7 tháng Giêng năm Đinh Mùi, sau đây gọi là\nngày phát động); hướng dẫn', 'ngày phát động', '2027-02-12'],
    // a place between the date and the name
    ['vào 7 giờ 00 Chủ nhật ngày 18-4-2027 tại vườn hoa Lạc Long Quân (sau đây gọi là ngày ra quân). Các chi bộ', 'ngày ra quân', '2027-04-18'],
    // an event named after the day it is held
    ['Hội nghị sơ kết được tổ chức vào ngày 26-3-2027 (sau đây gọi là Hội nghị sơ kết). Các nhiệm vụ', 'hội nghị sơ kết', '2027-03-26'],
    ['(Đại hội được tổ chức vào ngày 06/3/2027, sau đây gọi là Đại hội); hoàn thành', 'đại hội', '2027-03-06'],
    ['Lễ ra quân tổ chức ngày 05/4/2027 (sau đây gọi là Lễ ra quân)', 'lễ ra quân', '2027-04-05'],
    // an event's name may say when in the year it is held
    ['Hội nghị sơ kết được tổ chức vào ngày 09-7-2027 (sau đây gọi là Hội nghị giữa năm); Hội', 'hội nghị giữa năm', '2027-07-09'],
    ['vào ngày 06-4-2027 (sau đây gọi là kỳ sinh hoạt đầu nhiệm kỳ)', 'kỳ sinh hoạt đầu nhiệm kỳ', '2027-04-06'],
    // a number among its words
    ['Hội nghị lần thứ mười ba, tổ chức vào ngày 15-7-2027 (sau đây gọi là Hội nghị sơ kết 6 tháng): Sơ kết', 'hội nghị sơ kết 6 tháng', '2027-07-15'],
  ])('reads the name given to a date in %s', (text, name, date) => {
    expect(findNamedDates(text, UNKNOWN).map((n) => [n.name, n.date])).toEqual([[name, date]]);
  });
  it.each([
    // a document, a unit or a bare event word is no name of a date
    ['theo Quyết định số 12/QĐ-UBND ngày 05/3/2026 (sau đây gọi là Quyết định 12)'],
    ['thành lập ngày 05/3/2026 (sau đây gọi là Ban Chỉ đạo)'],
    ['tổ chức ngày 05/3/2026 (sau đây gọi là Lễ)'],
    // a place with a date in it is not skipped over
    ['ngày 05/3/2026 tại Hội trường số 2, tầng 3 (sau đây gọi là ngày họp)'],
  ])('no named date in %s', (text) => {
    expect(findNamedDates(text, UNKNOWN)).toEqual([]);
  });
  it('"kể từ ngày Hội nghị kiểm điểm": an event\'s name after "ngày" stands for its day', () => {
    const text = 'dự kiến vào ngày 15-7-2027 (sau đây gọi là Hội nghị kiểm điểm). Trong thời hạn 10 ngày làm việc kể từ ngày Hội nghị kiểm điểm, tham mưu ban hành quyết định.';
    const within = findDeadlines(text, UNKNOWN).find((m) => m.value.relation === 'within');
    expect([within?.value.date, within?.value.due]).toEqual(['2027-07-15', '2027-07-29']);
  });
  it('counts from an event named after its day: "trước Đại hội 15 ngày", "20 ngày trước Đại hội"', () => {
    const text = 'Đại hội được tổ chức vào ngày 06/3/2027, sau đây gọi là Đại hội. Gửi dự thảo chậm nhất 20 ngày trước Đại hội; báo cáo trước Đại hội 15 ngày.';
    const got = findDeadlines(text, UNKNOWN).map((m) => [m.value.relation, m.value.date]);
    expect(got).toContainEqual(['by', '2027-02-14']);
    expect(got).toContainEqual(['by', '2027-02-19']);
  });
  it('"trình … thông qua tại <a named meeting>" is due by that meeting, unless the clause cites it', () => {
    const text = 'Chi ủy tổ chức kỳ sinh hoạt đầu tiên vào ngày 06-4-2027 (sau đây gọi là kỳ sinh hoạt đầu nhiệm kỳ). Giao Chi ủy xây dựng chương trình, trình Chi bộ thông qua tại kỳ sinh hoạt đầu nhiệm kỳ.';
    expect(findDeadlines(text, UNKNOWN).map((m) => [m.rule, m.value.relation, m.value.date])).toContainEqual(['by-named-meeting', 'by', '2027-04-06']);
    const cited = 'Hội nghị giữa năm được tổ chức vào ngày 09-7-2027 (sau đây gọi là Hội nghị giữa năm). Căn cứ kết luận tại Hội nghị giữa năm, các chi bộ rà soát.';
    expect(findDeadlines(cited, UNKNOWN).map((m) => m.rule)).not.toContain('by-named-meeting');
  });
  it('a named day and its date side by side are one deadline: "Dự kiến tổ chức Lễ công bố vào ngày 22/12/2027"', () => {
    const text = 'Dự kiến tổ chức Lễ công bố vào ngày 22/12/2027 (sau đây gọi là Lễ công bố)';
    const got = findDeadlines(text, UNKNOWN).map((m) => [m.value.relation, m.value.date, m.value.tentative]);
    expect(got).toEqual([['on', '2027-12-22', true]]);
  });
  it('a named day mentioned in the sentence that dates it is that date, once: "phát hành tại Hội nghị … tổ chức vào ngày 24-3-2027"', () => {
    const text = 'Phòng Tuyên truyền xây dựng tài liệu; phát hành tại Hội nghị triển khai Kế hoạch tổ chức vào ngày 24-3-2027 (sau đây gọi là Hội nghị triển khai).';
    expect(findDeadlines(text, UNKNOWN).map((m) => [m.value.relation, m.value.date])).toEqual([['on', '2027-03-24']]);
    // In another sentence the mention is a deadline of its own.
    const later = `${text} Các phòng gửi tham luận chậm nhất 03 ngày trước Hội nghị triển khai.`;
    expect(findDeadlines(later, UNKNOWN).map((m) => [m.value.relation, m.value.date])).toEqual([['on', '2027-03-24'], ['by', '2027-03-21']]);
  });
  it('the map passed in wins over a conflicting local definition', () => {
    const named = new Map([['ngày bầu cử', '2026-03-22']]);
    expect(findDeadlines('đến hết ngày bầu cử', DOC, named).map((m) => m.value.date)).toEqual(['2026-03-22']);
  });
  it('mentions of a longer name win ("ngày bầu cử bổ sung")', () => {
    const named = new Map([['ngày bầu cử', '2026-03-15'], ['ngày bầu cử bổ sung', '2026-03-29']]);
    expect(findDeadlines('đến hết ngày bầu cử bổ sung', DOC, named).map((m) => m.value.date)).toEqual(['2026-03-29']);
  });
});
