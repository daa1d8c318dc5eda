/**
 * Proper casing of organization names and titles printed in capitals
 * ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI" → "Ủy ban nhân dân tỉnh Lào Cai"). Vietnamese capitalizes
 * the head of an organization's specific name and place names; a table of known phrases
 * plus two rules (place names after tỉnh/xã…, the word after Sở/Bộ/Ban…) covers headers,
 * authorities and positions.
 */
import { isVietnameseSyllable } from '../../read/syllable.js';
import { foldKey, markedKey } from '../../text/fold.js';
import { px, HAS_LETTER, HAS_LOWER, HAS_UPPER, STARTS_UPPER } from '../../text/charclass.js';

/** Canonical casing of phrases, matched on folded words, longest first. */
const PHRASES: string[] = [
  'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Ủy ban bầu cử', 'Ban bầu cử', 'Tổ bầu cử',
  'Hội đồng bầu cử quốc gia', 'Ban Chỉ đạo', 'Ban Thường vụ', 'Ban Chấp hành Trung ương',
  'Ban Chấp hành Đảng bộ', 'Ban Chấp hành', 'Trung ương', 'Tỉnh ủy', 'Thành ủy', 'Huyện ủy',
  'Quận ủy', 'Thị ủy', 'Đảng ủy', 'Đảng bộ', 'Đảng đoàn', 'Ban cán sự đảng', 'Chi bộ',
  'Các cơ quan Đảng', 'Ủy ban Kiểm tra', 'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc', 'Văn phòng', 'Ban Tổ chức',
  'Ban Tuyên giáo và Dân vận', 'Ban Tuyên giáo', 'Ban Dân vận', 'Ban Nội chính',
  'Ban Kinh tế - Ngân sách', 'Ban Pháp chế', 'Ban Văn hóa - Xã hội', 'Ban Dân tộc',
  'Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính', 'Sở Công Thương', 'Sở Nông nghiệp và Môi trường',
  'Sở Xây dựng', 'Sở Khoa học và Công nghệ', 'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Văn hóa và Thể thao', 'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Ngoại vụ',
  'Sở Dân tộc và Tôn giáo', 'Sở Du lịch', 'Sở Kế hoạch và Đầu tư',
  'Sở Lao động - Thương binh và Xã hội', 'Sở Thông tin và Truyền thông', 'Sở Giao thông vận tải',
  'Sở Tài nguyên và Môi trường', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Quy hoạch - Kiến trúc',
  'Thanh tra', 'Công an', 'Bộ Chỉ huy Quân sự', 'Bộ Chỉ huy Bộ đội Biên phòng', 'Bộ đội Biên phòng',
  'Chính phủ', 'Thủ tướng Chính phủ', 'Quốc hội', 'Ủy ban Thường vụ Quốc hội', 'Bộ Chính trị',
  'Ban Bí thư', 'Bộ Nội vụ', 'Bộ Tài chính', 'Bộ Tư pháp', 'Bộ Công an', 'Bộ Quốc phòng',
  'Chủ tịch', 'Phó Chủ tịch', 'Bí thư', 'Phó Bí thư', 'Thường trực', 'Giám đốc', 'Phó Giám đốc',
  'Tổng Giám đốc', 'Trưởng ban', 'Phó Trưởng ban', 'Chánh Văn phòng', 'Phó Chánh Văn phòng',
  'Trưởng phòng', 'Phó Trưởng phòng', 'Thủ trưởng', 'Cục trưởng', 'Chi cục trưởng', 'Phó Chi cục trưởng', 'Bộ trưởng', 'Thứ trưởng',
  'Chi cục', 'Chi cục Kiểm lâm', 'Chi cục Thuế',
  'Chánh Thanh tra', 'Tổ trưởng', 'Ủy viên', 'Chủ nhiệm', 'Phó Chủ nhiệm', 'Việt Nam', 'Đảng Cộng sản Việt Nam',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Liên đoàn Lao động', 'Hội Liên hiệp Phụ nữ',
  'Hội Nông dân', 'Hội Cựu chiến binh', 'Kho bạc Nhà nước', 'Bảo hiểm xã hội', 'Ngân hàng Nhà nước',
  'Tòa án nhân dân', 'Viện Kiểm sát nhân dân', 'Trung tâm', 'Phòng', 'Hồ Chí Minh',
  // the army's and the tax offices' own bodies ("ĐẢNG ỦY QUÂN SỰ TỈNH", "THUẾ CƠ SỞ 3")
  'Đảng ủy Quân sự', 'Đảng ủy Công an', 'Thuế cơ sở', 'Trưởng Thuế cơ sở', 'Phó Trưởng Thuế cơ sở',
  // the city's name has "Thành phố" in it ("Thành ủy Thành phố Hồ Chí Minh")
  'Thành phố Hồ Chí Minh',
  // ministries whose names have more than one capital ("Bộ Nông nghiệp và Môi trường")
  'Bộ Nông nghiệp và Môi trường', 'Bộ Khoa học và Công nghệ', 'Bộ Văn hóa, Thể thao và Du lịch',
  'Bộ Giáo dục và Đào tạo', 'Bộ Dân tộc và Tôn giáo', 'Bộ Công Thương', 'Bộ Tài nguyên và Môi trường',
  'Bộ Nông nghiệp và Phát triển nông thôn', 'Bộ Lao động - Thương binh và Xã hội', 'Bộ Kế hoạch và Đầu tư',
  'Bộ Thông tin và Truyền thông', 'Bộ Giao thông vận tải',
  // the Youth Union's committees; "Ủy ban" before an abbreviation ("Ủy ban MTTQ")
  'Tỉnh đoàn', 'Thành đoàn', 'Huyện đoàn', 'Quận đoàn', 'Ủy ban',
  // a commune's departments: "PHÒNG VĂN HÓA - XÃ HỘI" is not "xã Hội"
  'Văn hóa - Xã hội', 'Kinh tế, Hạ tầng và Đô thị',
  // the armed forces, schools and the tax offices of 2025 ("THUẾ TỈNH NINH BÌNH", "CỤC THUẾ")
  'Bộ Tư lệnh', 'Quân khu', 'Quân đoàn', 'Chỉ huy trưởng', 'Phó Chỉ huy trưởng', 'Tham mưu trưởng',
  'Phó Tham mưu trưởng', 'Chính ủy', 'Phó Chính ủy', 'Hiệu trưởng', 'Phó Hiệu trưởng', 'Phó Trưởng',
  'Thuế', 'Cục Thuế', 'Hải quan', 'Thủ tướng', 'Phó Thủ tướng',
  // the national target programmes, named as proper nouns ("Ban Chỉ đạo các Chương trình mục tiêu quốc gia")
  'Chương trình mục tiêu quốc gia',
  // a council's own word, and the defence-education council's field ("HỘI ĐỒNG GIÁO DỤC QUỐC PHÒNG VÀ AN NINH")
  'Hội đồng', 'Giáo dục quốc phòng và an ninh',
  'Bệnh viện',
];

