/**
 * Corpus-table helpers for the deadline engine (after Duckling's corpus tests): each row is a
 * realistic sentence, the exact phrase that must be matched, and the full expected value.
 * The whole list of matches is asserted, so an extra or a missing match fails (ambiguity
 * is a bug), and so does a span that does not cover the whole phrase.
 */
import { expect } from 'vitest';
import { findDeadlines, foldName, type DateContext, type DeadlineValue } from '../../src/extract/deadlines.js';

/** The reference document date of most tables. */
export const DOC: DateContext = { year: 2026, month: 2, day: 25 };
export const UNKNOWN: DateContext = { year: null, month: null, day: null };
export const ELECTION = new Map([[foldName('ngày bầu cử'), '2026-03-15']]);

export type Expected = Partial<DeadlineValue> & Pick<DeadlineValue, 'relation'>;

/** [sentence, phrase, expected value, options]. */
export type Row = [sentence: string, phrase: string, expected: Expected, options?: RowOptions];

export interface RowOptions {
  ctx?: DateContext;
  named?: ReadonlyMap<string, string>;
  /** Expected rule name, when the row is about a specific rule. */
  rule?: string;
}

export function full(e: Expected): DeadlineValue {
  return {
    date: null,
    end: null,
    due: null,
    time: null,
    rrule: null,
    duration: null,
    tentative: false,
    ...e,
  };
}

/** Asserts that `sentence` yields exactly one deadline, `phrase`, with value `expected`. */
export function expectOne(sentence: string, phrase: string, expected: Expected, options: RowOptions = {}): void {
  const start = sentence.indexOf(phrase);
  expect(start, `phrase not in sentence: ${phrase}`).toBeGreaterThanOrEqual(0);
  expect(sentence.indexOf(phrase, start + 1), `phrase occurs twice: ${phrase}`).toBe(-1);
  const got = findDeadlines(sentence, options.ctx ?? DOC, options.named);
  expect(got.map((m) => ({ start: m.start, end: m.end, text: m.text, value: m.value }))).toEqual([
    { start, end: start + phrase.length, text: phrase, value: full(expected) },
  ]);
  if (options.rule) expect(got[0]!.rule).toBe(options.rule);
}

/** Asserts that `sentence` yields no deadline at all. */
export function expectNone(sentence: string, options: RowOptions = {}): void {
  const got = findDeadlines(sentence, options.ctx ?? DOC, options.named ?? ELECTION);
  expect(got.map((m) => `${m.text} (${m.rule})`)).toEqual([]);
}
