import { px, HAS_UPPER } from '../text/charclass.js';
/**
 * Item labels at the start of a paragraph: "I.", "II-", "1.", "1.1.", "1-", "(1)", "a)",
 * "a.", "-", "+", "•". Each kind nests under whatever kind encloses it; the kind, not the
 * value, decides the hierarchy (see body.ts).
 */

export type LabelKind =
  | 'part' // "Phần I", "PHẦN THỨ NHẤT"
  | 'roman'
  | 'article' // "Điều 1."
  | 'step' // "Bước 1:" — a step of a procedure (a Hướng dẫn)
  | 'month' // "Tháng 3:" — a line of a yearly plan's month-by-month schedule
  | 'ordinal' // "Một là, …", "Hai là, …" — the tasks of a resolution counted in words

  | 'upper' // "A.", "B."
  | 'dec1'
  | 'dec2'
  | 'dec3'
  | 'dec4'
  | 'dec5'
  | 'paren-num'
  | 'paren-letter'
  | 'letter'
  | 'dash'
  | 'plus'
  | 'bullet'
  | 'bullet2'; // "○", "◦": the second level of a word processor's bullets

export interface Label {
  kind: LabelKind;
  /** As printed, trimmed ("1.1.", "(1)", "a)", "-"). */
  raw: string;
  /** Path element: trailing "." and ")" stripped ("1.1", "(1)", "a"); "" for bullets (numbered later). */
  key: string;
  /** Characters consumed, including the space after the label. */
  length: number;
}

interface LabelRule {
  kind: LabelKind | ((m: RegExpExecArray) => LabelKind);
  pattern: RegExp;
  key: (m: RegExpExecArray) => string;
}

const PART_WORDS: Record<string, string> = { PHẦN: 'Phần', MỤC: 'Mục', CHƯƠNG: 'Chương' };

const ROMAN = '(?:XX|X{0,1}(?:IX|IV|V?I{1,3}|V)|X)';

