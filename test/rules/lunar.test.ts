/**
 * Lunar dates (REFERENCE 4.6, the "lunar-date" rule): converted with the UTC+7 lunar calendar.
 * Checked against REFERENCE's table: Tết Đinh Mùi is Saturday 06/02/2027, Giỗ Tổ (10/3 âm
 * lịch) is 26/4/2026 and 16/4/2027, Tết Mậu Thân is 26/01/2028.
 */
import { describe, it } from 'vitest';
import { expectNone, expectOne, type Row } from './corpus.js';

/** A December 2026 document: a lunar date without a year is the next one after it. */
const DEC = { year: 2026, month: 12, day: 18 };

const rows: Row[] = [
  ['Phát động Tết trồng cây (dự kiến vào ngày mùng 8 tháng Giêng năm Đinh Mùi).', 'dự kiến vào ngày mùng 8 tháng Giêng năm Đinh Mùi',
    { relation: 'on', date: '2027-02-13', due: '2027-02-13', tentative: true }, { ctx: DEC, rule: 'lunar-date' }],
  // the part of the day between the word and the date
  ['Chi đoàn ra quân "Tết trồng cây" vào sáng mùng 8 tháng Giêng tại Nhà văn hóa.', 'vào sáng mùng 8 tháng Giêng',
    { relation: 'on', date: '2027-02-13', due: '2027-02-13' }, { ctx: DEC, rule: 'lunar-date' }],
  ['Các xã hoàn thành trước ngày 23 tháng Chạp.', 'trước ngày 23 tháng Chạp',
    { relation: 'before', date: '2027-01-30', due: '2027-01-29' }, { ctx: DEC, rule: 'lunar-date' }],
  ['Lễ hội tổ chức vào rằm tháng Giêng năm 2028.', 'vào rằm tháng Giêng năm 2028',
    { relation: 'on', date: '2028-02-09', due: '2028-02-09' }, { ctx: DEC, rule: 'lunar-date' }],
  // "10/3" followed by "âm lịch" is the lunar 10th of the 3rd month, never 10 March
  ['Gửi báo cáo trước ngày 10/3 âm lịch.', 'trước ngày 10/3 âm lịch',
    { relation: 'before', date: '2027-04-16', due: '2027-04-15' }, { ctx: DEC, rule: 'lunar-date' }],
  ['Tổ chức ngày 15 tháng 8 (âm lịch) tại nhà văn hóa.', 'Tổ chức ngày 15 tháng 8 (âm lịch)',
    { relation: 'on', date: '2027-09-15', due: '2027-09-15' }, { ctx: DEC, rule: 'lunar-date' }],
  ['Các đơn vị trở lại làm việc chậm nhất mùng 10 Tết.', 'chậm nhất mùng 10 Tết',
    { relation: 'by', date: '2027-02-15', due: '2027-02-15' }, { ctx: DEC, rule: 'lunar-date' }],
  ['Xong trước mồng năm Tết Đinh Mùi.', 'trước mồng năm Tết Đinh Mùi',
    { relation: 'before', date: '2027-02-10', due: '2027-02-09' }, { ctx: DEC, rule: 'lunar-date' }],
  // a year name picks the year of the cycle nearest the document, past or future
  ['Hoàn thành chậm nhất ngày 10 tháng 3 năm Bính Ngọ.', 'chậm nhất ngày 10 tháng 3 năm Bính Ngọ',
    { relation: 'by', date: '2026-04-26', due: '2026-04-26' }, { ctx: DEC, rule: 'lunar-date' }],
  ['Khai hội vào mùng 1 tháng Giêng năm Mậu Thân.', 'vào mùng 1 tháng Giêng năm Mậu Thân',
    { relation: 'on', date: '2028-01-26', due: '2028-01-26' }, { ctx: DEC, rule: 'lunar-date' }],
];

describe('lunar dates', () => {
  it.each(rows)('%s', (sentence, phrase, expected, options) => expectOne(sentence, phrase, expected, options));

  it.each([
    // Chạp of Bính Ngọ has 29 days: its "30th" does not exist (lunarToSolar alone would give Tết)
    'Hoàn thành trước ngày 30 tháng Chạp năm Bính Ngọ.',
    // lunar words without a cue, and a solar date near the word Tết
    'Ngày 23 tháng Chạp là ngày ông Công ông Táo.',
  ])('no deadline: %s', (sentence) => expectNone(sentence, { ctx: DEC }));

  it('keeps solar dates that merely stand near lunar words', () => {
    expectOne('Trước ngày 10/3/2027 gửi báo cáo tổng kết Tết.', 'Trước ngày 10/3/2027',
      { relation: 'before', date: '2027-03-10', due: '2027-03-09' }, { ctx: DEC, rule: 'before-date' });
    expectOne('Khai mạc ngày 2 tháng 9 năm 2026 dịp Tết Độc lập.', 'Khai mạc ngày 2 tháng 9 năm 2026',
      { relation: 'on', date: '2026-09-02', due: '2026-09-02' }, { ctx: DEC, rule: 'on-scheduled' });
  });
});
