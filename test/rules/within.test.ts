import { describe, it } from 'vitest';
import { ELECTION, expectOne, type Row } from './corpus.js';

const rows: Row[] = [
  // "không quá" with a start the text describes: a limit, undated (a bare "không quá 02 ngày" is a length)
  ['gửi dự toán chậm nhất không quá 05 ngày làm việc kể từ ngày Hội đồng nhân dân cấp xã ban hành Nghị quyết.', 'không quá 05 ngày làm việc',
    { relation: 'within', duration: { value: 5, unit: 'day', workingDays: true } }, { rule: 'within-duration' }],
  ['giải quyết trong thời hạn 05 ngày làm việc kể từ ngày 12/02/2026.', 'trong thời hạn 05 ngày làm việc kể từ ngày 12/02/2026',
    { relation: 'within', date: '2026-02-12', due: '2026-02-26', duration: { value: 5, unit: 'day', workingDays: true } }, { rule: 'within-duration' }],
  ['thời hạn là 07 ngày kể từ ngày 23/4/2026.', '07 ngày kể từ ngày 23/4/2026',
    { relation: 'within', date: '2026-04-23', due: '2026-05-04', duration: { value: 7, unit: 'day', workingDays: false } }],
  ['báo cáo trong vòng 10 ngày kể từ ngày nhận được văn bản này.', 'trong vòng 10 ngày kể từ ngày nhận được văn bản này',
    { relation: 'within', duration: { value: 10, unit: 'day', workingDays: false } }],
  // "kể từ ngày ký" starts at the document's own date (2026-02-25): days 26/2 … 2/3.
  ['quyết định có hiệu lực sau 05 ngày kể từ ngày ký.', 'sau 05 ngày kể từ ngày ký',
    { relation: 'within', date: '2026-02-25', due: '2026-03-02', duration: { value: 5, unit: 'day', workingDays: false } }],
  // "kể từ ngày Kế hoạch này được ban hành" is that date too, written the other way round
  ['Trong thời hạn 05 ngày kể từ ngày Kế hoạch này được ban hành, xây dựng kế hoạch', 'Trong thời hạn 05 ngày kể từ ngày Kế hoạch này được ban hành',
    { relation: 'within', date: '2026-02-25', due: '2026-03-02', duration: { value: 5, unit: 'day', workingDays: false } }],
  ['trả lời trong thời hạn năm (05) ngày làm việc; quá thời hạn', 'trong thời hạn năm (05) ngày làm việc',
    { relation: 'within', duration: { value: 5, unit: 'day', workingDays: true } }],
  ['trả lời trong thời hạn 05 (năm) ngày làm việc.', 'trong thời hạn 05 (năm) ngày làm việc',
    { relation: 'within', duration: { value: 5, unit: 'day', workingDays: true } }],
  ['xác minh trong thời hạn 15 ngày kể từ ngày 01/3/2026', 'trong thời hạn 15 ngày kể từ ngày 01/3/2026',
    { relation: 'within', date: '2026-03-01', due: '2026-03-16', duration: { value: 15, unit: 'day', workingDays: false } }],
  ['báo cáo trong vòng 24 giờ kể từ khi nhận được thông tin', 'trong vòng 24 giờ kể từ khi nhận được',
    { relation: 'within', duration: { value: 24, unit: 'hour', workingDays: false } }],
  ['hoàn thành trong 03 tháng kể từ ngày 15/01/2026', 'trong 03 tháng kể từ ngày 15/01/2026',
    { relation: 'within', date: '2026-01-15', due: '2026-04-15', duration: { value: 3, unit: 'month', workingDays: false } }],
  ['phúc đáp trong thời hạn mười lăm ngày.', 'trong thời hạn mười lăm ngày',
    { relation: 'within', duration: { value: 15, unit: 'day', workingDays: false } }],
  ['nộp hồ sơ chậm nhất sau 10 ngày kể từ ngày kết thúc đợt kiểm tra', 'chậm nhất sau 10 ngày kể từ ngày kết thúc',
    { relation: 'within', duration: { value: 10, unit: 'day', workingDays: false } }],
  ['khắc phục trong 02 tuần kể từ ngày 02/3/2026', 'trong 02 tuần kể từ ngày 02/3/2026',
    { relation: 'within', date: '2026-03-02', due: '2026-03-16', duration: { value: 2, unit: 'week', workingDays: false } }],
  ['xử lý trong vòng 10 ngày kể từ ngày 12/02/2026', 'trong vòng 10 ngày kể từ ngày 12/02/2026',
    { relation: 'within', date: '2026-02-12', due: '2026-02-23', duration: { value: 10, unit: 'day', workingDays: false } }],
  ['tổng hợp, báo cáo trong thời hạn hai mươi mốt ngày', 'trong thời hạn hai mươi mốt ngày',
    { relation: 'within', duration: { value: 21, unit: 'day', workingDays: false } }],
  ['nộp báo cáo kết quả trong 05 ngày kể từ ngày bầu cử.', 'trong 05 ngày kể từ ngày bầu cử',
    { relation: 'within', date: '2026-03-15', due: '2026-03-20', duration: { value: 5, unit: 'day', workingDays: false } }, { named: ELECTION }],
  ['niêm yết danh sách chậm nhất 10 ngày trước ngày bầu cử.', 'chậm nhất 10 ngày trước ngày bầu cử',
    { relation: 'by', date: '2026-03-05', due: '2026-03-05', duration: { value: 10, unit: 'day', workingDays: false } }, { named: ELECTION, rule: 'offset-before-date' }],
  ['gửi hồ sơ trước ngày 15/3/2026 ít nhất 05 ngày làm việc', 'trước ngày 15/3/2026 ít nhất 05 ngày làm việc',
    { relation: 'by', date: '2026-03-09', due: '2026-03-09', duration: { value: 5, unit: 'day', workingDays: true } }],
  // "trước X N ngày" after a lead-in verb: the offset reading covers the verb too, so it wins the overlap.
  ['xây dựng phương án, hoàn thành trước ngày bầu cử 05 ngày; bố trí lực lượng', 'hoàn thành trước ngày bầu cử 05 ngày',
    { relation: 'by', date: '2026-03-10', due: '2026-03-10', duration: { value: 5, unit: 'day', workingDays: false } }, { named: ELECTION, rule: 'offset-before-date' }],
  ['xong trước ngày 20/3/2026 03 ngày', 'xong trước ngày 20/3/2026 03 ngày',
    { relation: 'by', date: '2026-03-17', due: '2026-03-17', duration: { value: 3, unit: 'day', workingDays: false } }],
  // "kể từ ngày ký quyết định" is the signing of another document (each commune's decision)
  ['Gửi quyết định về Sở Nội vụ trong thời hạn 03 ngày làm việc kể từ ngày ký quyết định để tổng hợp.', 'trong thời hạn 03 ngày làm việc kể từ ngày ký',
    { relation: 'within', duration: { value: 3, unit: 'day', workingDays: true } }],
  // "… ngày ký Thông báo" (the type in capitals, no number) is the notice being read: from 2026-02-25
  ['niêm yết trong thời hạn 05 ngày làm việc kể từ ngày ký Thông báo; bố trí công chức', 'trong thời hạn 05 ngày làm việc kể từ ngày ký',
    { relation: 'within', date: '2026-02-25', due: '2026-03-04', duration: { value: 5, unit: 'day', workingDays: true } }],
  ['công khai trong thời hạn 10 ngày làm việc kể từ ngày Nghị quyết được thông qua.', 'trong thời hạn 10 ngày làm việc',
    { relation: 'within', date: '2026-02-25', due: '2026-03-11', duration: { value: 10, unit: 'day', workingDays: true } }],
  ['thực hiện trong thời hạn 05 ngày kể từ ngày ký Quyết định số 12/QĐ-UBND', 'trong thời hạn 05 ngày kể từ ngày ký',
    { relation: 'within', date: null, due: null, duration: { value: 5, unit: 'day', workingDays: false } }],
  ['gửi biên bản trong thời hạn 05 ngày sau ngày bầu cử.', 'trong thời hạn 05 ngày sau ngày bầu cử',
    { relation: 'within', date: '2026-03-15', due: '2026-03-20', duration: { value: 5, unit: 'day', workingDays: false } }, { named: ELECTION }],
];

describe('within: a duration, due only from a written start date', () => {
  it.each(rows)('%s', (sentence, phrase, expected, options) => expectOne(sentence, phrase, expected, options));
});
