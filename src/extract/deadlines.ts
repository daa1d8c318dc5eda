/**
 * The deadline engine: finds every time limit in one task's text and resolves it.
 *
 * As in chrono: every rule of `DEADLINE_RULES` runs over the text and proposes candidates;
 * an ordered list of refiners then settles them (citations dropped, "từ … đến …" merged,
 * overlaps resolved longest-first, "dự kiến" marked tentative). Named dates ("ngày bầu cử")
 * are masked to a same-length placeholder before matching so that rules can refer to them
 * as a fragment and offsets stay those of the input.
 */
import type { DateContext } from '../resolve/dates.js';
import {
  DEADLINE_RULES,
  MASK_FILL,
  MASK_START,
  type DeadlineRule,
  type DeadlineValue,
  type RuleContext,
} from '../rules/vi/deadline-rules.js';
import { resolveDay } from '../resolve/dates.js';
import { escapeRegExp, monthNumber, NAMED_EVENT_HEADS } from '../rules/vi/lexicon.js';
import { warm } from '../text/regexp.js';
import { detached } from '../text/detach.js';
import { px } from '../text/charclass.js';

export type { DateContext } from '../resolve/dates.js';
export type { DeadlineValue } from '../rules/vi/deadline-rules.js';

export interface DeadlineMatch {
  /** UTF-16 offset of the phrase in the text. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
  /** Name of the rule (or refiner) that produced it, for tracing a wrong value. */
  rule: string;
  value: DeadlineValue;
}

export interface NamedDateMatch {
  start: number;
  end: number;
  /** Lower-cased, whitespace collapsed ("ngày bầu cử"). */
  name: string;
  /** ISO date. */
  date: string;
  /** The defining phrase as written ("ngày bầu cử (15/3/2026)"). */
  text: string;
}

// ---------------------------------------------------------------------------------------
// Name folding

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;
const TONE_MARKS_G = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * Old-style tone placement for one lower-case syllable: "hoà" → "hòa", "uỷ" → "ủy",
 * "khoẻ" → "khỏe" (oa, oe, uy without a final consonant; "quý" keeps its tone on y).
 */
function foldSyllable(syl: string): string {
  const nfd = syl.normalize('NFD');
  const tone = TONE_MARKS.exec(nfd)?.[0];
  if (!tone) return syl;
  const base = nfd.replace(TONE_MARKS_G, '');
  const pair = /(o[ae]|uy)$/u.exec(base);
  if (!pair || (pair[1] === 'uy' && base.endsWith('quy'))) return syl;
  const at = base.length - 1; // position of the pair's second letter; tone goes after the first
  return (base.slice(0, at) + tone + base.slice(at)).normalize('NFC');
}

/** Key of a named date: lower case, NFC, whitespace collapsed, tone placement folded (hoà → hòa), ð → đ. */
export function foldName(name: string): string {
  if (name.length > 64) return foldNameUncached(name);
  let f = FOLDED_NAMES.get(name);
  if (f === undefined) {
    f = foldNameUncached(name);
    if (FOLDED_NAMES.size >= 20_000) FOLDED_NAMES.clear();
    FOLDED_NAMES.set(detached(name), f);
  }
  return f;
}

/**
 * foldName of short strings, remembered across calls and documents: every word of every
 * paragraph with a named date in scope may be folded (NFC, NFD and a regex per syllable),
 * and documents reuse the same few thousand words and event names. Starts over when full.
 */
const FOLDED_NAMES = new Map<string, string>();

function foldNameUncached(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/\u00f0/gu, 'đ') // Icelandic eth from cp1252 mojibake (REFERENCE §5.1)
    .split(/\s+/u)
    .filter(Boolean)
    .map(foldSyllable)
    .join(' ');
}

// ---------------------------------------------------------------------------------------
// Named dates

/** Latin letters incl. Vietnamese and combining marks (cheaper for V8 than `\p{L}`). */
const LETTER = String.raw`[a-zA-Z\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff]`;
const WORDC = String.raw`[0-9a-zA-Z\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff]`;
const D = String.raw`\s{0,6}`;
const WEEKDAY_WORDS = String.raw`(?:thứ\s{1,6}(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s{1,6}nhật|cn|t[2-7])(?!${WORDC})`;
/** "ngày bầu cử (15/3/2026)", "ngày bầu cử (Chủ nhật, 15/3/2026)", "ngày bầu cử là ngày 15/3/2026" (lower-cased text). */
const NAMED_DEF = new RegExp(
  // Not after a count: "trên 10 ngày chậm nhất là ngày 31/7/2026" is a duration, then a limit.
  String.raw`(?<!\d\s{0,3})(?<!${WORDC})(?<name>ngày(?:\s{1,6}${LETTER}{1,15}(?!${LETTER})){1,5})` +
    String.raw`(?:${D}\(${D}(?:${WEEKDAY_WORDS}${D},?${D})?|\s{1,6}là\s{1,6}(?:${WEEKDAY_WORDS}${D},?${D})?)(?:ngày\s{1,6})?` +
    String.raw`(?:(?<d>\d{1,2})${D}[\/.\-]${D}(?<m>\d{1,2})(?:${D}[\/.\-]${D}(?<y>(?:19|20)\d{2}))?(?![\d\/])` +
    String.raw`|(?<ld>\d{1,2})\s{1,6}tháng\s{1,6}(?<lm>\d{1,2})(?:\s{1,6}năm\s{1,6}(?<ly>(?:19|20)\d{2}))?(?!\d))(?<close>${D}\))?`,
  'gu',
);

/**
 * A name given to a date: "ngày …" ("ngày bầu cử"), or an event the date is the day of
 * ("Đại hội", "Hội nghị sơ kết", "Lễ ra quân"), which the text then counts from ("trước Đại
 * hội 15 ngày"). Other names ("Quyết định 12", "Ban Chỉ đạo") are not dates.
 */
const EVENT_NAME_HEADS = NAMED_EVENT_HEADS.map((h) => h.split(' ').map(escapeRegExp).join(String.raw`\s{1,6}`)).join('|');
// (a word of the name may be a number: "Hội nghị sơ kết 6 tháng")
const DEFINED_NAME = String.raw`(?:ngày|${EVENT_NAME_HEADS})(?:\s{1,6}(?:${LETTER}{1,15}|\d{1,2})(?!${WORDC})){0,5}`;

/**
 * "15/3/2026 (sau đây gọi là ngày bầu cử)", "ngày 03/3/2027 (tức ngày 26 tháng Giêng …), sau
 * đây gọi là ngày giao quân.": a date, then the name it is given.
 */
const NAMED_DEF_AFTER = new RegExp(
  String.raw`(?<!${WORDC})(?:(?<d>\d{1,2})${D}[\/.\-]${D}(?<m>\d{1,2})${D}[\/.\-]${D}(?<y>(?:19|20)\d{2})|(?<ld>\d{1,2})\s{1,6}tháng\s{1,6}(?<lm>\d{1,2})\s{1,6}năm\s{1,6}(?<ly>(?:19|20)\d{2}))` +
    String.raw`(?:${D}\(${D}(?:thứ\s{1,6}${LETTER}{1,4}|chủ\s{1,6}nhật|tức\s{1,6}[^()\n]{1,60})${D}\))?` +
    // "… ngày 18-4-2027 tại vườn hoa Lạc Long Quân (sau đây gọi là ngày ra quân)": the place between.
    String.raw`(?:\s{1,6}tại\s{1,6}[^().;:,\n]{1,80}?)?` +
    // "(tức mùng 7 tháng Giêng năm Đinh Mùi, sau đây gọi là ngày phát động)": the gloss and the name in one parenthesis.
    String.raw`${D}(?:[,(]${D}(?:tức\s{1,6}[^(),\n]{1,60},${D})?(?:sau\s{1,6}đây\s{1,6})?(?:được\s{1,6})?gọi(?:\s{1,6}(?:tắt|chung))?\s{1,6}là\s{1,6}(?<name>${DEFINED_NAME})${D}\)` +
    // (", gọi tắt là ngày ra quân,": "tắt" or "chung" says a name is given without "sau đây")
    String.raw`|,${D}(?:sau\s{1,6}đây\s{1,6}(?:được\s{1,6})?gọi(?:\s{1,6}(?:tắt|chung))?|(?:được\s{1,6})?gọi\s{1,6}(?:tắt|chung))\s{1,6}là\s{1,6}(?<name2>${DEFINED_NAME})(?=${D}(?:[.;,)]|$)))`,
  'gu',
);

