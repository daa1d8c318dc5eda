/**
 * Who carries a task out. In order of precedence: an explicit field ("Đơn vị chủ trì: …"),
 * the unit the item is addressed to ("Giao X…", "Đề nghị X…", "Yêu cầu X…"), the unit that is
 * the item's subject ("Sở Nội vụ chủ trì…", "X: …", an item whose title is a unit), then
 * "X chủ trì" or "giao X" later in the text. Supporting units follow "phối hợp với".
 * Named people ("đồng chí Lê Đình Tuyên - Phó Giám đốc Sở") after an assignment cue are
 * assignees.
 */
import type { Assignee } from '../types.js';
import { canonicalTones } from '../text/fold.js';
import { isAllCaps } from '../segment/paragraphs.js';
import { readAssignee, readUnit, readUnitList, stopAt, type UnitMatch } from './units.js';
import { px, STARTS_LOWER, STARTS_UPPER } from '../text/charclass.js';

export interface UnitsFound {
  lead: string[];
  support: string[];
  assignees: Assignee[];
  /** The item opens addressed to people ("Yêu cầu các đồng chí …"), named or not. */
  addressed?: boolean;
  /** Its subject is one person by a bare title ("Trưởng ban quyết định …"): it inherits no unit. */
  titled?: boolean;
}

/** Cues that address the item to a unit or person, at a sentence start. */
const START_CUE =
  px(/(?:^|[.:;]\s{1,3}|\n\s{0,3}|^[^:]{0,120}:\s{1,3})(Giao|Đề nghị|Kiến nghị|Yêu cầu|Phân công|Ủy quyền|Uỷ quyền|Thống nhất giao|Đồng ý giao|Cử|Đồng chí|Đ\/c)(?![\p{L}])(?:\s{0,2}:)?\s{0,3}(?:cho\s{1,3})?/gu);
/** A directive opening the next clause or sentence of an item: "…; giao Sở Tài chính …". */
const NEXT_CLAUSE_CUE = px(/[;.]\s{1,3}(?:[Gg]iao|[Đđ]ề nghị|[Yy]êu cầu)(?![\p{L}])\s{1,3}(?:cho\s{1,3})?/gu);
/** The same cues inside a sentence (lower case). */
const INNER_CUE = px(/(?<![\p{L}])(giao|đề nghị|yêu cầu|phân công)(?![\p{L}])\s{1,3}(?:cho\s{1,3})?/gu);
/** The same cue where a clause starts (after a leading adverbial and its comma). */
const CLAUSE_CUE = new RegExp(`^${INNER_CUE.source}`, 'u');
/** Words before "giao/đề nghị" that make it a noun or a past act ("hồ sơ đề nghị khen thưởng", "văn bản đề nghị"). */
const NOT_A_CUE_BEFORE = /(?:bàn|được|theo|chuyển|trao|đã|của|tiếp|nước|vốn|ngân sách|hồ sơ|văn bản|tờ trình|công văn|danh sách)\s{1,3}$/u;
/** "phối hợp với X"; without "với"/"cùng" the units must be written as units ("phối hợp các sở"), not "phối hợp tổ chức hội nghị". */
// ("hiệp đồng với X", the armed forces' word for acting together, with "với" only)
const SUPPORT_CUE = /[Pp]hối\s{1,3}hợp(?:\s{1,3}chặt\s{1,3}chẽ)?(\s{1,3}(?:với|cùng))?\s{1,3}|[Hh]iệp\s{1,3}đồng(?:\s{1,3}chặt\s{1,3}chẽ)?(\s{1,3}với)\s{1,3}/gu;
/** "Đối với Ủy ban nhân dân các xã, phường:" — the item is addressed to the unit its label names. */
// (An article titled "Trách nhiệm của Văn phòng Tỉnh ủy" is addressed the same way: its
// clauses, which open with their verbs, are that body's.)
// (A clause whose subject is one of its members, "Trưởng ban quyết định …", is that person's.)
const ADDRESSED_LABEL = /^(?:Đối\s{1,3}với|(?:Trách\s{1,3}nhiệm|Nhiệm\s{1,3}vụ)(?:,\s{0,3}quyền\s{1,3}hạn)?\s{1,3}của)\s{1,3}/u;
/** "Trong ngày bầu cử, Ủy ban bầu cử các xã báo cáo …": a short adverbial, then the subject. */
const LEADING_ADVERBIAL = px(/^(?:Trong|Trước|Sau|Từ|Đến|Khi|Ngay sau|Hằng|Hàng|Định kỳ|Trường hợp|Nếu|Chậm nhất|Muộn nhất|Kể từ)(?![\p{L}])[^,;:.\n]{1,60},\s{1,3}/u);
/** Predicates that only a unit can open a sentence with. */
const STRONG_PREDICATE = px(/^\s{0,3}(?::|chủ\s{1,3}trì|phối\s{1,3}hợp|tham\s{1,3}mưu|có\s{1,3}trách\s{1,3}nhiệm|chịu\s{1,3}trách\s{1,3}nhiệm|theo\s{1,3}dõi|thực\s{1,3}hiện|tổ\s{1,3}chức|triển\s{1,3}khai|tuyên\s{1,3}truyền|rà\s{1,3}soát|xây\s{1,3}dựng|báo\s{1,3}cáo|hướng\s{1,3}dẫn|bố\s{1,3}trí|chỉ\s{1,3}đạo)(?![\p{L}])/u);

