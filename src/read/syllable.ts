/**
 * A compact validator of Vietnamese syllables (onset + rhyme + tone grammar)
 * and the score that the decoder uses to tell a right decoding from a wrong
 * one: the share of words that are Vietnamese syllables.
 *
 * The grammar is permissive on purpose (it accepts syllables that are not
 * words, such as "nhơm"); what matters is that the letters produced by a wrong
 * decoding ("Céng", "hßa", "ngaøy", "ngỔy") almost never form one.
 */
import { detached } from '../text/detach.js';

/** Consonant onsets, longest first so that "ngh" is tried before "ng" and "n". */
export const ONSETS = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'qu',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
] as const;

/** Rhymes (medial + nucleus + coda) without tone. */
const RHYMES: ReadonlySet<string> = new Set(
  `a ai ao au ay ac ach am an ang anh ap at
   ăc ăm ăn ăng ăp ăt
   âu ây âc âm ân âng âp ât
   e eo ec em en eng ep et
   ê êu êch êm ên ênh êp êt
   i ia iu ich im in inh ip it
   iêu iêc iêm iên iêng iêp iêt
   yêu yêm yên yêt
   o oi oc om on ong op ot oong ooc
   ô ôi ôc ôm ôn ông ôp ôt
   ơ ơi ơm ơn ơp ơt
   u ua ui uc um un ung up ut
   uôi uôc uôm uôn uông uôt
   ư ưa ưi ưu ưc ưm ưn ưng ưt
   ươi ươu ươc ươm ươn ương ươp ươt
   y
   oa oai oay oao oac oach oam oan oang oanh oap oat
   oăc oăm oăn oăng oăt
   oe oeo oen oet
   uân uâng uât uây
   uê uên uêt uêch uênh
   uy uya uyu uych uyn uynh uyp uyt uyên uyêt
   uơ
   uai uay uac uach uan uang uanh uat
   uăc uăm uăn uăng uăp uăt
   ue ueo uen uet uit
   ak ăk âk ek êk ok ôk ơk uk ưk`
    .split(/\s+/)
    .filter(Boolean),
);

/** Onsets spelled only before front vowels (k, gh, ngh) and those never spelled there (c, g, ng). */
const FRONT = /^[eêiy]/;
const ONLY_BEFORE_FRONT = new Set(['k', 'gh', 'ngh']);
const NEVER_BEFORE_FRONT = new Set(['c', 'ng']);

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/;
const ACUTE_OR_DOT = /[\u0301\u0323]/;
const COMBINING = /\p{M}/u;
const TONE_BEARERS = 'aeiouy'; // in NFD the tone follows the base vowel and its modifiers
const ALPHABET = /^[abcdeghijklmnopqrstuvxyđăâêôơư]+$/;

/**
 * Onsets of Central Highlands place names, written in Vietnamese letters from
 * Ê Đê, Gia Rai, Ba Na and Mnông: clusters ("Krông Pắc", "Chư Prông", "Kon
 * Plông", "M'Drắk", "Đăk Glei", "Bu Prăng") and j ("Cư Jút"). Tried after the
 * Vietnamese onsets, with the same rhymes.
 */
const ALL_ONSETS: readonly string[] = [...ONSETS, 'bl', 'br', 'dr', 'gl', 'kl', 'kr', 'pl', 'pr', 'j'];

/** Letters of Vietnamese in NFC (a-z without f j w z are not excluded here: ALPHABET does it) or NFD. */
const VIETNAMESE_LETTERS = /^[A-Za-zÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯư\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323\u1ea0-\u1ef9]+$/;
const cache = new Map<string, boolean>();
const CACHE_LIMIT = 50_000;