/**
 * "ngày bầu cử đại biểu Quốc hội khóa XVI và … nhiệm kỳ 2026-2031 (Chủ nhật, ngày 15/3/2026)":
 * a two-word name, its qualifier (no punctuation but "-" and "/"), then the date in
 * parentheses. Not after a count ("Còn 13 ngày nữa là …").
 */
const NAMED_DEF_LONG = new RegExp(
  String.raw`(?<!\d\s{0,3})(?<!${WORDC})(?<name>ngày\s{1,6}${LETTER}{1,15}(?!${LETTER})\s{1,6}${LETTER}{1,15}(?!${LETTER}))` +
    String.raw`\s{1,6}[^().;:,\n]{1,160}?\(${D}(?:${WEEKDAY_WORDS}${D},?${D})?(?:ngày\s{1,6})?` +
    String.raw`(?<d>\d{1,2})${D}[\/.\-]${D}(?<m>\d{1,2})${D}[\/.\-]${D}(?<y>(?:19|20)\d{2})${D}\)`,
  'gu',
);

/** Words that make "ngày X" a date expression, not a name ("ngày thứ Năm", "ngày mùng 5"). */
const NOT_NAME_WORDS = new Set(['thứ', 'chủ', 'mùng', 'mồng', 'tháng', 'năm', 'ngày', 'này', 'đó', 'hôm', 'mai', 'kia', 'làm', 'là', 'nay', 'sau', 'trước', 'từ', 'đến', 'nữa', 'tới', 'qua', 'cuối', 'đầu', 'của', 'và', 'theo', 'trong', 'ký', 'nhận', 'chậm', 'muộn', 'nhất', 'hết']);

/**
 * Definitions such as "ngày bầu cử (15/3/2026)" or "ngày bầu cử là ngày 15/3/2026";
 * `name` lower-cased ("ngày bầu cử").
 */
