import { describe, expect, it } from 'vitest';
import { multilineTablesToPipes } from '../../src/text/multiline-tables.js';

const TABLE = [
  'Trước bảng.',
  '',
  '  -----------------------------------------------------------------',
  '  **TT**   **Nhiệm vụ**             **Cơ quan chủ  **Thời hạn**',
  '                                    trì**          ',
  '  -------- ------------------------ -------------- ------------',
  '  1        Rà soát, cập nhật danh   Sở Xây dựng    Chậm nhất',
  '           mục điểm ngập                           ngày',
  '                                                   29-7-2027',
  '',
  '  2        Nạo vét hệ thống cống    Công ty TNHH   Quý IV-2027',
  '                                    MTV Thoát nước',
  '  -----------------------------------------------------------------',
  '',
  'Sau bảng.',
];

describe('pandoc multiline tables', () => {
  it('become pipe rows on the table\'s first lines, each cell\'s pieces joined; the lines after keep their numbers', () => {
    const out = multilineTablesToPipes(TABLE.join('\n')).split('\n');
    expect(out).toHaveLength(TABLE.length);
    expect(out.slice(2, 6)).toEqual([
      '| **TT** | **Nhiệm vụ** | **Cơ quan chủ trì** | **Thời hạn** |',
      '|---|---|---|---|',
      '| 1 | Rà soát, cập nhật danh mục điểm ngập | Sở Xây dựng | Chậm nhất ngày 29-7-2027 |',
      '| 2 | Nạo vét hệ thống cống | Công ty TNHH MTV Thoát nước | Quý IV-2027 |',
    ]);
    expect(out.slice(6, 13).every((l) => l === '')).toBe(true);
    expect(out[0]).toBe('Trước bảng.');
    expect(out[14]).toBe('Sau bảng.');
  });
  it('leaves a table its caller says is no task table (a layout table) as it is', () => {
    const text = TABLE.join('\n');
    expect(multilineTablesToPipes(text, (rows) => rows[0]?.includes('Nhiệm vụ') === false)).toBe(text);
  });
  it('leaves a rule that opens no table, and an unclosed one, as they are', () => {
    const text = ['Một đoạn văn.', '', '-------------------------', '', 'Đoạn sau.', '  -------- --------', '  a        b'].join('\n');
    expect(multilineTablesToPipes(text)).toBe(text);
  });
});
