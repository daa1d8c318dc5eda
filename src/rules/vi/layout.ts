/**
 * Layout vocabulary of Vietnamese administrative documents (NĐ 30/2020, HD 36-HD/VPTW):
 * the fixed lines of a header, type names, signing authorities, field labels. Data only.
 * Patterns run on text whose tone placement was canonicalized (canonicalTones), with the
 * `i` flag; none has nested unbounded quantifiers.
 */
import type { CitedType, DocumentType } from '../../types.js';
import { px } from '../../text/charclass.js';

/** Quốc hiệu, tiêu ngữ and the party title, possibly inside a flattened two-column line. */
export const MOTTO_PATTERNS: RegExp[] = [
  /C[ỘO]NG\s{0,3}H[ÒOÕ]A\s{0,3}X[ÃAÀ]\s{0,3}H[ỘO]I\s{0,3}CH[ỦU]\s{0,3}NGH[ĨI]A\s{0,3}VI[ỆE]T\s{0,3}NAM/iu,
  /Đ[ộo]c\s{1,3}l[ậa]p\s{0,3}[-–—]?\s{0,3}T[ựu]\s{1,3}do\s{0,3}[-–—]?\s{0,3}H[ạa]nh\s{1,3}ph[úu]c/iu,
  /Đ[ẢA]NG\s{1,3}C[ỘO]NG\s{1,3}S[ẢA]N\s{1,3}VI[ỆE]T\s{1,3}NAM/iu,
];

export const PARTY_TITLE = /Đ[ẢA]NG\s{1,3}C[ỘO]NG\s{1,3}S[ẢA]N\s{1,3}VI[ỆE]T\s{1,3}NAM/iu;

/**
 * A mass organisation's line where the party prints "ĐẢNG CỘNG SẢN VIỆT NAM" (the Youth Union,
 * the Farmers', Women's and Veterans' associations, the trade unions): their documents follow
 * the party's layout. Only as a line (or cell) of its own: "BCH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ
 * MINH" is an issuer that contains it. In capitals, as printed (no "i" flag: case folding over
 * Unicode makes V8 compile this pattern several times slower, on every cold start).
 */
export const YOUTH_UNION_TITLE =
  /^\s{0,3}(?:ĐOÀN\s{1,3}(?:TNCS|THANH\s{1,3}NIÊN\s{1,3}CỘNG\s{1,3}SẢN)\s{1,3}HỒ\s{1,3}CHÍ\s{1,3}MINH|HỘI\s{1,3}(?:NÔNG\s{1,3}DÂN|LIÊN\s{1,3}HIỆP\s{1,3}PHỤ\s{1,3}NỮ|CỰU\s{1,3}CHIẾN\s{1,3}BINH)\s{1,3}VIỆT\s{1,3}NAM|(?:TỔNG\s{1,3}LIÊN\s{1,3}ĐOÀN\s{1,3}LAO\s{1,3}ĐỘNG|CÔNG\s{1,3}ĐOÀN)\s{1,3}VIỆT\s{1,3}NAM)\s{0,3}$/u;

/** A rule or separator line: "-----", "_____", "*", "* * *", "===". */
export const RULE_LINE = /^[\s\-_=~*—–.·]{1,80}$/u;

/** Urgency and secrecy marks printed under the number. */
export const URGENCY = /^(?:THƯỢNG KHẨN|HỎA TỐC(?: HẸN GIỜ)?|HOẢ TỐC|KHẨN|TUYỆT MẬT|TỐI MẬT|MẬT)$/u;

/** "DỰ THẢO", "Dự thảo lần 2": a draft mark (skipped in the header, not an urgency). */
export const DRAFT_MARK =
  /^(?:DỰ THẢO|Dự thảo)(?:\s{0,3}(?:\(\s{0,2}lần\s{1,2}\d{1,2}\s{0,2}\)|LẦN\s{1,2}\d{1,2}|lần\s{1,2}\d{1,2}))?$/u;

export interface TypeName {
  type: DocumentType;
  /** Upper-case title as printed (matched on the folded key). */
  title: string;
  typeName: string;
}

