/**
 * Vietnamese deadline phrases — patterns are data.
 *
 * `DEADLINE_RULES` is ONE ordered array; each rule is `{ name, examples, pattern, build }`.
 * Patterns are composed from named fragments (DATE, TIME, WEEKDAY, PERIOD, COUNT…); a
 * fragment is a function of a prefix so that one pattern can hold two dates (a range) with
 * distinct group names. `build` turns a match into a value or returns null ("declined"),
 * never throws. The runner (src/extract/deadlines.ts) runs every rule, then refines.
 *
 * Linearity: every quantifier is bounded (gaps are `\s{1,6}`, names `{1,200}`), no
 * quantified group contains an unbounded quantifier, so each start position costs a
 * bounded amount of work and a scan is linear in the text length.
 *
 * Named dates: the runner replaces every mention of a known named date ("ngày bầu cử")
 * by a same-length mask `\uE000\uE001…` before matching, so offsets are unchanged and
 * `NAMED` is just a fragment; `ctx.named(offset)` gives the mention's ISO date.
 */
import type { Deadline, DeadlineRelation, Duration } from '../../types.js';
import {
  addDays,
  addMonths,
  daysInMonth,
  isWorkingDay,
  isoWeekday,
  lunarToSolar,
  periodEnd,
  solarToLunar,
  subtractWorkingDays,
  toIso,
} from '../../resolve/calendar.js';
import {
  clockTime,
  dueFor,
  inferYear,
  isoMonth,
  partOfMonth,
  partOfYear,
  quarterEnd,
  resolveDay,
  type DateContext,
  type DayPieces,
} from '../../resolve/dates.js';
import { BRANCH_WORDS, STEM_WORDS, yearNamed } from '../../resolve/events.js';
import {
  BEFORE_LEADS,
  DAY_PART_BY_KEY,
  DURATION_UNIT_BY_KEY,
  EVENT_VERBS,
  FIELD_KINDS,
  FIELD_KIND_BY_KEY,
  FREQUENCY_BY_KEY,
  FREQUENCY_PREFIXES,
  MONTH_WORDS,
  NUMBER_WORDS,
  FROM_NOW_NOUNS,
  PERIODIC_WORDS,
  PERIOD_NOUNS,
  START_EVENTS,
  THIS_DOCUMENT_TYPES,
  WEEKDAYS,
  alternation,
  escapeRegExp,
  lookupKey,
  monthNumber,
  phraseTrie,
  parseNumberWords,
  romanOrNumber,
  weekdayCode,
  type ByDay,
} from './lexicon.js';

/** What a rule reads from a phrase: the fields of a Deadline that the text itself decides. */
export type DeadlineValue = Pick<Deadline, 'relation' | 'date' | 'end' | 'due' | 'time' | 'rrule' | 'duration' | 'tentative'>;

export interface RuleContext {
  /** The document date. */
  doc: DateContext;
  /** The original text (the pattern ran over a same-length lower-cased, masked copy). */
  text: string;
  /** ISO date of the named-date mention masked at `offset`, if any. */
  named(offset: number): string | null;
}

export interface DeadlineRule {
  name: string;
  /** Phrases this rule must match in full (checked by test/rules/rule-examples.test.ts). */
  examples: string[];
  /**
   * Lower-case words of which at least one occurs in every match (a necessary condition,
   * checked by test/rules/rule-examples.test.ts); the runner skips the rule when none occurs
   * in the text, which saves compiling and scanning. Absent = always run.
   */
  anchors?: readonly string[];
  /**
   * The runner keeps a match only with context from its sentence (a clock time takes the
   * day of an earlier phrase): the examples are checked against the pattern alone.
   */
  contextual?: boolean;
  /** A cheap test every match passes, for anchors a word list cannot state ("a digit, then giờ/h/g/:"). */
  anchorPattern?: RegExp;
  /** Texts longer than this cannot match (the pattern spans the whole text: a table cell). */
  maxLength?: number;
  /**
   * Flags 'gu'; written in lower case because the runner matches a lower-cased copy of the
   * text (and adds 'd' to read group offsets).
   */
  pattern: RegExp;
  build(match: RegExpExecArray, ctx: RuleContext): DeadlineValue | null;
}

// ---------------------------------------------------------------------------------------
// Fragments

/** Named-date mask characters (Unicode private use; never letters or digits). */
export const MASK_START = '\uE000';
export const MASK_FILL = '\uE001';

const S = String.raw`\s{1,6}`; // a required gap; may contain line breaks
const O = String.raw`\s{0,6}`; // an optional gap
/**
 * Letters and digits for word boundaries (`\b` is ASCII-only): digits, a–z, all Latin blocks
 * (Vietnamese ă â đ ê ô ơ ư and the tone-marked letters of Latin Extended Additional) and
 * combining marks (NFD input); upper case is absent because rules run over lower-cased text.
 * Equivalent to `[\p{L}\p{N}]` for Vietnamese text, but V8 compiles `\p{L}` in about
 * 0.5 ms per occurrence and the rules hold hundreds of boundaries.
 */
export const WORD_CHAR = String.raw`[0-9a-z\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff]`;
/** Letters only (WORD_CHAR without digits). */
const LETTER = String.raw`[a-z\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff]`;
const B = `(?<!${WORD_CHAR})`; // word start
const E = `(?!${WORD_CHAR})`; // word end

/** A fixed phrase with flexible whitespace between its words. */
const w = (phrase: string): string => phrase.split(' ').map(escapeRegExp).join(S);
/** Alternation of vocabulary with an end boundary. */
const oneOf = (words: Iterable<string>): string => `${phraseTrie(words)}${E}`;

const YEAR = String.raw`(?:19|20)\d{2}(?!\d)`;
const DSEP = String.raw`\s{0,6}[\/.\-]\s{0,6}`;
const WEEKDAY = `${phraseTrie(WEEKDAYS.map(([k]) => k))}${E}`;
const MONTH_WORD = `(?:${MONTH_WORDS.map(([k]) => k)
  .sort((a, b) => b.length - a.length)
  .map((k) => escapeRegExp(k).replace(/ /g, String.raw`\s{1,6}`) + (k === 'năm' ? String.raw`(?!\s{1,6}\d)` : ''))
  .join('|')})${E}`;
const NUM_WORD = oneOf(NUMBER_WORDS.map(([k]) => k));
const NUM_WORDS = `${NUM_WORD}(?:\\s{1,6}${NUM_WORD}){0,4}`;
const FREQ_PREFIX = oneOf(FREQUENCY_PREFIXES);
const PERIODIC = oneOf(PERIODIC_WORDS);
const DAY_PART = oneOf(['sáng', 'trưa', 'chiều', 'tối', 'đêm']);
const PARENS_WEEKDAY = `(?:${O}\\(${O}${WEEKDAY}${O}\\))?`;

/** A day of the month with its month and maybe year: "01/3/2026", "15/3", "15/3 năm 2026", "25 tháng 02 năm 2021" ("ngày" excluded). */
const DAY_DATE = (p: string): string =>
  `(?:(?:mùng|mồng)${S})?(?:` +
  `(?<${p}_d>\\d{1,2})\\s{0,6}(?<${p}_s>[\\/.\\-])\\s{0,6}(?<${p}_m>\\d{1,2})` +
  `(?:(?:${DSEP}|${S}năm${S})(?<${p}_y>${YEAR})|(?!\\d|\\s{0,6}[\\/.]\\s{0,6}\\d))` +
  `|(?<${p}_ld>\\d{1,2})${S}tháng${S}(?<${p}_lm>\\d{1,2}(?!\\d)|${MONTH_WORD})` +
  `(?:(?:${S}năm${S}|${DSEP})(?<${p}_ly>${YEAR}))?${E})`;

/** "ngày 01/3/2026 (Chủ nhật)", "thứ Sáu, ngày 6/3/2026", "ngày thứ Hai, 12/4/2027", "01/3/2026". */
const NGAY_DATE = (p: string, keyword: 'optional' | 'required' = 'optional'): string =>
  `(?:(?:ngày${S})?${WEEKDAY}${O},?${O})?(?<${p}_kw>ngày${S})${keyword === 'optional' ? '?' : ''}${DAY_DATE(p)}${PARENS_WEEKDAY}`;

/**
 * A masked named-date mention, maybe followed by its numeric date in parentheses
 * ("ngày bầu cử (15/3/2026)"); findNamedDates accepts the same shapes.
 */
const NAMED = (p: string): string =>
  // "kể từ ngày Hội nghị kiểm điểm": an event's name after "ngày" stands for its day.
  `(?:ngày${S})?(?<${p}_nm>${MASK_START}${MASK_FILL}{1,200})` +
  `(?:${O}\\(${O}(?:ngày${S})?(?<${p}n_d>\\d{1,2})${DSEP}(?<${p}n_m>\\d{1,2})(?:${DSEP}(?<${p}n_y>${YEAR}))?${O}\\))?`;

/** A date or a named date. */
const WHEN = (p: string, keyword: 'optional' | 'required' = 'optional'): string =>
  `(?:${NAMED(p)}|${NGAY_DATE(p, keyword)})`;

/** "16 giờ 00", "16 giờ 00 phút", "17h00", "17h", "11h 00 phút", "15h00’", "16g00", "16:00", "4 giờ chiều". */
const TIME = (p: string): string =>
  `(?<${p}_h>\\d{1,2})(?:\\s{0,6}(?:giờ|h|g)(?:\\s{0,6}(?<${p}_mi>\\d{2})(?!\\d)(?:\\s{0,6}(?:phút|['’′]))?)?` +
  `|:(?<${p}_mc>\\d{2})(?!\\d))${E}(?:${S}(?<${p}_dp>${DAY_PART}))?`;

/** A clock time and the separator before the date that follows it ("vào lúc 8 giờ, ", "đúng 14 giờ 00, "). */
const TIME_BEFORE_DATE = (p: string): string =>
  `(?:(?:lúc|vào(?:${S}lúc)?|hồi)${S})?(?:đúng${S})?${TIME(p)}${O},?${O}`;

/** "tháng 3/2026", "tháng 3 năm 2026", "T3/2026", "tháng Tư", "tháng 3". */
const MONTH_P = (p: string): string =>
  `(?:tháng${S}(?<${p}_pm>\\d{1,2}(?!\\d)|${MONTH_WORD})|${B}t(?<${p}_pm2>\\d{1,2})(?=${DSEP}${YEAR}))` +
  `(?:(?:${S}năm${S}|${DSEP})(?<${p}_py>${YEAR}))?${E}`;

/** "quý I/2026", "Quý II năm 2026", "quý 1/2026", "quý IV". */
const QUARTER_P = (p: string): string =>
  `qu[ýí]${S}(?<${p}_q>iv|i{1,3}|[1-4])${E}(?:(?:${S}năm${S}|${DSEP})(?<${p}_qy>${YEAR}))?`;

/** "6 tháng đầu năm 2026", "6 tháng cuối năm", "9 tháng đầu năm". */
const HALF_P = (p: string): string =>
  `(?<${p}_hn>0?6|0?9|sáu|chín)${S}tháng${S}(?<${p}_hw>đầu|cuối)${S}năm${E}(?:${S}(?<${p}_hy>${YEAR}))?`;

/** "năm 2026" (not "năm 2026-2031"). */
const YEAR_P = (p: string): string => `năm${S}(?<${p}_yy>${YEAR})(?!\\s{0,6}[\\-–]\\s{0,6}\\d)`;

/** "đầu/giữa/cuối tháng 3/2026", "cuối quý I/2026", "cuối năm 2026", "cuối năm". */
const PART_P = (p: string): string =>
  `(?<${p}_pp>đầu|giữa|cuối)${S}(?:${MONTH_P(`${p}x`)}|${QUARTER_P(`${p}x`)}|năm${E}(?:${S}(?<${p}_xyy>${YEAR})(?!\\s{0,6}[\\-–]\\s{0,6}\\d))?)`;

/**
 * "tuần đầu tháng 8/2026", "tuần cuối của tháng 9", "tuần thứ hai / tuần 2 tháng 10/2026": a
 * week of a month; "15 ngày đầu tháng 12/2026", "nửa đầu tháng 12": its first days or half.
 */
const WEEK_P = (p: string): string =>
  `(?:tuần${S}(?<${p}_wk>${w('đầu tiên')}|${w('cuối cùng')}|đầu|cuối|${w('thứ nhất')}|${w('thứ hai')}|${w('thứ ba')}|${w('thứ tư')}|(?:thứ${S})?[1-4](?!\\d))` +
  `|(?<${p}_fd>\\d{1,2})${S}ngày${S}(?<${p}_fe>đầu|cuối)|nửa${S}(?<${p}_hf>đầu|cuối|sau))${S}(?:của${S})?${MONTH_P(`${p}w`)}`;

/** Any period with week-of-month, month, quarter, half-year or year precision. */
const PERIOD = (p: string): string => `(?:${WEEK_P(p)}|${PART_P(p)}|${HALF_P(p)}|${QUARTER_P(p)}|${MONTH_P(p)}|${YEAR_P(p)})`;

/** A count: "05", "năm (05)", "05 (năm)", "mười lăm". */
const COUNT = (p: string): string =>
  `(?:(?<${p}_cw>${NUM_WORDS})${O}\\(${O}(?<${p}_cn>\\d{1,3})${O}\\)|(?<${p}_cd>\\d{1,3})(?!\\d)(?:${O}\\(${O}${NUM_WORDS}${O}\\))?|(?<${p}_cw3>${NUM_WORDS}))`;

const UNIT = (p: string): string => `(?<${p}_u>${w('ngày làm việc')}|ngày|tuần|tháng|năm|giờ|tiếng)${E}`;

/** "ngày kế hoạch này được ký": this document's own signing. */
const THIS_DOCUMENT_SIGNED = `ngày${S}${phraseTrie(THIS_DOCUMENT_TYPES)}${S}này${S}(?:được${S})?(?:ký|ban${S}hành)`;
const START_EVENT = `(?:${phraseTrie(START_EVENTS)}|${THIS_DOCUMENT_SIGNED})${E}`;
/** Documents whose signing, named after "ngày ký", is another document's (see SIGNING_EVENT). */
const OTHER_SIGNED = ['quyết định', 'văn bản', 'kế hoạch', 'thông báo', 'công văn', 'biên bản', 'hợp đồng'];
/** Start events that are the document's own date. */
// "kể từ ngày ký quyết định" is another document's signing (each commune's decision), unless
// "này" makes it this one ("kể từ ngày ký quyết định này").
const SIGNING_EVENT = new RegExp(
  `ngày${S}(?:ký|ban${S}hành)(?!${S}(?:${OTHER_SIGNED.map(w).join('|')})(?!${S}này))|${THIS_DOCUMENT_SIGNED}`,
  'u',
);
/**
 * "kể từ ngày ký Thông báo", "kể từ ngày ban hành Quyết định", "kể từ ngày Nghị quyết được
 * thông qua": a document named by its type in capitals and no number is the one being read
 * ("… ngày ký quyết định" in lower case is another's, "… ngày ký Quyết định số 12/QĐ-UBND" a
 * cited one).
 */
const OWN_TYPES = `(?:Nghị${S}quyết|Quyết${S}định|Văn${S}bản|Kế${S}hoạch|Thông${S}báo|Công${S}văn|Chỉ${S}thị)`;
const THIS_TYPE_SIGNED = new RegExp(
  `ngày${S}(?:ký|ban${S}hành|thông${S}qua)${S}${OWN_TYPES}(?!${S}(?:số|\\d))` +
    // "kể từ ngày Nghị quyết được thông qua", "… ngày Kế hoạch được ban hành"
    `|ngày${S}${OWN_TYPES}${S}(?:này${S})?(?:được${S})?(?:ký|ban${S}hành|thông${S}qua)`,
  'u',
);