const CHU_TRI = px(/(?<![\p{L}])chủ\s{1,3}trì(?![\p{L}])/gu);

function names(units: UnitMatch[]): string[] {
  return units.map((u) => u.name);
}

function pushUnique(list: string[], items: string[]): void {
  for (const item of items) if (!list.includes(item)) list.push(item);
}

function readPeople(text: string, pos: number, out: Assignee[]): number {
  let at = pos;
  for (let k = 0; k < 6; k++) {
    const found = readAssignee(text, at);
    if (!found) break;
    if (!out.some((a) => a.name === found.assignee.name)) out.push(found.assignee);
    const more = /^\s{0,3}(?:,|và|;)\s{0,3}(?=đồng chí|đ\/c|Đồng chí)/u.exec(text.slice(found.end, found.end + 12));
    if (!more) return found.end;
    at = found.end + more[0].length;
  }
  return at;
}

/** A relative clause right after a plural unit: "đã gửi …", "có dự án …", "chưa …", "đang …". */
const RELATIVE_CLAUSE = /\s(?:đã|có(?!\s(?:trách\s|nhiệm\svụ|thể\s))|chưa|đang|được|không)\s[^:;.]{0,160}$/u;
/** Predicates that make the units before them the doers (not "phối hợp", not a passive). */
const SUBJECT_PREDICATES = [
  'chủ trì', 'chỉ đạo', 'lãnh đạo', 'tham mưu', 'có trách nhiệm', 'chịu trách nhiệm', 'khẩn trương', 'chủ động',
  'tổ chức', 'triển khai', 'xây dựng', 'bố trí', 'rà soát', 'chuẩn bị', 'phát động', 'vận động',
  'tuần tra', 'tuyên truyền', 'hướng dẫn',
  // a schedule line's closing sentence: "… . Chi ủy thực hiện.", "Trưởng thôn kiện toàn đội xung kích"
  'thực hiện', 'kiện toàn',
];
/** The last two words of each, for a cheap test before reading each sentence ("trách nhiệm"). */
const SUBJECT_PREDICATE_TAILS = [...new Set(SUBJECT_PREDICATES.map((p) => p.split(' ').slice(-2).join(' ')))];
/** Where a clause starts: after ",", ";" or "." (the units of "…, X phối hợp." follow one). */
const CLAUSE_START = /[,;.]\s{1,3}/gu;
/** "phối hợp" closing its clause: "… , các chi hội, chi đoàn phối hợp.", "… cùng phối hợp thực hiện;". */
const HELPS_AT_END = /^\s{1,3}(?:cùng\s{1,3})?phối\s{1,3}hợp(?:\s{1,3}(?:thực\s{1,3}hiện|tổ\s{1,3}chức))?\s{0,3}(?:[.;]|$)/u;
/** Where a later sentence of an item starts. */
const SENTENCE_START = /[.;]\s{1,3}|\n\s{0,3}/gu;
/** One of SUBJECT_PREDICATES right after the units (gaps of up to three spaces between words). */
const SUBJECT_PREDICATE = px(new RegExp(`^\\s{0,3}(?:${SUBJECT_PREDICATES.map((p) => p.replace(/ /gu, '\\s{1,3}')).join('|')})(?![\\p{L}])`, 'u'));
const LOWER_OR_END_NEXT = px(/^\s{0,3}(?:\p{Ll}|$)/u);
/**
 * An item whose subject is people named by their office ("Các đồng chí Ủy viên Ban Thường vụ …
 * kiểm tra …"), or one person by a bare title and a verb ("Trưởng ban quyết định thành lập …").
 */
const PEOPLE_SUBJECT = /^\s{0,3}(?:Các|các)\s{1,3}(?:đồng chí|đ\/c|Đ\/c)\s/u;
/** A bare title, then the person's act: "Trưởng ban quyết định thành lập …". */
const TITLE_SUBJECT = /^\s{0,3}(?:Phó\s{1,3})?(?:Trưởng\s{1,3}ban|Tổ\s{1,3}trưởng|Chủ\s{1,3}tịch|Giám\s{1,3}đốc|Thủ\s{1,3}trưởng)\s{1,3}(?:quyết\s{1,3}định|ký|phân\s{1,3}công|triệu\s{1,3}tập|ban\s{1,3}hành|phê\s{1,3}duyệt|điều\s{1,3}hành)\s/u;
const PERSON_ADDRESS = px(/^\s{0,3}(?:các\s{1,3})?(?:đồng chí|Đồng chí|đ\/c|ông|bà)(?![\p{L}])/u);

