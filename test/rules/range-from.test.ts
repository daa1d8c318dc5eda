import { describe, it } from 'vitest';
import { ELECTION, UNKNOWN, expectOne, type Row } from './corpus.js';

const ranges: Row[] = [
  ['hoàn thiện công tác trang hoàng từ ngày 10/3/2026 đến hết ngày bầu cử.', 'từ ngày 10/3/2026 đến hết ngày bầu cử',
    { relation: 'range', date: '2026-03-10', end: '2026-03-15', due: '2026-03-15' }, { named: ELECTION, rule: 'range-dates' }],
  // consecutive days of one month joined by "và", listed with commas
  ['Sở Y tế bố trí cán bộ y tế trực tại các Điểm thi trong các ngày 13, 14 và 15/6/2028.', 'ngày 13, 14 và 15/6/2028',
    { relation: 'range', date: '2028-06-13', end: '2028-06-15', due: '2028-06-15' }, { ctx: { year: 2027, month: 12, day: 16 }, rule: 'range-day-span' }],
  // when a ban is in force
  ['Nghiêm cấm tàu thuyền ra khơi; thực hiện lệnh cấm biển từ 19 giờ 00 ngày 22/9/2027 đến hết ngày 25/9/2027.', 'từ 19 giờ 00 ngày 22/9/2027 đến hết ngày 25/9/2027',
    { relation: 'range', date: '2027-09-22', end: '2027-09-25', due: '2027-09-25' }, { ctx: UNKNOWN }],
  // a clause that describes whom the work is for ("chưa được tiêm") is no prohibition of the span
  ['tổ chức tiêm vét cho trẻ em trong độ tuổi chưa được tiêm đủ mũi từ ngày 18/10 đến ngày 29/10/2027; báo cáo', 'từ ngày 18/10 đến ngày 29/10/2027',
    { relation: 'range', date: '2027-10-18', end: '2027-10-29', due: '2027-10-29' }, { ctx: { year: 2027, month: 10, day: 8 } }],
  // "phòng, tránh" is prevention: no prohibition before the range
  ['tuyên truyền kỹ năng phòng, tránh thiên tai từ ngày 01/6/2026 đến hết ngày 30/11/2026.', 'từ ngày 01/6/2026 đến hết ngày 30/11/2026',
    { relation: 'range', date: '2026-06-01', end: '2026-11-30', due: '2026-11-30' }],
  ['niêm yết danh sách cử tri từ ngày 01/3/2026 đến ngày 15/3/2026 tại', 'từ ngày 01/3/2026 đến ngày 15/3/2026',
    { relation: 'range', date: '2026-03-01', end: '2026-03-15', due: '2026-03-15' }],
  ['niêm yết từ ngày 01/3 đến ngày 15/3/2026', 'từ ngày 01/3 đến ngày 15/3/2026',
    { relation: 'range', date: '2026-03-01', end: '2026-03-15', due: '2026-03-15' }],
  ['tập huấn từ 10/3 - 15/3/2026 tại hội trường', 'từ 10/3 - 15/3/2026',
    { relation: 'range', date: '2026-03-10', end: '2026-03-15', due: '2026-03-15' }, { ctx: UNKNOWN }],
  ['trực Tết từ ngày 20/12/2025 đến ngày 10/01/2026', 'từ ngày 20/12/2025 đến ngày 10/01/2026',
    { relation: 'range', date: '2025-12-20', end: '2026-01-10', due: '2026-01-10' }],
  ['trực từ ngày 20/12 đến ngày 10/01/2026', 'từ ngày 20/12 đến ngày 10/01/2026',
    { relation: 'range', date: '2025-12-20', end: '2026-01-10', due: '2026-01-10' }],
  ['niêm yết từ ngày 01/3/2026 đến 15/3/2026.', 'từ ngày 01/3/2026 đến 15/3/2026',
    { relation: 'range', date: '2026-03-01', end: '2026-03-15', due: '2026-03-15' }],
  ['kiểm tra từ ngày 10-15/3/2026 tại các xã', 'từ ngày 10-15/3/2026',
    { relation: 'range', date: '2026-03-10', end: '2026-03-15', due: '2026-03-15' }, { rule: 'range-days' }],
  // the week's dates after "trong tuần 1" are when the work is done
  ['tổ chức ra quân trong tuần 1 (từ ngày 05/3 đến ngày 11/3/2026).', 'từ ngày 05/3 đến ngày 11/3/2026',
    { relation: 'range', date: '2026-03-05', end: '2026-03-11', due: '2026-03-11' }],
  // a schedule's entry over two days
  ['THỨ NĂM (05/3) - THỨ SÁU (06/3)', 'THỨ NĂM (05/3) - THỨ SÁU (06/3)',
    { relation: 'range', date: '2026-03-05', end: '2026-03-06', due: '2026-03-06' }, { rule: 'schedule-days' }],
  // two days written together, without "từ": a meeting or an exam
  ['Đoàn kiểm tra dự kiến về làm việc tại xã ngày 25-26/3).', 'ngày 25-26/3',
    { relation: 'range', date: '2026-03-25', end: '2026-03-26', due: '2026-03-26', tentative: true }, { rule: 'range-day-span' }],
  ['thi tuyển sinh vào lớp 10 ngày 02, 03/6/2026.', 'ngày 02, 03/6/2026',
    { relation: 'range', date: '2026-06-02', end: '2026-06-03', due: '2026-06-03' }, { rule: 'range-day-span' }],
  ['kiểm tra từ ngày 10 đến ngày 15/3/2026 tại các xã', 'từ ngày 10 đến ngày 15/3/2026',
    { relation: 'range', date: '2026-03-10', end: '2026-03-15', due: '2026-03-15' }],
  ['rà soát từ ngày 10/3/2026 đến hết tháng 3/2026', 'từ ngày 10/3/2026 đến hết tháng 3/2026',
    { relation: 'range', date: '2026-03-10', end: '2026-03', due: '2026-03-31' }, { rule: 'range-merge' }],
  ['triển khai từ tháng 3/2026 đến tháng 5/2026', 'từ tháng 3/2026 đến tháng 5/2026',
    { relation: 'range', date: '2026-03', end: '2026-05', due: '2026-05-31' }, { rule: 'range-periods' }],
  ['triển khai từ tháng 3 đến tháng 5 năm 2026', 'từ tháng 3 đến tháng 5 năm 2026',
    { relation: 'range', date: '2026-03', end: '2026-05', due: '2026-05-31' }, { ctx: UNKNOWN }],
  ['thực hiện từ năm 2026 đến năm 2030', 'từ năm 2026 đến năm 2030',
    { relation: 'range', date: '2026', end: '2030', due: '2030-12-31' }],
  ['- Thời gian thực hiện: từ ngày 01/3/2026 đến ngày 31/3/2026.', 'từ ngày 01/3/2026 đến ngày 31/3/2026',
    { relation: 'range', date: '2026-03-01', end: '2026-03-31', due: '2026-03-31' }],
  ['bỏ phiếu từ 7 giờ 00 ngày 15/3/2026 đến 19 giờ 00 ngày 15/3/2026', 'từ 7 giờ 00 ngày 15/3/2026 đến 19 giờ 00 ngày 15/3/2026',
    { relation: 'range', date: '2026-03-15', end: '2026-03-15', due: '2026-03-15', time: '19:00' }],
  ['tuyên truyền từ ngày 01/3/2026 cho đến hết ngày 14/3/2026', 'từ ngày 01/3/2026 cho đến hết ngày 14/3/2026',
    { relation: 'range', date: '2026-03-01', end: '2026-03-14', due: '2026-03-14' }],
];

