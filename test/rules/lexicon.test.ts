import { describe, expect, it } from 'vitest';
import {
  MONTH_WORDS,
  NUMBER_WORDS,
  START_EVENTS,
  WEEKDAYS,
  alternation,
  monthNumber,
  parseNumberWords,
  phraseTrie,
  romanOrNumber,
  weekdayCode,
} from '../../src/rules/vi/lexicon.js';

describe('lexicon', () => {
  it.each([
    ['Thứ Hai', 'MO'], ['thứ 2', 'MO'], ['T2', 'MO'], ['Thứ Năm', 'TH'], ['thứ  năm', 'TH'], ['Thứ bẩy', 'SA'],
    ['Thứ Bảy', 'SA'], ['T7', 'SA'], ['Chủ nhật', 'SU'], ['CN', 'SU'], ['thứ tư', 'WE'], ['thứ sáu', 'FR'],
  ])('weekday %s → %s', (text, code) => expect(weekdayCode(text)).toBe(code));

  it.each([
    ['3', 3], ['03', 3], ['Ba', 3], ['Tư', 4], ['bốn', 4], ['Mười Một', 11], ['mười hai', 12], ['13', undefined], ['giêng', undefined],
  ])('month %s → %s', (text, n) => expect(monthNumber(text)).toBe(n));

  it.each([['I', 1], ['ii', 2], ['III', 3], ['IV', 4], ['4', 4]])('roman %s → %i', (t, n) => expect(romanOrNumber(t)).toBe(n));

  it.each([
    ['năm', 5], ['mười', 10], ['mười lăm', 15], ['mười một', 11], ['hai mươi', 20], ['hai mươi mốt', 21],
    ['hai mươi tư', 24], ['hai mươi lăm', 25], ['ba mươi', 30], ['hai chục', 20], ['một trăm', 100],
    ['một trăm linh năm', 105], ['một trăm lẻ tư', 104], ['bảy', 7], ['bẩy', 7],
    ['lăm', undefined], ['mốt', undefined], ['mười mốt', undefined], ['mươi hai', undefined], ['ngày', undefined], ['mười năm', undefined],
  ])('number words %s → %s', (text, n) => expect(parseNumberWords(text)).toBe(n));

  it('alternation puts longer words first', () => {
    expect(alternation(['mười', 'mười một'])).toBe(String.raw`mười\s{1,6}một|mười`);
  });

  it.each([
    ['weekdays', WEEKDAYS.map(([k]) => k)],
    ['months', MONTH_WORDS.map(([k]) => k)],
    ['numbers', NUMBER_WORDS.map(([k]) => k)],
    ['start events', [...START_EVENTS]],
  ])('phraseTrie accepts exactly the %s list', (_n, words) => {
    const trie = new RegExp(`^${phraseTrie(words)}$`, 'u');
    for (const w of words) expect(trie.test(w), w).toBe(true);
    for (const w of words) expect(trie.test(`${w}x`), `${w}x`).toBe(false);
    expect(trie.test('')).toBe(false);
  });
});