/**
 * "… . Chủ tịch UBND xã chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu …": whom a unit answers
 * to, said after the work is given out; it assigns nothing ("trước ngày …" is a deadline, not this).
 */
const ANSWERS_TO = px(/^\s{0,3}chịu\s{1,3}trách\s{1,3}nhiệm\s{1,3}trước\s{1,3}(?:\p{Lu}|pháp\s{1,3}luật|cấp\s{1,3}trên|tập\s{1,3}thể)/u);

/** "và các ông, bà có tên tại Điều 1 chịu …", "và cá nhân có liên quan chịu …" after a list of units. */
const AND_PERSONS_THEN_ANSWER = /^\s{0,3}(?:,|và)\s{1,3}(?:các\s{1,3})?(?:ông|bà|cá\s{1,3}nhân|tổ\s{1,3}chức|đồng\s{1,3}chí|thành\s{1,3}viên)[^.;]{0,100}?\s(?:chịu|có|phải)\s/u;

/**
 * "Về công tác xây dựng Đảng: Ban Thường vụ nhận thấy …": after a topic label, the conclusion's
 * own judgement, not work for the body that judges.
 */
const JUDGES = px(/^\s{0,3}(?:cơ\s{1,3}bản\s{1,3})?(?:nhận\s{1,3}thấy|đánh\s{1,3}giá\s{1,3}cao|ghi\s{1,3}nhận|biểu\s{1,3}dương|hoan\s{1,3}nghênh|thống\s{1,3}nhất\s{1,3}với|nhất\s{1,3}trí\s{1,3}với)(?![\p{L}])/u);

