/**
 * Cited documents: "kết luận số 131-KL/BCĐ ngày 12/02/2026 của Ban Chỉ đạo…",
 * "Công văn số 2986/SNV-XDCQ&CTTN ngày 14/11/2025", "Luật Tổ chức chính quyền địa phương
 * ngày 19/6/2015", "Nghị quyết số 85/NQ-HĐBCQG".
 */
import type { CitedDocument, CitedType } from '../types.js';
import { canonicalTones, foldKey } from '../text/fold.js';
import { posOf, type Para } from '../text/para.js';
import { CITED_TYPE_WORDS, TYPE_CODES } from '../rules/vi/layout.js';
import { restoreHyphen } from '../segment/header.js';
import { warm } from '../text/regexp.js';
import { toIso } from '../resolve/calendar.js';
import { expandProperties, px } from '../text/charclass.js';

const TYPE_WORDS = [
  'thông báo kết luận', 'thông tư liên tịch', 'hướng dẫn liên ngành', 'kết luận', 'thông báo', 'kế hoạch',
  'công văn', 'công điện', 'chỉ thị', 'quyết định', 'nghị quyết', 'nghị định', 'thông tư', 'hướng dẫn',
  'báo cáo', 'tờ trình', 'giấy mời', 'quy định', 'chương trình', 'đề án', 'luật', 'văn bản',
];
const REF_SOURCE = expandProperties(String.raw`\d{1,6}\s?(?:\/\s?\d{4}\s?)?[\/-]\s?[\p{L}\d&.]{1,20}(?:\s?[\/-]\s?[\p{L}\d&.]{1,20}){0,5}`);
/** "công văn" → "[Cc]ông văn|CÔNG VĂN": case-insensitive on the first letter only (the `i` flag would also fold \p{Lu}). */
// Spaces inside a type name may be lost in PDF text ("Kếhoạch").
const typeAlternatives = TYPE_WORDS.flatMap((w) => {
  const first = w.charAt(0);
  return [`[${first}${first.toLocaleUpperCase('vi')}]${w.slice(1)}`, w.toLocaleUpperCase('vi')];
})
  .map((alt) => alt.replace(/ /gu, '\\s{0,2}'))
  .join('|');
const CITE = px(new RegExp(
  // "Báo cáo thẩm tra số 19/BC-KTNS", "Tờ trình liên ngành số …": a word or two after the type, then "số".
  String.raw`(?<![\p{L}])(?:(?<type>${typeAlternatives})(?![\p{L}])(?:(?:\s{1,3}[\p{Ll}]{2,8}){1,2}\s{1,3}số:?\s{0,3}|\s{0,3}(?:số\s{0,3}|số:\s{0,3})?)(?<ref>${REF_SOURCE})|(?<law>Bộ luật|Luật)\s{1,3}(?<name>[\p{Lu}](?:[^,;.()\d]|,(?=\s\p{Ll})){2,120}?)(?<!\s(?:trước|đến|tới|trong|từ|sau|hết|nhất|là|vào))\s{1,3}(?:số\s{1,3}(?<lawref>${REF_SOURCE})\s{0,3})?(?=,?\s{0,3}ngày\s))`,
  'gu',
));
/** "Ngày 26/01/2027, Sở ban hành ": a date opening the sentence that issues the citation. */
const DATE_BEFORE = /(?:^|[.;:]\s{1,3})[Nn]gày\s{0,3}(?<d>\d{1,2})\s?[/.-]\s?(?<m>\d{1,2})\s?[/.-]\s?(?<y>\d{4})\s{0,3},[^.;:\d]{0,60}(?:ban hành|đã ban hành|ký|đã ký|gửi)\s{1,3}$/u;
const DATE_AFTER = /^\s{0,3},?\s{0,3}(?:ban hành\s{1,3})?ngày\s{0,3}(?:(?<d>\d{1,2})\s?[/.-]\s?(?<m>\d{1,2})\s?[/.-]\s?(?<y>\d{4})|(?<d2>\d{1,2})\s{1,3}tháng\s{1,3}(?<m2>\d{1,2})\s{1,3}năm\s{1,3}(?<y2>\d{4}))/iu;
const ISSUER_AFTER = px(new RegExp(
  String.raw`^\s{0,3}(?:của|do)\s{1,3}(?<issuer>[\p{Lu}][^,;.()]{2,150}?)(?=\s{1,3}(?:về|về việc|V\/v|nhằm|để|triển khai|quy định|hướng dẫn|tại)\s|\s{1,3}(?:và|,)\s{1,3}(?:${TYPE_WORDS.map((w) => `[${w.charAt(0)}${w.charAt(0).toLocaleUpperCase('vi')}]${w.slice(1)}`).join('|')})(?![\p{L}])|[,;.()]|$)`,
  'u',
));

