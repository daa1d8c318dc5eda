/**
 * Writes fixtures/docx-ke-hoach-bang-nhiem-vu.docx: a realistic Kế hoạch of a
 * provincial People's Committee with a task table, a bold deadline in the
 * text, an italic recurring deadline, auto-numbered items and merged cells.
 * The bytes are deterministic (fixed zip timestamps), so re-running the
 * script leaves the committed file unchanged.
 *
 *   npx tsx scripts/make-docx-fixture.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDocx, type Block, type Inline, type RunSpec } from '../test/support/docx-build.js';

const B = (text: string): RunSpec => ({ text, bold: true });
const I = (text: string): RunSpec => ({ text, italic: true });
const p = (...content: Inline[]): Block => ({ kind: 'p', content });

const blocks: Block[] = [
  { kind: 'p', align: 'center', content: ['ỦY BAN NHÂN DÂN', { break: true }, B('TỈNH LÀO CAI')] },
  { kind: 'p', align: 'center', content: [B('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), { break: true }, B('Độc lập - Tự do - Hạnh phúc')] },
  p('Số: 215/KH-UBND'),
  { kind: 'p', align: 'right', content: [I('Lào Cai, ngày 10 tháng 11 năm 2025')] },
  { kind: 'p', style: 'Title', content: ['KẾ HOẠCH'] },
  {
    kind: 'p',
    align: 'center',
    content: [B('Triển khai công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 trên địa bàn tỉnh')],
  },
  p(
    'Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân ngày 25 tháng 6 năm 2015 và các văn bản sửa đổi, bổ sung;',
  ),
  p(
    'Thực hiện Kế hoạch số 102-KH/TU ngày 20/10/2025 của Ban Thường vụ Tỉnh ủy về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện như sau:',
  ),
  { kind: 'p', style: 'Heading1', content: ['I. MỤC ĐÍCH, YÊU CẦU'] },
  {
    kind: 'p',
    list: { numId: 1, level: 0 },
    content: [
      'Tổ chức thành công cuộc bầu cử bảo đảm dân chủ, bình đẳng, đúng pháp luật, an toàn, tiết kiệm; thực sự là ngày hội của toàn dân.',
    ],
  },
  {
    kind: 'p',
    list: { numId: 1, level: 0 },
    content: [
      'Phân công cụ thể nhiệm vụ cho từng cơ quan, đơn vị, địa phương; xác định rõ cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành từng nội dung công việc.',
    ],
  },
  { kind: 'p', style: 'Heading1', content: ['II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN'] },
  p('Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường tập trung thực hiện các nhiệm vụ sau:'),
  {
    kind: 'table',
    header: true,
    widths: [600, 3900, 1900, 2000, 1500],
    rows: [
      [[B('TT')], [B('Nội dung')], [B('Cơ quan chủ trì')], [B('Cơ quan phối hợp')], [B('Thời gian hoàn thành')]],
      [
        '1',
        'Rà soát, thống kê số lượng cử tri; dự kiến số đơn vị bầu cử, khu vực bỏ phiếu trên địa bàn',
        'Ủy ban nhân dân các xã, phường',
        'Công an tỉnh; Sở Nội vụ',
        'Trước 30/11/2025',
      ],
      [
        '2',
        'Tham mưu thành lập Ủy ban bầu cử tỉnh và các Tiểu ban giúp việc',
        'Sở Nội vụ',
        'Văn phòng Ủy ban nhân dân tỉnh',
        { content: ['Tháng 12/2025'], merge: 'restart' },
      ],
      [
        '3',
        'Bố trí kinh phí bảo đảm cho công tác bầu cử; hướng dẫn quản lý, sử dụng và thanh quyết toán kinh phí theo quy định',
        'Sở Tài chính',
        'Sở Nội vụ; Ủy ban nhân dân các xã, phường',
        { content: [], merge: 'continue' },
      ],
      [
        '4',
        'Xây dựng và triển khai kế hoạch thông tin, tuyên truyền về cuộc bầu cử trên các phương tiện thông tin đại chúng',
        'Sở Văn hóa, Thể thao và Du lịch',
        'Báo và Phát thanh, Truyền hình Lào Cai',
        'Quý I/2026',
      ],
      [
        '5',
        'Bảo đảm an ninh, trật tự, an toàn tại các điểm bỏ phiếu và nơi lưu giữ tài liệu bầu cử',
        'Công an tỉnh',
        'Bộ Chỉ huy Quân sự tỉnh; Ủy ban nhân dân các xã, phường',
        'Thường xuyên',
      ],
      [
        '6',
        'Bảo đảm hạ tầng kỹ thuật, đường truyền phục vụ tổng hợp, báo cáo kết quả bầu cử',
        'Sở Khoa học và Công nghệ',
        'Các doanh nghiệp viễn thông trên địa bàn tỉnh',
        [B('Trước 28/02/2026')],
      ],
    ],
  },
  { kind: 'p', style: 'Heading1', content: ['III. TỔ CHỨC THỰC HIỆN'] },
  {
    kind: 'p',
    list: { numId: 3, level: 0 },
    content: [
      'Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch này; tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện ',
      B('trước ngày 05/3/2026'),
      '.',
    ],
  },
  {
    kind: 'p',
    list: { numId: 3, level: 0 },
    content: [
      'Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm trước Ủy ban nhân dân tỉnh về kết quả thực hiện nhiệm vụ được giao; báo cáo tiến độ ',
      I('định kỳ hằng tháng, trước ngày 25'),
      ' (qua Sở Nội vụ).',
    ],
  },
  {
    kind: 'p',
    list: { numId: 3, level: 0 },
    content: [
      'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết./.',
    ],
  },
  p({ text: 'Nơi nhận:', bold: true, italic: true }),
  p('- Thường trực Tỉnh ủy;', { break: true }, '- Thường trực HĐND tỉnh;', { break: true }, '- Chủ tịch, các PCT UBND tỉnh;', { break: true }, '- Các sở, ban, ngành tỉnh;', { break: true }, '- UBND các xã, phường;', { break: true }, '- Lưu: VT, NC.'),
  { kind: 'p', align: 'center', content: [B('TM. ỦY BAN NHÂN DÂN'), { break: true }, B('KT. CHỦ TỊCH'), { break: true }, B('PHÓ CHỦ TỊCH')] },
  { kind: 'p', align: 'center', content: [B('Trần Minh Hoàng')] },
];

const target = fileURLToPath(new URL('../fixtures/docx-ke-hoach-bang-nhiem-vu.docx', import.meta.url));
writeFileSync(target, await buildDocx(blocks));
process.stdout.write(`wrote ${target}\n`);
