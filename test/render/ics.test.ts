import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, formatTrigger, renderIcs, type IcsOptions } from '../../src/render/ics.js';
import { deadline, doc, named, task, undatedDoc } from '../support/docs.js';
import { parseIcs, physicalLines, unfold } from '../support/ical.js';

const OPTS: IcsOptions = { today: '2026-03-09', alarms: [{ days: 3 }, { days: 1 }], calendarName: null, lang: 'vi' };

const LONG =
  'Tập trung chỉ đạo, hướng dẫn, kiểm tra, đôn đốc Ủy ban nhân dân các xã, phường rà soát toàn bộ các bước, các khâu trong quy trình bầu cử theo đúng quy định của pháp luật; tuyệt đối không để xảy ra sai sót về công tác in sao tài liệu, thông tin, tiểu sử tóm tắt, ảnh chân dung của các ứng cử viên, phiếu bầu, danh sách cử tri; hoàn thiện công tác bố trí, sắp xếp, trang hoàng ở các địa điểm bỏ phiếu, khu dân cư, khu vực công cộng — “đẹp, trang trọng, an toàn”.';

function seedLike() {
  return doc({
    document: { date: { iso: '2026-03-06', year: 2026, month: 3, day: 6, text: 'ngày 06 tháng 3 năm 2026', line: 4 } },
    tasks: [
      task('1/1.2', { lead: ['Đảng ủy Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'], text: 'Lãnh đạo tổ chức các hoạt động tiếp xúc cử tri, hoàn thành trước ngày 10/3/2026.' }),
      task('2/(1)', { lead: ['Đảng ủy Ủy ban nhân dân tỉnh'], text: 'Hoàn thành kiểm tra công tác chuẩn bị bầu cử (đợt III) trước ngày 08/3/2026.' }),
      task('3/(2)', { lead: ['Ủy ban nhân dân các xã, phường'], support: ['Công an tỉnh'], text: LONG }),
    ],
    deadlines: [
      deadline('1/1.2', { relation: 'before', date: '2026-03-10', due: '2026-03-09', text: 'trước ngày 10/3/2026' }),
      deadline('2/(1)', { relation: 'before', date: '2026-03-08', due: null, text: 'trước ngày 08/3/2026' }),
      deadline('3/(2)', { relation: 'before', date: '2026-03-13', due: '2026-03-12', text: 'xong trước ngày 13/3/2026' }),
      deadline('3/(2)', { relation: 'range', date: '2026-03-10', end: '2026-03-15', due: '2026-03-15', text: 'từ ngày 10/3/2026 đến hết ngày bầu cử' }),
    ],
    namedDates: [named('ngày bầu cử', '2026-03-15', 'ngày bầu cử (15/3/2026)')],
  });
}

describe('renderIcs: file shape', () => {
  const text = renderIcs([seedLike()], OPTS);

  it('uses CRLF everywhere and ends with one', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
  });

  it('folds every line to at most 75 octets without breaking a UTF-8 sequence', () => {
    const bytes = Buffer.from(text, 'utf8');
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let start = 0;
    let longest = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        const line = bytes.subarray(start, i);
        longest = Math.max(longest, line.length);
        expect(() => decoder.decode(line)).not.toThrow();
        start = i + 2;
      }
    }
    expect(longest).toBeLessThanOrEqual(75);
    expect(longest).toBeGreaterThan(60); // the long text really was folded
    for (const line of physicalLines(text)) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('has the calendar properties', () => {
    const lines = unfold(text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('PRODID:-//bau-cu//bau-cu 1.0//VI');
    expect(lines).toContain('METHOD:PUBLISH');
    expect(lines).toContain('CALSCALE:GREGORIAN');
    expect(lines.some((l) => l.startsWith('X-WR-CALNAME:Hạn nhiệm vụ – Kết luận 19/KL-UBBC ngày 06/03/2026'))).toBe(true);
    expect(lines.some((l) => l.startsWith('NAME:Hạn nhiệm vụ'))).toBe(true);
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(text).not.toContain('X-PUBLISHED-TTL');
  });

  it('is deterministic', () => {
    expect(renderIcs([seedLike()], OPTS)).toBe(text);
  });

  it('does not depend on the machine time zone', () => {
    const before = process.env.TZ;
    const timed = doc({
      tasks: [task('1', { lead: ['Sở Tài chính'] })],
      deadlines: [
        deadline('1', { relation: 'before', date: '2026-02-14', due: '2026-02-14', time: '16:00' }),
        deadline('1', { relation: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=TH', time: '06:30' }),
      ],
    });
    const outputs = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati'].map((tz) => {
      process.env.TZ = tz;
      return renderIcs([timed, seedLike()], OPTS);
    });
    process.env.TZ = before;
    expect(new Set(outputs).size).toBe(1);
  });
});

