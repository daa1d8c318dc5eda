/**
 * From the item tree to tasks, sections and deadlines: decide which items assign work,
 * give each a path and id, read its units, inherit leads, and attach every deadline phrase
 * to the innermost task that contains it.
 */
import type { Assignee, Deadline, DocumentType, Section, Task } from '../types.js';
import { foldKey } from '../text/fold.js';
import { firstLine, isEmphasized, joinParas, posOf, slicePara, type Para } from '../text/para.js';
import { NON_TASK_SECTIONS } from '../rules/vi/layout.js';
import { BULLET_KINDS, type LabelKind } from '../segment/labels.js';
import { isAllCaps } from '../segment/paragraphs.js';
import type { Field, ItemNode } from '../segment/body.js';
import type { MonthSpan } from '../segment/tables.js';
import { findDeadlines, foldName, monthlyOnContentDay, type DateContext, type DeadlineMatch } from './deadlines.js';
import { toIso } from '../resolve/calendar.js';
import { addresseesOfIntro, rolesOfCell, unitsOf, unitsOfCell, type UnitsFound } from './leads.js';
import { readAssignee } from './units.js';
import { px } from '../text/charclass.js';

/**
 * A heading line, then an introduction that addresses the items below it ("Đề nghị X … sau:",
 * "Để bảo đảm …, Phó Chủ tịch UBND tỉnh yêu cầu các cơ quan … các nội dung sau:").
 */
const HEADED_INTRO = /^[^\n]{1,120}\n\s{0,3}(?:(?:Đề\s{1,3}nghị|Yêu\s{1,3}cầu|Giao)\s[^\n]{5,300}:|[^\n]{0,200}?\s(?:đề\s{1,3}nghị|yêu\s{1,3}cầu)\s[^\n]{5,300}\ssau\s{0,2}:)\s*$/u;

/**
 * "- Số người tham gia bảo hiểm y tế hộ gia đình: 9.860 người;", "- Tỷ lệ bao phủ … đạt 95,5%
 * dân số.": a target's figure listed under the item that sets it, no work of its own.
 */
const TARGET_FIGURE = /^(?:Số|Tổng số|Tỷ lệ|Diện tích|Sản lượng|Giá trị|Tốc độ|Thu nhập|Mức)\s[^.;:]{2,120}?(?::\s{0,3}[\d.,]+(?:\s{1,3}[^\s\d.;,]{1,12}){0,3}|\sđạt\s{1,3}(?:trên\s{1,3}|từ\s{1,3})?[\d.,]+\s{0,2}%(?:\s{1,3}[^\s\d.;,]{1,12}){0,3})\s{0,3}[;.]?$/u;

/** "Chỉ tiêu chủ yếu:", "Mục tiêu cụ thể:": the label a list of targets follows. */
const TARGETS_LABEL = /^(?:Các\s{1,3})?(?:Chỉ\s{1,3}tiêu|Mục\s{1,3}tiêu)(?:\s{1,3}[^\s:]{1,12}){0,4}\s{0,2}:$/u;

/** Documents made of rules: "Quy định", "Quy chế", "Điều lệ", "Nội quy". */
const REGULATION_NAMES = /^(?:Quy định|Quy chế|Điều lệ|Nội quy)$/u;

/** An article's title naming whose duties its clauses list: "Trách nhiệm của X", "Nhiệm vụ, quyền hạn của X". */
const RESPONSIBILITY_TITLE = /^(?:Trách\s{1,3}nhiệm|Nhiệm\s{1,3}vụ)(?:,\s{0,3}quyền\s{1,3}hạn)?\s{1,3}của\s[^.;:\n]{2,150}$/u;

export interface TaskContext {
  docDate: DateContext;
  /** Type of the document: guidance and reports describe more than they assign. */
  docType?: DocumentType | null;
  /** Its name as printed ("Quy định"): a regulation's clauses state rules unless they name who acts. */
  docTypeName?: string | null;
  namedDates: ReadonlyMap<string, string>;
  warn: (code: 'duplicate-label', params: Record<string, string>, line: number) => void;
}

export interface BuiltTasks {
  tasks: Task[];
  sections: Section[];
  deadlines: Deadline[];
  /** The invited units of a numbered "Thành phần mời:" item (a Giấy mời's addressees). */
  participants: string[];
}

interface Found {
  match: DeadlineMatch;
  para: Para;
  /** Offset correction when the phrase was matched on a prefixed cell value. */
  shift: number;
}

interface Info {
  node: ItemNode;
  own: Para;
  units: UnitsFound;
  output: string | null;
  found: Found[];
  role: 'task' | 'section' | 'text';
  /** A 'text' item whose lines below describe too (a notice's information heading, a funding item). */
  describes?: boolean;
  /** A notice's event (its time and place fields): its time is the document's, kept as it is. */
  event?: boolean;
  path: string[];
}

const CELL_LINE_BREAK = px(/(\s{3,})(?=[-–+•]\s|\p{Lu})/u);
/** A cell ending with its frequency ("… hằng năm"): a list of its days, not several values. */
const YEARLY_LIST_END = /(?:hằng|hàng|mỗi)\s{1,3}năm\s{0,3}\.?\s*$/u;
/** Where a cell's next value starts: "và" or ";" before a date word, or ";" before a label of its own. */
const CELL_VALUES = /((?:\s+và\s+|;\s*)(?=tháng|quý|ngày|\d|[Tt]háng|[Qq]uý)|;\s*(?=[^:;\d]{2,40}:\s*\S))/u;

/**
 * Phrases in a field or table cell: bare values ("Quý I/2026", "30/11/2025") read as limits,
 * a named date ("Ngày Pháp luật") as the event itself, and "Tháng 3 và tháng 9/2026" as two.
 */
const DAYS_OF_ONE_MONTH = /^\s{0,3}(?:các\s{1,3})?ngày\s{1,3}\d{1,2}(?:\s{0,2},\s{0,2}\d{1,2}){0,5}\s{1,3}và\s{1,3}\d{1,2}\s{0,2}[/.-]\s{0,2}\d{1,2}/iu;
/** "Ngày 13/6/2028 (dự kiến)": a time cell's value, then the mark that it is not yet fixed. */
const TENTATIVE_SUFFIX = /\s{0,3}\(\s{0,2}(?:dự\s{1,3}kiến|DK)\s{0,2}\)\s{0,3}[.;]?\s{0,3}$/iu;

