/**
 * UIDs are what calendar apps use to recognise an event on re-import: they must survive
 * re-saving, re-wrapping, CRLF and trailing spaces, and two deadlines must never share one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderIcs, type IcsOptions } from '../../src/render/ics.js';
import type { Deadline, ParsedDocument } from '../../src/types.js';
import { deadline, doc, fixtureText, fixtureWithTruth, task, undatedDoc } from '../support/docs.js';
import { unfold } from '../support/ical.js';

const OPTS: IcsOptions = { today: '2026-03-09', alarms: null, calendarName: null, lang: 'vi' };

function uids(docs: ParsedDocument[]): string[] {
  return unfold(renderIcs(docs, OPTS))
    .filter((l) => l.startsWith('UID:'))
    .map((l) => l.slice(4));
}

const WORDS = ['Sở', 'Nội', 'vụ', 'chủ', 'trì,', 'phối', 'hợp', 'tổng', 'hợp;', 'báo', 'cáo', 'kết', 'quả', 'bầu', 'cử.', 'hoàn', 'thành', 'trước', 'ngày', '15/3/2026', '(dự kiến)', 'xã,', 'phường'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 25 }).map((w) => w.join(' '));
const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-03-${String(d).padStart(2, '0')}`);
const relation = fc.constantFrom<Deadline['relation']>('before', 'by', 'on', 'range', 'recurring');

const docArb = fc
  .record({
    numbered: fc.boolean(),
    number: fc.integer({ min: 1, max: 999 }),
    subject: sentence,
    tasks: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('1', '2', '2/2.1', '2/2.1/-1', '2/2.1/-2', '3/(1)', 'II/1', 'PL/1', 'PL/1~2'),
        text: sentence,
        lead: fc.constantFrom(['Sở Nội vụ'], ['Ủy ban nhân dân các xã, phường'], [] as string[]),
        deadlines: fc.array(fc.record({ relation, date: day, text: sentence }), { maxLength: 3 }),
      }),
      { selector: (t) => t.id, minLength: 1, maxLength: 6 },
    ),
  })
  .map((r) => {
    const tasks = r.tasks.map((t) => task(t.id, { text: t.text, lead: t.lead }));
    const deadlines = r.tasks.flatMap((t) =>
      t.deadlines.map((d) =>
        deadline(t.id, {
          relation: d.relation,
          date: d.date,
          end: d.relation === 'range' ? '2026-03-29' : null,
          rrule: d.relation === 'recurring' ? 'FREQ=WEEKLY;BYDAY=TH' : null,
          text: d.text,
        }),
      ),
    );
    const init = { tasks, deadlines, document: { subject: r.subject } };
    return r.numbered
      ? doc({ ...init, document: { ...init.document, reference: `${r.number}/KL-UBBC`, number: String(r.number) } })
      : undatedDoc(init);
  });

/** The same document saved again: spaces → line breaks (CRLF or LF), trailing blanks, new bytes and lines. */
function reSaved(d: ParsedDocument, seps: string[]): ParsedDocument {
  let i = 0;
  const wrap = (t: string) => `${t.replace(/ /gu, () => seps[i++ % seps.length] ?? ' ')}${seps[0] === ' ' ? '' : '  '}`;
  const wrapN = (t: string | null) => (t === null ? null : wrap(t));
  return {
    ...d,
    source: { ...d.source, sha256: 'f'.repeat(64), bytes: d.source.bytes + 17, path: 'copy/of/it.txt', name: 'it.txt' },
    document: { ...d.document, subject: wrapN(d.document.subject) },
    tasks: d.tasks.map((t) => ({ ...t, text: wrap(t.text), line: t.line + 3 })),
    deadlines: d.deadlines.map((x) => ({ ...x, text: wrap(x.text), line: x.line + 3, column: x.column + 1 })),
  };
}

