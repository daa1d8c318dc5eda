import { describe, expect, it } from 'vitest';
import { findDeadlines } from '../../src/extract/deadlines.js';
import { DOC, ELECTION, expectOne, type Row } from './corpus.js';

const Y2021 = { year: 2021, month: 2, day: 25 };

const rows: Row[] = [
  // an event's time given as a field: "Thời gian tổng duyệt: …"
  ['c) Chuẩn bị thao trường. Thời gian tổng duyệt: 14 giờ 00 ngày 12/11/2027 (thứ Sáu).', 'Thời gian tổng duyệt: 14 giờ 00 ngày 12/11/2027 (thứ Sáu)',
    { relation: 'on', date: '2027-11-12', due: '2027-11-12', time: '14:00' }, { ctx: DOC, rule: 'field-label' }],
  // a month, then the day in it in parentheses: the day only
  ['tổ chức Hội nghị sơ kết vào tháng 12-2027 (dự kiến ngày 22-12-2027).', 'dự kiến ngày 22-12-2027',
    { relation: 'on', date: '2027-12-22', due: '2027-12-22', tentative: true }, { ctx: DOC }],
  // "đúng" (sharp) before the clock time of a field line
  ['- Thời gian: đúng 14 giờ 00, thứ Năm, ngày 17/9/2026.', 'Thời gian: đúng 14 giờ 00, thứ Năm, ngày 17/9/2026',
    { relation: 'on', date: '2026-09-17', due: '2026-09-17', time: '14:00' }, { ctx: DOC, rule: 'field-label' }],
  // an inspection's visit to a unit: "X: time, weekday, date", at the end of its line
  ['UBND xã Kim Bình: 08 giờ 00, thứ Tư, ngày 04/3/2026.\nTrường hợp có thay đổi, Đoàn thông báo.', '08 giờ 00, thứ Tư, ngày 04/3/2026',
    { relation: 'on', date: '2026-03-04', due: '2026-03-04', time: '08:00' }, { ctx: DOC, rule: 'schedule-entry' }],
  ['UBND xã Nhữ Khê: cả ngày thứ Hai, 09/3/2026.', 'cả ngày thứ Hai, 09/3/2026',
    { relation: 'on', date: '2026-03-09', due: '2026-03-09' }, { ctx: DOC, rule: 'schedule-entry' }],
  // "(dự kiến …)" right after the phrase, or a part of the day before the date
  ['Thời gian: từ ngày 10/6 đến ngày 12/6/2026 (dự kiến, theo lịch thi của Bộ).', 'từ ngày 10/6 đến ngày 12/6/2026',
    { relation: 'range', date: '2026-06-10', end: '2026-06-12', due: '2026-06-12', tentative: true }, { ctx: DOC }],
  ['Lễ khai trương mùa du lịch biển (dự kiến tối ngày 29/4/2026 tại bãi biển Mỹ Khê)', 'dự kiến tối ngày 29/4/2026',
    { relation: 'on', date: '2026-04-29', due: '2026-04-29', tentative: true }, { ctx: DOC, rule: 'on-tentative' }],
  // a schedule line: weekday and date at the start, maybe a time, then a colon (DOC: 25/02/2026)
  ['Thứ Năm (05/3), 8h00: đồng chí Chủ tịch tiếp công dân.', 'Thứ Năm (05/3), 8h00:',
    { relation: 'on', date: '2026-03-05', due: '2026-03-05', time: '08:00' }, { ctx: DOC, rule: 'schedule-entry' }],
  ['Sáng Thứ Hai, ngày 09/3/2026: họp giao ban Ban Chỉ đạo.', 'Sáng Thứ Hai, ngày 09/3/2026:',
    { relation: 'on', date: '2026-03-09', due: '2026-03-09' }, { ctx: DOC, rule: 'schedule-entry' }],
  ['14h00, thứ Ba (10/3): dự hội nghị trực tuyến.', '14h00, thứ Ba (10/3):',
    { relation: 'on', date: '2026-03-10', due: '2026-03-10', time: '14:00' }, { ctx: DOC, rule: 'schedule-entry' }],
  ['Thứ Sáu, ngày 13/3/2026, từ 7 giờ 30: kiểm tra tại cơ sở.', 'Thứ Sáu, ngày 13/3/2026, từ 7 giờ 30:',
    { relation: 'on', date: '2026-03-13', due: '2026-03-13', time: '07:30' }, { ctx: DOC, rule: 'schedule-entry' }],
  // a weekday of this week or the next, or with its date in parentheses (DOC: Wednesday 25/02/2026)
  ['Phòng Kế hoạch gửi báo cáo trước 17h00 thứ Năm tuần này.', 'trước 17h00 thứ Năm tuần này',
    { relation: 'before', date: '2026-02-26', due: '2026-02-26', time: '17:00' }, { ctx: DOC, rule: 'weekday-of-week' }],
  ['Tổ công tác họp vào sáng thứ Hai tuần sau để thống nhất.', 'vào sáng thứ Hai tuần sau',
    { relation: 'on', date: '2026-03-02', due: '2026-03-02' }, { ctx: DOC, rule: 'weekday-of-week' }],
  ['hoàn thành trong ngày thứ Tư (11/3).', 'trong ngày thứ Tư (11/3)',
    { relation: 'by', date: '2026-03-11', due: '2026-03-11' }, { ctx: DOC, rule: 'weekday-of-week' }],
  ['tổ chức thành công Hội nghị hiệp thương lần thứ 2 (dự kiến 18/3/2021).', 'dự kiến 18/3/2021',
    { relation: 'on', date: '2021-03-18', due: '2021-03-18', tentative: true }, { ctx: Y2021, rule: 'on-tentative' }],
  ['Hội nghị hiệp thương lần thứ ba (dự kiến 18/3)', 'dự kiến 18/3',
    { relation: 'on', date: '2021-03-18', due: '2021-03-18', tentative: true }, { ctx: Y2021 }],
  ['Hội nghị dự kiến tổ chức vào ngày 20/3/2026 tại Hội trường', 'dự kiến tổ chức vào ngày 20/3/2026',
    { relation: 'on', date: '2026-03-20', due: '2026-03-20', tentative: true }],
  // a month cannot be an on-date: tentative, it bounds the work
  ['sơ kết, dự kiến trong tháng 4/2026', 'dự kiến trong tháng 4/2026',
    { relation: 'by', date: '2026-04', due: '2026-04-30', tentative: true }],
  ['Thời gian dự kiến: 8 giờ 00 ngày 15/3/2026', 'dự kiến: 8 giờ 00 ngày 15/3/2026',
    { relation: 'on', date: '2026-03-15', due: '2026-03-15', time: '08:00', tentative: true }],
  ['in phiếu bầu, dự kiến hoàn thành trước ngày 05/3/2026', 'dự kiến hoàn thành trước ngày 05/3/2026',
    { relation: 'before', date: '2026-03-05', due: '2026-03-04', tentative: true }, { rule: 'before-date' }],
  // a tentative date in parentheses after an event's name still schedules it
  ['tổ chức Lễ khởi động Tháng Thanh niên cấp tỉnh tại xã Đồng Đăng (dự kiến ngày 28/02/2026)', 'dự kiến ngày 28/02/2026',
    { relation: 'on', date: '2026-02-28', due: '2026-02-28', tentative: true }],
  // hours of one day: the first hour is the time
  ['Thời gian: từ 7 giờ 30 đến 11 giờ 00 ngày 15/5/2026 (thứ Sáu).', 'từ 7 giờ 30 đến 11 giờ 00 ngày 15/5/2026 (thứ Sáu)',
    { relation: 'on', date: '2026-05-15', due: '2026-05-15', time: '07:30' }, { rule: 'on-hours-span' }],
  // the date first, at the start of a clause
  ['vận động Nhân dân nạo vét kênh mương; ngày 20/3 tổ chức nghiệm thu, bàn giao.', 'ngày 20/3 tổ chức',
    { relation: 'on', date: '2026-03-20', due: '2026-03-20' }, { rule: 'on-date-first' }],
  ['Hội nghị tổ chức vào ngày 20/3/2026 tại Hội trường tỉnh', 'tổ chức vào ngày 20/3/2026',
    { relation: 'on', date: '2026-03-20', due: '2026-03-20' }, { rule: 'on-scheduled' }],
  ['Hội nghị khai mạc vào 8 giờ 00 ngày 16/3/2026', 'khai mạc vào 8 giờ 00 ngày 16/3/2026',
    { relation: 'on', date: '2026-03-16', due: '2026-03-16', time: '08:00' }],
  ['họp Ban Chỉ đạo vào lúc 14 giờ 00, ngày 10/3/2026', 'vào lúc 14 giờ 00, ngày 10/3/2026',
    { relation: 'on', date: '2026-03-10', due: '2026-03-10', time: '14:00' }],
  ['Lễ ra quân tổ chức ngày 22/3/2026.', 'tổ chức ngày 22/3/2026',
    { relation: 'on', date: '2026-03-22', due: '2026-03-22' }],
  ['Hội nghị diễn ra vào ngày 15 tháng 3 năm 2026', 'diễn ra vào ngày 15 tháng 3 năm 2026',
    { relation: 'on', date: '2026-03-15', due: '2026-03-15' }],
  ['khai mạc sáng ngày 16/3/2026', 'khai mạc sáng ngày 16/3/2026',
    { relation: 'on', date: '2026-03-16', due: '2026-03-16' }],
  ['8. Trong ngày bầu cử (15/3/2026): Yêu cầu các đồng chí Ủy viên', 'Trong ngày bầu cử (15/3/2026)',
    { relation: 'on', date: '2026-03-15', due: '2026-03-15' }, { rule: 'named-date-definition' }],
  ['bảo vệ tuyệt đối an toàn ngày bầu cử (15/3/2026), nhất là tại khu vực bỏ phiếu', 'ngày bầu cử (15/3/2026)',
    { relation: 'on', date: '2026-03-15', due: '2026-03-15' }],
  ['vào ngày bầu cử (Chủ nhật, 15/3/2026) các tổ bầu cử', 'vào ngày bầu cử (Chủ nhật, 15/3/2026)',
    { relation: 'on', date: '2026-03-15', due: '2026-03-15' }],
  ['bảo đảm an ninh trong Ngày bầu cử (15/3/2026)', 'trong Ngày bầu cử (15/3/2026)',
    { relation: 'on', date: '2026-03-15', due: '2026-03-15' }, { named: ELECTION }],
  // a named day without its date: "trong", "vào", "đúng <giờ>" schedule the work on it
  ['vận động cử tri đi bầu cử đầy đủ trong ngày bầu cử.', 'trong ngày bầu cử',
    { relation: 'on', date: '2026-03-15', due: '2026-03-15' }, { named: ELECTION, rule: 'on-named-day' }],
  ['Tổ chức khai mạc và bắt đầu bỏ phiếu đúng 07 giờ 00 ngày bầu cử.', 'đúng 07 giờ 00 ngày bầu cử',
    { relation: 'on', date: '2026-03-15', due: '2026-03-15', time: '07:00' }, { named: ELECTION, rule: 'on-named-day' }],
  ['các Tổ bầu cử mở cửa phòng bỏ phiếu vào lúc 7 giờ sáng ngày bầu cử', 'vào lúc 7 giờ sáng ngày bầu cử',
    { relation: 'on', date: '2026-03-15', due: '2026-03-15', time: '07:00' }, { named: ELECTION }],
  // "dự kiến" a few words before the date, in the same clause
  ['dự kiến tổ chức bỏ phiếu sớm vào ngày 08/3/2026 sau khi có văn bản chấp thuận', 'vào ngày 08/3/2026',
    { relation: 'on', date: '2026-03-08', due: '2026-03-08', tentative: true }],
  // "vào sáng mai": scheduled on the day after the document's
  ['Đoàn kiểm tra làm việc vào sáng mai tại xã.', 'vào sáng mai',
    { relation: 'on', date: '2026-02-26', due: '2026-02-26' }, { rule: 'relative-day' }],
  // which round of a planned event may come before its day
  ['Dự kiến ra quân đợt 1 ngày 01/7/2026 tại các tuyến phố', 'Dự kiến ra quân đợt 1 ngày 01/7/2026',
    { relation: 'on', date: '2026-07-01', due: '2026-07-01', tentative: true }, { rule: 'on-tentative' }],
];

