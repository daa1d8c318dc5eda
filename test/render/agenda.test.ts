import { describe, expect, it } from 'vitest';
import { renderAgenda, type AgendaOptions } from '../../src/render/agenda.js';
import { deadline, doc, fixtureWithTruth, named, task, undatedDoc } from '../support/docs.js';

const OPTS: AgendaOptions = { today: '2026-03-09', within: null, color: false, lang: 'vi' };
const ESC = '\u001b[';

/** Seed 001's deadlines as hand-made data; "before" ones without due, as the stub engine leaves them. */
function seed001() {
  return undatedDoc({
    source: { name: 'seed-001.txt' } as never,
    tasks: [
      task('1/1.2', { lead: ['Đảng ủy Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'], text: 'Đảng ủy Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh lãnh đạo tiếp xúc cử tri.' }),
      task('2/(1)', { lead: ['Đảng ủy Ủy ban nhân dân tỉnh'], text: 'Hoàn thành kiểm tra công tác chuẩn bị bầu cử (đợt III).' }),
      task('3/(2)', { lead: ['Đảng ủy các xã, phường'], text: 'Rà soát quy trình bầu cử.' }),
      task('8', { lead: [], text: 'Trong ngày bầu cử (15/3/2026): trực tiếp đi kiểm tra.' }),
    ],
    deadlines: [
      deadline('1/1.2', { relation: 'before', date: '2026-03-10', text: 'trước ngày 10/3/2026' }),
      deadline('2/(1)', { relation: 'before', date: '2026-03-08', text: 'trước ngày 08/3/2026' }),
      deadline('3/(2)', { relation: 'before', date: '2026-03-13', text: 'trước ngày 13/3/2026' }),
      deadline('3/(2)', { relation: 'range', date: '2026-03-10', end: '2026-03-15', due: '2026-03-15', text: 'từ ngày 10/3/2026 đến hết ngày bầu cử' }),
      deadline('8', { relation: 'on', date: '2026-03-15', due: '2026-03-15', text: 'Trong ngày bầu cử (15/3/2026)' }),
    ],
  });
}

