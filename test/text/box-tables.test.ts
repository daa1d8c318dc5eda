import { describe, expect, it } from 'vitest';
import { boxTablesToPipes } from '../../src/text/box-tables.js';
import { csvToTabs } from '../../src/text/csv.js';

describe('boxTablesToPipes', () => {
  it('writes a w3m box table as a pipe table, each row\'s pieces joined per column, dates cut at "/" rejoined', () => {
    const text = [
      'before',
      '┌─────┬──────────────┬────────────┐',
      '│ TT  │  Nội dung    │ Thời gian  │',
      '│     │  nhiệm vụ    │ thực hiện  │',
      '├─────┼──────────────┴────────────┤',
      '│ I   │ KIỂM KÊ DI TÍCH           │',
      '├─────┼──────────────┬────────────┤',
      '│     │ Rà soát danh │ Trước 30/6 │',
      '│ 1   │ mục di tích  │ /2027      │',
      '├─────┼──────────────┼────────────┤',
      '│ 2   │ Lập hồ sơ    │ đến 30/5/  │',
      '│     │              │ 2027       │',
      '└─────┴──────────────┴────────────┘',
      'after',
    ].join('\n');
    const out = boxTablesToPipes(text).split('\n');
    expect(out).toHaveLength(14);
    expect(out.slice(0, 6)).toEqual([
      'before',
      '| TT | Nội dung nhiệm vụ | Thời gian thực hiện |',
      '|---|---|---|',
      '| I | KIỂM KÊ DI TÍCH |  |',
      '| 1 | Rà soát danh mục di tích | Trước 30/6/2027 |',
      '| 2 | Lập hồ sơ | đến 30/5/2027 |',
    ]);
    expect(out[13]).toBe('after');
  });

  it('leaves text without a box table as it is', () => {
    expect(boxTablesToPipes('│ a │ b │')).toBe('│ a │ b │');
    expect(boxTablesToPipes('plain text')).toBe('plain text');
  });
});

describe('csvToTabs', () => {
  const sheet = (rows: string[]) => rows.join('\n');
  it('rewrites a sheet saved as CSV as tab-separated lines, keeping every line\'s number', () => {
    const rows = [
      'ỦY BAN NHÂN DÂN,,CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM,,,',
      'Số: 186/BC-UBND,,"Ea Kar, ngày 05 tháng 7 năm 2027",,,',
      ',,,,,',
      'BÁO CÁO,,,,,',
      '"Kết quả thực hiện 6 tháng;',
      'nhiệm vụ 6 tháng cuối năm",,,,,',
      'TT,Nhiệm vụ,Đơn vị chủ trì,Đơn vị phối hợp,Thời gian hoàn thành,Ghi chú',
      '1,"Xây dựng 02 mô hình, hoàn thành tiêu chí số 17",Phòng Kinh tế,"Hội Phụ nữ; Đoàn Thanh niên",Quý III/2027,',
      '2,"Tuyên truyền ""nông thôn mới""",Phòng Văn hóa - Xã hội,,Hằng tuần,',
      ',,,,,',
      'Nơi nhận:,,,TM. ỦY BAN NHÂN DÂN,,',
    ];
    const out = csvToTabs(sheet(rows)).split('\n');
    expect(out).toHaveLength(rows.length);
    expect(out[1]).toBe('Số: 186/BC-UBND\t\tEa Kar, ngày 05 tháng 7 năm 2027');
    expect(out[4]).toBe('Kết quả thực hiện 6 tháng; nhiệm vụ 6 tháng cuối năm');
    expect(out[5]).toBe('');
    expect(out[7]).toBe('1\tXây dựng 02 mô hình, hoàn thành tiêu chí số 17\tPhòng Kinh tế\tHội Phụ nữ; Đoàn Thanh niên\tQuý III/2027');
    expect(out[8]).toBe('2\tTuyên truyền "nông thôn mới"\tPhòng Văn hóa - Xã hội\t\tHằng tuần');
    expect(out[10]).toBe('Nơi nhận:\t\t\tTM. ỦY BAN NHÂN DÂN');
  });

  it('leaves prose with commas as it is', () => {
    const prose = Array.from({ length: 12 }, (_, k) => `Dòng ${k}, có dấu phẩy, và,, hai dấu phẩy liền nhau ${'x,'.repeat(k % 4)}`).join('\n');
    expect(csvToTabs(prose)).toBe(prose);
  });
});
