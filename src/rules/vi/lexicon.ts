/**
 * Vietnamese vocabulary for dates, times and deadline phrases — data, not code.
 *
 * Every entry is written in lower case, NFC, with single spaces; `alternation()`
 * turns a list into a regex alternative (longest first, flexible whitespace), and
 * `lookupKey()` turns matched text back into a key of these tables. Sources:
 * REFERENCE.md §4.1 (month and number words, weekdays), §4.2 (times), §4.3 (phrases),
 * §6.6 (recurrence).
 */

export type ByDay = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

/** Weekday names as written → RFC 5545 BYDAY code. "Thứ năm" is Thursday, never "the fifth". */
export const WEEKDAYS: ReadonlyArray<readonly [string, ByDay]> = [
  ['thứ hai', 'MO'], ['thứ 2', 'MO'], ['t2', 'MO'],
  ['thứ ba', 'TU'], ['thứ 3', 'TU'], ['t3', 'TU'],
  ['thứ tư', 'WE'], ['thứ 4', 'WE'], ['t4', 'WE'],
  ['thứ năm', 'TH'], ['thứ 5', 'TH'], ['t5', 'TH'],
  ['thứ sáu', 'FR'], ['thứ 6', 'FR'], ['t6', 'FR'],
  ['thứ bảy', 'SA'], ['thứ bẩy', 'SA'], ['thứ 7', 'SA'], ['t7', 'SA'],
  ['chủ nhật', 'SU'], ['cn', 'SU'],
];

/**
 * Calendar month words after "tháng" ("tháng Tư" = April, not "Bốn"). The lunar names
 * Giêng and Chạp are deliberately absent: they name lunar months, which this engine does
 * not convert from a phrase.
 */
export const MONTH_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['một', 1], ['hai', 2], ['ba', 3], ['tư', 4], ['bốn', 4], ['năm', 5], ['sáu', 6],
  ['bảy', 7], ['bẩy', 7], ['tám', 8], ['chín', 9], ['mười', 10], ['mười một', 11],
  ['mười hai', 12],
];

/** Roman numerals used for quarters ("quý IV") and rounds ("đợt III"). */
export const ROMAN: ReadonlyArray<readonly [string, number]> = [
  ['i', 1], ['ii', 2], ['iii', 3], ['iv', 4], ['v', 5], ['vi', 6], ['vii', 7], ['viii', 8],
  ['ix', 9], ['x', 10], ['xi', 11], ['xii', 12],
];

/**
 * Number words. `unit` words are 1–9 (with the positional variants mốt = 1 after
 * "mươi", tư = 4 and lăm = 5 after a ten); `ten` is "mười"; `tens` multiplies the unit
 * before it ("hai mươi", "hai chục"); `zero` marks an empty tens place ("một trăm linh năm").
 */
export const NUMBER_WORDS: ReadonlyArray<readonly [string, { kind: 'unit' | 'ten' | 'tens' | 'hundred' | 'zero'; value: number; positional?: boolean }]> = [
  ['một', { kind: 'unit', value: 1 }],
  ['mốt', { kind: 'unit', value: 1, positional: true }],
  ['hai', { kind: 'unit', value: 2 }],
  ['ba', { kind: 'unit', value: 3 }],
  ['bốn', { kind: 'unit', value: 4 }],
  ['tư', { kind: 'unit', value: 4, positional: true }],
  ['năm', { kind: 'unit', value: 5 }],
  ['lăm', { kind: 'unit', value: 5, positional: true }],
  ['nhăm', { kind: 'unit', value: 5, positional: true }],
  ['sáu', { kind: 'unit', value: 6 }],
  ['bảy', { kind: 'unit', value: 7 }],
  ['bẩy', { kind: 'unit', value: 7 }],
  ['tám', { kind: 'unit', value: 8 }],
  ['chín', { kind: 'unit', value: 9 }],
  ['mười', { kind: 'ten', value: 10 }],
  ['mươi', { kind: 'tens', value: 10 }],
  ['chục', { kind: 'tens', value: 10 }],
  ['trăm', { kind: 'hundred', value: 100 }],
  ['linh', { kind: 'zero', value: 0 }],
  ['lẻ', { kind: 'zero', value: 0 }],
];

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'QUARTERLY' | 'YEARLY';

