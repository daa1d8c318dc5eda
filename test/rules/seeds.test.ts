/**
 * The phrases of the five real documents in fixtures/ (the brief's required cases), and a
 * scan of each whole document: only real time limits come out (the lead later drops the
 * ones outside tasks, such as seed 001's "từ nay đến ngày bầu cử (15/3/2026)").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDeadlines, findNamedDates, foldName, type DateContext } from '../../src/extract/deadlines.js';
import { ELECTION, UNKNOWN, expectOne, type Row } from './corpus.js';

const FEB_2026: DateContext = { year: 2026, month: 2, day: null };
const Y2021: DateContext = { year: 2021, month: 2, day: 25 };
const Y2025: DateContext = { year: 2025, month: null, day: null };

const rows: Row[] = [
  ['bảo đảm chất lượng, an toàn, đúng pháp luật; hoàn thành trước ngày 01/3/2026.', 'hoàn thành trước ngày 01/3/2026',
    { relation: 'before', date: '2026-03-01', due: '2026-02-28' }, { ctx: FEB_2026 }],
  ['tạo điều kiện thuận lợi cho cử tri, hoàn thành trước ngày 10/3/2026. Đồng thời, tăng cường', 'hoàn thành trước ngày 10/3/2026',
    { relation: 'before', date: '2026-03-10', due: '2026-03-09' }, { ctx: UNKNOWN }],
  ['nhiệm kỳ 2026-2031 (đợt III) trước ngày 08/3/2026. Trong quá trình kiểm tra', 'trước ngày 08/3/2026',
    { relation: 'before', date: '2026-03-08', due: '2026-03-07' }, { ctx: UNKNOWN }],
  ['theo đúng quy định của pháp luật xong trước ngày 13/3/2026; tuyệt đối không để xảy ra sai sót về công tác in sao', 'xong trước ngày 13/3/2026',
    { relation: 'before', date: '2026-03-13', due: '2026-03-12' }, { ctx: UNKNOWN }],
  ['khu dân cư, khu vực công cộng từ ngày 10/3/2026 đến hết ngày bầu cử.', 'từ ngày 10/3/2026 đến hết ngày bầu cử',
    { relation: 'range', date: '2026-03-10', end: '2026-03-15', due: '2026-03-15' }, { ctx: UNKNOWN, named: ELECTION }],
  ['8. Trong ngày bầu cử (15/3/2026): Yêu cầu các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh', 'Trong ngày bầu cử (15/3/2026)',
    { relation: 'on', date: '2026-03-15', due: '2026-03-15' }, { ctx: UNKNOWN }],
  ['hướng dẫn cấp huyện, cấp xã tổ chức thành công Hội nghị hiệp thương lần thứ 2 (dự kiến 18/3/2021).', 'dự kiến 18/3/2021',
    { relation: 'on', date: '2021-03-18', due: '2021-03-18', tentative: true }, { ctx: Y2021 }],
  ['- Các Tổ giúp việc UBBC thực hiện chế độ báo cáo định kỳ trước 11h 00 phút ngày Thứ năm hàng tuần, để UBBC báo cáo Hội đồng bầu cử Quốc gia', 'trước 11h 00 phút ngày Thứ năm hàng tuần',
    { relation: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=TH', time: '11:00', due: null }, { ctx: Y2021 }],
  ['Tổ trưởng Tổ giúp việc chủ trì giao ban định kỳ hàng tuần của Tổ giúp việc', 'định kỳ hàng tuần',
    { relation: 'recurring', rrule: 'FREQ=WEEKLY' }, { ctx: UNKNOWN }],
  ['lập nhóm Zalo nội bộ của Sở để báo cáo tiến độ hàng ngày cho Giám đốc Sở nắm, chỉ đạo.', 'hàng ngày',
    { relation: 'recurring', rrule: 'FREQ=DAILY' }, { ctx: UNKNOWN }],
  ['bảo đảm 100% các xã, phường hoàn thành trước ngày 30/11/2025 theo đúng quy định.', 'hoàn thành trước ngày 30/11/2025',
    { relation: 'before', date: '2025-11-30', due: '2025-11-29' }, { ctx: UNKNOWN }],
  ['các địa phương khẩn trương đề xuất nhu cầu gửi về Sở Nội vụ trước ngày 13/12/2025 để tổng hợp, tham mưu', 'trước ngày 13/12/2025',
    { relation: 'before', date: '2025-12-13', due: '2025-12-12' }, { ctx: Y2025 }],
];

describe('required phrases from the real documents', () => {
  it.each(rows)('%s', (sentence, phrase, expected, options) => expectOne(sentence, phrase, expected, options));
});

describe('named dates from seed 001', () => {
  it('"Trong ngày bầu cử (15/3/2026): Yêu cầu…" defines ngày bầu cử', () => {
    const text = '8. Trong ngày bầu cử (15/3/2026): Yêu cầu các đồng chí';
    expect(findNamedDates(text, UNKNOWN)).toEqual([
      { start: 9, end: 32, name: 'ngày bầu cử', date: '2026-03-15', text: 'ngày bầu cử (15/3/2026)' },
    ]);
  });
  it('"thời gian từ nay đến ngày bầu cử (15/3/2026) chỉ còn 9 ngày" defines ngày bầu cử', () => {
    const text = 'Tuy nhiên, thời gian từ nay đến ngày bầu cử (15/3/2026) chỉ còn 9 ngày';
    const got = findNamedDates(text, UNKNOWN);
    expect(got.map((d) => [d.name, d.date, d.text])).toEqual([['ngày bầu cử', '2026-03-15', 'ngày bầu cử (15/3/2026)']]);
    expect(foldName(got[0]!.name)).toBe('ngày bầu cử');
  });
});

describe('whole documents', () => {
  const docs: Array<[string, DateContext, string[]]> = [
    ['seed-000-cong-van-ubnd-lao-cai.txt', FEB_2026, ['hoàn thành trước ngày 01/3/2026', 'trước ngày 01/3/2026']],
    ['seed-001-ban-thuong-vu-tinh-uy-lao-cai.txt', UNKNOWN, [
      // "thời gian từ nay đến ngày bầu cử (15/3/2026) chỉ còn 9 ngày" says how much time is left
      'hoàn thành trước ngày 10/3/2026', 'trước ngày 08/3/2026',
      'xong trước ngày 13/3/2026', 'từ ngày 10/3/2026 đến hết ngày bầu cử', 'Trong ngày bầu cử (15/3/2026)',
    ]],
    ['seed-002-ket-luan-ubbc-son-la.txt', Y2021, ['dự kiến 18/3/2021', 'trước 11h 00 phút ngày Thứ năm hàng tuần']],
    ['seed-003-thong-bao-ket-luan-dang-uy-so-noi-vu.txt', UNKNOWN, [
      'hoàn thành trước ngày 30/11/2025', 'định kỳ hàng tuần', 'hàng ngày', 'hoàn thành trước ngày 20/11/2025',
    ]],
    ['seed-004-cong-van-so-noi-vu-dien-bien.txt', Y2025, ['trước ngày 13/12/2025']],
  ];
  it.each(docs)('%s', (file, ctx, phrases) => {
    const text = readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8').replace(/\*/g, '');
    const got = findDeadlines(text, ctx);
    expect(got.map((m) => m.text)).toEqual(phrases);
    for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