describe('on: scheduled events and "dự kiến"', () => {
  it.each(rows)('%s', (sentence, phrase, expected, options) => expectOne(sentence, phrase, expected, options));
});

describe('a clock time without a day takes the day of its sentence', () => {
  it('"Trong ngày bầu cử, … theo 03 mốc: trước 10 giờ 00, trước 14 giờ 00 và trước 19 giờ 00"', () => {
    const text = 'Trong ngày bầu cử, Ủy ban bầu cử các xã báo cáo nhanh tỷ lệ cử tri đi bầu theo 03 mốc: trước 10 giờ 00, trước 14 giờ 00 và trước 19 giờ 00.';
    const got = findDeadlines(text, DOC, ELECTION);
    // The framing "Trong ngày bầu cử," is not a deadline of its own: it gives the times their day.
    expect(got.map((m) => [m.text, m.value.relation, m.value.date, m.value.due, m.value.time])).toEqual([
      ['trước 10 giờ 00', 'before', '2026-03-15', '2026-03-15', '10:00'],
      ['trước 14 giờ 00', 'before', '2026-03-15', '2026-03-15', '14:00'],
      ['trước 19 giờ 00', 'before', '2026-03-15', '2026-03-15', '19:00'],
    ]);
  });

  it('a day in another sentence does not anchor the time', () => {
    const got = findDeadlines('Hoàn thành trong ngày 10/3/2026. Báo cáo trước 10 giờ 00.', DOC, ELECTION);
    expect(got.map((m) => m.text)).toEqual(['trong ngày 10/3/2026']);
  });
});