/** Words after "hàng/hằng/mỗi" and the RRULE they give. */
export const FREQUENCY_UNITS: ReadonlyArray<readonly [string, Frequency]> = [
  ['ngày', 'DAILY'], ['tuần', 'WEEKLY'], ['tháng', 'MONTHLY'], ['quý', 'QUARTERLY'],
  ['quí', 'QUARTERLY'], ['năm', 'YEARLY'],
];

/** "hằng" is the standard spelling, "hàng" the common one; "mỗi" = each. */
export const FREQUENCY_PREFIXES: readonly string[] = ['hằng', 'hàng', 'mỗi'];

/** "định kỳ" (periodic), also spelled "định kì". */
export const PERIODIC_WORDS: readonly string[] = ['định kỳ', 'định kì'];

/** Day parts after a clock time; `pm` adds 12 hours to 1–11 o'clock ("4 giờ chiều" = 16:00). */
export const DAY_PARTS: ReadonlyArray<readonly [string, { pm: boolean; noon?: boolean }]> = [
  ['sáng', { pm: false }], ['trưa', { pm: false, noon: true }], ['chiều', { pm: true }],
  ['tối', { pm: true }], ['đêm', { pm: true }],
];

/** Units of a duration ("05 ngày làm việc"). */
export const DURATION_UNITS: ReadonlyArray<readonly [string, { unit: 'hour' | 'day' | 'week' | 'month' | 'year'; workingDays: boolean }]> = [
  ['ngày làm việc', { unit: 'day', workingDays: true }],
  ['ngày', { unit: 'day', workingDays: false }],
  ['tuần', { unit: 'week', workingDays: false }],
  ['tháng', { unit: 'month', workingDays: false }],
  ['năm', { unit: 'year', workingDays: false }],
  ['giờ', { unit: 'hour', workingDays: false }],
  ['tiếng', { unit: 'hour', workingDays: false }],
];

/** Events a "kể từ …" period may start at when no date is written. */
export const START_EVENTS: readonly string[] = [
  'ngày nhận được văn bản này', 'ngày nhận được văn bản', 'ngày nhận được công văn này',
  'ngày nhận được công văn', 'ngày nhận được kế hoạch', 'ngày nhận được thông báo',
  'ngày nhận được quyết định', 'ngày nhận được hồ sơ hợp lệ', 'ngày nhận được hồ sơ',
  'ngày nhận được yêu cầu', 'ngày nhận được đề nghị', 'ngày nhận được báo cáo',
  'ngày nhận đủ hồ sơ hợp lệ', 'ngày nhận đủ hồ sơ', 'ngày nhận', 'khi nhận được văn bản',
  'khi nhận được', 'ngày ký ban hành', 'ngày ký', 'ngày ban hành văn bản này',
  'ngày ban hành', 'ngày văn bản có hiệu lực', 'ngày có hiệu lực', 'ngày kết thúc',
  'ngày có kết quả', 'ngày công bố kết quả', 'ngày bầu cử', 'thời điểm nhận được',
];

/**
 * "kể từ ngày Kế hoạch này được ban hành": this document's date, written the other way round
 * (kept apart from START_EVENTS so the rules' tries stay small: it is one factored pattern).
 */
export const THIS_DOCUMENT_TYPES: readonly string[] = ['kế hoạch', 'quyết định', 'công văn', 'thông báo', 'chỉ thị', 'văn bản', 'nghị quyết'];

/** Verbs that may open a "before" phrase and belong to it ("hoàn thành trước ngày X"). */
export const BEFORE_LEADS: readonly string[] = ['hoàn thành', 'hoàn tất', 'xong', 'chậm nhất', 'muộn nhất'];

/**
 * Nouns naming a stretch of time: after one, "trước ngày X" or "đến ngày X" bounds that
 * stretch ("trong tuần cuối trước ngày bầu cử", "thời gian đến ngày bầu cử không còn
 * nhiều") and sets no deadline.
 */