/** Title lines, longest first. */
export const TYPE_TITLES: TypeName[] = [
  { type: 'thong-bao', title: 'THÔNG BÁO KẾT LUẬN', typeName: 'Thông báo kết luận' },
  { type: 'ket-luan', title: 'KẾT LUẬN', typeName: 'Kết luận' },
  { type: 'thong-bao', title: 'THÔNG BÁO', typeName: 'Thông báo' },
  { type: 'ke-hoach', title: 'KẾ HOẠCH', typeName: 'Kế hoạch' },
  { type: 'chi-thi', title: 'CHỈ THỊ', typeName: 'Chỉ thị' },
  { type: 'quyet-dinh', title: 'QUYẾT ĐỊNH', typeName: 'Quyết định' },
  { type: 'nghi-quyet', title: 'NGHỊ QUYẾT', typeName: 'Nghị quyết' },
  { type: 'bao-cao', title: 'BÁO CÁO', typeName: 'Báo cáo' },
  { type: 'huong-dan', title: 'HƯỚNG DẪN', typeName: 'Hướng dẫn' },
  { type: 'to-trinh', title: 'TỜ TRÌNH', typeName: 'Tờ trình' },
  { type: 'giay-moi', title: 'GIẤY MỜI', typeName: 'Giấy mời' },
  { type: 'cong-dien', title: 'CÔNG ĐIỆN', typeName: 'Công điện' },
  { type: 'bien-ban', title: 'BIÊN BẢN', typeName: 'Biên bản' },
  { type: 'cong-van', title: 'CÔNG VĂN', typeName: 'Công văn' },
  { type: 'other', title: 'CHƯƠNG TRÌNH HÀNH ĐỘNG', typeName: 'Chương trình hành động' },
  { type: 'other', title: 'CHƯƠNG TRÌNH', typeName: 'Chương trình' },
  { type: 'other', title: 'PHƯƠNG ÁN', typeName: 'Phương án' },
  { type: 'other', title: 'ĐỀ ÁN', typeName: 'Đề án' },
  { type: 'other', title: 'QUY CHẾ', typeName: 'Quy chế' },
  { type: 'other', title: 'QUY ĐỊNH', typeName: 'Quy định' },
  { type: 'other', title: 'THÔNG TRI', typeName: 'Thông tri' },
  { type: 'other', title: 'THÔNG CÁO', typeName: 'Thông cáo' },
  { type: 'other', title: 'HƯỚNG DẪN LIÊN NGÀNH', typeName: 'Hướng dẫn liên ngành' },
];

/** Type codes inside a document symbol (state "KL-UBBC", party "KL/BCĐ"). Case-sensitive. */
export const TYPE_CODES: Record<string, DocumentType> = {
  KL: 'ket-luan',
  TB: 'thong-bao',
  KH: 'ke-hoach',
  CT: 'chi-thi',
  QĐ: 'quyet-dinh',
  NQ: 'nghi-quyet',
  BC: 'bao-cao',
  HD: 'huong-dan',
  TTr: 'to-trinh',
  GM: 'giay-moi',
  CĐ: 'cong-dien',
  BB: 'bien-ban',
  CV: 'cong-van',
  CTr: 'other',
  PA: 'other',
  ĐA: 'other',
  QC: 'other',
  QyĐ: 'other',
  QĐi: 'other',
  TT: 'other',
};

export const TYPE_NAMES: Record<DocumentType, string> = {
  'cong-van': 'Công văn',
  'ket-luan': 'Kết luận',
  'thong-bao': 'Thông báo',
  'ke-hoach': 'Kế hoạch',
  'chi-thi': 'Chỉ thị',
  'quyet-dinh': 'Quyết định',
  'nghi-quyet': 'Nghị quyết',
  'bao-cao': 'Báo cáo',
  'huong-dan': 'Hướng dẫn',
  'to-trinh': 'Tờ trình',
  'giay-moi': 'Giấy mời',
  'cong-dien': 'Công điện',
  'bien-ban': 'Biên bản',
  other: 'Văn bản',
};

