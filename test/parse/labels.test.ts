import { describe, expect, it } from 'vitest';
import { readLabel } from '../../src/segment/labels.js';

describe('readLabel', () => {
  const positive: Array<[string, string, string, string]> = [
    // text, kind, raw, key
    ['I. ĐÁNH GIÁ CHUNG', 'roman', 'I.', 'I'],
    ['II- NHIỆM VỤ', 'roman', 'II-', 'II'],
    ['IV. Tổ chức thực hiện', 'roman', 'IV.', 'IV'],
    ['1. Sở Nội vụ chủ trì', 'dec1', '1.', '1'],
    ['1- Tăng cường', 'dec1', '1-', '1'],
    ['10) Báo cáo', 'dec1', '10)', '10'],
    ['1.1. Đảng ủy Hội đồng nhân dân tỉnh', 'dec2', '1.1.', '1.1'],
    ['2.1 Cơ quan thường trực', 'dec2', '2.1', '2.1'],
    ['1.1.1. Rà soát', 'dec3', '1.1.1.', '1.1.1'],
    ['(1) Tổ chức tiếp nhận', 'paren-num', '(1)', '(1)'],
    ['(a) Hướng dẫn', 'paren-letter', '(a)', '(a)'],
    ['a) Rà soát, đề xuất', 'letter', 'a)', 'a'],
    ['đ) Kiểm tra', 'letter', 'đ)', 'đ'],
    ['b. Xây dựng quy chế', 'letter', 'b.', 'b'],
    ['- Thực hiện tốt', 'dash', '-', ''],
    ['-Phòng và chống', 'dash', '-', ''],
    ['– Tổng hợp', 'dash', '–', ''],
    ['+ Kiểm tra', 'plus', '+', ''],
    ['• Theo dõi', 'bullet', '•', ''],
    ['Điều 2. Giao Sở Tài chính', 'article', 'Điều 2.', 'Điều 2'],
    ['Điều 3.', 'article', 'Điều 3.', 'Điều 3'],
    ['A. PHẦN MỞ ĐẦU', 'upper', 'A.', 'A'],
    ['Phần I. KẾT QUẢ', 'part', 'Phần I.', 'Phần I'],
    ['PHẦN II', 'part', 'PHẦN II', 'Phần II'],
    // as a village secretary types them: "III/ PHƯƠNG HƯỚNG", "a/ Chi bộ …"
    ['III/ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2027', 'roman', 'III/', 'III'],
    ['a/ Chi bộ sinh hoạt thường kỳ', 'letter', 'a/', 'a'],
    // a schedule's lines: two months, a quarter
    ['Tháng 1, 2: Chi ủy tổ chức quán triệt', 'month', 'Tháng 1, 2:', 'Tháng 1, 2'],
    ['Quý II: chi hội nông dân chủ trì', 'month', 'Quý II:', 'Quý II'],
    // pasted from a chat app: keycap numbers and emoji bullets
    ['1️⃣ Trưởng các thôn: chủ trì', 'dec1', '1️⃣', '1'],
    ['3\u20E3 Công an xã:', 'dec1', '3\u20E3', '3'],
    ['🔟 Văn phòng xã', 'dec1', '🔟', '10'],
    ['👉 Chủ trì, phối hợp', 'bullet', '👉', ''],
    ['➡️ Tổng hợp danh sách', 'bullet', '➡️', ''],
    ['✅ Báo cáo kết quả', 'bullet', '✅', ''],
    // a dash a scan or a word processor made after a letter or a number
    ['b— Chỉ đạo Sở Công Thương chủ trì', 'letter', 'b—', 'b'],
    ['c– Chỉ đạo Sở Y tế', 'letter', 'c–', 'c'],
    ['3– Đảng ủy Công an thành phố', 'dec1', '3–', '3'],
    // a step of a procedure; "1/" as typed on a phone
    ['Bước 1: Đăng ký cấp mã số', 'step', 'Bước 1:', 'Bước 1'],
    ['BƯỚC 2. TIẾP NHẬN', 'step', 'BƯỚC 2.', 'Bước 2'],
    ['1/ Trưởng các thôn, buôn:', 'dec1', '1/', '1'],
    // arrows typed in a chat
    ['=> Giao Ban Xây dựng Đảng chủ trì', 'bullet', '=>', ''],
    ['-> Báo cáo kết quả', 'bullet', '->', ''],
    ['→ Tổng hợp', 'bullet', '→', ''],
    // a word processor's second level under "●"
    ['○ Mỗi môn tối thiểu 24 tiết ôn tập', 'bullet2', '○', ''],
  ];
  it.each(positive)('%s → %s', (text, kind, raw, key) => {
    const label = readLabel(text);
    expect(label).not.toBeNull();
    expect(label?.kind).toBe(kind);
    expect(label?.raw).toBe(raw);
    expect(label?.key).toBe(key);
  });

  const negative = [
    'V/v triển khai thực hiện',
    'I/2026 đã hoàn thành',
    'Quý II/2027 hoàn thành',
    '25/02/2021, đồng chí chủ trì',
    '45 xã, phường hoàn thành',
    '100% các xã',
    '2021-2026 là nhiệm kỳ',
    '1.000 người tham gia',
    'Kính gửi: Sở Nội vụ',
    '⚠️ Tình hình: từ đầu năm',
    '📢 Gửi các đơn vị',
    'Sở Nội vụ chủ trì',
    '-5% so với cùng kỳ',
    '805-CV/ĐU ngày 12/02/2026',
    '131-KL/BCĐ',
    'Ivan',
    // a hard-wrapped "hoàn thành trong quý II-2026." leaves the quarter at a line start
    'II-2026.',
    'III - 2026, các xã',
    // a date at a line start is no "1/" label
    '1/5/2027 là ngày Quốc tế Lao động',
    'Bước đầu đã có kết quả',
  ];
  it.each(negative)('no label in %s', (text) => {
    expect(readLabel(text)).toBeNull();
  });
});