/** Lead, support and assignees stated in one item's own text. */
export function unitsOf(rawText: string): UnitsFound {
  const text = canonicalTones(rawText);
  const lead: string[] = [];
  const support: string[] = [];
  const assignees: Assignee[] = [];
  // A heading in capitals names a topic, not a unit ("ĐỐI VỚI CÁC NỘI DUNG KIẾN NGHỊ").
  if (isAllCaps(rawText.split('\n')[0] ?? '')) return { lead, support, assignees };

  // 0. "Đối với X:" — X leads; a qualifier before the colon stays ("… các xã có khu vực bỏ phiếu sớm").
  const addressed = ADDRESSED_LABEL.exec(text);
  if (addressed) {
    const colon = text.indexOf(':');
    const units = readUnitList(rawText, addressed[0].length);
    const last = units[units.length - 1];
    // A heading "Đối với các trường THPT" (no colon) is addressed the same way when the units end it.
    const heading = last !== undefined && colon < 0 && text.slice(last.end).trim().replace(/[.:]$/u, '') === '';
    if (last && heading) pushUnique(lead, names(units));
    else if (last && colon > 0 && colon <= 160 && colon >= last.end && !text.slice(0, colon).includes('\n')) {
      const tail = rawText.slice(last.end, colon).replace(/\([^()]{0,120}\)/gu, '').replace(/\s+/gu, ' ').trim();
      const all = names(units);
      if (tail !== '' && tail.split(' ').length <= 8) all[all.length - 1] = `${all[all.length - 1]} ${tail}`;
      pushUnique(lead, all);
    }
  }

  // 1. Addressed at a sentence start: "Giao X", "Yêu cầu X", "Phân công đồng chí …".
  const laterCue: string[] = [];
  let addressedByCue = false;
  let openedByCue = false;
  START_CUE.lastIndex = 0;
  for (let m = START_CUE.exec(text); m; m = START_CUE.exec(text)) {
    const at = m.index + m[0].length;
    const cue = m[1] ?? '';
    if (m.index === 0 && PERSON_ADDRESS.test(text.slice(at, at + 16))) addressedByCue = true;
    if (/^(Đồng chí|Đ\/c)$/u.test(cue)) {
      readPeople(text, m.index + m[0].length - m[0].slice(m[0].indexOf(cue)).length, assignees);
      continue;
    }
    if (/^\s{0,3}(đồng chí|đ\/c|Đồng chí)\s/u.test(text.slice(at, at + 12)) && !/^\s{0,3}các/u.test(text.slice(at, at + 6))) {
      readPeople(text, at, assignees);
      continue;
    }
    // A cue that opens the item decides now; one in a later sentence only if the item's own
    // subject names nobody ("văn phòng … tham mưu …. Phân công lãnh đạo xã trực Tết").
    if (m.index === 0) {
      if (lead.length === 0) pushUnique(lead, names(readUnitList(rawText, at, { lenient: true })));
      openedByCue = lead.length > 0;
    } else if (laterCue.length === 0) {
      laterCue.push(...names(readUnitList(rawText, at, { lenient: true })));
    }
    if (START_CUE.lastIndex <= m.index) START_CUE.lastIndex = m.index + 1;
  }

  // 1b. "Giao X …; giao Y …; giao Z …": parallel assignments in one item — the addressee of
  // each clause leads too.
  if (openedByCue) {
    NEXT_CLAUSE_CUE.lastIndex = 0;
    for (let m = NEXT_CLAUSE_CUE.exec(text); m; m = NEXT_CLAUSE_CUE.exec(text)) {
      pushUnique(lead, names(readUnitList(rawText, m.index + m[0].length, { lenient: true })));
    }
  }

  // 2. The subject of the item: "Sở Nội vụ chủ trì…", "Tổ X: …", a title that is a unit.
  let subjectEnd = -1;
  if (lead.length === 0 && assignees.length === 0) {
    const colon = text.indexOf(':');
    const units = readUnitList(rawText, 0, { allowBare: colon > 0 });
    if (units.length > 0) {
      const last = units[units.length - 1] as UnitMatch;
      const after = text.slice(last.end).trimStart();
      const between = text.slice(last.end, Math.max(last.end, colon));
      // A bare head ("Tổ") is not a name yet: "Tổ đảm bảo cơ sở vật chất:" is the unit.
      const bare = units.length === 1 && !/\s/u.test(last.name);
      const predicate = stopAt(rawText, last.end + (between.length - between.trimStart().length));
      // "Các chủ đầu tư có dự án sử dụng vốn đầu tư công năm 2026: …", "Các cơ quan, đơn vị đã gửi
      // báo cáo nhưng …: …": a plural heading whose relative clause says which units are meant.
      const head = (units[0] as UnitMatch).end;
      const label = colon > 0 ? text.slice(0, colon) : '';
      const relative = RELATIVE_CLAUSE.exec(label);
      const clause = colon > 0 && colon <= 200 && colon >= last.end && units[0]?.start === 0 && /^(?:các|những)\s/iu.test(text) && relative !== null && relative.index <= Math.max(head, last.end) && !label.includes('.');
      if (clause) {
        lead.push(rawText.slice(0, colon).replace(/\([^()]{0,120}\)/gu, '').replace(/\s+/gu, ' ').trim());
      } else if (colon > 0 && colon <= 140 && colon >= last.end && between.split(/\s+/u).length <= 10 && (bare || !predicate)) {
        // "Tổ nhân sự và giải quyết khiếu nại, tố cáo: …" — the whole label is the unit.
        const label = rawText.slice(0, colon).replace(/\([^()]{0,120}\)/gu, '').replace(/\s+/gu, ' ').trim();
        lead.push(...(units.length > 1 ? names(units) : [label]));
      } else if (after === '' || /^[.:;,]?$/u.test(after) || STARTS_LOWER.test(after) || /^[ \t]*\n/u.test(text.slice(last.end))) {
        // (a title line that is a unit: "2. Sở Khoa học và Công nghệ" ⏎ "Bảo đảm hạ tầng …")
        pushUnique(lead, names(units));
        subjectEnd = last.end;
      }
    }
  }

  // 2e. "Đảng ủy Quân sự thành phố chỉ đạo Bộ Chỉ huy Quân sự thành phố chủ trì, phối hợp …": the
  // subject hands the work on, and the unit that chủ trì leads it ("Sở Công Thương chỉ đạo Chi cục
  // … kiểm tra …", with no "chủ trì", stays the subject's).
  if (subjectEnd > 0) {
    const cue = HANDS_ON.exec(text.slice(subjectEnd, subjectEnd + 24));
    let at = cue ? subjectEnd + cue[0].length : -1;
    // "Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh chỉ đạo Sở Nội vụ chủ trì …":
    // the body the party committee leads hands it on in turn.
    const led = cue ? null : LEADS_BODY.exec(text.slice(subjectEnd, subjectEnd + 24));
    if (led) {
      const body = readUnitList(rawText, subjectEnd + led[0].length);
      const end = body[body.length - 1]?.end ?? -1;
      const next = end > 0 ? HANDS_ON.exec(text.slice(end, end + 24)) : null;
      if (next) at = end + next[0].length;
    }
    const units = at > 0 ? readUnitList(rawText, at) : [];
    const last = units[units.length - 1];
    if (last && LEADS_AFTER.test(text.slice(last.end, last.end + 16))) lead.splice(0, lead.length, ...names(units));
    // "Chi bộ giao đ/c Bí thư phối hợp với … tổ chức …": the work is the person's (an assignee),
    // not the body's that hands it over.
    else if (at > 0 && units.length === 0 && cue && /giao\s{1,3}$/u.test(cue[0]) && HANDED_TO_PERSON.test(text.slice(at, at + 12))) lead.length = 0;
    else {
      // "Ban Thường vụ Đảng ủy xã thống nhất chủ trương; giao Ủy ban nhân dân xã hoàn chỉnh …"
      const handed = DECIDES.test(text.slice(subjectEnd, subjectEnd + 40)) ? handedTo(rawText, text, subjectEnd) : null;
      if (handed) lead.splice(0, lead.length, ...handed);
    }
  }

  // 2b. "4. Tổ chức thực hiện" ⏎ "Văn phòng HĐND và UBND xã theo dõi, đôn đốc …": a heading on a
  // line of its own, then a sentence whose subject is a unit.
  if (lead.length === 0 && assignees.length === 0) {
    const newline = text.indexOf('\n');
    const heading = newline > 0 ? text.slice(0, newline).trim() : '';
    if (laterCue.length === 0 && heading !== '' && heading.length <= 80 && !/[.;:,]$/u.test(heading) && readUnitList(rawText, 0).length === 0) {
      const at = newline + 1 + (/^\s*/u.exec(text.slice(newline + 1))?.[0].length ?? 0);
      const units = readUnitList(rawText, at);
      const last = units[units.length - 1];
      if (last && STARTS_UPPER.test(text.slice(at, at + 1)) && STARTS_LOWER.test(text.slice(last.end).trimStart()) && stopAt(rawText, last.end + (/^\s*/u.exec(text.slice(last.end))?.[0].length ?? 0))) pushUnique(lead, names(units));
    }
    // "4. Phòng Chính trị" ⏎ "Chủ trì, phối hợp với … tuyên truyền …": a heading that is a unit's
    // name, whole, over the work it does.
    if (lead.length === 0 && heading !== '' && heading.length <= 80 && !/[.;:,]$/u.test(heading)) {
      // (read on the heading alone: its line break is no boundary to the reader of names)
      const own = readUnitList(heading, 0);
      const last = own[own.length - 1];
      if (last && last.end === heading.length) pushUnique(lead, names(own));
    }
  }

  // 2c. "Riêng Ủy ban nhân dân đặc khu Cô Tô, do …, gửi …": the one unit singled out leads.
  if (lead.length === 0 && assignees.length === 0 && /^Riêng\s{1,3}/u.test(text)) {
    const at = (/^Riêng\s{1,3}/u.exec(text) as RegExpExecArray)[0].length;
    const units = readUnitList(rawText, at);
    const last = units[units.length - 1];
    if (last && /^\s{0,2}[,(]/u.test(text.slice(last.end))) pushUnique(lead, names(units));
  }

  // 2d. "Trong ngày bầu cử, Ủy ban bầu cử các xã báo cáo …": the subject after a leading adverbial.
  if (lead.length === 0 && assignees.length === 0) {
    // The subject may follow a second clause ("Trong quá trình thực hiện, nếu có khó khăn,
    // vướng mắc, các cơ quan, đơn vị kịp thời phản ánh …"): try after each of the first commas.
    const adverbial = LEADING_ADVERBIAL.exec(text);
    let at = adverbial ? adverbial[0].length : -1;
    for (let k = 0; at > 0 && at < 240 && k < 5 && lead.length === 0; k++) {
      // "Trong thời gian bão, mưa lũ, yêu cầu X, Y, Z chủ động …": the cue addresses the item.
      const cue = CLAUSE_CUE.exec(text.slice(at, at + 24));
      if (cue) {
        pushUnique(lead, names(readUnitList(rawText, at + cue[0].length, { lenient: true })));
        break;
      }
      const units = readUnitList(rawText, at);
      const last = units[units.length - 1];
      const gap = last ? /^\s{0,3}/u.exec(text.slice(last.end, last.end + 3))?.[0].length ?? 0 : 0;
      if (last && STARTS_LOWER.test(text.slice(last.end + gap, last.end + gap + 1)) && stopAt(rawText, last.end + gap)) pushUnique(lead, names(units));
      const comma = text.slice(at, 240).search(/[,;.:]/u);
      if (comma < 0 || text[at + comma] !== ',') break;
      at += comma + 1;
      while (at < text.length && /\s/u.test(text[at] as string)) at++;
    }
  }

  // 2a. "… Chánh Văn phòng…; Giám đốc các sở… chịu trách nhiệm thi hành Quyết định này": the
  // execution clause of a Quyết định or Chỉ thị names the units in a sentence of its own.
  if (lead.length === 0 && assignees.length === 0) {
    const clause = /(?:^|[.;:]\s{1,3}|\n)(?=[^.\n]{0,900}chịu\s{1,3}trách\s{1,3}nhiệm\s{1,3}(?:thi\s{1,3}hành|thực\s{1,3}hiện|tổ\s{1,3}chức))/gu;
    for (let m = clause.exec(text); m && lead.length === 0; m = clause.exec(text)) {
      const at = m.index + m[0].length;
      const units = readUnitList(rawText, at);
      const last = units[units.length - 1];
      // "… Trưởng các thôn và các ông, bà có tên tại Điều 1 chịu trách nhiệm …": the persons
      // named last are no units; the units before them still are.
      if (last && (/^\s{0,3}(?:chịu|có|phải)\s/u.test(text.slice(last.end, last.end + 8)) || AND_PERSONS_THEN_ANSWER.test(text.slice(last.end, last.end + 140)))) pushUnique(lead, names(units));
      if (clause.lastIndex <= m.index) clause.lastIndex = m.index + 1;
    }
  }

  // 2c. A unit written in lower case ("phòng kinh tế chủ trì…", "công an xã:") when a strong
  // predicate or a colon follows it.
  if (lead.length === 0 && assignees.length === 0) {
    const units = readUnitList(rawText, 0, { lowercase: true });
    const last = units[units.length - 1];
    if (last && STRONG_PREDICATE.test(text.slice(last.end, last.end + 30))) pushUnique(lead, names(units));
  }

  if (lead.length === 0 && assignees.length === 0) pushUnique(lead, laterCue);

  // 2b. "Chủ đề: Unit verb…" — a topic label, then the unit as subject.
  if (lead.length === 0 && assignees.length === 0) {
    const colon = text.indexOf(':');
    if (colon > 0 && colon <= 140) {
      let at = colon + 1;
      while (at < text.length && /\s/u.test(text[at] as string)) at++;
      const units = readUnitList(rawText, at);
      const last = units[units.length - 1];
      if (last && LOWER_OR_END_NEXT.test(text.slice(last.end, last.end + 4)) && !JUDGES.test(text.slice(last.end, last.end + 40))) pushUnique(lead, handedTo(rawText, text, last.end) ?? names(units));
    }
  }

  // 3. "giao X" / "đề nghị X" inside a sentence.
  if (lead.length === 0 && assignees.length === 0) {
    INNER_CUE.lastIndex = 0;
    for (let m = INNER_CUE.exec(text); m && lead.length === 0; m = INNER_CUE.exec(text)) {
      if (NOT_A_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      const at = m.index + m[0].length;
      if (/^(đồng chí|đ\/c)\s/u.test(text.slice(at, at + 12))) {
        readPeople(text, at, assignees);
        continue;
      }
      pushUnique(lead, names(readUnitList(rawText, at)));
    }
  }

  // 4. "X chủ trì" anywhere: the unit that opens the clause.
  if (lead.length === 0 && assignees.length === 0) {
    CHU_TRI.lastIndex = 0;
    for (let m = CHU_TRI.exec(text); m && lead.length === 0; m = CHU_TRI.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 200), m.index);
      // "Chỉ đạo Sở Văn hóa, Thể thao và Du lịch chủ trì": the cue is in the sentence, the
      // name may hold a comma.
      const sentence = Math.max(before.lastIndexOf(';'), before.lastIndexOf('.'), before.lastIndexOf(':'));
      const cued = /(?:^|\s)(?:do|[Cc]hỉ\s{1,3}đạo|[Gg]iao)\s/u.exec(before.slice(sentence + 1));
      if (cued) {
        const unit = readUnit(rawText, m.index - before.length + sentence + 1 + cued.index + cued[0].length);
        if (unit && text.slice(unit.end, m.index).trim() === '') {
          lead.push(unit.name);
          continue;
        }
      }
      const clause = Math.max(before.lastIndexOf(','), sentence);
      let start = m.index - before.length + clause + 1;
      // "do X chủ trì", "Chỉ đạo X chủ trì", "giao X chủ trì": X is the lead.
      const doMatch = /(?:^|\s)(?:do|[Cc]hỉ\s{1,3}đạo|giao)\s/u.exec(text.slice(start, m.index));
      if (doMatch) start += doMatch.index + doMatch[0].length;
      const unit = readUnit(rawText, start);
      if (unit && text.slice(unit.end, m.index).trim() === '') lead.push(unit.name);
    }
  }

  // 5. "… . Đảng ủy Quân sự tỉnh, Đảng ủy Công an tỉnh chỉ đạo …": a later sentence whose
  // subject is a named body (capitalized, not "các cơ quan trên") leads its part too.
  if ((lead.length > 0 || assignees.length === 0) && SUBJECT_PREDICATE_TAILS.some((tail) => text.includes(tail))) {
    SENTENCE_START.lastIndex = 0;
    for (let m = SENTENCE_START.exec(text); m; m = SENTENCE_START.exec(text)) {
      const at = m.index + m[0].length;
      if (/^(?:Các|Những|Mọi|các|những|mọi)\s/u.test(text.slice(at, at + 8))) continue;
      // "…; chi ủy chuẩn bị kiểm điểm …": a body written in lower case after ";" leads too.
      const upper = STARTS_UPPER.test(text.slice(at, at + 1));
      if (!upper && !/^;/u.test(m[0])) continue;
      // "…; lãnh đạo Ủy ban nhân dân cùng cấp bố trí …": in lower case after ";" it is the verb.
      if (!upper && LEADS_VERB.test(text.slice(at, at + 12))) continue;
      const units = readUnitList(rawText, at, upper ? {} : { lowercase: true });
      const last = units[units.length - 1];
      if (!last || !SUBJECT_PREDICATE.test(text.slice(last.end, last.end + 30)) || ANSWERS_TO.test(text.slice(last.end, last.end + 60))) continue;
      // "… . Ủy ban nhân dân phường chỉ đạo Phòng Kinh tế, Hạ tầng và Đô thị chủ trì …": handed on.
      const cue = HANDS_ON.exec(text.slice(last.end, last.end + 24));
      const handed = cue ? readUnitList(rawText, last.end + cue[0].length) : [];
      const lastHanded = handed[handed.length - 1];
      if (lastHanded && LEADS_AFTER.test(text.slice(lastHanded.end, lastHanded.end + 16))) {
        lead.splice(0, lead.length, ...names(handed));
        continue;
      }
      pushUnique(lead, names(units));
    }
  }

  // Supporting units.
  SUPPORT_CUE.lastIndex = 0;
  for (let m = SUPPORT_CUE.exec(text); m; m = SUPPORT_CUE.exec(text)) {
    const options = m[1] !== undefined || m[2] !== undefined ? { lenient: true } : { lowercase: true };
    pushUnique(support, names(readUnitList(rawText, m.index + m[0].length, options)));
  }
  // "Ban công tác Mặt trận thôn chủ trì, các chi hội, chi đoàn phối hợp.": the helpers named
  // before "phối hợp" at the end of a clause.
  if (lead.length > 0 && text.includes('phối hợp')) {
    CLAUSE_START.lastIndex = 0;
    let read = 0;
    for (let m = CLAUSE_START.exec(text); m; m = CLAUSE_START.exec(text)) {
      const at = m.index + m[0].length;
      if (at < read) continue; // a comma inside the list just read
      const units = readUnitList(rawText, at, { lowercase: true });
      const last = units[units.length - 1];
      if (last) read = last.end;
      if (last && HELPS_AT_END.test(text.slice(last.end, last.end + 40))) pushUnique(support, names(units));
      if (CLAUSE_START.lastIndex <= m.index) CLAUSE_START.lastIndex = m.index + 1;
    }
  }
  return { lead, support: support.filter((s) => !lead.includes(s)), assignees, addressed: addressedByCue || PEOPLE_SUBJECT.test(text), titled: TITLE_SUBJECT.test(text) };
}