export const PERIOD_NOUNS: readonly string[] = [
  'thời gian', 'khoảng thời gian', 'giai đoạn', 'những ngày', 'những ngày cuối', 'các ngày', 'tuần', 'tuần cuối',
  'tuần cuối cùng', 'tháng cuối', 'ngày cuối', 'thời kỳ', 'đợt cao điểm', 'cao điểm',
];

/** Nouns after which "từ nay đến ngày X" qualifies the work ("Các nhiệm vụ trọng tâm từ nay đến ngày bầu cử"). */
export const FROM_NOW_NOUNS: readonly string[] = ['nhiệm vụ', 'nhiệm vụ trọng tâm', 'trọng tâm', 'công việc', 'việc cần làm'];

/** Verbs of a scheduled event ("tổ chức vào ngày X" → on). */
export const EVENT_VERBS: readonly string[] = [
  'tổ chức', 'diễn ra', 'khai mạc', 'bế mạc', 'tiến hành', 'bắt đầu', 'họp', 'ra quân',
  'khởi công', 'khánh thành', 'ra mắt', 'họp giao ban', 'cuộc họp giao ban', 'cuộc họp', 'hội nghị', 'giao ban',
];

/**
 * Events a document may name a date after ("… vào ngày 06/3/2027, sau đây gọi là Đại hội") and
 * then count from ("trước Đại hội 15 ngày"); a name given to a date starts with "ngày" or one of these.
 */
export const NAMED_EVENT_HEADS: readonly string[] = [
  'đại hội', 'hội nghị', 'lễ', 'kỳ họp', 'phiên họp', 'cuộc họp', 'hội thi', 'kỳ thi', 'hội diễn', 'ngày hội',
  'kỳ sinh hoạt', 'buổi sinh hoạt',
];

/** Label words of a "Thời gian hoàn thành: …" field and the relation they give. */
export const FIELD_KINDS: ReadonlyArray<readonly [string, 'by' | 'on']> = [
  ['hoàn thành', 'by'], ['thực hiện', 'by'], ['nộp', 'by'], ['gửi', 'by'], ['báo cáo', 'by'],
  ['triển khai', 'by'], ['tổ chức', 'on'], ['diễn ra', 'on'],
  // an event's own time ("Thời gian tổng duyệt: 14 giờ 00 ngày 12/11/2027")
  ['tổng duyệt', 'on'], ['khai mạc', 'on'], ['bế mạc', 'on'], ['khai giảng', 'on'], ['họp', 'on'],
  ['tập huấn', 'on'], ['diễn tập', 'on'], ['ra quân', 'on'], ['xuất quân', 'on'],
];

/** Escape a string for use inside a RegExp source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A regex alternative (without surrounding group) matching any of `words`, longest first so
 * that "mười một" wins over "mười"; inner spaces match 1–6 whitespace characters
 * (including a line break).
 */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s{1,6}'))
    .join('|');
}

/**
 * Like `alternation`, but factors common leading words into a trie ("ngày nhận được văn
 * bản", "ngày nhận được công văn", "ngày ký" → `ngày\s{1,6}(?:nhận…|ký)`), which keeps long
 * phrase lists small and cheap for V8 to compile. Put one word-end boundary after the whole
 * group: the engine backtracks into it, so "ngày ký" still fails on "ngày kýhiệu".
 */
