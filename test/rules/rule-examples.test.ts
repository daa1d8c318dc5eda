/**
 * The rule table itself: every rule's examples are matched in full by that rule, anchors
 * are necessary conditions, names are unique, and every pattern is linear by construction
 * (no unbounded quantifier: every repetition has an upper bound).
 */
import { describe, expect, it } from 'vitest';
import { findDeadlines } from '../../src/extract/deadlines.js';
import { DEADLINE_RULES, FRAGMENTS, MASK_FILL, MASK_START } from '../../src/rules/vi/deadline-rules.js';
import { DOC, ELECTION } from './corpus.js';

describe('rule table', () => {
  it('has unique names, flags "gu" ("gud" when a named date can be in it), and at least two examples per rule', () => {
    const names = DEADLINE_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of DEADLINE_RULES) {
      expect(r.pattern.flags, r.name).toBe(/_nm>/u.test(r.pattern.source) ? 'dgu' : 'gu');
      expect(r.examples.length, r.name).toBeGreaterThanOrEqual(2);
    }
  });

  it('patterns have no unbounded quantifier (linear on adversarial text)', () => {
    for (const r of DEADLINE_RULES) {
      // Drop escapes and character classes, then look for *, + and {n,}.
      const bare = r.pattern.source.replace(/\\./gu, '').replace(/\[[^\]]*\]/gu, '');
      expect(bare, r.name).not.toMatch(/[*+]|\{\d+,\}/u);
    }
  });

  const examples = DEADLINE_RULES.flatMap((r) => r.examples.map((e) => [r.name, e] as const));
  it.each(examples)('%s matches "%s" in full', (name, example) => {
    const rule = DEADLINE_RULES.find((r) => r.name === name)!;
    if (rule.contextual) {
      // Kept by the runner only with its sentence's context: the pattern alone must cover it.
      const re = new RegExp(rule.pattern.source, 'gu');
      const m = re.exec(example.toLowerCase());
      expect(m && [m.index, m[0].length]).toEqual([0, example.length]);
      return;
    }
    // "ngày bầu cử" is a known named date, as it is in an election document.
    const got = findDeadlines(example, DOC, ELECTION);
    expect(got.map((m) => [m.rule, m.start, m.end])).toEqual([[name, 0, example.length]]);
  });

  it.each(examples)('%s: an anchor occurs in "%s"', (name, example) => {
    const rule = DEADLINE_RULES.find((r) => r.name === name)!;
    if (rule.maxLength !== undefined) expect(example.length).toBeLessThanOrEqual(rule.maxLength);
    if (rule.anchorPattern) expect(rule.anchorPattern.test(example.toLowerCase())).toBe(true);
    if (!rule.anchors) return;
    const lower = example.toLowerCase();
    // Named-date examples are masked before matching; their anchor is the mask.
    const masked = /ngày (bầu cử|hội)/u.test(lower) ? lower + MASK_START : lower;
    expect(rule.anchors.some((a) => masked.includes(a))).toBe(true);
  });
});

describe('fragments', () => {
  const whole = (src: string) => new RegExp(`^(?:${src})$`, 'u');
  it.each([
    ['DAY_DATE', FRAGMENTS.DAY_DATE('x'), ['01/3/2026', '1/3/2026', '01-3-2026', '01.3.2026', '1 / 3 / 2026', '25 tháng 02 năm 2021', 'mùng 5 tháng 2', 'mồng 5 tháng 2', '15/3', '5 tháng tư']],
    ['NGAY_DATE', FRAGMENTS.NGAY_DATE('x'), ['ngày 01/3/2026', 'ngày 01/3/2026 (chủ nhật)', 'thứ sáu, ngày 6/3/2026', 'ngày\n15/3']],
    ['TIME', FRAGMENTS.TIME('x'), ['16 giờ 00', '16 giờ 00 phút', '16 giờ', '17h00', '17h', '11h 00 phút', '15h00’', '16g00', '16:00', '8 giờ sáng', '4 giờ chiều', '7 giờ 30 phút']],
    ['WEEKDAY', FRAGMENTS.WEEKDAY, ['thứ hai', 'thứ 2', 't2', 'thứ năm', 'thứ bảy', 'thứ bẩy', 'chủ nhật', 'cn', 'thứ\nba']],
    ['PERIOD', FRAGMENTS.PERIOD('x'), ['tháng 3/2026', 'tháng 3 năm 2026', 't3/2026', 'tháng 3', 'tháng tư', 'quý i/2026', 'quý ii năm 2026', 'quý 1/2026', 'quý iv', '6 tháng đầu năm 2026', '6 tháng cuối năm', 'năm 2026', 'cuối năm 2026', 'đầu tháng 4', 'giữa tháng 3/2026', 'cuối quý i/2026']],
    ['COUNT', FRAGMENTS.COUNT('x'), ['05', 'năm (05)', '05 (năm)', 'mười lăm', 'hai mươi mốt']],
    ['NAMED', FRAGMENTS.NAMED('x'), [`${MASK_START}${MASK_FILL.repeat(10)}`, `${MASK_START}${MASK_FILL.repeat(10)} (15/3/2026)`]],
  ] as const)('%s matches its shapes', (_name, src, shapes) => {
    const re = whole(src);
    for (const s of shapes) expect(re.test(s), s).toBe(true);
  });

  it.each([
    ['DAY_DATE', FRAGMENTS.DAY_DATE('x'), ['2026', '15/3/26', '10-15/3/2026', '0214.3840.123', '1/2/3']],
    ['TIME', FRAGMENTS.TIME('x'), ['2026', '17ha', '16:0', '16']],
    ['PERIOD', FRAGMENTS.PERIOD('x'), ['năm 2026-2031', 'tháng năm 2025', 'quý v']],
  ] as const)('%s rejects look-alikes', (_name, src, shapes) => {
    const re = whole(src);
    for (const s of shapes) expect(re.test(s), s).toBe(false);
  });
});