export function deadlinesInCell(para: Para, ctx: TaskContext): Found[] {
  const tentative = TENTATIVE_SUFFIX.exec(para.text);
  if (tentative && tentative.index > 0) {
    const inner = deadlinesInCell(slicePara(para, 0, tentative.index), ctx);
    if (inner.length > 0) return inner.map((f) => ({ ...f, match: { ...f.match, value: { ...f.match.value, tentative: true } } }));
  }
  // A cell of several lines ("- Trình UBND tỉnh: Quý IV/2026<br>- Hoàn thành xử lý: năm 2027";
  // a <br> reaches here as spaces): each line on its own.
  const lines = para.text.split(CELL_LINE_BREAK);
  if (lines.length > 1) return deadlinesInParts(para, lines, (part) => part.trim() === '', ctx);
  // "- Hoàn thành xử lý: năm 2027": the bullet and a short label before the value.
  const labelled = /^\s*(?:[-–+•]\s*)?(?:[^:\d]{2,40}:\s*)?/u.exec(para.text)?.[0] ?? '';
  if (labelled.trim() !== '' && labelled.length < para.text.length && !/^\s*$/u.test(para.text.slice(labelled.length))) {
    const inner = deadlinesInCell(slicePara(para, labelled.length, para.text.length), ctx);
    if (inner.length > 0) return inner;
  }
  // "Tháng 3 và tháng 9/2026", "Quý I/2027; quý III/2027", "Sơ kết: tháng 7/2027; tổng kết: xong
  // trước 20/12/2027": each value (after its own label) on its own.
  // "trước ngày 10/6 và 10/12 hằng năm": dates sharing one frequency stay together.
  // ("Ngày 14 và 15/6/2028": two days of one month, one span, not two values)
  const parts = YEARLY_LIST_END.test(para.text) || DAYS_OF_ONE_MONTH.test(para.text) ? [para.text] : para.text.split(CELL_VALUES);
  if (parts.length > 1) {
    const out = deadlinesInParts(para, parts, (part) => part.trim() === '' || /^(\s+và\s+|;\s*)$/u.test(part), ctx);
    if (out.length > 0) return out;
  }
  const direct = findDeadlines(para.text, ctx.docDate, ctx.namedDates);
  if (direct.length > 0) {
    return direct.map((match) => {
      // A cell that names a day ("Ngày 12/7/2026", "Ngày bầu cử") schedules the row's work on
      // it; a bare date ("30/6/2026") is when it must be done by.
      // (so does a cell that names the hour: "08 giờ 00 ngày 05/7/2028" is when it happens)
      const day = match.rule === 'cell-bare-date' && (ctx.namedDates.has(foldName(match.text)) || /^ngày\s/iu.test(match.text) || (match.value.time !== null && /^\d/u.test(match.text)));
      return { match: day ? { ...match, value: { ...match.value, relation: 'on' as const } } : match, para, shift: 0 };
    });
  }
  const value = para.text.trim();
  // "2027 - 2028": the years the work spans.
  const years = /^((?:19|20)\d{2})\s{0,2}[-–]\s{0,2}((?:19|20)\d{2})$/u.exec(value);
  if (years && Number(years[2]) > Number(years[1])) {
    const at = para.text.indexOf(value);
    return findDeadlines(`từ năm ${years[1]} đến năm ${years[2]}`, ctx.docDate, ctx.namedDates).map((match) => ({ match: { ...match, text: value }, para, shift: match.start - at }));
  }
  const prefix = /^\d/u.test(value) ? 'chậm nhất ngày ' : /^(tháng|quý|năm|\d+\s+tháng|cuối|đầu|giữa|6 tháng|tuần)/iu.test(value) ? 'trong ' : null;
  if (prefix === null) return [];
  const text = prefix + value.charAt(0).toLocaleLowerCase('vi') + value.slice(1);
  const lead = para.text.indexOf(value);
  return findDeadlines(text, ctx.docDate, ctx.namedDates).map((match) => ({
    match: { ...match, text: para.text.slice(Math.max(lead, match.start - prefix.length + lead), match.end - prefix.length + lead).trim() },
    para,
    shift: prefix.length - lead,
  }));
}

/**
 * A schedule row: its day ("Thứ Hai (14/6)") and its time ("07h30", "Chiều", "Cả ngày") read
 * together as a schedule line; a time that is no clock time or part of the day is left out.
 */
function deadlinesOfSchedule(day: Para, time: Para | undefined, ctx: TaskContext): Found[] {
  if (time) {
    const both = joinParas([day, time], ', ');
    const found = findDeadlines(both.text, ctx.docDate, ctx.namedDates);
    if (found.length > 0) return found.map((match) => ({ match, para: both, shift: 0 }));
  }
  return deadlinesIn(day, ctx);
}

/** A schedule entry's time before its colon: "7h30:", "14 giờ 00:", "Cả ngày:", "Sáng:", "Chiều thứ Hai:". */
const SCHEDULE_TIME = /^\s{0,3}((?:\d{1,2}\s{0,2}(?:h|giờ|g|:)\s{0,2}\d{0,2}(?:\s{0,2}phút)?|[Cc]ả\s{1,3}ngày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)[^:\n]{0,24}?)\s{0,2}:/u;
/** "- 15h00: (Dự kiến) Chủ tịch …": the entry is tentative. */
const TENTATIVE_AFTER_TIME = /^\s{0,3}\(\s{0,2}[Dd]ự\s{1,3}kiến\s{0,2}\)/u;

/** The month a "Tháng N:" label schedules, as "trong tháng N [năm Y]" would: `by` its last day ("Quý II:" its quarter, "Tháng 1, 2:" both months). */
function monthOfLabel(key: string, year: number | null, para: Para | undefined, ctx: TaskContext): Found[] {
  if (!para) return [];
  // "Tháng 1, 2:" spans both months; "Quý II:" is its quarter.
  const two = /^Tháng (\d{1,2}), (\d{1,2})$/u.exec(key);
  const y = year === null ? '' : ` năm ${year}`;
  const text = two ? `từ tháng ${two[1]} đến tháng ${two[2]}${y}` : `trong ${key.toLocaleLowerCase('vi')}${y}`;
  return findDeadlines(text, ctx.docDate, ctx.namedDates).map((match) => ({ match: { ...match, text: key }, para, shift: match.start }));
}

/**
 * The months marked in a plan's grid (months "T1" … "T12", or quarters "Quý I" … "Quý IV"): each
 * run of consecutive months is one stretch, as "từ tháng 3 đến tháng 4" (a single month "trong
 * tháng 6", a single quarter "trong quý II"), so the work of T3–T9 is one span and T6, T11 two
 * limits; all twelve months are the year's span, not a monthly rule.
 */
function monthsOfGrid(grid: NonNullable<ItemNode['grid']>, ctx: TaskContext): Found[] {
  const y = grid.year === null ? '' : ` năm ${grid.year}`;
  const out: Found[] = [];
  const { spans } = grid;
  for (let k = 0; k < spans.length; ) {
    let e = k;
    while (e + 1 < spans.length && (spans[e + 1] as MonthSpan).from === (spans[e] as MonthSpan).to + 1) e++;
    const [first, last] = [spans[k] as MonthSpan, spans[e] as MonthSpan];
    const [a, b] = [first.from, last.to];
    const quarter = k === e ? first.quarter : undefined;
    const text = quarter !== undefined ? `trong quý ${quarter}${y}` : a === b ? `trong tháng ${a}${y}` : `từ tháng ${a} đến tháng ${b}${y}`;
    const key = quarter !== undefined ? `Quý ${['I', 'II', 'III', 'IV'][quarter - 1]}` : a === b ? `T${a}` : `T${a}–T${b}`;
    for (const match of findDeadlines(text, ctx.docDate, ctx.namedDates)) out.push({ match: { ...match, text: key }, para: grid.cells[k] as Para, shift: match.start });
    k = e + 1;
  }
  return out;
}

/** deadlinesInCell of each piece of a cell split into `parts` (in order), skipping `skip` ones. */
function deadlinesInParts(para: Para, parts: readonly string[], skip: (part: string) => boolean, ctx: TaskContext): Found[] {
  const out: Found[] = [];
  let at = 0;
  for (const part of parts) {
    const start = para.text.indexOf(part, at);
    at = start + part.length;
    if (skip(part)) continue;
    out.push(...deadlinesInCell(slicePara(para, start, start + part.length), ctx));
  }
  return out;
}

