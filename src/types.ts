/**
 * The public data model of bau-cu: what `parseDocument` returns and what
 * `bau-cu parse` prints (schemaVersion "1"). Every type here is plain data that
 * survives JSON.stringify / JSON.parse unchanged.
 *
 * Lines and columns are 1-based and point at the input text after decoding
 * (one decoded line = one source line; CRLF/CR count as one line break).
 */

export const SCHEMA_VERSION = '1' as const;

export type DocumentType =
  | 'cong-van'
  | 'ket-luan'
  | 'thong-bao'
  | 'ke-hoach'
  | 'chi-thi'
  | 'quyet-dinh'
  | 'nghi-quyet'
  | 'bao-cao'
  | 'huong-dan'
  | 'to-trinh'
  | 'giay-moi'
  | 'cong-dien'
  | 'bien-ban'
  | 'other';

/** Kind of a cited document: the document types plus normative ones. */
export type CitedType =
  | DocumentType
  | 'luat'
  | 'nghi-dinh'
  | 'thong-tu'
  | 'quy-dinh'
  | 'chuong-trinh'
  | 'de-an';

export type InputFormat = 'txt' | 'md' | 'docx';

export interface SourceInfo {
  /** Path as given on the command line (null for stdin or an in-memory string). */
  path: string | null;
  /** Base name of the file ("ket-luan.txt"), null for stdin. */
  name: string | null;
  /** Hex SHA-256 of the raw input bytes. */
  sha256: string;
  /** Size of the raw input in bytes. */
  bytes: number;
  /** What the decoder found: "utf-8", "utf-8-bom", "utf-16le", "windows-1258", "tcvn3", "vni", … */
  encoding: string;
  format: InputFormat;
}

export interface DocDate {
  /** "2026-02-25"; null when any part is blank (drafts). */
  iso: string | null;
  year: number | null;
  month: number | null;
  day: number | null;
  /** The date as written ("ngày 25 tháng 02 năm 2021"). */
  text: string;
  line: number;
}

export interface Issuer {
  /** Issuing body in sentence case with its locality ("Ủy ban nhân dân tỉnh Lào Cai"). */
  name: string;
  /** Parent body line, if printed ("Ủy ban nhân dân tỉnh Sơn La" above "Sở Nội vụ"). */
  parent: string | null;
  line: number;
}

export interface Signer {
  name: string | null;
  /** Title of the signer ("Chủ tịch", "Phó Bí thư Thường trực"). */
  position: string | null;
  /** The authority line as printed, sentence case ("TM. Ủy ban bầu cử", "T/M Ban Thường vụ", "KT. Chủ tịch"). */
  authority: string | null;
  line: number;
}

export interface CitedDocument {
  type: CitedType | null;
  /** "131-KL/BCĐ", "2986/SNV-XDCQ&CTTN", "30/2020/NĐ-CP"; null for a law cited by name only. */
  reference: string | null;
  /** ISO date of the cited document, if given. */
  date: string | null;
  /** "Ban Chỉ đạo Bầu cử…" when the citation names it ("… của <issuer>"). */
  issuer: string | null;
  /** The citation as written (whitespace collapsed). */
  text: string;
  line: number;
  column: number;
}

/** Source lines of the document-level values that are plain strings. */
export interface DocumentLines {
  type: number | null;
  reference: number | null;
  place: number | null;
  subject: number | null;
  urgency: number | null;
  recipients: number[];
  distribution: number[];
}