const froms: Row[] = [
  // "24/24 giờ" is around the clock, not a 24-hour limit counted from the date
  ['bố trí lực lượng bảo vệ 24/24 giờ từ ngày 25/5/2026 cho đến khi kết thúc chấm thi', 'từ ngày 25/5/2026',
    { relation: 'from', date: '2026-05-25' }, { rule: 'from-date' }],
  ['thực hiện chế độ trực từ ngày 01/3/2026.', 'từ ngày 01/3/2026',
    { relation: 'from', date: '2026-03-01' }, { rule: 'from-date' }],
  ['áp dụng kể từ ngày 15/3/2026', 'kể từ ngày 15/3/2026',
    { relation: 'from', date: '2026-03-15' }],
  ['bắt đầu từ ngày 10/3/2026, các tổ bầu cử', 'bắt đầu từ ngày 10/3/2026',
    { relation: 'from', date: '2026-03-10' }],
  ['áp dụng từ tháng 4/2026', 'từ tháng 4/2026',
    { relation: 'from', date: '2026-04' }],
  ['áp dụng từ năm 2027', 'từ năm 2027',
    { relation: 'from', date: '2027' }],
  ['thực hiện từ 8 giờ ngày 14/3/2026', 'từ 8 giờ ngày 14/3/2026',
    { relation: 'from', date: '2026-03-14', time: '08:00' }],
  // "từ nay đến khi <event>": from the document's day (DOC = 2026-02-25), no end date
  ['duy trì chốt kiểm dịch từ nay đến khi công bố hết dịch.', 'từ nay đến khi',
    { relation: 'from', date: '2026-02-25', due: null }, { rule: 'from-now-until-event' }],
  ['trực 24/24 giờ kể từ nay cho đến khi có chỉ đạo khác', 'kể từ nay cho đến khi',
    { relation: 'from', date: '2026-02-25', due: null }],
];