/** A field line: its label says what the date is ("Thời gian: …" a meeting, "Thời gian hoàn thành: …" a limit). */
function deadlinesInField(field: Field, ctx: TaskContext): Found[] {
  const whole = findDeadlines(field.whole.text, ctx.docDate, ctx.namedDates).filter((m) => m.rule === 'field-label');
  if (whole.length > 0) return whole.map((match) => ({ match, para: field.whole, shift: 0 }));
  return deadlinesInCell(field.value, ctx);
}

function deadlinesIn(para: Para, ctx: TaskContext): Found[] {
  return findDeadlines(para.text, ctx.docDate, ctx.namedDates).map((match) => ({ match, para, shift: 0 }));
}

/** Words that address someone; "giao" only as "assign" (not "bàn giao", "giao thông", "được giao"). */
const DIRECTIVE =
  px(/(?<![\p{L}])(?:[Đđ]ề nghị|(?<!(?:đạt|đáp ứng|theo|về)\s)[Yy]êu cầu|[Đđ]ôn đốc|[Cc]hỉ đạo|[Kk]hẩn trương)(?![\p{L}])|(?<!(?:[Bb]àn|được|đã|nước|vốn)\s)(?<![\p{L}])[Gg]iao(?!\s(?:thông|dịch|lưu|ban|nhận|thương|tiếp|kết|lộ|diện|hàng))(?![\p{L}])/u);

/**
 * "Điều 1. Thông qua Đề án …, với các nội dung chủ yếu sau:", "Điều 1. Thành lập Tổ công tác …,
 * gồm các ông, bà có tên sau:": the items of an article that adopts, approves, issues or
 * establishes something are its content (targets, scope, members), not work to do.
 */
const ENACTING = px(/^\s{0,3}(?:Thông qua|Phê duyệt|Ban hành|Quyết nghị|Quy định|Thành lập|Kiện toàn|Công nhận)(?![\p{L}])/u);
function enacts(n: ItemNode): boolean {
  return n.kind === 'article' && ENACTING.test(n.paras[0]?.text ?? '');
}

/** "Lãnh đạo X …" opening an item. */
const LEADS_BODY = /^\s{0,3}Lãnh đạo\s{1,3}/u;
/** "… chủ trì": the body so named leads after all. */
const CHU_TRI_AFTER = /^\s{0,3}(?:\([^()]{0,80}\)\s{0,3})?chủ\s{1,3}trì/u;

/** A topic label opening an item: "Về công tác …:". */
const TOPIC_LABEL = /^Về\s[^:\n]{1,160}:/u;

/** A sentence that invites: "Sở Nội vụ trân trọng kính mời:", "Kính mời:". */
const INVITES = /(?:^|\s)(?:trân\s{1,3}trọng\s{1,3})?[Kk]ính\s{1,3}mời\s{0,3}:\s*$/u;

/** A sentence that announces the parts of something: "… hồ sơ gồm:", "… bao gồm các nội dung sau:". */
const LISTS_PARTS = px(/(?<![\p{L}])(?:bao\s{1,3})?gồm(?:\s{1,3}có)?(?:\s{1,3}(?:các|những)\s{1,3}[^:\n]{1,30})?\s{0,3}:\s*$/u);

/** A notice's information line: a label of what, when, where or for whom, then a colon. */
const NOTICE_INFO_LINE = /^\s{0,3}(?:Thời gian(?:\s[^:\n]{1,20})?|Địa điểm(?:\s[^:\n]{1,20})?|Đối tượng|Kinh phí|Lưu ý|Chú ý|Thành phần|Hình thức|Nội dung)\s{0,2}:/iu;

/** An item that opens by approving or endorsing (a congress's resolution on the past term). */
// ("Cơ bản thống nhất với dự kiến nội dung, chương trình Hội nghị …:" ⏎ the agenda's documents)
const APPROVES = /^\s{0,3}(?:Tán thành|Nhất trí|Thông qua|Tán đồng|(?:Cơ bản\s{1,3})?(?:thống nhất|nhất trí|đồng ý)\s{1,3}với|Cơ bản thống nhất|Thống nhất với)\s/iu;
/** An item that reports what was done: "Đại hội đã bầu …", "Hội nghị đã thống nhất …". */
const DONE = px(/^\s{0,3}(?:\p{Lu}[\p{Ll}\p{M}]{0,10}(?:\s{1,3}[\p{L}\p{M}]{1,10}){0,3}\s{1,3})?đã\s{1,3}(?:bầu|thông qua|thống nhất|biểu quyết|nhất trí|tiến hành|tổ chức|hoàn thành)(?![\p{L}])/u);

/** What a unit says when it judges rather than acts: "(cơ bản) thống nhất với", "đánh giá cao", "ghi nhận". */
const ASSESSMENT = px(/^\s{0,3}(?:cơ bản\s{1,3})?(?:thống nhất với|nhất trí với|đánh giá cao|ghi nhận|biểu dương|hoan nghênh|cơ bản đồng ý với)(?![\p{L}])/u);

/** An item whose subject is its only lead and whose predicate is a judgement ("X cơ bản thống nhất với báo cáo …"). */
function isAssessment(text: string, lead: readonly string[]): boolean {
  if (lead.length !== 1) return false;
  const unit = lead[0] as string;
  return text.startsWith(unit) && ASSESSMENT.test(text.slice(unit.length));
}

/** Roman, lettered, "Phần" or "Điều" headings: the sections whose title says what they hold. */
function isTopSection(n: ItemNode): boolean {
  return n.kind === 'roman' || n.kind === 'part' || n.kind === 'upper' || n.kind === 'group' || n.kind === 'dec1' || n.kind === 'article';
}

/** Section titles that carry work in a guidance document or a report. */
// (a timeline, "II. LỊCH TUYỂN SINH" ⏎ "- Ngày 05/5/2027: các trường THCS hoàn thành …", says who does what when)
const ASSIGNING_TITLES = /to chuc thuc hien|nhiem vu|kien nghi|de xuat|de nghi|phan cong|trach nhiem|phuong huong|giai phap|ke hoach|thuc hien|^lich(?: |$)|^tien do|moc thoi gian/u;

/** Section titles that hold work in a conclusion or a notice ("III- YÊU CẦU" after an inspection), not in a plan. */
const DEMAND_TITLES = /^(?:yeu cau|de nghi|kien nghi)(?: |$)/u;

function nonTaskTitle(text: string, docType: DocumentType | null | undefined): boolean {
  const key = foldKey(text).replace(/[:.]+$/u, '');
  if ((docType === 'thong-bao' || docType === 'ket-luan' || docType === 'cong-van') && DEMAND_TITLES.test(key)) return false;
  if (NON_TASK_SECTIONS.some((k) => key === k || key.startsWith(`${k} `) || key.startsWith(`${k},`))) return true;
  // A Hướng dẫn or a Báo cáo explains and reports; only its "Tổ chức thực hiện", "Nhiệm vụ",
  // "Kiến nghị" sections assign work.
  return (docType === 'huong-dan' || docType === 'bao-cao') && !ASSIGNING_TITLES.test(key);
}

/**
 * "Về kết quả năm 2026:", "Kết quả đạt được:", "Tồn tại, hạn chế:", or "Đánh giá chung" on a line
 * of its own: the label of an item heads a non-task section.
 */
