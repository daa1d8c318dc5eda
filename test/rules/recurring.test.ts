import { describe, expect, it } from 'vitest';
import { findDeadlines } from '../../src/extract/deadlines.js';
import { DOC, UNKNOWN, expectOne, type Row } from './corpus.js';

const Y2021 = { year: 2021, month: 2, day: 25 };

const rows: Row[] = [
  // the month's last weekday; a bare "hằng tháng" in the same sentence is the same schedule
  ['hằng tháng tổng hợp tình hình, báo cáo Thường trực Thành ủy vào ngày làm việc cuối cùng của tháng.', 'vào ngày làm việc cuối cùng của tháng',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1' }, { ctx: UNKNOWN, rule: 'recurring-last-working-day' }],
  // a bare "hằng tháng" and, later in its sentence, a day with no month: that day of each month
  ['Hằng tháng nghe báo cáo tình hình thực hiện nhiệm vụ; các cơ quan gửi báo cáo trước ngày 22', 'Hằng tháng',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=22' }, { ctx: UNKNOWN }],
  // a weekday of a numbered week of each month; a day later in the sentence, before its full stop
  ['phát sóng chuyên mục vào thứ Bảy tuần thứ hai hằng tháng.', 'vào thứ Bảy tuần thứ hai hằng tháng',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY;BYDAY=2SA' }, { ctx: UNKNOWN, rule: 'recurring-monthly-weekday' }],
  ['hằng tháng báo cáo tiến độ về Sở Nông nghiệp và Môi trường trước ngày 25.', 'hằng tháng',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=25' }, { ctx: UNKNOWN }],
  // days set aside in each period
  ['Người đứng đầu cấp ủy tiếp công dân định kỳ ít nhất 01 ngày trong tháng và trực tiếp đối thoại', 'ít nhất 01 ngày trong tháng',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY' }, { ctx: UNKNOWN, rule: 'recurring-days-per-period' }],
  // the Nth working day of the month after, every month
  ['Định kỳ hằng tháng báo cáo kết quả vận động học sinh về Sở chậm nhất ngày làm việc thứ 3 của tháng sau.', 'chậm nhất ngày làm việc thứ 3 của tháng sau',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=3' }, { ctx: UNKNOWN, rule: 'nth-working-day-next-month' }],
  // the first days of each month: by the Nth day, or the Nth weekday
  ['đối chiếu dữ liệu; trong 03 ngày đầu của mỗi tháng, cung cấp cho Ủy ban nhân dân các xã danh sách', 'trong 03 ngày đầu của mỗi tháng',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=3' }, { ctx: UNKNOWN, rule: 'recurring-first-days' }],
  ['gửi báo cáo trong 05 ngày làm việc đầu tiên hằng tháng', 'trong 05 ngày làm việc đầu tiên hằng tháng',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=5' }, { ctx: UNKNOWN, rule: 'recurring-first-days' }],
  ['gửi số liệu trước ngày làm việc cuối cùng của mỗi tháng', 'trước ngày làm việc cuối cùng của mỗi tháng',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1' }, { ctx: UNKNOWN }],
  ['Các Tổ giúp việc UBBC thực hiện chế độ báo cáo định kỳ trước 11h 00 phút ngày Thứ năm hàng tuần, để UBBC báo cáo', 'trước 11h 00 phút ngày Thứ năm hàng tuần',
    { relation: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=TH', time: '11:00' }, { ctx: Y2021, rule: 'recurring-weekday' }],
  ['Tổ trưởng Tổ giúp việc chủ trì giao ban định kỳ hàng tuần của Tổ giúp việc;', 'định kỳ hàng tuần',
    { relation: 'recurring', rrule: 'FREQ=WEEKLY' }, { ctx: UNKNOWN, rule: 'recurring-frequency' }],
  ['lập nhóm Zalo nội bộ của Sở để báo cáo tiến độ hàng ngày cho Giám đốc Sở', 'hàng ngày',
    { relation: 'recurring', rrule: 'FREQ=DAILY' }, { ctx: UNKNOWN }],
  ['để báo cáo tiến độ \n\nhằng ngày cho Giám đốc Sở', 'hằng ngày',
    { relation: 'recurring', rrule: 'FREQ=DAILY' }],
  ['họp giao ban vào sáng thứ Hai hằng tuần tại phòng họp', 'vào sáng thứ Hai hằng tuần',
    { relation: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=MO' }],
  ['trực vào thứ Hai và thứ Năm hằng tuần', 'vào thứ Hai và thứ Năm hằng tuần',
    { relation: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=MO,TH' }],
  ['báo cáo hằng tuần, trước 16 giờ thứ Sáu', 'hằng tuần, trước 16 giờ thứ Sáu',
    { relation: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=FR', time: '16:00' }],
  ['gửi số liệu chậm nhất 15h00 thứ 6 hàng tuần', 'chậm nhất 15h00 thứ 6 hàng tuần',
    { relation: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=FR', time: '15:00' }],
  ['tổng hợp vào T2 hằng tuần', 'vào T2 hằng tuần',
    { relation: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=MO' }],
  ['trực báo Chủ nhật hàng tuần', 'Chủ nhật hàng tuần',
    { relation: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=SU' }],
  ['báo cáo vào Thứ bẩy hàng tuần', 'vào Thứ bẩy hàng tuần',
    { relation: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=SA' }],
  ['tổng hợp, báo cáo Thường trực Huyện ủy định kỳ hằng tháng (trước ngày 25).', 'định kỳ hằng tháng (trước ngày 25)',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=25' }, { rule: 'recurring-monthly-day' }],
  ['đối chiếu số liệu định kỳ hằng quý, trước ngày 10 của tháng đầu quý;', 'định kỳ hằng quý, trước ngày 10 của tháng đầu quý',
    { relation: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=10' }, { rule: 'recurring-quarterly-day' }],
  ['tổ chức sinh hoạt chuyên đề ít nhất 01 lần/quý.', 'ít nhất 01 lần/quý',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY;INTERVAL=3' }, { rule: 'recurring-times-per-period' }],
  ['họp Ban chỉ đạo một lần mỗi tháng', 'một lần mỗi tháng',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY' }, { rule: 'recurring-times-per-period' }],
  ['sơ kết 6 tháng (trước ngày 15-6) hằng năm, báo cáo Ban Thường vụ', 'trước ngày 15-6',
    { relation: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15' }, { rule: 'before-date+yearly' }],
  ['tổng hợp số liệu vào ngày 25 hằng tháng', 'vào ngày 25 hằng tháng',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=25' }, { rule: 'recurring-monthly-day' }],
  ['gửi báo cáo trước ngày 20 hằng tháng', 'trước ngày 20 hằng tháng',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=20' }],
  ['báo cáo định kỳ hằng tháng trước ngày 20 về Sở Nội vụ', 'định kỳ hằng tháng trước ngày 20',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=20' }],
  ['báo cáo hàng tháng, chậm nhất vào ngày 25', 'hàng tháng, chậm nhất vào ngày 25',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=25' }],
  ['tổng hợp vào ngày cuối cùng hằng tháng', 'vào ngày cuối cùng hằng tháng',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1' }],
  ['sơ kết hằng quý.', 'hằng quý',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY;INTERVAL=3' }],
  ['báo cáo định kỳ 6 tháng về Bộ Nội vụ', 'định kỳ 6 tháng',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY;INTERVAL=6' }, { rule: 'recurring-interval' }],
  ['kiểm tra 6 tháng một lần', '6 tháng một lần',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY;INTERVAL=6' }],
  ['báo cáo hằng năm trước ngày 15/12', 'hằng năm trước ngày 15/12',
    { relation: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15' }, { rule: 'recurring-yearly-date' }],
  ['báo cáo trước ngày 15/12 hằng năm', 'trước ngày 15/12 hằng năm',
    { relation: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15' }],
  // the work between the frequency and its day
  ['hằng năm báo cáo kết quả trước ngày 15-12.', 'hằng năm báo cáo kết quả trước ngày 15-12',
    { relation: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15' }, { rule: 'recurring-yearly-date' }],
  ['báo cáo hằng quý, trước ngày 15 của tháng cuối quý', 'hằng quý, trước ngày 15 của tháng cuối quý',
    { relation: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=15' }, { rule: 'recurring-quarterly-day' }],
  // two days of a year listed together, the same day of the month: one schedule
  ['Định kỳ 6 tháng, trước ngày 10/6 và 10/12 hằng năm, báo cáo Ban Thường vụ', 'trước ngày 10/6',
    { relation: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=10' }],
  ['Định kỳ 6 tháng (trước ngày 15 tháng 6 và trước ngày 15 tháng 12 hằng năm), báo cáo', 'trước ngày 15 tháng 6',
    { relation: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=15' }],
  // "định kỳ 6 tháng" before the two days, no "hằng năm": the same schedule
  ['báo cáo sơ kết, tổng kết định kỳ 6 tháng (trước ngày 15/6 và 15/12).', 'trước ngày 15/6',
    { relation: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=15' }],
  // "thứ Hai đầu tháng" with no month named: each month's first Monday
  ['Định kỳ vào thứ Hai đầu tháng, báo cáo Chủ tịch', 'vào thứ Hai đầu tháng',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY;BYDAY=1MO' }, { ctx: UNKNOWN, rule: 'recurring-monthly-weekday' }],
  // several times a week or a month: the weekly or monthly schedule
  ['tuyên truyền trên hệ thống loa truyền thanh tối thiểu 02 lần/tuần;', 'tối thiểu 02 lần/tuần',
    { relation: 'recurring', rrule: 'FREQ=WEEKLY' }, { rule: 'recurring-times-per-period' }],
  // the tax law's standing limits: "ngày thứ 20 của tháng tiếp theo", "… tháng đầu tiên của quý tiếp theo"
  ['nộp hồ sơ khai thuế chậm nhất là ngày thứ 20 của tháng tiếp theo tháng phát sinh nghĩa vụ thuế', 'chậm nhất là ngày thứ 20 của tháng tiếp theo',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=20' }, { rule: 'recurring-following-period' }],
  ['chậm nhất là ngày cuối cùng của tháng đầu tiên của quý tiếp theo quý phát sinh nghĩa vụ thuế', 'chậm nhất là ngày cuối cùng của tháng đầu tiên của quý tiếp theo',
    { relation: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=-1' }, { rule: 'recurring-following-period' }],
  // a month of no quarter in particular is each quarter's, "hằng quý" or not
  ['Báo cáo quý: trước ngày 20 của tháng cuối quý', 'trước ngày 20 của tháng cuối quý',
    { relation: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20' }, { rule: 'recurring-quarterly-day' }],
  // "tháng đầu quý sau" with no quarter named before it: each quarter's
  ['các cơ sở báo cáo kết quả về đơn vị chủ quản trước ngày 10 của tháng đầu quý sau.', 'trước ngày 10 của tháng đầu quý',
    { relation: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=10' }, { rule: 'recurring-quarterly-day' }],
  // "hằng quý" and the day it names, a parenthesis apart: one schedule
  ['báo cáo định kỳ hằng quý (trước ngày 18 của tháng cuối quý) về Sở', 'trước ngày 18 của tháng cuối quý',
    { relation: 'recurring', rrule: 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=18' }],
  ['cập nhật số liệu trước 16 giờ hằng ngày', 'trước 16 giờ hằng ngày',
    { relation: 'recurring', rrule: 'FREQ=DAILY', time: '16:00' }],
  ['báo cáo nhanh hằng ngày, trước 15h00 về Ban', 'hằng ngày, trước 15h00',
    { relation: 'recurring', rrule: 'FREQ=DAILY', time: '15:00' }],
  ['tổng kết hằng năm', 'hằng năm',
    { relation: 'recurring', rrule: 'FREQ=YEARLY' }],
  // a weekday of every month
  ['báo cáo tiến độ tại cuộc họp thường kỳ vào thứ Hai đầu tiên hằng tháng.', 'vào thứ Hai đầu tiên hằng tháng',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY;BYDAY=1MO' }, { ctx: UNKNOWN, rule: 'recurring-monthly-weekday' }],
  ['giao ban vào chiều thứ Sáu cuối cùng của tháng', 'vào chiều thứ Sáu cuối cùng của tháng',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY;BYDAY=-1FR' }, { ctx: UNKNOWN, rule: 'recurring-monthly-weekday' }],
  ['gửi báo cáo trước 16 giờ thứ Năm tuần cuối hằng tháng', 'trước 16 giờ thứ Năm tuần cuối hằng tháng',
    { relation: 'recurring', rrule: 'FREQ=MONTHLY;BYDAY=-1TH', time: '16:00' }, { ctx: UNKNOWN, rule: 'recurring-monthly-weekday' }],
];

describe('recurring: RRULE with the day as written', () => {
  it.each(rows)('%s', (sentence, phrase, expected, options) => expectOne(sentence, phrase, expected, options));
});

describe('the times of a daily (or weekly) schedule: one schedule per time', () => {
  it.each([
    ['báo cáo 02 lần/ngày (trước 7 giờ và 15 giờ) cho đến khi bão tan', ['07:00', '15:00']],
    ['báo cáo trước 7 giờ và 15 giờ hằng ngày', ['07:00', '15:00']],
    ['báo cáo hằng ngày trước 7 giờ và trước 15 giờ 30', ['07:00', '15:30']],
    // one time: one schedule, as before
    ['cập nhật số liệu trước 16 giờ hằng ngày', ['16:00']],
    // a weekly day's hour in parentheses after it
    ['định kỳ vào thứ Sáu hằng tuần (trước 16 giờ 30) báo cáo nhanh tiến độ', ['16:30'], 'FREQ=WEEKLY;BYDAY=FR'],
    // the hour later in the clause; a data cut-off after ";" is no deadline
    ['Báo cáo kết quả thực hiện hằng ngày về Công an tỉnh (qua Phòng PC06) trước 16 giờ 00; số liệu tính đến 15 giờ 00 cùng ngày.', ['16:00']],
  ] as Array<[string, string[], string?]>)('%s', (sentence, times, rrule = 'FREQ=DAILY') => {
    const got = findDeadlines(sentence, DOC);
    expect(got.map((m) => [m.value.relation, m.value.rrule, m.value.time])).toEqual(times.map((t) => ['recurring', rrule, t]));
  });
});

describe('"định kỳ 6 tháng, 01 năm": the six-monthly schedule and the yearly one', () => {
  it.each([
    ['Văn phòng theo dõi; định kỳ 6 tháng, 01 năm tổng hợp, báo cáo Ban Thường vụ.', ['FREQ=MONTHLY;INTERVAL=6', 'FREQ=YEARLY']],
    ['định kỳ 6 tháng và 1 năm báo cáo kết quả', ['FREQ=MONTHLY;INTERVAL=6', 'FREQ=YEARLY']],
    // "01 năm 2027" names a year: no yearly schedule
    ['định kỳ 6 tháng, 01 năm 2027 báo cáo', ['FREQ=MONTHLY;INTERVAL=6']],
  ])('%s', (sentence, rrules) => {
    expect(findDeadlines(sentence, DOC).map((m) => m.value.rrule)).toEqual(rrules);
  });
});
