import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  guardFormula,
  mdEscape,
  renderChecklistCsv,
  renderChecklistMarkdown,
  stripListMarkers,
  type ChecklistOptions,
} from '../../src/render/checklist.js';
import { deadline, doc, task, undatedDoc } from '../support/docs.js';

const VI: ChecklistOptions = { groupBy: 'unit', lang: 'vi', today: '2026-03-09' };

function sample() {
  return doc({
    document: {
      typeName: 'Thông báo kết luận',
      reference: '123-TB/TU',
      number: '123',
      date: { iso: '2026-01-09', year: 2026, month: 1, day: 9, text: 'ngày 09 tháng 01 năm 2026', line: 4 },
      issuer: { name: 'Tỉnh ủy Quảng Trị', parent: null, line: 2 },
      subject: 'Kết luận của Ban Thường vụ Tỉnh ủy về công tác bầu cử',
    },
    tasks: [
      task('1', { lead: ['Ủy ban nhân dân tỉnh'], text: 'Chỉ đạo rà soát danh sách cử tri.' }),
      task('2', { lead: ['Sở Tài chính'], support: ['Sở Nội vụ', 'Ủy ban nhân dân các xã, phường'], text: 'Bảo đảm kinh phí bầu cử.' }),
      task('3', { lead: ['Ban Tuyên giáo và Dân vận Tỉnh ủy'], text: 'Tuyên truyền về ngày bầu cử.' }),
      task('4', { lead: ['Đảng ủy Công an tỉnh'], text: 'Bảo đảm an ninh trật tự.' }),
      task('5', { lead: ['Công an tỉnh'], text: 'Phối hợp bảo vệ điểm bỏ phiếu.' }),
      task('6', { lead: [], text: 'Các đồng chí Tỉnh ủy viên theo dõi địa bàn.' }),
      task('2/2.6', { path: ['2', '2.6'], lead: ['Sở Tài chính'], text: 'Quyết toán kinh phí.' }),
    ],
    deadlines: [
      deadline('1', { relation: 'by', date: '2026-03-20', due: '2026-03-20', text: 'chậm nhất ngày 20/3/2026' }),
      deadline('2', { relation: 'before', date: '2026-03-01', due: '2026-02-28', text: 'trước ngày 01/3/2026' }),
      deadline('2', { relation: 'by', date: '2026-06', due: '2026-06-30', text: 'quý II/2026' }),
      deadline('3', { relation: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=MO', text: 'thứ Hai hằng tuần' }),
      deadline('2/2.6', { relation: 'by', date: '2026-03-20', due: '2026-03-20', text: 'chậm nhất ngày 20/3/2026' }),
    ],
  });
}

describe('renderChecklistMarkdown', () => {
  it('titles the document and groups by lead unit in Vietnamese order', () => {
    const md = renderChecklistMarkdown([sample()], VI);
    expect(md.startsWith('# Thông báo kết luận 123-TB/TU ngày 09/01/2026 – Tỉnh ủy Quảng Trị\n\n*Kết luận của Ban Thường vụ Tỉnh ủy về công tác bầu cử*\n')).toBe(true);
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## Ban Tuyên giáo và Dân vận Tỉnh ủy',
      '## Công an tỉnh',
      '## Đảng ủy Công an tỉnh',
      '## Sở Tài chính',
      '## Ủy ban nhân dân tỉnh',
      '## Chưa xác định đơn vị',
    ]);
    expect(md.endsWith('\n')).toBe(true);
    expect(md).not.toContain('\r');
  });

  it('writes GFM task items: due date with weekday, deadline as written, task, item', () => {
    const md = renderChecklistMarkdown([sample()], VI);
    const lines = md.split('\n');
    const finance = lines.slice(lines.indexOf('## Sở Tài chính') + 2, lines.indexOf('## Ủy ban nhân dân tỉnh') - 1);
    expect(finance).toEqual([
      '- [ ] **28/02/2026** (Thứ Bảy) — *trước ngày 01/3/2026* — Bảo đảm kinh phí bầu cử. — mục 2',
      '- [ ] **20/03/2026** (Thứ Sáu) — *chậm nhất ngày 20/3/2026* — Quyết toán kinh phí. — mục 2.6',
      '- [ ] **30/06/2026** (Thứ Ba) — *quý II/2026* — Bảo đảm kinh phí bầu cử. — mục 2',
    ]);
    expect(md).toContain('- [ ] định kỳ, lần tới **09/03/2026** (Thứ Hai) — *thứ Hai hằng tuần* — Tuyên truyền về ngày bầu cử. — mục 3');
    for (const l of lines.filter((x) => x.startsWith('- '))) expect(l).toMatch(/^- \[ \] \S/u);
  });

  it('lists tasks without a deadline after the dated ones', () => {
    const d = doc({
      tasks: [task('1', { lead: ['Sở Nội vụ'], text: 'Không hạn.' }), task('2', { lead: ['Sở Nội vụ'], text: 'Có hạn.' })],
      deadlines: [deadline('2', { due: '2026-03-20', date: '2026-03-20' })],
    });
    const items = renderChecklistMarkdown([d], VI)
      .split('\n')
      .filter((l) => l.startsWith('- [ ]'));
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('Có hạn.');
    expect(items[1]).toBe('- [ ] Không hạn. — mục 1');
  });

  it('groups by due date, undated last', () => {
    const md = renderChecklistMarkdown([sample()], { ...VI, groupBy: 'due' });
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## 28/02/2026 (Thứ Bảy)',
      '## 09/03/2026 (Thứ Hai)',
      '## 20/03/2026 (Thứ Sáu)',
      '## 30/06/2026 (Thứ Ba)',
      '## Không có thời hạn',
    ]);
    expect(md).toContain('- [ ] *chậm nhất ngày 20/3/2026* — Ủy ban nhân dân tỉnh: Chỉ đạo rà soát danh sách cử tri. — mục 1');
  });

  it('groups by document, one title each, and cites the document when several are listed', () => {
    const other = undatedDoc({
      source: { name: 'seed-001.txt' } as never,
      tasks: [task('2/(1)', { lead: ['Đảng ủy Ủy ban nhân dân tỉnh'], text: 'Kiểm tra đợt III.' })],
      deadlines: [deadline('2/(1)', { relation: 'before', date: '2026-03-08', text: 'trước ngày 08/3/2026' })],
    });
    const byDoc = renderChecklistMarkdown([sample(), other], { ...VI, groupBy: 'document' });
    expect(byDoc.split('\n').filter((l) => l.startsWith('# '))).toEqual([
      '# Thông báo kết luận 123-TB/TU ngày 09/01/2026 – Tỉnh ủy Quảng Trị',
      '# Văn bản (seed-001.txt)',
    ]);
    expect(byDoc).toContain('- [ ] **07/03/2026** (Thứ Bảy) — *trước ngày 08/3/2026* — Đảng ủy Ủy ban nhân dân tỉnh: Kiểm tra đợt III. — mục 2 (1)');
    const byUnit = renderChecklistMarkdown([sample(), other], VI);
    expect(byUnit.startsWith('# Danh sách nhiệm vụ\n\n- Thông báo kết luận 123-TB/TU')).toBe(true);
    expect(byUnit).toContain('— Kiểm tra đợt III. — seed-001.txt, mục 2 (1)');
    expect(byUnit).toContain('— Chỉ đạo rà soát danh sách cử tri. — 123-TB/TU, mục 1');
  });

  it('lists a task led by two units under both', () => {
    const d = doc({ tasks: [task('6', { lead: ['Đảng ủy Công an tỉnh', 'Đảng ủy Quân sự tỉnh'], text: 'Đảng ủy Công an tỉnh, Đảng ủy Quân sự tỉnh chỉ đạo bảo vệ.' })] });
    const md = renderChecklistMarkdown([d], VI);
    expect(md.match(/- \[ \] Chỉ đạo bảo vệ\. — mục 6/gu)).toHaveLength(2);
  });

  it('escapes Markdown in document text', () => {
    const d = doc({
      document: { subject: 'V/v *khẩn* [mật]' },
      tasks: [task('1', { lead: ['Phòng <Tổng hợp>'], text: 'Sửa `mẫu` *01*_a_ [x] ~~cũ~~ a|b &amp;5$ \\ xong' })],
      deadlines: [deadline('1', { date: '2026-03-20', due: '2026-03-20', text: '**trước ngày 21/3/2026**' })],
    });
    const md = renderChecklistMarkdown([d], { ...VI, groupBy: 'due' });
    expect(md).toContain('*V/v \\*khẩn\\* \\[mật\\]*');
    expect(md).toContain('*\\*\\*trước ngày 21/3/2026\\*\\**');
    expect(md).toContain('Phòng \\<Tổng hợp\\>: Sửa \\`mẫu\\` \\*01\\*\\_a\\_ \\[x\\] \\~\\~cũ\\~\\~ a\\|b \\&amp;5\\$ \\\\ xong');
    expect(mdEscape('a\nb  c')).toBe('a b c');
  });

  it('uses English labels but keeps document text', () => {
    const md = renderChecklistMarkdown([sample()], { ...VI, lang: 'en', groupBy: 'due' });
    expect(md).toContain('## 28/02/2026 (Saturday)');
    expect(md).toContain('## No deadline');
    expect(md).toContain('item 2');
    expect(md).toContain('*trước ngày 01/3/2026*');
    expect(md).toContain('# Thông báo kết luận 123-TB/TU of 09/01/2026');
  });

  it('says so when there is nothing to do', () => {
    expect(renderChecklistMarkdown([], VI)).toBe('# Danh sách nhiệm vụ\n\n*Không có nhiệm vụ nào.*\n');
    expect(renderChecklistMarkdown([doc()], { ...VI, groupBy: 'document' })).toContain('*Không có nhiệm vụ nào.*');
  });
});

