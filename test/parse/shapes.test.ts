/**
 * Document shapes met in the held-out sets, each as a minimal document: what ends a subject
 * written without a blank line after it, where an aligned PDF table ends, and cells holding
 * several dated lines.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse.js';

const parse = (text: string, path = 'doc.txt') => parseDocument(Buffer.from(text), { path });

describe('the subject ends where the body starts, blank line or not', () => {
  it('at "<SENDER> điện:" in a Công điện, whose lines after it are the recipients', () => {
    const doc = parse(
      [
        'ỦY BAN NHÂN DÂN', 'TỈNH TUYÊN QUANG', 'Số: 07/CĐ-UBND', 'Tuyên Quang, ngày 17 tháng 9 năm 2026', 'CÔNG ĐIỆN',
        'Về việc tập trung ứng phó với bão số 6 và mưa lớn, chủ động phòng, tránh', 'sạt lở đất, lũ quét trên địa bàn tỉnh',
        'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:', '- Giám đốc Công an tỉnh;', '- Chủ tịch Ủy ban nhân dân các xã, phường.',
        'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:', '1. Công an tỉnh bố trí lực lượng trước 17 giờ 00 ngày 18/9/2026.',
      ].join('\n'),
    );
    expect(doc.document.subject).toBe('Về việc tập trung ứng phó với bão số 6 và mưa lớn, chủ động phòng, tránh sạt lở đất, lũ quét trên địa bàn tỉnh');
    expect(doc.document.recipients).toEqual(['Giám đốc Công an tỉnh', 'Chủ tịch Ủy ban nhân dân các xã, phường']);
    expect(doc.tasks.map((t) => t.id)).toEqual(['1']);
  });

  it('at a line that opens the body ("Năm 2026, tình hình …")', () => {
    const doc = parse(
      [
        'ỦY BAN NHÂN DÂN', 'TỈNH ĐỒNG NAI', 'Số: 21/CT-UBND', 'Đồng Nai, ngày 30 tháng 11 năm 2026', 'CHỈ THỊ',
        'Về tăng cường bảo đảm trật tự, an toàn giao thông dịp Tết Dương lịch,', 'Tết Nguyên đán Đinh Mùi và mùa Lễ hội Xuân năm 2027',
        'Năm 2026, tình hình trật tự, an toàn giao thông trên địa bàn tỉnh cơ bản được kiểm soát.',
        '1. Công an tỉnh tổ chức tuần tra, kiểm soát từ ngày 15/12/2026 đến ngày 28/02/2027.',
      ].join('\n'),
    );
    expect(doc.document.subject).toBe('Về tăng cường bảo đảm trật tự, an toàn giao thông dịp Tết Dương lịch, Tết Nguyên đán Đinh Mùi và mùa Lễ hội Xuân năm 2027');
  });
});

describe('aligned (pdftotext -layout) tables', () => {
  it('end at a section heading indented like a cell', () => {
    const doc = parse(
      [
        'KẾ HOẠCH', 'Phát triển sản phẩm OCOP năm 2026', '',
        '        II. NHIỆM VỤ CỤ THỂ', '',
        ' TT   Nội dung công việc                    Đơn vị chủ trì      Thời gian thực hiện',
        ' 1    Rà soát các sản phẩm OCOP             Phòng Kinh tế       Trước 30/6/2026',
        ' 2    Kiểm tra, giám sát chất lượng sản     Phòng Kinh tế       Thường xuyên',
        '      phẩm OCOP', '',
        '        III. TỔ CHỨC PHIÊN CHỢ', '        1. Các chủ thể OCOP đăng ký gian hàng chậm nhất ngày 25/7/2026.',
      ].join('\n'),
    );
    expect(doc.tasks.map((t) => t.id)).toEqual(['II/1', 'II/2', 'III/1']);
    expect(doc.tasks.find((t) => t.id === 'II/2')?.text).not.toMatch(/TỔ CHỨC/u);
  });
});

describe('table cells with several dated lines', () => {
  it('"- Trình UBND tỉnh: Quý IV/2026<br>- Hoàn thành xử lý: năm 2027" gives two deadlines', () => {
    const doc = parse(
      [
        'KẾ HOẠCH', 'Xử lý tài sản công', '',
        '| TT | Nội dung | Đơn vị chủ trì | Thời gian |',
        '| --- | --- | --- | --- |',
        '| 1 | Phương án bán đấu giá nhà, đất | Sở Tài chính | - Trình UBND tỉnh: Quý IV/2026<br>- Hoàn thành xử lý: năm 2027 |',
      ].join('\n'),
      'doc.md',
    );
    expect(doc.deadlines.map((d) => [d.taskId, d.relation, d.date, d.due])).toEqual([
      ['1', 'by', '2026-12-31', '2026-12-31'],
      ['1', 'by', '2027', '2027-12-31'],
    ]);
  });
});