export function findNamedDates(text: string, ctx: DateContext): NamedDateMatch[] {
  const out: NamedDateMatch[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const lower = lowerSameLength(text);
  NAMED_DEF.lastIndex = 0;
  for (let m = NAMED_DEF.exec(lower); m; m = NAMED_DEF.exec(lower)) {
    const g = m.groups ?? {};
    const rawName = g.name ?? '';
    const words = rawName.toLowerCase().split(/\s+/u).slice(1);
    const opened = m[0].slice(rawName.length).trimStart().startsWith('(');
    if (words.length === 0 || words.some((x) => NOT_NAME_WORDS.has(x)) || (opened && g.close === undefined)) {
      NAMED_DEF.lastIndex = m.index + 1;
      continue;
    }
    const day = Number(g.d ?? g.ld);
    const month = g.m !== undefined ? Number(g.m) : monthNumber(g.lm ?? '');
    const year = g.y ?? g.ly;
    // "Ngày Môi trường thế giới (05/6)" names a yearly observance, not a date of this document.
    if (year === undefined) {
      NAMED_DEF.lastIndex = m.index + 1;
      continue;
    }
    const iso = month === undefined ? undefined : resolveDay({ day, month, year: year ? Number(year) : null }, ctx);
    if (!iso) {
      NAMED_DEF.lastIndex = m.index + 1;
      continue;
    }
    const name = rawName.normalize('NFC').replace(/\s+/gu, ' ');
    out.push({ start: m.index, end: m.index + m[0].length, name, date: iso, text: text.slice(m.index, m.index + m[0].length) });
  }
  // "ngày 15 tháng 3 năm 2026 (sau đây gọi là ngày bầu cử)"
  NAMED_DEF_AFTER.lastIndex = 0;
  for (let m = NAMED_DEF_AFTER.exec(lower); m; m = NAMED_DEF_AFTER.exec(lower)) {
    const g = m.groups ?? {};
    const day = Number(g.d ?? g.ld);
    const month = Number(g.m ?? g.lm);
    const year = g.y ?? g.ly;
    const iso = resolveDay({ day, month, year: year ? Number(year) : null }, ctx);
    const given = g.name ?? g.name2 ?? '';
    const words = given.split(/\s+/u).slice(1);
    // "ngày …" must not read as a date itself ("ngày 15 tháng 3"); an event's name may say
    // when in the year it is held ("Hội nghị giữa năm", "Hội nghị cuối năm").
    const event = !/^ngày\s/u.test(given);
    // "sau đây gọi là" defines a name outright: only a first word that makes "ngày …" a date
    // ("ngày ký", "ngày thứ Năm") stops it; later words may be anything ("ngày kết thúc đăng ký").
    if (!iso || words.length === 0 || (!event && NOT_NAME_WORDS.has(words[0] as string))) continue;
    const name = given.normalize('NFC').replace(/\s+/gu, ' ');
    out.push({ start: m.index, end: m.index + m[0].length, name, date: iso, text: text.slice(m.index, m.index + m[0].length) });
  }
  if (out.length === 0) {
    NAMED_DEF_LONG.lastIndex = 0;
    for (let m = NAMED_DEF_LONG.exec(lower); m; m = NAMED_DEF_LONG.exec(lower)) {
      const g = m.groups ?? {};
      const words = (g.name ?? '').split(/\s+/u).slice(1);
      const iso = resolveDay({ day: Number(g.d), month: Number(g.m), year: Number(g.y) }, ctx);
      if (!iso || words.some((x) => NOT_NAME_WORDS.has(x))) {
        NAMED_DEF_LONG.lastIndex = m.index + 1;
        continue;
      }
      const name = (g.name ?? '').normalize('NFC').replace(/\s+/gu, ' ');
      out.push({ start: m.index, end: m.index + m[0].length, name, date: iso, text: text.slice(m.index, m.index + m[0].length) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

interface Trie {
  iso?: string;
  next: Map<string, Trie>;
}

const WORD_START = new RegExp(`(?<!${WORDC})${LETTER}${WORDC}*`, 'gu');
const NEXT_WORD = new RegExp(`\\s{1,6}(${WORDC}+)`, 'uy');
const MAX_NAME_WORDS = 12;

/**
 * Replaces every mention of a named date in `lower` (the text, lower-cased, same offsets)
 * with `\uE000\uE001…` of the same length; returns that masked lower-cased copy, which the
 * rules run over, and the ISO date of each mention by its start offset.
 */
function maskNamedMentions(lower: string, named: ReadonlyMap<string, string>): { shadow: string; at: Map<number, string> } {
  const at = new Map<number, string>();
  if (named.size === 0) return { shadow: lower, at };
  const root = trieOf(named);
  const parts: string[] = [];
  let last = 0;
  // Only words that may start a name are looked at: their written forms (case, old tone
  // placement, ð) are one regex over the lower-cased text, so the other words of the
  // paragraph are never folded. Decomposed text (combining marks) takes every word.
  const starts = COMBINING.test(lower) ? WORD_START : firstWordsOf(root);
  // Each name starts with a letter; the following words are read with a sticky regex that
  // also consumes the 1–6 whitespace characters between words.
  starts.lastIndex = 0;
  for (let m = starts.exec(lower); m; m = starts.exec(lower)) {
    let node = root.next.get(foldName(m[0]));
    if (!node) continue;
    const s = m.index;
    let e = s + m[0].length;
    let best = node.iso !== undefined ? e : -1;
    let bestIso = node.iso ?? '';
    NEXT_WORD.lastIndex = e;
    for (let k = 1; k < MAX_NAME_WORDS; k++) {
      const n = NEXT_WORD.exec(lower);
      if (!n) break;
      node = node.next.get(foldName(n[1]!));
      if (!node) break;
      e = n.index + n[0].length;
      if (node.iso !== undefined) {
        best = e;
        bestIso = node.iso;
      }
    }
    if (best < 0 || best - s < 2) continue;
    parts.push(lower.slice(last, s), MASK_START + MASK_FILL.repeat(best - s - 1));
    at.set(s, bestIso);
    last = best;
    starts.lastIndex = best;
  }
  if (parts.length === 0) return { shadow: lower, at };
  parts.push(lower.slice(last));
  return { shadow: parts.join(''), at };
}

const COMBINING = /[\u0300-\u036f]/u;

/** Written forms of a folded word: old tone placement ("hoà" for "hòa") and ð for đ (cp1252 mojibake). */
function writtenForms(word: string): string[] {
  const forms = new Set([word]);
  const nfd = word.normalize('NFD');
  const tone = TONE_MARKS.exec(nfd)?.[0];
  if (tone) {
    const base = nfd.replace(TONE_MARKS_G, '');
    if (/(?:o[ae]|uy)$/u.test(base)) forms.add((base + tone).normalize('NFC'));
  }
  for (const f of [...forms]) if (f.includes('đ')) forms.add(f.replace(/đ/gu, '\u00f0'));
  return [...forms];
}

/**
 * A regex for the words that may start a name of `root`, over lower-cased NFC text. Built
 * once per set of first words: every document has its own map of names, but most hold the
 * same ones (the calendar's events of the same years), and a new regex costs a compile.
 */
const FIRST_WORDS = new Map<string, RegExp>();
/** The same, by trie: findDeadlines runs once per paragraph with the document's one trie. */
const FIRST_WORDS_OF_TRIE = new WeakMap<Trie, RegExp>();
function firstWordsOf(root: Trie): RegExp {
  let re = FIRST_WORDS_OF_TRIE.get(root);
  if (re) return re;
  const firsts = [...root.next.keys()];
  const key = firsts.join('\u0001');
  re = FIRST_WORDS.get(key);
  if (!re) {
    const forms = firsts.flatMap(writtenForms).sort((a, b) => b.length - a.length);
    re = forms.length === 0 ? /(?!)/gu : new RegExp(`(?<!${WORDC})(?:${forms.map(escapeRegExp).join('|')})(?!${WORDC})`, 'gu');
    if (FIRST_WORDS.size >= 256) FIRST_WORDS.clear();
    FIRST_WORDS.set(detached(key), re);
  }
  FIRST_WORDS_OF_TRIE.set(root, re);
  return re;
}

/** The map of names with folded keys, built once per map given. */
const FOLDED_MAPS = new WeakMap<ReadonlyMap<string, string>, Map<string, string>>();
const NO_NAMES: ReadonlyMap<string, string> = new Map();
function foldedNames(namedDates: ReadonlyMap<string, string> | undefined): Map<string, string> {
  const input = namedDates ?? NO_NAMES;
  let folded = FOLDED_MAPS.get(input);
  if (!folded) {
    folded = new Map();
    for (const [k, v] of input) folded.set(foldName(k), v);
    FOLDED_MAPS.set(input, folded);
  }
  return folded;
}

/**
 * The word trie of a map of names, built once per content: documents of the same years
 * share their calendar events, and a trie is only read once built. The most recently used
 * are kept, a few dozen: a document that names its own dates ("ngày bầu cử") has a set of
 * names no other document has, and keeping hundreds of those grew each parsing thread's
 * heap by some 4 MB over a long run for nothing.
 */
const TRIES = new Map<string, Trie>();
const MAX_TRIES = 32;
/** The same, by map: the signature is built once per map, not once per paragraph. */
const TRIES_OF_MAP = new WeakMap<ReadonlyMap<string, string>, Trie>();
function trieOf(named: ReadonlyMap<string, string>): Trie {
  const known = TRIES_OF_MAP.get(named);
  if (known) return known;
  let signature = '';
  for (const [key, iso] of named) signature += `${key}\u0001${iso}\u0002`;
  const cached = TRIES.get(signature);
  if (cached) {
    // Moved to the end of the map's order: the first key is the least recently used.
    TRIES.delete(signature);
    TRIES.set(signature, cached);
    TRIES_OF_MAP.set(named, cached);
    return cached;
  }
  const root: Trie = { next: new Map() };
  for (const [key, iso] of named) {
    const words = foldName(key).split(' ').filter(Boolean);
    if (words.length === 0 || words.length > MAX_NAME_WORDS) continue;
    let node = root;
    for (const wd of words) {
      let child = node.next.get(wd);
      if (!child) {
        child = { next: new Map() };
        node.next.set(wd, child);
      }
      node = child;
    }
    node.iso = iso;
  }
  if (TRIES.size >= MAX_TRIES) TRIES.delete(TRIES.keys().next().value as string);
  TRIES.set(signature, root);
  TRIES_OF_MAP.set(named, root);
  return root;
}

/**
 * Lower case with every UTF-16 offset unchanged. `toLowerCase` keeps the length of all
 * Vietnamese text; a character whose lower case is longer ("İ") is left as it is.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Candidates and refiners

interface Candidate {
  start: number;
  end: number;
  rule: string;
  /** Index of the rule in DEADLINE_RULES (ties go to the earlier rule); merged = ∞. */
  priority: number;
  value: DeadlineValue;
}

/** A refiner sees the original text and its lower-cased copy (same offsets). */
type Refiner = (cands: Candidate[], text: string, lower: string) => Candidate[];

// The engine's own copies (lastIndex is state). Same source and flags: V8 reuses the
// parsed pattern from its cache instead of parsing it again.
const RUN_RULES: ReadonlyArray<{ rule: DeadlineRule; re: RegExp; warmed: boolean }> = DEADLINE_RULES.map((rule) => ({
  rule,
  re: new RegExp(rule.pattern.source, rule.pattern.flags),
  warmed: false,
}));

/**
 * The anchors present in the text being read, found in one pass: a paragraph averages ~150
 * characters and holds few of the ~70 anchor words, and asking `includes` for each one
 * scanned it dozens of times (~5 % of a parse). One alternation of every anchor, longest
 * first, is tried at each offset: it reports the longest anchor starting there, and every
 * anchor inside that one is present too (ANCHOR_PARTS), so each occurrence is seen.
 */
const ANCHORS: readonly string[] = [...new Set(RUN_RULES.flatMap((e) => e.rule.anchors ?? []))].sort((a, b) => b.length - a.length);
const ANCHOR_SCAN = new RegExp(ANCHORS.map(escapeRegExp).join('|'), 'g');
const ANCHOR_PARTS: ReadonlyMap<string, readonly string[]> = new Map(ANCHORS.map((a) => [a, ANCHORS.filter((b) => a.includes(b))]));

function presentAnchors(text: string): Set<string> {
  const found = new Set<string>();
  ANCHOR_SCAN.lastIndex = 0;
  for (let m = ANCHOR_SCAN.exec(text); m; m = ANCHOR_SCAN.exec(text)) {
    if (!found.has(m[0])) for (const part of ANCHOR_PARTS.get(m[0]) ?? []) found.add(part);
    ANCHOR_SCAN.lastIndex = m.index + 1;
  }
  return found;
}

/** A cited document's number just before the phrase ("… số 17/KH-UBBC ngày …"). */
const CITATION_TAIL = new RegExp(
  String.raw`(?:\d{1,5}\s{0,6}[\/\-]\s{0,6}(?:\d{4}\s{0,6}[\/\-]\s{0,6})?[A-ZĐ][0-9A-Za-zĐđ&.\/\-]{0,40})` +
    String.raw`\s{0,6},?\s{0,6}(?:(?:được\s{1,6})?(?:ban\s{1,6}hành|ký|thông\s{1,6}qua)\s{1,6})?$`,
  'u',
);
/** A cited law or document named in the same clause, then "ban hành/ký/thông qua". */
const CITED_ACT_TAIL = /(?:ban\s{1,6}hành|ký|thông\s{1,6}qua)\s{1,6}$/u;
const CITED_TYPE = new RegExp(
  `(?<!${WORDC})(?:luật|bộ luật|hiến pháp|pháp lệnh|nghị quyết|nghị định|thông tư|quyết định|chỉ thị|kết luận|kế hoạch|công văn|thông báo|hướng dẫn|quy định|chương trình|đề án)(?!${WORDC})`,
  'u',
);
const BARE_DATE_START = /^(?:vào\s{1,6})?(?:ngày\s{1,6})?\d/u;

/** Refiner 1: a date that belongs to a citation is never a deadline. */
const dropCitationDates: Refiner = (cands, text, lower) =>
  cands.filter((c) => {
    const phrase = lower.slice(c.start, c.end);
    if (!BARE_DATE_START.test(phrase)) return true;
    const before = text.slice(Math.max(0, c.start - 160), c.start);
    const clause = before.split(/[.;\n]/u).pop() ?? '';
    if (CITATION_TAIL.test(clause)) return false;
    const lowerClause = lower.slice(c.start - clause.length, c.start);
    if (CITED_ACT_TAIL.test(lowerClause) && CITED_TYPE.test(lowerClause)) return false;
    return true;
  });

const UNTIL_START = new RegExp(`^(?:cho\\s{1,6})?(?:đến|tới)(?!${WORDC})`, 'u');
const GAP = /^\s{0,6},?\s{0,6}$/u;
// "đến khi kết thúc việc kiểm phiếu" ends at an event: the start is still a known "from".
const DANGLING_UNTIL = new RegExp(`^\\s{0,6},?\\s{0,6}(?:cho\\s{1,6})?(?:đến|tới)(?!${WORDC})(?!\\s{1,6}(?:khi|lúc)(?!${WORDC}))`, 'u');

/**
 * Refiner 2: "từ X" followed by "đến …Y" becomes one range (the range rules cover the
 * common shapes; this catches an end the range rules do not know, such as a period).
 * A "từ X" whose "đến …" could not be resolved is dropped: its end exists but is unknown,
 * so "from" would be wrong.
 */
const mergeFromUntil: Refiner = (cands, _text, text) => {
  const sorted = [...cands].sort((a, b) => a.start - b.start || b.end - a.end);
  const drop = new Set<Candidate>();
  const add: Candidate[] = [];
  // Candidates are sorted by start: the partner of sorted[i] starts within a short gap after
  // it, so a binary search plus a bounded scan keeps this linear in the candidate count.
  const firstAtOrAfter = (pos: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const c of sorted) {
    if (c.value.relation !== 'from') continue;
    let next: Candidate | undefined;
    for (let j = firstAtOrAfter(c.end); j < sorted.length && sorted[j]!.start <= c.end + 13; j++) {
      const n = sorted[j]!;
      if (n.value.relation === 'by' && GAP.test(text.slice(c.end, n.start)) && UNTIL_START.test(text.slice(n.start, n.end))) {
        next = n;
        break;
      }
    }
    if (next) {
      const date = c.value.date;
      const end = next.value.date;
      if (date != null && end != null && date.slice(0, 10) > (next.value.due ?? end)) {
        drop.add(c); // an inverted range: keep only its end
        continue;
      }
      add.push({
        start: c.start,
        end: next.end,
        rule: 'range-merge',
        priority: Number.MAX_SAFE_INTEGER,
        value: { ...next.value, relation: 'range', date, end, tentative: c.value.tentative || next.value.tentative },
      });
    } else if (DANGLING_UNTIL.test(text.slice(c.end, c.end + 40))) {
      drop.add(c);
    }
  }
  return [...cands.filter((c) => !drop.has(c)), ...add];
};

/** Refiner 3: overlapping candidates → the longest wins; a tie goes to the earlier rule. */
const removeOverlaps: Refiner = (cands) => {
  const sorted = [...cands].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.priority - b.priority);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) {
      kept.push(c);
      continue;
    }
    const lc = c.end - c.start;
    const ll = last.end - last.start;
    if (lc > ll || (lc === ll && c.priority < last.priority)) kept[kept.length - 1] = c;
  }
  return kept;
};

const TENTATIVE_TAIL = new RegExp(`(?<!${WORDC})dự\\s{1,6}kiến\\s{0,6}:?\\s{0,6}$`, 'u');
/** "dự kiến tổ chức bỏ phiếu sớm vào ngày 08/3/2026": a few words of the clause between; "đợt 2 (dự kiến) từ ngày …". */
const TENTATIVE_CLAUSE = new RegExp(`(?<!${WORDC})dự\\s{1,6}kiến(?:\\s{0,6}\\)|(?:,?\\s{1,6}[a-zà-ỹđ]{1,8}){1,6})\\s{0,6}$`, 'u');

/** Refiner 4: "dự kiến" just before a phrase (or a few words before, in its clause) makes it tentative; adjacent, it joins the phrase. */
const markTentative: Refiner = (cands, _text, text) =>
  cands.map((c) => {
    const before = text.slice(Math.max(0, c.start - 24), c.start);
    const m = TENTATIVE_TAIL.exec(before);
    if (m) return { ...c, start: c.start - (before.length - m.index), value: { ...c.value, tentative: true } };
    if (TENTATIVE_CLAUSE.test(text.slice(Math.max(0, c.start - 64), c.start))) return { ...c, value: { ...c.value, tentative: true } };
    // "từ ngày 10/6 đến ngày 12/6/2027 (dự kiến, theo lịch …)": the gloss right after it.
    if (TENTATIVE_AFTER.test(text.slice(c.end, c.end + 16))) return { ...c, value: { ...c.value, tentative: true } };
    return c;
  });
const TENTATIVE_AFTER = /^\s{0,3}\(\s{0,3}dự\s{1,3}kiến(?![a-zà-ỹ])/u;

/** "không để dồn … vào cuối năm", "tránh … trước ngày": a phrase in a negated clause binds nothing. */
// "không sử dụng con dấu trước ngày bầu cử", "nghiêm cấm … trước", "tránh …": a prohibition.
// ("phòng, tránh thiên tai" is prevention, no prohibition.)
// A bare "không" is not enough: "ký cam kết không lấn chiếm vỉa hè trong tháng 01/2026" dates
// the signing, and the negation is the content of the commitment.
const NEGATED_CLAUSE =
  /(?<![a-zà-ỹ])(?:(?:tuyệt\s{1,6}đối\s{1,6})không|không\s{1,6}(?:được|để|chờ|đợi|sử\s{1,6}dụng|dùng|cho\s{1,6}phép)|cấm|(?<!phòng,?\s{1,6})tránh|chưa\s{1,6}được)(?![a-zà-ỹ])[^,;.:!?]{0,80}$/u;
/** "những điều đảng viên không được làm": the name of a rule (Quy định 37-QĐ/TW), no prohibition. */
const NAMED_PROHIBITION = /(?<![a-zà-ỹ])những\s{1,6}điều\s{1,6}(?:đảng\s{1,6}viên|cán\s{1,6}bộ[^,;.:!?]{0,30}?)\s{1,6}không\s{1,6}được\s{1,6}làm(?![a-zà-ỹ])[^,;.:!?]{0,80}$/u;
function dropNegated(cands: Candidate[], _text: string, lower: string): Candidate[] {
  return cands.filter((c) => {
    const before = lower.slice(Math.max(0, c.start - 100), c.start);
    const negated = NEGATED_CLAUSE.exec(before);
    if (negated === null || NAMED_PROHIBITION.test(before)) return true;
    // "thực hiện lệnh cấm biển từ 19 giờ 00 ngày 22/9/2027", "cấm … từ ngày X đến ngày Y": when a
    // ban is in force, which a clerk needs ("không để dồn … vào cuối năm" still binds nothing).
    // ("trẻ em … chưa được tiêm đủ mũi từ ngày 18/10 đến ngày 29/10/2027": a clause that
    // describes whom the work is for, and the span is the work's.)
    return (c.value.relation === 'from' || c.value.relation === 'range') && /^(?:cấm|chưa\s{1,6}được)/u.test(negated[0]);
  });
}

/**
 * "sơ kết 6 tháng (trước ngày 15-6) và tổng kết năm (trước ngày 15-11) hằng năm": a day and
 * month without a year, followed in the same clause by "hằng năm", recur every year.
 */
const YEARLY_AFTER = /^[^.;!?\n]{0,100}?(?<![a-zà-ỹ])(?:hằng|hàng|mỗi)\s{1,6}năm(?![a-zà-ỹ])/u;
const yearlyByContext: Refiner = (cands, text, lower) => {
  const out: Candidate[] = [];
  const consumed = new Set<Candidate>();
  for (const c of cands) {
    const v = c.value;
    const dm = (v.relation === 'before' || v.relation === 'by') && v.date !== null && /^\d{4}-\d{2}-\d{2}$/u.test(v.date) && !/\d{4}/u.test(text.slice(c.start, c.end));
    const after = dm ? YEARLY_AFTER.exec(lower.slice(c.end, c.end + 140)) : null;
    // "báo cáo … định kỳ 6 tháng (trước ngày 15/6 và 15/12)": the half-year's days, every year.
    const halfBefore = dm && !after ? HALF_YEARLY_BEFORE.test(lower.slice(Math.max(0, c.start - 40), c.start)) : false;
    if (!dm || (!after && !halfBefore)) {
      out.push(c);
      continue;
    }
    const [, month, day] = (v.date as string).split('-').map(Number);
    // "trước ngày 10/6 và 10/12 hằng năm": the same day of a second month, one schedule.
    const more = AND_DAY_MONTH.exec(lower.slice(c.end, c.end + 40));
    const months = more && Number(more[1]) === day && Number(more[2]) >= 1 && Number(more[2]) <= 12 ? [month, Number(more[2])] : [month];
    out.push({ ...c, rule: `${c.rule}+yearly`, value: { ...v, relation: 'recurring', date: null, due: null, rrule: `FREQ=YEARLY;BYMONTH=${months.join(',')};BYMONTHDAY=${day}` } });
    if (after) {
      // The bare "hằng năm" read on its own is part of this phrase now.
      const yearlyStart = c.end + after[0].length - 8;
      for (const o of cands) if (o.value.rrule === 'FREQ=YEARLY' && o.start >= c.end && o.start <= yearlyStart + 8) consumed.add(o);
    } else {
      // So is the bare "định kỳ 6 tháng" before it.
      for (const o of cands) if (o.value.rrule === 'FREQ=MONTHLY;INTERVAL=6' && o.end <= c.start && o.end >= c.start - 12) consumed.add(o);
    }
  }
  return mergeYearlyDays(out.filter((c) => !consumed.has(c)), lower);
};

/** "định kỳ 6 tháng (", "06 tháng một lần:" just before a day and month. */
const HALF_YEARLY_BEFORE = /(?:định\s{1,6}kỳ\s{1,6}0?6\s{1,6}tháng(?:\s{1,6}(?:một|1)\s{1,6}lần)?|0?6\s{1,6}tháng\s{1,6}(?:một|1)\s{1,6}lần)\s{0,6}[(:,]?\s{0,6}$/u;

/** "… và 10/12", "… và trước ngày 15 tháng 12": a second day and month right after a phrase. */
const AND_DAY_MONTH = /^\s{0,6}(?:và|,)\s{0,6}(?:(?:trước|chậm\s{1,6}nhất(?:\s{1,6}là)?)\s{1,6})?(?:ngày\s{1,6})?(\d{1,2})\s{0,3}(?:[\/\-]|\s{1,3}tháng\s{1,3})\s{0,3}(\d{1,2})(?![\d\/])/u;

/**
 * "(trước ngày 15 tháng 6 và trước ngày 15 tháng 12 hằng năm)": yearly days listed together
 * ("và" or "," between them) that share the day of the month are one schedule (BYMONTH=6,12).
 * Two reports that happen to share it ("sơ kết (trước ngày 15-6) và tổng kết năm (trước ngày
 * 15-11)") stay two.
 */
function mergeYearlyDays(cands: Candidate[], lower: string): Candidate[] {
  const yearly = /^FREQ=YEARLY;BYMONTH=([\d,]+);BYMONTHDAY=(\d{1,2})$/u;
  const drop = new Set<Candidate>();
  const sorted = [...cands].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as Candidate;
    const ma = yearly.exec(a.value.rrule ?? '');
    if (!ma || drop.has(a)) continue;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as Candidate;
      const mb = yearly.exec(b.value.rrule ?? '');
      if (!mb || mb[2] !== ma[2] || !/^\s{0,6}(?:và|,)\s{0,6}$/u.test(lower.slice(a.end, b.start))) continue;
      const months = [...new Set([...(ma[1] as string).split(','), ...(mb[1] as string).split(',')].map(Number))].sort((x, y) => x - y);
      a.value = { ...a.value, rrule: `FREQ=YEARLY;BYMONTH=${months.join(',')};BYMONTHDAY=${ma[2]}` };
      ma[1] = months.join(',');
      drop.add(b);
    }
  }
  return cands.filter((c) => !drop.has(c));
}

const DAY_ISO = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * Refiner 6: a clock time written without a day ("time-of-day") takes the day of the
 * nearest earlier phrase of its sentence ("Trong ngày bầu cử, … theo 03 mốc: trước 10 giờ 00,
 * trước 14 giờ 00 và trước 19 giờ 00" → three limits on election day). A day phrase that
 * only frames the sentence ("Trong ngày bầu cử,") is then not a deadline of its own. A time
 * with no day in its sentence is dropped: it cannot be put on a calendar.
 */
const anchorTimes: Refiner = (cands, _text, lower) => {
  if (!cands.some((c) => c.rule === 'time-of-day')) return cands;
  const sorted = [...cands].sort((a, b) => a.start - b.start);
  const drop = new Set<Candidate>();
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i] as Candidate;
    if (c.rule !== 'time-of-day') continue;
    let anchor: Candidate | undefined;
    for (let k = i - 1; k >= 0; k--) {
      const a = sorted[k] as Candidate;
      if (c.start - a.end > 400 || /[.!?\n]/u.test(lower.slice(a.end, c.start))) break;
      if (!drop.has(a) && (a.value.relation === 'on' || a.value.relation === 'by' || a.rule === 'time-of-day') && DAY_ISO.test(a.value.date ?? '')) {
        anchor = a;
        break;
      }
    }
    if (!anchor) {
      drop.add(c);
      continue;
    }
    const day = anchor.value.date as string;
    sorted[i] = { ...c, value: { ...c.value, date: day, due: day } };
    const opensSentence = anchor.start === 0 || /[.!?:\n]\s{0,6}$/u.test(lower.slice(Math.max(0, anchor.start - 8), anchor.start));
    if (anchor.rule !== 'time-of-day' && opensSentence && /^\s{0,2},/u.test(lower.slice(anchor.end, anchor.end + 3))) drop.add(anchor);
  }
  return sorted.filter((c) => !drop.has(c));
};

/**
 * Refiner 7: "chậm nhất ngày 03/02/2026 (40 ngày trước ngày bầu cử)", "… đến hết ngày
 * 12/02/2027 (tức đến hết mùng 7 tháng Giêng …)" — a parenthesis right after a phrase that
 * gives the same day restates it; it is not a second limit.
 */
/** What opens a restating parenthesis: "(", "(tức", "(tức là", "(nhằm". */
const RESTATING = /^\s{0,6}\(\s{0,6}(?:(?:tức(?:\s{1,6}là)?|nhằm)\s{1,6})?$/u;
const dropRestatements: Refiner = (cands, _text, lower) => {
  const sorted = [...cands].sort((a, b) => a.start - b.start);
  return sorted.filter((c, i) => {
    const prev = sorted[i - 1];
    if (!prev || !RESTATING.test(lower.slice(prev.end, c.start))) return true;
    return c.value.due == null || c.value.due !== prev.value.due;
  });
};

/**
 * "hằng tháng tổng hợp …, báo cáo … vào ngày làm việc cuối cùng của tháng": a bare frequency
 * and, in the same sentence, a recurrence of that frequency that says when are one schedule;
 * the bare one goes.
 */
/**
 * Whether `rule` says when within the frequency `bare` does: "FREQ=MONTHLY;BYMONTHDAY=20"
 * refines "FREQ=MONTHLY", and each quarter's month and day ("FREQ=YEARLY;BYMONTH=3,6,9,12;
 * BYMONTHDAY=18") refines "hằng quý" ("FREQ=MONTHLY;INTERVAL=3").
 */
const QUARTERLY = 'FREQ=MONTHLY;INTERVAL=3';
const HALF_YEARLY = 'FREQ=MONTHLY;INTERVAL=6';
/** Frequencies written with an interval that still say nothing of the day: "hằng quý", "định kỳ 6 tháng". */
const BARE_INTERVALS = new Set([QUARTERLY, HALF_YEARLY]);

function refines(rule: string | null | undefined, bare: string): boolean {
  if (!rule) return false;
  if (rule.startsWith(`${bare};`)) return true;
  if (bare === QUARTERLY) return /^FREQ=YEARLY;BYMONTH=\d{1,2}(?:,\d{1,2}){3};/u.test(rule);
  return bare === HALF_YEARLY && /^FREQ=YEARLY;BYMONTH=\d{1,2},\d{1,2};/u.test(rule);
}

const dropVagueRecurrence: Refiner = (cands, _text, lower) =>
  cands.filter((c) => {
    const rrule = c.value.rrule;
    if (c.value.relation !== 'recurring' || rrule === null || (rrule.includes(';') && !BARE_INTERVALS.has(rrule)) || c.value.time !== null) return true;
    return !cands.some((o) => {
      if (o === c || o.value.relation !== 'recurring' || !refines(o.value.rrule, rrule)) return false;
      const between = lower.slice(Math.min(c.end, o.end), Math.max(c.start, o.start));
      return !/[.;]/u.test(between);
    });
  });

/**
 * "Hằng tháng … ; các cơ quan gửi báo cáo trước ngày 22": a bare monthly frequency, and later in
 * its sentence a day with no month ("trước ngày 22", "chậm nhất ngày 25"), which alone names
 * no date: the day of each month the schedule falls on.
 */
const DAY_NO_MONTH = String.raw`(?<![a-zà-ỹđ])(?:trước|chậm\s{1,3}nhất(?:\s{1,3}(?:là|vào))?|vào)\s{1,3}ngày\s{1,3}(\d{1,2})(?![\d\/\-]|\.\d|\s{0,3}(?:tháng|\())`;
// (a wrapped line goes on; a blank line ends the sentence)
const DAY_LATER_IN_SENTENCE = new RegExp(String.raw`^(?:[^.\n]|\n(?!\s*\n)){0,160}?${DAY_NO_MONTH}`, 'u');
const DAY_ANYWHERE = new RegExp(DAY_NO_MONTH, 'u');

/** A bare monthly rule made that day of each month, or the rule unchanged. */
function onDayOfMonth(c: { value: DeadlineValue }, m: RegExpExecArray | null): DeadlineValue {
  const day = m ? Number(m[1]) : 0;
  // (a day with its month — "trước ngày 22/5", "ngày 22 tháng 5" — is a date of its own)
  if (c.value.relation !== 'recurring' || c.value.rrule !== 'FREQ=MONTHLY' || c.value.time !== null || day < 1 || day > 31) return c.value;
  return { ...c.value, rrule: `FREQ=MONTHLY;BYMONTHDAY=${day}` };
}

const monthlyDay: Refiner = (cands, _text, lower) =>
  cands.map((c) => (c.value.rrule === 'FREQ=MONTHLY' ? { ...c, value: onDayOfMonth(c, DAY_LATER_IN_SENTENCE.exec(lower.slice(c.end, c.end + 200))) } : c));

/**
 * A table row whose time cell says "Hằng tháng" and whose content says "… gửi báo cáo trước
 * ngày 22": the day of each month (see monthlyDay). `content` lower-cased or not.
 */
export function monthlyOnContentDay(value: DeadlineValue, content: string): DeadlineValue {
  return value.rrule === 'FREQ=MONTHLY' ? onDayOfMonth({ value }, DAY_ANYWHERE.exec(lowerSameLength(content))) : value;
}

/**
 * "trong 02 năm qua", "trong một năm triển khai Nghị quyết 09", "thu nhập … trong 12 tháng
 * trước thời điểm rà soát", "giấy … cấp trong thời hạn 06 tháng tính đến ngày nộp": a span of
 * the past the document looks back on, not a time limit.
 */
const RETROSPECTIVE_AFTER = /^\s{1,3}(?:qua|vừa\s{1,3}qua|gần\s{1,3}đây|trước\s{1,3}(?:thời\s{1,3}điểm|ngày\s{1,3}(?:rà\s{1,3}soát|điều\s{1,3}tra|thống\s{1,3}kê))|tính\s{1,3}đến|(?:triển\s{1,3}khai|thực\s{1,3}hiện)\s{1,3}(?:nghị\s{1,3}quyết|chỉ\s{1,3}thị|kết\s{1,3}luận|quyết\s{1,3}định|kế\s{1,3}hoạch|đề\s{1,3}án|chương\s{1,3}trình|luật|cuộc\s{1,3}vận\s{1,3}động|phong\s{1,3}trào))(?![a-zà-ỹ])/u;
const dropRetrospective: Refiner = (cands, _text, lower) =>
  cands.filter((c) => c.value.relation !== 'within' || c.value.date !== null || !RETROSPECTIVE_AFTER.test(lower.slice(c.end, c.end + 40)));

/**
 * "Chi bộ đã lãnh đạo hoàn thành thu quỹ … trước ngày 25/3" in a report of April: a clause in
 * the past ("đã") whose date, written without a year, would only be ahead of the document by
 * moving it to next year. It reports what was done; it sets no deadline.
 */
const PAST_IN_CLAUSE = /(?<![a-zà-ỹđ])đã\s{1,3}(?!được\s)[^.;:!?\n]{0,160}$/u;
const YEAR_WRITTEN = /(?:19|20)\d{2}(?!\d)/u;
function dropPastReports(cands: Candidate[], lower: string, doc: DateContext): Candidate[] {
  if (doc.year === null) return cands;
  const rolled = String(doc.year + 1);
  return cands.filter((c) => {
    const date = c.value.date ?? c.value.due;
    if (date == null || !date.startsWith(rolled) || YEAR_WRITTEN.test(lower.slice(c.start, c.end))) return true;
    return !PAST_IN_CLAUSE.test(lower.slice(Math.max(0, c.start - 160), c.start));
  });
}

/**
 * "trước ngày 10/3 âm lịch", "ngày 15 tháng 8 (âm lịch)": a day and month read as the solar
 * calendar's are a lunar date; only the lunar rule may read them (a wrong date is worse
 * than none).
 */
const LUNAR_AFTER = /^\s{0,3}\(?\s{0,3}(?:âm\s{1,3}lịch|âl)(?![a-zà-ỹ])/u;
const dropSolarMisreads: Refiner = (cands, _text, lower) =>
  cands.filter((c) => c.rule === 'lunar-date' || !LUNAR_AFTER.test(lower.slice(c.end, c.end + 16)));

/**
 * Refiner 5b: "báo cáo 02 lần/ngày (trước 7 giờ và 15 giờ)", "trước 7 giờ và 15 giờ hằng ngày",
 * "hằng ngày trước 7 giờ và trước 15 giờ": the clock times listed right next to a daily
 * schedule are its times, one daily schedule each (a deadline holds one time).
 */
const CLOCK = String.raw`(?:(?:trước|vào|lúc|chậm\s{1,6}nhất)\s{1,6})?(\d{1,2})\s{0,3}(?:giờ|h|g)(?:\s{0,3}(\d{2})(?!\d)(?:\s{0,3}phút)?)?(?![a-zà-ỹ\d])`;
const TIMES_AFTER = new RegExp(String.raw`^\s{0,3}(?:\(|(?:và|,))?\s{0,3}${CLOCK}(?:\s{0,3}(?:và|,|;)\s{0,3}${CLOCK}){0,3}(?:\s{0,3}\))?`, 'u');
const TIMES_BEFORE = new RegExp(String.raw`${CLOCK}(?:\s{0,3}(?:và|,)\s{0,3}${CLOCK}){0,3}\s{0,3}$`, 'u');
const CLOCK_G = new RegExp(CLOCK, 'gu');
/** "… trước 16 giờ 00" after a daily schedule in the same clause (no date after the hour). */
const TIME_LATER = new RegExp(String.raw`^[^.;:
]{0,80}?(?<![a-zà-ỹđ])(?:trước|chậm\s{1,3}nhất(?:\s{1,3}(?:lúc|vào))?)\s{1,3}(${CLOCK})(?!\s{0,3}(?:,\s{0,3})?(?:ngày|thứ|\d))`, 'u');

function clockTimes(segment: string): string[] {
  const out: string[] = [];
  CLOCK_G.lastIndex = 0;
  for (let m = CLOCK_G.exec(segment); m; m = CLOCK_G.exec(segment)) {
    const h = Number(m[1]);
    const mi = Number(m[2] ?? '0');
    if (h <= 23 && mi <= 59) out.push(`${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`);
  }
  return out;
}

const dailyTimes: Refiner = (cands, _text, lower) => {
  // (and a weekly day's: "vào thứ Sáu hằng tuần (trước 16 giờ 30)")
  const daily = cands.filter((c) => c.value.relation === 'recurring' && (c.value.rrule === 'FREQ=DAILY' || (c.value.time === null && /^FREQ=WEEKLY;BYDAY=[A-Z]{2}$/u.test(c.value.rrule ?? ''))));
  if (daily.length === 0) return cands;
  const drop = new Set<Candidate>();
  const add: Candidate[] = [];
  for (const c of daily) {
    const after = TIMES_AFTER.exec(lower.slice(c.end, c.end + 80));
    const before = after ? null : TIMES_BEFORE.exec(lower.slice(Math.max(0, c.start - 80), c.start));
    const span = after ? { start: c.end, end: c.end + after[0].length } : before ? { start: c.start - before[0].length, end: c.start } : null;
    if (!span) {
      // "báo cáo … hằng ngày về Công an tỉnh (qua Phòng PC06) trước 16 giờ 00": the hour the
      // daily report is due, later in the same clause.
      const later = c.value.time === null ? TIME_LATER.exec(lower.slice(c.end, c.end + 100)) : null;
      const time = later ? clockTimes(later[1] ?? '')[0] : undefined;
      if (!later || time === undefined) continue;
      const from = c.end + later.index + later[0].length - (later[1] ?? '').length;
      for (const o of cands) if (o !== c && o.rule === 'time-of-day' && o.start >= c.end && o.start <= from + 1) drop.add(o);
      drop.add(c);
      add.push({ ...c, value: { ...c.value, time } });
      continue;
    }
    // (times that another phrase has read — "10/3/2011h 00": a year glued to the hour — stay its)
    if (cands.some((o) => o !== c && o.rule !== 'time-of-day' && o.start < span.end && o.end > span.start)) continue;
    const times = clockTimes(lower.slice(span.start, span.end));
    const own = c.value.time;
    const all = [...new Set(own ? [own, ...times] : times)];
    if (all.length === 0 || (own && all.length === 1)) continue;
    for (const o of cands) if (o !== c && o.rule === 'time-of-day' && o.start >= span.start && o.end <= span.end) drop.add(o);
    drop.add(c);
    // The first one spans the whole phrase, times included; the others repeat the schedule.
    all.forEach((time, k) => add.push({ ...c, start: k === 0 ? Math.min(c.start, span.start) : c.start, end: k === 0 ? Math.max(c.end, span.end) : c.end, value: { ...c.value, time } }));
  }
  return [...cands.filter((c) => !drop.has(c)), ...add];
};

/**
 * "kế hoạch phát triển kinh tế - xã hội hằng năm", "chương trình kiểm tra, giám sát hằng năm":
 * a bare "hằng năm" after the name of a plan or programme says which plan (the yearly one),
 * not that work recurs. One after an act ("báo cáo … hằng năm", "tổ chức … hằng năm") stays.
 */
const PLAN_BEFORE = /(?<![a-zà-ỹđ])(?:chương\s{1,3}trình|kế\s{1,3}hoạch|nghị\s{1,3}quyết|dự\s{1,3}toán)(?![a-zà-ỹđ])[^.;:()]{0,60}$/u;
const ACT_BETWEEN = /(?<![a-zà-ỹđ])(?:báo\s{1,3}cáo|tổ\s{1,3}chức|tổng\s{1,3}kết|sơ\s{1,3}kết|gửi|ban\s{1,3}hành|thực\s{1,3}hiện|triển\s{1,3}khai|đánh\s{1,3}giá|xây\s{1,3}dựng)(?![a-zà-ỹđ])/u;
const dropAttributiveYearly: Refiner = (cands, _text, lower) =>
  cands.filter((c) => {
    if (c.value.rrule !== 'FREQ=YEARLY' || !/^(?:hằng|hàng)\s{1,3}năm$/u.test(lower.slice(c.start, c.end))) return true;
    const window = lower.slice(Math.max(0, c.start - 80), c.start);
    // "kê khai tài sản, thu nhập hằng năm": the annual declaration the law names (Luật Phòng,
    // chống tham nhũng, Điều 33), a kind of declaration.
    if (/tài\s{1,3}sản,?\s{1,3}thu\s{1,3}nhập\s{1,3}$/u.test(window)) return false;
    // "gắn … với việc kiểm điểm, đánh giá, xếp loại … hằng năm": the yearly review the work
    // is tied to, not work repeated.
    if (TIED_TO_BEFORE.test(window)) return false;
    const before = PLAN_BEFORE.exec(window);
    return before === null || ACT_BETWEEN.test(before[0]);
  });
/**
 * "người đang hưởng trợ cấp xã hội hằng tháng", "lương hưu hằng tháng": a bare "hằng tháng"
 * a few words after money paid monthly says which payment, not that work recurs.
 */
const PAID_MONTHLY_BEFORE = /(?<![a-zà-ỹđ])(?:trợ\s{1,3}cấp|phụ\s{1,3}cấp|lương|thu\s{1,3}nhập|sinh\s{1,3}hoạt\s{1,3}phí|học\s{1,3}bổng|tiền\s{1,3}ăn)(?:\s{1,3}[a-zà-ỹđ]{1,7}){0,4}\s{1,3}$/u;
/**
 * "đưa kết quả vào nội dung sinh hoạt chi bộ hằng tháng", "hướng dẫn nội dung sinh hoạt chuyên
 * đề hằng quý": the meeting a noun names by its cadence, not work repeated ("Chi bộ sinh hoạt
 * hằng tháng" is, and stays).
 */
const MEETING_NAMED_BEFORE = /(?<![a-zà-ỹđ])(?:nội\s{1,3}dung|kỳ|buổi|việc|chất\s{1,3}lượng|về)\s{1,3}sinh\s{1,3}hoạt(?:\s{1,3}[a-zà-ỹđ]{1,7}){0,3}\s{1,3}$/u;
const dropAttributiveMonthly: Refiner = (cands, _text, lower) =>
  cands.filter((c) => {
    if (c.value.rrule !== 'FREQ=MONTHLY' && c.value.rrule !== 'FREQ=MONTHLY;INTERVAL=3') return true;
    if (!/^(?:hằng|hàng)\s{1,3}(?:tháng|quý)$/u.test(lower.slice(c.start, c.end))) return true;
    const before = lower.slice(Math.max(0, c.start - 60), c.start);
    return !(MEETING_NAMED_BEFORE.test(before) || (c.value.rrule === 'FREQ=MONTHLY' && PAID_MONTHLY_BEFORE.test(before)));
  });
const TIED_TO_BEFORE = /(?<![a-zà-ỹđ])với\s{1,3}(?:việc\s{1,3})?(?:kiểm\s{1,3}điểm|đánh\s{1,3}giá|xếp\s{1,3}loại|bình\s{1,3}xét)(?![a-zà-ỹđ])[^.;:()]{0,70}$/u;

/**
 * "trong Tuần lễ Quốc gia không thuốc lá (từ ngày 25-5 đến ngày 31-5 hằng năm)": the dates in
 * parentheses after a named observance say when it falls; they bind nothing. The phrase, and a
 * "hằng năm" read on its own inside the same parentheses, are dropped.
 */
const OBSERVANCE_BEFORE = px(/(?:Tuần\s{1,3}lễ|Tháng|Ngày|Năm)\s{1,3}\p{Lu}[^()\n.;]{0,80}\(\s{0,3}$/u);
const dropObservanceDates: Refiner = (cands, text) =>
  cands.filter((c) => {
    // Bounded windows: a long text without parentheses costs nothing per phrase.
    const lo = Math.max(0, c.start - 60);
    const inside = text.slice(lo, c.start).lastIndexOf('(');
    const open = inside < 0 ? -1 : lo + inside;
    // Only bare dates there: "(dự kiến ngày 28/02/2027)", "(trước ngày …)" still schedule the work.
    if (open < 0 || text.slice(open, c.start).includes(')') || !/^\s{0,3}(?:từ|ngày|\d)/iu.test(text.slice(open + 1, open + 8))) return true;
    if (!text.slice(c.end, c.end + 21).includes(')')) return true;
    return !OBSERVANCE_BEFORE.test(text.slice(Math.max(0, open - 100), open + 1));
  });

/**
 * "đăng ký lịch làm việc … tuần 24 (từ ngày 14/6 đến ngày 20/6/2027)": the dates in parentheses
 * after a numbered week that a noun names ("lịch … tuần 24", "kế hoạch tuần 36") say which week
 * is meant; they bind nothing. "Tuần 1 (từ 03/5 …):" opening a line, or "trong tuần 1 (…)", is
 * when the work is done and stays.
 */
const NAMED_WEEK_BEFORE = px(/(?<![\p{L}])(\p{Ll}{1,12})\s{1,3}tuần\s{1,3}(?:thứ\s{1,3})?\d{1,2}(?:\s{1,3}năm\s{1,3}\d{4})?\s{0,3}\(\s{0,3}$/u);
const TIME_WORDS_BEFORE_WEEK = new Set(['trong', 'vào', 'từ', 'đến', 'tới', 'trước', 'sau', 'cuối', 'đầu', 'giữa', 'hết', 'các', 'mỗi', 'hằng', 'hàng']);
const dropNamedWeeks: Refiner = (cands, text) =>
  cands.filter((c) => {
    if (c.value.relation !== 'range' && c.value.relation !== 'from') return true;
    const m = NAMED_WEEK_BEFORE.exec(text.slice(Math.max(0, c.start - 60), c.start));
    if (!m || TIME_WORDS_BEFORE_WEEK.has(m[1] ?? '')) return true;
    return !text.slice(c.end, c.end + 6).includes(')');
  });

/**
 * "Nghị quyết này đã được Đại hội nhất trí thông qua lúc 16 giờ 30 phút ngày 20-3-2027": when a
 * text was adopted, said in the passive; no deadline ("trình … thông qua tại kỳ họp" still is).
 */
const ADOPTED_BEFORE = /(?<![a-zà-ỹđ])được\s[^.;\n]{0,120}?thông\s{1,3}qua\s{0,3}(?:vào\s{1,3}|tại\s{1,3})?$/u;
const dropAdoptionDates: Refiner = (cands, _text, lower) =>
  cands.filter((c) => !ADOPTED_BEFORE.test(lower.slice(Math.max(0, c.start - 160), c.start)));

/**
 * "Dự kiến tổ chức Lễ công bố vào ngày 22/12/2027": a named day and its date read side by side
 * are one deadline, not two (the first phrase's flags, and the span of both).
 */
const mergeSameNeighbours: Refiner = (cands, text) => {
  const sorted = [...cands].sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const prev = out[out.length - 1];
    const v = c.value;
    const p = prev?.value;
    const same = p !== undefined && p.relation === v.relation && p.date === v.date && (p.end ?? null) === (v.end ?? null) && (p.time ?? null) === (v.time ?? null) && (p.rrule ?? null) === (v.rrule ?? null);
    if (prev && same && v.date !== null && c.start >= prev.end && /^\s{0,3}$/u.test(text.slice(prev.end, c.start))) {
      out[out.length - 1] = { ...prev, end: c.end, value: { ...p, tentative: p.tentative || v.tentative } };
      continue;
    }
    out.push(c);
  }
  return out;
};

/**
 * "vào tháng 12-2027 (dự kiến ngày 22-12-2027)": a month, then the day in it in parentheses:
 * one deadline, the day's.
 */
const dropMonthNamedByDay: Refiner = (cands, text) => {
  const sorted = [...cands].sort((a, b) => a.start - b.start);
  const drop = new Set<Candidate>();
  for (let k = 0; k + 1 < sorted.length; k++) {
    const month = sorted[k] as Candidate;
    const day = sorted[k + 1] as Candidate;
    const m = month.value.date;
    if (m === null || m.length !== 7 || day.value.date === null || !day.value.date.startsWith(`${m}-`)) continue;
    if (month.value.relation !== 'by' && month.value.relation !== 'on') continue;
    if (!/^\s{0,3}\(\s{0,3}(?:dự\s{1,3}kiến\s{1,3}|cụ\s{1,3}thể\s{1,3})?$/iu.test(text.slice(month.end, day.start))) continue;
    drop.add(month);
  }
  return drop.size === 0 ? cands : cands.filter((c) => !drop.has(c));
};

/**
 * "định kỳ 6 tháng, 01 năm tổng hợp, báo cáo": the six-monthly report and the yearly one, two
 * schedules (as "6 tháng, hằng năm" is).
 */
const YEAR_AFTER_INTERVAL = /^\s{0,3}(?:,|và)\s{0,3}(?:01|1|một)\s{1,3}năm(?![a-zà-ỹđ\d])(?!\s{1,3}\d)/u;
const yearAfterInterval: Refiner = (cands, _text, lower) => {
  const add: Candidate[] = [];
  for (const c of cands) {
    if (c.rule !== 'recurring-interval' || !(c.value.rrule ?? '').startsWith('FREQ=MONTHLY')) continue;
    const m = YEAR_AFTER_INTERVAL.exec(lower.slice(c.end, c.end + 16));
    if (!m) continue;
    const start = c.end + m[0].length - m[0].trimStart().replace(/^(?:,|và)\s{0,3}/u, '').length;
    if (cands.some((o) => o.start < c.end + m[0].length && o.end > start)) continue;
    add.push({ ...c, start, end: c.end + m[0].length, value: { ...c.value, rrule: 'FREQ=YEARLY' } });
  }
  return add.length === 0 ? cands : [...cands, ...add];
};

export const REFINERS: readonly Refiner[] = [dropSolarMisreads, dropCitationDates, dropNegated, mergeFromUntil, removeOverlaps, dailyTimes, anchorTimes, dropRestatements, yearlyByContext, monthlyDay, dropVagueRecurrence, dropRetrospective, dropObservanceDates, dropNamedWeeks, dropAdoptionDates, dropAttributiveYearly, dropAttributiveMonthly, markTentative, mergeSameNeighbours, dropMonthNamedByDay, yearAfterInterval];

/** How far apart a named day and its written date may stand in one clause. */
const RESTATED_REACH = 160;

/**
 * "phát hành tại Hội nghị triển khai Kế hoạch tổ chức vào ngày 24-3-2027 (sau đây gọi là Hội
 * nghị triển khai)": a named day and its own date written in the same sentence are one
 * event; the date as written is kept (its relation is the one the text says), the mention
 * of the name dropped.
 */
function dropRestatedNames(cands: Candidate[], at: ReadonlyMap<number, string>, lower: string): Candidate[] {
  if (at.size === 0 || cands.length < 2) return cands;
  const mentions = [...at.keys()].sort((a, b) => a - b);
  const sorted = [...cands].sort((a, b) => a.start - b.start);
  // Whether each candidate (in start order) spans a mention: one pass over both sorted lists.
  const named: boolean[] = [];
  let k = 0;
  for (const c of sorted) {
    while (k < mentions.length && (mentions[k] as number) < c.start) k++;
    named.push(k < mentions.length && (mentions[k] as number) < c.end);
  }
  const drop = new Set<Candidate>();
  const twinOf = (c: Candidate, d: Candidate): boolean =>
    d.value.date !== null && d.value.date === c.value.date && !/[.;\n]/u.test(lower.slice(Math.min(c.end, d.end), Math.max(c.start, d.start)));
  sorted.forEach((c, i) => {
    if (!named[i] || c.value.date === null) return;
    // Neighbours within reach only: the scan stops at the first candidate too far away.
    for (let j = i - 1; j >= 0 && c.start - (sorted[j] as Candidate).end <= RESTATED_REACH; j--) {
      if (!named[j] && twinOf(c, sorted[j] as Candidate)) return void drop.add(c);
    }
    for (let j = i + 1; j < sorted.length && (sorted[j] as Candidate).start - c.end <= RESTATED_REACH; j++) {
      if (!named[j] && twinOf(c, sorted[j] as Candidate)) return void drop.add(c);
    }
  });
  return drop.size === 0 ? cands : cands.filter((c) => !drop.has(c));
}

/**
 * All deadline phrases in `text`, in order, non-overlapping. `namedDates` maps a folded
 * name (`foldName`) to an ISO date; definitions inside `text` itself are used too.
 */
export function findDeadlines(text: string, ctx: DateContext, namedDates?: ReadonlyMap<string, string>): DeadlineMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const doc: DateContext = { year: ctx?.year ?? null, month: ctx?.month ?? null, day: ctx?.day ?? null };
  let named = foldedNames(namedDates);
  const local = findNamedDates(text, doc);
  if (local.length > 0) {
    named = new Map(named);
    for (const d of local) {
      const key = foldName(d.name);
      if (!named.has(key)) named.set(key, d.date);
    }
  }
  // The masked copy must not contain mask characters of its own.
  const clean = text.includes(MASK_START) || text.includes(MASK_FILL) ? text.replace(/[\uE000\uE001]/gu, '\uFFFD') : text;
  // One lower-cased copy serves the masking, the rules (masked) and the refiners.
  const lower = lowerSameLength(clean);
  const { shadow, at } = maskNamedMentions(lower, named);
  const rctx: RuleContext = { doc, text, named: (offset) => at.get(offset) ?? null };

  let cands: Candidate[] = [];
  // Rules share anchor words ("từ", "trong", "năm"): found once per text.
  const present = presentAnchors(shadow);
  const has = (a: string): boolean => present.has(a);
  RUN_RULES.forEach((entry, priority) => {
    const { rule, re } = entry;
    if (rule.maxLength !== undefined && shadow.length > rule.maxLength) return;
    if (rule.anchors && !rule.anchors.some(has)) return;
    if (rule.anchorPattern && !rule.anchorPattern.test(shadow)) return;
    if (!entry.warmed) {
      warm(re);
      entry.warmed = true;
    }
    re.lastIndex = 0;
    for (let m = re.exec(shadow); m; m = re.exec(shadow)) {
      if (m[0].length === 0) {
        re.lastIndex = m.index + 1;
        continue;
      }
      let v: DeadlineValue | null = null;
      try {
        v = rule.build(m, rctx);
      } catch {
        v = null; // a rule never takes the engine down; a declined match is no match
      }
      if (v) cands.push({ start: m.index, end: m.index + m[0].length, rule: rule.name, priority, value: v });
      else re.lastIndex = m.index + 1; // declined: let a shorter reading at the next position try
    }
  });
  for (const refine of REFINERS) cands = refine(cands, text, lower);
  cands = dropRestatedNames(cands, at, lower);
  cands = dropPastReports(cands, lower, doc);
  return cands
    .sort((a, b) => a.start - b.start)
    .map((c) => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end), rule: c.rule, value: c.value }));
}