function assessmentLabel(text: string): boolean {
  const colon = text.indexOf(':');
  const newline = text.indexOf('\n');
  // "1. Đánh giá chung" ⏎ its paragraph: a heading on a line of its own works as the label, and
  // so does a short heading alone ("1. Thời gian, hình thức tổ chức" over its field lines).
  const end = colon > 0 && colon <= 60 && (newline < 0 || colon < newline) ? colon : newline > 0 && newline <= 60 ? newline : newline < 0 && text.length <= 60 ? text.length : -1;
  if (end < 0) return false;
  const key = foldKey(text.slice(0, end)).replace(/[.]+$/u, '').replace(/^ve /u, '');
  // "Yêu cầu: các đơn vị báo cáo …" may still give work out.
  if (key.startsWith('yeu cau')) return false;
  return NON_TASK_SECTIONS.some((k) => key === k || key.startsWith(`${k} `) || key.startsWith(`${k},`));
}

/** How a document says where it goes or when it binds: "Chỉ thị này phổ biến đến chi bộ.", "Nghị quyết này có hiệu lực …". */
const CLOSING_FORMULA = px(/^\s{0,3}(?:Chỉ thị|Nghị quyết|Kết luận|Quy định|Thông báo|Kế hoạch|Quyết định|Hướng dẫn|Công văn)\s{1,3}này\s{1,3}(?:được\s{1,3})?(?:phổ biến|có hiệu lực|thay thế)(?![\p{L}])/u);

const FUNDING_OPENER = px(/^(?:Kinh phí|Nguồn kinh phí)(?![\p{L}])/u);
/** A section about funding, by its folded title: "KINH PHÍ", "V. Kinh phí thực hiện", "Nguồn kinh phí". */
const FUNDING_TITLE = /^(?:nguon )?kinh phi(?: thuc hien(?: ke hoach)?)?$/u;
/**
 * Headings of a notice's information items (a summons, an invitation): "1. Thời gian", "2. Địa
 * điểm", "3. Thành phần, số lượng học viên", "4. Kinh phí" — said once, not work to do. Folded,
 * compared whole ("Thời gian thực hiện" may head tasks).
 */
const INFO_TITLES = new Set([
  'thoi gian', 'thoi gian hoc tap', 'thoi gian to chuc', 'dia diem', 'dia diem to chuc', 'kinh phi', 'thanh phan',
  'thanh phan tham du', 'thanh phan, so luong', 'thanh phan, so luong hoc vien', 'doi tuong', 'doi tuong, so luong',
  'thoi gian, dia diem', 'hinh thuc', 'hinh thuc to chuc',
]);
/** A section or item that says when the plan runs ("THỜI GIAN, PHẠM VI VÀ LỰC LƯỢNG", "3. Thời gian"), folded. */
const DATA_PERIOD_TITLE = /^thoi gian (?:danh gia|tinh|chot|lay)(?![a-z])/u;
const TENTATIVE_NOTE = /^\s{0,3}dự\s{1,3}kiến(?![a-zà-ỹđ])/iu;
const TIME_IN_TITLE = /(?:^|[\s,])thoi gian(?![a-z])/u;
const SCHEDULE_TITLE = /^(?:[ivx]{1,4}[.\-]\s*)?thoi gian(?![a-z])/u;

/** An item's first line, folded, without a closing ":" or ".": the key of its heading. */
function headingKey(text: string): string {
  // A heading is short: folding a long one-line paragraph whole is wasted work.
  const nl = text.indexOf('\n');
  const first = nl < 0 ? text : text.slice(0, nl);
  return foldKey(first.length > 200 ? first.slice(0, 200) : first).replace(/[:.]+$/u, '');
}

/**
 * An invitation's or a notice's own information items, by the label before their colon: "1.
 * Chủ trì: Đồng chí …", "2. Thành phần mời:", "5. Nội dung:" — said once, not work to do.
 * Only in a Giấy mời or a Thông báo ("Nội dung:" heads tasks in a plan).
 */
const MEETING_INFO_LABELS = new Set([
  'chu tri', 'chu tri cuoc hop', 'chu tri hoi nghi', 'thanh phan moi', 'thanh phan du hop', 'thanh phan tham du',
  'thanh phan', 'thoi gian', 'dia diem', 'noi dung', 'noi dung cuoc hop', 'noi dung hop', 'noi dung hoi nghi',
  'chuong trinh', 'chuong trinh lam viec', 'hinh thuc',
]);

/** The folded label before an item's colon ("Thành phần mời: …" → "thanh phan moi"), or its heading key. */
function labelKey(text: string): string {
  const first = text.split('\n')[0] ?? '';
  const colon = first.indexOf(':');
  return colon > 0 && colon <= 40 ? foldKey(first.slice(0, colon)) : headingKey(first);
}

/** "3. Thời gian", "2. Thành phần, số lượng học viên": a numbered information heading (INFO_TITLES). */
function isInfoHeading(n: ItemNode, text: string, docType?: DocumentType | null): boolean {
  if (n.kind !== 'dec1') return false;
  if (INFO_TITLES.has(headingKey(text))) return true;
  return (docType === 'giay-moi' || docType === 'thong-bao') && MEETING_INFO_LABELS.has(labelKey(text));
}

/** An item of a notice or invitation that names no unit and holds the time and place fields of an event. */
function announcesEvent(n: ItemNode, leads: number, docType?: DocumentType | null): boolean {
  if ((docType !== 'thong-bao' && docType !== 'giay-moi') || leads > 0 || n.children.length > 0) return false;
  const labels = new Set(n.fields.map((f) => labelKey(f.label)));
  return labels.has('thoi gian') && labels.has('dia diem');
}

/** Invited units under an information item "Thành phần mời:" ⏎ "- Sở Tài chính;" (a Giấy mời without "Kính gửi"). */
function isParticipantsHeading(text: string): boolean {
  return labelKey(text).startsWith('thanh phan');
}

