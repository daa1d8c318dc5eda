/**
 * Reading unit names and named people out of task text, and comparing units.
 *
 * A unit name starts at a head word ("Sở", "Ủy ban", "Đảng ủy", "UBND", "các sở") and runs
 * until the sentence moves on: a lower-case predicate word ("chủ trì", "phối hợp",
 * "thực hiện"…), a clause mark, or a new unit after "," / "và". Everything is bounded:
 * a unit is read from a window of a few hundred characters and at most a few dozen tokens.
 */
import { canonicalTones, foldKey } from '../text/fold.js';
import {
  COLLECTIVE_CONTINUATIONS,
  PLURAL_QUALIFIERS,
  HAVE_AS_VERB,
  HAVE_CLAUSE_GOES_ON,
  KNOWN_UNITS,
  LOCALITY_WORDS,
  NOT_UNITS,
  UNIT_ABBREVIATIONS,
  UNIT_HEADS,
  PLURAL_ONLY_HEADS,
  ROLE_HEADS,
  NAME_COMPOUNDS,
  UNIT_NAME_VERBS,
  UNIT_STOPS,
  VERB_NAMED_HEADS,
  WEAK_HEADS,
} from '../rules/vi/units.js';
import type { Assignee } from '../types.js';
import { px, STARTS_UPPER } from '../text/charclass.js';

interface Token {
  /** Token text as written. */
  t: string;
  /** Lower-case token, diacritics kept (input is tone-canonical). */
  f: string;
  s: number;
  e: number;
  word: boolean;
}

