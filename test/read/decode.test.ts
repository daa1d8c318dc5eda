import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeWith, looksBinary, repairMojibake } from '../../src/read/decode.js';
import { encodeAs, readAsCp1252, type Variant } from '../support/legacy-encode.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(parts.flatMap((p) => [...p]));

describe('Unicode input', () => {
  it('reads empty input as empty UTF-8', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', confidence: 'high' });
  });

  it.each([
    ['utf-8', 'utf-8'],
    ['utf-8-bom', 'utf-8-bom'],
    ['utf-16le', 'utf-16le'],
    ['utf-16be', 'utf-16be'],
    ['utf-8-nfd', 'utf-8'],
  ] as [Variant, string][])('%s', (variant, encoding) => {
    const text = 'Kính gửi: Ủy ban nhân dân tỉnh\r\nhoàn thành trước ngày 01/3/2026';
    expect(decodeBytes(encodeAs(text, variant))).toEqual({ text, encoding, confidence: 'high' });
  });

  it('returns NFC and leaves line breaks and the BOM-less text as decoded', () => {
    const nfd = 'Vie\u0323\u0302t Nam\r\nA\rB\n';
    expect(decodeBytes(utf8(nfd)).text).toBe('Việt Nam\r\nA\rB\n');
  });

  it('reads UTF-16 without a BOM, with low confidence', () => {
    const text = 'Sở Nội vụ tỉnh Điện Biên\nCông văn số 2986/SNV';
    const le = new Uint8Array(Buffer.from(text, 'utf16le'));
    expect(decodeBytes(le)).toEqual({ text, encoding: 'utf-16le', confidence: 'low' });
    const be = le.slice();
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    expect(decodeBytes(be)).toMatchObject({ text, encoding: 'utf-16be' });
    // ASCII in UTF-16 is also valid UTF-8 (with NULs): the NUL pattern wins.
    expect(decodeBytes(new Uint8Array(Buffer.from('Plain ASCII text\n', 'utf16le')))).toMatchObject({
      text: 'Plain ASCII text\n',
      encoding: 'utf-16le',
    });
  });

  it('decodes invalid UTF-8 after a UTF-8 BOM with replacement characters, low confidence', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff]))).toEqual({
      text: 'a\ufffd',
      encoding: 'utf-8-bom',
      confidence: 'low',
    });
  });
});

describe('short legacy text is not mistaken', () => {
  const lines = [
    'ngày tháng năm',
    'Ngày 05 tháng 3 năm 2026',
    'Cộng hòa xã hội chủ nghĩa Việt Nam',
    'Độc lập - Tự do - Hạnh phúc',
    'Sở Nội vụ',
    'Đà Nẵng',
    'Trung ương',
    'hoàn thành trước ngày 01/3/2026',
  ];
  const variants: [Variant, string][] = [
    ['tcvn3', 'tcvn3'],
    ['vni', 'vni'],
    ['windows-1258', 'windows-1258'],
    ['viscii', 'viscii'],
    ['mojibake-tcvn3', 'utf-8+tcvn3-repaired'],
    ['mojibake-vni', 'utf-8+vni-repaired'],
    ['mojibake-utf-8', 'utf-8+windows-1252-repaired'],
    ['mojibake-windows-1258', 'utf-8+windows-1258-repaired'],
  ];
  const cases = lines.flatMap((line) => variants.map(([variant, encoding]) => [line, variant, encoding] as const));

  it.each(cases)('%s as %s', (line, variant, encoding) => {
    const decoded = decodeBytes(encodeAs(line, variant));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text.toLowerCase()).toBe(line.toLowerCase());
  });

  it('says low confidence when a one-liner gives little evidence', () => {
    expect(decodeBytes(encodeAs('ngày tháng năm', 'tcvn3')).confidence).toBe('low');
  });

  it('reads legacy text that happens to be valid UTF-8 as legacy (VISCII "ươ" is DF BD)', () => {
    expect(decodeBytes(encodeAs('Trung ương', 'viscii'))).toMatchObject({ text: 'Trung ương', encoding: 'viscii' });
  });

  it('leaves a marker-free mojibake line alone (no evidence): "Sè:" could be Unicode', () => {
    const line = readAsCp1252(encodeAs('Số: 19/KL-UBBC', 'tcvn3'));
    expect(line).toBe('Sè: 19/KL-UBBC');
    expect(decodeBytes(utf8(line))).toMatchObject({ text: line, encoding: 'utf-8' });
  });
});