const LEADS_VERB = px(/^(?:lãnh|chỉ)\s{1,3}đạo(?![\p{L}])/u);
/** "giao ban", "giao lưu", "giao ước" …: words that begin with "giao" and hand nothing on. */
const NOT_HANDING = '(?:ban|lưu|ước|thông|dịch|nộp|nhận|tiếp|kết|hữu)(?![a-zà-ỹđ])';
/** "…; giao X", ", giao X" or "giao X" right after the subject, in the subject's sentence. */
const HANDED_CUE = new RegExp(`(?:^\\s{1,3}|;\\s{1,3}|,\\s{1,3})giao\\s{1,3}(?!${NOT_HANDING})(?:cho\\s{1,3})?`, 'u');

/** A deciding body's own act before it hands the work on: "thống nhất chủ trương", "đồng ý", "giao". */
const DECIDES = px(/^\s{1,3}(?:(?:cơ\s{1,3}bản\s{1,3})?(?:thống\s{1,3}nhất|nhất\s{1,3}trí|đồng\s{1,3}ý)(?![\p{L}])|giao\s(?!(?:ban|lưu|ước|thông|dịch|nộp|nhận|tiếp|kết|hữu)(?![\p{L}])))/u);

/**
 * "X giao Y …" or "X thống nhất chủ trương; giao Y …": the unit the subject gives the work to,
 * read in the subject's own sentence; null when the sentence hands nothing on.
 */
