/**
 * Smoke tests: every fixture, parsed by the real parser (with and without the truth
 * deadlines merged in), goes through every exporter and comes out well-formed.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  filterByUnit,
  renderAgenda,
  renderChecklistCsv,
  renderChecklistMarkdown,
  renderIcs,
} from '../../src/render/index.js';
import type { ParsedDocument } from '../../src/types.js';
import { fixtureWithTruth, parseFixture } from '../support/docs.js';
import { parseIcs, physicalLines } from '../support/ical.js';

const NAMES = readdirSync(fileURLToPath(new URL('../../fixtures/', import.meta.url))).filter((f) => /\.(txt|md|docx)$/u.test(f));
const TODAY = '2026-03-09';

function exportAll(docs: ParsedDocument[]) {
  const ics = renderIcs(docs, { today: TODAY, alarms: [{ days: 3 }, { days: 1 }], calendarName: null, lang: 'vi' });
  const { events } = parseIcs(ics);
  for (const line of physicalLines(ics)) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  for (const e of events) {
    expect(e.start).toMatch(/^\d{4}-\d{2}-\d{2}/u);
    expect(e.end >= e.start).toBe(true);
    expect(Array.from(e.summary).length).toBeLessThanOrEqual(90);
  }
  const csv = renderChecklistCsv(docs, { groupBy: 'unit', lang: 'vi', today: TODAY });
  const rows = parse(csv.slice(1)) as string[][];
  const taskCount = docs.reduce((n, d) => n + d.tasks.length, 0);
  expect(rows.length - 1).toBeGreaterThanOrEqual(taskCount);
  for (const r of rows) expect(r).toHaveLength(9);
  for (const groupBy of ['unit', 'due', 'document'] as const) {
    const md = renderChecklistMarkdown(docs, { groupBy, lang: 'vi', today: TODAY });
    expect(md.startsWith('# ')).toBe(true);
    expect(md.split('\n').filter((l) => l.startsWith('- [ ] ')).length).toBeGreaterThanOrEqual(groupBy === 'unit' ? taskCount : rows.length - 1);
  }
  const agenda = renderAgenda(docs, { today: TODAY, within: null, color: false, lang: 'vi' });
  expect(agenda).not.toContain('\u001b');
  return { events, rows };
}

describe('every fixture through every exporter', () => {
  for (const name of NAMES) {
    it(name, () => {
      const truth = fixtureWithTruth(name);
      const { events } = exportAll([truth]);
      const placeable = truth.deadlines.filter((d) => d.due !== null || d.rrule !== null).length;
      expect(events.length).toBeGreaterThanOrEqual(placeable);
      exportAll([parseFixture(name)]);
      exportAll([filterByUnit(truth, 'Sở Nội vụ')]);
    });
  }

  it('all fixtures at once', () => {
    const docs = NAMES.map((n) => fixtureWithTruth(n));
    const { events } = exportAll(docs);
    expect(events.length).toBeGreaterThan(40);
  });
});

describe('scale', () => {
  it('renders a large document in linear time', async () => {
    const { doc, task, deadline } = await import('../support/docs.js');
    const big = 'Rà soát, tổng hợp, báo cáo kết quả thực hiện nhiệm vụ; '.repeat(4000); // ~220 kB
    const tasks = Array.from({ length: 3000 }, (_, i) => task(`${i + 1}`, { lead: [`Đơn vị ${i % 40}`], text: i === 0 ? big : `Nhiệm vụ số ${i + 1}.` }));
    const deadlines = tasks.map((t, i) =>
      deadline(t.id, i % 3 === 0 ? { relation: 'recurring', rrule: 'FREQ=WEEKLY;BYDAY=TH' } : { relation: 'before', date: `2026-0${(i % 9) + 1}-15` }),
    );
    const d = doc({ tasks, deadlines });
    const started = performance.now();
    const ics = renderIcs([d], { today: TODAY, alarms: [{ days: 3 }, { days: 1 }], calendarName: null, lang: 'vi' });
    renderChecklistCsv([d], { groupBy: 'unit', lang: 'vi', today: TODAY });
    for (const groupBy of ['unit', 'due', 'document'] as const) renderChecklistMarkdown([d], { groupBy, lang: 'vi', today: TODAY });
    renderAgenda([d], { today: TODAY, within: null, color: true, lang: 'vi' });
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(physicalLines(ics).every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
  });
});
