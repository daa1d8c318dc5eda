import { describe, it } from 'vitest';
import { DOC, expectNone, type RowOptions } from './corpus.js';

const Y2021 = { year: 2021, month: 2, day: 25 };
const NO_NAMES: RowOptions = { named: new Map() };

/** Sentences that must yield no deadline (with "ngày bầu cử" known unless stated). */
const rows: Array<[string, RowOptions?]> = [
  // a weekday and its date with no word before them tell of a day
  ['Ngày thứ Năm (12/3/2026), Ban Thường vụ họp nghe báo cáo', { ctx: DOC }],
  // a weekday and date inside a sentence, or without the colon of a schedule line
  ['Sở Y tế đã họp thứ Năm (12/3): thống nhất phương án', { ctx: DOC }],
  ['Thứ Năm (12/3) Ban Thường vụ họp nghe báo cáo', { ctx: DOC }],
  // an annual emulation review names when it happens, not work to repeat
  ['đưa nội dung Nghị quyết vào tiêu chí bình xét thi đua hằng năm', { ctx: DOC }],
  // a meeting named by its date ("tại cuộc họp ngày 17/6"): nothing is held then
  ['tiếp thu ý kiến tại cuộc họp ngày 17/3, hoàn thiện Báo cáo', { ctx: DOC }],
  // a clause in the past whose yearless date is behind the issue date (DOC = 2026-02-25)
  ['Chi bộ đã lãnh đạo hoàn thành thu quỹ quốc phòng trước ngày 20/01, đạt 100% chỉ tiêu', { ctx: DOC }],
  // the date first, inside a clause: the meeting it names
  ['Ban Thường vụ tại phiên họp ngày 20/3 tổ chức rút kinh nghiệm', { ctx: DOC }],
  // a span of the past the document looks back on
  ['sự vào cuộc của các cấp ủy trong một năm triển khai Nghị quyết 09', { ctx: DOC }],
  ['trong 02 năm qua, các cấp đã tập trung chỉ đạo', { ctx: DOC }],
  // a weekday of one named month is not every month's
  ['tổ chức vào thứ Sáu cuối cùng của tháng 9', { ctx: DOC }],
  // the issue date and meeting dates
  ['Lào Cai, ngày 20 tháng 02 năm 2026'],
  ['Sơn La, ngày 25 tháng 02 năm 2021', { ctx: Y2021 }],
  ['Điện Biên, ngày tháng năm 2025'],
  ['Ngày 25/02/2021, đồng chí Hoàng Quốc Khánh - Phó Bí thư tỉnh ủy chủ trì tổ chức cuộc họp của Ủy ban bầu cử tỉnh Sơn La.', { ctx: Y2021 }],
  ['Ngày 18 tháng 11 năm 2025, Ban Thường vụ Đảng ủy và tập thể Lãnh đạo Sở Nội vụ làm việc với Tổ giúp việc'],
  // "annual" as an adjective, not a repetition
  ['đưa chỉ tiêu vào nghị quyết, chương trình công tác hằng năm của cấp ủy'],
  ['xây dựng kế hoạch hằng năm'],
  // a yearly observance is not a named date of the document
  ['tổ chức hưởng ứng Ngày Môi trường thế giới (05/6)'],
  // negated clauses: what must not be left to a date
  ['khẩn trương hoàn thiện hồ sơ; không để dồn hồ sơ thanh toán vào cuối năm'],
  ['tránh dồn việc vào tháng 12/2026'],
  ['né tránh tổ chức hội nghị từ ngày 01/6/2026 đến hết ngày 30/11/2026'],
  // when the document takes effect is no work's date
  ['Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2027.'],
  // the year-end review and the last days of a month are no limits
  ['Chi ủy hướng dẫn đảng viên viết bản kiểm điểm cuối năm.'],
  ['tránh dồn hồ sơ vào những ngày cuối tháng 01/2028.'],
  // "hướng tới" is towards, no limit
  ['mở chuyên mục "Hướng tới ngày bầu cử", phản ánh không khí ở cơ sở'],
  // the annual asset declaration is a kind of declaration
  ['lập danh sách người có nghĩa vụ kê khai tài sản, thu nhập hằng năm thuộc diện cấp ủy quản lý'],
  // the yearly review the work is tied to
  ['gắn nội dung thực hành tiết kiệm với việc kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên hằng năm.'],
  // cited documents
  ['Thực hiện kết luận số 131-KL/BCĐ ngày 12/02/2026 của Ban Chỉ đạo Bầu cử'],
  ['tổ chức thực hiện tốt Kế hoạch số 17/KH-UBBC ngày 24/02/2021 về thông tin tuyên truyền', { ctx: Y2021 }],
  ['ban hành Công văn số 2986/SNV-XDCQ&CTTN ngày 14/11/2025 về việc triển khai văn bản'],
  ['theo Thông báo số 12/TB-UBBC ngày 17/02/2021.', { ctx: Y2021 }],
  ['(theo Công văn số 64/VPHĐBCQG-TT ngày 24/02/2021 của Văn phòng Hội đồng bầu cử quốc gia)', { ctx: Y2021 }],
  ['Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân ngày 25/6/2015;'],
  ['căn cứ Nghị quyết số 85/NQ-HĐBCQG của Hội đồng bầu cử quốc gia'],
  ['đã ban hành Kế hoạch số 17/KH-UBBC vào ngày 24/02/2021', { ctx: Y2021 }],
  ['Luật Bầu cử được Quốc hội thông qua vào ngày 25/6/2015'],
  ['Nghị định số 30/2020/NĐ-CP về công tác văn thư'],
  ['Số: 19/KL-UBBC'],
  ['Số: /UBND-NC'],
  // counts, fractions, terms, numbers
  ['thành lập Ủy ban bầu cử tại 45/45 xã, phường bảo đảm 100% các xã, phường'],
  ['có ít nhất 1/2 số thành viên tham dự'],
  ['số lượng không quá 1/2 tổng số đại biểu'],
  ['đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031'],
  ['đại biểu HĐND các cấp, nhiệm kỳ 2021-2026, giao Cơ quan thường trực', { ctx: Y2021 }],
  ['kế hoạch phát triển giai đoạn 2021-2025'],
  ['trong nhiệm kỳ 2026 - 2031'],
  ['trong giai đoạn 2026-2030'],
  ['trong năm học 2025-2026'],
  ['Điện thoại: 0214.3840.123; Fax: 0214.3840.124'],
  ['tỷ lệ cử tri đi bầu đạt 99.53%'],
  ['kinh phí 1.500.000 đồng'],
  ['theo quy định tại Điều 5, khoản 2'],
  ['Mục 2.6. Chế độ báo cáo'],
  ['Hội nghị hiệp thương lần thứ 2', { ctx: Y2021 }],
  ['chỉ còn 9 ngày, khối lượng công việc còn lớn'],
  ['hàng nghìn cử tri'],
  // phrases with deadline words that are not deadlines
  ['chịu trách nhiệm trước Thường trực Tỉnh ủy, Ban Thường vụ Tỉnh ủy về kết quả bầu cử'],
  ['bảo đảm an ninh chính trị trên địa bàn trước, trong và sau ngày bầu cử; kịp thời nắm tình hình'],
  ['đặc biệt là thời điểm trước, trong ngày bầu cử.'],
  ['tổng hợp kết quả bầu cử (nhất là trong ngày bầu cử).'],
  ['tăng cường đậm đặc vào tuần lễ sát ngày bầu cử; quan tâm thông tin, tuyên truyền về ngày bầu cử'],
  ['bảo vệ tuyệt đối an toàn ngày bầu cử, nhất là tại các khu vực bỏ phiếu'],
  ['thường xuyên theo dõi, kịp thời khắc phục các điểm nghẽn'],
  ['bàn giao đảm bảo tiến độ theo quy định của pháp luật'],
  ['định kỳ báo cáo Giám đốc Sở.'],
  ['dự kiến số lượng đại biểu theo quy định của pháp luật'],
  ['trước mắt tập trung rà soát danh sách cử tri'],
  ['số liệu tính đến ngày 31/12/2025'],
  ['công tác bầu cử từ năm 2021 đến nay'],
  ['kết quả từ ngày 01/3/2026 đến nay'],
  // unresolved named dates yield nothing
  ['trực tuyên truyền đến hết ngày bầu cử', NO_NAMES],
  ['hoàn thiện công tác trang hoàng từ ngày 10/3/2026 đến hết ngày bầu cử', NO_NAMES],
  ['hoàn thành trước ngày khai mạc Đại hội', NO_NAMES],
  // adversarial fragments
  ['trước ngày trước ngày trước ngày'],
  ['1/1/1/1/1/1/1/1'],
  ['**trước ngày **'],
  ['ngày ngày ngày ngày ngày'],
  ['trước ngày 31/02/2026'],
  ['trước ngày 15/13/2026'],
  // prohibitions: what must not happen before a day
  ['Quản lý con dấu của Tổ bầu cử theo đúng quy định; tuyệt đối không sử dụng con dấu trước ngày bầu cử.'],
  ['nghiêm cấm vận động bầu cử trước ngày 01/3/2026'],
  ['không được công bố kết quả trước ngày bầu cử'],
  // a stretch of time bounded by a day, not a limit
  ['tăng cường tuyên truyền đậm đặc trong tuần cuối trước ngày bầu cử'],
  ['Thời gian từ nay đến ngày bầu cử (15/3/2026) không còn nhiều, yêu cầu các cấp tập trung'],
  ['Thời gian từ nay đến khi kết thúc mùa mưa không còn nhiều'],
  ['Tuy nhiên, thời gian từ nay đến ngày bầu cử (15/3/2026) chỉ còn 9 ngày, trong khi khối lượng công việc còn lớn'],
  ['2. Các nhiệm vụ trọng tâm từ nay đến ngày bầu cử'],
  ['đặc biệt là thời điểm trước, trong ngày bầu cử'],
  ['bảo đảm an ninh, trật tự trước, trong và sau ngày bầu cử'],
  // "nay" and "mai" that name no day
  ['tình hình mưa lũ hiện nay còn diễn biến phức tạp'],
  ['từ nay, các đơn vị chủ động nắm tình hình'],
  ['tương lai, ngày mai tươi sáng của quê hương'],
  // one quarter named before "tháng đầu quý sau": a single date this engine leaves unread, not a schedule
  ['Báo cáo quý IV/2026 gửi trước ngày 10 của tháng đầu quý sau.'],
  // how long an event lasts
  ['Lễ giao, nhận quân được tổ chức đồng loạt trong 01 ngày tại các xã.'],
  ['Lớp tập huấn trong 02 ngày tại Hội trường.'],
  ['tổ chức 02 lớp tập huấn cho lực lượng chuyên trách, mỗi lớp trong 02 ngày'],
  ['Tổ chức 01 lớp tập huấn (trong 02 ngày) cho lực lượng phòng cháy, chữa cháy cơ sở'],
  // "hằng năm" naming which plan, not a schedule
  ['đưa các chỉ tiêu về y tế vào nghị quyết, kế hoạch phát triển kinh tế - xã hội hằng năm của tỉnh'],
  ['đưa vào chương trình kiểm tra, giám sát hằng năm của Ban Chấp hành'],
  // when a named observance falls, in parentheses after its name
  ['tuyên truyền, nhất là trong Tuần lễ Quốc gia không thuốc lá (từ ngày 25-5 đến ngày 31-5 hằng năm)'],
  // the week a schedule is for, named by its number and its dates in parentheses
  ['đăng ký lịch làm việc với lãnh đạo UBND tỉnh tuần 24 (từ ngày 14/6 đến ngày 20/6/2027) về Văn phòng UBND tỉnh', { ctx: DOC }],
  // a balance as of a day
  ['đối chiếu, xác nhận số dư dự toán, số dư tài khoản tiền gửi đến ngày 31/12/2026 với Kho bạc'],
  // how long a certificate stays valid
  ['Giấy chứng nhận sức khỏe cấp trong thời hạn 06 tháng tính đến ngày nộp Phiếu'],
  // the past a figure covers
  ['thu nhập của hộ được tính trong 12 tháng trước thời điểm rà soát.'],
  // the working week (office hours), not a weekly schedule
  ['liên hệ trong giờ hành chính từ thứ Hai đến thứ Sáu hằng tuần để được hướng dẫn'],
  ['tiếp công dân từ thứ Hai đến thứ Sáu hằng tuần'],
  // a clock time with no day in its sentence cannot go on a calendar
  ['các đơn vị báo cáo trước 10 giờ 00.'],
  // a bare bound on how long something lasts
  ['tổ chức diễn tập thực chiến; thời gian diễn tập không quá 02 ngày.'],
  // when another's event takes place, told as context
  ['theo Kế hoạch của Bộ Giáo dục và Đào tạo, Kỳ thi tốt nghiệp THPT năm 2027 diễn ra trong các ngày 10 và 11/6/2027, thí sinh phải xuất trình thẻ căn cước'],
  // days that are not consecutive are no span
  ['họp các ngày 10 và 20/3/2027 tại trụ sở'],
  // a season named by when it comes
  ['Để chủ động ứng phó với mùa mưa, triều cường cuối năm 2027, Ban Thường vụ yêu cầu thực hiện tốt các nhiệm vụ sau:'],
  // a meeting named by its cadence
  ['phân công đảng viên giúp đỡ quần chúng; đưa kết quả thực hiện vào nội dung sinh hoạt chi bộ hằng tháng.'],
  ['Xây dựng, hướng dẫn nội dung sinh hoạt chuyên đề hằng quý cho các chi bộ thôn, làng'],
  // money paid monthly, not work
  ['rà soát danh sách người có công và người đang hưởng trợ cấp xã hội hằng tháng; gửi Sở Y tế'],
  ['chi trả lương hưu hằng tháng qua tài khoản'],
  // a plan's horizon, part of its name
  ['cho ý kiến Đề án phát triển hạ tầng giao thông thủy nội địa giai đoạn 2027 - 2030, tầm nhìn đến năm 2045.'],
  ['xây dựng Quy hoạch mạng lưới cơ sở y tế thời kỳ 2021 - 2030, định hướng đến năm 2050'],
  // a count of days before "chậm nhất là ngày" is not part of a named date
  ['xử lý dứt điểm 27 tàu cá mất kết nối trên 10 ngày', { named: new Map() }],
];

describe('not deadlines', () => {
  it.each(rows)('%s', (sentence, options) => expectNone(sentence, { ctx: DOC, ...options }));
});