export function buildTasks(roots: Array<{ root: ItemNode; prefix: string | null }>, ctx: TaskContext): BuiltTasks {
  const tasks: Task[] = [];
  const sections: Section[] = [];
  const deadlines: Deadline[] = [];
  const used = new Map<string, number>();
  // "đến ngày 30-11-2024, 100% đảng bộ đã thành lập …" in a document of December 2024 reports
  // the past: a phrase whose last day is before the issue date sets no deadline.
  const { year, month, day } = ctx.docDate;
  const issued = year !== null && month !== null && day !== null ? toIso(year, month, day) : null;
  const notBeforeIssue = (f: Found): boolean => {
    const v = f.match.value;
    const last = v.due ?? v.end ?? v.date;
    return issued === null || last == null || last.length < 10 || last >= issued;
  };
  const docLevel: Found[] = [];
  const docLevelLead = new Map<Found, string[]>();
  /** The year of each "Tháng N:" item (see walk). */
  const monthYears = new Map<ItemNode, number>();
  /** Document-level deadlines kept without a directive sentence. */
  const direct = new Set<Found>();
  /** Document-level deadlines of a sentence whose subject is a unit. */
  const bySubject = new Set<Found>();
  /** The units an information item "Thành phần mời:" lists. */
  const participants: string[] = [];

  const info = (node: ItemNode): Info => {
    const own = joinParas(node.paras, node.kind === 'row' ? ' ' : '\n');
    let units: UnitsFound = unitsOf(own.text);
    let output: string | null = null;
    const found: Found[] = deadlinesIn(own, ctx).filter(notBeforeIssue);
    // "Tháng 3: …": the month's line is work for that month.
    if (node.label?.kind === 'month' && node.paras[0]) found.unshift(...monthOfLabel(node.label.key, monthYears.get(node) ?? null, node.paras[0], ctx));
    // A week schedule's entry ("THỨ HAI (07/6)" ⏎ "- 7h30: Chủ tịch UBND tỉnh … dự …"): it happens
    // on its day at its time; its text describes the event (its dates are names: "thường kỳ tháng
    // 6/2027"), and the leader it opens with is whose diary it is, not a unit given work — the
    // "Chuẩn bị:" line names that.
    if (node.day) {
      const time = SCHEDULE_TIME.exec(own.text);
      const timed = deadlinesOfSchedule(node.day, time ? slicePara(own, 0, time[1]?.length ?? 0) : undefined, ctx);
      if (time && TENTATIVE_AFTER_TIME.test(own.text.slice(time[0].length))) for (const f of timed) f.match.value = { ...f.match.value, tentative: true };
      found.splice(0, found.length, ...timed);
      units = { lead: [], support: [], assignees: units.assignees };
    }
    if (node.cells) {
      // "Ban Phong trào chủ trì; Văn phòng phối hợp": one cell naming both roles.
      const roles = node.cells.lead ? rolesOfCell(node.cells.lead.text) : null;
      const lead = roles ? roles.lead : node.cells.lead ? unitsOfCell(node.cells.lead.text) : [];
      const support = node.cells.support ? unitsOfCell(node.cells.support.text) : [];
      if (roles) for (const unit of roles.support) if (!support.includes(unit)) support.push(unit);
      // "Đồng chí Tòng Thị Hương, Chủ tịch Hội LHPN tỉnh" in the lead column: a person, assigned.
      const person = node.cells.lead && lead.length === 0 ? readAssignee(node.cells.lead.text.trim(), 0)?.assignee : undefined;
      const assignees = person && !units.assignees.some((a) => a.name === person.name) ? [...units.assignees, person] : units.assignees;
      units = { lead: lead.length > 0 ? lead : units.lead, support: support.length > 0 ? support : units.support, assignees };
      // A month grid's marks say when the work is done where no time cell gives its limit —
      // nor the product cell: "Quyết định (ban hành trước ngày 20/7/2027)" dates the work
      // more closely than a mark under July.
      const ofOutput = !node.cells.day && !node.cells.time && node.cells.output ? deadlinesIn(node.cells.output, ctx).filter(notBeforeIssue) : [];
      const timed = node.cells.day
        ? deadlinesOfSchedule(node.cells.day, node.cells.time, ctx)
        : node.cells.time
          ? deadlinesInCell(node.cells.time, ctx)
          : ofOutput.length > 0
            ? ofOutput
            : node.grid
              ? monthsOfGrid(node.grid, ctx)
              : [];
      // A note "Dự kiến; có thể điều chỉnh …" makes the row's own date tentative.
      // (one that gives a date of its own, "Dự kiến ra quân đợt 1 ngày 01/7", dates only itself)
      if (node.cells.note && TENTATIVE_NOTE.test(node.cells.note.text) && !/\d{1,2}\s{0,2}[/.-]\s{0,2}\d{1,2}/u.test(node.cells.note.text)) for (const f of timed) f.match.value = { ...f.match.value, tentative: true };
      // "Báo cáo CCHC định kỳ quý, 6 tháng, năm" | "Trước ngày 15 của tháng cuối quý": the time
      // cell's rule is the row's; the content only names the reports.
      if (timed.some((f) => f.match.value.relation === 'recurring')) {
        for (let k = found.length - 1; k >= 0; k--) if ((found[k] as Found).match.value.relation === 'recurring') found.splice(k, 1);
        // "Hằng tháng" | "… các cơ quan gửi báo cáo trước ngày 22": that day of each month.
        for (const f of timed) f.match = { ...f.match, value: monthlyOnContentDay(f.match.value, own.text) };
      }
      found.push(...timed);
      // "Ghi chú: Báo cáo kết quả về Ban Giám hiệu trước ngày 19/9/2026": a note is prose, and
      // its phrases bind the row as any sentence of it would (a bare date there is no limit).
      if (node.cells.note) {
        const noted = deadlinesIn(node.cells.note, ctx).filter(notBeforeIssue);
        // "x" under August and "Dự kiến ngày 27-8-2027" in the note: the note's day is the
        // August mark, more precisely.
        if (!node.cells.time && node.grid) {
          const days = noted.map((f) => f.match.value.date ?? '').filter((d) => /^\d{4}-\d{2}-\d{2}$/u.test(d));
          for (let k = found.length - 1; k >= 0; k--) {
            const v = (found[k] as Found).match.value;
            if (timed.includes(found[k] as Found) && v.relation === 'by' && v.date !== null && /^\d{4}-\d{2}$/u.test(v.date) && days.some((d) => d.startsWith(v.date as string))) found.splice(k, 1);
          }
        }
        found.push(...noted);
      }
      if (node.cells.output) output = node.cells.output.text.trim();
    }
    for (const field of node.fields) {
      // "Chuẩn bị: Văn phòng UBND tỉnh (gửi tài liệu … trước 16 giờ 00 ngày 07/6/2027)": a limit
      // written beside the unit binds the item too.
      if (field.name === 'lead') found.push(...deadlinesIn(field.value, ctx).filter(notBeforeIssue));
      if (field.name === 'lead') {
        const roles = rolesOfCell(field.value.text);
        units = roles ? { ...units, lead: roles.lead, support: roles.support.length > 0 ? roles.support : units.support } : { ...units, lead: unitsOfCell(field.value.text) };
      }
      else if (field.name === 'support') units = { ...units, support: unitsOfCell(field.value.text) };
      else if (field.name === 'output') output = field.value.text.trim().replace(/[.;]$/u, '');
      else if (field.name === 'deadline') found.push(...deadlinesInField(field, ctx));
    }
    return { node, own, units, output, found, role: 'task', path: [] };
  };

  // `fromIntro`: the inherited lead is the addressee of the introduction, not of a parent item.
  // `schedule`: under a "Thời gian, phạm vi …" section, whose dates are the plan's own phases.
  const walk = (node: ItemNode, parentPath: string[], inheritedLead: string[], descriptive: boolean, prefix: string | null, fromIntro = false, schedule = false) => {
    // A month-by-month schedule lies in one year: the year of its first month ("Tháng 1" of a
    // plan dated December 2026 is January 2027, and so "Tháng 12" is December 2027).
    const months = node.children.filter((c) => c.label?.kind === 'month');
    if (months.length > 0) {
      const first = months[0] as ItemNode;
      const year = monthOfLabel(first.label?.key ?? '', null, first.paras[0], ctx)[0]?.match.value.date?.slice(0, 4);
      if (year !== undefined) for (const m of months) monthYears.set(m, Number(year));
    }
    const infos = node.children.map(info);
    // "IV. KINH PHÍ" ⏎ "- Ngân sách tỉnh: 25 triệu đồng": where the money comes from. A line
    // that names who acts ("Giao Sở Tài chính bố trí …") is still work.
    const nodeKey = headingKey(node.paras[0]?.text ?? '');
    const funding = FUNDING_TITLE.test(nodeKey);
    // "Phần I. MỤC ĐÍCH, YÊU CẦU, CHỦ ĐỀ VÀ THỜI GIAN" ⏎ "4. Thời gian: … từ ngày … đến ngày …":
    // a section that describes, and names the plan's time among what it describes.
    const timeParent = node.kind !== 'root' && TIME_IN_TITLE.test(nodeKey);
    // "II- NHIỆM VỤ …" ⏎ "Chỉ tiêu chủ yếu:" ⏎ "- Tỷ lệ … đạt 85%;" ⏎ "- Không để xảy ra …;": the bullets
    // a section lists under its targets' label, before its first numbered item, are targets.
    const lastPara = node.paras[node.paras.length - 1]?.text ?? '';
    const firstLabelled = node.children.findIndex((c) => c.label !== null && c.label !== undefined && !BULLET_KINDS.has(c.label.kind as LabelKind));
    const targetBullets = node.paras.length > 1 && TARGETS_LABEL.test(lastPara.trim());
    // Decide roles first: bullet numbering counts only siblings that stay items.
    for (const [index, it] of infos.entries()) {
      const n = it.node;
      if (targetBullets && n.label && BULLET_KINDS.has(n.label.kind as LabelKind) && (firstLabelled < 0 || index < firstLabelled) && it.units.lead.length === 0) {
        it.role = 'text';
        continue;
      }
      // "6- Tổ chức thực hiện" ⏎ bullets ⏎ "Chỉ thị này phổ biến đến chi bộ.": the closing formula
      // after the last bullet falls to the heading; it does not make the heading a sentence.
      const text = n.paras.filter((p, k) => k === 0 || !CLOSING_FORMULA.test(p.text)).map((p) => p.text).join(n.kind === 'row' ? ' ' : '\n').trim();
      const hasCells = n.cells !== undefined && Object.keys(n.cells).some((k) => k !== 'no' && k !== 'content');
      const hasOwn = it.units.lead.length > 0 || it.units.assignees.length > 0 || it.found.length > 0 || n.fields.length > 0 || hasCells;
      if (n.kind === 'part' || n.kind === 'roman' || n.kind === 'upper' || n.kind === 'group') it.role = 'section';
      else if (n.children.length === 0 && it.found.length === 0 && it.units.lead.length === 0 && TARGET_FIGURE.test(text)) it.role = 'text';
      else if (text !== '' && isAllCaps(text) && n.kind !== 'row') it.role = 'section';
      // "1) Tán thành những nội dung … Nhiệm kỳ qua:" ⏎ "- Chi bộ đã lãnh đạo …": a resolution's
      // approval of the past term, and the results listed under it.
      else if (n.kind !== 'article' && it.units.lead.length === 0 && APPROVES.test(text) && it.found.every((f) => f.match.value.relation !== 'recurring')) {
        it.role = 'text';
        it.describes = true;
      }
      // "3) Các chỉ tiêu chủ yếu đến năm 2030:" ⏎ targets: a heading of what is aimed at, its date
      // part of its title.
      else if (n.children.length > 0 && isTopSection(n) && it.units.lead.length === 0 && text.length < 200 && nonTaskTitle(text, ctx.docType)) it.role = 'section';
      else if (n.children.length > 0 && !hasOwn && text.length < 200 && !/[.;]$/u.test(text)) it.role = 'section';
      // "2. Nhiệm vụ trọng tâm thời gian tới" ⏎ "Đề nghị X … thực hiện tốt các nội dung sau:" ⏎ 2.1 …:
      // a heading and the introduction that addresses its items; the work is in the items.
      else if (n.children.length > 0 && it.found.length === 0 && HEADED_INTRO.test(text)) it.role = 'section';
      // "1. Đánh giá chung" ⏎ "Thường trực Tỉnh ủy ghi nhận, đánh giá cao …": a heading of an
      // assessment over its prose (a date it mentions is when something happens, not a limit).
      // The findings listed under it ("- Công trình tại xã Y Tý: đạt khoảng 68% …") describe too.
      else if (it.found.every((f) => f.match.value.relation === 'on') && text.includes('\n') && nonTaskTitle(text.slice(0, text.indexOf('\n')), ctx.docType)) {
        it.role = 'text';
        it.describes = true;
      }
      // "Điều 8. Trách nhiệm của Văn phòng Tỉnh ủy" ⏎ clauses: the article's title names whose
      // clauses follow (they inherit it); the title itself is no work.
      else if (n.kind === 'article' && n.children.length > 0 && it.found.length === 0 && RESPONSIBILITY_TITLE.test(text)) it.role = 'section';
      // "4. Về công tác xây dựng Đảng: Ban Thường vụ nhận thấy …." ⏎ "- Giao …": a topic and the
      // conclusion's view of it, then the work.
      else if (n.children.length > 0 && !hasOwn && TOPIC_LABEL.test(text)) it.role = 'section';
      // (a table row with a lead and a dated time cell under a section that only describes — "II-
      // NỘI DUNG KIỂM TRA, GIÁM SÁT" of an inspection programme — is still work: its cells say
      // whose and by when)
      else if (descriptive && !(n.kind === 'row' && n.cells?.lead !== undefined && n.cells.time !== undefined && it.units.lead.length > 0 && it.found.length > 0)) it.role = 'text';
      // "3. Thời gian" ⏎ "Học tập trung 02 ngày, từ ngày …": an information heading of a notice.
      else if (isInfoHeading(n, text, ctx.docType) && it.units.lead.length === 0) {
        it.role = 'text';
        it.describes = true; // "2. Thành phần" ⏎ "- Các sở, ban, ngành: mỗi đơn vị 02 người": who attends
      }
      // A notice's event: "1) Tổ chức Hội nghị tập huấn …:" ⏎ "- Thời gian: …" ⏎ "- Địa điểm: …" says
      // when and where it is held, once; it is not work given to anyone.
      else if (announcesEvent(n, it.units.lead.length, ctx.docType)) {
        it.role = 'text';
        it.describes = true;
        it.event = true;
      }
      // "1- Về kết quả năm 2026: Năm đầu tiên …", "2. Tồn tại, hạn chế: …": an assessment under
      // a label that heads no work (an item that names its lead still gives work: "1. Về căn
      // cứ xác định xã miền núi: … đề nghị các đơn vị …").
      else if (it.units.lead.length === 0 && n.children.length === 0 && assessmentLabel(text)) it.role = 'text';
      // "6) Đại hội đã bầu Chi ủy khóa XII …": what was done, not what is to do.
      else if (!hasOwn && n.children.length === 0 && DONE.test(text)) it.role = 'text';
      // "Điều 1. Ban hành kèm theo…", "Điều 4. Quyết định có hiệu lực…": enacting clauses, not work.
      else if (n.kind === 'article' && !hasOwn && n.children.length === 0) it.role = 'text';
      // A Quy định's clause that names no one and no date ("Thời gian lấy số liệu báo cáo tháng
      // tính từ …", "Quy định này có hiệu lực kể từ ngày ký"): a rule, no work.
      // (Under "Trách nhiệm của X" every clause is X's work.)
      else if (REGULATION_NAMES.test(ctx.docTypeName ?? '') && node.kind === 'article' && !hasOwn && n.children.length === 0 && !RESPONSIBILITY_TITLE.test(node.paras[0]?.text.trim() ?? '')) it.role = 'text';
      // "Kinh phí thực hiện…": how the work is paid for, not work to do.
      else if (FUNDING_OPENER.test(text) && it.found.length === 0) {
        it.role = 'text';
        it.describes = true; // "- Ngân sách tỉnh: 25 triệu đồng": where the money comes from
      }
      // "Ban Thường vụ Thành ủy cơ bản thống nhất với báo cáo …": the conclusion's own judgement.
      else if (isAssessment(text, it.units.lead) && it.found.length === 0 && n.children.length === 0) it.role = 'text';
      // "1- Ban Thường vụ Tỉnh ủy ghi nhận …. Kết quả cụ thể:" ⏎ "- Hoàn thành 06 điểm …": the judgement and
      // the results listed under it.
      else if (isAssessment(text, it.units.lead) && n.children.length > 0 && n.children.every((c) => BULLET_KINDS.has(c.kind as LabelKind))) {
        it.role = 'text';
        it.describes = true;
      }
      // "Sở Nội vụ trân trọng kính mời:" ⏎ "- Đại diện lãnh đạo các sở, ban, ngành tỉnh;": the invited,
      // the invitation's addressees, not work.
      else if (node.kind === 'root' && BULLET_KINDS.has(n.kind as LabelKind) && it.found.length === 0 && INVITES.test(node.paras.filter((p) => firstLine(p) < n.line).pop()?.text ?? '')) {
        it.role = 'text';
        const invited = text.replace(/\s+/gu, ' ').replace(/[\s;,.]+$/u, '').trim();
        if (invited !== '') participants.push(invited);
      }
      else if (node.kind === 'root' && BULLET_KINDS.has(n.kind as LabelKind) && !hasOwn) it.role = 'text';
      // "… lập 01 bộ hồ sơ gồm:" ⏎ "- Đơn đăng ký …;" ⏎ "- Sơ đồ vùng trồng …": the parts of a whole, no work.
      else if (BULLET_KINDS.has(n.kind as LabelKind) && !hasOwn && LISTS_PARTS.test(node.paras.filter((p) => firstLine(p) < n.line).pop()?.text ?? '')) it.role = 'text';
      // "📌 Thời gian tiêm: từ ngày … đến hết ngày …", "👉 Địa điểm: …", "⚠️ Lưu ý: …": a notice's
      // information lines set off by bullets, not work; the time line's dates are the notice's.
      else if (node.kind === 'root' && BULLET_KINDS.has(n.kind as LabelKind) && it.units.lead.length === 0 && NOTICE_INFO_LINE.test(text)) {
        it.role = 'text';
        it.event = /^\s{0,3}Thời gian/iu.test(text);
      }
      else if (funding && it.units.lead.length === 0 && it.units.assignees.length === 0) it.role = 'text';
      else it.role = 'task';
    }
    let bullet = 0;
    for (const it of infos) {
      const n = it.node;
      let key: string;
      if (BULLET_KINDS.has(n.kind as LabelKind) || (n.kind === 'row' && (n.label?.key ?? '') === '')) {
        if (it.role === 'text') key = '';
        else key = `-${++bullet}`;
      } else key = n.label?.key ?? '';
      if (it.role === 'text') {
        // Not an item of its own: its deadlines belong to the document level.
        // "Thời gian đánh giá: … từ ngày 01-12-2025 đến ngày 30-11-2026" is the period assessed, no span of work.
        const ownKey = headingKey(it.own.text);
        const timeHeading = SCHEDULE_TITLE.test(ownKey) && !DATA_PERIOD_TITLE.test(ownKey);
        const timeItem = timeHeading && n.kind === 'dec1' && (!descriptive || timeParent);
        for (const f of it.found) {
          docLevel.push(f);
          docLevelLead.set(f, it.units.lead);
          if (schedule || it.event === true || timeItem) direct.add(f);
        }
        // "2. Thời gian: … chia thành 02 giai đoạn:" ⏎ "- Giai đoạn 1: từ ngày … đến ngày …": the phases too.
        walk(n, parentPath, inheritedLead, descriptive || enacts(n) || it.describes === true, prefix, fromIntro, schedule || timeItem);
        continue;
      }
      let path = [...parentPath, key];
      if (parentPath.length === 0 && prefix !== null) path = [prefix, key];
      let id = path.join('/');
      const count = (used.get(id) ?? 0) + 1;
      used.set(id, count);
      if (count > 1) {
        const unique = `${id}~${count}`;
        ctx.warn('duplicate-label', { label: n.label?.raw ?? key, id: unique }, n.line);
        path = [...path.slice(0, -1), `${key}~${count}`];
        id = unique;
      }
      it.path = path;
      // An item addressed to someone else ("Đồng chí X chỉ đạo …", "Yêu cầu các đồng chí …") is not the introduction's addressee's.
      // "Lãnh đạo Ban công tác Mặt trận khu phố tổ chức …" under a unit's item: "lãnh đạo" is
      // the verb (lead the body to do it), as "Chỉ đạo X tổ chức …" is; the item stays its parent's.
      const subject = it.units.lead.length === 1 ? (it.units.lead[0] as string) : null;
      const directs = inheritedLead.length > 0 && subject !== null && LEADS_BODY.test(it.own.text) && !CHU_TRI_AFTER.test(it.own.text.slice(subject.length, subject.length + 40));
      const own = directs ? [] : it.units.lead;
      // (An item addressed to people, "Trưởng ban quyết định …", is theirs, under any heading.)
      const lead = own.length > 0 ? own : (fromIntro && (it.units.assignees.length > 0 || it.units.addressed)) || it.units.titled ? [] : inheritedLead;
      if (it.role === 'section') {
        sections.push({
          id,
          path,
          label: n.label?.raw ?? '',
          depth: path.length,
          title: (n.paras[0]?.text ?? '').replace(/\s+/gu, ' ').replace(/[:.]\s*$/u, '').trim(),
          line: n.line,
        });
        const title = n.paras[0]?.text ?? '';
        // "II. THỜI GIAN, PHẠM VI" ⏎ "- Thời gian: từ ngày … đến hết ngày …": the plan's own span.
        const timeSection = SCHEDULE_TITLE.test(headingKey(title));
        for (const f of it.found) {
          docLevel.push(f);
          docLevelLead.set(f, lead);
          if (schedule || (timeSection && !descriptive)) direct.add(f);
        }
        // A notice's information heading with lines under it ("2. Thành phần:" ⏎ "- Các sở: 02 người").
        const infoHeading = (ctx.docType === 'thong-bao' || ctx.docType === 'giay-moi') && isInfoHeading(n, title, ctx.docType);
        if (infoHeading && isParticipantsHeading(title)) {
          for (const c of n.children) {
            const item = (c.paras[0]?.text ?? '').replace(/\s+/gu, ' ').replace(/[\s;,.]+$/u, '').trim();
            if (item !== '') participants.push(item);
          }
        }
        // A task table's group row ("III | ĐÁNH GIÁ, ĐỀ NGHỊ CÔNG NHẬN") names a kind of work: its
        // rows, which name who leads them, are tasks whatever the title.
        const ledRows = n.kind === 'group' && n.children.some((c) => (c.cells?.lead?.text.trim() ?? '') !== '');
        const nonTask = isTopSection(n) && !ledRows && (nonTaskTitle(title, ctx.docType) || infoHeading);
        // "II- NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI" ⏎ "Ban Thường vụ Thành ủy đề nghị Ban Thường vụ
        // Đảng ủy phường Kim Long … thực hiện tốt các nhiệm vụ sau:": the section's own
        // introduction addresses its items, as the document's does.
        const firstChild = n.children[0]?.line ?? Number.POSITIVE_INFINITY;
        const sectionIntro = n.paras.slice(1).filter((p) => firstLine(p) < firstChild).pop();
        const introLead = sectionIntro && /:\s*$/u.test(sectionIntro.text) ? addresseesOfIntro(sectionIntro.text) : [];
        const fromSectionIntro = introLead.length > 0 && it.units.lead.length === 0;
        walk(n, path, fromSectionIntro ? introLead : lead, descriptive || enacts(n) || nonTask, prefix, fromSectionIntro || (fromIntro && it.units.lead.length === 0), schedule || ((nonTask || descriptive) && SCHEDULE_TITLE.test(foldKey(title))));
        continue;
      }
      const task: Task = {
        id,
        path,
        label: n.label?.raw ?? '',
        depth: path.length,
        text: it.own.text.trim(),
        lead,
        support: it.units.support,
        assignees: it.units.assignees as Assignee[],
        output: it.output,
        line: n.line,
      };
      tasks.push(task);
      let k = 0;
      for (const f of it.found) deadlines.push(toDeadline(f, id, ++k, lead));
      walk(n, path, lead, descriptive, prefix);
    }
  };

  for (const { root, prefix } of roots) {
    // "… đề nghị Ủy ban bầu cử các xã, phường thực hiện một số nội dung sau:" — items that
    // name no unit of their own are the introduction's addressee's.
    const firstItem = root.children[0]?.line ?? Number.POSITIVE_INFINITY;
    const intro = root.paras.filter((p) => firstLine(p) < firstItem).pop();
    walk(root, [], intro ? addresseesOfIntro(intro.text) : [], false, prefix, true);
    // Fields of the document itself (a Giấy mời: "Thời gian: 08 giờ 00, ngày 15/01/2026",
    // "Thành phần: …"): the meeting binds the invited units.
    const invited = participantsOf(root.fields);
    for (const field of root.fields) {
      if (field.name !== 'deadline') continue;
      for (const f of deadlinesInField(field, ctx)) {
        docLevel.push(f);
        docLevelLead.set(f, invited);
        direct.add(f);
      }
    }
    // Document-level paragraphs: only those that address someone, or say what to send by
    // when ("Báo cáo … gửi về Ban Thường trực chậm nhất ngày 04/12/2026"), carry deadlines.
    // A sentence whose subject is a unit binds it too ("Các doanh nghiệp xác nhận danh sách
    // người tham dự chậm nhất 10 giờ 00 ngày 28/10/2026").
    for (const para of root.paras) {
      // '> "Giao Sở … trước ngày 01/6/2027; …"', '"Giao …"': another document's or an e-mail's
      // words, quoted whole, are not this document's work.
      if (QUOTED.test(para.text) || QUOTATION.test(para.text)) continue;
      const directive = DIRECTIVE.test(para.text) || DELIVERY.test(para.text); // cheap test first; the sentence is checked below
      const found = deadlinesIn(para, ctx).filter(notBeforeIssue);
      if (found.length === 0) continue;
      const lead = unitsOf(para.text).lead;
      if (!directive && lead.length === 0) continue;
      for (const f of found) {
        docLevel.push(f);
        docLevelLead.set(f, lead);
        if (!directive && lead[0] !== undefined && sentenceOf(f).trimStart().startsWith(lead[0])) bySubject.add(f);
      }
    }
  }
  let k = 0;
  // With numbered tasks, a closing sentence binds only an exact day ("báo cáo trước ngày 20/12"),
  // not a period it mentions ("nhiệm vụ trọng tâm trong tháng 11 và tháng 12").
  const announces = tasks.length === 0 && ctx.docType === 'thong-bao';
  const dayPrecise = (f: Found) => tasks.length === 0 || /^\d{4}-\d{2}-\d{2}$/u.test(f.match.value.date ?? f.match.value.end ?? '');
  const docDeadlines = docLevel
    // A notice that gives no work out (a recruitment notice) is read for its dates: they are all it says.
    .filter((f) => direct.has(f) || (announces && !definitionOnly(f)) || ((DIRECTIVE.test(sentenceOf(f)) || delivers(f) || bySubject.has(f)) && dayPrecise(f) && !definitionOnly(f) && !aimsAt(f)))
    .map((f) => toDeadline(f, null, ++k, docLevelLead.get(f) ?? []));
  return { tasks, sections, deadlines: [...deadlines, ...docDeadlines].sort((a, b) => a.line - b.line || a.column - b.column), participants };
}