export interface DocumentInfo {
  type: DocumentType | null;
  /** The type in words, sentence case ("Kết luận", "Thông báo kết luận", "Công văn"). */
  typeName: string | null;
  /** "state" (Quốc hiệu), "party" (ĐẢNG CỘNG SẢN VIỆT NAM) or null when no header survives. */
  layout: 'state' | 'party' | null;
  /** Number and symbol as printed without spaces ("19/KL-UBBC", "131-KL/BCĐ", "/UBND-NC"). */
  reference: string | null;
  /** "19"; null when blank in a draft. Kept as a string so leading zeros survive ("05"). */
  number: string | null;
  /** Everything after the number ("KL-UBBC", "KL/BCĐ", "UBND-NC", "2020/NĐ-CP"). */
  symbol: string | null;
  date: DocDate | null;
  place: string | null;
  issuer: Issuer | null;
  /** Trích yếu: the subject, without the "V/v" marker, lines joined. */
  subject: string | null;
  /** Urgency or secrecy marks as printed ("KHẨN", "HỎA TỐC", "MẬT"). */
  urgency: string | null;
  /** Kính gửi, one entry per addressee, as written. */
  recipients: string[];
  signer: Signer | null;
  /** Nơi nhận, one entry per line, as written (without "- " and the trailing ";"). */
  distribution: string[];
  references: CitedDocument[];
  lines: DocumentLines;
}

export interface NamedDate {
  /** "ngày bầu cử" (lower case, as it is used in later mentions). */
  name: string;
  /** ISO date. */
  date: string;
  /** The defining phrase as written ("ngày bầu cử (15/3/2026)"). */
  text: string;
  line: number;
  column: number;
}

export interface Assignee {
  name: string;
  title: string | null;
}

export interface Section {
  /** Path joined with "/" ("II"). */
  id: string;
  path: string[];
  /** Label as printed ("II.", "2.6."). */
  label: string;
  depth: number;
  /** The heading text ("NHIỆM VỤ TRỌNG TÂM TRONG THỜI GIAN TỚI"). */
  title: string;
  line: number;
}

export interface Task {
  /** Path joined with "/" ("2/2.1/-1"); unique within a document. */
  id: string;
  /** Labels from the outermost section down, trailing "." and ")" stripped. */
  path: string[];
  /** Label as printed ("1.1.", "(1)", "a)", "-"); "" for a table row without a number. */
  label: string;
  depth: number;
  /** The item's own text (wrapped lines and continuation paragraphs joined; not its children, not its field lines). */
  text: string;
  /** Units that must carry the task out, inherited from the nearest ancestor that names one. */
  lead: string[];
  /** "phối hợp với" units. */
  support: string[];
  assignees: Assignee[];
  /** "Kết quả:", "Sản phẩm:" field. */
  output: string | null;
  line: number;
}

export type DeadlineRelation = 'before' | 'by' | 'on' | 'range' | 'from' | 'recurring' | 'within';

export interface Duration {
  value: number;
  unit: 'hour' | 'day' | 'week' | 'month' | 'year';
  workingDays: boolean;
}

export interface Deadline {
  /** "<taskId>#<n>", n counting the deadlines of that task from 1 ("2/2.6/-1#1"; "#1" at document level). */
  id: string;
  /** Id of the innermost task containing the phrase; null when the phrase is outside every task. */
  taskId: string | null;
  relation: DeadlineRelation;
  /** ISO date, "YYYY-MM" or "YYYY" for month and year precision; start of a range. */
  date: string | null;
  /** End of a range (ISO date). */
  end: string | null;
  /** Last permissible day (ISO date), see SPEC "Deadlines". */
  due: string | null;
  /** "HH:MM" (Vietnam local time). */
  time: string | null;
  /** RFC 5545 RRULE value for recurring deadlines ("FREQ=WEEKLY;BYDAY=TH"). */
  rrule: string | null;
  duration: Duration | null;
  tentative: boolean;
  emphasized: boolean;
  /** The phrase as written (markdown removed, whitespace collapsed). */
  text: string;
  lead: string[];
  line: number;
  column: number;
}

export interface Warning {
  code: string;
  message: string;
  line: number | null;
}

export interface ParsedDocument {
  schemaVersion: typeof SCHEMA_VERSION;
  source: SourceInfo;
  document: DocumentInfo;
  namedDates: NamedDate[];
  sections: Section[];
  tasks: Task[];
  deadlines: Deadline[];
  warnings: Warning[];
}

export type Lang = 'vi' | 'en';

export interface ParseOptions {
  /** Path recorded in `source.path`. */
  path?: string | null;
  /** Overrides the format guessed from the path and the bytes. */
  format?: InputFormat;
  /** Language of warning messages (default "vi"). */
  lang?: Lang;
}