/**
 * Abbreviations of a kind of school (and of the education office), after which the rest of
 * the name is its own name ("TRƯỜNG THPT NGUYỄN DU" → "Trường THPT Nguyễn Du", "SỞ GD&ĐT
 * HƯNG YÊN" → "Sở GD&ĐT Hưng Yên").
 */
const NAME_AFTER = new Set(['THPT', 'THCS', 'TH', 'MN', 'MG', 'PTDTNT', 'PTDTBT', 'PTDTBT-THCS', 'TH&THCS', 'THCS&THPT', 'GDTX', 'GDNN-GDTX', 'GD&ĐT']);

/**
 * Words after which the rest of a header line is a place name, as written (lower case,
 * new-style tones): folded, "QUẢN LÝ" would be "quận" and "TINH GỌN" "tỉnh".
 */
const LOCALITY_WORDS = new Set([
  'tỉnh', 'xã', 'phường', 'huyện', 'quận', 'thị trấn', 'thành phố', 'thị xã', 'đặc khu',
  'tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy', 'thị ủy', 'thôn', 'xóm', 'ấp', 'khu phố', 'tổ dân phố',
].map(markedKey));
/** The same folded: a cheap test on the folded words before the exact one. */
const LOCALITY = new Set([...LOCALITY_WORDS].map((w) => foldKey(w)));
/** Whether the `n` words from `i` are a locality word as written. */
function isLocalityAt(words: readonly string[], i: number, n: number): boolean {
  return LOCALITY_WORDS.has(markedKey(words.slice(i, i + n).join(' ')));
}

/** Heads whose next word starts the specific name ("Sở Giao thông…", "Bộ Ngoại giao"). */
const NAME_HEADS = new Set(['so', 'bo', 'ban', 'cuc', 'vu', 'phong', 'trung tam', 'chi cuc', 'tong cuc', 'vien', 'hoi', 'doan', 'benh vien']);