/** A paragraph that is one quotation, start to end ("“…”", "\"…\"", closing punctuation after it). */
const QUOTATION = /^\s{0,3}["“][^"“”]{1,2000}["”]\s{0,3}[.;]?\s{0,3}$/u;
/** A paragraph quoted as an e-mail quotes ("> …" on its first line). */
const QUOTED = /^\s{0,3}>/u;

/** "gửi về …", "nộp cho …": sending something somewhere. */
const DELIVERY = px(/(?<![\p{L}])(?:gửi|nộp)\s{1,3}(?:về|cho|đến|tới|qua)(?![\p{L}])/u);

/** A limit ("chậm nhất ngày …", "trước ngày …") in a sentence that says what to send where. */
function delivers(f: Found): boolean {
  const relation = f.match.value.relation;
  return (relation === 'by' || relation === 'before') && DELIVERY.test(sentenceOf(f));
}

/**
 * "để chuẩn bị cho ngày bầu cử (Chủ nhật, 15/3/2026), Sở Nội vụ đề nghị …": outside an item,
 * a named date with its date only says which day the name means.
 */
function definitionOnly(f: Found): boolean {
  return f.match.rule === 'named-date-definition' && !/^(?:trong|vào|đến|tới|đúng)\s/iu.test(f.match.text);
}

/**
 * "…, phấn đấu giải ngân đạt trên 60% kế hoạch vốn đến ngày 30/9/2027 …, Phó Chủ tịch … yêu cầu:":
 * a target the document aims at, said once above the work; no unit is bound to its date.
 */
function aimsAt(f: Found): boolean {
  const start = Math.max(0, f.match.start - f.shift);
  const clause = f.para.text.slice(Math.max(0, start - 160), start);
  return AIMS.test(clause);
}
const AIMS = px(/(?:^|[^\p{L}])phấn\s{1,3}đấu(?![\p{L}])[^.;:]{0,160}$/iu);

/** The sentence around a phrase ("." "!" "?" or a line break end it; ";" does not). */
function sentenceOf(f: Found): string {
  const text = f.para.text;
  const start = Math.max(0, f.match.start - f.shift);
  // A period inside a number ("0229.3871.552", "1.000") or an abbreviation does not end it.
  const ends = (k: number): boolean => /[!?\n]/u.test(text[k] as string) || (text[k] === '.' && !/\S/u.test(text[k + 1] ?? ' '));
  let a = start;
  while (a > 0 && !ends(a - 1) && start - a < 600) a--;
  let b = Math.max(start, f.match.end - f.shift);
  while (b < text.length && !ends(b) && b - start < 600) b++;
  return text.slice(a, b);
}

/** The invited units of a "Thành phần:" field, one per item (or per ";" on one line). */
export function participantsOf(fields: Field[]): string[] {
  const out: string[] = [];
  for (const field of fields) {
    if (field.name !== 'participants') continue;
    const parts = field.items && field.items.length > 0 ? field.items.map((p) => p.text) : field.value.text.split(/;/u);
    for (const part of parts) {
      const clean = part.replace(/^[-–+•*\s]+/u, '').replace(/[\s;,.]+$/u, '').replace(/\s+/gu, ' ').trim();
      if (clean !== '') out.push(clean);
    }
  }
  return out;
}

function toDeadline(f: Found, taskId: string | null, k: number, lead: string[]): Deadline {
  const start = Math.max(0, f.match.start - f.shift);
  const end = Math.max(start, f.match.end - f.shift);
  const pos = posOf(f.para, start);
  const v = f.match.value;
  return {
    id: `${taskId ?? ''}#${k}`,
    taskId,
    relation: v.relation,
    date: v.date,
    end: v.end,
    due: v.due,
    time: v.time,
    rrule: v.rrule,
    duration: v.duration,
    tentative: v.tentative,
    emphasized: isEmphasized(f.para, start, end),
    text: f.match.text.replace(/\s+/gu, ' ').trim(),
    lead,
    line: pos.line,
    column: pos.column,
  };
}