/** True when `word` (any case, NFC or not) is one well-formed Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  // Garbage from wrong decodings is rejected before it can crowd the cache (NFD "nghiễng" has 9 units).
  if (word.length > 12 || !VIETNAMESE_LETTERS.test(word)) return false;
  const key = word.toLowerCase();
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const result = check(key);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}

function check(word: string): boolean {
  if (word.length === 0) return false;
  // Split off the tone: NFD, drop tone marks (at most one, after a vowel), recompose the rest.
  let base = '';
  let tone = '';
  let toneAt = -1;
  let letters = 0;
  let lastBase = '';
  for (const ch of word.normalize('NFD')) {
    if (TONE_MARK.test(ch)) {
      if (tone !== '' || lastBase === '' || !TONE_BEARERS.includes(lastBase)) return false;
      tone = ch;
      toneAt = letters - 1;
      continue;
    }
    if (!COMBINING.test(ch)) {
      lastBase = ch;
      letters++;
    }
    base += ch;
  }
  base = base.normalize('NFC');
  if (!ALPHABET.test(base) || base.length > 7) return false;
  // "gì", "gìn" need no special case: the plain onset g is tried after gi.
  for (const onset of ALL_ONSETS) {
    if (!base.startsWith(onset)) continue;
    const rest = base.slice(onset.length);
    if (validRhyme(onset, rest, tone) && (tone === '' || tonePlaced(rest, toneAt - onset.length))) return true;
  }
  return false;
}

function validRhyme(onset: string, rhyme: string, tone: string): boolean {
  if (onset === 'qu') rhyme = 'u' + rhyme;
  if (rhyme === '' || !RHYMES.has(rhyme)) return false;
  if (onset === 'gi' && rhyme.startsWith('i')) return false;
  if (ONLY_BEFORE_FRONT.has(onset) && !FRONT.test(rhyme)) return false;
  if (NEVER_BEFORE_FRONT.has(onset) && FRONT.test(rhyme)) return false;
  if (onset === 'g' && /^[eê]/.test(rhyme)) return false;
  // Stop codas (c, ch, p, t, and k of Central Highlands names: "Đắk Lắk", "Pơk") take only the sắc or nặng tone or none.
  if (/(?:c|ch|p|t)$/.test(rhyme) && !ACUTE_OR_DOT.test(tone)) return false;
  if (/k$/.test(rhyme) && tone !== '' && !ACUTE_OR_DOT.test(tone)) return false;
  return true;
}

/** Pairs without coda whose tone may sit on either vowel: old style "hòa", new style "hoà" (REFERENCE §5.2). */
const EITHER_STYLE = new Set(['oa', 'oe', 'uy', 'uê', 'uơ']);
const VOWEL_LETTERS = 'aăâeêioôơuưy';

/**
 * The tone sits on the main vowel of the rhyme: never on a final glide
 * ("ôì", "aí" are wrong), on the second vowel of a pair with a coda ("hoàn",
 * "tiến"), on the middle one of three ("ngoài", "rượu", "khuyến" has a coda:
 * the third).
 */
function tonePlaced(rhyme: string, at: number): boolean {
  let len = 0;
  while (len < rhyme.length && VOWEL_LETTERS.includes(rhyme[len]!)) len++;
  if (at < 0 || at >= len) return false;
  const coda = len < rhyme.length;
  if (len === 1) return true;
  if (len === 2) return coda ? at === 1 : EITHER_STYLE.has(rhyme.slice(0, 2)) || at === 0;
  return at === (coda ? 2 : 1);
}

/**
 * Frequent syllables of administrative Vietnamese (written from general
 * knowledge, not from the test fixtures). Only a tie-breaker: when two
 * decodings are both well-formed ("Số" / "Sè", "Lưu" / "Lửu"), the one made of
 * common syllables wins.
 */