/** Abbreviations kept in capitals ("UBND", "HĐND", "MTTQ", "VN", "TW"). */
export const ABBREVIATIONS = new Set(
  [
    'UBND', 'HĐND', 'MTTQ', 'UBMTTQ', 'UBMTTQVN', 'MTTQVN', 'VN', 'TW', 'TU', 'UBBC', 'BCĐ', 'BTV', 'BCH',
    'UBKT', 'VPTU', 'VP', 'CA', 'BCHQS', 'BĐBP', 'LĐLĐ', 'HLHPN', 'ĐTN', 'HND', 'HCCB', 'HĐBCQG', 'TP',
    'TT', 'CT', 'PCT', 'KH&CN', 'KHCN', 'GD&ĐT', 'VH-TT&DL', 'TN&MT', 'NN&MT', 'NN&PTNT', 'LĐ-TB&XH', 'SNV',
    'STC', 'STP', 'SCT', 'SXD', 'SYT', 'CNTT', 'QH', 'QH15', 'QH16', 'HĐBC', 'UBTVQH', 'ĐBQH', 'XDCQ&CTTN',
  ].map((a) => a),
);

const PHRASE_TABLE: Array<{ key: string[]; words: string[] }> = PHRASES.map((p) => ({
  key: foldKey(p).split(' '),
  words: p.split(' '),
})).sort((a, b) => b.key.length - a.key.length);

