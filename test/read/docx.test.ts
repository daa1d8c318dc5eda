import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { docxToText, isDocx } from '../../src/read/docx.js';
import { buildDocx, type RunSpec } from '../support/docx-build.js';

const B = (text: string): RunSpec => ({ text, bold: true });

describe('docxToText', () => {
  it('renders headings, emphasis, numbering and a task table like our .txt inputs', async () => {
    const bytes = await buildDocx([
      { kind: 'p', style: 'Title', content: ['KẾT LUẬN'] },
      { kind: 'p', style: 'Heading1', content: ['I. NHIỆM VỤ TRỌNG TÂM'] },
      {
        kind: 'p',
        content: ['Sở Tài chính bố trí kinh phí, hoàn thành ', B('trước ngày '), B('01/3/2026'), '; ', { text: 'dự kiến 18/3/2026', italic: true }, '.'],
      },
      { kind: 'p', list: { numId: 1, level: 0 }, content: ['Sở Nội vụ chủ trì:'] },
      { kind: 'p', list: { numId: 1, level: 1 }, content: ['Tổng hợp danh sách cử tri;'] },
      { kind: 'p', list: { numId: 1, level: 1 }, content: ['Báo cáo ', { text: 'hằng tuần', bold: true, italic: true }, '.'] },
      { kind: 'p', list: { numId: 1, level: 0 }, content: ['Công an tỉnh bảo đảm an ninh.'] },
      { kind: 'p', list: { numId: 2, level: 0 }, content: ['Lưu: VT.'] },
      { kind: 'p', content: [] },
      {
        kind: 'table',
        widths: [700, 4000, 2200, 2000],
        rows: [
          ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian'],
          ['1', ['Rà soát danh sách', { break: true }, 'cử tri'], 'Sở Nội vụ', [B('Trước 30/11/2025')]],
          ['2', 'Kiểm tra A|B', { content: ['Công an tỉnh'], merge: 'restart' }, 'Quý I/2026'],
          ['3', 'Tuần tra', { content: [], merge: 'continue' }, 'Thường xuyên'],
          [{ content: ['II'], span: 1 }, { content: ['NHIỆM VỤ KHÁC'], span: 3 }],
        ],
      },
      { kind: 'p', content: [B('TM. ỦY BAN NHÂN DÂN'), { break: true }, B('CHỦ TỊCH')] },
    ]);
    const { text, warnings } = await docxToText(bytes);
    expect(text).toBe(
      [
        'KẾT LUẬN',
        '',
        'I. NHIỆM VỤ TRỌNG TÂM',
        '',
        'Sở Tài chính bố trí kinh phí, hoàn thành **trước ngày 01/3/2026**; *dự kiến 18/3/2026*.',
        '',
        '1. Sở Nội vụ chủ trì:',
        '',
        'a) Tổng hợp danh sách cử tri;',
        '',
        'b) Báo cáo ***hằng tuần***.',
        '',
        '2. Công an tỉnh bảo đảm an ninh.',
        '',
        '- Lưu: VT.',
        '',
        '| TT | Nội dung | Cơ quan chủ trì | Thời gian |',
        '|---|---|---|---|',
        // a cell's lines apart, as converters write them (the header's cells hold a line each)
        '| 1 | Rà soát danh sách<br>cử tri | Sở Nội vụ | **Trước 30/11/2025** |',
        '| 2 | Kiểm tra A\\|B | Công an tỉnh | Quý I/2026 |',
        '| 3 | Tuần tra | Công an tỉnh | Thường xuyên |',
        '| II | NHIỆM VỤ KHÁC |  |  |',
        '',
        '**TM. ỦY BAN NHÂN DÂN**',
        '**CHỦ TỊCH**',
      ].join('\n'),
    );
    expect(warnings).toEqual([]);
  });

  it('labels Word-numbered points as Word shows them: a lettered list at the first level, restarted by a new list', async () => {
    const bytes = await buildDocx([
      { kind: 'p', content: ['1. Sở Nông nghiệp và Môi trường có trách nhiệm:'] },
      { kind: 'p', list: { numId: 4, level: 0 }, content: ['Hướng dẫn nghiệp vụ;'] },
      { kind: 'p', list: { numId: 4, level: 0 }, content: ['Kiểm tra định kỳ.'] },
      { kind: 'p', content: ['2. Ủy ban nhân dân cấp xã có trách nhiệm:'] },
      { kind: 'p', list: { numId: 5, level: 0 }, content: ['Tiếp nhận hồ sơ.'] },
    ]);
    const { text } = await docxToText(bytes);
    expect(text.split('\n\n')).toEqual([
      '1. Sở Nông nghiệp và Môi trường có trách nhiệm:',
      'a) Hướng dẫn nghiệp vụ;',
      'b) Kiểm tra định kỳ.',
      '2. Ủy ban nhân dân cấp xã có trách nhiệm:',
      'a) Tiếp nhận hồ sơ.',
    ]);
  });

  it('decodes runs in legacy fonts (.VnTime, .VnTimeH capitals, VNI-Times) and warns on VPS', async () => {
    const bytes = await buildDocx([
      { kind: 'p', content: [{ text: 'Céng hßa x· héi chñ nghÜa ViÖt Nam', font: '.VnTime' }] },
      { kind: 'p', content: [{ text: 'ñy ban nh©n d©n tØnh', font: '.VnTimeH' }] },
      { kind: 'p', content: ['Kính gửi: ', { text: 'Sôû Noäi vuï', font: 'VNI-Times', bold: true }] },
      { kind: 'p', content: [{ text: 'Ha Noi', font: 'VPS Times' }] },
      { kind: 'p', content: [{ text: 'kết luận', caps: true }] },
    ]);
    const { text, warnings } = await docxToText(bytes);
    expect(text.split('\n\n')).toEqual([
      'Cộng hòa xã hội chủ nghĩa Việt Nam',
      'ỦY BAN NHÂN DÂN TỈNH',
      'Kính gửi: **Sở Nội vụ**',
      'Ha Noi',
      'KẾT LUẬN',
    ]);
    expect(warnings).toEqual([
      'docx-legacy-font-decoded:tcvn3',
      'docx-legacy-font-decoded:vni',
      'docx-unsupported-font:VPS Times',
    ]);
  });

  it('keeps Unicode text left in a legacy font (converted, font never changed)', async () => {
    const bytes = await buildDocx([{ kind: 'p', content: [{ text: 'Lào Cai, ngày 10 tháng 11', font: '.VnTime' }] }]);
    expect(await docxToText(bytes)).toEqual({ text: 'Lào Cai, ngày 10 tháng 11', warnings: [] });
  });

  it('falls back to mojibake repair when the legacy font is set in a style, out of mammoth\'s sight', async () => {
    const bytes = await buildDocx([
      { kind: 'p', content: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'] },
      { kind: 'p', content: ['Céng hßa x· héi chñ nghÜa ViÖt Nam'] },
      { kind: 'p', content: ['§éc lËp - Tù do - H¹nh phóc'] },
    ]);
    const { text, warnings } = await docxToText(bytes);
    expect(text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nCộng hòa xã hội chủ nghĩa Việt Nam\n\nĐộc lập - Tự do - Hạnh phúc');
    expect(warnings).toEqual(['docx-mojibake-repaired:tcvn3']);
  });

  it('never throws on a broken package', async () => {
    expect(await docxToText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({ text: '', warnings: ['docx-unreadable'] });
    const zip = new JSZip();
    zip.file('word/document.xml', '<not xml');
    const broken = await zip.generateAsync({ type: 'uint8array' });
    expect((await docxToText(broken)).warnings).toEqual(['docx-unreadable']);
  });
});

describe('isDocx', () => {
  it('is true for a WordprocessingML package', async () => {
    expect(isDocx(await buildDocx([{ kind: 'p', content: ['x'] }]))).toBe(true);
  });

  it('is false for other ZIPs and for text', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    expect(isDocx(await zip.generateAsync({ type: 'uint8array' }))).toBe(false);
    expect(isDocx(new TextEncoder().encode('PK is not enough: word/document.xml'))).toBe(false);
    expect(isDocx(new Uint8Array())).toBe(false);
  });
});

describe('fixtures/docx-ke-hoach-bang-nhiem-vu.docx', () => {
  const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/docx-ke-hoach-bang-nhiem-vu.docx', import.meta.url)));

  it('reads as a Kế hoạch with its task table and emphasized deadlines', async () => {
    expect(isDocx(bytes)).toBe(true);
    const { text, warnings } = await docxToText(bytes);
    expect(warnings).toEqual([]);
    const lines = text.split('\n');
    expect(lines).toContain('Số: 215/KH-UBND');
    expect(lines).toContain('KẾ HOẠCH');
    expect(lines).toContain('| **TT** | **Nội dung** | **Cơ quan chủ trì** | **Cơ quan phối hợp** | **Thời gian hoàn thành** |');
    expect(lines).toContain('|---|---|---|---|---|');
    const rows = lines.filter((l) => /^\| \d \|/.test(l));
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => r.split(' | ').at(-1))).toEqual([
      'Trước 30/11/2025 |',
      'Tháng 12/2025 |',
      'Tháng 12/2025 |',
      'Quý I/2026 |',
      'Thường xuyên |',
      '**Trước 28/02/2026** |',
    ]);
    expect(text).toContain('kết quả thực hiện **trước ngày 05/3/2026**.');
    expect(text).toContain('*định kỳ hằng tháng, trước ngày 25*');
    expect(lines).toContain('1. Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch này; tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện **trước ngày 05/3/2026**.');
  });
});