const COMMON: ReadonlySet<string> = new Set(
  `của và các có được trong cho là những với không này một để theo người đã về từ đến năm ngày
   tháng số tỉnh xã huyện phường thành phố ban nhân dân ủy uỷ hội đồng cộng hòa hoà chủ nghĩa việt
   độc lập tự do hạnh phúc quyết định nghị thông báo kế hoạch kết luận công văn chỉ thị đảng bộ
   cơ quan đơn vị sở nội vụ tài chính giáo dục đào tạo tế thực hiện triển khai tổ chức đạo nhiệm
   trách phối hợp bảo đảm quy pháp kiểm tra giám sát hướng dẫn tình hình quả tác cán cấp sự phát
   kinh an ninh trật quốc phòng tiếp tục tăng cường đề yêu cầu gửi nhận nơi lưu trước sau thời gian
   hạn khẩn chậm nhất hoàn trình duyệt phê giải vấn khó khăn vướng mắc kiến xuất tham mưu tổng cáo kỳ
   hàng tuần quý bầu cử đại biểu trung ương địa phương tập thể cá lãnh bí thư phó tịch thường trực
   viện trường học đất đai môi nguyên nông nghiệp giao vận tải xây dựng khoa nghệ ngân sách phí
   dự toán hồ sơ thủ hành dịch điện tử mạng ứng dụng mục tiêu biện chương án sản phẩm tiến độ chất
   lượng hiệu rà soát đánh giá khen thưởng kỷ luật cải cách tuyên truyền động phong trào toàn tất
   cả mỗi cùng đây đó như khi nếu thì mà nên vì bởi tại trên dưới ngoài giữa bằng đang sẽ cần phải
   nhằm việc điều khoản phần lần thứ hai bốn sáu bảy tám chín mười trăm nghìn triệu giờ phút sáng
   chiều tối hôm nay ngay kịp nghiêm túc đầy đủ xác cụ liên thẩm quyền ký văn phòng sở ngành
   đoàn viên mặt trận đội thanh niên phụ nữ cựu chiến binh lực lượng vũ trang đình gia
   đảm bảo còn trở lên xuống vào ra qua lại rồi hết mới cũ nhiều ít lớn nhỏ cao thấp tốt xấu`
    .split(/\s+/)
    .filter(Boolean),
);

export interface VietnameseScore {
  /** Words with a non-ASCII letter that are Vietnamese syllables. */
  valid: number;
  /** Words with a non-ASCII letter that are not. */
  invalid: number;
  /** Valid words that are also frequent syllables. */
  common: number;
  /** Characters no Vietnamese text holds: controls, U+FFFD, Latin-1 symbols. */
  penalty: number;
}

/**
 * Words for scoring: letters and marks, plus the Latin-1 and Windows-1252
 * symbols that mojibake puts inside words ("TH¦", "L\u00adu", "Cá»™ng"), so a
 * garbled word counts as one invalid word instead of falling apart into ASCII.
 */
const WORD = /[\p{L}\p{M}\u0080-\u009f\u00a1-\u00aa\u00ac-\u00af\u00b1-\u00ba\u00bc-\u00bf\u02c6\u02dc\u2020\u2021\u2030\u2039\u203a\u2122]+/gu;
/** Weight of each code point below U+0100 in the penalty: C0 (but TAB LF VT FF CR), DEL and C1 weigh 1, Latin-1 symbols (not ° « ») ½. */
const PENALTY: Float32Array = (() => {
  const table = new Float32Array(256);
  for (let c = 0; c < 256; c++) {
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || (c >= 0x7f && c < 0xa0)) table[c] = 1;
    else if (c >= 0xa1 && c <= 0xbf && c !== 0xab && c !== 0xb0 && c !== 0xbb) table[c] = 0.5;
    else if (c === 0xd7 || c === 0xf7) table[c] = 0.5;
  }
  return table;
})();

/**
 * Scores how Vietnamese a decoded text looks. ASCII-only words are not
 * counted: every candidate decoding shares them.
 */
export function scoreVietnamese(text: string): VietnameseScore {
  let valid = 0;
  let invalid = 0;
  let common = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    if (isAscii(word)) continue;
    if (isVietnameseSyllable(word)) {
      valid++;
      if (COMMON.has(word.toLowerCase())) common++;
    } else if (isDAbbreviation(word) || isGluedSyllables(word) || isDongChi(word, text, m.index + word.length)) {
      valid++;
    } else {
      invalid++;
    }
  }
  let penalty = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x100) penalty += PENALTY[c]!;
    else if (c === 0xfffd) penalty += 1;
  }
  return { valid, invalid, common, penalty };
}

/**
 * Capital abbreviations with Đ ("QĐ", "HĐND", "LĐTBXH", "GDĐT"): the Đ is
 * the only non-ASCII letter and the word is no syllable, yet it is ordinary
 * Vietnamese. Without this, the "Số: 112/QĐ-UBND" and "Nơi nhận: - LĐVP;"
 * lines of a signature block look half invalid after a right repair.
 */
const D_ABBREVIATION = /^[A-ZĐ]{2,10}$/u;

