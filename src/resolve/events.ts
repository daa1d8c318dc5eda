/**
 * Dates of events every Vietnamese document may name without defining them: Tết Nguyên đán
 * (lunar New Year, computed at UTC+7) by its year name or its Gregorian year. They resolve
 * "trước Tết Nguyên đán Bính Ngọ" the way a named date defined in the text would, and are not
 * listed in `namedDates`.
 */
import { addDays, tetDate } from './calendar.js';
import type { DateContext } from './dates.js';

const STEMS = ['Canh', 'Tân', 'Nhâm', 'Quý', 'Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ'];
const BRANCHES = ['Thân', 'Dậu', 'Tuất', 'Hợi', 'Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi'];

/** "Bính Ngọ" for 2026. */
export function yearName(year: number): string {
  return `${STEMS[year % 10]} ${BRANCHES[year % 12]}`;
}

/** The stems and branches as written in lower case, with the branch spellings yearName does not use. */
export const STEM_WORDS: readonly string[] = STEMS.map((s) => s.toLocaleLowerCase('vi'));
const BRANCH_SPELLING = new Map([['tí', 'tý'], ['tị', 'tỵ'], ['mẹo', 'mão']]);
export const BRANCH_WORDS: readonly string[] = [...BRANCHES.map((b) => b.toLocaleLowerCase('vi')), ...BRANCH_SPELLING.keys()];

/**
 * The year named `stem branch` (lower case, as in STEM_WORDS and BRANCH_WORDS) nearest `near`:
 * `near`, then the next year, the one before and the one after that, the years whose Tết
 * builtInEvents names. A sixty-year cycle leaves no doubt. Null when none of them has that name.
 */
export function yearNamed(stem: string, branch: string, near: number): number | null {
  const name = `${stem} ${BRANCH_SPELLING.get(branch) ?? branch}`;
  for (const y of [near, near + 1, near - 1, near + 2]) if (yearName(y).toLocaleLowerCase('vi') === name) return y;
  return null;
}

/**
 * Names → ISO dates for the lunar New Year around the document's year: "tết nguyên đán bính ngọ",
 * "tết bính ngọ", "tết nguyên đán năm 2026", and plain "tết nguyên đán" for the next Tết after
 * the document date (or of the document's year when the date is unknown), and its eve ("đêm giao
 * thừa", the day before); the solar New Year
 * ("Tết Dương lịch 2027", plain "Tết Dương lịch": the next 1 January).
 */
export function builtInEvents(ctx: DateContext): Map<string, string> {
  const out = new Map<string, string>();
  const base = ctx.year;
  if (base === null) return out;
  for (let y = base - 1; y <= base + 2; y++) {
    const iso = tetDate(y);
    const name = yearName(y).toLocaleLowerCase('vi');
    for (const key of [`tết nguyên đán ${name}`, `tết ${name}`, `tết nguyên đán năm ${y}`, `tết nguyên đán ${y}`, `tết âm lịch ${y}`]) out.set(key, iso);
  }
  // Plain "Tết Nguyên đán": the next one after the document date.
  const docIso =
    ctx.month !== null ? `${base}-${String(ctx.month).padStart(2, '0')}-${String(ctx.day ?? 1).padStart(2, '0')}` : `${base}-01-01`;
  const next = tetDate(base) >= docIso ? tetDate(base) : tetDate(base + 1);
  out.set('tết nguyên đán', next);
  // New Year's Eve of that Tết: the last day of the lunar year ("vào đêm giao thừa").
  for (const key of ['đêm giao thừa', 'giao thừa', 'thời khắc giao thừa']) out.set(key, addDays(next, -1));
  // The solar New Year: "Tết Dương lịch 2027", and plain "Tết Dương lịch" the next one.
  for (let y = base - 1; y <= base + 2; y++) for (const key of [`tết dương lịch ${y}`, `tết dương lịch năm ${y}`]) out.set(key, `${y}-01-01`);
  out.set('tết dương lịch', docIso === `${base}-01-01` ? docIso : `${base + 1}-01-01`);
  return out;
}