describe('renderAgenda', () => {
  it('lists seed 001 soonest first in Quá hạn / Hôm nay / 7 ngày tới', () => {
    expect(renderAgenda([seed001()], OPTS)).toBe(
      [
        'Hạn nhiệm vụ, tính đến 09/03/2026 (Thứ Hai)',
        '',
        'Quá hạn (1)',
        '  07/03        quá hạn 2 ngày  Đảng ủy Ủy ban nhân dân tỉnh: Hoàn thành kiểm tra công tác chuẩn bị…  [seed-001.txt, mục 2 (1)]',
        '',
        'Hôm nay (1)',
        '  09/03        hôm nay         Đảng ủy Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh lãnh đạo tiếp xúc cử…  [seed-001.txt, mục 1.2]',
        '',
        '7 ngày tới (3)',
        '  12/03        còn 3 ngày      Đảng ủy các xã, phường: Rà soát quy trình bầu cử.  [seed-001.txt, mục 3 (2)]',
        '  10/03–15/03  còn 6 ngày      Đảng ủy các xã, phường: Rà soát quy trình bầu cử.  [seed-001.txt, mục 3 (2)]',
        '  15/03        còn 6 ngày      Trong ngày bầu cử (15/3/2026): trực tiếp đi kiểm tra.  [seed-001.txt, mục 8]',
        '',
      ].join('\n'),
    );
  });

  it('gives the same order for the real seed 001 with its truth deadlines', () => {
    const out = renderAgenda([fixtureWithTruth('seed-001-ban-thuong-vu-tinh-uy-lao-cai.txt')], OPTS);
    const dates = out
      .split('\n')
      .filter((l) => l.startsWith('  '))
      .map((l) => l.trim().split(/\s{2,}/u)[0]);
    expect(dates).toEqual(['07/03', '09/03', '12/03', '15/03', '10/03–15/03', '15/03']);
    expect(out).toContain('Ngày bầu cử'); // the named date, still ahead
  });

  it('puts deadlines more than 7 days ahead under Sau đó', () => {
    const d = doc({ tasks: [task('1', { lead: ['Sở Nội vụ'], text: 'Báo cáo tổng kết.' })], deadlines: [deadline('1', { due: '2026-04-30', date: '2026-04-30' })] });
    const out = renderAgenda([d], OPTS);
    expect(out).toContain('Sau đó (1)\n  30/04  còn 52 ngày  Sở Nội vụ: Báo cáo tổng kết.  [19/KL-UBBC, mục 1]');
  });

  it('cuts to deadlines due within N days, always keeping the overdue ones', () => {
    const out = renderAgenda([seed001()], { ...OPTS, within: 3 });
    expect(out.split('\n')[0]).toBe('Hạn nhiệm vụ, tính đến 09/03/2026 (Thứ Hai) — trong 3 ngày tới');
    expect(out).toContain('07/03');
    expect(out).toContain('12/03');
    expect(out).not.toContain('15/03');
    expect(out).toContain('Còn 2 thời hạn sau 12/03/2026 không hiển thị.');
    const none = renderAgenda([seed001()], { ...OPTS, within: 0 });
    expect(none).toContain('Quá hạn (1)');
    expect(none).toContain('Hôm nay (1)');
    expect(none).not.toContain('12/03');
  });

  it('shows a recurring deadline at its next occurrence on or after today', () => {
    const d = doc({
      tasks: [task('2/2.6/-1', { lead: ['Các Tổ giúp việc UBBC'], text: 'Các Tổ giúp việc UBBC thực hiện chế độ báo cáo định kỳ.' })],
      deadlines: [deadline('2/2.6/-1', { relation: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=TH', time: '11:00' })],
    });
    expect(renderAgenda([d], OPTS)).toContain(
      '7 ngày tới (1)\n  12/03 11:00  còn 3 ngày  Các Tổ giúp việc UBBC thực hiện chế độ báo cáo định kỳ. (định kỳ)  [19/KL-UBBC, mục 2.6, ý 1]',
    );
  });

  it('merges several documents into one timeline and counts what it cannot place', () => {
    const other = doc({
      document: { reference: '45-CV/ĐU', number: '45' },
      tasks: [task('1', { lead: ['Các chi bộ trực thuộc'], text: 'Nộp báo cáo.' })],
      deadlines: [deadline('1', { due: '2026-03-10', date: '2026-03-10' }), deadline('1', { relation: 'from', date: '2026-03-01' })],
    });
    const lines = renderAgenda([seed001(), other], OPTS).split('\n');
    const idx = lines.findIndex((l) => l.includes('Nộp báo cáo.'));
    expect(lines[idx]).toContain('10/03');
    expect(lines[idx - 1]).toContain('7 ngày tới');
    expect(lines[idx + 1]).toContain('12/03');
    expect(lines.at(-2)).toBe('Không hiển thị 1 thời hạn chưa xác định được ngày.');
  });

  it('shows named dates that are still ahead, not past ones', () => {
    const d = doc({ namedDates: [named('ngày bầu cử', '2026-03-15'), named('ngày khai mạc', '2026-03-01')] });
    const out = renderAgenda([d], OPTS);
    expect(out).toContain('15/03  còn 6 ngày  Ngày bầu cử  [19/KL-UBBC]');
    expect(out).not.toContain('khai mạc');
  });

  it('colours overdue lines red and those due within 3 days yellow, only when asked', () => {
    const plain = renderAgenda([seed001()], OPTS);
    expect(plain).not.toContain(ESC);
    // NO_COLOR is set in the test environment: a local chalk instance ignores it.
    const coloured = renderAgenda([seed001()], { ...OPTS, color: true });
    const line = (needle: string) => coloured.split('\n').find((l) => l.includes(needle)) ?? '';
    expect(line('quá hạn 2 ngày').startsWith(`${ESC}31m`)).toBe(true);
    expect(line('hôm nay').startsWith(`${ESC}33m`)).toBe(true);
    expect(line('còn 3 ngày').startsWith(`${ESC}33m`)).toBe(true);
    expect(line('còn 6 ngày').startsWith(ESC + '3')).toBe(false);
    expect(coloured.replace(/\u001b\[[0-9;]*m/gu, '')).toBe(plain);
  });

  it('speaks English with lang en, keeping document text', () => {
    const out = renderAgenda([seed001()], { ...OPTS, lang: 'en' });
    expect(out).toContain('Deadlines as of 09/03/2026 (Monday)');
    expect(out).toContain('Overdue (1)');
    expect(out).toContain('2 days overdue');
    expect(out).toContain('Next 7 days (3)');
    expect(out).toContain('3 days left');
    expect(out).toContain('Rà soát quy trình bầu cử.  [seed-001.txt, item 3 (2)]');
  });

  it('says so when there is nothing', () => {
    expect(renderAgenda([], OPTS)).toBe('Hạn nhiệm vụ, tính đến 09/03/2026 (Thứ Hai)\n\nKhông có thời hạn nào.\n');
  });

  it('marks tentative deadlines', () => {
    const d = doc({
      tasks: [task('1', { lead: ['Sở Nội vụ'], text: 'Hội nghị hiệp thương.' })],
      deadlines: [deadline('1', { relation: 'on', date: '2026-03-18', due: '2026-03-18', tentative: true })],
    });
    expect(renderAgenda([d], OPTS)).toContain('Sở Nội vụ: Hội nghị hiệp thương. (dự kiến)');
  });
});

describe('renderAgenda: other years', () => {
  it('writes the year of a date outside the current year', () => {
    const d = doc({
      tasks: [task('1', { lead: ['Sở Nội vụ'], text: 'Báo cáo.' })],
      deadlines: [deadline('1', { due: '2025-12-31', date: '2025-12-31' }), deadline('1', { due: '2027-01-15', date: '2027-01-15' })],
    });
    const out = renderAgenda([d], OPTS);
    expect(out).toContain('  31/12/2025  quá hạn 68 ngày');
    expect(out).toContain('  15/01/2027  còn 312 ngày');
  });
});
