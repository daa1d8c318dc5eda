import { describe, expect, it } from 'vitest';
import { barTablesToPipes } from '../../src/text/bar-tables.js';

const OCR = [
  'Việc rà soát được thực hiện theo 02 bước sau:',
  '',
  'Bước | Nội dung công việc | Cấp thực hiện | Thời gian',
  'hoàn thành',
  'Bước 1 | Rà soát, đánh giá cán bộ trong quy | Ban Thường vụ | Trước ngày',
  'hoạch; lập danh sách nguồn cán | đảng ủy xã, | 15-8-2027',
  'bộ dự kiến bổ sung. | phường',
  'Bước 2 | Tổ chức hội nghị Ban Chấp hành | Ban Chấp hành | Từ ngày 16-8',
  'giới thiệu nguồn bổ sung quy hoạch. | đảng bộ xã, I đến ngày',
  '| phường | 31-8-2027',
  '',
  'Ghi chú: thực hiện sớm hơn thời gian nêu trên.',
];

describe('tables read by OCR with their rules as " | "', () => {
  it('become pipe rows: wrapped lines fill the columns from the second on, a rule read as "I" is a rule', () => {
    const out = barTablesToPipes(OCR.join('\n')).split('\n');
    expect(out).toHaveLength(OCR.length);
    expect(out.slice(2, 6)).toEqual([
      '| Bước | Nội dung công việc | Cấp thực hiện | Thời gian hoàn thành |',
      '|---|---|---|---|',
      '| Bước 1 | Rà soát, đánh giá cán bộ trong quy hoạch; lập danh sách nguồn cán bộ dự kiến bổ sung. | Ban Thường vụ đảng ủy xã, phường | Trước ngày 15-8-2027 |',
      '| Bước 2 | Tổ chức hội nghị Ban Chấp hành giới thiệu nguồn bổ sung quy hoạch. | Ban Chấp hành đảng bộ xã, phường | Từ ngày 16-8 đến ngày 31-8-2027 |',
    ]);
    expect(out.slice(6, 10).every((l) => l === '')).toBe(true);
    expect(out[11]).toBe('Ghi chú: thực hiện sớm hơn thời gian nêu trên.');
  });
  it('leaves prose with bars, a table whose first column names no key, and a single row alone', () => {
    for (const text of [
      'Nội dung | Đơn vị | Thời gian\nRà soát | Sở Nội vụ | Quý I',
      'TT | Nội dung | Thời gian\n1 | Rà soát | Quý I',
      'Số điện thoại | email | địa chỉ',
    ]) expect(barTablesToPipes(text)).toBe(text);
  });
});
