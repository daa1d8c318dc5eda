// TEMPORARY STUB — replaced by the deadline engine (branch "deadlines").
import type { DeadlineRelation, Duration } from '../types.js';
export interface DateContext { year: number | null; month: number | null; day: number | null }
export interface DeadlineValue {
  relation: DeadlineRelation; date: string | null; end: string | null; due: string | null;
  time: string | null; rrule: string | null; duration: Duration | null; tentative: boolean;
}
export interface DeadlineMatch { start: number; end: number; text: string; rule: string; value: DeadlineValue }
export interface NamedDateMatch { start: number; end: number; name: string; date: string; text: string }
export function findNamedDates(_text: string, _ctx: DateContext): NamedDateMatch[] { return []; }
export function findDeadlines(text: string, _ctx: DateContext, _named?: ReadonlyMap<string, string>): DeadlineMatch[] {
  const out: DeadlineMatch[] = [];
  const re = /trước ngày (\d{1,2})\/(\d{1,2})\/(\d{4})/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const iso = `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], rule: 'stub', value: { relation: 'before', date: iso, end: null, due: null, time: null, rrule: null, duration: null, tentative: false } });
  }
  return out;
}
export function foldName(name: string): string { return name.toLowerCase().replace(/\s+/gu, ' ').trim(); }