// ("Cư M'gar", "Đắk R'lấp": an apostrophe inside a Central Highlands name keeps it one word)
const TOKEN = px(/[\p{L}\p{M}\p{N}&]+(?:['’][\p{L}\p{M}]+)*(?:[/][\p{L}\p{N}&]+)*|\S/gu);
const WORDLIKE = px(/[\p{L}\p{N}]/u);
const WINDOW = 400;
const MAX_TOKENS = 60;

function tokenize(text: string, pos: number): Token[] {
  const end = Math.min(text.length, pos + WINDOW);
  const slice = text.slice(pos, end);
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m && out.length < MAX_TOKENS; m = TOKEN.exec(slice)) {
    const t = m[0];
    // toLowerCase, not toLocaleLowerCase('vi'): Vietnamese has no locale-specific case
    // mappings (only tr, az, lt and el do), so the result is the same, and the locale
    // variant costs a locale look-up per call — 20× slower on the tokens of every unit read.
    out.push({ t, f: t.toLowerCase(), s: pos + m.index, e: pos + m.index + t.length, word: WORDLIKE.test(t) });
  }
  return out;
}

/**
 * Word sequences to look up at a token, by their first word, longest first (ties in list
 * order): a lookup reads the few entries that start with the token's word, not the whole
 * list (UNIT_STOPS has ~250 entries and is asked at nearly every token of a unit read).
 */
type WordTable = ReadonlyMap<string, readonly (readonly string[])[]>;

function wordTable(keys: string[][]): WordTable {
  const byFirst = new Map<string, string[][]>();
  for (const key of [...keys].sort((a, b) => b.length - a.length)) {
    const first = key[0];
    if (first === undefined) continue;
    const list = byFirst.get(first);
    if (list) list.push(key);
    else byFirst.set(first, [key]);
  }
  return byFirst;
}

function splitKeys(list: string[]): WordTable {
  return wordTable(list.map((k) => k.split(' ')));
}
const HEADS = splitKeys(UNIT_HEADS);
const STOPS = splitKeys(UNIT_STOPS);
const CONTINUATIONS = splitKeys(COLLECTIVE_CONTINUATIONS);
const QUALIFIERS = splitKeys(PLURAL_QUALIFIERS);
const HAVE_VERB_OBJECTS = splitKeys(HAVE_AS_VERB);
const HAVE_GOES_ON = splitKeys(HAVE_CLAUSE_GOES_ON);
/** At most this many words in a "có …" qualifier. */
const HAVE_WORDS = 7;
/** Prepositions (stops elsewhere) inside a "có …" qualifier that runs to a colon or "chủ trì". */
const CLAUSE_PREPOSITIONS = new Set(['về', 'trên', 'sống', 'tại', 'trong']);
/** What a unit that leads does next: a "có …" qualifier ends before it. */
const LEADS_AFTER_WORDS = splitKeys(['chủ trì', 'làm đầu mối']);
const NAME_VERBS = splitKeys(UNIT_NAME_VERBS);
/** NAME_COMPOUNDS by the word before: the stop phrases (as word lists) it turns into a name part. */
const COMPOUND_AFTER = new Map<string, WordTable[]>();
for (const [before, stop] of NAME_COMPOUNDS) COMPOUND_AFTER.set(before, [...(COMPOUND_AFTER.get(before) ?? []), splitKeys([stop])]);
const tokenKeys = (list: string[]) => wordTable(list.map((k) => tokenize(k, 0).map((t) => t.f)));
const KNOWN = tokenKeys(KNOWN_UNITS);
/** The verbs a sentence goes on with after "Các đơn vị được phân công <work>": the work ends there. */
const ASSIGNED_WORK_ENDS = splitKeys([
  'gửi', 'báo cáo', 'nộp', 'hoàn thành', 'thực hiện', 'chủ trì', 'phối hợp', 'có trách nhiệm', 'chịu trách nhiệm',
  'khẩn trương', 'chủ động', 'tổng hợp', 'triển khai', 'đăng ký', 'bảo đảm', 'đảm bảo', 'theo', 'tại', 'trong', 'trước', 'và', 'của',
]);

const LOCALITIES = tokenKeys(LOCALITY_WORDS);
const NOT_UNIT_KEYS = tokenKeys(NOT_UNITS);

/** Length in tokens (punctuation included) of the longest entry of `table` at tokens[j…]. */
function matchTokens(tokens: Token[], j: number, table: WordTable): number {
  const first = tokens[j];
  const keys = first === undefined ? undefined : table.get(first.f);
  if (keys === undefined) return 0;
  for (const key of keys) {
    if (j + key.length > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < key.length; k++) {
      if ((tokens[j + k] as Token).f !== key[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return key.length;
  }
  return 0;
}

/** Does a lower-case stop word (a predicate) start at tokens[j]? */
export function stopAt(text: string, pos: number): boolean {
  const tokens = tokenize(canonicalTones(text.slice(pos, pos + 80)), 0);
  const first = tokens[0];
  return first !== undefined && first.word && !isUpperInitial(first.t) && matchWords(tokens, 0, STOPS) > 0;
}

/** Length (in tokens) of the longest entry of `table` matching tokens[j…], else 0. */
function matchWords(tokens: Token[], j: number, table: WordTable): number {
  const first = tokens[j];
  const keys = first === undefined || !first.word ? undefined : table.get(first.f);
  if (keys === undefined) return 0;
  for (const key of keys) {
    if (j + key.length > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < key.length; k++) {
      const tok = tokens[j + k] as Token;
      if (!tok.word || tok.f !== key[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return key.length;
  }
  return 0;
}

const isUpperInitial = (t: string) => STARTS_UPPER.test(t);

const TWO_CAPITALS = px(/\p{Lu}.*\p{Lu}/u);
const ABBREVIATION_CHARS = px(/^[\p{Lu}&-]+$/u);
const isAbbreviation = (t: string) => t.length >= 2 && ABBREVIATION_CHARS.test(t) && TWO_CAPITALS.test(t);

/** Is there a unit head at token j? Returns its length in tokens, 0 if none. */
function headAt(tokens: Token[], j: number, plural: boolean, lenient: boolean, lowercase = false): number {
  const tok = tokens[j];
  if (!tok || !tok.word) return 0;
  if (matchTokens(tokens, j, NOT_UNIT_KEYS) > 0) return 0;
  if (isAbbreviation(tok.t)) return 1;
  const n = matchWords(tokens, j, HEADS);
  if (n === 0) return 0;
  const key = tokens
    .slice(j, j + n)
    .map((x) => x.f)
    .join(' ');
  if (PLURAL_ONLY_HEADS.has(key) && !plural && !lenient) return 0;
  if (isUpperInitial(tok.t) || plural || lenient || lowercase || !WEAK_HEADS.has(key)) return n;
  return 0;
}

export interface UnitMatch {
  name: string;
  start: number;
  end: number;
}

export interface ReadUnitOptions {
  /** Accept a lower-case weak head without "các" (after an explicit cue such as "giao"). */
  lenient?: boolean;
  /** Accept a bare head with no name after it ("Tổ" in "Tổ đảm bảo cơ sở vật chất:"). */
  allowBare?: boolean;
  /** Accept weak heads written in lower case ("phòng kinh tế"), nothing else lenient. */
  lowercase?: boolean;
}

/**
 * The tokens of the last text read, whole: an item's text is read for units at a dozen
 * positions (each cue, the subject, the support list), and tokenizing it once instead of a
 * 400-character window per position is most of the unit reader's time.
 */
let cachedText: string | null = null;
let cachedCanon = '';
let cachedTokens: Token[] = [];
/** Offset up to which `cachedText` has been tokenized (tokens are read lazily, as far as asked). */
let cachedUpTo = 0;
const TOKEN_ON = new RegExp(TOKEN.source, 'gu');

function windowTokens(text: string, pos: number): Token[] {
  if (text !== cachedText) {
    cachedText = text;
    cachedCanon = canonicalTones(text);
    cachedTokens = [];
    cachedUpTo = 0;
  }
  const limit = pos + WINDOW;
  if (cachedUpTo < limit && cachedUpTo < text.length) {
    // Read on to one token past the window (or the end), so a token cut by the window shows.
    TOKEN_ON.lastIndex = cachedUpTo;
    for (let m = TOKEN_ON.exec(cachedCanon); m; m = TOKEN_ON.exec(cachedCanon)) {
      const s = m.index;
      const e = s + m[0].length;
      cachedTokens.push({ t: text.slice(s, e), f: m[0].toLowerCase(), s, e, word: WORDLIKE.test(m[0]) });
      cachedUpTo = e;
      if (e > limit) break;
    }
    if (TOKEN_ON.lastIndex === 0) cachedUpTo = text.length; // no more tokens
  }
  const tokens = cachedTokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as Token).e <= pos) lo = mid + 1;
    else hi = mid;
  }
  // A position inside a token reads from there, as a window starting at `pos` would.
  if (lo < tokens.length && (tokens[lo] as Token).s < pos) return windowTokensSlow(text, pos);
  const out: Token[] = [];
  for (let k = lo; k < tokens.length && out.length < MAX_TOKENS; k++) {
    const tok = tokens[k] as Token;
    if (tok.e > limit) {
      if (tok.s < limit) return windowTokensSlow(text, pos); // cut at the window's edge
      break;
    }
    out.push(tok);
  }
  return out;
}

function windowTokensSlow(text: string, pos: number): Token[] {
  const canon = canonicalTones(text.slice(pos, pos + WINDOW));
  return tokenize(canon, 0).map((t) => ({ ...t, s: t.s + pos, e: t.e + pos, t: text.slice(t.s + pos, t.e + pos) }));
}

/** The ")" closing the "(" at tokens[j] (none when another "(" or the window's end comes first). */
function closingParen(tokens: Token[], j: number): { k: number; e: number } | null {
  let k = j + 1;
  while (k < tokens.length && (tokens[k] as Token).t !== ')' && (tokens[k] as Token).t !== '(') k++;
  const close = tokens[k];
  return close && close.t === ')' ? { k, e: close.e } : null;
}

/**
 * "các sở, ngành, địa phương": after the comma at tokens[j], the length in tokens of a
 * lower-case word that carries a collective on, else 0.
 */
function collectiveAfterComma(tokens: Token[], j: number): number {
  const next = tokens[j + 1];
  // Capitalized, only an abbreviation of the list goes on ("các trường THCS, THPT").
  if (!next || (isUpperInitial(next.t) && !isAbbreviation(next.t))) return 0;
  return matchWords(tokens, j + 1, CONTINUATIONS);
}

/**
 * "Thôn Đông Hòa, thôn Tây Hòa": after the comma at `j`, the continuation word of `cont`
 * tokens names a place of its own (a capitalized name follows it). After a singular unit
 * that is the next unit; after a plural one ("các xã, phường Hòa An") it may go on.
 */
function namedPlaceAfter(tokens: Token[], j: number, cont: number): boolean {
  const named = tokens[j + cont + 1];
  return named !== undefined && named.word && isUpperInitial(named.t) && !isAbbreviation(named.t);
}

/**
 * Whether the head word at `j` opens a unit of its own after a known name: only before a
 * capitalized word, a comma or the end ("Hải Phòng định hướng" ends a place, "Phòng Kinh tế"
 * opens a unit).
 */
function opensUnit(tokens: Token[], j: number): boolean {
  if (headAt(tokens, j, false, false) === 0) return false;
  const after = tokens[j + 1];
  return after === undefined || (after.word && isUpperInitial(after.t)) || after.t === ',';
}

/** A predicate word at `j` that starts a new line: a heading joined to its body ends before it. */
function predicateOnNextLine(text: string, tokens: Token[], j: number): boolean {
  return j > 0 && text.slice((tokens[j - 1] as Token).e, (tokens[j] as Token).s).includes('\n') && matchWords(tokens, j, STOPS) > 0;
}

/**
 * Whether the dash at tokens[j] joins two parts of one name: before a capitalized word that
 * opens no unit ("Phòng Lao động - Thương binh và Xã hội", "Khoa Dược - Vật tư y tế"), before
 * "xã hội", or glued between two abbreviations ("GDNN-GDTX", "KH-ĐT").
 */
function dashGoesOn(tokens: Token[], j: number): boolean {
  const tok = tokens[j] as Token;
  const next = tokens[j + 1];
  if (!next || !next.word) return false;
  const prev = tokens[j - 1];
  const glued = prev !== undefined && prev.e === tok.s && next.s === tok.e && isAbbreviation(prev.t) && isAbbreviation(next.t);
  const compound = glued || (next.f === 'xã' && tokens[j + 2]?.f === 'hội');
  return (isUpperInitial(next.t) && headAt(tokens, j + 1, false, false) === 0) || compound;
}

/**
 * After "các xã Phú Lạc" and the comma at tokens[j]: the index past the next place name
 * (capitalized words that open no unit and are no known name), or j when none follows.
 */
function placeAfterComma(tokens: Token[], j: number): number {
  let k = j + 1;
  while (k < tokens.length && (tokens[k] as Token).word && isUpperInitial((tokens[k] as Token).t) && headAt(tokens, k, false, false) === 0 && matchTokens(tokens, k, KNOWN) === 0) k++;
  return k > j + 1 ? k : j;
}

/** Read one unit name starting at `pos` (leading spaces skipped). */
export function readUnit(text: string, pos: number, options: ReadUnitOptions = {}): UnitMatch | null {
  return readUnitTokens(text, windowTokens(text, pos), 0, options);
}

function readUnitTokens(text: string, tokens: Token[], j0: number, options: ReadUnitOptions): UnitMatch | null {
  let j = j0;
  let plural = false;
  for (let k = 0; k < 2 && tokens[j] && ['các', 'những', 'mọi'].includes((tokens[j] as Token).f); k++) {
    plural = true;
    j++;
  }
  let head = headAt(tokens, j, plural, options.lenient === true, options.lowercase === true);
  if (head === 0 && (tokens[j] as Token | undefined)?.word && isUpperInitial((tokens[j] as Token).t) && matchTokens(tokens, j, KNOWN) > 0) head = 1;
  if (head > 0) {
    const key = tokens
      .slice(j, j + head)
      .map((t) => t.f)
      .join(' ');
    // "Chủ tịch UBND các xã" names a unit; "Bí thư cấp ủy" names a person.
    if (ROLE_HEADS.has(key)) {
      const next = tokens[j + head];
      const after = next && next.f === 'các' ? j + head + 1 : j + head;
      const org = tokens[after];
      // "Trưởng phòng Quản lý Môi trường": the body's head word may be in lower case before its name.
      const lowerHead = org?.word && !isUpperInitial(org.t) ? headAt(tokens, after, false, false, true) : 0;
      const named = lowerHead > 0 && tokens[after + lowerHead]?.word === true && isUpperInitial((tokens[after + lowerHead] as Token).t);
      if (!org || !org.word || !(isUpperInitial(org.t) || named || (next?.f === 'các' && headAt(tokens, after, true, false) > 0))) return null;
    }
  }
  // After an explicit cue, "các <noun>" is the addressee even without a known head ("Yêu cầu các chủ hộ").
  if (head === 0 && plural && options.lenient === true) {
    const tok = tokens[j];
    if (tok && tok.word && !isUpperInitial(tok.t) && matchWords(tokens, j, STOPS) === 0 && !['đồng', 'đ/c', 'ông', 'bà'].includes(tok.f)) head = 1;
  }
  if (head === 0) return null;
  const start = (tokens[j0] as Token).s;
  let end = (tokens[j + head - 1] as Token).e;
  const cuts: Array<[number, number]> = [];
  let prevFold = (tokens[j + head - 1] as Token).f;
  // A known name is taken whole; then only its locality may follow.
  const knownWithPlural = j > j0 ? matchTokens(tokens, j0, KNOWN) : 0;
  let known = knownWithPlural > 0 ? knownWithPlural - (j - j0) : matchTokens(tokens, j, KNOWN);
  // "Chánh Văn phòng HĐND và UBND xã": an office whose title holds the start of a known name.
  const role = head > 1 && known < head && ROLE_HEADS.has(tokens.slice(j, j + head).map((t) => t.f).join(' '));
  for (let k = 1; role && k < head && known < head; k++) {
    const inner = matchTokens(tokens, j + k, KNOWN);
    if (inner > 0 && k + inner > head) known = k + inner;
  }
  let localityOnly = false;
  if (known >= head) {
    end = (tokens[j + known - 1] as Token).e;
    prevFold = (tokens[j + known - 1] as Token).f;
    j += known;
    localityOnly = true;
  } else {
    // "Ban điều hành khu phố", "Tổ kiểm tra liên ngành": a capitalized head alone, then a
    // verb that names what the body does.
    const headKey = tokens
      .slice(j, j + head)
      .map((t) => t.f)
      .join(' ');
    j += head;
    const next = tokens[j];
    const verb = !plural && isUpperInitial((tokens[j - head] as Token).t) && VERB_NAMED_HEADS.has(headKey) && next && !isUpperInitial(next.t) ? matchWords(tokens, j, NAME_VERBS) : 0;
    if (verb > 0) {
      end = (tokens[j + verb - 1] as Token).e;
      prevFold = (tokens[j + verb - 1] as Token).f;
      j += verb;
    }
  }
  let words = head;
  let qualified = false;
  /** A parenthesis was cut out of the name: only a locality or a capitalized word goes on after it. */
  let afterParen = false;
  /** After "các xã Phú Lạc": a comma and another capitalized name go on with the places. */
  let placeList = false;
  /** In the plain reading, a plural locality ("các xã") was just read, or places after it. */
  let afterPluralLocality = false;
  // Whether a "các" is among tokens[j0, j): read on as j moves, not rescanned per token.
  let pluralName = plural;
  let scanned = j0;
  const hasPlural = (): boolean => {
    for (; !pluralName && scanned < j; scanned++) pluralName = (tokens[scanned] as Token).f === 'các';
    return pluralName;
  };
  /** A "có …" qualifier read up to the token before `to` is part of the name; reading goes on from `to`. */
  const takeQualifierTo = (to: number): void => {
    end = (tokens[to - 1] as Token).e;
    prevFold = (tokens[to - 1] as Token).f;
    words += to - j;
    j = to;
    qualified = true;
    localityOnly = false;
  };
  while (j < tokens.length && words < 24) {
    const tok = tokens[j] as Token;
    // "Các cơ quan, đơn vị được giao nhiệm vụ", "Các sở, ban, ngành là thành viên Ban Chỉ
    // đạo", "Các Tiểu ban của Ban Tổ chức": a restrictive qualifier of a plural unit is part
    // of its name.
    if (!qualified && tok.word && !isUpperInitial(tok.t) && hasPlural()) {
      const next = tokens[j + 1];
      const qualifier = tok.f === 'của' && next?.word && isUpperInitial(next.t) && headAt(tokens, j + 1, false, false) > 0 ? 1 : matchWords(tokens, j, QUALIFIERS);
      // "nơi có vùng trồng": where the units are, read as "có …" is.
      const where = qualifier === 0 && tok.f === 'nơi' && tokens[j + 1]?.f === 'có' ? 1 : 0;
      if (qualifier === 0 && (tok.f === 'có' || where === 1)) {
        // "Đảng ủy các xã, phường có khu vực nguy cơ cao về sạt lở đất, lũ quét:": a heading that
        // addresses the units, its qualifier running to the colon with no verb in it.
        // The same up to "chủ trì" ("… có hộ dân sống trên và ven kênh rạch chủ trì vận động …"),
        // and up to "đi qua", names and all ("… có tuyến kênh Tham Lương - Bến Cát - rạch Nước
        // Lên đi qua phân công …").
        let c = j + 1 + where;
        const inClause = (t: Token, k: number): boolean => t.t === ',' || t.t === '-' || (t.word && (isUpperInitial(t.t) ? k > j + 1 + where : CLAUSE_PREPOSITIONS.has(t.f) || matchWords(tokens, k, STOPS) === 0));
        // ("về" there is the preposition: "nguy cơ cao về sạt lở đất")
        while (c < tokens.length && c - j <= 16 && inClause(tokens[c] as Token, c) && !(tokens[c]?.f === 'đi' && tokens[c + 1]?.f === 'qua')) c++;
        const through = tokens[c]?.f === 'đi' && tokens[c + 1]?.f === 'qua';
        if (through) c += 2;
        const ends = through || tokens[c]?.t === ':' || matchWords(tokens, c, LEADS_AFTER_WORDS) > 0;
        const named = tokens.slice(j + 1 + where, c).some((t) => t.word && isUpperInitial(t.t));
        if (c > j + 2 && ends && (!named || through) && matchWords(tokens, j + 1 + where, HAVE_VERB_OBJECTS) === 0) {
          takeQualifierTo(c);
          continue;
        }
        // "có rừng", "có ổ dịch", "có dự án đi qua": a feature of the units, up to the verb.
        let k = j + 1 + where;
        if (!(tokens[k]?.word && matchWords(tokens, k, HAVE_VERB_OBJECTS) === 0)) k = -1;
        // ("các cơ quan có nội dung trình": a compound goes on, as in a name)
        const goesOn = (k: number) => matchWords(tokens, k, STOPS) === 0 || COMPOUND_AFTER.get((tokens[k - 1] as Token).f)?.some((key) => matchWords(tokens, k, key) > 0) === true;
        while (k > 0 && k - j <= HAVE_WORDS && tokens[k]?.word && !isUpperInitial((tokens[k] as Token).t) && goesOn(k)) k++;
        // "có diện tích tham gia Đề án": what the units take part in, named, is part of which are meant.
        if (k > j + 1 && tokens[k]?.f === 'tham' && tokens[k + 1]?.f === 'gia' && tokens[k + 2]?.word && isUpperInitial((tokens[k + 2] as Token).t) && /^(?:đề|dự|chương|kế|phong|cuộc)$/u.test((tokens[k + 2] as Token).f)) k += 4;
        if (k > j + 1 && k - j <= HAVE_WORDS && matchWords(tokens, k, HAVE_GOES_ON) === 0) {
          takeQualifierTo(k);
          continue;
        }
      }
      if (qualifier > 0) {
        end = (tokens[j + qualifier - 1] as Token).e;
        prevFold = (tokens[j + qualifier - 1] as Token).f;
        j += qualifier;
        words += qualifier;
        qualified = true;
        localityOnly = false;
        // "Các đơn vị được phân công tham luận", "Các cơ quan được phân công chuẩn bị nội dung": the
        // work they were given is part of which units are meant, up to the sentence's own verb.
        if (prevFold === 'công' || prevFold === 'giao') {
          let k = j;
          while (k < tokens.length && k - j < 4 && (tokens[k] as Token).word && !isUpperInitial((tokens[k] as Token).t) && matchWords(tokens, k, ASSIGNED_WORK_ENDS) === 0) k++;
          if (k > j) {
            end = (tokens[k - 1] as Token).e;
            prevFold = (tokens[k - 1] as Token).f;
            words += k - j;
            j = k;
          }
        }
        // "… được giao chuẩn bị văn bản tại mục 3", "… được giao nhiệm vụ tại Mục III": the part
        // of the document that gave the work says which units.
        if (tokens[j]?.f === 'tại' && /^(?:mục|phần|điểm|khoản|phụ)$/u.test(tokens[j + 1]?.f ?? '') && /^(?:\d{1,2}(?:\.\d{1,2})?|[IVX]{1,5}|[a-zđ])$/u.test(tokens[j + 2]?.t ?? '')) {
          end = (tokens[j + 2] as Token).e;
          j += 3;
        }
        // "… thuộc Sở", "… thuộc UBND tỉnh": the owner in capitals and its locality, no more
        // ("thuộc Sở đăng ký …": the verb follows).
        if (tokens[j - 1]?.f === 'thuộc') {
          while (j < tokens.length && (tokens[j] as Token).word) {
            const named = isUpperInitial((tokens[j] as Token).t) ? Math.max(1, matchTokens(tokens, j, KNOWN)) : 0;
            const loc = named > 0 ? named : matchTokens(tokens, j, LOCALITIES);
            if (loc === 0) break;
            end = (tokens[j + loc - 1] as Token).e;
            j += loc;
          }
          break;
        }
        // "… là thành viên Ban Chỉ đạo 389 tỉnh", "… của Ban Tổ chức": the unit named after it, whole.
        const owner = tokens[j]?.word && isUpperInitial((tokens[j] as Token).t) ? readUnitTokens(text, tokens, j, {}) : null;
        if (owner) {
          end = owner.end;
          while (j < tokens.length && (tokens[j] as Token).s < owner.end) j++;
          break;
        }
        continue;
      }
    }
    if (tok.t === '(') {
      // "Sở Nội vụ (cơ quan thường trực …)": the parenthesis is cut out of the name.
      const close = closingParen(tokens, j);
      if (!close) break;
      cuts.push([tok.s, close.e]);
      end = close.e;
      j = close.k + 1;
      afterParen = true;
      continue;
    }
    if (localityOnly) {
      const loc = matchTokens(tokens, j, LOCALITIES);
      if (loc > 0) {
        end = (tokens[j + loc - 1] as Token).e;
        prevFold = (tokens[j + loc - 1] as Token).f;
        j += loc;
        // A place name after the locality word ("tỉnh Lào Cai", "xã Mường Kim"), which may
        // contain a head word ("thành phố Hải Phòng") unless that word opens a new unit
        // ("… tỉnh Phòng Kinh tế", a capitalized word after it).
        // "Chi nhánh Khu vực 14", "Kho bạc Nhà nước khu vực XIV": an area's number is its name.
        // "Thuế cơ sở 1 tỉnh Hà Tĩnh": a grassroots office's number too.
        const area = ((tokens[j - 1] as Token).f === 'vực' || ((tokens[j - 1] as Token).f === 'sở' && tokens[j - 2]?.f === 'cơ')) && /^(?:\d{1,3}|[IVXL]{1,6})$/u.test(tokens[j]?.t ?? '');
        const pluralLocality = (tokens[j - loc] as Token).f === 'các';
        const placeStart = j;
        for (let taken = 0; j < tokens.length && (tokens[j] as Token).word && (isUpperInitial((tokens[j] as Token).t) || (area && taken === 0)); taken++) {
          const next = tokens[j + 1];
          // "… tỉnh" ⏎ "Chủ trì, phối hợp …": a heading joined to its body; the place ended with the line.
          if (predicateOnNextLine(text, tokens, j)) break;
          // A weak head that is not a known unit starts a place name ("phường Trường Vinh").
          const head = matchWords(tokens, j, HEADS);
          const placeWord = head === 1 && WEAK_HEADS.has((tokens[j] as Token).f) && matchTokens(tokens, j, KNOWN) === 0 && next?.word === true && isUpperInitial(next.t);
          if (head > 0 && !placeWord && (taken === 0 || (next !== undefined && next.word && isUpperInitial(next.t)))) break;
          end = (tokens[j] as Token).e;
          j++;
        }
        // "Ủy ban nhân dân các xã Phú Lạc, Đại Phúc, Yên Trạch": the places the plural names.
        placeList = pluralLocality && j > placeStart;
        words += loc;
        continue;
      }
      if (tok.t === ',' && placeList) {
        const k = placeAfterComma(tokens, j);
        if (k > j) {
          end = (tokens[k - 1] as Token).e;
          j = k;
          continue;
        }
      }
      if (tok.t === ',') {
        const cont = collectiveAfterComma(tokens, j);
        if (cont === 0) break;
        // "Thôn Đông Hòa, thôn Tây Hòa": a singular name, then the same kind of place named in
        // its turn, is the next unit, not a collective ("các xã, phường" is one).
        if (namedPlaceAfter(tokens, j, cont) && !hasPlural()) break;
        end = (tokens[j + cont] as Token).e;
        j += cont + 1;
        continue;
      }
      // "Ban Tổ chức - Kiểm tra", "Ban Tuyên giáo - Dân vận": a known name joined to the rest of its name.
      // The name goes on as any name does ("Kiểm tra", "Vật tư y tế").
      if ((tok.t === '-' || tok.t === '–') && dashGoesOn(tokens, j)) {
        end = (tokens[j + 1] as Token).e;
        prevFold = (tokens[j + 1] as Token).f;
        j += 2;
        words++;
        localityOnly = false;
        continue;
      }
      // "Phòng Kinh tế và Hạ tầng": a known name whose full name goes on after "và" with a
      // capital that opens no unit of its own.
      if (tok.f === 'và') {
        const next = tokens[j + 1];
        if (next?.word && isUpperInitial(next.t) && headAt(tokens, j + 1, false, false) === 0 && matchTokens(tokens, j + 1, KNOWN) === 0 && !predicateOnNextLine(text, tokens, j + 1)) {
          end = next.e;
          prevFold = next.f;
          j += 2;
          words++;
          localityOnly = false;
          continue;
        }
        break;
      }
      // "Thanh tra Chính phủ", "cơ quan thuộc Chính phủ": a known name after it, whole.
      const knownAfter = tok.word && isUpperInitial(tok.t) ? matchTokens(tokens, j, KNOWN) : 0;
      if (knownAfter > 1) {
        end = (tokens[j + knownAfter - 1] as Token).e;
        prevFold = (tokens[j + knownAfter - 1] as Token).f;
        j += knownAfter;
        continue;
      }
      // A capitalized word goes on with the name, unless it opens a unit of its own, or is a
      // predicate starting the next line of a heading joined to its body ("1. Văn phòng Ủy ban
      // nhân dân tỉnh" ⏎ "Chủ trì, phối hợp …").
      if (tok.word && isUpperInitial(tok.t) && !/^(Thường|Trực)$/u.test(tok.t) && !opensUnit(tokens, j) && !predicateOnNextLine(text, tokens, j)) {
        end = tok.e;
        j++;
        continue;
      }
      break;
    }
    if (tok.t === ',') {
      // "Chủ tịch UBND các xã Triệu Phong, Ái Tử, Nam Cửa Việt": the places go on.
      const k = placeList ? placeAfterComma(tokens, j) : j;
      if (k > j) {
        end = (tokens[k - 1] as Token).e;
        prevFold = (tokens[k - 1] as Token).f;
        words += k - j - 1;
        j = k;
        continue;
      }
      const cont = collectiveAfterComma(tokens, j);
      if (cont === 0) break;
      if (namedPlaceAfter(tokens, j, cont) && !hasPlural()) break;
      end = (tokens[j + cont] as Token).e;
      prevFold = (tokens[j + cont] as Token).f;
      j += cont + 1;
      words += cont;
      continue;
    }
    if (tok.t === '-' || tok.t === '–') {
      if (!dashGoesOn(tokens, j)) break;
      const next = tokens[j + 1] as Token;
      end = next.e;
      prevFold = next.f;
      j += 2;
      words++;
      continue;
    }
    if (!tok.word) break;
    const loc = matchTokens(tokens, j, LOCALITIES);
    if (loc > 0 && !isUpperInitial(tok.t)) {
      end = (tokens[j + loc - 1] as Token).e;
      prevFold = (tokens[j + loc - 1] as Token).f;
      // "… các xã Triệu Phong": a plural locality, then the places it names.
      afterPluralLocality = tok.f === 'các';
      placeList = false;
      j += loc;
      words += loc;
      continue;
    }
    if (tok.f === 'và') {
      const next = tokens[j + 1];
      if (next && next.word && isUpperInitial(next.t) && headAt(tokens, j + 1, false, false) === 0) {
        end = next.e;
        prevFold = next.f;
        j += 2;
        words++;
        continue;
      }
      break;
    }
    // "Giám đốc Sở Văn hóa, Thể thao và Du lịch": a known name after a title, whole (its comma too).
    const knownName = isUpperInitial(tok.t) ? matchTokens(tokens, j, KNOWN) : 0;
    if (knownName > 1) {
      end = (tokens[j + knownName - 1] as Token).e;
      prevFold = (tokens[j + knownName - 1] as Token).f;
      j += knownName;
      words += knownName;
      continue;
    }
    if (!isUpperInitial(tok.t) && !isAbbreviation(tok.t)) {
      // "Viễn thông Nghệ An (đơn vị cung cấp dịch vụ) chuẩn hóa …": the name ended before its note.
      if (afterParen) break;
      // After a qualifier only capitalized words (a unit's name) carry on: "được kiểm tra quan tâm …";
      // and a direction: "các xã miền núi phía Tây".
      if (qualified) {
        const next = tokens[j + 1];
        if (tok.f !== 'phía' || !next?.word || !isUpperInitial(next.t)) break;
      }
      // "sự nghiệp công lập": a stop word inside a compound.
      const stop = matchWords(tokens, j, STOPS);
      const compound = stop > 0 && COMPOUND_AFTER.get(prevFold)?.some((key) => matchWords(tokens, j, key) > 0) === true;
      const bcd = prevFold === 'ban' && tok.f === 'chỉ' && (tokens[j + 1] as Token | undefined)?.f === 'đạo';
      if (stop > 0 && !bcd && !compound) break;
    }
    placeList = afterPluralLocality && isUpperInitial(tok.t);
    afterPluralLocality = placeList;
    end = tok.e;
    prevFold = tok.f;
    j++;
    words++;
  }
  // "Giám đốc các Sở: Nông nghiệp và Môi trường, Tài chính, Xây dựng;" — the names of the
  // bodies follow a colon and run to the next ";" or ".".
  const colon = tokens[j];
  // ("Hạt trưởng các Hạt Kiểm lâm khu vực:": a title over plural bodies)
  let pluralHead = plural || tokens[j - 2]?.f === 'các';
  for (let k = j - 1; !pluralHead && k >= 0 && (tokens[k] as Token).s >= start; k--) pluralHead = (tokens[k] as Token).f === 'các';
  // ("Các đơn vị: Phòng Kiểm soát chi, Phòng Giao dịch số 1 …" too: the units named after it)
  // ("Hạt trưởng các Hạt Kiểm lâm khu vực: Đăk Glei, Sa Thầy;": the areas by their names)
  if (pluralHead && colon?.t === ':' && /^(?:sở|ban|ngành|phòng|bộ|cục|xã|phường|huyện|tỉnh|thôn|vị|quan|vực|ấp|bản|xóm|phố)$/u.test(prevFold)) {
    // The names after the colon: capitalized words, "và"/"-"/"," between them, lower-case
    // syllables inside a name ("Nông nghiệp"); a predicate word ends the list.
    let k = j + 1;
    const first = tokens[k];
    // ("Trưởng các thôn: Rà soát, lập danh sách …": places have proper names, so a predicate
    // word after the colon opens the work; bodies are named by their field: "Sở: Xây dựng".)
    const verbAfterPlace = /^(?:xã|phường|huyện|tỉnh|thôn|vực|ấp|bản|xóm|phố)$/u.test(prevFold) && matchWords(tokens, k, STOPS) > 0;
    if (first && first.word && isUpperInitial(first.t) && !verbAfterPlace) {
      let last = k;
      while (k < tokens.length && k - j < 60) {
        const t = tokens[k] as Token;
        if (/^[;.:]$/u.test(t.t)) break;
        if (t.word && !isUpperInitial(t.t) && t.f !== 'và' && matchWords(tokens, k, STOPS) > 0) break;
        if (t.f === 'và' && tokens[k + 1] && !isUpperInitial((tokens[k + 1] as Token).t)) break;
        if (t.word) last = k;
        k++;
      }
      end = (tokens[last] as Token).e;
    }
  }
  let name = '';
  let at = start;
  for (const [a, b] of cuts) {
    name += text.slice(at, a);
    at = b;
  }
  name += text.slice(at, end);
  name = name.replace(/\s+/gu, ' ').replace(/[\s,;:.\-–]+$/u, '').trim();
  if (name === '' || /^(các|những)$/iu.test(name)) return null;
  // "Phòng" alone (as in "Phòng và chống dịch bệnh") names nothing.
  if (!options.allowBare && !plural && !/\s/u.test(name) && WEAK_HEADS.has(name.toLocaleLowerCase('vi'))) return null;
  return { name, start, end };
}

/** Units separated by ",", ";" or "và", each starting with a head. */
export function readUnitList(text: string, pos: number, options: ReadUnitOptions = {}): UnitMatch[] {
  const out: UnitMatch[] = [];
  let first = readUnit(text, pos, options);
  while (first && out.length < 12) {
    out.push(first);
    const rest = /^\s{0,3}(?:,|;|và|cùng|với)\s{1,3}/u.exec(text.slice(first.end, first.end + 12));
    if (!rest) break;
    // Later units of a list may be written in lower case ("công an xã và trưởng các thôn").
    first = readUnit(text, first.end + rest[0].length, { lenient: /,|;/u.test(rest[0]), lowercase: true });
  }
  return out;
}

const PERSON_NAME_START = px(/^(?:\p{Lu}[\p{Ll}\p{M}]{0,7}\s{1,2}){1,4}\p{Lu}[\p{Ll}\p{M}]{0,7}(?![\p{L}])/u);

/** Name and title of a person after "đồng chí"/"đ/c" at `pos`. */
export function readAssignee(text: string, pos: number): { assignee: Assignee; end: number } | null {
  const m = /^\s{0,3}(?:đồng chí|Đồng chí|đ\/c|Đ\/c|ông|bà|Ông|Bà)\s{1,3}/u.exec(text.slice(pos, pos + 20));
  if (!m) return null;
  let at = pos + m[0].length;
  const nameMatch = PERSON_NAME_START.exec(text.slice(at, at + 60));
  if (!nameMatch) return null;
  const name = nameMatch[0].trim();
  const words = name.split(/\s+/u);
  // A role ("Ủy viên Ban Chấp hành"), not a name.
  if (words.some((w) => ['Ban', 'Sở', 'Ủy', 'Uỷ', 'Phó', 'Giám', 'Chủ', 'Trưởng', 'Bí', 'Tổ', 'Hội', 'Đảng'].includes(w))) return null;
  at += nameMatch[0].length;
  let title: string | null = null;
  const sep = /^\s{0,2}(?:-|–|,)\s{0,2}/u.exec(text.slice(at, at + 6));
  if (sep) {
    const tstart = at + sep[0].length;
    const tokens = tokenize(canonicalTones(text.slice(tstart, tstart + WINDOW)), 0);
    let end = 0;
    let words = 0;
    for (let j = 0; j < tokens.length && words < 16; j++) {
      const tok = tokens[j] as Token;
      if (tok.t === ';' || tok.t === '.' || tok.t === '(' || tok.t === ':') break;
      if (tok.f === 'và' && ['đồng', 'đ/c'].includes((tokens[j + 1] as Token | undefined)?.f ?? '')) break;
      if (tok.word && !isUpperInitial(tok.t) && !isAbbreviation(tok.t) && matchWords(tokens, j, STOPS) > 0) break;
      if (tok.word) words++;
      end = tok.e;
    }
    const t = text.slice(tstart, tstart + end).replace(/[\s,\-–]+$/u, '').trim();
    if (t !== '') {
      title = t.replace(/\s+/gu, ' ');
      at = tstart + end;
    }
  }
  return { assignee: { name, title }, end: at };
}

const ABBREVIATION_MAP = new Map(UNIT_ABBREVIATIONS);
const FOLDED_HEADS = [...new Set(UNIT_HEADS.map((h) => foldKey(h)))].filter((h) => !['xa', 'phuong', 'nganh'].includes(h));

/** Comparison key of a unit: folded, parentheticals dropped, abbreviations expanded. */
export function unitKey(unit: string): string {
  const folded = foldKey(unit.replace(/\([^()]{0,120}\)/gu, ' '));
  return folded
    .split(' ')
    .map((w) => ABBREVIATION_MAP.get(w.replace(/[.,;:]$/u, '')) ?? w)
    .join(' ')
    .replace(/[.,;:]+/gu, (m) => (m === ',' ? ',' : ''))
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Does a `--unit` query match a unit? Case, diacritics, tone placement and abbreviations
 * are ignored. A query that starts with a head ("UBND tỉnh", "Sở Nội vụ") must match the
 * start of the unit; one that does not ("nội vụ") may match any whole words of it.
 */
export function unitMatches(query: string, unit: string): boolean {
  const q = unitKey(query).replace(/,/gu, '');
  const u = unitKey(unit).replace(/,/gu, '');
  if (q === '') return false;
  const stripPlural = (s: string) => s.replace(/^(cac |nhung )+/u, '');
  const qq = stripPlural(q);
  const uu = stripPlural(u);
  if (uu === qq || uu.startsWith(`${qq} `)) return true;
  if (FOLDED_HEADS.some((h) => qq === h || qq.startsWith(`${h} `))) return false;
  return ` ${uu} `.includes(` ${qq} `);
}