/** Ordered: the first rule that matches wins. All anchored, no nested quantifiers. */
const LABEL_RULES: LabelRule[] = [
  {
    kind: 'part',
    // The key keeps the word, as "Điều 2" does: "Phần II/1/a" cannot be confused with a
    // roman section "II" under a part.
    pattern: new RegExp(`^(PHẦN|Phần|MỤC|Mục|CHƯƠNG|Chương)\\s{1,3}(${ROMAN}|\\d{1,2})\\s{0,2}[.:\\-–]?\\s{0,3}`, 'u'),
    key: (m) => `${PART_WORDS[m[1] ?? ''] ?? m[1]} ${m[2] ?? ''}`,
  },
  {
    kind: 'article',
    pattern: /^(?:Điều|ĐIỀU)\s{1,3}(\d{1,3})\s{0,2}[.:]?(?:\s{1,4}|$)/u,
    key: (m) => `Điều ${m[1] ?? ''}`,
  },
  {
    kind: 'step',
    // "Bước 1: Đăng ký cấp mã số", "BƯỚC 2." — the key keeps the word, as "Điều 2" does.
    pattern: /^(?:Bước|BƯỚC)\s{1,3}(\d{1,2})\s{0,2}[.:\-–]\s{0,3}/u,
    key: (m) => `Bước ${m[1] ?? ''}`,
  },
  {
    kind: 'month',
    // "Tháng 3: Chi ủy tổ chức …" (a colon right after the month; "Tháng 3/2027 …" is no label),
    // "Tháng 1, 2: …" (two months), "Quý II: …" (a quarter of the same schedule).
    pattern: new RegExp(`^(?:(?:Tháng|THÁNG)\\s{1,3}(\\d{1,2})(?:\\s{0,2}(?:,|và|-|–)\\s{0,2}(\\d{1,2}))?|(?:Quý|QUÝ)\\s{1,3}(${ROMAN}|[1-4]))\\s{0,2}:\\s{0,3}(?=\\S)`, 'u'),
    key: (m) => (m[3] !== undefined ? `Quý ${m[3]}` : m[2] !== undefined ? `Tháng ${Number(m[1] ?? '')}, ${Number(m[2])}` : `Tháng ${Number(m[1] ?? '')}`),
  },
  {
    kind: 'ordinal',
    // "Một là, tập trung …", "HAI LÀ:" — a resolution's tasks counted in words; the key keeps
    // the words as printed ("III/Một là").
    pattern: /^(Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười|MỘT|HAI|BA|BỐN|NĂM|SÁU|BẢY|TÁM|CHÍN|MƯỜI)\s{1,2}(?:là|LÀ)\s{0,2}[,:.]\s{0,3}(?=\S)/u,
    key: (m) => `${(m[1] ?? '').charAt(0)}${(m[1] ?? '').slice(1).toLocaleLowerCase('vi')} là`,
  },
  {
    kind: 'roman',
    // "II- NHIỆM VỤ" is a heading; "II-2026." is a wrapped "quý II-2026" (a year follows the dash).
    // "III/ PHƯƠNG HƯỚNG" (a slash and a space; "I/2026" is a quarter).
    pattern: new RegExp(`^(${ROMAN})\\s{0,2}(?:\\.|[-–](?!\\s{0,3}\\d)|\\)|:|\\/(?=\\s{1,3}\\D))\\s{0,3}(?=\\S)`, 'u'),
    key: (m) => m[1] ?? '',
  },
  {
    kind: 'upper',
    pattern: /^([A-HJ-UWYZĐ])[.)]\s{1,3}(?=\S)/u,
    key: (m) => m[1] ?? '',
  },
  {
    kind: 'dec1',
    // Chat apps number items with keycap emoji: "1️⃣ Trưởng các thôn: …", "🔟 …".
    pattern: /^(?:(\d)\uFE0F?\u20E3|(\u{1F51F}))\s{0,4}(?=\S)/u,
    key: (m) => (m[2] !== undefined ? '10' : (m[1] ?? '')),
  },
  {
    kind: (m) => (['dec1', 'dec2', 'dec3', 'dec4', 'dec5'] as const)[(m[1] ?? '').split('.').length - 1] ?? 'dec5',
    // "1." "1)" "1-" "1.1." "1.1" "1.1.1." — never "25/02", "2021-2026", "1.000".
    // "1." "1)" "1:" may touch the text ("1.Tổ chức"); "1-" needs a space ("805-CV/ĐU" is a symbol).
    // "1/ Trưởng các thôn, buôn:" as a clerk types it on a phone ("1/5/2027" has no space after "/").
    pattern: px(/^(\d{1,3}(?:\.\d{1,2}){0,4})(?:(?:\.|\)|:)(?:\s{1,4}|(?=\p{Lu}))|[-–—/]\s{1,4}|\s{1,4})(?=\S)/u),
    key: (m) => m[1] ?? '',
  },
  {
    kind: 'paren-num',
    pattern: /^\((\d{1,2})\)\s{0,3}(?=\S)/u,
    key: (m) => `(${m[1] ?? ''})`,
  },
  {
    kind: 'paren-letter',
    pattern: /^\(([a-zđ])\)\s{0,3}(?=\S)/u,
    key: (m) => `(${m[1] ?? ''})`,
  },
  {
    kind: 'letter',
    // "a)", "a.", "a-", "a/" as some writers type it, and "b–"/"b—" (a dash a scan or a word processor made)
    pattern: /^([a-zđ])[).\-/–—]\s{1,3}(?=\S)/u,
    key: (m) => m[1] ?? '',
  },
  {
    kind: 'dash',
    pattern: px(/^[-–—−](?:\s{1,4}|(?=\p{L}))(?=\S)/u),
    key: () => '',
  },
  {
    kind: 'plus',
    pattern: /^\+\s{0,4}(?=\S)/u,
    key: () => '',
  },
  {
    kind: 'bullet',
    // Includes the emoji bullets of documents pasted from chat apps ("👉 Chủ trì …", "✅", "🔹")
    // and the arrows typed in a chat ("=> Giao …", "-> …", "→").
    pattern: /^(?:[•·▪●■□➢►✓❖*➤◆♦▶➡✔☑✅⏩📌🔹🔸🔷🔶🔺💠⇒→]|=>|->|\u{1F449})\uFE0F?\s{0,4}(?=\S)/u,
    key: () => '',
  },
  {
    // Google Docs and Word write a list's second level with a hollow circle under "●".
    kind: 'bullet2',
    pattern: /^[○◦]\s{0,4}(?=\S)/u,
    key: () => '',
  },
];

export function readLabel(text: string): Label | null {
  // "👉 1- Các cấp ủy …" (a chat app's pointer before a numbered item): the number is the label.
  const pointer = POINTER_BEFORE_LABEL.exec(text);
  if (pointer) {
    const inner = readLabelAt(text.slice(pointer[0].length));
    if (inner && !BULLET_KINDS.has(inner.kind)) return { ...inner, length: pointer[0].length + inner.length };
  }
  return readLabelAt(text);
}

/** A pictograph a chat app's user puts before a numbered label. */
const POINTER_BEFORE_LABEL = /^(?:[➢►➤▶➡⏩📌🔹🔸🔷🔶🔺💠⇒→✅☑✔]|\u{1F449})\uFE0F?\s{1,4}(?=[\dIVXa-zđ])/u;

function readLabelAt(text: string): Label | null {
  for (const rule of LABEL_RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const kind = typeof rule.kind === 'function' ? rule.kind(m) : rule.kind;
    const raw = m[0].trim();
    // A decimal "label" with no separator must be followed by a capital ("1 Tổ chức"), not "45 xã".
    if (kind.startsWith('dec') && !/[.)\-:]$/.test(raw) && !raw.includes('.')) {
      const next = text.slice(m[0].length, m[0].length + 1);
      if (!HAS_UPPER.test(next)) continue;
    }
    return { kind, raw, key: rule.key(m), length: m[0].length };
  }
  return null;
}

export const BULLET_KINDS: ReadonlySet<LabelKind> = new Set(['dash', 'plus', 'bullet', 'bullet2']);
