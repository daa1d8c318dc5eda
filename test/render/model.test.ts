import { describe, expect, it } from 'vitest';
import { addDays, diffDays, formatDmy, periodEnd, periodStart, weekday } from '../../src/render/dates.js';
import {
  documentCitation,
  documentKey,
  documentTitle,
  effectiveDue,
  itemNumber,
  placeDeadline,
  shortTask,
  truncate,
  unitAndTask,
} from '../../src/render/model.js';
import { firstOccurrence, formatRrule, nextOccurrence, parseRrule } from '../../src/render/recurrence.js';
import { deadline, doc, task, undatedDoc } from '../support/docs.js';

describe('dates', () => {
  it('counts civil days without a time zone', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(diffDays('2026-03-09', '2026-03-07')).toBe(-2);
    expect(weekday('2026-03-12')).toBe(4); // Thursday
    expect(formatDmy('2026-03-07')).toBe('07/03/2026');
  });

  it('knows the first and last day of a month or a year', () => {
    expect(periodEnd('2026-02')).toBe('2026-02-28');
    expect(periodEnd('2026')).toBe('2026-12-31');
    expect(periodStart('2026-03')).toBe('2026-03-01');
    expect(periodEnd('2026-13')).toBeNull();
    expect(periodEnd('2026-02-30')).toBeNull();
  });
});