describe('renderIcs: events', () => {
  const { events } = parseIcs(renderIcs([seedLike()], OPTS));
  const byStart = (s: string) => events.filter((e) => e.start === s);

  it('writes one all-day event per deadline on its due day, DTEND exclusive', () => {
    expect(events).toHaveLength(5);
    const e = byStart('2026-03-09')[0];
    expect(e?.allDay).toBe(true);
    expect(e?.end).toBe('2026-03-10');
    expect(e?.summary).toMatch(/^Đảng ủy Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh: Lãnh đạo/u);
  });

  it('takes X − 1 for "before" when the engine gave only the date', () => {
    expect(byStart('2026-03-07')).toHaveLength(1);
  });

  it('spans a range over its days, end inclusive', () => {
    const range = events.find((e) => e.start === '2026-03-10');
    expect(range?.end).toBe('2026-03-16');
  });

  it('adds named dates as events', () => {
    const election = events.find((e) => e.summary === 'Ngày bầu cử');
    expect(election?.start).toBe('2026-03-15');
    expect(election?.description).toContain('ngày bầu cử (15/3/2026)');
  });

  it('describes the whole task, the deadline as written and the source', () => {
    const e = byStart('2026-03-12')[0];
    expect(e?.description).toContain(LONG);
    expect(e?.description).toContain('Thời hạn: xong trước ngày 13/3/2026');
    expect(e?.description).toContain('Nguồn: 19/KL-UBBC ngày 06/03/2026, mục 3 (2)');
    expect(e?.description).toContain('Phối hợp: Công an tỉnh');
  });

  it('keeps commas inside a CATEGORIES item', () => {
    const e = byStart('2026-03-12')[0];
    expect(e?.categories).toEqual(['Ủy ban nhân dân các xã, phường', 'Công an tỉnh']);
  });

  it('shortens SUMMARY to about 80 characters at a word boundary', () => {
    const e = byStart('2026-03-12')[0];
    const summary = e?.summary ?? '';
    expect(Array.from(summary).length).toBeLessThanOrEqual(80);
    expect(summary.endsWith('…')).toBe(true);
    const body = summary.replace(/^Ủy ban nhân dân các xã, phường: /u, '').replace(/…$/u, '');
    expect(LONG.startsWith(body)).toBe(true);
    expect(LONG.charAt(body.length)).toMatch(/[\s,;.]/u);
  });

  it('marks deadlines transparent and reminds 3 and 1 days before', () => {
    for (const e of events) {
      expect(e.transp).toBe('TRANSPARENT');
      expect(e.alarms.map((a) => a.trigger)).toEqual(['-P3D', '-P1D']);
      expect(e.alarms.every((a) => a.action === 'DISPLAY' && a.description.length > 0)).toBe(true);
    }
  });

  it('takes DTSTAMP from the document date', () => {
    expect(events.every((e) => e.dtstamp === '2026-03-06T00:00:00Z')).toBe(true);
  });

  it('gives every deadline its own ASCII UID', () => {
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const uid of uids) expect(uid).toMatch(/^[0-9a-f]{32}@bau-cu$/u);
  });
});

