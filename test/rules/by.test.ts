import { describe, it } from 'vitest';
import { ELECTION, UNKNOWN, expectNone, expectOne, type Row } from './corpus.js';

const rows: Row[] = [
  // the month's last working day (weekends and holidays skipped: 30-31/01/2027 are a weekend)
  ['Ủy ban nhân dân các tỉnh gửi báo cáo chậm nhất vào ngày làm việc cuối cùng của tháng 01 năm 2027.', 'chậm nhất vào ngày làm việc cuối cùng của tháng 01 năm 2027',
    { relation: 'by', date: '2027-01-29', due: '2027-01-29' }, { rule: 'last-working-day' }],
  // "today" is the day the document was signed (DOC = 2026-02-25)
  ['bố trí lực lượng canh gác ngay trong đêm nay; tuyệt đối không để người qua', 'ngay trong đêm nay',
    { relation: 'by', date: '2026-02-25', due: '2026-02-25' }, { rule: 'by-today' }],
  // "hoàn thành trong tháng" with no month: the month of issue (DOC = 2026-02-25)
  ['Đ/c Bí thư chi bộ phổ biến các văn bản mới đến đảng viên, hoàn thành trong tháng.', 'hoàn thành trong tháng',
    { relation: 'by', date: '2026-02', due: '2026-02-28' }, { rule: 'by-this-month' }],
  // a quarter after "sơ kết … vào" is a period, a limit; a council session named by its period too
  ['tham mưu sơ kết 5 năm vào quý IV/2030 và tổng kết 10 năm', 'vào quý IV/2030',
    { relation: 'by', date: '2030-12-31', due: '2030-12-31' }, { rule: 'by-period' }],
  ['trình Hội đồng nhân dân tỉnh ban hành nghị quyết tại kỳ họp thường lệ cuối năm 2026.', 'tại kỳ họp thường lệ cuối năm 2026',
    { relation: 'by', date: '2026-12-31', due: '2026-12-31' }, { rule: 'by-session-period' }],
  // the week and the month of issue (DOC = Wednesday 25/02/2026)
  ['Yêu cầu Sở Y tế báo cáo kết quả điều tra ban đầu trong tuần này.', 'trong tuần này',
    { relation: 'by', date: '2026-02-27', due: '2026-02-27' }, { rule: 'by-this-week' }],
  // a quarter's last working day, at an hour (30/6/2026 is a Tuesday)
  ['báo cáo kết quả với Ban Thường vụ trước 17 giờ ngày làm việc cuối cùng của quý II.', 'trước 17 giờ ngày làm việc cuối cùng của quý II',
    { relation: 'before', date: '2026-06-30', due: '2026-06-30', time: '17:00' }, { rule: 'last-working-day-quarter' }],
  // the week after (Friday 06/3/2026), and the third working day of the next month (March
  // 2026 begins on a Sunday: 02, 03, 04/3)
  ['lập tiến độ chi tiết, gửi Sở Xây dựng trong tuần sau để theo dõi', 'trong tuần sau',
    { relation: 'by', date: '2026-03-06', due: '2026-03-06' }, { rule: 'by-next-week' }],
  ['báo cáo kết quả về UBND tỉnh chậm nhất ngày làm việc thứ 3 của tháng sau.', 'chậm nhất ngày làm việc thứ 3 của tháng sau',
    { relation: 'by', date: '2026-03-04', due: '2026-03-04' }, { rule: 'nth-working-day-next-month' }],
  ['các đồng chí đảng viên nộp đảng phí trước ngày mùng 10 tháng này;', 'trước ngày mùng 10 tháng này',
    { relation: 'before', date: '2026-02-10', due: '2026-02-09' }, { rule: 'day-of-this-month' }],
  ['báo cáo Chủ tịch UBND tỉnh trước ngày 20 tháng này.', 'trước ngày 20 tháng này',
    { relation: 'before', date: '2026-02-20', due: '2026-02-19' }, { rule: 'day-of-this-month' }],
  ['hoàn thành trong ngày hôm nay.', 'trong ngày hôm nay',
    { relation: 'by', date: '2026-02-25', due: '2026-02-25' }, { rule: 'by-today' }],
  ['báo cáo kết quả chậm nhất ngày 15/3/2026.', 'chậm nhất ngày 15/3/2026',
    { relation: 'by', date: '2026-03-15', due: '2026-03-15' }, { rule: 'by-latest' }],
  ['gửi danh sách chậm nhất là ngày 05/3/2026 để tổng hợp', 'chậm nhất là ngày 05/3/2026',
    { relation: 'by', date: '2026-03-05', due: '2026-03-05' }],
  ['gửi danh sách chậm nhất vào ngày 05/3/2026', 'chậm nhất vào ngày 05/3/2026',
    { relation: 'by', date: '2026-03-05', due: '2026-03-05' }],
  ['gửi về Ban chậm nhất là 17h00 ngày 10/3/2026.', 'chậm nhất là 17h00 ngày 10/3/2026',
    { relation: 'by', date: '2026-03-10', due: '2026-03-10', time: '17:00' }],
  ['nộp báo cáo chậm nhất 16 giờ ngày 10/3/2026 qua thư điện tử', 'chậm nhất 16 giờ ngày 10/3/2026',
    { relation: 'by', date: '2026-03-10', due: '2026-03-10', time: '16:00' }],
  ['tổng hợp chậm nhất trong ngày 20/3/2026', 'chậm nhất trong ngày 20/3/2026',
    { relation: 'by', date: '2026-03-20', due: '2026-03-20' }],
  ['báo cáo muộn nhất là 20/3/2026', 'muộn nhất là 20/3/2026',
    { relation: 'by', date: '2026-03-20', due: '2026-03-20' }],
  ['báo cáo chậm nhất ngày 10/3', 'chậm nhất ngày 10/3',
    { relation: 'by' }, { ctx: UNKNOWN }],
  ['duy trì việc niêm yết đến hết ngày 14/3/2026 tại các khu vực bỏ phiếu', 'đến hết ngày 14/3/2026',
    { relation: 'by', date: '2026-03-14', due: '2026-03-14' }, { rule: 'by-until' }],
  ['trực tuyên truyền đến hết ngày bầu cử; bảo đảm an toàn', 'đến hết ngày bầu cử',
    { relation: 'by', date: '2026-03-15', due: '2026-03-15' }, { named: ELECTION }],
  ['trực tuyên truyền đến hết Ngày Bầu cử.', 'đến hết Ngày Bầu cử',
    { relation: 'by', date: '2026-03-15', due: '2026-03-15' }, { named: ELECTION }],
  ['thực hiện đến ngày 31/3/2026 thì tổng kết', 'đến ngày 31/3/2026',
    { relation: 'by', date: '2026-03-31', due: '2026-03-31' }],
  ['duy trì đến hết ngày 15 tháng 3 năm 2026', 'đến hết ngày 15 tháng 3 năm 2026',
    { relation: 'by', date: '2026-03-15', due: '2026-03-15' }],
  ['Trong ngày 15/3/2026, các tổ bầu cử báo cáo kết quả', 'Trong ngày 15/3/2026',
    { relation: 'by', date: '2026-03-15', due: '2026-03-15' }, { rule: 'by-within-day' }],
  ['hoàn thành ngay trong ngày 05/3/2026', 'ngay trong ngày 05/3/2026',
    { relation: 'by', date: '2026-03-05', due: '2026-03-05' }],
  ['hoàn thành trong ngày 15/3', 'trong ngày 15/3',
    { relation: 'by', date: '2026-03-15', due: '2026-03-15' }],
  ['Hạn chót 20/3/2026; quá hạn không tiếp nhận', 'Hạn chót 20/3/2026',
    { relation: 'by', date: '2026-03-20', due: '2026-03-20' }, { rule: 'by-deadline-word' }],
  ['hạn chót là ngày 20/3/2026.', 'hạn chót là ngày 20/3/2026',
    { relation: 'by', date: '2026-03-20', due: '2026-03-20' }],
  ['- Thời hạn: ngày 30/3/2026.', 'Thời hạn: ngày 30/3/2026',
    { relation: 'by', date: '2026-03-30', due: '2026-03-30' }],
  ['Hạn cuối: 17h00 ngày 10/3/2026', 'Hạn cuối: 17h00 ngày 10/3/2026',
    { relation: 'by', date: '2026-03-10', due: '2026-03-10', time: '17:00' }],
  ['Hạn chót nộp hồ sơ là ngày 20/3/2026, quá hạn không tiếp nhận', 'Hạn chót nộp hồ sơ là ngày 20/3/2026',
    { relation: 'by', date: '2026-03-20', due: '2026-03-20' }, { rule: 'by-deadline-word' }],
  ['- Thời hạn nộp báo cáo: ngày 20/3/2026.', 'Thời hạn nộp báo cáo: ngày 20/3/2026',
    { relation: 'by', date: '2026-03-20', due: '2026-03-20' }],
  ['gửi hồ sơ không quá ngày 20/3/2026.', 'không quá ngày 20/3/2026',
    { relation: 'by', date: '2026-03-20', due: '2026-03-20' }, { rule: 'by-not-later' }],
  ['gửi hồ sơ không muộn hơn ngày 20/3/2026.', 'không muộn hơn ngày 20/3/2026',
    { relation: 'by', date: '2026-03-20', due: '2026-03-20' }],
  ['gửi hồ sơ không chậm hơn 17h00 ngày 10/3/2026.', 'không chậm hơn 17h00 ngày 10/3/2026',
    { relation: 'by', date: '2026-03-10', due: '2026-03-10', time: '17:00' }],
  // the mirror of "N ngày trước ngày X": day N after X is the last day
  ['gửi Ủy ban bầu cử phường chậm nhất 03 ngày sau ngày bầu cử.', 'chậm nhất 03 ngày sau ngày bầu cử',
    { relation: 'by', date: '2026-03-18', due: '2026-03-18', duration: { value: 3, unit: 'day', workingDays: false } }, { named: ELECTION, rule: 'offset-after-date' }],
  // a part of a month or quarter ending the clause, no "trong"/"vào" before it
  ['rà soát, trình Ủy ban nhân dân phường giữa tháng 8.', 'giữa tháng 8',
    { relation: 'by', date: '2026-08-15', due: '2026-08-15' }, { rule: 'by-period-part' }],
  ['tham mưu bổ sung quy hoạch, trình Ban Thường vụ đầu quý IV-2027;', 'đầu quý IV-2027',
    { relation: 'by', date: '2027-10-01', due: '2027-10-01' }, { rule: 'by-period-part' }],
  // the event first, then the count: "Sau Đại hội 15 ngày, báo cáo …"
  ['Sau ngày bầu cử 15 ngày, các xã báo cáo kết quả.', 'Sau ngày bầu cử 15 ngày',
    { relation: 'by', date: '2026-03-30', due: '2026-03-30', duration: { value: 15, unit: 'day', workingDays: false } }, { named: ELECTION, rule: 'offset-after-date' }],
  ['nộp hồ sơ muộn nhất 05 ngày làm việc sau ngày 06/3/2026.', 'muộn nhất 05 ngày làm việc sau ngày 06/3/2026',
    { relation: 'by', date: '2026-03-13', due: '2026-03-13', duration: { value: 5, unit: 'day', workingDays: true } }],
  // a parenthesised date after "N ngày trước <named date>" is the result, written out
  ['quyết định thành lập Tổ bầu cử; hoàn thành chậm nhất 43 ngày trước ngày bầu cử (ngày 31/01/2026).', 'chậm nhất 43 ngày trước ngày bầu cử (ngày 31/01/2026)',
    { relation: 'by', date: '2026-01-31', due: '2026-01-31', duration: { value: 43, unit: 'day', workingDays: false } }, { named: ELECTION }],
  // a parenthesis restating the same day is not a second limit
  ['niêm yết danh sách cử tri chậm nhất ngày 03/02/2026 (40 ngày trước ngày bầu cử); đồng thời', 'chậm nhất ngày 03/02/2026',
    { relation: 'by', date: '2026-02-03', due: '2026-02-03' }, { named: ELECTION }],
  // "(tức …)": the lunar restatement of the same day is no second limit
  ['tổ chức trực 24/24 giờ đến hết ngày 12/02/2027 (tức đến hết mùng 7 tháng Giêng năm Đinh Mùi).', 'đến hết ngày 12/02/2027',
    { relation: 'by', date: '2027-02-12', due: '2027-02-12' }],
  // "dự kiến" with a month: the month bounds the work (a month cannot be an on-date)
  ['tổ chức hội nghị sơ kết công tác lãnh đạo cuộc bầu cử (dự kiến trong tháng 4-2026).', 'dự kiến trong tháng 4-2026',
    { relation: 'by', date: '2026-04', due: '2026-04-30', tentative: true }],
  // a negation that is the content of a commitment does not cancel the date
  ['vận động các hộ kinh doanh ký cam kết không lấn chiếm vỉa hè trong tháng 01/2026.', 'trong tháng 01/2026',
    { relation: 'by', date: '2026-01', due: '2026-01-31' }],
  // a monthly meeting names the month the work is due in
  ['Các chi bộ ra nghị quyết chuyên đề trong kỳ sinh hoạt chi bộ tháng 01/2027.', 'trong kỳ sinh hoạt chi bộ tháng 01/2027',
    { relation: 'by', date: '2027-01', due: '2027-01-31' }, { rule: 'by-meeting-month' }],
  ['Nộp bản đăng ký cho đồng chí Bí thư chậm nhất trong kỳ sinh hoạt tháng 02/2027.', 'chậm nhất trong kỳ sinh hoạt tháng 02/2027',
    { relation: 'by', date: '2027-02', due: '2027-02-28' }, { rule: 'by-meeting-month' }],
  ['Báo cáo kết quả tại phiên họp thường kỳ Ủy ban nhân dân xã tháng 02/2027.', 'tại phiên họp thường kỳ Ủy ban nhân dân xã tháng 02/2027',
    { relation: 'by', date: '2027-02', due: '2027-02-28' }, { rule: 'by-meeting-month' }],
  ['Văn phòng trình Ban Thường vụ xem xét tại phiên họp tháng 5-2027.', 'tại phiên họp tháng 5-2027',
    { relation: 'by', date: '2027-05', due: '2027-05-31' }, { rule: 'by-meeting-month' }],
  // "mai" from the document's day
  ['hoàn thành việc kiểm đếm chậm nhất trong ngày mai.', 'chậm nhất trong ngày mai',
    { relation: 'by', date: '2026-02-26', due: '2026-02-26' }, { rule: 'relative-day' }],
];

describe('by: "chậm nhất", "đến hết", "trong ngày", "hạn chót", "không quá"', () => {
  it.each(rows)('%s', (sentence, phrase, expected, options) => expectOne(sentence, phrase, expected, options));
});

describe('a meeting month in a citation is no deadline', () => {
  it.each([
    '- Căn cứ Nghị quyết của Chi bộ tại kỳ sinh hoạt thường kỳ tháng 01/2027,',
    'Thực hiện Kết luận tại phiên họp tháng 12/2026 của Ban Thường vụ Huyện ủy.',
    'Theo ý kiến thống nhất tại phiên họp tháng 3/2027, Ủy ban nhân dân xã giao',
  ])('%s', (sentence) => expectNone(sentence));
});