const inverted: Row[] = [
  // "từ" after "đến": a typo; the start is dropped, the end (the binding limit) stays.
  ['niêm yết từ ngày 15/3/2026 đến ngày 10/3/2026', 'đến ngày 10/3/2026',
    { relation: 'by', date: '2026-03-10', due: '2026-03-10' }],
  // an end that is an undated event ("đến khi …") leaves a known start
  ['bố trí lực lượng bảo vệ từ ngày 13/3/2026 đến khi kết thúc việc kiểm phiếu.', 'từ ngày 13/3/2026',
    { relation: 'from', date: '2026-03-13' }],
  // "(dự kiến)" written before the phrase
  ['tổ chức lớp học theo 02 đợt; đợt 2 (dự kiến) từ ngày 14-9 đến ngày 18-9-2026.', 'từ ngày 14-9 đến ngày 18-9-2026',
    { relation: 'range', date: '2026-09-14', end: '2026-09-18', due: '2026-09-18', tentative: true }],
  // "từ nay đến cuối năm / cuối tháng 6": the same stretch, to the end of the period
  ['Chi bộ tập trung lãnh đạo thực hiện từ nay đến cuối năm.', 'từ nay đến cuối năm',
    { relation: 'range', date: '2026-02-25', end: '2026-12-31', due: '2026-12-31' }, { rule: 'by-until' }],
  // "từ nay đến hết ngày X": from the document's day (DOC = 2026-02-25) through X
  ['không cho người và phương tiện qua lại khu vực nguy hiểm từ nay đến hết ngày 21/3/2026.', 'từ nay đến hết ngày 21/3/2026',
    { relation: 'range', date: '2026-02-25', end: '2026-03-21', due: '2026-03-21' }, { rule: 'by-until' }],
  // a part of the day before the start is no clock time
  ['cho học sinh nghỉ học từ chiều ngày 14/3 đến hết ngày 15/3/2026; căn cứ', 'từ chiều ngày 14/3 đến hết ngày 15/3/2026',
    { relation: 'range', date: '2026-03-14', end: '2026-03-15', due: '2026-03-15' }, { rule: 'range-dates' }],
  // "từ nay đến ngày X" (no "hết") is the same stretch
  ['bố trí lực lượng thường trực, sẵn sàng sơ tán người dân từ nay đến ngày 31/3/2026.', 'từ nay đến ngày 31/3/2026',
    { relation: 'range', date: '2026-02-25', end: '2026-03-31', due: '2026-03-31' }, { rule: 'by-until' }],
];

describe('range: "từ ngày X đến (hết) ngày Y"', () => {
  it.each(inverted)('%s', (sentence, phrase, expected, options) => expectOne(sentence, phrase, expected, options));
  it.each(ranges)('%s', (sentence, phrase, expected, options) => expectOne(sentence, phrase, expected, options));
});

describe('from: "từ ngày X" with no end', () => {
  it.each(froms)('%s', (sentence, phrase, expected, options) => expectOne(sentence, phrase, expected, options));
});