describe('renderIcs: times, recurrence, status', () => {
  it('writes a timed deadline in Asia/Ho_Chi_Minh with a VTIMEZONE', () => {
    const d = doc({
      tasks: [task('2', { lead: ['Ủy ban nhân dân các xã, phường'] })],
      deadlines: [deadline('2', { relation: 'before', date: '2026-03-05', due: '2026-03-05', time: '16:00', text: 'trước 16 giờ 00 ngày 05/3/2026' })],
    });
    const text = renderIcs([d], OPTS);
    expect(unfold(text)).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20260305T160000');
    expect(text).toContain('BEGIN:VTIMEZONE');
    expect(text).toContain('TZOFFSETTO:+0700');
    const [e] = parseIcs(text).events;
    expect(e?.allDay).toBe(false);
    expect(e?.tzid).toBe('Asia/Ho_Chi_Minh');
    expect(e?.startUtc).toBe(Date.UTC(2026, 2, 5, 9, 0));
    expect(e?.end).toBe('2026-03-05T16:30:00');
  });

  it('leaves VTIMEZONE out when every event is all-day', () => {
    expect(renderIcs([seedLike()], OPTS)).not.toContain('VTIMEZONE');
  });

  it('starts a weekly deadline on the first Thursday on or after the document date', () => {
    const d = doc({
      document: { date: { iso: '2026-03-09', year: 2026, month: 3, day: 9, text: 'ngày 09 tháng 3 năm 2026', line: 4 } },
      tasks: [task('2/2.6/-1', { lead: ['Các Tổ giúp việc UBBC'] })],
      deadlines: [
        deadline('2/2.6/-1', { relation: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=TH', time: '11:00', text: 'trước 11h 00 phút ngày Thứ năm hàng tuần' }),
      ],
    });
    const [e] = parseIcs(renderIcs([d], OPTS)).events;
    expect(e?.rrule).toBe('FREQ=WEEKLY;BYDAY=TH');
    expect(e?.start).toBe('2026-03-12T11:00:00');
    expect(e?.startUtc).toBe(Date.UTC(2026, 2, 12, 4, 0));
  });

  it('keeps an early-morning weekly deadline on its weekday (TZID, not UTC)', () => {
    const d = doc({
      tasks: [task('1', { lead: ['Sở Nội vụ'] })],
      deadlines: [deadline('1', { relation: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=TH', time: '06:30' })],
    });
    const { calendar } = parseIcs(renderIcs([d], OPTS));
    const ev = new ICAL.Event(calendar.getFirstSubcomponent('vevent') as ICAL.Component);
    const it = ev.iterator();
    for (let i = 0; i < 4; i++) {
      const t = it.next();
      expect(t?.dayOfWeek()).toBe(ICAL.Time.THURSDAY);
      expect(t?.hour).toBe(6);
    }
  });

  it('anchors a recurring deadline of an undated document on today', () => {
    const d = undatedDoc({
      tasks: [task('1', { lead: ['Chi bộ'] })],
      deadlines: [deadline('1', { relation: 'recurring', rrule: 'FREQ=MONTHLY;BYMONTHDAY=5' })],
    });
    const [e] = parseIcs(renderIcs([d], OPTS)).events;
    expect(e?.start).toBe('2026-04-05');
    expect(e?.end).toBe('2026-04-06');
    expect(e?.dtstamp).toBe('2026-03-09T00:00:00Z');
  });

  it('writes UNTIL with the value type of DTSTART', () => {
    const mk = (time: string | null) =>
      doc({
        tasks: [task('1', { lead: ['Sở Nội vụ'] })],
        deadlines: [deadline('1', { relation: 'recurring', rrule: 'BYDAY=MO;FREQ=WEEKLY;UNTIL=20260315', time })],
      });
    expect(unfold(renderIcs([mk(null)], OPTS))).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260315');
    const timed = renderIcs([mk('08:00')], OPTS);
    expect(unfold(timed)).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260315T165959Z');
    expect(parseIcs(timed).events[0]?.rrule).toContain('UNTIL=20260315T165959Z');
  });

  it('marks tentative deadlines', () => {
    const d = doc({
      tasks: [task('2/2.1/-3', { lead: ['Cơ quan thường trực UBBC tỉnh'] })],
      deadlines: [deadline('2/2.1/-3', { relation: 'on', date: '2021-03-18', due: '2021-03-18', tentative: true, text: 'dự kiến 18/3/2021' })],
    });
    const [e] = parseIcs(renderIcs([d], OPTS)).events;
    expect(e?.status).toBe('TENTATIVE');
    expect(e?.start).toBe('2021-03-18');
  });

  it('skips deadlines without a usable date', () => {
    const d = doc({
      tasks: [task('1', { lead: ['Sở Nội vụ'] })],
      deadlines: [
        deadline('1', { relation: 'from', date: '2026-03-01' }),
        deadline('1', { relation: 'within', duration: { value: 5, unit: 'day', workingDays: true } }),
        deadline('1', { relation: 'recurring', rrule: 'FREQ=SOMETIMES' }),
        deadline('1', { relation: 'by', date: null }),
        deadline('1', { relation: 'by', date: '2026-03' }),
      ],
    });
    const { events } = parseIcs(renderIcs([d], OPTS));
    expect(events.map((e) => e.start)).toEqual(['2026-03-31']);
  });

  it('writes no alarm when alarms are off, and valid triggers otherwise', () => {
    const off = renderIcs([seedLike()], { ...OPTS, alarms: null });
    expect(off).not.toContain('VALARM');
    expect(renderIcs([seedLike()], { ...OPTS, alarms: [] })).not.toContain('VALARM');
    const odd = renderIcs([seedLike()], { ...OPTS, alarms: [{ days: 7 }, { days: 0.5 }, { days: 0 }, { days: 7 }] });
    const triggers = unfold(odd).filter((l) => l.startsWith('TRIGGER'));
    expect(new Set(triggers)).toEqual(new Set(['TRIGGER:-P7D', 'TRIGGER:-PT12H', 'TRIGGER:PT0S']));
    for (const t of triggers) expect(t).not.toMatch(/T$/u);
    expect(parseIcs(odd).events[0]?.alarms.map((a) => a.trigger)).toEqual(['-P7D', '-PT12H', 'PT0S']);
  });
});

describe('renderIcs: text', () => {
  it('escapes , ; \\ and newlines so a parser reads the text back unchanged', () => {
    const text = 'Báo cáo: số liệu A, B; đường dẫn C:\\du-lieu\\2026\ndòng hai\r\ndòng ba';
    const d = doc({
      tasks: [task('1', { lead: ['Sở Tài chính'], text })],
      deadlines: [deadline('1', { relation: 'by', date: '2026-03-20', text: 'chậm nhất ngày 20/3/2026; không gia hạn' })],
    });
    const out = renderIcs([d], OPTS);
    const line = unfold(out).find((l) => l.startsWith('DESCRIPTION:Báo')) ?? '';
    expect(line).toContain('A\\, B\\; đường dẫn C:\\\\du-lieu\\\\2026\\ndòng hai\\ndòng ba');
    const [e] = parseIcs(out).events;
    expect(e?.description.startsWith('Báo cáo: số liệu A, B; đường dẫn C:\\du-lieu\\2026\ndòng hai\ndòng ba\n')).toBe(true);
    expect(e?.description).toContain('Thời hạn: chậm nhất ngày 20/3/2026; không gia hạn');
  });

  it('escapeText and foldLine follow RFC 5545', () => {
    expect(escapeText('a,b;c\\d\r\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    expect(escapeText('x\u0007y')).toBe('xy');
    const folded = foldLine(`DESCRIPTION:${'ệ'.repeat(100)}`);
    for (const l of folded.split('\r\n')) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /gu, '')).toBe(`DESCRIPTION:${'ệ'.repeat(100)}`);
    // a combining mark stays with its letter
    const nfd = foldLine(`X:${'e\u0302\u0323'.repeat(40)}`);
    for (const l of nfd.split('\r\n').slice(1)) expect(l.charAt(1)).toBe('e');
  });

  it('formatTrigger never writes a dangling T', () => {
    expect(formatTrigger(3)).toBe('-P3D');
    expect(formatTrigger(1)).toBe('-P1D');
    expect(formatTrigger(1.25)).toBe('-P1DT6H');
    expect(formatTrigger(0)).toBe('PT0S');
    expect(formatTrigger(-1)).toBe('P1D');
  });

  it('reads back a 300+ character Vietnamese text through the folds', () => {
    const long = `${LONG} ${LONG}`;
    expect(Array.from(long).length).toBeGreaterThan(300);
    const d = doc({ tasks: [task('1', { lead: ['Sở Nội vụ'], text: long })], deadlines: [deadline('1', { relation: 'by', date: '2026-03-20' })] });
    const [e] = parseIcs(renderIcs([d], OPTS)).events;
    expect(e?.description.startsWith(long)).toBe(true);
  });

  it('cites a document without a reference by its file name', () => {
    const d = undatedDoc({
      source: { name: 'ban-thuong-vu.txt', path: 'in/ban-thuong-vu.txt', sha256: 'a'.repeat(64), bytes: 1, encoding: 'utf-8', format: 'txt' },
      tasks: [task('2/(1)', { lead: ['Đảng ủy Ủy ban nhân dân tỉnh'] })],
      deadlines: [deadline('2/(1)', { relation: 'before', date: '2026-03-08' })],
    });
    const [e] = parseIcs(renderIcs([d], OPTS)).events;
    expect(e?.description).toContain('Nguồn: ban-thuong-vu.txt, mục 2 (1)');
  });

  it('uses the given calendar name and the English labels', () => {
    const out = renderIcs([seedLike()], { ...OPTS, calendarName: 'Lịch, bầu cử; 2026', lang: 'en' });
    const lines = unfold(out);
    expect(lines).toContain('X-WR-CALNAME:Lịch\\, bầu cử\\; 2026');
    expect(lines).toContain('NAME:Lịch\\, bầu cử\\; 2026');
    const e = parseIcs(out).events.find((x) => x.start === '2026-03-12');
    expect(e?.description).toContain('Deadline: xong trước ngày 13/3/2026');
    expect(e?.description).toContain('Source: 19/KL-UBBC of 06/03/2026, item 3 (2)');
    expect(e?.summary).toMatch(/^Ủy ban nhân dân các xã, phường: Tập trung/u); // content not translated
  });

  it('names a calendar of several documents, and of none', () => {
    const two = renderIcs([seedLike(), undatedDoc()], OPTS);
    expect(unfold(two)).toContain('X-WR-CALNAME:Hạn nhiệm vụ (2 văn bản)');
    const none = renderIcs([], OPTS);
    expect(parseIcs(none).events).toHaveLength(0);
    expect(unfold(none)).toContain('NAME:Hạn nhiệm vụ');
  });
});

describe('renderIcs: several documents', () => {
  it('writes a named date shared by several documents once', () => {
    const a = seedLike();
    const b = doc({ document: { reference: '20/KL-UBBC', number: '20' }, namedDates: [named('ngày bầu cử', '2026-03-15')] });
    const { events } = parseIcs(renderIcs([a, b], OPTS));
    const elections = events.filter((e) => e.summary === 'Ngày bầu cử');
    expect(elections).toHaveLength(1);
    expect(elections[0]?.description).toContain('20/KL-UBBC');
  });

  it('writes a document given twice once', () => {
    const a = seedLike();
    const once = parseIcs(renderIcs([a], OPTS)).events;
    const twice = parseIcs(renderIcs([a, structuredClone(a)], OPTS)).events;
    expect(twice.map((e) => e.uid)).toEqual(once.map((e) => e.uid));
  });
});
