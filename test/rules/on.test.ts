import { describe, it } from 'vitest';
import { ELECTION, expectOne, type Row } from './corpus.js';

const Y2021 = { year: 2021, month: 2, day: 25 };

const rows: Row[] = [
  ['tổ chức thành công Hội nghị hiệp thương lần thứ 2 (dự kiến 18/3/2021).', 'dự kiến 18/3/2021',
    { relation: 'on', date: '2021-03-18', due: '2021-03-18', tentative: true }, { ctx: Y2021, rule: 'on-tentative' }],
  ['Hội nghị hiệp thương lần thứ ba (dự kiến 18/3)', 'dự kiến 18/3',
    { relation: 'on', date: '2021-03-18', due: '2021-03-18', tentative: true }, { ctx: Y2021 }],
  ['Hội nghị dự kiến tổ chức vào ngày 20/3/2026 tại Hội trường', 'dự kiến tổ chức vào ngày 20/3/2026',
    { relation: 'on', date: '2026-03-20', due: '2026-03-20', tentative: true }],
  ['sơ kết, dự kiến trong tháng 4/2026', 'dự kiến trong tháng 4/2026',
    { relation: 'on', date: '2026-04', due: '2026-04-30', tentative: true }],
  ['Thời gian dự kiến: 8 giờ 00 ngày 15/3/2026', 'dự kiến: 8 giờ 00 ngày 15/3/2026',
    { relation: 'on', date: '2026-03-15', due: '2026-03-15', time: '08:00', tentative: true }],
  ['in phiếu bầu, dự kiến hoàn thành trước ngày 05/3/2026', 'dự kiến hoàn thành trước ngày 05/3/2026',
    { relation: 'before', date: '2026-03-05', due: '2026-03-04', tentative: true }, { rule: 'before-date' }],
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
];

describe('on: scheduled events and "dự kiến"', () => {
  it.each(rows)('%s', (sentence, phrase, expected, options) => expectOne(sentence, phrase, expected, options));
});