/** Words that name a cited document, folded key → type. Longest first when matching. */
export const CITED_TYPE_WORDS: Array<[string, CitedType]> = [
  ['thong bao ket luan', 'thong-bao'],
  ['thong tu lien tich', 'thong-tu'],
  ['huong dan lien nganh', 'huong-dan'],
  ['ket luan', 'ket-luan'],
  ['thong bao', 'thong-bao'],
  ['ke hoach', 'ke-hoach'],
  ['cong van', 'cong-van'],
  ['cong dien', 'cong-dien'],
  ['chi thi', 'chi-thi'],
  ['quyet dinh', 'quyet-dinh'],
  ['nghi quyet', 'nghi-quyet'],
  ['nghi dinh', 'nghi-dinh'],
  ['thong tu', 'thong-tu'],
  ['huong dan', 'huong-dan'],
  ['bao cao', 'bao-cao'],
  ['to trinh', 'to-trinh'],
  ['giay moi', 'giay-moi'],
  ['quy dinh', 'quy-dinh'],
  ['chuong trinh', 'chuong-trinh'],
  ['de an', 'de-an'],
  ['luat', 'luat'],
  ['van ban', 'other'],
];

/** Signing authority prefixes (state "TM.", party "T/M"…). */
export const AUTHORITY = /^(TM|T\/M|T\.M|KT|K\/T|K\.T|TL|T\/L|T\.L|TUQ|T\/UQ|TUQ|Q|PP)\s{0,2}[.:]?\s{1,3}(\S.*)$/u;

/** Lines in the signature block that are not names ("(Đã ký)", "Đã ký", digital-signature captions). */
export const SIGNED_NOTE = /^\(?\s*(đã ký|da ky|ký|đã ký và đóng dấu)\s*\)?\.?$/iu;

/** Field lines under a Kế hoạch item: folded label → field. */
export type FieldName = 'deadline' | 'lead' | 'support' | 'output' | 'participants' | 'other';
export const FIELD_LABELS: Array<[string, FieldName]> = [
  ['thoi gian hoan thanh', 'deadline'],
  ['thoi gian thuc hien', 'deadline'],
  ['thoi han hoan thanh', 'deadline'],
  ['thoi han thuc hien', 'deadline'],
  ['thoi han', 'deadline'],
  ['thoi gian', 'deadline'],
  ['tien do thuc hien', 'deadline'],
  ['tien do', 'deadline'],
  ['don vi chu tri', 'lead'],
  ['co quan chu tri', 'lead'],
  ['co quan, don vi chu tri', 'lead'],
  ['don vi thuc hien', 'lead'],
  ['co quan thuc hien', 'lead'],
  ['chu tri thuc hien', 'lead'],
  ['chu tri', 'lead'],
  ['trach nhiem thuc hien', 'lead'],
  // "Giao: Phòng Văn hóa - Xã hội chủ trì; Đoàn phường phối hợp." after an item
  ['giao', 'lead'],
  ['giao thuc hien', 'lead'],
  ['phan cong', 'lead'],
  ['phan cong thuc hien', 'lead'],
  // a schedule entry's "Chuẩn bị: Sở Xây dựng" (the unit that prepares the meeting)
  ['chuan bi', 'lead'],
  ['don vi chuan bi', 'lead'],
  ['co quan chuan bi', 'lead'],
  ['don vi phoi hop', 'support'],
  ['co quan phoi hop', 'support'],
  ['co quan, don vi phoi hop', 'support'],
  ['phoi hop thuc hien', 'support'],
  ['phoi hop', 'support'],
  ['ket qua/san pham', 'output'],
  ['ket qua, san pham', 'output'],
  ['san pham', 'output'],
  ['ket qua', 'output'],
  ['ket qua dau ra', 'output'],
  ['hinh thuc van ban', 'output'],
  ['thanh phan', 'participants'],
  ['thanh phan moi', 'participants'],
  ['thanh phan tham du', 'participants'],
  ['dia diem', 'other'],
  ['noi dung', 'other'],
  ['noi dung cuoc hop', 'other'],
  ['hinh thuc', 'other'],
  ['kinh phi', 'other'],
  ['nguon kinh phi', 'other'],
];