const TYPE_MAP = new Map(CITED_TYPE_WORDS);

const LEADING_TYPE_CODE = px(/^\d+-([\p{L}]{1,4})\//u);
const INNER_TYPE_CODE = px(/[/-]([\p{L}]{1,4})[/-]/u);

function typeOf(word: string, reference: string | null): CitedType | null {
  const t = TYPE_MAP.get(foldKey(word)) ?? null;
  if (t !== null && t !== 'other') return t;
  if (reference) {
    const code = INNER_TYPE_CODE.exec(reference)?.[1] ?? LEADING_TYPE_CODE.exec(reference)?.[1];
    if (code && TYPE_CODES[code]) return TYPE_CODES[code] as CitedType;
    return 'cong-van';
  }
  return t;
}

/** A cited document's date as ISO, or null when the month or day cannot be one. */
function citedDate(d: string | undefined, m: string | undefined, y: string | undefined): string | null {
  if (d === undefined || m === undefined || y === undefined) return null;
  return +m >= 1 && +m <= 12 && +d >= 1 && +d <= 31 ? toIso(+y, +m, +d) : null;
}

export function findReferences(paras: Para[], own: string | null): CitedDocument[] {
  const out: CitedDocument[] = [];
  /** Each citation by its key, to merge later mentions into the first. */
  const seen = new Map<string, CitedDocument>();
  for (const para of paras) {
    // A citation is kept only with a number or a date, and both are digits of this
    // paragraph: without a digit there is nothing to find, and the big pattern need not run.
    if (!/\d/u.test(para.text)) continue;
    const text = canonicalTones(para.text);
    warm(CITE);
    CITE.lastIndex = 0;
    for (let m = CITE.exec(text); m; m = CITE.exec(text)) {
      const g = m.groups ?? {};
      const rawRef = g.ref ?? g.lawref;
      const ref = rawRef ? restoreHyphen(rawRef.replace(/\s+/gu, '').replace(/\.+$/u, '')) : null;
      const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 240);
      const dm = DATE_AFTER.exec(tail);
      let date: string | null = null;
      let consumed = 0;
      if (dm?.groups) {
        date = citedDate(dm.groups.d ?? dm.groups.d2, dm.groups.m ?? dm.groups.m2, dm.groups.y ?? dm.groups.y2);
        if (date !== null) consumed = dm[0].length;
      }
      // "Ngày 26/01/2027, Sở ban hành Công văn số 214/SNNMT-CNTY …": the date before it.
      if (date === null && ref !== null) {
        const db = DATE_BEFORE.exec(text.slice(Math.max(0, m.index - 120), m.index));
        if (db?.groups) date = citedDate(db.groups.d, db.groups.m, db.groups.y);
      }
      const typeWord = g.type ?? 'luật';
      // A citation needs a number, or (for a law named in full) a date.
      if (ref === null && date === null) continue;
      const im = ISSUER_AFTER.exec(tail.slice(consumed));
      const issuer = im?.groups?.issuer?.trim() ?? null;
      const end = m.index + m[0].length + consumed + (im ? im[0].length : 0);
      const key = ref ?? `${foldKey(typeWord + (g.name ?? ''))}@${date}`;
      if (own !== null && ref === own) continue;
      const first = seen.get(key);
      if (first) {
        // A later mention that gives the date ("Kết luận số 215-KL/TU[^1]" … "[^1]: Kết luận số
        // 215-KL/TU ngày 20/11/2026") completes the first.
        if (first.date === null) first.date = date;
        continue;
      }
      const pos = posOf(para, m.index);
      const cited: CitedDocument = {
        type: typeOf(typeWord, ref),
        reference: ref,
        date,
        issuer: issuer && issuer.length > 0 ? para.text.slice(end - (im?.[0].length ?? 0), end).replace(/^\s*(của|do)\s+/u, '').trim() : null,
        text: para.text.slice(m.index, end).replace(/\s+/gu, ' ').trim(),
        line: pos.line,
        column: pos.column,
      };
      seen.set(key, cited);
      out.push(cited);
      // The next citation may sit inside this one's issuer ("… của Bộ Chính trị và Kế hoạch số …").
      CITE.lastIndex = Math.max(CITE.lastIndex, m.index + m[0].length + consumed);
    }
  }
  return out;
}