describe('TCVN3 specifics', () => {
  it('keeps Windows-1252 punctuation typed in .VnTime text (the VN1 capitals trap)', () => {
    const bytes = encodeAs('Phương châm “3 mới” – kết quả… tốt', 'tcvn3');
    expect(decodeWith(bytes, 'tcvn3')).toBe('Phương châm “3 mới” – kết quả… tốt');
  });

  it('reads VN1 capitals where they stand inside or at the edge of a word', () => {
    // "CỘNG" and "BỘ" put Ộ on 0x97, the em dash of Windows-1252.
    expect(decodeWith(encodeAs('CỘNG HÒA, BỘ NỘI VỤ — SỞ', 'tcvn3-vn1'), 'tcvn3')).toBe('CỘNG HÒA, BỘ NỘI VỤ — SỞ');
  });

  it('never reads mojibake punctuation as VN1 capitals', () => {
    expect(repairMojibake('Céng hßa – “x· héi”').text).toBe('Cộng hòa – “xã hội”');
  });

  it('leaves a lone separator alone in Unicode text, and repairs "Â·" in UTF-8 read as Windows-1252', () => {
    // "·" is TCVN3's "ã", but alone between spaces it is a separator (a chat's file line).
    const unicode = 'Văn phòng UBND xã gửi các đơn vị.\n215-UBND-VP_signed.pdf · 312 KB';
    expect(repairMojibake(unicode)).toEqual({ text: unicode, kind: null, confidence: 'high' });
    const text = 'Văn phòng UBND xã gửi các đơn vị trực thuộc.\nĐề nghị các đơn vị triển khai ngay.\n215-UBND-VP_signed.pdf · 312 KB';
    const utf8AsCp1252 = new TextDecoder('latin1').decode(new TextEncoder().encode(text));
    expect(repairMojibake(utf8AsCp1252).text).toBe(text);
  });

  it('puts back the ư that a tool deleted with the soft hyphen', () => {
    // "Trung ­¬ng" → "Trung ¬ng"; "®­îc" → "®îc" (REFERENCE §5.3).
    expect(repairMojibake('Ban ChÊp hµnh Trung ¬ng').text).toBe('Ban Chấp hành Trung ương');
    expect(repairMojibake('Céng hßa, ®îc giao, tr­íc ngµy').text).toBe('Cộng hòa, được giao, trước ngày');
  });

  it('in text that lost every ư, also restores clipped words ("Bí th", "đầu t", "Lu: VT")', () => {
    const stripped = ['Phã BÝ th Thêng trùc Trung ¬ng', '®Çu t cho ngêi d©n, nh sau:', 'Lu: VT, 100 m.'].join('\n');
    expect(repairMojibake(stripped).text).toBe(
      ['Phó Bí thư Thường trực Trung ương', 'đầu tư cho người dân, như sau:', 'Lưu: VT, 100 m.'].join('\n'),
    );
  });

  it('does not add ư where the soft hyphen is intact ("đ/c", "cảm ơn")', () => {
    expect(repairMojibake('C¸c ®/c c¶m ¬n Trung \u00ad¬ng').text).toBe('Các đ/c cảm ơn Trung ương');
  });

  it('keeps the case of a VN1 file, which has every capital: no ABC capital restoration', () => {
    const text = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBan Thường vụ yêu cầu Đảng\nủy) báo cáo kết quả thực hiện.';
    expect(decodeBytes(encodeAs(text, 'tcvn3-vn1'))).toEqual({ text, encoding: 'tcvn3', confidence: 'high' });
    // ABC: the toned capitals come back from restoreCapitals, and so does the "Ủy" of a wrapped line.
    expect(decodeBytes(encodeAs(text, 'tcvn3')).text).toBe(text.replace('\nủy)', '\nỦy)'));
  });

  it('restores the short words of a run in capitals, where the parser looks for titles and issuers', () => {
    const abc = (text: string): string => decodeWith(encodeAs(text, 'tcvn3'), 'tcvn3');
    for (const text of ['T/M BAN THƯỜNG VỤ\nBÍ THƯ', 'XÃ NAM ĐÔNG | Độc lập - Tự do - Hạnh phúc', 'DỰ THẢO (lần 2)', 'TỈNH HÀ GIANG']) {
      expect(abc(text)).toBe(text);
    }
    // No run in capitals: abbreviations are none, nor are two-letter words alone.
    for (const text of ['Số 45-CV/ĐU', 'Số 12/KL-UBBC', 'Hồ Bá Tú', 'Phó Bí thư Tỉnh ủy']) expect(abc(text)).toBe(text);
  });

  it('restores capitals: upper-case words, then short words of an all-caps line, then sentence starts', () => {
    expect(repairMojibake('CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM').text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(repairMojibake('ñY BAN NH¢N D¢N TØNH').text).toBe('ỦY BAN NHÂN DÂN TỈNH');
    expect(repairMojibake('- ñy ban nh©n d©n c¸c x·. ë ®©u').text).toBe('- Ủy ban nhân dân các xã. Ở đâu');
    // No evidence: a word that starts with a capital keeps the lower case ABC gave it.
    expect(repairMojibake('Chñ tÞch ñy ban').text).toBe('Chủ tịch ủy ban');
  });
});