function handedTo(rawText: string, text: string, subjectEnd: number): string[] | null {
  const stop = text.slice(subjectEnd).search(/\.(?:\s|$)/u);
  const sentence = text.slice(subjectEnd, stop < 0 ? text.length : subjectEnd + stop);
  if (!DECIDES.test(sentence)) return null;
  const cue = HANDED_CUE.exec(sentence);
  if (!cue) return null;
  const units = readUnitList(rawText, subjectEnd + cue.index + cue[0].length, { lenient: true });
  return units.length > 0 ? names(units) : null;
}

const HANDS_ON = px(/^\s{1,3}(?:lãnh đạo,\s{1,3})?(?:chỉ đạo|giao)\s{1,3}/u);
const LEADS_BODY = px(/^\s{1,3}lãnh đạo\s{1,3}(?=\p{Lu})/u);
const HANDED_TO_PERSON = /^(?:đ\/c|Đ\/c|đồng chí|Đồng chí)\s/u;
const LEADS_AFTER = px(/^\s{0,3}(?:chủ trì|làm đầu mối)(?![\p{L}])/u);

/** The cue that addresses the introduction's last sentence: "… đề nghị X thực hiện …sau:". */
const INTRO_CUE = px(/(?<![\p{L}])(?:đề nghị|yêu cầu|giao|chỉ đạo|kiến nghị)(?![\p{L}])\s{1,3}(?:cho\s{1,3})?/gu);
const LOWER_OR_COLON_NEXT = px(/^\s{0,3}(?:\p{Ll}|:)/u);