/**
 * How the first sentence after the title block usually starts: where a subject (trích yếu)
 * runs straight into the body with no blank line between (PDF text), a line opening like
 * this is the body, not more subject ("Năm 2026, tình hình …", "Thực hiện Công văn …").
 */
export const BODY_OPENERS =
  px(/^(?:Căn\s+cứ|Thực\s+hiện|Ngày|Theo|Để|Năm\s+\d{4}\s*,|Trong\s+(?:những\s+)?(?:năm|tháng|thời\s+gian|tuần)\s+(?:qua|vừa\s+qua|gần\s+đây)|Thời\s+gian\s+qua|Những\s+năm\s+qua|Hiện\s+nay|Vừa\s+qua|Từ\s+đầu\s+năm|Qua\s+|Nhằm|Tiếp\s+theo|Sau\s+khi|Xét)(?![\p{L}])/u);

/** Sections whose items describe rather than assign (their items are not tasks). */
export const NON_TASK_SECTIONS: string[] = [
  'muc dich',
  'yeu cau',
  'muc dich, yeu cau',
  'muc dich yeu cau',
  'can cu',
  'can cu xay dung',
  'danh gia',
  'danh gia chung',
  'ket qua',
  'ket qua dat duoc',
  'ket qua thuc hien',
  'tinh hinh',
  'quan diem',
  // a charter's principles ("Điều 2. Nguyên tắc làm việc")
  'nguyen tac',
  'nguyen tac lam viec',
  'nguyen tac hoat dong',
  'muc tieu',
  'quan diem, muc tieu',
  'ton tai',
  'han che',
  'nguyen nhan',
  'ket qua dat duoc, ton tai, han che',
  'noi dung tuyen truyen',
  'doi tuong',
  'pham vi',
  'pham vi, doi tuong',
  'doi tuong, pham vi',
  // when, where and who of a campaign; its targets
  'thoi gian, pham vi',
  'thoi gian va pham vi',
  'pham vi, thoi gian',
  'pham vi va thoi gian',
  'thoi gian, dia diem',
  'thoi gian va dia diem',
  'thoi gian, dia diem, thanh phan',
  'chi tieu',
  'cac chi tieu',
  'chi tieu chu yeu',
  'cac chi tieu chu yeu',
  'muc tieu tong quat',
  'muc tieu chung',
  'muc tieu, chi tieu',
  'muc tieu va chi tieu',
  'noi dung va chi tieu',
  'noi dung, chi tieu',
  // what an inspection or a supervision looks at
  'noi dung kiem tra',
  'noi dung giam sat',
  'noi dung thanh tra',
  // an event's form and programme ("THỜI GIAN, HÌNH THỨC TỔ CHỨC", "NỘI DUNG NGÀY HỘI")
  'thoi gian, hinh thuc',
  'thoi gian va hinh thuc',
  // when the congresses or events take place ("II- THỜI GIAN, TIẾN ĐỘ TỔ CHỨC ĐẠI HỘI" ⏎ "1- Đại
  // hội chi đoàn: tổ chức từ ngày …"): the plan's calendar; its dates are the document's
  'thoi gian, tien do',
  'thoi gian tien hanh',
  // who may apply and on what terms (a recruitment or admission notice), and what it costs
  'dieu kien',
  'tieu chuan',
  'dieu kien, tieu chuan',
  'tieu chuan, dieu kien',
  'le phi',
  // what is studied and how ("II. NỘI DUNG, HÌNH THỨC" of a plan to study a resolution)
  'noi dung, hinh thuc',
  'noi dung va hinh thuc',
  'hinh thuc, noi dung',
  'hinh thuc',
  // a campaign's theme ("THỜI GIAN, CHỦ ĐỀ VÀ NỘI DUNG TRỌNG TÂM")
  'thoi gian, chu de',
  'chu de',
  'noi dung ngay hoi',
  'noi dung hoi nghi',
  'noi dung cuoc thi',
  'noi dung le',
  // a training course's curriculum in its summons or plan
  'noi dung boi duong',
  'noi dung tap huan',
  'noi dung hoc tap',
  'noi dung dao tao',
];