describe('renderChecklistCsv', () => {
  const read = (csv: string) => parse(csv.replace(/^\uFEFF/u, ''), { relax_column_count: false }) as string[][];

  it('starts with a BOM, ends rows with CRLF and has the clerk columns', () => {
    const csv = renderChecklistCsv([sample()], VI);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = read(csv);
    expect(rows[0]).toEqual(['STT', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Nội dung', 'Hạn', 'Thời hạn ghi trong văn bản', 'Văn bản', 'Mục', 'Trạng thái']);
    expect(rows).toHaveLength(1 + 8); // 7 tasks, task 2 has two deadlines
    expect(rows.slice(1).map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    for (const r of rows) expect(r).toHaveLength(9);
    for (const r of rows.slice(1)) expect(r[8]).toBe('');
    // no bare LF or CR outside quoted cells: every record ends with CRLF
    expect(csv.replace(/"[^"]*"/gu, '').replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
  });

  it('writes one row per task-deadline, dd/mm/yyyy, and empty dates for tasks without one', () => {
    const rows = read(renderChecklistCsv([sample()], VI)).slice(1);
    const finance = rows.filter((r) => r[1] === 'Sở Tài chính');
    expect(finance.map((r) => [r[4], r[5], r[7]])).toEqual([
      ['28/02/2026', 'trước ngày 01/3/2026', '2'],
      ['20/03/2026', 'chậm nhất ngày 20/3/2026', "'2.6"],
      ['30/06/2026', 'quý II/2026', '2'],
    ]);
    expect(finance[0]?.[2]).toBe('Sở Nội vụ; Ủy ban nhân dân các xã, phường');
    expect(finance[0]?.[6]).toBe('123-TB/TU ngày 09/01/2026');
    const undated = rows.find((r) => r[3] === 'Bảo đảm an ninh trật tự.');
    expect([undated?.[4], undated?.[5]]).toEqual(['', '']);
    // the unit order: Vietnamese collation, tasks without a unit last
    expect(rows.map((r) => r[1])).toEqual([
      'Ban Tuyên giáo và Dân vận Tỉnh ủy',
      'Công an tỉnh',
      'Đảng ủy Công an tỉnh',
      'Sở Tài chính',
      'Sở Tài chính',
      'Sở Tài chính',
      'Ủy ban nhân dân tỉnh',
      '',
    ]);
  });

  it('quotes commas, quotes and newlines so they read back unchanged', () => {
    const text = 'Báo cáo "nhanh", gồm:\nsố liệu A; số liệu B';
    const d = doc({ tasks: [task('1', { lead: ['Ủy ban nhân dân các xã, phường'], text })] });
    const csv = renderChecklistCsv([d], VI);
    expect(csv).toContain('"Báo cáo ""nhanh"", gồm:\nsố liệu A; số liệu B"');
    const [, row] = read(csv);
    expect(row?.[3]).toBe(text);
    expect(row?.[1]).toBe('Ủy ban nhân dân các xã, phường');
  });

  it('guards formula cells after stripping list markers', () => {
    const cases: Array<[string, string]> = [
      ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
      ['+84 912 345 678 là số trực', "'+84 912 345 678 là số trực"],
      ['-5% so với cùng kỳ', "'-5% so với cùng kỳ"],
      ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
      ['\tcmd', 'cmd'], // leading whitespace of a task is dropped, so nothing is left to run
      ['- Rà soát danh sách cử tri', 'Rà soát danh sách cử tri'],
      ['+ Tuyên truyền', 'Tuyên truyền'],
      ['a) Tổng hợp', 'Tổng hợp'],
      ['- =1+1', "'=1+1"],
      ['- -5%', "'-5%"],
    ];
    const d = doc({ tasks: cases.map(([text], i) => task(String(i + 1), { lead: ['Sở Nội vụ'], text })) });
    const rows = read(renderChecklistCsv([d], { ...VI, groupBy: 'document' })).slice(1);
    expect(rows.map((r) => r[3])).toEqual(cases.map(([, want]) => want));
  });

  it('guards every column, not only the task', () => {
    const d = doc({
      tasks: [task('1', { lead: ['=cmd|"/c calc"!A1'], support: ['+Sở'], text: 'x' })],
      deadlines: [deadline('1', { date: '2026-03-20', due: '2026-03-20', text: '-1 ngày' })],
    });
    const [, row] = read(renderChecklistCsv([d], VI));
    expect(row?.[1]).toBe('\'=cmd|"/c calc"!A1');
    expect(row?.[2]).toBe("'+Sở");
    expect(row?.[5]).toBe("'-1 ngày");
  });

  it('sorts by due date or by document on request', () => {
    const byDue = read(renderChecklistCsv([sample()], { ...VI, groupBy: 'due' })).slice(1);
    expect(byDue.map((r) => r[4])).toEqual(['28/02/2026', '09/03/2026', '20/03/2026', '20/03/2026', '30/06/2026', '', '', '']);
    const byDoc = read(renderChecklistCsv([sample()], { ...VI, groupBy: 'document' })).slice(1);
    expect(byDoc[0]?.[4]).toBe('28/02/2026');
  });

  it('has English headers with lang en', () => {
    const [header] = read(renderChecklistCsv([], { ...VI, lang: 'en' }));
    expect(header).toEqual(['No.', 'Lead unit', 'Supporting units', 'Task', 'Due', 'Deadline as written', 'Document', 'Item', 'Status']);
  });

  it('helpers', () => {
    expect(stripListMarkers('  • (1) Nội dung')).toBe('Nội dung');
    expect(stripListMarkers('1.000 người')).toBe('1.000 người');
    expect(guardFormula('＝1+1')).toBe("'＝1+1");
    for (const c of ['\t', '\r', '\n', '=', '+', '-', '@']) expect(guardFormula(`${c}x`)).toBe(`'${c}x`);
    expect(guardFormula('Bình thường')).toBe('Bình thường');
  });
});