/**
 * The units an introduction ending in ":" asks to do what follows ("Sở Nội vụ đề nghị Ủy ban
 * bầu cử các xã, phường thực hiện một số nội dung sau:"); none when it only says "yêu cầu:".
 */
export function addresseesOfIntro(rawText: string): string[] {
  const text = canonicalTones(rawText).trimEnd();
  if (!text.endsWith(':')) return [];
  const sentence = Math.max(text.lastIndexOf('. '), text.lastIndexOf('; '), text.lastIndexOf('\n'));
  const from = Math.max(sentence + 1, text.length - 600);
  let found: string[] = [];
  INTRO_CUE.lastIndex = from;
  for (let m = INTRO_CUE.exec(text); m; m = INTRO_CUE.exec(text)) {
    if (NOT_A_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const units = readUnitList(rawText, m.index + m[0].length);
    const last = units[units.length - 1];
    if (last && LOWER_OR_COLON_NEXT.test(text.slice(last.end, last.end + 4))) found = names(units);
  }
  return found;
}

/** Units listed in a field or table cell ("Sở Nội vụ; Sở Tài chính", "Các sở, ban, ngành"). */
export function unitsOfCell(rawText: string): string[] {
  // A line break inside the cell ("Phòng Kinh tế<br>Công an xã", left as a run of spaces)
  // parts two names as ";" does, when a capital starts the next.
  const text = rawText.replace(CELL_BREAK, '; ').replace(/\s+/gu, ' ').trim().replace(/[.;,]$/u, '');
  if (text === '') return [];
  const out: string[] = [];
  for (const part of text.split(/\s*[;\n]\s*/u)) {
    // An empty cell marked as such ("-", "—", "x", "…"): no unit.
    if (!TWO_LETTERS.test(part)) continue;
    // "Đ/c Chủ tịch UBND xã", "Đồng chí Trần Thị Hạnh, PCT UBND xã": a person, no unit.
    if (PERSON_CELL.test(part.trim())) continue;
    const units = readUnitList(part, 0, { lenient: true });
    const covered = units.length > 0 && (units[units.length - 1] as UnitMatch).end >= part.trimEnd().length - 1;
    if (covered) pushUnique(out, names(units));
    else pushUnique(out, [part.replace(/\([^()]{0,120}\)/gu, '').replace(/\s+/gu, ' ').trim()]);
  }
  return out;
}

const TWO_LETTERS = px(/[\p{L}\d]{2}/u);
const PERSON_CELL = /^(?:đ\/c|đồng\s{1,3}chí)\s/iu;
const CELL_BREAK = px(/(?<=[\p{L}\d)])[ \t]{3,8}(?=\p{Lu})/gu);
const ROLE_WORD = px(/(?<![\p{L}])(?:chủ trì|phối hợp)(?![\p{L}])/iu);
const ROLE_LEAD = /^(?<x>.*?)[\s,]*\(?\s*chủ\s+trì\s*\)?(?:\s*[,;]?\s*phối\s+hợp(?:\s+với)?\s*:?\s*(?<y>.*))?$/iu;
const ROLE_SUPPORT = /^(?<y>.*?)[\s,]*\(?\s*(?:cùng\s+)?phối\s+hợp\s*\)?$/iu;
const ROLE_LABEL = /^(?<role>chủ\s+trì|phối\s+hợp)\s*:\s*(?<x>.*)$/iu;