function titleWord(w: string): string {
  if (w.length === 0) return w;
  const lower = w.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

function isAllCaps(w: string): boolean {
  return HAS_UPPER.test(w) && !HAS_LOWER.test(w);
}

const NON_LETTERS = px(/[^\p{L}\p{M}]/gu);

/**
 * A word in capitals that stays so: a known abbreviation, or letters that are no Vietnamese
 * syllable ("IUU", "OCOP", "VNPT", "QH15").
 */
function isAbbreviation(w: string): boolean {
  if (ABBREVIATIONS.has(w)) return true;
  const letters = w.replace(NON_LETTERS, '');
  return letters.length >= 2 && !isVietnameseSyllable(letters.toLocaleLowerCase('vi'));
}

/**
 * Sentence case for a name printed in capitals. Words that were not all-caps (already
 * mixed case) are kept as they are; known abbreviations stay in capitals.
 */
/** Words a lone "I" follows as a numeral: "KHU VỰC I", "CẤP I", "QUÝ I". */
const ROMAN_BEFORE = /^(?:VỰC|CẤP|QUÝ|THỨ|KHÓA|KHOÁ|ĐỢT|PHẦN|SỐ|ĐOẠN|LOẠI|HẠNG)$/u;

export function sentenceCase(text: string): string {
  const words = text.trim().split(/\s+/u).filter((w) => w.length > 0);
  if (words.length === 0) return '';
  // (a Roman numeral after a word, "KHU VỰC V", "KHÓA XI", stays a numeral)
  const keep = words.map((w, k) => !isAllCaps(w) || isAbbreviation(w) || (k > 0 && /^[IVX]{1,4}[.,;:]?$/u.test(w) && (w !== 'I' || ROMAN_BEFORE.test(words[k - 1] as string))));
  const out: string[] = words.map((w, k) => (keep[k] ? w : w.toLocaleLowerCase('vi')));
  const folded = words.map((w) => foldKey(w));
  const fixed: boolean[] = [...keep];
  /** Where the known phrase covering each word starts, and its length in words. */
  const phraseAt: Array<[number, number] | undefined> = [];

  // Known phrases.
  for (let i = 0; i < words.length; i++) {
    for (const phrase of PHRASE_TABLE) {
      const n = phrase.key.length;
      if (i + n > words.length) continue;
      let ok = true;
      for (let k = 0; k < n; k++) {
        // A dash or comma inside the phrase ("Văn hóa - Xã hội") has no case to keep.
        if (folded[i + k] !== phrase.key[k] || (fixed[i + k] && HAS_LETTER.test(words[i + k] as string))) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      for (let k = 0; k < n; k++) {
        // Casing from the table, letters (and tone placement) as written.
        const model = phrase.words[k] as string;
        const word = words[i + k] as string;
        out[i + k] = STARTS_UPPER.test(model) ? titleWord(word) : word.toLocaleLowerCase('vi');
        fixed[i + k] = true;
        phraseAt[i + k] = [i, n];
      }
      i += n - 1;
      break;
    }
  }

  // Place names after a locality word; specific names after Sở/Bộ/Ban….
  for (let i = 0; i < words.length; i++) {
    const one = folded[i] ?? '';
    const two = i + 1 < words.length ? `${one} ${folded[i + 1]}` : '';
    const loc = LOCALITY.has(two) && isLocalityAt(words, i, 2) ? 2 : LOCALITY.has(one) && isLocalityAt(words, i, 1) ? 1 : 0;
    if (loc > 0) {
      for (let k = i + loc; k < words.length; k++) {
        // "PHƯỜNG XUÂN HƯƠNG - ĐÀ LẠT": a place named by two, joined by a dash
        if (/^[-–]$/u.test(words[k] as string) && k > i + loc && k + 1 < words.length && isAllCaps(words[k + 1] as string) && !fixed[k + 1]) continue;
        // "XÃ EA KAR", "HUYỆN KRÔNG PẮC": a place's name in capitals that are no Vietnamese
        // syllable is still a name, not an abbreviation (a known one, "UBND", stays).
        const foreign = fixed[k] && !ABBREVIATIONS.has(words[k] as string) && isAllCaps(words[k] as string) && !phraseAt[k];
        if (fixed[k] && !foreign) break;
        out[k] = titleWord(words[k] as string);
        fixed[k] = true;
      }
      i += loc - 1;
      continue;
    }
    const head = NAME_HEADS.has(two) ? 2 : NAME_HEADS.has(one) ? 1 : 0;
    // A head the phrase table already cased as itself ("Trung tâm") still opens a specific
    // name; a head inside a longer phrase ("Đảng bộ", "Chi bộ") does not.
    const phrase = phraseAt[i];
    if (head > 0 && (!fixed[i] || (phrase !== undefined && phrase[0] === i && phrase[1] === head))) {
      if (!fixed[i]) out[i] = titleWord(words[i] as string);
      const next = i + head;
      // "BCH ĐOÀN TỈNH NINH BÌNH": a locality after the head is the place, not a specific name.
      const place = next < words.length && isLocalityAt(words, next, 1);
      if (next < words.length && !fixed[next] && !place) {
        out[next] = titleWord(words[next] as string);
        fixed[next] = true;
      }
    }
  }

  // The name after a kind of school or company, up to a locality word (cased above).
  for (let i = 0; i < words.length; i++) {
    if (!NAME_AFTER.has(words[i] as string)) continue;
    // "CHI BỘ TRƯỜNG THCS HƯNG ĐẠO": "Trường THCS Hưng Đạo" is the school's name.
    if (i > 0 && folded[i - 1] === 'truong' && !fixed[i - 1]) out[i - 1] = titleWord(words[i - 1] as string);
    for (let k = i + 1; k < words.length && !fixed[k] && !isLocalityAt(words, k, 1) && !isLocalityAt(words, k, 2); k++) {
      out[k] = titleWord(words[k] as string);
      fixed[k] = true;
    }
  }

  // A hospital's department: "KHOA HỒI SỨC TÍCH CỰC - CHỐNG ĐỘC" → "Khoa Hồi sức tích cực - Chống
  // độc" (its name's first word, and the first after a dash, capitalized; a locality ends it).
  for (let i = 0; i + 1 < words.length; i++) {
    // ("KHOA HỌC" is science: "Sở Khoa học và Công nghệ", "Đảng ủy khoa học …")
    // ("ĐA KHOA" is general: "Bệnh viện Đa khoa tỉnh")
    if (folded[i] !== 'khoa' || fixed[i] || keep[i + 1] || folded[i + 1] === 'hoc' || folded[i - 1] === 'da') continue;
    out[i] = titleWord(words[i] as string);
    let capital = true;
    for (let k = i + 1; k < words.length && !isLocalityAt(words, k, 1) && !isLocalityAt(words, k, 2); k++) {
      if (/^[-–]$/u.test(words[k] as string)) {
        capital = true;
        continue;
      }
      if (keep[k]) break;
      out[k] = capital ? titleWord(words[k] as string) : (words[k] as string).toLocaleLowerCase('vi');
      capital = false;
    }
    break;
  }

  const first = out[0] as string;
  if (!keep[0]) out[0] = first.charAt(0).toLocaleUpperCase('vi') + first.slice(1);
  return out.join(' ');
}

/** "NGUYỄN TUẤN ANH" → "Nguyễn Tuấn Anh"; mixed-case names are kept. */
export function nameCase(text: string): string {
  return text
    .trim()
    .split(/\s+/u)
    .map((w) => (isAllCaps(w) ? titleWord(w) : w))
    .join(' ');
}
