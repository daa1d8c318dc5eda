import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const doc = (text: string) => parseDocument(text).document;

describe('header and closing of a document', () => {
  it('reads a state header flattened into lines (two-line issuer, blank number, draft date)', () => {
    const d = doc(`ỦY BAN NHÂN DÂN
TỈNH LÀO CAI

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số:     /UBND-NC

Lào Cai, ngày     tháng 02 năm 2026

V/v triển khai kết luận

Kính gửi:

- Ủy ban bầu cử tỉnh;
- Ủy ban nhân dân các xã, phường.

Nội dung.`);
    expect(d.issuer).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Lào Cai', parent: null });
    expect(d).toMatchObject({ type: 'cong-van', reference: '/UBND-NC', number: null, symbol: 'UBND-NC', place: 'Lào Cai', layout: 'state' });
    expect(d.date).toMatchObject({ iso: null, year: 2026, month: 2, day: null });
    expect(d.recipients).toEqual(['Ủy ban bầu cử tỉnh', 'Ủy ban nhân dân các xã, phường']);
    expect(d.subject).toBe('triển khai kết luận');
  });

  it('reads a party header, number without colon, and the T/M signature', () => {
    const p = parseDocument(`TỈNH ỦY QUẢNG TRỊ
*
Số 123-TB/TU

ĐẢNG CỘNG SẢN VIỆT NAM
Quảng Trị, ngày 08 tháng 01 năm 2026

THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY
-----

1. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo thực hiện.

Nơi nhận:
- Như trên,
- Lưu Văn phòng Tỉnh ủy.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Nguyễn Văn Bình`);
    const d = p.document;
    expect(d).toMatchObject({ type: 'thong-bao', typeName: 'Thông báo kết luận', reference: '123-TB/TU', number: '123', symbol: 'TB/TU', layout: 'party' });
    expect(d.issuer?.name).toBe('Tỉnh ủy Quảng Trị');
    expect(d.date?.iso).toBe('2026-01-08');
    expect(d.signer).toMatchObject({ name: 'Nguyễn Văn Bình', position: 'Phó Bí thư', authority: 'T/M Ban Thường vụ' });
    expect(d.distribution).toEqual(['Như trên', 'Lưu Văn phòng Tỉnh ủy']);
    expect(p.tasks.map((t) => [t.id, t.lead])).toEqual([['1', ['Đảng ủy Ủy ban nhân dân tỉnh']]]);
  });

  it('reads "Số:" and the place-date on one line, and a one-line Kính gửi split on ";"', () => {
    const d = doc(`Số: 612/UBND-KT          Hà Tĩnh, ngày 11 tháng 02 năm 2026
V/v khẩn trương chi trả hỗ trợ Tết
cho các hộ dân

HỎA TỐC

Kính gửi: Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường.

Nội dung.`);
    expect(d).toMatchObject({ reference: '612/UBND-KT', number: '612', place: 'Hà Tĩnh', urgency: 'HỎA TỐC', type: 'cong-van' });
    expect(d.subject).toBe('khẩn trương chi trả hỗ trợ Tết cho các hộ dân');
    expect(d.recipients).toEqual(['Các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các xã, phường']);
  });

  it('reads a header whose cells are separated by "|" lines, a broken motto and a broken date', () => {
    const d = doc(`ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập  Tự do  Hạnh phúc
|
Số: 1528/QĐUBND
|
Bình Định, ngày
29 tháng 04 năm 2021
|
QUYẾT ĐỊNH
BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH
ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.`);
    // The hyphen lost in PDF text is restored in the reference.
    expect(d).toMatchObject({ type: 'quyet-dinh', reference: '1528/QĐ-UBND', place: 'Bình Định', layout: 'state' });
    expect(d.issuer?.name).toBe('Ủy ban nhân dân tỉnh Bình Định');
    expect(d.date?.iso).toBe('2021-04-29');
    expect(d.subject).toBe('BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH');
  });

  it('unfolds markdown layout tables with <br> (header and signature)', () => {
    const d = doc(`| **ỦY BAN NHÂN DÂN**<br>**TỈNH TÂY NINH**<br>-------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |
|---|---|
| Số: 1047/KH-UBND | *Tây Ninh, ngày 10 tháng 11 năm 2025* |

**KẾ HOẠCH**

**Thực hiện nhiệm vụ cải cách hành chính**

1. Sở Nội vụ theo dõi, đôn đốc./.

| ***Nơi nhận:***<br>- Bộ Nội vụ (b/c);<br>- Lưu: VT, KSTT. | **KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br>**Nguyễn Hồng Thanh** |
|---|---|`);
    expect(d).toMatchObject({ type: 'ke-hoach', reference: '1047/KH-UBND', place: 'Tây Ninh', subject: 'Thực hiện nhiệm vụ cải cách hành chính' });
    expect(d.issuer?.name).toBe('Ủy ban nhân dân tỉnh Tây Ninh');
    expect(d.signer).toMatchObject({ name: 'Nguyễn Hồng Thanh', position: 'Phó Chủ tịch', authority: 'KT. Chủ tịch' });
    expect(d.distribution).toEqual(['Bộ Nội vụ (b/c)', 'Lưu: VT, KSTT']);
  });

  it('reads a pandoc simple table whose date cell wraps before the year', () => {
    const d = doc(
      [
        '  -----------------------------------------------------------------------',
        '  **ỦY BAN NHÂN DÂN**                 **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT',
        '                                      NAM**',
        '  **TỈNH LAI CHÂU**                   **Độc lập - Tự do - Hạnh phúc**',
        '',
        '  Số: 142/QĐ-UBND                     *Lai Châu, ngày 22 tháng 01 năm',
        '                                      2027*',
        '  -----------------------------------------------------------------------',
        '',
        '**QUYẾT ĐỊNH**',
        '',
        '**Ban hành Kế hoạch phòng, chống bệnh dại năm 2027**',
      ].join('\n'),
    );
    expect(d.date?.iso).toBe('2027-01-22');
    expect(d.subject).toBe('Ban hành Kế hoạch phòng, chống bệnh dại năm 2027');
  });

  it.each([
    ['on the type line', 'KẾ HOẠCH LIÊN TỊCH\nPhối hợp giám sát việc giải quyết kiến nghị của cử tri năm 2027'],
    ['on a line of its own', 'KẾ HOẠCH\nLIÊN TỊCH\nPhối hợp giám sát việc giải quyết kiến nghị của cử tri năm 2027'],
  ])('reads "LIÊN TỊCH" %s as part of the type, not the subject', (_where, title) => {
    const d = doc(`ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\nSố: 18/KHLT-UBND-MTTQ\nQuảng Ninh, ngày 26 tháng 10 năm 2026\n\n${title}\n\nCăn cứ Luật Mặt trận Tổ quốc Việt Nam;`);
    expect(d.typeName).toBe('Kế hoạch');
    expect(d.subject).toBe('Phối hợp giám sát việc giải quyết kiến nghị của cử tri năm 2027');
  });

  it('joins a document symbol broken at its hyphen', () => {
    const d = doc(`UBND TỈNH LAI CHÂU
SỞ NỘI VỤ
Số: 3104/SNV-
XDCQ&CTTN
V/v báo cáo
Lai Châu, ngày 05 tháng 12 năm 2025
Nội dung.`);
    expect(d).toMatchObject({ reference: '3104/SNV-XDCQ&CTTN', symbol: 'SNV-XDCQ&CTTN' });
    expect(d.issuer).toMatchObject({ name: 'Sở Nội vụ', parent: 'UBND tỉnh Lai Châu' });
  });

  it('reads a signature with no authority prefix and a signature interleaved with Nơi nhận by tabs', () => {
    expect(doc('Nội dung.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nNguyễn Tiên Đạt').signer).toMatchObject({
      name: 'Nguyễn Tiên Đạt',
      position: 'Giám đốc',
      authority: null,
    });
    const d = doc('Nội dung.\n\nNơi nhận:\tKT. GIÁM ĐỐC\n- UBND tỉnh (b/c);\tPHÓ GIÁM ĐỐC\n- Lưu: VT, CCVC.\tVõ Thị Ngọc Hà');
    expect(d.signer).toMatchObject({ name: 'Võ Thị Ngọc Hà', position: 'Phó Giám đốc', authority: 'KT. Giám đốc' });
    expect(d.distribution).toEqual(['UBND tỉnh (b/c)', 'Lưu: VT, CCVC']);
  });

  it('drops a rank or degree before the signer\'s name', () => {
    const d = doc('Nội dung.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỈ HUY TRƯỞNG\nPHÓ CHỈ HUY TRƯỞNG - THAM MƯU TRƯỞNG\n\nĐại tá Lê Văn Thành');
    expect(d.signer).toMatchObject({ name: 'Lê Văn Thành', position: 'Phó Chỉ huy trưởng - Tham mưu trưởng', authority: 'KT. Chỉ huy trưởng' });
    expect(doc('Nội dung.\n\nGIÁM ĐỐC\n\nTS. Nguyễn Văn Bình').signer).toMatchObject({ name: 'Nguyễn Văn Bình' });
  });

  it('starts a new issuer group at a tax office of 2025 ("CỤC THUẾ" over "THUẾ TỈNH NINH BÌNH")', () => {
    const d = doc('CỤC THUẾ\nTHUẾ TỈNH NINH BÌNH\nSố: 12/TB-NBI\nNinh Bình, ngày 28 tháng 12 năm 2026\nTHÔNG BÁO\nVề thời hạn nộp thuế\nNội dung.');
    expect(d.issuer).toMatchObject({ name: 'Thuế tỉnh Ninh Bình', parent: 'Cục Thuế' });
  });

  it('finds a cited document with a word or two between its type and "số" ("Báo cáo thẩm tra số …")', () => {
    const d = doc('Số: 41/NQ-HĐND\nXét Báo cáo thẩm tra số 19/BC-KTNS ngày 18 tháng 12 năm 2026 của Ban Kinh tế - Ngân sách; Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017.');
    expect(d.references.map((r) => [r.reference, r.date])).toEqual([
      ['19/BC-KTNS', '2026-12-18'],
      ['403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN', '2017-06-15'],
    ]);
  });

  it('finds cited documents, broken symbols included, and not the document itself', () => {
    const d = doc(`Số: 12/TB-UBND
Thực hiện kết luận số 131-KL/BCĐ ngày 12/02/2026 của Ban Chỉ đạo Bầu cử tỉnh; Công văn số 2986/SNV-
XDCQ&CTTN ngày 14/11/2025 của Sở Nội vụ; Chỉ thị số 46-CT/TW ngày 16-5-2025 của Bộ Chính trị và Kế hoạch số 85-KH/TU ngày 20-6-2025; Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Thông báo số 12/TB-UBND.`);
    expect(d.references.map((r) => [r.type, r.reference, r.date])).toEqual([
      ['ket-luan', '131-KL/BCĐ', '2026-02-12'],
      ['cong-van', '2986/SNV-XDCQ&CTTN', '2025-11-14'],
      ['chi-thi', '46-CT/TW', '2025-05-16'],
      ['ke-hoach', '85-KH/TU', '2025-06-20'],
      ['luat', null, '2015-06-19'],
    ]);
    expect(d.references[0]?.issuer).toBe('Ban Chỉ đạo Bầu cử tỉnh');
  });

  it('warns about blank numbers and incomplete dates, and about text that is not a document', () => {
    const p = parseDocument('Số: /UBND-NC\nLào Cai, ngày tháng 02 năm 2026\n');
    expect(p.warnings.map((w) => w.code)).toEqual(['number-blank', 'date-incomplete']);
    const q = parseDocument('Hôm nay trời đẹp. Chúng tôi đi chơi công viên.');
    expect(q.warnings.map((w) => w.code)).toEqual(['not-a-document']);
    expect(q.document.type).toBeNull();
    expect(q.tasks).toEqual([]);
  });
});