/**
 * A unit cell that says who leads and who helps: "Ban Phong trào chủ trì; Văn phòng, Đoàn
 * xã Gia Viễn phối hợp", "Sở Y tế (chủ trì), Công an tỉnh (phối hợp)", "Chủ trì: X; Phối hợp:
 * Y", "X chủ trì, phối hợp với Y". Null when the cell names no role (a plain list of units).
 */
export function rolesOfCell(rawText: string): { lead: string[]; support: string[] } | null {
  const text = rawText.replace(/\s+/gu, ' ').trim();
  if (!ROLE_WORD.test(text)) return null;
  const lead: string[] = [];
  const support: string[] = [];
  // Clauses end at ";" or after a role word followed by a comma ("X (chủ trì), Y (phối hợp)").
  const clauses = text.split(/\s*;\s*|(?<=(?:chủ trì|phối hợp)\)?)\s*,(?!\s*phối)\s*/iu);
  for (const clause of clauses) {
    const c = clause.trim().replace(/[.,]$/u, '');
    if (c === '') continue;
    const labelled = ROLE_LABEL.exec(c);
    if (labelled?.groups) {
      pushUnique(/^chủ/iu.test(labelled.groups.role ?? '') ? lead : support, unitsOfCell(labelled.groups.x ?? ''));
      continue;
    }
    const chuTri = ROLE_LEAD.exec(c);
    if (chuTri?.groups && /chủ\s+trì/iu.test(c)) {
      pushUnique(lead, unitsOfCell(chuTri.groups.x ?? ''));
      if (chuTri.groups.y) pushUnique(support, unitsOfCell(chuTri.groups.y));
      continue;
    }
    const phoiHop = ROLE_SUPPORT.exec(c);
    if (phoiHop?.groups) {
      pushUnique(support, unitsOfCell(phoiHop.groups.y ?? ''));
      continue;
    }
    pushUnique(lead.length === 0 ? lead : support, unitsOfCell(c));
  }
  return lead.length > 0 || support.length > 0 ? { lead, support } : null;
}