/** Whether the start event in `text` is the document's own signing. */
function signsThisDocument(text: string): boolean {
  return SIGNING_EVENT.test(text.toLowerCase()) || THIS_TYPE_SIGNED.test(text);
}
const FROM_WORD = `(?:${w('kể từ khi')}|${w('kể từ')}|${w('tính từ')}|${w('sau khi')}|từ|sau)${E}`;
/** A noun naming a stretch of time just before a match (see PERIOD_NOUNS). */
const UNTIL_WORDS = `(?:(?:cho${S})?(?:đến|tới)${S}(?:hết${S})?)?`;
const PERIOD_NOUN_TAIL = new RegExp(
  `(?:${B}${phraseTrie(PERIOD_NOUNS)}${E}${O}(?:từ${S}nay${S})?|${B}${phraseTrie(FROM_NOW_NOUNS)}${E}${O}từ${S}nay${S})${UNTIL_WORDS}$`,
  'u',
);
function afterPeriodNoun(ctx: RuleContext, at: number): boolean {
  return PERIOD_NOUN_TAIL.test(ctx.text.slice(Math.max(0, at - 40), at).toLowerCase());
}

/** The fragments, exported so that test/rules/rule-examples.test.ts can check each one alone. */
export const FRAGMENTS = {
  S, O, B, E, YEAR, WEEKDAY, MONTH_WORD, NUM_WORDS, DAY_DATE, NGAY_DATE, NAMED, WHEN, TIME,
  MONTH_P, QUARTER_P, HALF_P, YEAR_P, PART_P, WEEK_P, PERIOD, COUNT, UNIT, START_EVENT,
} as const;

/**
 * Compose a pattern from pieces. Patterns are written in lower case and run over a
 * lower-cased copy of the text (same length, same offsets): the `i` flag would make V8
 * case-fold every Vietnamese letter at compile time, about 40 ms for this rule set.
 */
function rx(parts: readonly string[]): RegExp {
  const source = parts.join('');
  // A pattern that can hold a named date keeps the offsets of its groups (`d`, see
  // groupStart); the others do without: indices cost an allocation per match.
  return new RegExp(source, /_nm>/u.test(source) ? 'gud' : 'gu');
}

// ---------------------------------------------------------------------------------------
// Readers: groups → values. `undefined` = not a valid value (decline the match).

type Groups = Record<string, string | undefined>;

interface ReadDate {
  /** ISO date, or null when the year cannot be known. */
  iso: string | null;
  /** "ngày" was written before it or its year was written: safe from fractions ("1/2"). */
  strong: boolean;
  /** The pieces as written (absent for a named date). */
  pieces?: DayPieces;
}

function groupsOf(m: RegExpExecArray): Groups {
  return (m.groups ?? {}) as Groups;
}

function groupStart(m: RegExpExecArray, name: string): number | null {
  const idx = (m as RegExpExecArray & { indices?: { groups?: Record<string, [number, number] | undefined> } }).indices;
  const pair = idx?.groups?.[name];
  return pair ? pair[0] : null;
}

function readDayDate(g: Groups, p: string, ctx: RuleContext, hasKeyword: boolean): ReadDate | undefined {
  const pieces = readDayPieces(g, p);
  if (!pieces) return undefined;
  const iso = resolveDay(pieces, ctx.doc);
  if (iso === undefined) return undefined;
  return { iso, strong: hasKeyword || pieces.year !== null || g[`${p}_ld`] !== undefined, pieces };
}

/** Day, month and written year of DAY_DATE(p); undefined when absent or not a date shape. */
function readDayPieces(g: Groups, p: string): DayPieces | undefined {
  const d = g[`${p}_d`];
  if (d !== undefined) {
    const y = g[`${p}_y`];
    if (y === undefined && g[`${p}_s`] === '.') return undefined; // "1.5" is a decimal, not a date
    return { day: Number(d), month: Number(g[`${p}_m`]), year: y ? Number(y) : null };
  }
  const ld = g[`${p}_ld`];
  if (ld !== undefined) {
    const month = monthNumber(g[`${p}_lm`] ?? '');
    if (month === undefined) return undefined;
    const y = g[`${p}_ly`];
    return { day: Number(ld), month, year: y ? Number(y) : null };
  }
  return undefined;
}

/** Reads WHEN(p): a named date (its parenthesised date wins) or a written date. */
function readWhen(m: RegExpExecArray, p: string, ctx: RuleContext): ReadDate | undefined {
  const g = groupsOf(m);
  if (g[`${p}_nm`] !== undefined) {
    if (g[`${p}n_d`] !== undefined) {
      return readDayDate(g, `${p}n`, ctx, true);
    }
    const start = groupStart(m, `${p}_nm`);
    const iso = start == null ? null : ctx.named(start);
    return iso == null ? undefined : { iso, strong: true };
  }
  if (g[`${p}_d`] === undefined && g[`${p}_ld`] === undefined) return undefined;
  return readDayDate(g, p, ctx, g[`${p}_kw`] !== undefined);
}

/** The date of the named-date mention of WHEN(p), ignoring any parenthesised date. */
function namedIso(m: RegExpExecArray, p: string, ctx: RuleContext): string | null {
  const start = groupStart(m, `${p}_nm`);
  return start == null ? null : ctx.named(start);
}

function hasWhen(g: Groups, p: string): boolean {
  return g[`${p}_nm`] !== undefined || g[`${p}_d`] !== undefined || g[`${p}_ld`] !== undefined;
}

/** Reads TIME(p). `null` = no time written; `undefined` = invalid; "24:00" = end of day. */
function readTime(g: Groups, p: string): string | null | undefined {
  const h = g[`${p}_h`];
  if (h === undefined) return null;
  const minute = Number(g[`${p}_mi`] ?? g[`${p}_mc`] ?? '0');
  const part = g[`${p}_dp`];
  if (Number(h) === 24 && minute === 0 && part === undefined) return '24:00';
  const t = clockTime(Number(h), minute, part ? DAY_PART_BY_KEY.get(lookupKey(part)) : undefined);
  return t ?? undefined;
}

interface ReadPeriod {
  /** "2026-03" (month), "2026" (year) or a full ISO day (quarter, half-year, part of). */
  date: string | null;
  kind: 'month' | 'quarter' | 'half' | 'year' | 'part';
}

function readMonthP(g: Groups, p: string, ctx: RuleContext): { y: number | null; m: number } | undefined {
  const raw = g[`${p}_pm`] ?? g[`${p}_pm2`];
  if (raw === undefined) return undefined;
  const m = monthNumber(raw);
  if (m === undefined) return undefined;
  const py = g[`${p}_py`];
  return { y: py ? Number(py) : inferYear(m, ctx.doc), m };
}

function readQuarterP(g: Groups, p: string, ctx: RuleContext): { y: number | null; q: number } | undefined {
  const raw = g[`${p}_q`];
  if (raw === undefined) return undefined;
  const q = romanOrNumber(raw);
  if (q === undefined || q < 1 || q > 4) return undefined;
  const qy = g[`${p}_qy`];
  return { y: qy ? Number(qy) : inferYear(q * 3, ctx.doc), q };
}

/** Last day of the week of a month a WEEK_P names: days 1–7 are the first week, and so on. */
const WEEK_END_DAY: Record<string, number> = { 'đầu': 7, 'đầu tiên': 7, 'thứ nhất': 7, 'thứ hai': 14, 'thứ ba': 21, 'thứ tư': 28, '1': 7, '2': 14, '3': 21, '4': 28 };

function readPeriod(g: Groups, p: string, ctx: RuleContext): ReadPeriod | undefined {
  const week = g[`${p}_wk`];
  const firstDays = g[`${p}_fd`];
  const half = g[`${p}_hf`];
  if (week !== undefined || firstDays !== undefined || half !== undefined) {
    const mp = readMonthP(g, `${p}w`, ctx);
    if (!mp) return undefined;
    if (mp.y == null) return { date: null, kind: 'part' };
    const last = partOfMonth('cuối', mp.y, mp.m);
    // "15 ngày đầu tháng 12" ends on the 15th, "nửa đầu tháng" on the 15th; their "cuối" on the last day.
    if (firstDays !== undefined) {
      const n = Number(firstDays);
      return { date: g[`${p}_fe`] === 'đầu' && n >= 1 && n < 28 ? toIso(mp.y, mp.m, n) : last, kind: 'part' };
    }
    if (half !== undefined) return { date: half === 'đầu' ? toIso(mp.y, mp.m, 15) : last, kind: 'part' };
    // "tuần 2", "tuần thứ 2": the week's number.
    const day = WEEK_END_DAY[lookupKey(week ?? '').replace(/^thứ\s+(?=\d)/u, '')];
    return { date: day === undefined ? last : toIso(mp.y, mp.m, day), kind: 'part' };
  }
  const part = g[`${p}_pp`];
  if (part !== undefined) {
    const pp = lookupKey(part) as 'đầu' | 'giữa' | 'cuối';
    const mp = readMonthP(g, `${p}x`, ctx);
    if (mp) return { date: mp.y == null ? null : partOfMonth(pp, mp.y, mp.m), kind: 'part' };
    const qp = readQuarterP(g, `${p}x`, ctx);
    if (qp) {
      if (qp.y == null) return { date: null, kind: 'part' };
      const first = toIso(qp.y, qp.q * 3 - 2, 1);
      const date = pp === 'đầu' ? first : pp === 'giữa' ? toIso(qp.y, qp.q * 3 - 1, 15) : quarterEnd(qp.y, qp.q);
      return { date, kind: 'part' };
    }
    const xy = g[`${p}_xyy`];
    const y = xy ? Number(xy) : ctx.doc.year;
    return { date: y == null ? null : partOfYear(pp, y), kind: 'part' };
  }
  const hn = g[`${p}_hn`];
  if (hn !== undefined) {
    const n = /^\d+$/.test(hn) ? Number(hn) : lookupKey(hn) === 'sáu' ? 6 : 9;
    const endMonth = lookupKey(g[`${p}_hw`] ?? '') === 'đầu' ? n : 12;
    const hy = g[`${p}_hy`];
    const y = hy ? Number(hy) : inferYear(endMonth, ctx.doc);
    return { date: y == null ? null : toIso(y, endMonth, endMonth === 6 || endMonth === 9 ? 30 : 31), kind: 'half' };
  }
  const qp = readQuarterP(g, p, ctx);
  if (qp) return { date: qp.y == null ? null : quarterEnd(qp.y, qp.q), kind: 'quarter' };
  const mp = readMonthP(g, p, ctx);
  if (mp) return { date: mp.y == null ? null : isoMonth(mp.y, mp.m), kind: 'month' };
  const yy = g[`${p}_yy`];
  if (yy !== undefined) return { date: yy, kind: 'year' };
  return undefined;
}

function hasPeriod(g: Groups, p: string): boolean {
  return ['_wk', '_fd', '_hf', '_pp', '_hn', '_q', '_pm', '_pm2', '_yy'].some((k) => g[`${p}${k}`] !== undefined);
}

function readCount(g: Groups, p: string): number | undefined {
  const digits = g[`${p}_cn`] ?? g[`${p}_cd`];
  if (digits !== undefined) {
    const n = Number(digits);
    return n > 0 ? n : undefined;
  }
  const words = g[`${p}_cw3`] ?? g[`${p}_cw`];
  if (words === undefined) return undefined;
  const n = parseNumberWords(words);
  return n !== undefined && n > 0 ? n : undefined;
}

function readUnit(g: Groups, p: string): { unit: Duration['unit']; workingDays: boolean } | undefined {
  const u = g[`${p}_u`];
  return u === undefined ? undefined : DURATION_UNIT_BY_KEY.get(lookupKey(u));
}

function value(relation: DeadlineRelation, fields: Partial<Omit<DeadlineValue, 'relation'>> = {}): DeadlineValue {
  const date = fields.date ?? null;
  const end = fields.end ?? null;
  const time = fields.time ?? null;
  return {
    relation,
    date,
    end,
    due: fields.due !== undefined ? fields.due : dueFor(relation, date, end, time),
    time,
    rrule: fields.rrule ?? null,
    duration: fields.duration ?? null,
    tentative: fields.tentative ?? false,
  };
}

/**
 * A dated deadline with an optional clock time. "24:00" means the end of the day, so
 * "trước 24 giờ ngày X" is "by X" with no time.
 */
function dated(relation: DeadlineRelation, date: string | null, time: string | null, extra: Partial<DeadlineValue> = {}): DeadlineValue {
  if (time === '24:00') return value(relation === 'before' ? 'by' : relation, { ...extra, date, time: null });
  return value(relation, { ...extra, date, time });
}

/** Events a text names before it dates them: "Hội nghị giao ban quý II", "Kỳ họp thứ năm". */
const EVENT_HEADS = '(?:hội\\s{1,6}nghị|đại\\s{1,6}hội|kỳ\\s{1,6}họp|phiên\\s{1,6}họp|cuộc\\s{1,6}họp|buổi\\s{1,6}làm\\s{1,6}việc|lễ|hội\\s{1,6}thi|hội\\s{1,6}diễn|ngày\\s{1,6}hội)';

/** Reads TIME(t?) + WHEN(a)|PERIOD(p) — the common tail of by/before/on rules. */
function readTarget(m: RegExpExecArray, ctx: RuleContext, opts: { strictDM?: boolean } = {}):
  | { date: string | null; time: string | null }
  | undefined {
  const g = groupsOf(m);
  const time = readTime(g, 't');
  if (time === undefined) return undefined;
  if (hasWhen(g, 'a')) {
    const d = readWhen(m, 'a', ctx);
    if (!d) return undefined;
    if (opts.strictDM && !d.strong) return undefined;
    return { date: d.iso, time };
  }
  if (hasPeriod(g, 'p')) {
    const p = readPeriod(g, 'p', ctx);
    if (!p) return undefined;
    return { date: p.date, time };
  }
  return undefined;
}