describe('mojibake lines whose only evidence is a few words', () => {
  const mojibake = (text: string, variant: Variant): string => readAsCp1252(encodeAs(text, variant));
  const header = 'Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc';

  it.each([
    ['Ngô Quang Huy', 'tcvn3'],
    ['- LĐVP;', 'tcvn3'],
    ['Số: 112/QĐUBND', 'tcvn3'],
    ['- Cổng TTĐT tỉnh;', 'tcvn3'],
    ['KHẨN', 'tcvn3'],
    ['Kếhoạch số 52/KH-UBND', 'tcvn3'],
    ['- Lưu: VT, KTHTĐT.', 'vni'],
    ['- Các sở: TC, NV, GDĐT, KHCN;', 'windows-1258'],
    ['- Lưu: VT, LĐTBXH.', 'windows-1258'],
    ['Kếhoạch số 52/KH-UBND', 'windows-1258'],
    ['huyện Krông Pắc', 'tcvn3'],
    ['Chư Prông, Ia Grai, Kon Plông', 'vni'],
    // Ede names are half non-syllables ("Niê"); a sheet saved as CSV glues cells with commas.
    ['Y Khuê Niê', 'tcvn3'],
    [',,,Y Khuê Niê,,', 'vni'],
    ['TT Đảng ủy xã;,,,Phó Chủ tịch,,', 'tcvn3'],
  ] as [string, Variant][])('%s (%s) is repaired once the document has shown its encoding', (line, variant) => {
    const repaired = repairMojibake(mojibake(`${header}\n${line}`, variant));
    expect(repaired.text.split('\n')[2]).toBe(line);
  });

  it('a word both readings spell ("ngò", TCVN3 "ngũ") takes the reading of a document settled on its encoding', () => {
    const body = Array.from({ length: 40 }, (_, k) => `${k + 1}. Ủy ban nhân dân xã tổ chức tuyên truyền, vận động thanh niên lên đường nhập ngũ.`).join('\n');
    const lines = repairMojibake(mojibake(`${header}\n${body}\n      ngũ`, 'tcvn3')).text.split('\n');
    expect(lines.at(-1)).toBe('      ngũ');
    // Without the document's evidence the word stays as read.
    expect(repairMojibake(mojibake(`${header}\n      ngũ`, 'tcvn3')).text.split('\n').at(-1)).toBe(readAsCp1252(encodeAs('      ngũ', 'tcvn3')));
  });

  it('a URL cut with an ellipsis ("…-tai-san-t…") read as cp1252 gets its ellipsis back, not a legacy reading', () => {
    // (the whole page read the same way: the document has shown it is UTF-8)
    const body = Array.from({ length: 6 }, (_, k) => `${k + 1}. Các đảng ủy trực thuộc tổ chức kê khai tài sản, thu nhập năm 2027.`).join('\n');
    const text = `${header}\n${body}\nhttps://bacninh.dcs.vn/van-ban/cong-van-so-486-ke-khai-tai-san-t…\n1/2`;
    expect(repairMojibake(mojibake(text, 'utf-8')).text).toBe(text);
  });

  it('a line holding only a no-break space read as cp1252 ("Â\u00a0") is a no-break space again', () => {
    const text = `${header}\n\u00a0\nKính gửi: Sở Nội vụ\n\u00a0`;
    expect(repairMojibake(mojibake(text, 'utf-8')).text).toBe(text);
  });

  it('a rule of no-break spaces and em dashes read as cp1252 ("Â\u00a0â€”â€”") comes back', () => {
    const text = `${header}\n\u00a0\u00a0\u00a0——————\nKính gửi: Sở Nội vụ`;
    expect(repairMojibake(mojibake(text, 'utf-8')).text).toBe(text);
  });

  it('leaves a short line of Unicode text in a mojibake document alone', () => {
    const text = `${mojibake(header, 'tcvn3')}\nHà Nam, «Tô Lâm»`;
    expect(repairMojibake(text).text.split('\n')[2]).toBe('Hà Nam, «Tô Lâm»');
  });
});

