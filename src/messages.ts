/**
 * Every sentence the tool says to a person, in Vietnamese and English. The library builds
 * warnings with these texts (data), the CLI prints them; nothing here touches a terminal.
 */
import type { Lang } from './types.js';

type Params = Record<string, string | number>;
type Catalog = Record<string, { vi: string; en: string }>;

export const MESSAGES = {
  'number-blank': {
    vi: 'Số văn bản để trống (bản dự thảo hoặc chưa vào số): {reference}',
    en: 'The document number is blank (a draft or not yet registered): {reference}',
  },
  'date-incomplete': {
    vi: 'Ngày ban hành chưa đầy đủ: "{text}"',
    en: 'The issue date is incomplete: "{text}"',
  },
  'date-missing': {
    vi: 'Không thấy ngày ban hành; thời hạn không ghi năm sẽ lấy năm từ các ngày khác trong văn bản',
    en: 'No issue date found; deadlines written without a year take the year of the other dates in the text',
  },
  'not-a-document': {
    vi: 'Không nhận ra văn bản hành chính: không có số, ngày, tên loại, nơi nhận hay nhiệm vụ',
    en: 'This does not look like an administrative document: no number, date, type, addressee or task',
  },
  'duplicate-label': {
    vi: 'Mục "{label}" bị trùng số thứ tự; mục sau được ghi là "{id}"',
    en: 'Item "{label}" repeats a number; the later one is recorded as "{id}"',
  },
  'encoding-guess': {
    vi: 'Chưa chắc chắn về bảng mã của tệp (đoán là {encoding}); hãy kiểm tra lại chữ tiếng Việt',
    en: 'Unsure of the file encoding (guessed {encoding}); check the Vietnamese text',
  },
  'encoding-repaired': {
    vi: 'Đã chuyển phông chữ cũ ({encoding}) sang Unicode',
    en: 'Converted legacy font text ({encoding}) to Unicode',
  },
} satisfies Catalog;

export type MessageCode = keyof typeof MESSAGES;

export function message(code: MessageCode, params: Params = {}, lang: Lang = 'vi'): string {
  const template = MESSAGES[code][lang];
  return template.replace(/\{(\w+)\}/gu, (_, key: string) => String(params[key] ?? ''));
}
