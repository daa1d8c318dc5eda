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