export function phraseTrie(phrases: Iterable<string>): string {
  interface Node { terminal: boolean; next: Map<string, Node> }
  const root: Node = { terminal: false, next: new Map() };
  for (const p of phrases) {
    let node = root;
    for (const word of p.split(' ').filter(Boolean)) {
      let child = node.next.get(word);
      if (!child) {
        child = { terminal: false, next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    node.terminal = true;
  }
  const render = (node: Node): string => {
    const branches = [...node.next.entries()]
      .sort(([a], [b]) => b.length - a.length || (a < b ? -1 : 1))
      .map(([word, child]) => {
        if (child.next.size === 0) return escapeRegExp(word);
        // Longest first: try the continuation, fall back to the word alone when terminal.
        return `${escapeRegExp(word)}(?:\\s{1,6}${render(child)})${child.terminal ? '?' : ''}`;
      });
    return `(?:${branches.join('|')})`;
  };
  return render(root);
}

/** Matched text → table key: NFC, lower case, whitespace collapsed. */
export function lookupKey(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function table<V>(entries: ReadonlyArray<readonly [string, V]>): ReadonlyMap<string, V> {
  return new Map(entries.map(([k, v]) => [k, v] as const));
}

export const WEEKDAY_BY_KEY = table(WEEKDAYS);
export const MONTH_BY_KEY = table(MONTH_WORDS);
export const ROMAN_BY_KEY = table(ROMAN);
export const NUMBER_BY_KEY = table(NUMBER_WORDS);
export const FREQUENCY_BY_KEY = table(FREQUENCY_UNITS);
export const DAY_PART_BY_KEY = table(DAY_PARTS);
export const DURATION_UNIT_BY_KEY = table(DURATION_UNITS);
export const FIELD_KIND_BY_KEY = table(FIELD_KINDS);

/** "thứ năm" → "TH"; undefined for anything else. */
export function weekdayCode(text: string): ByDay | undefined {
  return WEEKDAY_BY_KEY.get(lookupKey(text));
}

/** "3", "03", "Ba", "mười hai" → month number; undefined when not 1–12. */
export function monthNumber(text: string): number | undefined {
  const key = lookupKey(text);
  if (/^\d{1,2}$/.test(key)) {
    const n = Number(key);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  return MONTH_BY_KEY.get(key);
}

/** "IV", "iv", "4" → 4. */
export function romanOrNumber(text: string): number | undefined {
  const key = lookupKey(text);
  if (/^\d{1,2}$/.test(key)) return Number(key);
  return ROMAN_BY_KEY.get(key);
}

/**
 * Spelled-out numbers: "năm" 5, "mười lăm" 15, "hai mươi mốt" 21, "ba mươi" 30,
 * "một trăm linh năm" 105. Returns undefined for malformed sequences ("lăm", "mươi hai").
 */
export function parseNumberWords(text: string): number | undefined {
  const words = lookupKey(text).split(' ').filter(Boolean);
  if (words.length === 0) return undefined;
  let total = 0;
  let i = 0;
  const get = (k: number) => (k < words.length ? NUMBER_BY_KEY.get(words[k]!) : undefined);
  // hundreds
  const h0 = get(i);
  const h1 = get(i + 1);
  if (h0 && h0.kind === 'unit' && !h0.positional && h1 && h1.kind === 'hundred') {
    total += h0.value * 100;
    i += 2;
    if (i === words.length) return total;
    const z = get(i);
    if (z && z.kind === 'zero') {
      const u = get(i + 1);
      if (!u || u.kind !== 'unit' || (u.positional && words[i + 1] !== 'tư')) return undefined;
      return i + 2 === words.length ? total + u.value : undefined;
    }
  }
  const rest = words.slice(i);
  const w0 = rest.length > 0 ? NUMBER_BY_KEY.get(rest[0]!) : undefined;
  if (!w0) return undefined;
  let tens = 0;
  let j = 0;
  if (w0.kind === 'ten') {
    tens = 10;
    j = 1;
  } else if (w0.kind === 'unit' && !w0.positional && rest.length > 1 && NUMBER_BY_KEY.get(rest[1]!)?.kind === 'tens') {
    if (w0.value < 2) return undefined;
    tens = w0.value * 10;
    j = 2;
  } else if (w0.kind === 'unit' && !w0.positional && rest.length === 1) {
    return total + w0.value;
  } else {
    return undefined;
  }
  if (j === rest.length) return total + tens;
  if (j + 1 !== rest.length) return undefined;
  const u = NUMBER_BY_KEY.get(rest[j]!);
  if (!u || u.kind !== 'unit') return undefined;
  const word = rest[j]!;
  if (word === 'mốt' && tens < 20) return undefined; // "mười một", never "mười mốt"
  if (word === 'năm' && tens >= 10) {
    // "mười năm" is "ten years" far more often than 15; a count says "mười lăm".
    return undefined;
  }
  if (word === 'một' && tens >= 20) return undefined; // "hai mươi mốt"
  return total + tens + u.value;
}