describe('effectiveDue (SPEC deadline table when the engine gave no due)', () => {
  it.each([
    ['before', { date: '2026-03-10' }, '2026-03-09'],
    ['before', { date: '2026-03-01' }, '2026-02-28'],
    ['before', { date: '2026-03-05', time: '16:00' }, '2026-03-05'],
    ['before', { date: '2026-03' }, '2026-02-28'],
    ['by', { date: '2026-03' }, '2026-03-31'],
    ['by', { date: '2026' }, '2026-12-31'],
    ['on', { date: '2026-03-15' }, '2026-03-15'],
    ['range', { date: '2026-03-10', end: '2026-03-15' }, '2026-03-15'],
    ['from', { date: '2026-03-10' }, null],
    ['within', { date: null }, null],
    ['by', { date: '2026-03-01', due: '2026-03-02' }, '2026-03-02'],
  ] as const)('%s %j → %s', (relation, init, due) => {
    expect(effectiveDue(deadline('1', { relation, ...init }))).toBe(due);
  });

  it('places a range, a timed day and a recurring deadline', () => {
    const d = doc();
    expect(placeDeadline(deadline('1', { relation: 'range', date: '2026-03-10', end: '2026-03-15', due: '2026-03-15' }), d, '2026-03-09')).toMatchObject({
      kind: 'range',
      start: '2026-03-10',
      end: '2026-03-15',
    });
    expect(placeDeadline(deadline('1', { relation: 'by', date: '2026-03-05', due: '2026-03-05', time: '24:00' }), d, '2026-03-09')?.time).toBeNull();
    expect(placeDeadline(deadline('1', { relation: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=TH' }), d, '2026-03-09')).toMatchObject({
      kind: 'recurring',
      start: '2021-02-25', // the document date, a Thursday
    });
  });
});

describe('recurrence', () => {
  const first = (rrule: string, anchor: string) => firstOccurrence(parseRrule(rrule)!, anchor);

  it('finds the first occurrence on or after the anchor', () => {
    expect(first('FREQ=WEEKLY;BYDAY=TH', '2026-03-09')).toBe('2026-03-12');
    expect(first('FREQ=WEEKLY;BYDAY=TH', '2026-03-12')).toBe('2026-03-12');
    expect(first('FREQ=WEEKLY;BYDAY=MO,FR', '2026-03-10')).toBe('2026-03-13');
    expect(first('FREQ=MONTHLY;BYMONTHDAY=20', '2026-03-25')).toBe('2026-04-20');
    expect(first('FREQ=MONTHLY;BYMONTHDAY=-1', '2026-02-03')).toBe('2026-02-28');
    expect(first('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', '2026-02-03')).toBe('2026-02-27');
    expect(first('FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=14', '2026-03-20')).toBe('2026-06-14');
    expect(first('FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=14', '2026-03-20')).toBe('2026-12-14');
    expect(first('FREQ=MONTHLY;INTERVAL=3', '2026-01-15')).toBe('2026-01-15');
    expect(first('FREQ=DAILY', '2026-01-15')).toBe('2026-01-15');
    expect(first('FREQ=MONTHLY;BYDAY=1MO', '2026-03-03')).toBe('2026-04-06');
    expect(first('FREQ=WEEKLY;BYDAY=TH;UNTIL=20260310', '2026-03-09')).toBeNull();
  });

  it('finds the next occurrence on or after today, keeping INTERVAL and COUNT', () => {
    const weekly = parseRrule('FREQ=WEEKLY;BYDAY=TH')!;
    expect(nextOccurrence(weekly, '2021-02-25', '2026-03-09')).toBe('2026-03-12');
    const fortnightly = parseRrule('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH')!;
    expect(nextOccurrence(fortnightly, '2026-03-05', '2026-03-09')).toBe('2026-03-19');
    const quarterly = parseRrule('FREQ=MONTHLY;INTERVAL=3')!;
    expect(nextOccurrence(quarterly, '2026-01-15', '2026-02-01')).toBe('2026-04-15');
    const three = parseRrule('FREQ=DAILY;COUNT=3')!;
    expect(nextOccurrence(three, '2026-03-01', '2026-03-03')).toBe('2026-03-03');
    expect(nextOccurrence(three, '2026-03-01', '2026-03-04')).toBeNull();
  });

  it('places a rule within the day ("03 giờ/lần") as a daily one', () => {
    const rule = parseRrule('FREQ=HOURLY;INTERVAL=3')!;
    expect(rule.freq).toBe('DAILY');
    expect(rule.interval).toBe(1);
    expect(formatRrule(rule, false)).toBe('FREQ=DAILY');
    expect(first('FREQ=HOURLY;INTERVAL=3', '2026-01-15')).toBe('2026-01-15');
  });

  it('rejects what it cannot place', () => {
    for (const bad of ['', 'BYDAY=TH', 'FREQ=SECONDLY', 'FREQ=WEEKLY;BYDAY=XX', 'FREQ=WEEKLY;FOO=1', 'FREQ=DAILY;COUNT=2;UNTIL=20260101', 'FREQ=MONTHLY;BYMONTHDAY=0'])
      expect(parseRrule(bad)).toBeNull();
  });

  it('writes FREQ first and UNTIL in the type of DTSTART', () => {
    const r = parseRrule('BYDAY=TH;FREQ=WEEKLY;UNTIL=20260315T000000Z')!;
    expect(formatRrule(r, false)).toBe('FREQ=WEEKLY;BYDAY=TH;UNTIL=20260315');
    expect(formatRrule(r, true)).toBe('FREQ=WEEKLY;BYDAY=TH;UNTIL=20260315T165959Z');
  });
});

describe('items and citations', () => {
  it.each([
    [['2', '2.6', '-1'], '2.6, ý 1'],
    [['1', '1.1', '(1)'], '1.1 (1)'],
    [['2', '(1)'], '2 (1)'],
    [['II', '1'], 'II.1'],
    [['I', '2', 'a'], 'I.2 a)'],
    [['3', '3.2~2'], '3.2'],
    [['PL', '1~2'], '1 (Phụ lục)'],
    [['PL2', 'I', '3'], 'I.3 (Phụ lục 2)'],
    [['-2'], 'ý 2'],
    [['II', ''], 'II'],
  ])('%j → "%s"', (path, expected) => {
    expect(itemNumber(task(path.join('/'), { path }), 'vi')).toBe(expected);
  });

  it('cites a document by reference and date, else by file name', () => {
    expect(documentCitation(doc(), 'vi')).toBe('19/KL-UBBC ngày 25/02/2021');
    expect(documentCitation(doc(), 'en')).toBe('19/KL-UBBC of 25/02/2021');
    const draft = doc({ document: { reference: '/UBND-NC', number: null, date: null }, source: { name: 'du-thao.txt' } as never });
    expect(documentCitation(draft, 'vi')).toBe('/UBND-NC (du-thao.txt)');
    const bare = undatedDoc({ source: { name: 'seed-001.txt' } as never });
    expect(documentCitation(bare, 'vi')).toBe('seed-001.txt');
    expect(documentTitle(doc(), 'vi')).toBe('Kết luận 19/KL-UBBC ngày 25/02/2021 – Ủy ban bầu cử tỉnh Sơn La');
    expect(documentTitle(bare, 'vi')).toBe('Văn bản (seed-001.txt)');
  });
});

describe('short texts', () => {
  it('truncates at a word boundary with an ellipsis', () => {
    expect(truncate('một hai ba bốn năm', 100)).toBe('một hai ba bốn năm');
    expect(truncate('một hai ba bốn năm', 12)).toBe('một hai ba…');
    expect(truncate('một, hai ba', 8)).toBe('một…');
  });

  it('keeps the first sentence and drops the unit it opens with', () => {
    expect(shortTask('Sở Nội vụ: tổng hợp danh sách. Báo cáo UBND tỉnh.', 80, ['Sở Nội vụ'])).toBe('Tổng hợp danh sách…');
    expect(shortTask('Đảng ủy Công an tỉnh, Đảng ủy Quân sự tỉnh chỉ đạo triển khai', 80, ['Đảng ủy Công an tỉnh', 'Đảng ủy Quân sự tỉnh'])).toBe(
      'Chỉ đạo triển khai',
    );
    // a text that is only the unit stays as it is
    expect(shortTask('Cơ quan thường trực UBBC tỉnh (Sở Nội vụ)', 80, ['Cơ quan thường trực UBBC tỉnh'])).toBe('Cơ quan thường trực UBBC tỉnh (Sở Nội vụ)');
    // a unit that is only a prefix of a longer word is not stripped
    expect(shortTask('Sở Nội vụa làm gì đó', 80, ['Sở Nội vụ'])).toBe('Sở Nội vụa làm gì đó');
  });

  it('names the unit once', () => {
    const t = (text: string, lead: string[] = ['Sở Nội vụ'], init = {}) => task('1', { text, lead, ...init });
    expect(unitAndTask(t('Tổng hợp danh sách'), null, 'Tổng hợp danh sách', 80)).toBe('Sở Nội vụ: Tổng hợp danh sách');
    const reports = t('Các Tổ giúp việc UBBC thực hiện chế độ báo cáo', ['Các Tổ giúp việc UBBC']);
    expect(unitAndTask(reports, null, reports.text, 80)).toBe('Các Tổ giúp việc UBBC thực hiện chế độ báo cáo');
    const giao = t('Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính thẩm định', ['Sở Nội vụ']);
    expect(unitAndTask(giao, null, giao.text, 80)).toBe('Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính thẩm định');
    const own = t('Sở Nội vụ tổng hợp');
    expect(unitAndTask(own, null, own.text, 80, true)).toBe('Tổng hợp');
    const person = t('Phân công đồng chí Lê Đình Tuyên theo dõi', [], { assignees: [{ name: 'Lê Đình Tuyên', title: 'Phó Giám đốc Sở' }] });
    expect(unitAndTask(person, null, person.text, 80)).toBe('Phân công đồng chí Lê Đình Tuyên theo dõi');
    const nobody = t('Tổng hợp', []);
    expect(unitAndTask(nobody, null, 'Tổng hợp', 80)).toBe('Tổng hợp');
    // a deadline outside every task speaks for its own lead
    expect(unitAndTask(null, deadline(null, { lead: ['Sở Y tế'] }), 'Báo cáo', 80)).toBe('Sở Y tế: Báo cáo');
  });
});

describe('documentKey', () => {
  it('identifies a numbered, dated document by issuer, reference and date only', () => {
    const a = doc({ tasks: [task('1', { text: 'A' })] });
    const b = doc({ tasks: [task('1', { text: 'B' })], source: { sha256: 'x', name: 'other.txt' } as never });
    expect(documentKey(a)).toBe(documentKey(b));
  });

  it('hashes the text of other documents, ignoring spacing, punctuation spacing and tone placement', () => {
    const a = undatedDoc({ tasks: [task('1', { text: 'Hoà giải ở cơ sở , xong trước ngày 10/3' })] });
    const b = undatedDoc({ tasks: [task('1', { text: 'Hòa giải\r\nở cơ sở, xong  trước ngày 10/3 ' })] });
    const c = undatedDoc({ tasks: [task('1', { text: 'Hòa giải ở cơ sở, xong trước ngày 11/3' })] });
    expect(documentKey(a)).toBe(documentKey(b));
    expect(documentKey(a)).not.toBe(documentKey(c));
    expect(documentKey(a)).toMatch(/^text\|[0-9a-f]{64}$/u);
  });
});