/** "Đ/c Hải", "đ/c": đồng chí, abbreviated; a lone "Đ" elsewhere is no word. */
function isDongChi(word: string, text: string, end: number): boolean {
  return (word === 'Đ' || word === 'đ') && (text[end] === '/' && (text[end + 1] === 'c' || text[end + 1] === 'C'));
}

export function isDAbbreviation(word: string): boolean {
  return D_ABBREVIATION.test(word) && word.includes('Đ');
}

/** Longest syllable in letters (NFC "nghiêng", "khuyếch"), and at most this many glued syllables. */
const MAX_SYLLABLE = 7;
const MAX_GLUED = 4;
/** A syllable that may follow another inside a glued word starts with a consonant (not "Côòng" = "Cô" + "òng"). */
const CONSONANT_START = /^[bcdghklmnpqrstvxđ]/iu;

/**
 * Words that PDF text extraction glued together ("Kếhoạch", "giaiđoạn",
 * "VỀVIỆC", "CăncứLuật"): two to four syllables, each after the first
 * starting with a consonant. Linear: a table over the word's end positions,
 * each tried against the next MAX_SYLLABLE letters.
 */
export function isGluedSyllables(word: string): boolean {
  if (word.length < 4 || word.length > MAX_SYLLABLE * MAX_GLUED * 2 || !VIETNAMESE_LETTERS.test(word)) return false;
  const hit = gluedCache.get(word);
  if (hit !== undefined) return hit;
  const result = splitsIntoSyllables(word.normalize('NFC'));
  if (gluedCache.size >= CACHE_LIMIT) gluedCache.clear();
  // A copy: the word (up to 56 characters) may be a view into the whole document.
  gluedCache.set(detached(word), result);
  return result;
}

const gluedCache = new Map<string, boolean>();

function splitsIntoSyllables(nfc: string): boolean {
  return syllableCuts(nfc) !== null;
}

/** Where a glued word splits into its syllables (the cut offsets, fewest syllables), or null. */
function syllableCuts(nfc: string): number[] | null {
  const n = nfc.length;
  if (n < 4 || n > MAX_SYLLABLE * MAX_GLUED) return null;
  // parts[i]: fewest syllables that spell nfc.slice(0, i) (Infinity when none do); from[i]: where the last starts.
  const parts = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  parts[0] = 0;
  for (let i = 0; i < n; i++) {
    if (parts[i] === Infinity || parts[i]! >= MAX_GLUED) continue;
    if (i > 0 && !CONSONANT_START.test(nfc[i]!)) continue;
    for (let j = i + 1; j <= Math.min(n, i + MAX_SYLLABLE); j++) {
      if (parts[i]! + 1 < parts[j]! && isVietnameseSyllable(nfc.slice(i, j))) {
        parts[j] = parts[i]! + 1;
        from[j] = i;
      }
    }
  }
  if (!(parts[n]! >= 2 && parts[n]! <= MAX_GLUED)) return null;
  const cuts: number[] = [];
  for (let k = from[n]!; k > 0; k = from[k]!) cuts.unshift(k);
  return cuts;
}

/**
 * A word PDF text glued together, split again ("VỀVIỆC" → "VỀ VIỆC", "Kếhoạch" → "Kế hoạch");
 * any other word, and any word in ASCII letters only, as it is.
 */
export function unglueSyllables(word: string): string {
  // Only a word with Vietnamese letters: "online" would split as well ("on li ne").
  if (isAscii(word) || !isGluedSyllables(word)) return word;
  const nfc = word.normalize('NFC');
  const cuts = syllableCuts(nfc);
  if (cuts === null) return word;
  const out: string[] = [];
  let at = 0;
  for (const c of [...cuts, nfc.length]) {
    out.push(nfc.slice(at, c));
    at = c;
  }
  return out.join(' ');
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** One number to rank decodings by: valid minus invalid words, a quarter point per common word, minus penalties. */
export function scoreValue(s: VietnameseScore): number {
  return s.valid - s.invalid + s.common / 4 - s.penalty;
}

/** Share of counted words that are syllables (1 when there are none). */
export function validShare(s: VietnameseScore): number {
  const n = s.valid + s.invalid;
  return n === 0 ? 1 : s.valid / n;
}