describe('TCVN3 text that lost every ư', () => {
  const stripped = (lines: string[]): string => readAsCp1252(encodeAs(lines.join('\n'), 'tcvn3')).replaceAll('\u00ad', '');

  it('is recognised by ờ, ở, ợ where only ươ can stand, without any "¬ng"', () => {
    const text = stripped(['Phường Long Biên', 'phục vụ người dân, như sau:', 'tham mưu cho UBND', 'năm 2026 như sau:', 'dài 100 m.']);
    expect(text).not.toMatch(/¬/);
    expect(repairMojibake(text).text).toBe(
      ['Phường Long Biên', 'phục vụ người dân, như sau:', 'tham mưu cho UBND', 'năm 2026 như sau:', 'dài 100 m.'].join('\n'),
    );
  });

  it('guesses no ư in abbreviations, addresses and symbols', () => {
    const lines = ['Phường Long Biên, người dân', 'Email: ubnd@angiang.gov.vn', 'Kế hoạch số 96-KH/HU', 'Tệp lu.docx, hu_2026'];
    expect(repairMojibake(stripped(lines)).text).toBe(lines.join('\n'));
  });
});

describe('documents that mix encodings', () => {
  const header = 'ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 123/UBND-NC';
  const body = [
    'Kính gửi: Các sở, ban, ngành thuộc Ủy ban nhân dân tỉnh',
    '1. Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan hoàn thành trước ngày 01/3/2026.',
    '2. Sở Tài chính bảo đảm kinh phí phục vụ công tác bầu cử.',
  ].join('\n');

  it.each([
    ['mojibake-tcvn3', 'utf-8+tcvn3-repaired'],
    ['mojibake-vni', 'utf-8+vni-repaired'],
    ['mojibake-utf-8', 'utf-8+windows-1252-repaired'],
  ] as [Variant, string][])('a Unicode header over a %s body is repaired line by line', (variant, encoding) => {
    const bytes = concat(utf8(`${header}\n`), encodeAs(body, variant));
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text.toLowerCase()).toBe(`${header}\n${body}`.toLowerCase());
    expect(decoded.text.startsWith(header)).toBe(true);
  });

  it('a Unicode word beside a legacy run in one line', () => {
    expect(repairMojibake('Kính gửi: Uû ban nh©n d©n tØnh Lµo Cai').text).toBe('Kính gửi: Uỷ ban nhân dân tỉnh Lào Cai');
  });

  it('raw UTF-8 header lines over raw TCVN3 bytes', () => {
    const bytes = concat(utf8(`${header}\n`), encodeAs(body, 'tcvn3'));
    const decoded = decodeBytes(bytes);
    expect(decoded).toMatchObject({ encoding: 'utf-8+tcvn3-mixed', confidence: 'low' });
    expect(decoded.text.toLowerCase()).toBe(`${header}\n${body}`.toLowerCase());
  });
});