/** Hard-wrap every long line at `width` columns, as a PDF export or an e-mail client would. */
function rewrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let cur = '';
      for (const w of line.split(' ')) {
        if (cur && `${cur} ${w}`.length > width) {
          out.push(cur);
          cur = w;
        } else cur = cur ? `${cur} ${w}` : w;
      }
      out.push(cur);
      return out.join('\n');
    })
    .join('\n');
}

describe('UIDs', () => {
  it('stay the same when the document is re-wrapped, has CRLF or trailing spaces', () => {
    fc.assert(
      fc.property(docArb, fc.array(fc.constantFrom(' ', '  ', '\n', '\r\n', ' \r\n', '\t', '\u00a0'), { minLength: 1, maxLength: 5 }), (d, seps) => {
        expect(uids([reSaved(d, seps)])).toEqual(uids([d]));
      }),
      { numRuns: 200 },
    );
  });

  it('are unique across the deadlines of several documents', () => {
    fc.assert(
      fc.property(fc.array(docArb, { minLength: 1, maxLength: 4 }), (docs) => {
        const all = uids(docs);
        expect(new Set(all).size).toBe(all.length);
        for (const u of all) expect(u).toMatch(/^[0-9a-f]{32}(-\d+)?@bau-cu$/u);
      }),
      { numRuns: 200 },
    );
  });

  it('do not move when an unrelated task is added to a numbered document', () => {
    fc.assert(
      fc.property(docArb.filter((d) => d.document.number !== null), (d) => {
        const more = {
          ...d,
          tasks: [task('0', { lead: ['Sở Tài chính'] }), ...d.tasks],
          deadlines: [{ ...deadline('0', { relation: 'by', date: '2026-03-02' }), id: '0#1' }, ...d.deadlines],
        };
        expect(uids([more]).slice(1)).toEqual(uids([d]));
      }),
      { numRuns: 100 },
    );
  });

  it('differ between two deadlines of one task that differ only in position or relation', () => {
    const d = doc({
      tasks: [task('1', { lead: ['Sở Nội vụ'] })],
      deadlines: [
        deadline('1', { relation: 'by', date: '2026-03-02' }),
        deadline('1', { relation: 'by', date: '2026-03-02' }),
        deadline('1', { relation: 'on', date: '2026-03-02' }),
      ],
    });
    expect(new Set(uids([d])).size).toBe(3);
  });

  it('differ between documents that differ in issuer, reference or date', () => {
    const base = { tasks: [task('1')], deadlines: [deadline('1', { date: '2026-03-20' })] };
    const a = doc(base);
    const b = doc({ ...base, document: { reference: '20/KL-UBBC', number: '20' } });
    const c = doc({ ...base, document: { issuer: { name: 'Ủy ban bầu cử tỉnh Lào Cai', parent: null, line: 1 } } });
    const e = doc({ ...base, document: { date: { iso: '2022-02-25', year: 2022, month: 2, day: 25, text: '', line: 1 } } });
    expect(new Set([a, b, c, e].flatMap((x) => uids([x]))).size).toBe(4);
  });

  for (const name of ['seed-001-ban-thuong-vu-tinh-uy-lao-cai.txt', 'seed-003-thong-bao-ket-luan-dang-uy-so-noi-vu.txt', 'chi-thi-chu-tich-ubnd-tinh-dak-lak-phong-chong-thien-tai.txt']) {
    it(`stay the same for ${name.slice(0, 30)}… saved with CRLF, trailing spaces or re-wrapped`, () => {
      const text = fixtureText(name);
      const original = uids([fixtureWithTruth(name)]);
      expect(original.length).toBeGreaterThan(0);
      const rewrapped = rewrap(text, 72);
      for (const variant of [text.replace(/\r?\n/gu, '\r\n'), text.replace(/\r?\n/gu, ' \t \n'), rewrapped]) {
        expect(uids([fixtureWithTruth(name, variant)])).toEqual(original);
      }
    });
  }
});