const BYDAY_ORDER: readonly ByDay[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const WEEKDAY_GLOBAL = new RegExp(`${B}${WEEKDAY}`, 'giu');

/** All weekday codes in a list ("thứ Hai và thứ Năm" → MO,TH), in week order. */
function weekdayList(text: string): string | undefined {
  const codes = new Set<ByDay>();
  for (const mm of text.matchAll(WEEKDAY_GLOBAL)) {
    const c = weekdayCode(mm[0]);
    if (c) codes.add(c);
  }
  if (codes.size === 0) return undefined;
  return BYDAY_ORDER.filter((c) => codes.has(c)).join(',');
}

const TRIGGER = `(?:trước|vào|lúc|${w('chậm nhất')}(?:${S}(?:là|vào))?)`;
const WEEKDAY_LIST = `${WEEKDAY}(?:${O}(?:,|và|hoặc)${O}${WEEKDAY}){0,6}`;
const DAY_PART_PREFIX = `(?:(?:vào${S})?(?:buổi${S})?${DAY_PART}${S})?`;
const DAY_OF_MONTH = String.raw`\d{1,2}(?!\d|\s{0,6}[\/.\-]\s{0,6}\d)`;
/** A figure that a "đến ngày …" dates: "số dư …", "số liệu …", "lũy kế …", "tồn quỹ …". */
const AS_OF_BEFORE = /(?:số\s{1,6}dư|số\s{1,6}liệu|lũy\s{1,6}kế|luỹ\s{1,6}kế|tồn\s{1,6}quỹ|tồn\s{1,6}kho)[^.;:]{0,60}$/iu;
/** What names one quarter after "tháng cuối quý": "I/2027", "IV năm 2026", "này", "sau". */
const ONE_QUARTER_AFTER = new RegExp(String.raw`^\s{0,6}(?:[ivxIVX]{1,4}(?!${WORD_CHAR})|\d|này|tới|trước|hiện|năm)`, 'iu');
/** "quý sau", "quý tiếp theo" after the month: each quarter's, unless one quarter is named before it in the sentence. */
const NEXT_QUARTER_AFTER = /^\s{0,6}(?:sau|tiếp\s{1,6}theo)(?![a-zà-ỹ])/iu;
const ONE_QUARTER_BEFORE = new RegExp(String.raw`qu[ýí]\s{1,6}(?:[ivxIVX]{1,4}(?!${WORD_CHAR})|\d)[^.;\n]{0,120}$`, 'iu');
/** Words just before "trong N ngày" that make it an event's length: "được tổ chức (đồng loạt)", "diễn ra", "kéo dài", "tập huấn". */
const EVENT_LASTS_BEFORE = /(?:tổ\s{1,6}chức(?:\s{1,6}đồng\s{1,6}loạt)?|diễn\s{1,6}ra|kéo\s{1,6}dài|tập\s{1,6}huấn|học\s{1,6}tập\s{1,6}trung|mỗi\s{1,6}(?:lớp|đợt|buổi|khóa|khoá|lượt))\s{1,6}\(?$/iu;
/** "từ thứ Hai đến " just before a weekday: a span of the week, not a weekly day. */
const WEEK_SPAN_BEFORE = /từ\s{1,6}thứ\s{1,6}(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)\s{1,6}(?:đến|tới|-|–)\s{1,6}$/iu;
/** "từ thứ Hai đến thứ Sáu " just before "hằng tuần": the days of the working week. */
const WORKING_WEEK_BEFORE = /từ\s{1,6}thứ\s{1,6}(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)\s{1,6}(?:đến|tới|-|–)\s{1,6}(?:thứ\s{1,6}(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s{1,6}nhật)\s{1,6}$/iu;
/** "ngày 20 (của) tháng cuối quý": a day of a month of the quarter. */
const QUARTER_MONTH_DAY = `ngày${S}(?<d>${DAY_OF_MONTH})${S}(?:của${S})?tháng${S}(?<pos>đầu|giữa|cuối|thứ${S}(?:nhất|hai|ba))${S}qu[ýí]${E}`;

// ---------------------------------------------------------------------------------------
// Lunar dates (REFERENCE 4.6): "mùng 8 tháng Giêng năm Đinh Mùi", "rằm tháng Giêng",
// "ngày 23 tháng Chạp", "10/3 âm lịch", "mùng 10 Tết". Read with the UTC+7 lunar calendar.

/** Months only the lunar calendar names: Giêng is the first, Chạp the twelfth. */
const LUNAR_ONLY_MONTHS: ReadonlyMap<string, number> = new Map([['giêng', 1], ['chạp', 12]]);
/** Lunar months by word: those two, and the others as in MONTH_WORDS. */
const LUNAR_MONTH_WORD = oneOf([...LUNAR_ONLY_MONTHS.keys(), ...MONTH_WORDS.map(([k]) => k)]);
/** Days written as words after "mùng": "mùng một Tết" … "mùng mười" (read by monthNumber). */
const LUNAR_DAY_WORD = oneOf(MONTH_WORDS.filter(([, n]) => n <= 10).map(([k]) => k));
const LUNAR_DAY = `(?<ld>\\d{1,2}(?!\\d)|${LUNAR_DAY_WORD})`;
const LUNAR_MONTH = `(?<lm>\\d{1,2}(?!\\d)|${LUNAR_MONTH_WORD})`;
/** "năm Đinh Mùi", "Đinh Mùi", "năm 2027" after the month. */
const LUNAR_YEAR = `(?:${O},?${S}(?:năm${S})?(?<lcs>${oneOf(STEM_WORDS)})${S}(?<lcb>${oneOf(BRANCH_WORDS)})|${S}năm${S}(?<ly>${YEAR}))?`;
const AM_LICH = `(?<al>${O}\\(?${O}(?:${w('âm lịch')}|âl)${E}(?:${O}\\))?)`;

/** A lunar day or month as written: digits, or a word ("mùng năm", "tháng Giêng"). */
function lunarNumber(text: string): number {
  if (/^\d/u.test(text)) return Number(text);
  return LUNAR_ONLY_MONTHS.get(lookupKey(text)) ?? monthNumber(text) ?? Number.NaN;
}

/**
 * The solar date of a lunar day, or null when that month has no such day (a month has 29
 * or 30 days: "30 tháng Chạp" does not exist in some years, and lunarToSolar would give
 * the next day, Tết).
 */
function lunarDate(day: number, month: number, year: number): string | null {
  const iso = lunarToSolar(day, month, year);
  if (iso === null) return null;
  const back = solarToLunar(iso);
  return back.day === day && back.month === month && !back.leap ? iso : null;
}

/**
 * The solar date of a lunar day and month in the year the groups name (a number `ly`, or a
 * stem `lcs` and branch `lcb`); without a year, the next such day on or after the document
 * date. Null when the day does not exist or the year cannot be known.
 */
function readLunar(day: number, month: number, g: Groups, doc: DateContext): string | null {
  if (!(day >= 1 && day <= 30 && month >= 1 && month <= 12)) return null;
  if (g.ly !== undefined) return lunarDate(day, month, Number(g.ly));
  if (doc.year === null) return null;
  if (g.lcs !== undefined && g.lcb !== undefined) {
    const year = yearNamed(g.lcs, g.lcb, doc.year);
    return year === null ? null : lunarDate(day, month, year);
  }
  const docIso = toIso(doc.year, doc.month ?? 1, doc.day ?? 1);
  const lunarYear = solarToLunar(docIso).year;
  const iso = lunarDate(day, month, lunarYear);
  return iso !== null && iso >= docIso ? iso : lunarDate(day, month, lunarYear + 1);
}

/** A clause that cites ("Căn cứ …", "Thực hiện …", "Theo …"), from its start. */
const CITING_CLAUSE = new RegExp(String.raw`^\s{0,3}[-–+•]?\s{0,3}(?:căn\s{1,3}cứ|thực\s{1,3}hiện|theo)${E}`, 'u');

/**
 * Due by a meeting named by its month or period ("tại kỳ sinh hoạt tháng 01/2027", "tại kỳ họp
 * cuối năm 2027") — unless the clause cites it: "Căn cứ Nghị quyết của Chi bộ tại kỳ sinh hoạt
 * tháng 01/2027" says which meeting is meant, nothing is due then.
 */
function byNamedMeeting(m: RegExpExecArray, ctx: RuleContext) {
  const clause = ctx.text.slice(Math.max(0, m.index - 200), m.index).split(/[.;\n]/u).pop() ?? '';
  if (CITING_CLAUSE.test(clause.toLowerCase())) return null;
  const r = readTarget(m, ctx);
  return r && r.date !== null ? value('by', { date: r.date }) : null;
}

// ---------------------------------------------------------------------------------------
// The rules, in priority order (earlier wins a tie between two spans of equal length).

/** A time cell that lists months: "Tháng 3, 9", "Tháng 6 và tháng 12/2027". */
const MONTH_LIST = /^\s{0,6}[Tt]háng\s{1,6}(\d{1,2}(?:\s{0,6}(?:,|và)\s{0,6}(?:tháng\s{1,6})?\d{1,2}){1,5})(?:\s{0,6}(?:\/|năm)\s{0,6}((?:19|20)\d{2}))?\s{0,6}[.;]?\s{0,6}$/u;

export const DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    name: 'named-date-definition',
    anchors: [MASK_START],
    examples: ['ngày bầu cử (15/3/2026)', 'Trong ngày bầu cử (15/3/2026)', 'vào ngày hội (Chủ nhật, 22/3/2026)'],
    pattern: rx([B, `(?<pre>(?:trong|vào|đến|tới|đúng)${S})?`, `(?<a_nm>${MASK_START}${MASK_FILL}{1,200})`, O, String.raw`\(`, O,
      `(?:${WEEKDAY}${O},?${O})?(?:ngày${S})?`, DAY_DATE('an'), O, String.raw`\)`]),
    build(m, ctx) {
      const g = groupsOf(m);
      const d = readDayDate(g, 'an', ctx, true);
      // "hưởng ứng Ngày Môi trường thế giới (05/6)" mentions an event; "Trong ngày bầu cử (15/3/2026):" schedules work on it.
      if (g.pre === undefined && !/\d{4}\s{0,6}\)$/u.test(m[0])) return null;
      if (afterPeriodNoun(ctx, m.index)) return null; // "Thời gian từ nay đến ngày bầu cử (15/3/2026) không còn nhiều"
      return d ? value('on', { date: d.iso }) : null;
    },
  },
  {
    name: 'lunar-date',
    anchors: ['âm lịch', 'âl', 'giêng', 'chạp', 'rằm', 'tết', ...STEM_WORDS],
    examples: [
      'dự kiến vào ngày mùng 8 tháng giêng năm đinh mùi',
      'trước ngày 23 tháng chạp',
      'trước ngày 10/3 âm lịch',
      'chậm nhất mùng 10 tết',
      'tổ chức ngày 15 tháng 8 âm lịch',
      'trước mồng một tết',
      'khai mạc ngày 6 tháng giêng (âm lịch)',
      'vào rằm tháng giêng năm 2027',
      'chậm nhất ngày 10 tháng 3 năm bính ngọ',
      'trước mùng 5 tết đinh mùi',
      'vào sáng mùng 8 tháng giêng',
    ],
    pattern: rx([B, `(?:(?<lead>trước|${w('chậm nhất')}(?:${S}(?:là|vào))?|đến(?:${S}hết)?|vào|lúc|${w('dự kiến')}(?:${S}vào)?|${alternation(EVENT_VERBS)}(?:${S}vào)?)${S})`,
      // ("vào sáng mùng 8 tháng Giêng": the part of the day between)
      `(?:(?:buổi${S})?${DAY_PART}${S})?(?:ngày${S})?(?:`,
      `(?:(?:mùng|mồng)${S})?${LUNAR_DAY}${S}tháng${S}${LUNAR_MONTH}`,
      `|(?<ld2>\\d{1,2})${DSEP}(?<lm2>\\d{1,2})(?!\\d|${DSEP}\\d)`,
      `|rằm${S}tháng${S}(?<lm3>\\d{1,2}(?!\\d)|${LUNAR_MONTH_WORD})`,
      `|(?:mùng|mồng)${S}(?<ld4>\\d{1,2}(?!\\d)|${LUNAR_DAY_WORD})${S}tết${E}`,
      `)${LUNAR_YEAR}${AM_LICH}?`]),
    build(m, ctx) {
      const g = groupsOf(m);
      const marked = g.lcs !== undefined || g.al !== undefined; // a year name or "âm lịch"
      let day: string;
      let month: string;
      if (g.ld2 !== undefined && g.lm2 !== undefined) {
        if (!marked) return null; // "10/3" alone is the solar calendar's
        [day, month] = [g.ld2, g.lm2];
      } else if (g.lm3 !== undefined) {
        [day, month] = ['15', g.lm3]; // rằm: the 15th
      } else if (g.ld4 !== undefined) {
        [day, month] = [g.ld4, '1']; // mùng N Tết: the first month
      } else if (g.ld !== undefined && g.lm !== undefined) {
        // "ngày 15 tháng 8" is the solar calendar's unless the month, the year or "âm lịch" says otherwise.
        if (!marked && !LUNAR_ONLY_MONTHS.has(lookupKey(g.lm))) return null;
        [day, month] = [g.ld, g.lm];
      } else return null;
      const iso = readLunar(lunarNumber(day), lunarNumber(month), g, ctx.doc);
      if (iso === null) return null;
      const lead = (g.lead ?? '').replace(/\s+/gu, ' ');
      const relation: DeadlineRelation = lead === 'trước' ? 'before' : lead.startsWith('chậm nhất') || lead.startsWith('đến') ? 'by' : 'on';
      return dated(relation, iso, null, { tentative: lead.startsWith('dự kiến') });
    },
  },
  {
    name: 'recurring-weekday',
    anchors: ['tuần'],
    examples: [
      'trước 11h 00 phút ngày Thứ năm hàng tuần',
      'vào sáng thứ Hai hằng tuần',
      'thứ Hai và thứ Năm hằng tuần',
      'hằng tuần, trước 16 giờ thứ Sáu',
      'chậm nhất 15h00 thứ 6 hàng tuần',
    ],
    pattern: rx([B, '(?:',
      `(?:${TRIGGER}${S})?(?:${TIME('t')}${O},?${O})?${DAY_PART_PREFIX}(?:(?:các${S})?ngày${S})?(?<wd>${WEEKDAY_LIST})${S}${FREQ_PREFIX}${S}tuần${E}`,
      '|',
      `(?:${PERIODIC}${S})?${FREQ_PREFIX}${S}tuần${O},?${O}(?:${TRIGGER}${S})?(?:${TIME('u')}${O},?${O})?${DAY_PART_PREFIX}(?:(?:các${S})?ngày${S})?(?<wd2>${WEEKDAY_LIST})`,
      ')']),
    build(m, ctx) {
      const g = groupsOf(m);
      // "trong giờ hành chính từ thứ Hai đến thứ Sáu hằng tuần": the working week, no schedule.
      if (WEEK_SPAN_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 30), m.index))) return null;
      const days = weekdayList(g.wd ?? g.wd2 ?? '');
      const time = g.wd !== undefined ? readTime(g, 't') : readTime(g, 'u');
      if (!days || time === undefined) return null;
      return value('recurring', { rrule: `FREQ=WEEKLY;BYDAY=${days}`, time: time === '24:00' ? null : time });
    },
  },
  {
    name: 'recurring-monthly-weekday',
    anchors: ['tháng'],
    examples: [
      'vào thứ Hai đầu tiên hằng tháng',
      'chiều thứ Sáu cuối cùng của tháng',
      'trước 16 giờ thứ Năm tuần cuối hằng tháng',
      'vào thứ Hai đầu tháng',
      'vào thứ Bảy tuần thứ hai hằng tháng',
    ],
    pattern: rx([B, `(?:${TRIGGER}${S})?(?:${TIME('t')}${O},?${O})?${DAY_PART_PREFIX}(?<wd>${WEEKDAY})${S}`,
      // "hằng tháng", or "(của) tháng" with no month after it ("thứ Hai đầu tháng 3" is one day):
      // "Định kỳ vào thứ Hai đầu tháng". "tuần thứ hai": the week's number says which.
      `(?:tuần${S}thứ${S}(?<nth>hai|ba|tư|[2-4])|(?:tuần${S})?(?<ord>${w('đầu tiên')}|${w('thứ nhất')}|${w('cuối cùng')}|đầu|cuối))${S}(?:(?:của${S})?${FREQ_PREFIX}${S}tháng|(?:của${S})?tháng(?!${O}(?:\\d|${MONTH_WORD}|giêng|chạp)))${E}`]),
    build(m) {
      const g = groupsOf(m);
      const day = weekdayList(g.wd ?? '');
      const time = readTime(g, 't');
      if (!day || day.includes(',') || time === undefined) return null;
      const nth = g.nth !== undefined ? ({ hai: 2, ba: 3, tư: 4 } as Record<string, number>)[g.nth] ?? Number(g.nth) : /^(?:cuối)/u.test(g.ord ?? '') ? -1 : 1;
      return value('recurring', { rrule: `FREQ=MONTHLY;BYDAY=${nth}${day}`, time: time === '24:00' ? null : time });
    },
  },
  {
    name: 'recurring-monthly-day',
    anchors: ['tháng'],
    examples: [
      'ngày 25 hằng tháng',
      'trước ngày 20 hằng tháng',
      'định kỳ hằng tháng trước ngày 20',
      'hàng tháng, chậm nhất vào ngày 25',
      'vào ngày cuối cùng hằng tháng',
      'cuối mỗi tháng',
      'định kỳ hằng tháng (trước ngày 25)',
    ],
    pattern: rx([B, '(?:',
      `(?:${TRIGGER}${S})?(?:${TIME('t')}${O},?${O})?ngày${S}(?<d1>${DAY_OF_MONTH})${S}(?:của${S})?${FREQ_PREFIX}${S}tháng${E}`,
      '|',
      `(?:${PERIODIC}${S})?${FREQ_PREFIX}${S}tháng${O}[,(]?${O}${TRIGGER}${S}(?:${TIME('u')}${O},?${O})?ngày${S}(?<d2>${DAY_OF_MONTH})(?!${S}tháng)(?:${O}\\))?`,
      '|',
      `(?:vào${S})?(?<last>(?:ngày${S}cuối${S}cùng${S}(?:của${S})?|cuối${S})${FREQ_PREFIX}${S}tháng)${E}`,
      ')']),
    build(m) {
      const g = groupsOf(m);
      if (g.last !== undefined) return value('recurring', { rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1' });
      const day = Number(g.d1 ?? g.d2);
      const time = g.d1 !== undefined ? readTime(g, 't') : readTime(g, 'u');
      if (!(day >= 1 && day <= 31) || time === undefined) return null;
      return value('recurring', { rrule: `FREQ=MONTHLY;BYMONTHDAY=${day}`, time: time === '24:00' ? null : time });
    },
  },
  {
    name: 'recurring-last-working-day',
    anchors: ['làm việc'],
    anchorPattern: /làm\s{1,6}việc\s{1,6}cuối/u,
    examples: ['vào ngày làm việc cuối cùng của tháng', 'ngày làm việc cuối cùng hằng tháng', 'trước ngày làm việc cuối cùng của mỗi tháng'],
    // The month's last weekday (RFC 5545 cannot skip holidays); with a month named it is one
    // day (rule 'last-working-day').
    pattern: rx([B, `(?:(?:vào|trước|${w('chậm nhất')}(?:${S}(?:là|vào))?)${S})?${w('ngày làm việc')}${S}(?:${w('cuối cùng')}|cuối)${S}`,
      `(?:(?:của${S})?${FREQ_PREFIX}${S}tháng|của${S}tháng(?!${O}(?:\\d|${MASK_START})))${E}`]),
    build() {
      return value('recurring', { rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1' });
    },
  },
  {
    // "trong 03 ngày đầu của mỗi tháng", "trong 05 ngày làm việc đầu tiên hằng tháng": each
    // month by its Nth day (or Nth weekday; RFC 5545 cannot skip holidays).
    name: 'recurring-first-days',
    anchors: ['đầu'],
    anchorPattern: /ngày\s{1,6}(?:làm\s{1,6}việc\s{1,6})?đầu/u,
    examples: ['trong 03 ngày đầu của mỗi tháng', 'trong 05 ngày làm việc đầu tiên hằng tháng', 'trong vòng 10 ngày đầu mỗi tháng'],
    pattern: rx([B, `trong${S}(?:vòng${S})?${COUNT('c')}${S}(?<c_u>${w('ngày làm việc')}|ngày)${S}(?:${w('đầu tiên')}|đầu)${S}(?:của${S})?${FREQ_PREFIX}${S}tháng${E}`]),
    build(m) {
      const g = groupsOf(m);
      const n = readCount(g, 'c');
      if (n === undefined || n < 1) return null;
      if (/việc/u.test(g.c_u ?? '')) return n <= 23 ? value('recurring', { rrule: `FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=${n}` }) : null;
      return n <= 28 ? value('recurring', { rrule: `FREQ=MONTHLY;BYMONTHDAY=${n}` }) : null;
    },
  },
  {
    // The tax law's standing limits (Luật Quản lý thuế, Art. 44): "chậm nhất là ngày thứ 20 của
    // tháng tiếp theo tháng phát sinh nghĩa vụ thuế" each month; "ngày cuối cùng của tháng đầu
    // tiên của quý tiếp theo quý phát sinh …" each quarter. "tiếp theo" marks the rule ("tháng
    // sau" after a named month is one date, and stays unread).
    name: 'recurring-following-period',
    anchors: ['tiếp'],
    examples: [
      'chậm nhất là ngày thứ 20 của tháng tiếp theo',
      'chậm nhất là ngày cuối cùng của tháng đầu tiên của quý tiếp theo',
      'trước ngày 15 của tháng tiếp theo',
    ],
    pattern: rx([B, `${TRIGGER}${S}ngày${S}(?:(?<last>cuối${S}cùng)|(?:thứ${S})?(?<d>${DAY_OF_MONTH}))${S}(?:của${S})?tháng${S}(?:(?<q>(?:đầu${S}tiên|thứ${S}nhất)${S}(?:của${S})?quý)${S})?tiếp${S}theo${E}`]),
    build(m) {
      const g = groupsOf(m);
      const day = g.last !== undefined ? -1 : Number(g.d);
      if (!(day === -1 || (day >= 1 && day <= 31))) return null;
      return value('recurring', { rrule: g.q !== undefined ? `FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=${day}` : `FREQ=MONTHLY;BYMONTHDAY=${day}` });
    },
  },
  {
    name: 'recurring-quarterly-day',
    anchors: ['quý', 'quí'],
    examples: [
      'hằng quý, trước ngày 15 của tháng cuối quý',
      'định kỳ hàng quý vào ngày 20 tháng cuối quý',
      'định kỳ hằng quý, trước ngày 10 của tháng đầu quý',
      'định kỳ hằng quý báo cáo kết quả thực hiện trước ngày 15 của tháng cuối quý',
      'trước ngày 20 của tháng cuối quý',
    ],
    // "Báo cáo quý: trước ngày 20 của tháng cuối quý" (no "hằng quý"): a month of no quarter
    // in particular is each quarter's; "… tháng cuối quý I/2027", "… quý này" name one quarter.
    pattern: rx([B, `(?<f>(?:${PERIODIC}${S})?${FREQ_PREFIX}${S}qu[ýí](?:(?:${S}|${O},${O})[^\\s,.;:]{1,15}(?![^\\s,.;:])){0,8}?${O},?${O})?${TRIGGER}${S}${QUARTER_MONTH_DAY}`]),
    build(m, ctx) {
      const g = groupsOf(m);
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (g.f === undefined && ONE_QUARTER_AFTER.test(after)) return null;
      // "Báo cáo quý IV/2026 gửi trước ngày 10 của tháng đầu quý sau": one date, not this rule's.
      if (NEXT_QUARTER_AFTER.test(after) && ONE_QUARTER_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 120), m.index))) return null;
      const day = Number(g.d);
      if (!(day >= 1 && day <= 31)) return null;
      const pos = (g.pos ?? '').replace(/\s+/gu, ' ');
      const months = pos === 'đầu' || pos === 'thứ nhất' ? '1,4,7,10' : pos === 'giữa' || pos === 'thứ hai' ? '2,5,8,11' : '3,6,9,12';
      return value('recurring', { rrule: `FREQ=YEARLY;BYMONTH=${months};BYMONTHDAY=${day}` });
    },
  },
  {
    name: 'recurring-yearly-date',
    anchors: ['năm'],
    examples: ['hằng năm trước ngày 15/12', 'trước ngày 15/12 hằng năm', 'ngày 15 tháng 12 hàng năm', 'hằng năm báo cáo kết quả trước ngày 15-12'],
    // "hằng năm báo cáo kết quả trước ngày 15-12": the work may stand between the frequency
    // and its day (a few words, no punctuation), as in the quarterly rule above.
    pattern: rx([B, '(?:',
      `(?:${TRIGGER}${S})?ngày${S}(?<d1>\\d{1,2})(?:\\s{0,6}[\\/\\-]\\s{0,6}|${S}tháng${S})(?<m1>${DAY_OF_MONTH})${S}${FREQ_PREFIX}${S}năm${E}`,
      '|',
      `(?:${PERIODIC}${S})?${FREQ_PREFIX}${S}năm(?:${S}[^\\s,.;:]{1,15}(?![^\\s,.;:])){0,8}?${O},?${O}${TRIGGER}${S}(?:ngày${S})?(?<d2>\\d{1,2})(?:\\s{0,6}[\\/\\-]\\s{0,6}|${S}tháng${S})(?<m2>${DAY_OF_MONTH})(?!${S}năm${S}\\d)`,
      ')']),
    build(m, ctx) {
      const g = groupsOf(m);
      // "Kế hoạch hằng năm của Ban Chỉ đạo trước ngày 31 tháng 01 hằng năm": the date says its
      // own frequency; the first "hằng năm" qualifies the plan.
      if (g.d2 !== undefined && /^\s{1,3}(?:hằng|hàng)\s{1,3}năm/u.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12).toLowerCase())) return null;
      const day = Number(g.d1 ?? g.d2);
      const month = Number(g.m1 ?? g.m2);
      if (resolveDay({ day, month, year: 2024 }, { year: null, month: null, day: null }) === undefined) return null;
      return value('recurring', { rrule: `FREQ=YEARLY;BYMONTH=${month};BYMONTHDAY=${day}` });
    },
  },
  {
    name: 'recurring-interval',
    anchors: ['định', 'lần'],
    examples: ['định kỳ 6 tháng', '6 tháng một lần', 'định kỳ 03 tháng một lần', 'định kỳ quý'],
    pattern: rx([B, '(?:',
      `${PERIODIC}${S}(?:(?<n1>\\d{1,2}(?!\\d)|${NUM_WORDS})${S}tháng(?!${S}(?:đầu|cuối))(?:${S}(?:một|1)${S}lần)?|qu[ýí])${E}`,
      '|',
      `(?<n2>\\d{1,2}(?!\\d)|${NUM_WORDS})${S}tháng${S}(?:một|1)${S}lần${E}`,
      ')']),
    build(m) {
      const g = groupsOf(m);
      const raw = g.n1 ?? g.n2;
      if (raw === undefined) return value('recurring', { rrule: 'FREQ=MONTHLY;INTERVAL=3' });
      const n = /^\d+$/.test(raw) ? Number(raw) : parseNumberWords(raw);
      if (n === undefined || n < 1 || n > 24) return null;
      return value('recurring', { rrule: n === 1 ? 'FREQ=MONTHLY' : `FREQ=MONTHLY;INTERVAL=${n}` });
    },
  },
  {
    // "tần suất 03 giờ/lần", "02 ngày một lần", "01 tuần/lần", "3 tháng/lần": every N units.
    name: 'recurring-every-n',
    anchors: ['lần'],
    anchorPattern: /\d\s{1,6}(?:giờ|ngày|tuần|tháng)\s{0,6}(?:\/|một|1)/u,
    examples: ['03 giờ/lần', '02 ngày một lần', '1 tuần/lần', '3 tháng/lần'],
    pattern: rx([B, `(?<n>\\d{1,2})(?!\\d)${S}(?<u>giờ|ngày|tuần|tháng)${O}(?:\\/${O}|(?:một|1)${S})lần${E}`]),
    build(m) {
      const g = groupsOf(m);
      const n = Number(g.n);
      const freq = ({ giờ: 'HOURLY', ngày: 'DAILY', tuần: 'WEEKLY', tháng: 'MONTHLY' } as Record<string, string>)[g.u ?? ''];
      // "tháng một lần" is recurring-interval's; a month written with a slash is this rule's.
      if (!freq || n < 1 || n > 24 || (g.u === 'tháng' && !m[0].includes('/'))) return null;
      return value('recurring', { rrule: n === 1 ? `FREQ=${freq}` : `FREQ=${freq};INTERVAL=${n}` });
    },
  },
  {
    name: 'recurring-frequency',
    anchors: ['hàng', 'hằng', 'mỗi'],
    examples: ['hàng ngày', 'định kỳ hàng tuần', 'hằng tháng', 'hằng quý', 'hằng năm', 'trước 16 giờ hằng ngày', 'hằng ngày, trước 15h00'],
    pattern: rx([B, `(?:${TRIGGER}${S}${TIME('t')}${O},?${O})?(?:${PERIODIC}${S})?${FREQ_PREFIX}${S}(?<f>ngày|tuần|tháng|qu[ýí]|năm)${E}`,
      `(?:${O},?${O}${TRIGGER}${S}${TIME('u')})?`]),
    build(m, ctx) {
      const g = groupsOf(m);
      const freq = FREQUENCY_BY_KEY.get(lookupKey(g.f ?? ''));
      if (!freq) return null;
      // "chương trình công tác hằng năm", "kế hoạch hằng năm": an annual plan, not work repeated.
      // "tiêu chí bình xét thi đua hằng năm": the annual emulation review, not work repeated.
      if (/(?:chương trình|kế hoạch|công tác|nghị quyết|nhiệm vụ|chỉ tiêu|dự toán|ngân sách|thi đua|tiêu chí)\s{1,6}$/u.test(ctx.text.slice(Math.max(0, m.index - 20), m.index).toLowerCase())) return null;
      // "từ thứ Hai đến thứ Sáu hằng tuần": the working week (office hours), no schedule.
      if (WORKING_WEEK_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) return null;
      let time = readTime(g, 't');
      if (time === null) time = readTime(g, 'u');
      if (time === undefined) return null;
      const rrule = freq === 'QUARTERLY' ? 'FREQ=MONTHLY;INTERVAL=3' : `FREQ=${freq}`;
      return value('recurring', { rrule, time: time === '24:00' ? null : time });
    },
  },
  {
    name: 'offset-before-date',
    anchorPattern: /[\d\uE000]/u,
    anchors: ['trước'],
    examples: [
      'chậm nhất 10 ngày trước ngày bầu cử (15/3/2026)',
      'trước ngày 15/3/2026 ít nhất 05 ngày làm việc',
      '03 ngày trước ngày 10/3/2026',
      'hoàn thành trước ngày 15/3/2026 05 ngày',
    ],
    pattern: rx([B, '(?:',
      `(?:(?:${w('chậm nhất')}|${w('muộn nhất')}|${w('ít nhất')}|${w('tối thiểu')})(?:${S}là)?${S})?${COUNT('c')}${S}${UNIT('c')}${S}trước${S}${WHEN('a')}`,
      '|',
      // The lead-ins of before-date too: the longer phrase wins an overlap.
      `(?:(?:${alternation(BEFORE_LEADS)})${S})?trước${S}${WHEN('b')}(?:${S}(?:${w('ít nhất')}|${w('chậm nhất')}|${w('tối thiểu')}))?${S}${COUNT('e')}${S}${UNIT('e')}`,
      ')']),
    build(m, ctx) {
      const g = groupsOf(m);
      const first = g.c_u !== undefined;
      const p = first ? 'c' : 'e';
      const n = readCount(g, p);
      const unit = readUnit(g, p);
      const x = readWhen(m, first ? 'a' : 'b', ctx);
      if (n === undefined || !unit || !x || unit.unit === 'hour') return null;
      // "43 ngày trước ngày bầu cử (ngày 31/01/2026)": a parenthesised date that is not the
      // named date itself is the result, written out.
      const named = namedIso(m, first ? 'a' : 'b', ctx);
      if (named != null && x.iso != null && named !== x.iso) {
        return value('by', { date: x.iso, duration: { value: n, unit: unit.unit, workingDays: unit.workingDays } });
      }
      // "sơ kết 6 tháng trước ngày 10/6": "6 tháng" names the review period, not an offset.
      if (first && unit.unit === 'month' && /(?:sơ kết|tổng kết|báo cáo|đánh giá|kết quả)\s{1,6}$/u.test(ctx.text.slice(Math.max(0, m.index - 20), m.index).toLowerCase())) return null;
      let date: string | null = null;
      if (x.iso != null) {
        if (unit.workingDays) date = subtractWorkingDays(x.iso, n);
        else if (unit.unit === 'day') date = addDays(x.iso, -n);
        else if (unit.unit === 'week') date = addDays(x.iso, -7 * n);
        else date = addMonths(x.iso, -(unit.unit === 'year' ? 12 * n : n));
      }
      return value('by', { date, duration: { value: n, unit: unit.unit, workingDays: unit.workingDays } });
    },
  },
  {
    name: 'offset-after-date',
    anchorPattern: /[\d\uE000]/u,
    anchors: ['sau'],
    examples: ['chậm nhất 03 ngày sau ngày bầu cử', 'muộn nhất 05 ngày làm việc sau ngày 10/3/2026', 'không quá 10 ngày sau ngày 01/4/2026', 'sau ngày 10/3/2026 15 ngày'],
    // (and the order of "trước ngày X N ngày": "Sau Đại hội 15 ngày, báo cáo kết quả …")
    pattern: rx([B, '(?:',
      `(?:${w('chậm nhất')}|${w('muộn nhất')}|${w('không quá')}|${w('tối đa')})(?:${S}là)?${S}${COUNT('c')}${S}${UNIT('c')}${S}sau${S}${WHEN('a')}`,
      '|',
      `sau${S}${WHEN('b')}${S}${COUNT('e')}${S}${UNIT('e')}`,
      ')']),
    build(m, ctx) {
      const g = groupsOf(m);
      const first = g.c_u !== undefined;
      const n = readCount(g, first ? 'c' : 'e');
      const unit = readUnit(g, first ? 'c' : 'e');
      const x = readWhen(m, first ? 'a' : 'b', ctx);
      if (n === undefined || !unit || !x || unit.unit === 'hour') return null;
      // The mirror of "N ngày trước ngày X": day N after X is the last day.
      const date = x.iso == null ? null : periodEnd(x.iso, n, unit.unit, unit.workingDays);
      return value('by', { date, duration: { value: n, unit: unit.unit, workingDays: unit.workingDays } });
    },
  },
  {
    name: 'within-duration',
    anchors: ['trong', 'sau', 'nhất', 'quá', 'tối', 'từ'],
    examples: [
      'trong thời hạn 05 ngày làm việc kể từ ngày 12/02/2026',
      'trong vòng 10 ngày kể từ ngày nhận được văn bản',
      'sau 05 ngày kể từ ngày ký',
      'trong thời hạn năm (05) ngày làm việc',
      '07 ngày kể từ ngày 23/4/2026',
      'chậm nhất sau 15 ngày kể từ ngày kết thúc',
      'trong vòng 24 giờ kể từ khi nhận được',
    ],
    pattern: rx([B, '(?:',
      `(?:trong(?:${S}(?:${w('thời hạn')}|${w('thời gian')}|vòng|khoảng))?(?:${S}(?:${w('tối đa')}|${w('không quá')}))?|sau|${w('chậm nhất')}(?:${S}(?:là|sau|trong)){0,2}|${w('không quá')}|${w('tối đa')}|${w('muộn nhất')}(?:${S}là)?)${S}(?:là${S})?${COUNT('c')}${S}${UNIT('c')}`,
      `(?:${O},?${O}${FROM_WORD}${S}(?:${WHEN('s')}|${START_EVENT}))?`,
      '|',
      `${COUNT('k')}${S}${UNIT('k')}${O},?${O}${FROM_WORD}${S}(?:${WHEN('r')}|${START_EVENT})`,
      ')']),
    build(m, ctx) {
      const g = groupsOf(m);
      const p = g.c_u !== undefined ? 'c' : 'k';
      const n = readCount(g, p);
      const unit = readUnit(g, p);
      if (n === undefined || !unit) return null;
      const sp = p === 'c' ? 's' : 'r';
      // "thời gian diễn tập không quá 02 ngày": a bare bound on how long something lasts,
      // with no start, is not a time limit ("trong thời hạn không quá 05 ngày" still is).
      // ("chậm nhất không quá 05 ngày làm việc kể từ ngày Hội đồng nhân dân … ban hành": counted
      // from an event the text describes, a limit all the same.)
      if (p === 'c' && !hasWhen(g, sp) && /^(?:không|tối)/u.test(m[0].trimStart()) && !/(?:kể|tính)\s{1,6}từ|sau\s{1,6}khi/u.test(ctx.text.slice(m.index, m.index + m[0].length + 16).toLowerCase())) return null;
      // "Lễ giao quân được tổ chức đồng loạt trong 01 ngày", "tập huấn trong 02 ngày": how long
      // an event lasts, with no start, is not a time limit either.
      if (p === 'c' && !hasWhen(g, sp) && EVENT_LASTS_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 30), m.index))) return null;
      // "bảo vệ 24/24 giờ từ ngày 25/5/2027": around the clock, no duration.
      if (p === 'k' && /\d\s{0,2}\/\s{0,2}$/u.test(ctx.text.slice(Math.max(0, m.index - 4), m.index))) return null;
      let start: string | null = null;
      if (hasWhen(g, sp)) {
        const s = readWhen(m, sp, ctx);
        if (!s) return null;
        start = s.iso;
      } else if (signsThisDocument(ctx.text.slice(m.index, m.index + m[0].length + 40)) && ctx.doc.year !== null && ctx.doc.month !== null && ctx.doc.day !== null) {
        // "kể từ ngày ký": the document's own date.
        start = toIso(ctx.doc.year, ctx.doc.month, ctx.doc.day);
      }
      const due = start == null ? null : periodEnd(start, n, unit.unit, unit.workingDays);
      return value('within', { date: start, due, duration: { value: n, unit: unit.unit, workingDays: unit.workingDays } });
    },
  },
  {
    name: 'range-dates',
    anchorPattern: /[\d\uE000]/u,
    anchors: ['từ'],
    examples: [
      'từ ngày 10/3/2026 đến hết ngày bầu cử (15/3/2026)',
      'từ ngày 01/3/2026 đến ngày 15/3/2026',
      'từ 10/3 - 15/3/2026',
      'từ ngày 20/12/2025 đến ngày 10/01/2026',
      'từ 7 giờ 00 ngày 15/3/2026 đến 19 giờ 00 ngày 15/3/2026',
      'từ chiều ngày 14/9 đến hết ngày 15/9/2026',
    ],
    // "từ chiều ngày 14/9": a part of the day is no clock time; the range is of days.
    pattern: rx([B, `(?:kể${S})?từ${S}(?:(?:buổi${S})?${DAY_PART}${S})?(?:${TIME_BEFORE_DATE('t1')})?${WHEN('a')}`,
      `(?:${O},?${O}(?:cho${S})?(?:đến|tới)${S}(?:hết${S})?|${O}[\\-–]${O})`,
      `(?:${TIME_BEFORE_DATE('t')})?${WHEN('b')}`]),
    build(m, ctx) {
      const g = groupsOf(m);
      const a = readWhen(m, 'a', ctx);
      const b = readWhen(m, 'b', ctx);
      const t1 = readTime(g, 't1');
      const t2 = readTime(g, 't');
      if (!a || !b || t1 === undefined || t2 === undefined) return null;
      if (!a.strong && !b.strong) return null; // "từ 1/3 đến 1/2 số …" are fractions
      let start = a.iso;
      const end = b.iso;
      // A start written without its year takes the end's ("từ 10/3 đến 15/3/2026"),
      // the year before when its month comes later ("từ 20/12 đến 10/01/2026").
      if (a.pieces && a.pieces.year === null && end != null) {
        const ey = Number(end.slice(0, 4));
        const y = a.pieces.month > Number(end.slice(5, 7)) ? ey - 1 : ey;
        start = resolveDay({ ...a.pieces, year: y }, ctx.doc) ?? null;
      }
      if (start != null && end != null && start > end) return null;
      return value('range', { date: start, end, time: t2 === '24:00' ? null : t2 });
    },
  },
  {
    name: 'range-days',
    anchorPattern: /\d/u,
    anchors: ['từ'],
    examples: ['từ ngày 10-15/3/2026', 'từ ngày 10 đến ngày 15/3/2026', 'từ 10 đến hết 15 tháng 3 năm 2026'],
    pattern: rx([B, `(?:kể${S})?từ${S}(?:ngày${S})?(?<d0>\\d{1,2})(?!\\d)`,
      `(?:\\s{0,6}[\\-–]\\s{0,6}|${S}(?:cho${S})?(?:đến|tới)${S}(?:hết${S})?)`,
      `(?:ngày${S})?${DAY_DATE('b')}`]),
    build(m, ctx) {
      const g = groupsOf(m);
      const b = readDayDate(g, 'b', ctx, true);
      if (!b || b.iso == null) return b ? value('range', {}) : null;
      const start = resolveDay({ day: Number(g.d0), month: Number(b.iso.slice(5, 7)), year: Number(b.iso.slice(0, 4)) }, ctx.doc);
      if (!start || start > b.iso) return null;
      return value('range', { date: start, end: b.iso });
    },
  },
  {
    // Hours of one day: "từ 7 giờ 30 đến 11 giờ 00 ngày 15/5/2027" — an event held that day
    // from its first hour (the end hour has no place in a deadline).
    name: 'on-hours-span',
    anchorPattern: /từ\s{1,6}\d{1,2}\s{0,6}(?:giờ|h|g|:)/u,
    anchors: ['từ'],
    examples: ['từ 7 giờ 30 đến 11 giờ 00 ngày 15/5/2027', 'từ 14h00 - 17h00 ngày 20/3/2026', 'từ 8 giờ đến 11 giờ, thứ Bảy, ngày 15/5/2027'],
    pattern: rx([B, `từ${S}${TIME('t')}${O}(?:đến|tới|[\\-–])${O}${TIME('u')}${O},?${O}${WHEN('a', 'optional')}`]),
    build(m, ctx) {
      const r = readTarget(m, ctx, { strictDM: true });
      return r ? dated('on', r.date, r.time) : null;
    },
  },
  {
    name: 'range-day-span',
    anchorPattern: /ngày\s{1,6}\d{1,2}\s{0,3}(?:[-–,]|và)\s{0,3}\d/u,
    anchors: ['ngày'],
    // Days of one month written together: a meeting "ngày 25-26/3", "ngày 02, 03/6/2027", the
    // exam's "ngày 14 và 15/6/2028", "trong các ngày 13, 14 và 15/6/2028" (listed days only when
    // consecutive; "ngày 10, 20/3" are two dates).
    examples: ['ngày 25-26/3', 'ngày 25 - 26/3/2027', 'ngày 02, 03/6/2027', 'ngày 30-31 tháng 7 năm 2027', 'ngày 14 và 15/6/2028', 'ngày 13, 14 và 15/6/2028'],
    pattern: rx([B, `ngày${S}(?<d0>\\d{1,2})(?!\\d)(?<mid>(?:,\\s{0,3}\\d{1,2}(?!\\d)){0,5})(?<sep>\\s{0,3}[\\-–]\\s{0,3}|,\\s{0,3}|${S}và${S})${DAY_DATE('b')}`]),
    build(m, ctx) {
      const g = groupsOf(m);
      const b = readDayDate(g, 'b', ctx, true);
      if (!b || b.iso == null) return null;
      const d0 = Number(g.d0);
      const d1 = Number(b.iso.slice(8, 10));
      // "Kỳ thi … diễn ra trong các ngày 10 và 11/6/2027": when another's event takes place, told
      // as context; no work is dated by it.
      if (/diễn\s{1,3}ra\s{1,3}(?:trong\s{1,3}|vào\s{1,3})?(?:các\s{1,3})?$/iu.test(ctx.text.slice(Math.max(0, m.index - 30), m.index))) return null;
      const listed = [d0, ...(g.mid ?? '').split(',').filter((x) => x.trim() !== '').map(Number), d1];
      const dash = /[-–]/u.test(g.sep ?? '');
      if (d0 >= d1 || (dash && listed.length > 2) || (!dash && listed.some((d, k) => k > 0 && d - (listed[k - 1] as number) !== 1))) return null;
      const start = resolveDay({ day: d0, month: Number(b.iso.slice(5, 7)), year: Number(b.iso.slice(0, 4)) }, ctx.doc);
      if (!start) return null;
      return value('range', { date: start, end: b.iso });
    },
  },
  {
    name: 'range-periods',
    anchors: ['từ'],
    examples: ['từ tháng 3/2026 đến tháng 5/2026', 'từ tháng 3 đến tháng 5 năm 2026', 'từ năm 2026 đến năm 2030', 'từ quý I đến hết quý III/2026'],
    pattern: rx([B, `(?:kể${S})?từ${S}${PERIOD('p')}`,
      `(?:${O},?${O}(?:cho${S})?(?:đến|tới)${S}(?:hết${S})?|${O}[\\-–]${O})`, PERIOD('q')]),
    build(m, ctx) {
      const g = groupsOf(m);
      const b = readPeriod(g, 'q', ctx);
      let a = readPeriod(g, 'p', ctx);
      if (!a || !b) return null;
      // A start period without a year takes the end's ("từ tháng 3 đến tháng 5/2026").
      const aYearWritten = ['_py', '_qy', '_yy', '_hy', '_xyy', 'x_py', 'x_qy'].some((k) => g[`p${k}`] !== undefined);
      if (!aYearWritten && b.date) {
        const by = Number(b.date.slice(0, 4));
        a = readPeriod(g, 'p', { ...ctx, doc: { year: by, month: null, day: null } });
        if (a?.date && a.date.slice(0, 7) > b.date.slice(0, 7)) a = readPeriod(g, 'p', { ...ctx, doc: { year: by - 1, month: null, day: null } });
        if (!a) return null;
      }
      if (a.kind === 'quarter' && a.date) a = { ...a, date: toIso(Number(a.date.slice(0, 4)), Number(a.date.slice(5, 7)) - 2, 1) };
      if (a.date && b.date && a.date > b.date && a.date.length === b.date.length) return null;
      return value('range', { date: a.date, end: b.date });
    },
  },
  {
    name: 'from-date',
    anchors: ['từ'],
    examples: ['từ ngày 01/3/2026', 'kể từ ngày 15/3/2026', 'từ tháng 3/2026', 'bắt đầu từ ngày 10/3/2026'],
    pattern: rx([B, `(?:${w('bắt đầu')}${S})?(?:kể${S})?từ${S}(?:${TIME_BEFORE_DATE('t')})?(?:${WHEN('a')}|${PERIOD('p')})`]),
    build(m, ctx) {
      const r = readTarget(m, ctx, { strictDM: true });
      if (!r) return null;
      // "Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2027": when the document takes
      // effect, no work's date (the days counted from it are read where they are counted).
      if (/có\s{1,3}hiệu\s{1,3}lực(?:\s{1,3}thi\s{1,3}hành)?(?:\s{1,3}kể)?\s{1,3}$/iu.test(ctx.text.slice(Math.max(0, m.index - 30), m.index))) return null;
      return value('from', { date: r.date, time: r.time === '24:00' ? null : r.time });
    },
  },
  {
    // "Từ nay đến khi công bố hết dịch", "từ nay cho đến khi có chỉ đạo khác": from the
    // document's day, with no end date (as "từ ngày X đến khi …" is `from` X).
    name: 'from-now-until-event',
    anchors: ['từ'],
    examples: ['từ nay đến khi', 'kể từ nay cho đến khi'],
    pattern: rx([B, `(?:kể${S})?từ${S}nay${S}(?:cho${S})?(?:đến|tới)${S}khi${E}`]),
    build(m, ctx) {
      const { year, month, day } = ctx.doc;
      if (year === null || month === null || day === null) return null;
      if (afterPeriodNoun(ctx, m.index)) return null; // "Thời gian từ nay đến khi …"
      return value('from', { date: toIso(year, month, day), time: null });
    },
  },
  {
    name: 'before-date',
    anchors: ['trước'],
    examples: [
      'trước ngày 01/3/2026',
      'hoàn thành trước ngày 01/3/2026',
      'xong trước ngày 13/3/2026',
      'chậm nhất trước ngày 15/3/2026',
      'trước 16 giờ 00 ngày 28/02/2026',
      'trước thứ Sáu, ngày 06/3/2026',
      'trước ngày bầu cử (15/3/2026)',
      'trước tháng 3/2026',
      'trước 15/3',
    ],
    pattern: rx([B, `(?:(?:${alternation(BEFORE_LEADS)})${S})?trước${S}(?:${TIME_BEFORE_DATE('t')})?`,
      `(?:${WHEN('a')}|${PART_P('p')}|${MONTH_P('p2')})`]),
    build(m, ctx) {
      const g = groupsOf(m);
      // "trong tuần cuối trước ngày bầu cử" (checked at "trước": "công việc hoàn thành trước" is a limit)
      if (afterPeriodNoun(ctx, m.index + Math.max(0, m[0].search(/trước/u)))) return null;
      if (hasPeriod(g, 'p2')) {
        const mp = readMonthP(g, 'p2', ctx);
        if (!mp || readTime(g, 't') !== null) return null;
        return value('before', { date: mp.y == null ? null : isoMonth(mp.y, mp.m) });
      }
      const r = readTarget(m, ctx);
      return r ? dated('before', r.date, r.time) : null;
    },
  },
  {
    // "trình Ban Thường vụ trước Hội nghị giao ban quý II (dự kiến ngày 07-7-2027)": before an
    // event the text names and dates in parentheses (tentative when the date is "dự kiến").
    name: 'before-event-dated',
    anchors: ['trước'],
    examples: ['trước Hội nghị giao ban quý II (dự kiến ngày 07-7-2027)', 'trước Kỳ họp thứ năm (ngày 10/12/2027)'],
    pattern: rx([B, `trước${S}(?<ev>${EVENT_HEADS})(?:${S}[^\\s().,;:]{1,20}){0,8}?${O}\\(${O}(?<tent>${w('dự kiến')}${O},?${O})?(?:vào${S})?${NGAY_DATE('a')}${O}\\)`]),
    build(m, ctx) {
      const g = groupsOf(m);
      const r = readTarget(m, ctx);
      if (!r || r.date === null) return null;
      return dated('before', r.date, r.time, g.tent !== undefined ? { tentative: true } : {});
    },
  },
  {
    name: 'by-latest',
    anchors: ['nhất'],
    examples: ['chậm nhất ngày 15/3/2026', 'chậm nhất là ngày 05/3/2026', 'chậm nhất vào 17h00 ngày 10/3/2026', 'chậm nhất trong tháng 3/2026', 'muộn nhất là 20/3/2026'],
    pattern: rx([B, `(?:chậm|muộn)${S}nhất(?:${S}(?:là|vào|trong|đến|hết)){0,2}${S}(?:${TIME_BEFORE_DATE('t')})?(?:${WHEN('a')}|${PERIOD('p')})`]),
    build(m, ctx) {
      const r = readTarget(m, ctx);
      return r ? dated('by', r.date, r.time) : null;
    },
  },
  {
    name: 'by-until',
    anchors: ['đến', 'tới'],
    examples: ['đến hết ngày 15/3/2026', 'đến hết ngày bầu cử (15/3/2026)', 'đến ngày 20/3/2026', 'từ nay đến ngày bầu cử (15/3/2026)', 'đến hết năm 2026', 'đến cuối tháng 3/2026', 'từ nay đến hết ngày 21/9/2026', 'từ nay đến cuối năm'],
    pattern: rx([B, `(?<!tính${S})(?:từ${S}nay${S})?(?:cho${S})?(?:đến|tới)${S}(?:hết${S})?(?:${TIME_BEFORE_DATE('t')})?(?:${WHEN('a')}|${PERIOD('p')})`]),
    build(m, ctx) {
      // "Thời gian từ nay đến ngày bầu cử không còn nhiều", "Các nhiệm vụ trọng tâm từ nay đến …"
      if (afterPeriodNoun(ctx, m.index + Math.max(0, m[0].search(/đến|tới/u)))) return null;
      // "số dư tài khoản tiền gửi đến ngày 31/12/2026": a balance as of that day, no limit.
      if (AS_OF_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 80), m.index))) return null;
      // "chuyên mục “Hướng tới Đại hội …”", "chào mừng, hướng tới ngày …": towards, no limit.
      if (/^tới/u.test(m[0]) && /(?:^|[\s"“(,])hướng\s{1,3}$/iu.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) return null;
      // "Đề án … giai đoạn 2027 - 2030, tầm nhìn đến năm 2045", "định hướng đến năm 2035": a
      // plan's horizon, part of its name.
      if (/^(?:đến|tới)/u.test(m[0]) && /(?:tầm\s{1,3}nhìn|định\s{1,3}hướng)\s{1,3}$/iu.test(ctx.text.slice(Math.max(0, m.index - 20), m.index))) return null;
      const r = readTarget(m, ctx, { strictDM: true });
      // "cấm qua lại … từ nay đến hết ngày 21/9/2026", "từ nay đến ngày 31/3/2027", "từ nay
      // đến cuối năm": a stretch from the document's day through that day, a range when the
      // document is dated.
      const { year, month, day } = ctx.doc;
      if (r && /^từ\s{1,6}nay\s/u.test(m[0]) && r.date && /^\d{4}-\d{2}-\d{2}$/u.test(r.date) && year !== null && month !== null && day !== null) {
        const start = toIso(year, month, day);
        if (start <= r.date) return value('range', { date: start, end: r.date, time: r.time === '24:00' ? null : r.time });
      }
      return r ? dated('by', r.date, r.time) : null;
    },
  },
  {
    name: 'by-within-day',
    anchorPattern: /\d/u,
    anchors: ['trong'],
    examples: ['trong ngày 15/3/2026', 'ngay trong ngày 05/3/2026', 'trong sáng ngày 10/3/2026'],
    pattern: rx([B, `(?:ngay${S})?trong${S}(?:(?:buổi${S})?${DAY_PART}${S})?${NGAY_DATE('a', 'required')}`]),
    build(m, ctx) {
      const r = readTarget(m, ctx);
      return r ? dated('by', r.date, null) : null;
    },
  },
  {
    name: 'by-deadline-word',
    anchors: ['hạn'],
    examples: ['hạn chót 15/3/2026', 'hạn chót là ngày 20/3/2026', 'Thời hạn: ngày 30/3/2026', 'hạn cuối: 17h00 ngày 10/3/2026', 'hạn chót nộp hồ sơ là ngày 20/3/2026', 'Thời hạn nộp báo cáo: ngày 20/3/2026'],
    pattern: rx([B, `(?:hạn${S}(?:chót|cuối)|${w('thời hạn')}(?:${S}(?:${w('cuối cùng')}|chót))?)`,
      // "hạn chót nộp hồ sơ là …": up to four words, then "là" or ":" is required
      `(?:(?:${S}${LETTER}{1,10}${E}){1,4}(?:${O}:|${S}là)|(?:${O}(?:là|:|vào))?)${O}`,
      `(?:${TIME_BEFORE_DATE('t')})?(?:${WHEN('a')}|${PERIOD('p')})`]),
    build(m, ctx) {
      const r = readTarget(m, ctx);
      return r ? dated('by', r.date, r.time) : null;
    },
  },
  {
    name: 'by-today',
    anchors: ['nay'],
    examples: ['ngay trong đêm nay', 'trong ngày hôm nay', 'ngay trong chiều nay'],
    pattern: rx([B, `(?:ngay${S})?trong${S}(?:đêm|ngày|chiều|sáng|tối)${S}(?:hôm${S})?nay${E}`]),
    build(_m, ctx) {
      const { year, month, day } = ctx.doc;
      // "today" is the day the document was signed.
      if (year === null || month === null || day === null) return null;
      return dated('by', toIso(year, month, day), null);
    },
  },
  {
    // "hoàn thành trong tháng." with no month named: the month the document is issued in (a
    // chi bộ's monthly resolution: "Nhiệm vụ tháng 4 … hoàn thành trong tháng").
    name: 'by-this-month',
    anchors: ['tháng'],
    anchorPattern: /trong\s{1,6}tháng(?:\s{1,6}này)?\s{0,6}(?:[.;,)]|$)/u,
    // ("ra quân … ngay trong tháng;": "ngay" makes it a limit whatever the verb.)
    examples: ['hoàn thành trong tháng', 'xong trong tháng này', 'hoàn thành ngay trong tháng', 'ngay trong tháng'],
    pattern: rx([B, `(?:(?:${w('hoàn thành')}|xong)${S}(?:ngay${S})?|ngay${S})trong${S}tháng(?:${S}này)?(?=${O}(?:[.;,)]|$))`]),
    build(_m, ctx) {
      const { year, month } = ctx.doc;
      if (year === null || month === null) return null;
      return dated('by', isoMonth(year, month), null);
    },
  },
  {
    // "trong tuần sau", "ngay trong tuần tới": by the Friday of the week after the signing's.
    name: 'by-next-week',
    anchors: ['tuần'],
    anchorPattern: /tuần\s{1,6}(?:sau|tới)/u,
    examples: ['trong tuần sau', 'ngay trong tuần tới'],
    pattern: rx([B, `(?:ngay${S})?trong${S}tuần${S}(?:sau|tới)${E}`]),
    build(_m, ctx) {
      const { year, month, day } = ctx.doc;
      if (year === null || month === null || day === null) return null;
      const signed = toIso(year, month, day);
      return dated('by', addDays(signed, 7 + 5 - isoWeekday(signed)), null);
    },
  },
  {
    // "chậm nhất ngày làm việc thứ 3 của tháng sau": the third working day (holidays skipped)
    // of the month after the signing's; after "hằng tháng" in its sentence, of every month
    // (RFC 5545 counts weekdays only).
    name: 'nth-working-day-next-month',
    anchors: ['làm việc'],
    anchorPattern: /làm\s{1,6}việc\s{1,6}thứ/u,
    examples: ['chậm nhất ngày làm việc thứ 3 của tháng sau', 'trước ngày làm việc thứ 5 của tháng tiếp theo', 'vào ngày làm việc thứ hai của tháng sau'],
    pattern: rx([B, `(?:(?:${w('chậm nhất')}(?:${S}(?:là|vào))?|trước|vào|trong)${S})?${w('ngày làm việc')}${S}thứ${S}${COUNT('c')}${S}(?:của${S})?tháng${S}(?:sau|${w('tiếp theo')}|kế${S}tiếp)${E}`]),
    build(m, ctx) {
      const n = readCount(groupsOf(m), 'c');
      if (n === undefined || n < 1 || n > 20) return null;
      const clause = ctx.text.slice(Math.max(0, m.index - 160), m.index).split(/[.;\n]/u).pop() ?? '';
      if (/(?:hằng|hàng|mỗi)\s{1,6}tháng/iu.test(clause)) return value('recurring', { rrule: `FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=${n}` });
      const { year, month } = ctx.doc;
      if (year === null || month === null) return null;
      let iso = addDays(addMonths(toIso(year, month, 1), 1), -1);
      for (let k = 0; k < n; ) {
        iso = addDays(iso, 1);
        if (isWorkingDay(iso)) k++;
      }
      return dated(/^trước/u.test(m[0]) ? 'before' : 'by', iso, null);
    },
  },
  {
    // "trong tuần này": by the Friday of the week the document is signed in (the working week).
    name: 'by-this-week',
    anchors: ['tuần'],
    anchorPattern: /tuần\s{1,6}này/u,
    examples: ['trong tuần này', 'ngay trong tuần này'],
    pattern: rx([B, `(?:ngay${S})?trong${S}tuần${S}này${E}`]),
    build(_m, ctx) {
      const { year, month, day } = ctx.doc;
      if (year === null || month === null || day === null) return null;
      const signed = toIso(year, month, day);
      const wd = isoWeekday(signed); // 1 Monday … 7 Sunday
      if (wd > 5) return null; // signed on a weekend: which week is meant is unclear
      return dated('by', addDays(signed, 5 - wd), null);
    },
  },
  {
    // "trước ngày 20 tháng này", "chậm nhất ngày 25 tháng này": a day of the month of issue.
    name: 'day-of-this-month',
    anchors: ['tháng này'],
    examples: ['trước ngày 20 tháng này', 'chậm nhất ngày 25 tháng này', 'trong ngày 15 tháng này', 'trước ngày mùng 10 tháng này'],
    // ("trước ngày mùng 10 tháng này": a day of a month named "this month" is the solar one)
    pattern: rx([B, `(?<lead>trước|${w('chậm nhất')}(?:${S}là)?|trong|vào)${S}ngày${S}(?:(?:mùng|mồng)${S})?(?<d>\\d{1,2})(?!\\d)${S}tháng${S}này${E}`]),
    build(m, ctx) {
      const g = groupsOf(m);
      const { year, month } = ctx.doc;
      if (year === null || month === null) return null;
      const d = Number(g.d);
      if (d < 1 || d > daysInMonth(year, month)) return null;
      const iso = toIso(year, month, d);
      return g.lead === 'trước' ? dated('before', iso, null) : dated(g.lead === 'vào' ? 'on' : 'by', iso, null);
    },
  },
  {
    // A Công điện's hours: "trước 17 giờ 00 ngày hôm nay", "trước 10 giờ sáng mai", "chậm nhất
    // trong ngày mai", "hôm nay" and "mai" counted from the day the document was signed.
    name: 'relative-day',
    anchors: ['nay', 'mai'],
    examples: ['trước 17 giờ 00 ngày hôm nay', 'trước 10 giờ sáng mai', 'chậm nhất trong ngày mai', 'trong sáng mai', 'trước 16 giờ chiều nay'],
    pattern: rx([B, `(?<lead>trước|${w('chậm nhất')}(?:${S}(?:là|vào|trong))?|trong|vào(?:${S}lúc)?|lúc)${S}`,
      `(?:${TIME('t')}${O},?${O})?(?:(?:ngày|buổi)${S})?(?:(?<dp>sáng|trưa|chiều|tối|đêm)${S})?`,
      `(?<rel>hôm${S}nay|mai|nay)${E}`]),
    build(m, ctx) {
      const g = groupsOf(m);
      const { year, month, day } = ctx.doc;
      if (year === null || month === null || day === null) return null;
      // "nay" and "mai" alone only after a part of the day ("chiều nay", "10 giờ sáng mai"), or
      // "ngày/buổi mai" ("hiện nay", "từ nay" are no days).
      const part = g.dp ?? g.t_dp;
      if (g.rel === 'nay' && part === undefined) return null;
      if (g.rel === 'mai' && part === undefined && !/(?:ngày|buổi)\s{1,6}mai$/u.test(m[0])) return null;
      let time = readTime(g, 't');
      if (time === undefined) return null;
      // "trước 10 giờ sáng mai": the part of the day after the hour sets it.
      if (time !== null && g.dp !== undefined && g.t_dp === undefined) {
        const h = Number(g.t_h);
        const minute = Number(g.t_mi ?? g.t_mc ?? '0');
        time = clockTime(h, minute, DAY_PART_BY_KEY.get(lookupKey(g.dp))) ?? null;
      }
      const date = toIso(year, month, day);
      const relation = g.lead === 'trước' ? 'before' : /^(?:vào|lúc)/u.test(g.lead ?? '') ? 'on' : 'by';
      return dated(relation, g.rel === 'mai' ? addDays(date, 1) : date, time);
    },
  },
  {
    name: 'recurring-times-per-period',
    anchors: ['lần'],
    examples: ['ít nhất 01 lần/quý', '1 lần/tháng', 'một lần mỗi tuần', '02 lần/ngày', 'tối thiểu 02 lần/tuần'],
    // "02 lần/ngày (trước 7 giờ và 15 giờ)": several times a day is still every day; the
    // times themselves are read by the runner (dailyTimes).
    pattern: rx([B, `(?:(?:${w('ít nhất')}|${w('tối thiểu')})${S})?(?:(?:0?1|một)${S}lần${O}(?:\\/|${S}(?:mỗi|một|trong${S}(?:mỗi|một))${S})${O}(?<u>tuần|tháng|qu[ýí]|năm)`,
      `|(?:0?[1-4]|một|hai|ba|bốn)${S}lần${O}(?:\\/|${S}(?:mỗi|một|trong${S}(?:mỗi|một))${S})${O}(?<d>ngày|tuần|tháng))${E}`]),
    build(m) {
      const g = groupsOf(m);
      // "02 lần/tuần": several times a week is still a weekly schedule (the days are not said).
      if (g.d !== undefined) return value('recurring', { rrule: g.d === 'ngày' ? 'FREQ=DAILY' : g.d === 'tuần' ? 'FREQ=WEEKLY' : 'FREQ=MONTHLY' });
      const u = g.u ?? '';
      const rrule = u === 'tuần' ? 'FREQ=WEEKLY' : u === 'tháng' ? 'FREQ=MONTHLY' : u === 'năm' ? 'FREQ=YEARLY' : 'FREQ=MONTHLY;INTERVAL=3';
      return value('recurring', { rrule });
    },
  },
  {
    // "tiếp công dân định kỳ ít nhất 01 ngày trong tháng", "tối thiểu 02 buổi/tuần": days set
    // aside in each period (which days is not said).
    name: 'recurring-days-per-period',
    anchors: ['ít nhất', 'tối thiểu'],
    anchorPattern: /(?:ít\s{1,6}nhất|tối\s{1,6}thiểu)\s{1,6}\S{1,4}\s{1,6}(?:ngày|buổi)/u,
    examples: ['ít nhất 01 ngày trong tháng', 'tối thiểu 02 buổi/tuần', 'ít nhất một ngày mỗi quý'],
    pattern: rx([B, `(?:${w('ít nhất')}|${w('tối thiểu')})${S}(?:0?[1-4]|một|hai|ba|bốn)${S}(?:ngày|buổi)${O}(?:\\/|${S}(?:mỗi|trong|một|trong${S}mỗi)${S})${O}(?<u>tuần|tháng|qu[ýí]|năm)${E}`]),
    build(m) {
      const u = groupsOf(m).u ?? '';
      return value('recurring', { rrule: u === 'tuần' ? 'FREQ=WEEKLY' : u === 'tháng' ? 'FREQ=MONTHLY' : u === 'năm' ? 'FREQ=YEARLY' : 'FREQ=MONTHLY;INTERVAL=3' });
    },
  },
  {
    name: 'by-not-later',
    anchors: ['không'],
    examples: ['không quá ngày 15/3/2026', 'không muộn hơn ngày 20/3/2026', 'không chậm hơn 17h00 ngày 10/3/2026'],
    pattern: rx([B, `không${S}(?:quá|${w('muộn hơn')}|${w('chậm hơn')}|${w('để quá')})${S}(?:${TIME_BEFORE_DATE('t')})?${WHEN('a')}`]),
    build(m, ctx) {
      const r = readTarget(m, ctx, { strictDM: true });
      return r ? dated('by', r.date, r.time) : null;
    },
  },
  {
    name: 'by-period',
    anchors: ['trong', 'vào', 'thành', 'xong', 'hiện', 'khai'],
    examples: ['trong tháng 3/2026', 'trong quý I/2026', 'trong năm 2026', 'hoàn thành trong Quý II năm 2026', 'trong 6 tháng đầu năm 2026', 'vào cuối năm 2026', 'trong tháng 3', 'thực hiện trong T4/2026'],
    pattern: rx([B, `(?:(?:ngay${S})?trong(?:${S}${w('thời gian')})?|vào(?:${S}(?:khoảng|dịp))?|(?:${w('hoàn thành')}|xong)(?:${S}(?:trong|vào))?|(?:${w('thực hiện')}|${w('triển khai')})${S}(?:trong|vào))${S}${PERIOD('p')}`]),
    build(m, ctx) {
      const r = readTarget(m, ctx);
      if (!r) return null;
      // "sơ kết vào cuối tháng 9": an event held on that day, not a limit. Of a whole month or
      // year ("sơ kết vào tháng 6/2027") it stays a limit: no day to put it on.
      const before = ctx.text.slice(Math.max(0, m.index - 40), m.index).toLowerCase();
      // A quarter's end is a day too, but "sơ kết 5 năm vào quý IV-2030" names a period: a limit.
      const quarter = readPeriod(groupsOf(m), 'p', ctx)?.kind === 'quarter';
      const scheduled = !quarter && /^\s{0,3}vào/u.test(m[0]) && /^\d{4}-\d{2}-\d{2}$/u.test(r.date ?? '') && /(?:sơ kết|tổng kết|tổ chức|họp|hội nghị|khai mạc|diễn ra|tiến hành)(?:\s{1,6}\S{1,12}){0,4}\s{0,6}$/u.test(before);
      return value(scheduled ? 'on' : 'by', { date: r.date });
    },
  },
  {
    // "trình Ủy ban nhân dân phường giữa tháng 8.", "báo cáo kết quả cuối năm 2027;": a part of
    // a month, quarter or year that ends the clause, with no "trong"/"vào" before it.
    name: 'by-period-part',
    anchors: ['đầu', 'giữa', 'cuối'],
    examples: ['giữa tháng 8', 'cuối năm 2027', 'đầu quý IV-2027'],
    pattern: rx([B, `${PART_P('p')}(?=${O}(?:[.;,)]|$))`]),
    build(m, ctx) {
      const r = readTarget(m, ctx);
      const before = ctx.text.slice(Math.max(0, m.index - 40), m.index).toLowerCase();
      // "kết quả 6 tháng đầu năm 2027": a period reviewed; "những ngày cuối tháng": days of it;
      // "bản kiểm điểm cuối năm", "xếp loại … cuối năm": the year-end review, named by its season
      // (a bare "cuối năm", "giữa năm" without its year is left to the rules with a trigger word).
      if (!r || /(?:tháng|năm|quý|kỳ|ngày)\s{1,3}$/u.test(before.slice(-12)) || /^(?:đầu|giữa|cuối)\s{1,6}năm$/u.test(m[0].toLowerCase())) return null;
      if (/(?:kiểm\s{1,3}điểm|xếp\s{1,3}loại|đánh\s{1,3}giá|bình\s{1,3}xét)(?![a-zà-ỹđ])[^.;:]{0,30}$/u.test(before)) return null;
      // "ứng phó với mùa mưa, triều cường cuối năm 2027": a season named by when it comes.
      if (/(?<![a-zà-ỹđ])(?:mùa|triều\s{1,3}cường|mưa\s{1,3}(?:lũ|bão)|lũ)(?![a-zà-ỹđ])[^.;:()]{0,24}$/u.test(before)) return null;
      return value('by', { date: r.date });
    },
  },
  {
    // A phase of a campaign given as a period: "Đợt 1: từ ngày … ; Đợt 2: tháng 5/2027 tại các xã".
    name: 'phase-period',
    anchors: ['đợt'],
    anchorPattern: /đợt\s{1,6}(?:\d|[ivx])/u,
    examples: ['Đợt 2: tháng 5/2027', 'đợt II: quý III/2027', 'Đợt 3: trong tháng 9/2027'],
    pattern: rx([B, `đợt${S}(?:\\d{1,2}|[ivx]{1,4})${O}:${O}(?:trong${S})?${PERIOD('p')}`]),
    build(m, ctx) {
      const r = readTarget(m, ctx);
      return r ? value('by', { date: r.date }) : null;
    },
  },
  {
    // "chậm nhất sau khi kết thúc mỗi đợt 05 ngày làm việc": a limit counted from an event the
    // text does not date (each phase's end), so date and due stay empty.
    name: 'within-after-event',
    anchors: ['khi'],
    anchorPattern: /sau\s{1,6}khi\s{1,6}(?:kết|hoàn)/u,
    examples: ['chậm nhất sau khi kết thúc mỗi đợt 05 ngày làm việc', 'sau khi kết thúc chiến dịch 10 ngày'],
    pattern: rx([B, `(?:${w('chậm nhất')}${S})?sau${S}khi${S}(?:${w('kết thúc')}|${w('hoàn thành')})(?:${S}${LETTER}{1,10}${E}){0,5}${S}${COUNT('c')}${S}${UNIT('c')}`]),
    build(m) {
      const g = groupsOf(m);
      const n = readCount(g, 'c');
      const unit = readUnit(g, 'c');
      if (n === undefined || !unit) return null;
      return value('within', { date: null, due: null, duration: { value: n, unit: unit.unit, workingDays: unit.workingDays } });
    },
  },
  {
    // A monthly meeting names the month the work is due in: a party cell's "kỳ sinh hoạt chi
    // bộ tháng 01-2027", a committee's "phiên họp thường kỳ tháng 02/2027".
    name: 'by-meeting-month',
    anchors: ['sinh hoạt', 'phiên họp'],
    examples: [
      'trong kỳ sinh hoạt chi bộ tháng 01-2027',
      'tại phiên họp tháng 5-2027',
      'chậm nhất trong kỳ sinh hoạt tháng 02/2027',
      'tại phiên họp thường kỳ tháng 01/2027',
      'vào kỳ sinh hoạt định kỳ tháng 9',
      'tại phiên họp thường kỳ ủy ban nhân dân xã tháng 02/2027',
    ],
    pattern: rx([B, `(?:${w('chậm nhất')}${S})?(?:trong|tại|vào)${S}(?:kỳ${S}${w('sinh hoạt')}|${w('phiên họp')})`,
      `(?:${S}[^\\s\\d.,;:()]{1,16}){0,8}?${S}${MONTH_P('p')}`]),
    build: byNamedMeeting,
  },
  {
    // A council's session named by its period: "trình … tại kỳ họp thường lệ cuối năm 2027",
    // "tại kỳ họp giữa năm 2027" — due by then.
    name: 'by-session-period',
    anchors: ['kỳ họp'],
    // "trước kỳ họp thường lệ tháng 7": the session's day is not given, so its month bounds the
    // work (a `before` on the month would fall in June).
    examples: ['tại kỳ họp thường lệ cuối năm 2027', 'tại kỳ họp giữa năm 2027', 'vào kỳ họp cuối năm 2027', 'trước kỳ họp thường lệ tháng 7'],
    pattern: rx([B, `(?:trong|tại|vào|trước)${S}${w('kỳ họp')}(?:${S}(?:${w('thường lệ')}|${w('thường kỳ')}|${w('chuyên đề')}))?${S}${PERIOD('p')}`]),
    build: byNamedMeeting,
  },
  {
    name: 'on-tentative',
    anchors: ['kiến'],
    examples: ['dự kiến 18/3/2021', 'dự kiến tổ chức vào ngày 20/3/2026', 'dự kiến: 8 giờ 00 ngày 15/3/2026', 'dự kiến trong tháng 4/2026', 'dự kiến tối ngày 29/4/2027', 'dự kiến ra quân đợt 1 ngày 01/7/2026'],
    // "Dự kiến ra quân đợt 1 ngày 01/7/2026": which round of the event may come between.
    pattern: rx([B, `${w('dự kiến')}${O}:?${O}(?:(?:${alternation([...EVENT_VERBS, 'hoàn thành', 'ban hành', 'triển khai'])})(?:${S}(?:đợt|lần)${S}(?:thứ${S})?(?:\\d{1,2}|[ivx]{1,4})(?!${WORD_CHAR}))?${S})?(?:(?:vào|trong|là|khoảng)${S})?`,
      `(?:${TIME_BEFORE_DATE('t')})?(?:(?:buổi${S})?${DAY_PART}${S})?(?:${WHEN('a')}|${PERIOD('p')})`]),
    build(m, ctx) {
      const r = readTarget(m, ctx);
      if (!r) return null;
      // "(dự kiến trong tháng 4/2026)": a month cannot be an on-date; it bounds the work.
      if (hasPeriod(groupsOf(m), 'p')) return dated('by', r.date, null, { tentative: true });
      return dated('on', r.date, r.time, { tentative: true });
    },
  },
  {
    name: 'on-scheduled',
    anchorPattern: /\d/u,
    anchors: ['vào', 'lúc', 'hồi', 'chức', 'ra', 'mạc', 'hành', 'đầu', 'họp', 'quân', 'công', 'thành', 'mắt'],
    examples: ['tổ chức vào ngày 20/3/2026', 'vào ngày 15/3/2026', 'lúc 8 giờ 00 ngày 15/3/2026', 'vào 7 giờ 30 phút, ngày 15/3/2026', 'khai mạc sáng ngày 16/3/2026'],
    pattern: rx([B, `(?:(?:${alternation(EVENT_VERBS)})(?:${S}vào)?|vào|lúc|hồi)${S}(?:(?:lúc|hồi)${S})?(?:${TIME('t')}${O},?${O})?`,
      `(?:(?:buổi${S})?${DAY_PART}${S})?${NGAY_DATE('a')}`]),
    build(m, ctx) {
      // "tiếp thu ý kiến tại cuộc họp ngày 17/6": the date says which meeting, nothing is held then.
      const before = ctx.text.slice(Math.max(0, m.index - 20), m.index).toLowerCase();
      if (/(?:tại|theo|của|từ)\s{1,6}(?:(?:cuộc|phiên)\s{1,6})?$/u.test(before) && /^(?:(?:cuộc|phiên)\s{1,6})?(?:họp|hội\s{1,6}nghị)/u.test(m[0])) return null;
      const r = readTarget(m, ctx, { strictDM: true });
      return r ? dated('on', r.date, r.time) : null;
    },
  },
  {
    // The date first, then what is done: "…; ngày 20/4 tổ chức nghiệm thu", "Ngày 14/3 ra quân
    // tổng vệ sinh". Only at the start of a clause: "(họp) ngày 17/6 tổ chức …" is the other rule's.
    name: 'on-date-first',
    // A date near a clause start: the only place this rule reads.
    anchorPattern: /(?:^|[;:\n])\s{0,6}(?:\S{1,6}\s{1,6}){0,4}ngày\s{1,6}\d/u,
    anchors: ['chức', 'ra', 'mạc', 'hành', 'đầu', 'họp', 'quân', 'công', 'thành', 'mắt'],
    examples: ['ngày 20/4 tổ chức', 'Ngày 14/3/2027 ra quân', 'sáng ngày 26/3, tổ chức'],
    pattern: rx([B, `(?:(?:buổi${S})?${DAY_PART}${S})?${NGAY_DATE('a', 'required')}${O},?${O}(?:${alternation(EVENT_VERBS)})${E}`]),
    build(m, ctx) {
      if (!/(?:^|[;:]\s{0,6}|\n\s{0,6})$/u.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) return null;
      const r = readTarget(m, ctx, { strictDM: true });
      return r ? dated('on', r.date, r.time) : null;
    },
  },
  {
    name: 'on-named-day',
    anchors: [MASK_START],
    examples: ['trong ngày bầu cử', 'đúng 07 giờ 00 ngày bầu cử', 'vào ngày bầu cử', 'vào lúc 7 giờ ngày bầu cử'],
    pattern: rx([B, `(?:trong|vào|đúng)${S}(?:lúc${S})?(?:${TIME('t')}${O},?${O})?(?:(?:buổi${S})?${DAY_PART}${S})?${NAMED('a')}`]),
    build(m, ctx) {
      // "thời điểm trước, trong ngày bầu cử": one of a list of stretches around the day;
      // "(nhất là trong ngày bầu cử)": an emphasis, not a schedule.
      const before = ctx.text.slice(Math.max(0, m.index - 16), m.index).toLowerCase();
      if (/(?:(?:trước|sau)\s{0,6}(?:,|và|hoặc)|nhất\s{1,6}là|đặc\s{1,6}biệt\s{1,6}là|kể\s{1,6}cả)\s{0,6}$/u.test(before)) return null;
      const r = readTarget(m, ctx);
      return r && r.date !== null ? dated('on', r.date, r.time) : null;
    },
  },
  {
    // "trình Chi bộ thông qua tại kỳ sinh hoạt đầu nhiệm kỳ", "báo cáo tại Hội nghị giữa năm": due
    // by the meeting a named date names (not when the clause cites it).
    name: 'by-named-meeting',
    anchors: [MASK_START],
    examples: ['tại ngày bầu cử', 'tại  ngày bầu cử'],
    pattern: rx([B, `tại${S}${NAMED('a')}`]),
    build: byNamedMeeting,
  },
  {
    name: 'last-working-day',
    anchors: ['làm việc'],
    examples: ['chậm nhất vào ngày làm việc cuối cùng của tháng 01 năm 2027', 'trước ngày làm việc cuối cùng của tháng 12/2026'],
    pattern: rx([B, `(?:(?<lead>trước|${w('chậm nhất')}(?:${S}(?:là|vào))?|vào|trong)${S})?${w('ngày làm việc')}${S}(?:${w('cuối cùng')}|cuối)${S}(?:của${S})?${MONTH_P('p')}`]),
    build(m, ctx) {
      const g = groupsOf(m);
      const mp = readMonthP(g, 'p', ctx);
      if (!mp || mp.y == null) return null;
      // The month's last day that the civil service works (weekends and holidays skipped).
      let d = daysInMonth(mp.y, mp.m);
      while (d > 1 && !isWorkingDay(toIso(mp.y, mp.m, d))) d--;
      const iso = toIso(mp.y, mp.m, d);
      return dated((g.lead ?? '').toLowerCase().startsWith('trước') ? 'before' : 'by', iso, null);
    },
  },
  {
    // "trước 17 giờ ngày làm việc cuối cùng của quý III": the quarter's last working day
    // (weekends and holidays skipped), at its hour when one is given.
    name: 'last-working-day-quarter',
    anchors: ['làm việc'],
    anchorPattern: /làm\s{1,6}việc\s{1,6}cuối(?:\s{1,6}cùng)?\s{1,6}(?:của\s{1,6})?qu[ýí]/u,
    examples: ['trước 17 giờ ngày làm việc cuối cùng của quý III', 'chậm nhất ngày làm việc cuối cùng của quý IV/2027'],
    pattern: rx([B, `(?:(?<lead>trước|${w('chậm nhất')}(?:${S}(?:là|vào))?|vào|trong)${S})?(?:${TIME('t')}${O},?${O})?${w('ngày làm việc')}${S}(?:${w('cuối cùng')}|cuối)${S}(?:của${S})?${QUARTER_P('p')}`]),
    build(m, ctx) {
      const g = groupsOf(m);
      const q = { i: 1, ii: 2, iii: 3, iv: 4 }[(g.p_q ?? '').toLowerCase()] ?? Number(g.p_q);
      if (!(q >= 1 && q <= 4)) return null;
      const y = g.p_qy !== undefined ? Number(g.p_qy) : inferYear(q * 3, ctx.doc);
      if (y === null) return null;
      let d = daysInMonth(y, q * 3);
      while (d > 1 && !isWorkingDay(toIso(y, q * 3, d))) d--;
      const time = readTime(g, 't');
      if (time === undefined) return null;
      return dated((g.lead ?? '').toLowerCase().startsWith('trước') ? 'before' : 'by', toIso(y, q * 3, d), time);
    },
  },
  {
    // "vào đầu tuần sau", "chậm nhất đầu tuần tới": the Monday of the week after the document's.
    name: 'start-of-next-week',
    anchors: ['tuần'],
    examples: ['vào đầu tuần sau', 'chậm nhất đầu tuần tới', 'trong đầu tuần sau'],
    pattern: rx([B, `(?<lead>trước|${w('chậm nhất')}(?:${S}(?:là|vào))?|trong|vào)${S}đầu${S}tuần${S}(?:sau|tới)${E}`]),
    build(m, ctx) {
      const { year, month, day } = ctx.doc;
      if (year === null || month === null || day === null) return null;
      const issued = toIso(year, month, day);
      const monday = addDays(issued, 7 - (isoWeekday(issued) - 1));
      return dated(groupsOf(m).lead === 'trước' ? 'before' : 'by', monday, null);
    },
  },
  {
    name: 'weekday-of-week',
    anchorPattern: /thứ|chủ\s{1,6}nhật/u,
    examples: ['trước 17h00 thứ Năm tuần này', 'trong ngày thứ Tư (11/11)', 'vào sáng thứ Hai tuần sau (16/11/2026)'],
    // A weekday of this week or the next ("thứ Năm tuần này", "thứ Hai tuần sau"), or with its
    // day and month in parentheses: the weekly meeting's "by Thursday".
    pattern: rx([B, `(?:(?<lead>trước|${w('chậm nhất')}(?:${S}(?:là|vào))?|${w('trong ngày')}|vào|đúng)${S})?`,
      `(?:${TIME('t')}${O},?${O})?(?:(?:buổi${S})?${DAY_PART}${S})?(?:ngày${S})?(?<wd>${WEEKDAY})`,
      `(?:${S}(?<wk>tuần${S}(?:này|sau|tới)))?`,
      `(?:${O}\\(${O}(?<pd>\\d{1,2})${O}[\\/.\\-]${O}(?<pm>\\d{1,2})(?:${O}[\\/.\\-]${O}(?<py>(?:19|20)\\d{2}))?${O}\\))?`]),
    build(m, ctx) {
      const g = groupsOf(m);
      // A bare weekday is the recurring rules' business; a weekday and its date with no word
      // before them ("Ngày thứ Năm (12/11), Ban Thường vụ họp …") tells of a day, not a limit.
      if (g.wk === undefined && (g.pd === undefined || g.lead === undefined)) return null;
      const code = weekdayCode(g.wd ?? '');
      const time = readTime(g, 't');
      if (!code || time === undefined) return null;
      let iso: string | null | undefined;
      if (g.pd !== undefined) {
        iso = resolveDay({ day: Number(g.pd), month: Number(g.pm), year: g.py !== undefined ? Number(g.py) : null }, ctx.doc);
      } else {
        const { year, month, day } = ctx.doc;
        if (year === null || month === null || day === null) return null;
        const issued = toIso(year, month, day);
        const monday = isoWeekday(issued) - 1; // days since Monday
        iso = addDays(issued, BYDAY_ORDER.indexOf(code) - monday + (/này/u.test(g.wk ?? '') ? 0 : 7));
      }
      if (iso === undefined || iso === null) return null;
      const lead = (g.lead ?? '').toLowerCase();
      const relation = lead.startsWith('trước') ? 'before' : lead === '' || lead === 'vào' || lead === 'đúng' ? 'on' : 'by';
      return dated(relation, iso, time);
    },
  },
  {
    // A timeline line of a Hướng dẫn or Kế hoạch: the date, maybe a time, then a colon and who
    // does what ("Ngày 05/5/2027: các trường THCS hoàn thành …", "Ngày 01/6/2027, 14 giờ 00: …").
    name: 'timeline-date',
    anchorPattern: /^\s{0,6}ngày\s/u,
    examples: ['Ngày 05/5/2027:', 'Ngày 01/6/2027, 14 giờ 00:', 'ngày 15/4:'],
    pattern: rx([`(?<=^${O})ngày${S}(?<qd>\\d{1,2})${O}[\\/.\\-]${O}(?<qm>\\d{1,2})(?:${O}[\\/.\\-]${O}(?<qy>(?:19|20)\\d{2}))?(?!\\d)`,
      `(?:${O},?${O}(?:(?:từ|lúc)${S})?${TIME('u')})?${O}:`]),
    build(m, ctx) {
      const g = groupsOf(m);
      const time = readTime(g, 'u');
      if (time === undefined) return null;
      const year = g.qy;
      const iso = resolveDay({ day: Number(g.qd), month: Number(g.qm), year: year !== undefined ? Number(year) : null }, ctx.doc);
      return iso ? dated('on', iso, time) : null;
    },
  },
  {
    name: 'schedule-days',
    // The same line for an entry over two days: "THỨ NĂM (10/6) - THỨ SÁU (11/6)" (a trip).
    anchorPattern: /^\s{0,6}(?:thứ|chủ\s{1,6}nhật)[^\n]{2,40}[-–]/u,
    examples: ['Thứ Năm (10/6) - Thứ Sáu (11/6)', 'thứ hai (14/6) – thứ tư (16/6/2027):'],
    pattern: rx([`^${O}${WEEKDAY}${O}\\(${O}(?<ad>\\d{1,2})${O}[\\/.\\-]${O}(?<am>\\d{1,2})(?:${O}[\\/.\\-]${O}(?<ay>(?:19|20)\\d{2}))?${O}\\)`,
      `${O}[\\-–]${O}${WEEKDAY}${O}\\(${O}(?<bd>\\d{1,2})${O}[\\/.\\-]${O}(?<bm>\\d{1,2})(?:${O}[\\/.\\-]${O}(?<by>(?:19|20)\\d{2}))?${O}\\)`,
      `(?:${O}:|(?=[ \\t]{0,6}[.;,]?[ \\t]{0,6}(?:\\n|$)))`]),
    build(m, ctx) {
      const g = groupsOf(m);
      const by = g.by !== undefined ? Number(g.by) : null;
      const end = resolveDay({ day: Number(g.bd), month: Number(g.bm), year: by }, ctx.doc);
      const ay = g.ay !== undefined ? Number(g.ay) : end ? Number(end.slice(0, 4)) - (Number(g.am) > Number(g.bm) ? 1 : 0) : null;
      const start = resolveDay({ day: Number(g.ad), month: Number(g.am), year: ay }, ctx.doc);
      if (!start || !end || start > end) return null;
      return value('range', { date: start, end });
    },
  },
  {
    name: 'schedule-entry',
    // Only a text that starts like a schedule line is tried (a cheap test before the pattern).
    anchorPattern: /^\s{0,6}(?:[^:\n]{2,80}:\s{0,6})?(?:\d|sáng|chiều|trưa|tối|đêm|buổi|cả|ngày|thứ|chủ\s{1,6}nhật)/u,
    examples: ['Thứ Năm (03/12), 8h00:', 'Sáng Thứ Hai, ngày 07/12/2026:', '14h00, thứ Ba (08/12):', '08 giờ 00, thứ Tư, ngày 17/3/2027', 'cả ngày thứ Hai, 22/3/2027'],
    // A line of a schedule (lịch tiếp công dân, lịch công tác): it starts with a weekday and
    // its date, maybe a time, then a colon and what happens then — or nothing more (a
    // schedule table's day and time cells, or "UBND xã Kim Bình: 08 giờ 00, thứ Tư, ngày 17/3",
    // an inspection's visit to that unit).
    // Anchored by a lookbehind on the start; anchorPattern keeps other texts from being scanned.
    // The unit label of "UBND xã X: 08 giờ 00, …" stays out of the match (a lookbehind).
    pattern: rx([`(?<=^${O}(?:[^:\\n]{2,80}:${O})?)(?:${TIME('t')}${O},?${O})?(?:(?:buổi${S})?${DAY_PART}${S}|cả${S}ngày${S})?(?:ngày${S})?${WEEKDAY}${O},?${O}`,
      `(?:\\(${O}(?:ngày${S})?(?<pd>\\d{1,2})${O}[\\/.\\-]${O}(?<pm>\\d{1,2})(?:${O}[\\/.\\-]${O}(?<py>(?:19|20)\\d{2}))?${O}\\)`,
      `|(?:ngày${S})?(?<qd>\\d{1,2})${O}[\\/.\\-]${O}(?<qm>\\d{1,2})(?:${O}[\\/.\\-]${O}(?<qy>(?:19|20)\\d{2}))?(?!\\d))`,
      `(?:${O},?${O}(?:(?:từ|lúc)${S})?${TIME('u')})?(?:${O},?${O}(?:buổi${S})?${DAY_PART})?(?:${O}:|(?=[ \\t]{0,6}[.;]?[ \\t]{0,6}(?:\\n|$)))`]),
    build(m, ctx) {
      const g = groupsOf(m);
      const first = readTime(g, 't');
      const time = first === null ? readTime(g, 'u') : first;
      if (time === undefined) return null;
      const day = Number(g.pd ?? g.qd);
      const month = Number(g.pm ?? g.qm);
      const year = g.py ?? g.qy;
      const iso = resolveDay({ day, month, year: year !== undefined ? Number(year) : null }, ctx.doc);
      return iso ? dated('on', iso, time) : null;
    },
  },
  {
    name: 'time-of-day',
    anchorPattern: /\d\s{0,6}(?:giờ|h|g|:)/u,
    contextual: true,
    examples: ['trước 10 giờ 00', 'trước 14h00', 'chậm nhất 16 giờ 30'],
    // A clock time with no day: the day comes from the sentence ("Trong ngày bầu cử, … báo
    // cáo theo 03 mốc: trước 10 giờ 00, trước 14 giờ 00 …"); see anchorTimes in the runner.
    pattern: rx([B, `(?:trước|${w('chậm nhất')}(?:${S}là)?)${S}${TIME('t')}`,
      `(?!${O},?${O}(?:(?:vào|buổi)${S})?(?:${DAY_PART}${S})?(?:ngày|thứ|chủ|hằng|hàng|mỗi|cùng|các|\d|${MASK_START}))`]),
    build(m) {
      const t = readTime(groupsOf(m), 't');
      if (t == null || t === '24:00') return null;
      return value('before', { date: null, time: t });
    },
  },
  {
    name: 'field-label',
    anchors: ['thời'],
    examples: ['Thời gian hoàn thành: Quý I/2026', 'Thời gian thực hiện: tháng 3/2026', 'Thời gian: 8 giờ 00, ngày 15/3/2026', 'Thời gian nộp: 20/3/2026'],
    pattern: rx([B, `(?:${w('thời gian')}|${w('thời hạn')}|${w('thời điểm')})(?:${S}(?<k>${alternation(FIELD_KINDS.map(([k]) => k))}))?${O}:${O}`,
      `(?:${TIME_BEFORE_DATE('t')})?(?:${WEEKDAY}${O},?${O})?(?:${WHEN('a')}|${PERIOD('p')})`]),
    build(m, ctx) {
      const g = groupsOf(m);
      const r = readTarget(m, ctx);
      if (!r) return null;
      const label = lookupKey(m[0].slice(0, 8));
      const kind = g.k !== undefined ? FIELD_KIND_BY_KEY.get(lookupKey(g.k)) : label.startsWith('thời hạn') ? 'by' : undefined;
      const relation = kind ?? (hasPeriod(g, 'p') ? 'by' : 'on');
      return dated(relation, r.date, r.time);
    },
  },
  {
    // A time cell naming two months: consecutive ones are one stretch ("Tháng 10, 11",
    // "Tháng 10 - 11/2027"); others are separate months (cell-month-list).
    name: 'cell-month-pair',
    anchorPattern: /^\s{0,6}tháng\s/u,
    maxLength: 60,
    examples: ['Tháng 10, 11', 'Tháng 10 - 12/2027', 'tháng 4 và tháng 5'],
    pattern: rx([`(?<=^${O})tháng${S}(?<a>\\d{1,2})${O}(?<sep>,|-|–|và|đến)${O}(?:tháng${S})?(?<b>\\d{1,2})(?!\\d)`,
      `(?:${O}(?:\\/|năm)${O}(?<y>(?:19|20)\\d{2}))?(?=${O}[.;]?${O}$)`]),
    build(m, ctx) {
      const g = groupsOf(m);
      const a = Number(g.a);
      const b = Number(g.b);
      const dash = g.sep !== ',' && g.sep !== 'và';
      if (a < 1 || b > 12 || a >= b || (!dash && b !== a + 1)) return null;
      const y = g.y !== undefined ? Number(g.y) : inferYear(b, ctx.doc);
      if (y === null) return value('range', {});
      return value('range', { date: isoMonth(y, a), end: isoMonth(y, b) });
    },
  },
  {
    // "Tháng 3, 9", "Tháng 6 và tháng 12": each month of the list, by its end.
    name: 'cell-month-list',
    anchors: ['tháng'],
    maxLength: 60,
    // Each item is a match of its own; the list around it is checked in build.
    contextual: true,
    examples: ['Tháng 3', 'tháng 12'],
    pattern: rx([`(?:tháng${S})?(?<![\\d/])(?<mn>\\d{1,2})(?![\\d/])`]),
    build(m, ctx) {
      const list = MONTH_LIST.exec(ctx.text);
      if (!list) return null;
      const months = (list[1] ?? '').match(/\d{1,2}/gu)?.map(Number) ?? [];
      if (months.length === 2 && months[1] === (months[0] as number) + 1) return null; // a stretch: cell-month-pair
      const mn = Number(groupsOf(m).mn);
      if (mn < 1 || mn > 12) return null;
      // One year for the list: the first month's, the next for a month that comes back round.
      const first = months[0] as number;
      const y0 = list[2] !== undefined ? Number(list[2]) : inferYear(first, ctx.doc);
      const y = y0 === null ? null : mn < first ? y0 + 1 : y0;
      return y === null ? value('by', {}) : dated('by', isoMonth(y, mn), null);
    },
  },
  {
    // A time cell giving a part of a day: "Tối ngày 26/7/2027", "Sáng 19/5/2027" — when an event
    // is held, not a limit.
    name: 'cell-day-part-date',
    anchorPattern: /^\s{0,6}(?:buổi\s{1,6})?(?:sáng|trưa|chiều|tối|đêm)\s/u,
    maxLength: 60,
    examples: ['Tối ngày 26/7/2027', 'Sáng 19/5/2027', 'buổi chiều ngày 02/9'],
    pattern: rx([`(?<=^${O})(?:buổi${S})?${DAY_PART}${S}${NGAY_DATE('a')}(?=${O}[.;]?${O}$)`]),
    build(m, ctx) {
      const r = readTarget(m, ctx);
      return r ? dated('on', r.date, null) : null;
    },
  },
  {
    // A time cell holding two dates and a dash: "01/4 - 30/4/2027".
    name: 'cell-date-range',
    anchorPattern: /[-–]/u,
    maxLength: 60,
    examples: ['01/4 - 30/4/2027', '15/3/2027 – 31/3/2027', 'ngày 10/5 - 20/5/2027'],
    pattern: rx([`(?<=^${O})${WHEN('a')}${O}[\\-–]${O}${WHEN('b')}(?=${O}[.;]?${O}$)`]),
    build(m, ctx) {
      const a = readWhen(m, 'a', ctx);
      const b = readWhen(m, 'b', ctx);
      if (!a || !b || a.iso == null || b.iso == null) return null;
      let start = a.iso;
      if (a.pieces && a.pieces.year === null) {
        const ey = Number(b.iso.slice(0, 4));
        start = resolveDay({ ...a.pieces, year: a.pieces.month > Number(b.iso.slice(5, 7)) ? ey - 1 : ey }, ctx.doc) ?? start;
      }
      return start <= b.iso ? value('range', { date: start, end: b.iso }) : null;
    },
  },
  {
    name: 'cell-bare-date',
    anchorPattern: /[\d\uE000]|qu[ýí]|tháng|năm/u,
    maxLength: 120,
    examples: ['15/3/2026', 'Quý I/2026', 'Tháng 3/2026', '17h00 ngày 10/3/2026', 'Năm 2026'],
    pattern: rx([`(?<=^${O})(?:(?:${TIME('t')}${O},?${O})?${WHEN('a')}|${PERIOD('p')})(?=${O}[.;]?${O}$)`]),
    build(m, ctx) {
      const r = readTarget(m, ctx);
      return r ? dated('by', r.date, r.time) : null;
    },
  },
];
