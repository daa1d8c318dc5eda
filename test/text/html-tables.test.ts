import { describe, expect, it } from 'vitest';
import { htmlTablesToPipes } from '../../src/text/html-tables.js';
import { parseDocument } from '../../src/parse.js';

describe('htmlTablesToPipes', () => {
  it('writes a pandoc HTML table as a pipe table on its first lines, keeping the line count', () => {
    const html = [
      'before',
      '<table>',
      '<thead>',
      '<tr class="header">',
      '<th>Tháng</th>',
      '<th>Nội dung</th>',
      '</tr>',
      '</thead>',
      '<tbody>',
      '<tr class="odd">',
      '<td rowspan="2">Tháng 01</td>',
      '<td><p>Hội nghị <strong>triển khai</strong></p>',
      '<p>Chương trình &amp; kế hoạch</p></td>',
      '</tr>',
      '<tr class="even">',
      '<td>Lãnh đạo <em>tuyển quân</em>|giao quân</td>',
      '</tr>',
      '<tr><td colspan="2">II. NHIỆM VỤ KHÁC</td></tr>',
      '</tbody>',
      '</table>',
      'after',
    ].join('\n');
    const out = htmlTablesToPipes(html).split('\n');
    expect(out).toHaveLength(21);
    expect(out.slice(0, 7)).toEqual([
      'before',
      '| Tháng | Nội dung |',
      '|---|---|',
      '| Tháng 01 | Hội nghị **triển khai**<br>Chương trình & kế hoạch |',
      '| Tháng 01 | Lãnh đạo *tuyển quân*\\|giao quân |',
      '| II. NHIỆM VỤ KHÁC |  |',
      '',
    ]);
    expect(out[20]).toBe('after');
  });

  it('leaves a table it cannot rewrite as written: unclosed, or on fewer lines than its rows', () => {
    const unclosed = '<table>\n<tr><td>a</td></tr>\nrest';
    expect(htmlTablesToPipes(unclosed)).toBe(unclosed);
    const oneLine = '<table><tr><td>a</td></tr><tr><td>b</td></tr></table>';
    expect(htmlTablesToPipes(oneLine)).toBe(oneLine);
    expect(htmlTablesToPipes('no table here')).toBe('no table here');
  });

  it('stays linear on rows that never close', () => {
    const text = `<table>\n${'<tr><td>x'.repeat(50_000)}\n</table>`;
    const t0 = performance.now();
    htmlTablesToPipes(text);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('lets a pandoc header table and a rowspan task table be read as any other', () => {
    const doc = parseDocument(
      Buffer.from(
        [
          '<table>', '<tbody>', '<tr class="odd">', '<td><p>ĐẢNG BỘ TỈNH THANH HÓA</p>', '<p><strong>ĐẢNG ỦY XÃ NGA SƠN</strong></p>', '<p>*</p>',
          '<p>Số 09-CTr/ĐU</p></td>', '<td><p><strong>ĐẢNG CỘNG SẢN VIỆT NAM</strong></p>', '<p><em>Nga Sơn, ngày 12 tháng 01 năm 2027</em></p></td>',
          '</tr>', '</tbody>', '</table>', '', '**CHƯƠNG TRÌNH**', '', '**công tác năm 2027**', '', '**II- NỘI DUNG CÔNG TÁC**', '',
          '<table>', '<thead>', '<tr class="header">', '<th>Tháng</th>', '<th>Nội dung</th>', '<th>Cơ quan tham mưu</th>', '</tr>', '</thead>', '<tbody>',
          '<tr class="odd">', '<td rowspan="2">Tháng 01</td>', '<td>Triển khai Chương trình công tác năm 2027</td>', '<td>Văn phòng Đảng ủy</td>', '</tr>',
          '<tr class="even">', '<td>Lãnh đạo công tác giao nhận quân</td>', '<td>Ban Chỉ huy Quân sự xã</td>', '</tr>', '</tbody>', '</table>',
        ].join('\n'),
      ),
      { path: 'ctr.md' },
    );
    expect(doc.document.reference).toBe('09-CTr/ĐU');
    expect(doc.document.date?.iso).toBe('2027-01-12');
    expect(doc.tasks.map((t) => t.lead)).toEqual([['Văn phòng Đảng ủy'], ['Ban Chỉ huy Quân sự xã']]);
    expect(doc.deadlines.map((d) => [d.relation, d.date])).toEqual([['by', '2027-01'], ['by', '2027-01']]);
  });
});