describe('text that is not mojibake stays as it is', () => {
  it.each([
    'The quick brown fox jumps over the lazy dog. "Quoted" -- plain ASCII.',
    'Où est-il ? Il a reçu un cœur sûr, à Noël ; ça va très bien, dit-il, ø.',
    'Le Nœud, l’œuvre, où ù û ø — déjà vu, naïve façade.',
    'Größe Müller Straße über Ärger Öl; Smørrebrød på Ærø; España año niño señor',
    'Nhiệt độ 30°C ± 2, tỷ lệ ½, giá 1.000 € — “trích dẫn” «x»',
    'hoà khoẻ thuỷ Uỷ ban quí vị; Tô Lâm, Lào Cai, Hà Giang',
  ])('%s', (text) => {
    expect(decodeBytes(utf8(text))).toEqual({ text, encoding: 'utf-8', confidence: 'high' });
  });

  it('reads French or German in Windows-1252 bytes as windows-1252, not as a Vietnamese encoding', () => {
    for (const text of ['Où est-il ? Il a reçu un cœur sûr, à Noël ; ça va très bien.', 'Größe Müller Straße über Ärger Öl']) {
      const decoded = decodeBytes(new Uint8Array(iconv.encode(text, 'windows1252')));
      expect(decoded).toEqual({ text, encoding: 'windows-1252', confidence: 'low' });
    }
  });
});

describe('looksBinary', () => {
  it.each([
    ['NUL bytes', new Uint8Array([0x61, 0x00, 0x62, 0x63, 0x00, 0x00, 0x01, 0x02])],
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['a ZIP (.docx)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])],
    ['an OLE2 .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
    ['control bytes', new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))],
  ])('is true for %s', (_name, bytes) => {
    expect(looksBinary(bytes)).toBe(true);
  });

  it.each([
    ['empty', new Uint8Array()],
    ['UTF-8', utf8('Số: 19/KL-UBBC\n')],
    ['UTF-16 LE with BOM', encodeAs('Số: 19/KL-UBBC', 'utf-16le')],
    ['UTF-16 BE with BOM', encodeAs('Số: 19/KL-UBBC', 'utf-16be')],
    ['UTF-16 LE without BOM', new Uint8Array(Buffer.from('Sở Nội vụ tỉnh Điện Biên', 'utf16le'))],
    ['TCVN3', encodeAs('Céng hßa x· héi chñ nghÜa ViÖt Nam', 'tcvn3')],
    ['VISCII with its C0 capitals', encodeAs('ỶỸỴ là chữ hoa trong VISCII, văn bản dài hơn một chút', 'viscii')],
  ])('is false for %s', (_name, bytes) => {
    expect(looksBinary(bytes)).toBe(false);
  });
});
