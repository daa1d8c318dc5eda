/**
 * The exporters' own words — headings, column names, day counts — in Vietnamese and
 * English. Document content (unit names, task text, deadlines as written, type names) is
 * never translated; only these labels follow `--lang`.
 */
import type { Lang } from '../types.js';

type Params = Record<string, string | number>;

const CATALOG = {
  // Agenda groups and day counts
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  today: { vi: 'Hôm nay', en: 'Today' },
  next7: { vi: '7 ngày tới', en: 'Next 7 days' },
  later: { vi: 'Sau đó', en: 'Later' },
  daysLeft: { vi: 'còn {n} ngày', en: '{n} days left' },
  dayLeft: { vi: 'còn {n} ngày', en: '{n} day left' },
  daysOverdue: { vi: 'quá hạn {n} ngày', en: '{n} days overdue' },
  dayOverdue: { vi: 'quá hạn {n} ngày', en: '{n} day overdue' },
  dueToday: { vi: 'hôm nay', en: 'today' },
  agendaTitle: { vi: 'Hạn nhiệm vụ, tính đến {date}', en: 'Deadlines as of {date}' },
  agendaEmpty: { vi: 'Không có thời hạn nào.', en: 'No deadlines.' },
  agendaWithin: { vi: 'trong {n} ngày tới', en: 'within the next {n} days' },
  agendaUndated: {
    vi: 'Không hiển thị {n} thời hạn chưa xác định được ngày.',
    en: '{n} deadlines without a usable date are not shown.',
  },
  agendaHidden: {
    vi: 'Còn {n} thời hạn sau {date} không hiển thị.',
    en: '{n} more deadlines after {date} not shown.',
  },
  recurringNext: { vi: 'định kỳ, lần tới', en: 'recurring, next' },
  rangeFrom: { vi: 'từ {date}', en: 'from {date}' },
  // Shared wording
  due: { vi: 'Hạn', en: 'Due' },
  deadline: { vi: 'Thời hạn', en: 'Deadline' },
  asWritten: { vi: 'Thời hạn ghi trong văn bản', en: 'Deadline as written' },
  source: { vi: 'Nguồn', en: 'Source' },
  lead: { vi: 'Chủ trì', en: 'Lead' },
  support: { vi: 'Phối hợp', en: 'Support' },
  tentative: { vi: 'dự kiến', en: 'tentative' },
  item: { vi: 'mục {label}', en: 'item {label}' },
  bullet: { vi: 'ý {n}', en: 'bullet {n}' },
  appendix: { vi: 'Phụ lục', en: 'Appendix' },
  datedOn: { vi: 'ngày {date}', en: 'of {date}' },
  documentFallback: { vi: 'Văn bản', en: 'Document' },
  documentUntitled: { vi: 'văn bản không số', en: 'unnumbered document' },
  moreUnits: { vi: 'và {n} đơn vị khác', en: 'and {n} more' },
  noUnit: { vi: 'Chưa xác định đơn vị', en: 'No unit named' },
  noDeadline: { vi: 'Không có thời hạn', en: 'No deadline' },
  recurring: { vi: 'Định kỳ', en: 'Recurring' },
  recurringShort: { vi: 'định kỳ', en: 'recurring' },
  // Calendar
  calendarOne: { vi: 'Hạn nhiệm vụ – {title}', en: 'Deadlines – {title}' },
  calendarMany: { vi: 'Hạn nhiệm vụ ({n} văn bản)', en: 'Deadlines ({n} documents)' },
  calendarEmpty: { vi: 'Hạn nhiệm vụ', en: 'Deadlines' },
  namedDate: { vi: 'Mốc thời gian', en: 'Key date' },
  // Checklist
  checklistTitle: { vi: 'Danh sách nhiệm vụ', en: 'Task checklist' },
  checklistDocuments: { vi: 'Văn bản', en: 'Documents' },
  checklistEmpty: { vi: 'Không có nhiệm vụ nào.', en: 'No tasks.' },
  subject: { vi: 'V/v', en: 'Re' },
  // CSV columns
  colNo: { vi: 'STT', en: 'No.' },
  colLead: { vi: 'Đơn vị chủ trì', en: 'Lead unit' },
  colSupport: { vi: 'Đơn vị phối hợp', en: 'Supporting units' },
  colTask: { vi: 'Nội dung', en: 'Task' },
  colDue: { vi: 'Hạn', en: 'Due' },
  colAsWritten: { vi: 'Thời hạn ghi trong văn bản', en: 'Deadline as written' },
  colDocument: { vi: 'Văn bản', en: 'Document' },
  colItem: { vi: 'Mục', en: 'Item' },
  colStatus: { vi: 'Trạng thái', en: 'Status' },
} satisfies Record<string, { vi: string; en: string }>;

export type LabelKey = keyof typeof CATALOG;

export function label(key: LabelKey, lang: Lang, params: Params = {}): string {
  const template = CATALOG[key][lang];
  return template.replace(/\{(\w+)\}/gu, (_, k: string) => String(params[k] ?? ''));
}

/** "còn 3 ngày", "quá hạn 1 ngày", "hôm nay". */
export function daysLeftLabel(days: number, lang: Lang): string {
  if (days === 0) return label('dueToday', lang);
  const n = Math.abs(days);
  if (days > 0) return label(n === 1 ? 'dayLeft' : 'daysLeft', lang, { n });
  return label(n === 1 ? 'dayOverdue' : 'daysOverdue', lang, { n });
}

const WEEKDAYS: Record<Lang, readonly string[]> = {
  vi: ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** Weekday name, 0 = Sunday. */
export function weekdayName(day: number, lang: Lang): string {
  return WEEKDAYS[lang][day] ?? '';
}

export const CATALOG_FOR_TESTS = CATALOG;
