/**
 * Every sentence the command-line program says, in Vietnamese (default) and English
 * (`--lang en`). Same catalog style as `src/messages.ts`: `{placeholder}` params, no
 * terminal access here.
 */
import type { Lang } from '../types.js';

type Params = Record<string, string | number>;
type Catalog = Record<string, { vi: string; en: string }>;

export const CLI_MESSAGES = {
  // ── Inputs (exit 1, one line naming the path) ───────────────────────────────────
  'input-missing': {
    vi: 'không tìm thấy tệp hoặc thư mục',
    en: 'no such file or directory',
  },
  'input-unreadable': {
    vi: 'không đọc được tệp ({reason})',
    en: 'cannot read the file ({reason})',
  },
  'input-dir-empty': {
    vi: 'thư mục không có tệp .txt, .md hay .docx nào',
    en: 'the directory has no .txt, .md or .docx file',
  },
  'input-empty': {
    vi: 'tệp rỗng, không có nội dung để đọc',
    en: 'the file is empty',
  },
  'input-blank': {
    vi: 'tệp chỉ có khoảng trắng, không có nội dung để đọc',
    en: 'the file contains only whitespace',
  },
  'input-binary': {
    vi: 'tệp nhị phân (có byte NUL), không phải văn bản; hãy lưu văn bản dưới dạng .txt, .md hoặc .docx',
    en: 'binary file (NUL bytes), not text; save the document as .txt, .md or .docx',
  },
  'input-too-large': {
    vi: 'tệp quá lớn ({size} MB), giới hạn là {limit} MB',
    en: 'the file is too large ({size} MB); the limit is {limit} MB',
  },
  'input-bad-json': {
    vi: 'tệp JSON không phải kết quả của "bau-cu parse" (schemaVersion {version})',
    en: 'the JSON is not output of "bau-cu parse" (schemaVersion {version})',
  },
  'input-parse-failed': {
    vi: 'lỗi ngoài dự kiến khi đọc văn bản: {error} (chạy lại với --debug để xem chi tiết)',
    en: 'unexpected error while reading the document: {error} (rerun with --debug for details)',
  },
  'reason-permission': { vi: 'không có quyền đọc', en: 'permission denied' },
  'reason-is-dir': { vi: 'là thư mục', en: 'is a directory' },
  'reason-loop': { vi: 'liên kết tượng trưng lặp vòng', en: 'symbolic link loop' },
  stdin: {
    vi: '(đầu vào chuẩn)',
    en: '(standard input)',
  },
  // ── Output ───────────────────────────────────────────────────────────────────────
  'output-is-input': {
    vi: 'không ghi đè lên tệp đầu vào: {path}; hãy chọn tệp khác cho -o',
    en: 'refusing to overwrite an input file: {path}; choose another file for -o',
  },
  'output-is-dir': {
    vi: '-o {path}: là thư mục; hãy ghi tên tệp',
    en: '-o {path}: is a directory; give a file name',
  },
  'output-failed': {
    vi: 'không ghi được tệp ({reason})',
    en: 'cannot write the file ({reason})',
  },
  // ── Usage (exit 2) ───────────────────────────────────────────────────────────────
  'usage-unknown-option': { vi: 'tùy chọn không hợp lệ: {option}', en: 'unknown option: {option}' },
  'usage-unknown-command': { vi: 'lệnh không hợp lệ: {command}', en: 'unknown command: {command}' },
  'usage-missing-files': {
    vi: 'thiếu tệp đầu vào (ghi tên tệp, thư mục, hoặc "-" để đọc từ đầu vào chuẩn)',
    en: 'no input given (name files, directories, or "-" for standard input)',
  },
  'usage-missing-value': { vi: 'tùy chọn {option} cần một giá trị', en: 'option {option} needs a value' },
  'usage-conflict': {
    vi: 'không dùng {a} cùng với {b}',
    en: '{a} cannot be used with {b}',
  },
  'usage-bad-choice': {
    vi: '{option}: giá trị "{value}" không hợp lệ; chọn một trong: {choices}',
    en: '{option}: invalid value "{value}"; choose one of: {choices}',
  },
  'usage-bad-date': {
    vi: '--today: "{value}" không phải ngày dạng YYYY-MM-DD',
    en: '--today: "{value}" is not a date in YYYY-MM-DD form',
  },
  'usage-bad-alarm': {
    vi: '--alarm: "{value}" không hợp lệ; ghi số ngày trước hạn, cách nhau bởi dấu phẩy, ví dụ 3d,1d',
    en: '--alarm: invalid "{value}"; give days before the deadline, comma-separated, e.g. 3d,1d',
  },
  'usage-bad-within': {
    vi: '--within: "{value}" không hợp lệ; ghi số ngày (số nguyên không âm)',
    en: '--within: invalid "{value}"; give a number of days (a whole number, 0 or more)',
  },
  'usage-bad-unit': { vi: '--unit: cần tên đơn vị', en: '--unit: needs a unit name' },
  'usage-bad-lang': {
    vi: '--lang: "{value}" không hợp lệ; chọn vi hoặc en',
    en: '--lang: invalid "{value}"; choose vi or en',
  },
  'usage-other': { vi: '{message}', en: '{message}' },
  'usage-did-you-mean': { vi: '(Có phải ý bạn là {option}?)', en: '(Did you mean {option}?)' },
  'usage-line': { vi: 'Cách dùng: {usage}', en: 'Usage: {usage}' },
  'usage-see-help': { vi: 'Xem "{command} --help".', en: 'See "{command} --help".' },
  // ── Diagnostics ──────────────────────────────────────────────────────────────────
  'label-error': { vi: 'lỗi', en: 'error' },
  'label-warning': { vi: 'cảnh báo', en: 'warning' },
  'label-note': { vi: 'lưu ý', en: 'note' },
  unexpected: {
    vi: 'lỗi ngoài dự kiến: {error} (chạy lại với --debug để xem chi tiết)',
    en: 'unexpected error: {error} (rerun with --debug for details)',
  },
  'unit-no-match': {
    vi: 'không có nhiệm vụ hay thời hạn nào của đơn vị "{unit}"',
    en: 'no task or deadline of the unit "{unit}"',
  },
  // ── Help texts ───────────────────────────────────────────────────────────────────
  'help-program': {
    vi: 'Đọc văn bản hành chính (kết luận, công văn, thông báo, kế hoạch, chỉ thị) và trích xuất đơn vị nào phải làm gì, hạn khi nào.',
    en: 'Read Vietnamese administrative documents (conclusions, official letters, notices, plans, directives) and extract who must do what by when.',
  },
  'help-parse': {
    vi: 'In JSON của từng văn bản (một đối tượng cho một tệp, mảng cho nhiều tệp)',
    en: 'Print the JSON of each document (one object for one file, an array for several)',
  },
  'help-ics': {
    vi: 'Xuất lịch iCalendar (.ics) gồm mọi thời hạn',
    en: 'Export an iCalendar (.ics) file of all deadlines',
  },
  'help-checklist': {
    vi: 'Xuất danh sách kiểm tra: Markdown (mặc định) hoặc CSV cho Excel',
    en: 'Export a checklist: Markdown (default) or CSV for Excel',
  },
  'help-agenda': {
    vi: 'In lịch công việc theo thời hạn, gần nhất trước, đánh dấu quá hạn và sắp đến hạn',
    en: 'Print a timeline of deadlines, soonest first, marking overdue and due-soon ones',
  },
  'help-arg-files': {
    vi: 'tệp .txt/.md/.docx, thư mục, hoặc "-" để đọc từ đầu vào chuẩn',
    en: '.txt/.md/.docx files, directories, or "-" for standard input',
  },
  'help-arg-files-json': {
    vi: 'tệp .txt/.md/.docx, thư mục, JSON do "bau-cu parse" ghi, hoặc "-" để đọc từ đầu vào chuẩn',
    en: '.txt/.md/.docx files, directories, JSON written by "bau-cu parse", or "-" for standard input',
  },
  'help-opt-output': {
    vi: 'ghi ra TỆP (an toàn: ghi tệp tạm rồi đổi tên) thay vì đầu ra chuẩn',
    en: 'write to FILE (atomically: temporary file, then rename) instead of standard output',
  },
  'help-opt-ndjson': { vi: 'mỗi văn bản một dòng JSON (NDJSON)', en: 'one JSON line per document (NDJSON)' },
  'help-opt-pretty': { vi: 'JSON thụt lề (mặc định khi in ra màn hình)', en: 'indented JSON (default on a terminal)' },
  'help-opt-compact': { vi: 'JSON gọn một dòng (mặc định khi chuyển qua ống)', en: 'compact JSON (default when piped)' },
  'help-opt-strict': { vi: 'trả mã thoát 1 nếu có cảnh báo', en: 'exit with status 1 when there are warnings' },
  'help-opt-lang': {
    vi: 'ngôn ngữ của thông báo: vi (mặc định) hoặc en',
    en: 'language of messages: vi (default) or en',
  },
  'help-opt-color': { vi: 'không tô màu', en: 'no colours' },
  'help-opt-debug': { vi: 'in chi tiết lỗi ngoài dự kiến (stack trace)', en: 'print the stack trace of unexpected errors' },
  'help-opt-unit': {
    vi: 'chỉ giữ nhiệm vụ có đơn vị chủ trì hoặc phối hợp khớp TEXT (không phân biệt hoa thường, dấu)',
    en: 'keep only tasks whose lead or supporting unit matches TEXT (ignoring case and diacritics)',
  },
  'help-opt-today': {
    vi: 'ngày hôm nay dạng YYYY-MM-DD (mặc định: hôm nay theo giờ Việt Nam)',
    en: "today's date, YYYY-MM-DD (default: today in Vietnam time)",
  },
  'help-opt-alarm': {
    vi: 'nhắc trước hạn, ví dụ 3d,1d (mặc định: 3 ngày và 1 ngày)',
    en: 'reminders before the deadline, e.g. 3d,1d (default: 3 days and 1 day)',
  },
  'help-opt-no-alarm': { vi: 'không đặt nhắc', en: 'no reminders' },
  'help-opt-calendar-name': { vi: 'tên lịch', en: 'calendar name' },
  'help-opt-format': { vi: 'định dạng: md (mặc định) hoặc csv', en: 'format: md (default) or csv' },
  'help-opt-group-by': {
    vi: 'nhóm theo: unit (đơn vị, mặc định), due (thời hạn), document (văn bản)',
    en: 'group by: unit (default), due (date) or document',
  },
  'help-opt-within': {
    vi: 'chỉ hiện thời hạn trong N ngày tới (và các việc quá hạn)',
    en: 'show only deadlines within the next N days (and overdue ones)',
  },
  'help-opt-help': { vi: 'hiển thị trợ giúp', en: 'display help' },
  'help-opt-version': { vi: 'in số phiên bản', en: 'print the version number' },
  'help-cmd-help': { vi: 'hiển thị trợ giúp cho lệnh', en: 'display help for a command' },
  'help-title-usage': { vi: 'Cách dùng:', en: 'Usage:' },
  'help-title-options': { vi: 'Tùy chọn:', en: 'Options:' },
  'help-title-global': { vi: 'Tùy chọn chung:', en: 'Global options:' },
  'help-title-commands': { vi: 'Lệnh:', en: 'Commands:' },
  'help-title-arguments': { vi: 'Tham số:', en: 'Arguments:' },
  'help-footer': {
    vi: 'Mã thoát: 0 thành công; 1 có tệp không đọc được (các tệp khác vẫn được xử lý) hoặc có cảnh báo khi dùng --strict; 2 dùng sai lệnh.',
    en: 'Exit status: 0 success; 1 an input could not be read (the others are still processed) or warnings with --strict; 2 wrong usage.',
  },
  'arg-files': { vi: 'tệp...', en: 'files...' },
  'arg-file': { vi: 'TỆP', en: 'FILE' },
  'arg-text': { vi: 'TÊN', en: 'TEXT' },
  'arg-date': { vi: 'NGÀY', en: 'DATE' },
  'arg-list': { vi: 'DANH-SÁCH', en: 'LIST' },
  'arg-name': { vi: 'TÊN', en: 'NAME' },
  'arg-n': { vi: 'N', en: 'N' },
  'arg-options': { vi: '[tùy chọn]', en: '[options]' },
  'arg-command': { vi: '[lệnh]', en: '[command]' },
} satisfies Catalog;

export type CliMessageCode = keyof typeof CLI_MESSAGES;

export function t(code: CliMessageCode, params: Params = {}, lang: Lang = 'vi'): string {
  const template = CLI_MESSAGES[code][lang];
  return template.replace(/\{(\w+)\}/gu, (_, key: string) => String(params[key] ?? ''));
}
