/**
 * Unit vocabulary: the head words that start the name of a body ("Sở", "Ủy ban", "Đảng ủy",
 * "UBND"), the words that end a unit name because the sentence moves on to its verb
 * ("chủ trì", "phối hợp", "thực hiện"…), the collective continuations after a comma
 * ("các sở, ban, ngành"), and the abbreviations clerks write (for matching only).
 * Word keys are lower case with diacritics (tone placement canonical); abbreviation keys
 * are folded (see text/fold.ts) because they serve `--unit` queries typed without accents.
 */

/**
 * Heads, lower-case word sequences with diacritics (tone placement canonical: "ủy", "hòa").
 * Diacritics matter here: folded, "sở" (department) and "số" (number) are the same word.
 */
export const UNIT_HEADS: string[] = [
  'ủy ban nhân dân', 'hội đồng nhân dân', 'ủy ban mặt trận tổ quốc', 'mặt trận tổ quốc', 'ủy ban kiểm tra',
  'ủy ban bầu cử', 'ủy ban', 'hội đồng', 'ban chỉ đạo', 'ban thường vụ', 'ban chấp hành', 'ban cán sự',
  'ban bầu cử', 'tổ bầu cử', 'ban', 'sở', 'bộ chỉ huy', 'bộ đội', 'bộ', 'chi cục', 'tổng cục', 'cục', 'vụ',
  'phòng', 'văn phòng', 'trung tâm', 'đảng ủy', 'đẳng ủy', 'đảng bộ', 'đảng đoàn', 'tỉnh ủy', 'thành ủy',
  'huyện ủy', 'quận ủy', 'thị ủy', 'chi bộ', 'cấp ủy', 'công an', 'quân sự', 'tổ giúp việc', 'tổ công tác',
  'tiểu ban', 'tổ', 'cơ quan', 'đoàn thể', 'đoàn', 'hội', 'liên đoàn', 'thanh tra', 'kho bạc', 'ngân hàng',
  'đài', 'trường', 'bệnh viện', 'viện', 'tòa án', 'viện kiểm sát', 'kiểm toán', 'bảo hiểm xã hội',
  'thuế', 'công ty', 'tổng công ty', 'doanh nghiệp', 'đơn vị', 'địa phương', 'thường trực', 'lãnh đạo',
  'tỉnh đoàn', 'chính quyền', 'chủ tịch', 'phó chủ tịch', 'giám đốc', 'phó giám đốc', 'bí thư', 'phó bí thư',
  'trưởng ban', 'phó trưởng ban', 'chánh văn phòng', 'thủ trưởng', 'người đứng đầu', 'ngành', 'tổ chức',
  'hợp tác xã', 'ban quản lý', 'quỹ', 'học viện', 'chính phủ', 'quốc hội', 'bộ chính trị', 'ban bí thư',
  'thủ tướng', 'xã', 'phường', 'thôn', 'xóm', 'tổ dân phố', 'khu dân cư', 'hội đồng bầu cử', 'ủy viên',
  'chủ đầu tư', 'chủ rừng', 'nhà thầu', 'trạm y tế', 'trạm', 'trưởng', 'chỉ huy trưởng', 'ấp', 'khu phố', 'khóm',
  'viễn thông', 'bưu điện', 'điện lực', 'tập đoàn', 'viettel', 'vnpt', 'đồn biên phòng', 'đồn',
  'cơ sở giáo dục', 'cơ sở y tế', 'cổng thông tin điện tử', 'hạt kiểm lâm', 'chi nhánh', 'đội',
  // a school's Young Pioneers: "Liên đội", "Chi đội 9A"
  'liên đội', 'chi đội',
  // a commune's veterinary workers and the livestock households a notice addresses ("Các hộ chăn nuôi: …", plural only)
  'thú y viên', 'hộ chăn nuôi',
  // associations: "Hiệp hội Sầu riêng tỉnh Đắk Lắk"
  'hiệp hội',
  // grassroots bodies of a thôn or tổ dân phố
  'chi ủy', 'chi đoàn', 'chi hội', 'ban phát triển', 'ban công tác mặt trận', 'khu vực',
  // heads of schools, newsrooms and departments by title
  'hiệu trưởng', 'tổng biên tập', 'cục trưởng', 'chi cục trưởng', 'viện trưởng',
  // a forest-protection unit's, a team's and a station's head ("Hạt trưởng các Hạt Kiểm lâm khu vực: …")
  'hạt trưởng', 'đội trưởng', 'trạm trưởng', 'trưởng phòng', 'chánh thanh tra', 'tổng giám đốc',
  // departments of a hospital or a centre ("Khoa Dược - Vật tư y tế")
  'khoa',
  // whom a tax, insurance or customs notice addresses ("Đối với người nộp thuế khai thuế theo quý:")
  'người nộp thuế', 'người nộp', 'hộ kinh doanh', 'cá nhân kinh doanh', 'người sử dụng lao động',
  // whom an admissions timeline addresses ("thí sinh nộp đơn phúc khảo …")
  'thí sinh',
  // a school's staff by role ("Giáo viên chủ nhiệm", "Tổ trưởng các tổ chuyên môn")
  'giáo viên',
  // cultural houses ("Nhà Văn hóa Thanh thiếu nhi tỉnh", "Cung Văn hóa Lao động")
  'nhà văn hóa', 'nhà văn hoá', 'nhà thiếu nhi', 'cung văn hóa', 'cung thiếu nhi',
  // a council's members as a body ("… và đại biểu Hội đồng nhân dân xã giám sát")
  'đại biểu',
  // trade unions ("Các công đoàn cấp trên trực tiếp cơ sở", "Công đoàn ngành Y tế")
  'công đoàn',
  // a village's head ("Trưởng thôn phối hợp với …") and the villages of the uplands ("Trưởng các bản")
  'trưởng thôn', 'trưởng bản', 'trưởng ấp', 'trưởng xóm', 'trưởng khu phố', 'tổ trưởng tổ dân phố', 'bản',
];

/** Heads naming a person by office: a unit only with the body they lead ("Chủ tịch UBND…", "Thủ trưởng các sở"). */
export const ROLE_HEADS = new Set([
  'chủ tịch', 'phó chủ tịch', 'giám đốc', 'phó giám đốc', 'bí thư', 'phó bí thư', 'trưởng ban', 'phó trưởng ban',
  'chánh văn phòng', 'thủ trưởng', 'người đứng đầu', 'ủy viên', 'lãnh đạo', 'thường trực', 'trưởng', 'chỉ huy trưởng',
  'hiệu trưởng', 'tổng biên tập', 'cục trưởng', 'chi cục trưởng', 'viện trưởng',
  'hạt trưởng', 'đội trưởng', 'trạm trưởng', 'trưởng phòng', 'chánh thanh tra', 'tổng giám đốc',
]);

/** Heads that count only after "các"/"những": capitalized, they usually open a sentence as a verb. */
export const PLURAL_ONLY_HEADS = new Set(['tổ chức', 'đơn vị', 'địa phương', 'ngành', 'khu vực', 'hộ chăn nuôi']);

/** Heads that must be capitalized (or follow "các") to count: they are ordinary words otherwise. */
export const WEAK_HEADS = new Set([
  'ban', 'sở', 'bộ', 'vụ', 'phòng', 'tổ', 'đoàn', 'hội', 'báo', 'đài', 'trường', 'viện', 'thuế', 'quỹ',
  'ngành', 'tổ chức', 'cơ quan', 'đơn vị', 'địa phương', 'doanh nghiệp', 'lãnh đạo', 'thường trực',
  'chính quyền', 'xã', 'phường', 'thôn', 'cấp ủy', 'đoàn thể', 'hợp tác xã', 'khu dân cư', 'chủ tịch',
  'phó chủ tịch', 'giám đốc', 'phó giám đốc', 'bí thư', 'phó bí thư', 'trưởng ban', 'phó trưởng ban',
  'thủ trưởng', 'người đứng đầu', 'ủy ban', 'hội đồng', 'công an', 'quân sự', 'thanh tra', 'ủy viên',
  'hạt trưởng', 'đội trưởng', 'trạm trưởng', 'trưởng phòng', 'chánh thanh tra', 'tổng giám đốc',
  'chủ đầu tư', 'nhà thầu', 'trạm', 'trưởng', 'ấp', 'xóm', 'khu phố', 'khóm', 'đồn', 'điện lực', 'tập đoàn', 'chi nhánh', 'đội', 'bưu điện', 'khoa', 'giáo viên', 'đại biểu', 'công đoàn', 'bản',
]);

/**
 * Heads a nominalized verb may name ("Ban điều hành khu phố", "Tổ kiểm tra liên ngành",
 * "Đoàn giám sát"): after one of these, written with a capital and alone, the verb is part
 * of the name, not the predicate.
 */
export const VERB_NAMED_HEADS = new Set(['ban', 'tổ', 'đoàn', 'tiểu ban', 'hội đồng']);
export const UNIT_NAME_VERBS: string[] = [
  'điều hành', 'kiểm tra', 'giám sát', 'thẩm định', 'công tác', 'vận động', 'chỉ huy', 'quản lý', 'tuyên truyền',
  'kiểm phiếu', 'biên tập', 'thường trực', 'tiếp dân', 'thẩm tra', 'giúp việc', 'phản ứng nhanh', 'tổ chức', 'chấm thi', 'chấm',
];

/** Lower-case words (1–4 words, with diacritics) that end a unit name: the predicate begins. */
export const UNIT_STOPS: string[] = [
  // "Công ty Điện lực Lào Cai đầu tư đường dây trung áp …"
  'đầu tư',
  // "phối hợp với các ban đảng Tỉnh ủy dự thảo Chương trình …"
  'dự thảo',
  // "Hội đồng nghĩa vụ quân sự tỉnh tuyển chọn công dân …"
  'tuyển chọn',
  'chủ trì', 'phối hợp', 'hiệp đồng', 'lưu ý', 'ghi biên bản', 'mang theo', 'mang', 'chấm', 'sinh hoạt', 'quan tâm', 'chỉ đạo', 'thực hiện', 'triển khai', 'tham mưu', 'rà soát', 'xây dựng',
  'hướng dẫn', 'nghiên cứu', 'theo dõi', 'kiểm tra', 'bảo đảm', 'đảm bảo', 'tiếp tục', 'khẩn trương',
  'chủ động', 'thường xuyên', 'tăng cường', 'phải', 'cần', 'có trách nhiệm', 'chịu trách nhiệm', 'lãnh đạo',
  'lập', 'ban hành', 'báo cáo', 'tổng hợp', 'đôn đốc', 'quản lý', 'cấp phát', 'phân bổ', 'bố trí', 'đề xuất',
  'trình', 'thẩm định', 'tiếp nhận', 'giải quyết', 'xử lý', 'nắm', 'làm', 'là', 'với', 'để', 'trong', 'về',
  'theo', 'tại', 'trên', 'đối với', 'nhằm', 'được', 'đã', 'sẽ', 'đang', 'bàn giao', 'chuẩn bị', 'hoàn thành',
  'hoàn thiện', 'gửi', 'cung cấp', 'công bố', 'tuyên truyền', 'vận động', 'giám sát', 'căn cứ', 'tích cực',
  'nghiêm túc', 'kịp thời', 'sớm', 'có', 'phân công', 'giao', 'thống kê', 'cập nhật', 'duy trì',
  'phát huy', 'quán triệt', 'phổ biến', 'lựa chọn', 'mua sắm', 'in', 'thành lập', 'kiện toàn',
  'đẩy mạnh', 'đẩy nhanh', 'hoàn chỉnh', 'nâng cao', 'tập trung', 'trực tiếp', 'sử dụng', 'bổ sung', 'điều chỉnh', 'phê duyệt', 'hỗ trợ',
  'cấp phát', 'cấp giấy', 'cấp kinh phí',
  // what candidates and applicants do ("thí sinh đăng ký dự tuyển", "thí sinh trúng tuyển xác nhận nhập học")
  'đăng ký', 'xác nhận', 'xác minh', 'phát động', 'họp', 'cử',
  'bảo vệ', 'tiến hành', 'quyết định', 'xác định', 'tiếp xúc', 'gặp gỡ', 'mời', 'tham gia', 'tham dự',
  'trước', 'sau', 'khi', 'nếu', 'thì', 'mà', 'đồng thời', 'ngay', 'cùng', 'ký', 'soạn thảo', 'niêm yết',
  'lấy ý kiến', 'thu thập', 'khảo sát', 'đánh giá', 'tổng kết', 'sơ kết', 'xin', 'quyết liệt', 'kiên quyết',
  'nhất trí', 'thông qua', 'đồng ý', 'tổ chức', 'của', 'ra', 'chịu', 'tiếp', 'điều hành', 'rút kinh nghiệm',
  'nhận', 'trả lời', 'đăng tải', 'huy động', 'bảo quản', 'lưu trữ', 'giao ban', 'thông tin', 'ưu tiên',
  'vận hành', 'góp ý', 'kiểm soát', 'điều tra', 'xem xét', 'đưa', 'rút', 'kiến nghị', 'cho', 'bằng', 'như',
  'từ', 'đến', 'hoặc', 'đề nghị', 'yêu cầu', 'tiếp thu', 'nộp', 'phát hành', 'thẩm tra', 'tổ chức thực hiện',
  'đôn đốc', 'thanh tra', 'kiểm điểm', 'hướng', 'liên hệ', 'tuyệt đối', 'nghiêm', 'khẩn', 'đặc biệt',
  'trang trí', 'đối chiếu', 'chi trả', 'thanh toán', 'giải ngân', 'khắc phục', 'hoàn tất', 'sửa chữa', 'lắp đặt', 'dọn dẹp', 'chỉnh trang', 'tu sửa', 'cấp phép', 'thu hồi',
  'di dời', 'sơ tán', 'ứng phó', 'bảo vệ', 'canh gác', 'tuần tra', 'kiểm kê', 'thi công',
  'rà soát lại', 'chấn chỉnh', 'phân loại', 'thẩm tra', 'kiểm định', 'ghi nhận', 'biểu dương',
  'khen thưởng', 'xử phạt', 'tạm dừng', 'đình chỉ', 'vận chuyển', 'dự trữ', 'thông báo', 'vận động',
  'niêm phong', 'kiểm phiếu', 'lập danh sách', 'tiêm phòng', 'khoanh vùng', 'tiêu hủy', 'tập huấn',
  // "Văn phòng Đảng ủy sao gửi Thông báo này …": copies and sends
  'sao gửi', 'sao lục', 'sao y',
  'bồi dưỡng', 'ôn luyện', 'phụ đạo',
  // "Văn phòng Đảng ủy giúp Ban Thường vụ …" (not "Tổ giúp việc")
  'giúp ban', 'giúp ủy ban', 'giúp thường trực', 'giúp chủ tịch', 'giúp cấp ủy', 'giúp đảng ủy', 'giúp ubnd',
  'giúp lãnh đạo', 'giúp thường vụ', 'giúp ban thường vụ', 'thống nhất', 'cơ bản', 'cụ thể hóa', 'cụ thể hoá', 'mở', 'định kỳ', 'dự kiến', 'hằng', 'hàng tuần', 'hàng tháng', 'hàng quý', 'hàng năm', 'kịp thời', 'ngay', 'dự họp',
];

/**
 * Compound nouns inside a unit's name whose second part is also a predicate word: after
 * the first part, the stop word does not end the name ("Văn phòng Đăng ký đất đai",
 * "Khai thác công trình thủy lợi", "Trung tâm Công nghệ thông tin", "đơn vị sự nghiệp
 * công lập"). Pairs of [the word before, the stop phrase].
 */
export const NAME_COMPOUNDS: ReadonlyArray<readonly [string, string]> = [
  ['công', 'lập'], ['cơ', 'sở'], ['đăng', 'ký'], ['công', 'trình'], ['nghệ', 'thông tin'], ['tư', 'xây dựng'],
  ['hành', 'chính công'], ['lý', 'giao thông'], ['trình', 'xây dựng'], ['dựng', 'cơ bản'], ['quan', 'tham mưu'],
  // "Trung tâm Dịch vụ việc làm tỉnh": "làm" (do) after "việc" is employment
  ['việc', 'làm'],
  // "Ủy ban bầu cử", "Tổ bầu cử": "cử" (send) after "bầu" is the election
  ['bầu', 'cử'], ['ứng', 'cử'], ['tuyển', 'cử'],
  // "các cơ quan có nội dung trình": "trình" (submit) after "nội dung" is what the body has
  ['dung', 'trình'],
  // "Công ty Cổ phần Tư vấn xây dựng Hùng Vương": a consultancy's trade
  ['vấn', 'xây dựng'], ['vấn', 'thiết kế'],
  // a hospital's planning office: "Phòng Kế hoạch tổng hợp"
  ['hoạch', 'tổng hợp'],
  // "đơn vị cung cấp phần mềm", "đơn vị cung cấp dịch vụ": a body named by what it supplies
  ['vị', 'cung cấp'],
  // "Ban Quản lý dự án đầu tư xây dựng tỉnh", "Quỹ đầu tư phát triển": "đầu tư" (invest) inside a name
  ['án', 'đầu tư'], ['quỹ', 'đầu tư'], ['lý', 'đầu tư'],
  // "Phòng Quản lý bảo vệ rừng" of a Chi cục Kiểm lâm
  ['lý', 'bảo vệ'],
  // "Viện Lúa đồng bằng sông Cửu Long": the delta
  ['đồng', 'bằng'],
  // "Phòng Hậu cần - Kỹ thuật"
  ['hậu', 'cần'],
];

/**
 * Restrictive qualifiers that stay part of a plural unit's name: "Các cơ quan, đơn vị được
 * giao nhiệm vụ", "các đảng ủy được kiểm tra", "Các sở, ban, ngành là thành viên Ban Chỉ
 * đạo", "các cơ quan có liên quan". Each starts with a predicate word (a stop), so without
 * this list the name would end before it. Only after "các"/"những"/"mọi".
 */
export const PLURAL_QUALIFIERS: string[] = [
  // "các cơ quan báo chí của tỉnh": the locality the units belong to
  'của tỉnh', 'của thành phố', 'của xã', 'của phường', 'của đặc khu',
  // "Các cơ quan, đơn vị được giao nhiệm vụ tại Phụ lục kèm theo Thông báo này"
  ...['thông báo', 'kế hoạch', 'quyết định', 'kết luận', 'chỉ thị', 'nghị quyết', 'công văn', 'chương trình'].map((d) => `được giao nhiệm vụ tại phụ lục kèm theo ${d} này`),
  'được giao nhiệm vụ tại phụ lục',
  'được giao nhiệm vụ', 'được giao chủ trì tại phụ lục', 'được giao chủ trì', 'được giao', 'được kiểm tra', 'được giám sát', 'được phân công', 'được thanh tra',
  'sử dụng ngân sách nhà nước', 'sử dụng ngân sách', 'được khảo sát', 'được lựa chọn', 'được chọn', 'là thành viên', 'có liên quan', 'thuộc', 'còn lại',
  // "các Tổ bảo vệ an ninh, trật tự ở cơ sở" (the law's name for them)
  'ở cơ sở',
  // "các đơn vị nhận quân", "Ban Chỉ huy Quân sự các xã, phường, đặc khu trong khu vực"
  'nhận quân', 'trong khu vực',
  'trên địa bàn', 'trong thôn', 'trong xã', 'trong phường', 'trong khu phố', 'trong tổ dân phố',
  // a party body's own organisations: "Các cấp ủy, tổ chức đảng, cơ quan, đơn vị trong Đảng bộ tỉnh"
  'trong đảng bộ tỉnh', 'trong đảng bộ thành phố', 'trong đảng bộ xã', 'trong đảng bộ phường', 'trong đảng bộ',
  'trong toàn đảng bộ',
  // where the units lie: "UBND các xã, phường vùng hạ du", "các xã ven biển", "các xã miền núi"
  'vùng hạ du', 'vùng thượng nguồn', 'vùng cao', 'vùng trũng thấp', 'vùng trũng', 'vùng ven biển',
  'vùng biên giới', 'vùng đồng bào dân tộc thiểu số', 'ven biển', 'ven sông', 'miền núi', 'biên giới',
  'đặc biệt khó khăn',
  // the role the units hold: "Ủy ban nhân dân các xã, phường là chủ đầu tư"
  'là chủ đầu tư', 'là chủ rừng', 'là cơ quan chủ trì', 'là cơ quan thường trực', 'là tổ chức',
];

/**
 * "có" after a plural unit is a restrictive qualifier when what follows names a feature of
 * the units ("Các đảng ủy xã, phường có rừng", "UBND các xã có ổ dịch", "các chi bộ ấp có
 * dự án đi qua"), and the verb when it names what they must have or do: these words after
 * "có" make it the verb ("các xã có văn bản gửi …", "các đơn vị có thể đăng ký").
 */
export const HAVE_AS_VERB: string[] = [
  'trách nhiệm', 'nhiệm vụ', 'văn bản', 'công văn', 'tờ trình', 'kế hoạch', 'ý kiến', 'giải pháp', 'biện pháp',
  'phương án', 'hồ sơ', 'danh sách', 'chương trình', 'đề án', 'sáng kiến', 'hình thức', 'thể', 'sự', 'mặt',
  'lộ trình', 'cơ chế', 'văn', 'tham luận', 'bài', 'thư', 'phản hồi', 'đề xuất', 'kiến nghị', 'hướng',
];

/**
 * Words after which a "có …" qualifier still goes on ("có nhân sự được giới thiệu …", "có
 * sản phẩm trong danh mục", "có đoàn tham gia Ngày hội"): where it ends is unclear, so the
 * unit's name ends before "có", as without a qualifier.
 */
export const HAVE_CLAUSE_GOES_ON: string[] = [
  'được', 'bị', 'trong', 'tại', 'trên', 'của', 'về', 'với', 'theo', 'từ', 'đến', 'cho', 'bằng', 'như', 'để',
  'tham gia', 'tham dự', 'thuộc',
];

/** After a comma, these words continue a collective unit ("các sở, ban, ngành, địa phương"). */
export const COLLECTIVE_CONTINUATIONS: string[] = [
  'ban', 'ngành', 'đoàn thể', 'địa phương', 'xã', 'phường', 'đặc khu', 'thị trấn', 'đơn vị', 'cơ quan',
  'tổ chức', 'thành phố', 'huyện', 'thị xã', 'quận', 'hội đoàn thể', 'doanh nghiệp',
  'thôn', 'xóm', 'tổ dân phố', 'khu phố', 'ban ngành', 'sở', 'bản', 'buôn', 'làng', 'ấp', 'bon',
  'khối phố', 'tiểu khu', 'viên chức', 'công chức', 'người lao động', 'đoàn viên', 'hội viên',
  // party committees: "Các quận ủy, huyện ủy, đảng ủy trực thuộc Thành ủy"
  'quận ủy', 'huyện ủy', 'thị ủy', 'thành ủy', 'tỉnh ủy', 'đảng ủy', 'đảng bộ', 'chi bộ', 'chi ủy',
  // a Sở's own bodies: "Các phòng, chi cục, đơn vị thuộc Sở"
  'phòng', 'chi cục', 'trung tâm',
  // school levels: "các trường mầm non, tiểu học"
  'mầm non', 'mẫu giáo', 'tiểu học', 'trung học cơ sở', 'trung học phổ thông', 'thcs', 'thpt',
];

/** Abbreviation → expansion, both folded. Used to compare units, never to rewrite them. */
export const UNIT_ABBREVIATIONS: Array<[string, string]> = [
  ['ubmttqvn', 'uy ban mat tran to quoc viet nam'],
  ['ubmttq', 'uy ban mat tran to quoc'],
  ['mttqvn', 'mat tran to quoc viet nam'],
  ['mttq', 'mat tran to quoc'],
  ['ubnd', 'uy ban nhan dan'],
  ['hdnd', 'hoi dong nhan dan'],
  ['ubbc', 'uy ban bau cu'],
  ['hdbcqg', 'hoi dong bau cu quoc gia'],
  ['bcd', 'ban chi dao'],
  ['bbc', 'ban bau cu'],
  ['tbc', 'to bau cu'],
  ['vptu', 'van phong tinh uy'],
  ['vpubnd', 'van phong uy ban nhan dan'],
  ['vp', 'van phong'],
  ['btv', 'ban thuong vu'],
  ['bch', 'ban chap hanh'],
  ['ubkt', 'uy ban kiem tra'],
  ['bchqs', 'bo chi huy quan su'],
  ['bdbp', 'bo doi bien phong'],
  ['ldld', 'lien doan lao dong'],
  ['hlhpn', 'hoi lien hiep phu nu'],
  ['dtn', 'doan thanh nien'],
  ['hnd', 'hoi nong dan'],
  ['hccb', 'hoi cuu chien binh'],
  ['kh&cn', 'khoa hoc va cong nghe'],
  ['khcn', 'khoa hoc va cong nghe'],
  ['gd&dt', 'giao duc va dao tao'],
  ['gddt', 'giao duc va dao tao'],
  ['vhttdl', 'van hoa, the thao va du lich'],
  ['vh,tt&dl', 'van hoa, the thao va du lich'],
  ['tn&mt', 'tai nguyen va moi truong'],
  ['nn&mt', 'nong nghiep va moi truong'],
  ['nn&ptnt', 'nong nghiep va phat trien nong thon'],
  ['ld-tb&xh', 'lao dong - thuong binh va xa hoi'],
  ['tt&tt', 'thong tin va truyen thong'],
  ['snv', 'so noi vu'],
  ['stc', 'so tai chinh'],
  ['stp', 'so tu phap'],
  ['sct', 'so cong thuong'],
  ['sxd', 'so xay dung'],
  ['syt', 'so y te'],
  ['sgddt', 'so giao duc va dao tao'],
  ['skhcn', 'so khoa hoc va cong nghe'],
  ['ca', 'cong an'],
  ['tu', 'tinh uy'],
  ['du', 'dang uy'],
  ['ct', 'chu tich'],
  ['pct', 'pho chu tich'],
  ['vn', 'viet nam'],
  ['tw', 'trung uong'],
  ['tp', 'thanh pho'],
  ['uy ban mat tran to quoc viet nam', 'uy ban mat tran to quoc viet nam'],
];

/**
 * Names of bodies that recur across provinces, lower case with diacritics. A known name is
 * taken whole (so "Sở Tài chính đối chiếu…" stops after "Tài chính" and "Văn phòng HĐND và
 * UBND xã" is one unit); after it only a locality ("tỉnh", "xã Mường Kim") may follow.
 */
export const KNOWN_UNITS: string[] = [
  'sở nội vụ', 'sở tư pháp', 'sở tài chính', 'sở công thương', 'sở nông nghiệp và môi trường', 'sở xây dựng',
  'sở khoa học và công nghệ', 'sở văn hóa, thể thao và du lịch', 'sở văn hóa và thể thao',
  'sở giáo dục và đào tạo', 'sở y tế', 'sở ngoại vụ', 'sở dân tộc và tôn giáo', 'sở du lịch',
  'sở kế hoạch và đầu tư', 'sở lao động - thương binh và xã hội', 'sở thông tin và truyền thông',
  'sở giao thông vận tải', 'sở tài nguyên và môi trường', 'sở nông nghiệp và phát triển nông thôn',
  'sở quy hoạch - kiến trúc', 'văn phòng ủy ban nhân dân', 'văn phòng ubnd',
  'văn phòng hđnd và ubnd', 'văn phòng hội đồng nhân dân và ủy ban nhân dân',
  'văn phòng đoàn đại biểu quốc hội và hội đồng nhân dân', 'văn phòng đoàn đbqh và hđnd',
  'văn phòng đoàn đại biểu quốc hội và hđnd',
  // the agents that collect social and health insurance premiums (Luật Bảo hiểm xã hội 2024)
  'tổ chức dịch vụ thu bảo hiểm xã hội, bảo hiểm y tế', 'tổ chức dịch vụ thu bảo hiểm xã hội',
  'phòng văn hóa - xã hội', 'phòng kinh tế, hạ tầng và đô thị', 'phòng kinh tế', 'phòng công chức, viên chức',
  'trung tâm phục vụ hành chính công', 'thanh tra', 'công an', 'bộ chỉ huy quân sự', 'ban chỉ huy quân sự',
  'bộ chỉ huy bộ đội biên phòng', 'ủy ban mặt trận tổ quốc việt nam', 'ủy ban mttq việt nam',
  'ủy ban mttqvn', 'ban tuyên giáo và dân vận', 'ban tổ chức', 'ban nội chính', 'ủy ban kiểm tra',
  'văn phòng tỉnh ủy', 'đảng ủy ủy ban nhân dân', 'đảng ủy các cơ quan đảng', 'đảng ủy công an',
  'đảng ủy quân sự', 'kho bạc nhà nước', 'bảo hiểm xã hội', 'báo và phát thanh, truyền hình',
  'đài phát thanh và truyền hình', 'liên đoàn lao động', 'hội liên hiệp phụ nữ', 'hội nông dân',
  'hội cựu chiến binh', 'tỉnh đoàn', 'thành đoàn', 'huyện đoàn', 'quận đoàn', 'đoàn thanh niên cộng sản hồ chí minh', 'ban quản lý khu kinh tế',
  'thuế', 'ngân hàng nhà nước', 'chính phủ', 'các tổ chức chính trị - xã hội', 'các sở, ban, ngành', 'các sở, ngành',
  'các cơ quan, đơn vị', 'các cơ quan, đơn vị, địa phương', 'ủy ban nhân dân', 'hội đồng nhân dân',
  'phòng lao động - thương binh và xã hội', 'phòng nông nghiệp và phát triển nông thôn',
  'phòng tài chính - kế hoạch', 'phòng tài nguyên và môi trường', 'phòng giáo dục và đào tạo',
  'phòng nội vụ', 'phòng tư pháp', 'phòng y tế', 'phòng văn hóa và thông tin', 'phòng kinh tế - hạ tầng',
  'trung tâm văn hóa, thông tin và thể thao', 'phòng giao dịch ngân hàng chính sách xã hội',
  'ngân hàng chính sách xã hội', 'chi cục an toàn vệ sinh thực phẩm', 'chi cục chăn nuôi và thú y',
  'báo và phát thanh, truyền hình', 'đài phát thanh - truyền hình', 'chi cục thủy sản', 'chi cục kiểm lâm', 'trung tâm y tế', 'trạm y tế', 'bệnh viện đa khoa',
  'tiểu ban an ninh, trật tự - y tế', 'tiểu ban an ninh, trật tự và y tế', 'tiểu ban an ninh, trật tự', 'tiểu ban thông tin, tuyên truyền',
  'tiểu ban thông tin, tuyên truyền và vận động bầu cử', 'tiểu ban tài chính, cơ sở vật chất', 'tiểu ban tài chính - hậu cần',
  'tiểu ban nhân sự', 'tiểu ban văn kiện', 'tiểu ban khiếu nại, tố cáo', 'tiểu ban nhân sự, khiếu nại, tố cáo',
  'ban điều hành khu phố', 'ban điều hành ấp', 'ban điều hành thôn',
  // the grassroots security force (Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở 2023)
  'tổ bảo vệ an ninh, trật tự', 'tổ bảo vệ an ninh trật tự', 'lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
  // a party committee's advisory bodies ("các cơ quan tham mưu, giúp việc Thành ủy")
  'các cơ quan tham mưu, giúp việc', 'cơ quan tham mưu, giúp việc',
  // a village's mass organisations as one ("các chi hội, chi đoàn phối hợp")
  'các chi hội, chi đoàn', 'các chi hội, đoàn thể', 'các đoàn thể, chi hội',
  // an inspectorate's department, its name holding a comma
  'phòng giám sát, kiểm tra và xử lý sau thanh tra',
  'tổ khuyến nông', 'văn phòng đăng ký đất đai', 'chi nhánh văn phòng đăng ký đất đai',
  // an exam's bodies ("thi" folds like the stop word "thì")
  'hội đồng thi', 'hội đồng coi thi', 'ban coi thi', 'ban chấm thi', 'ban ra đề thi',
  // the ministries and central bodies a Chỉ thị of the Prime Minister addresses
  'bộ nội vụ', 'bộ tài chính', 'bộ tư pháp', 'bộ công an', 'bộ quốc phòng', 'bộ ngoại giao', 'bộ y tế',
  'bộ xây dựng', 'bộ công thương', 'bộ giáo dục và đào tạo', 'bộ khoa học và công nghệ',
  'bộ nông nghiệp và môi trường', 'bộ văn hóa, thể thao và du lịch', 'bộ dân tộc và tôn giáo',
  'văn phòng chính phủ', 'thanh tra chính phủ', 'ngân hàng nhà nước việt nam', 'bảo hiểm xã hội việt nam',
  'đài truyền hình việt nam', 'đài tiếng nói việt nam', 'thông tấn xã việt nam',
  // a provincial police's departments, named by their field in lower case (Thông tư 02/2025/TT-BCA)
  'phòng cảnh sát quản lý hành chính về trật tự xã hội', 'phòng cảnh sát hình sự', 'phòng cảnh sát giao thông',
  'phòng cảnh sát kinh tế', 'phòng cảnh sát môi trường', 'phòng cảnh sát điều tra tội phạm về ma túy',
  'phòng cảnh sát điều tra tội phạm về trật tự xã hội', 'phòng cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu, môi trường',
  'phòng cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'phòng cảnh sát cơ động', 'phòng cảnh sát thi hành án hình sự và hỗ trợ tư pháp',
  'phòng an ninh chính trị nội bộ', 'phòng an ninh kinh tế', 'phòng an ninh đối ngoại', 'phòng an ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao',
  'phòng quản lý xuất nhập cảnh', 'phòng hồ sơ',
  // a Ban Nội chính's department, its name holding commas
  'phòng phòng, chống tham nhũng, lãng phí, tiêu cực', 'phòng phòng, chống tham nhũng, tiêu cực',
  // an inspection commission's departments
  'phòng kiểm tra, giám sát tài chính, tài sản', 'phòng kiểm tra, giám sát tài chính đảng',
  // standard department and project-board names that hold a comma or a lower-case "và"
  'phòng tổ chức đảng, đảng viên', 'ban quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp',
  'ban quản lý dự án đầu tư xây dựng các công trình giao thông',
  'ban quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn',
];

/** Words that may follow a known name: its locality. */
export const LOCALITY_WORDS: string[] = [
  'tỉnh', 'xã', 'phường', 'huyện', 'thành phố', 'quận', 'thị xã', 'đặc khu', 'thị trấn', 'cấp tỉnh', 'cấp xã',
  'cấp huyện', 'trung ương', 'liên quan', 'các huyện', 'các quận', 'các thị xã', 'các thành phố', 'các thôn',
  'các tổ dân phố', 'các thôn, bản', 'các huyện, thị xã, thành phố', 'các quận, huyện', 'có liên quan', 'trực thuộc', 'trực thuộc trung ương', 'các tỉnh', 'các tỉnh, thành phố', 'khu vực', 'đảng ủy xã', 'đảng ủy phường',
  // a committee's own board: "Ban Tổ chức Đảng ủy", "Ban Tuyên giáo và Dân vận Đảng ủy"
  'đảng ủy', 'chi ủy',
  'tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy', 'thị ủy', 'các xã, phường', 'các xã, phường, đặc khu', 'các xã', 'các phường', 'các cấp',
  'cùng cấp', 'trên địa bàn', 'các ấp', 'các khu phố', 'chi nhánh', 'ven biển', 'biên giới', 'sở',
  // a body of each area or committee: "Trung tâm Y tế các khu vực", "Ủy ban kiểm tra các đảng ủy"
  'các khu vực', 'các khu dân cư', 'các đảng ủy', 'các đảng bộ', 'các chi bộ',
  // the grassroots level of a body: "Bảo hiểm xã hội cơ sở", "Công đoàn cơ sở", "Hội Nông dân cơ sở"
  'cơ sở', 'cấp trên trực tiếp cơ sở', 'cấp trên', 'các bản', 'bản',
  // a village's own body: "Tổ bảo vệ an ninh, trật tự thôn", "Chi hội Nông dân xóm"
  'thôn', 'xóm', 'ấp', 'tổ dân phố', 'khu phố',
  // a body in each organisation: "Hội Cựu chiến binh các cơ quan, doanh nghiệp trực thuộc …"
  'các cơ quan, doanh nghiệp', 'các cơ quan, đơn vị', 'các doanh nghiệp',
];

/** Words that begin with a head but are not units ("Ban hành", "Báo cáo", "Hội nghị"). */
export const NOT_UNITS: string[] = [
  // abbreviations of a field of work, not of a body ("Đội Cảnh sát PCCC và CNCH khu vực 1")
  'pccc', 'cnch', 'attp', 'atgt', 'antt', 'ttatxh', 'pctt', 'tkcn', 'gpmb', 'cntt', 'cchc', 'ntm', 'vsattp',
  'ban hành', 'ban đầu', 'ban ngày', 'hội nghị', 'hội thảo', 'hội đủ', 'đoàn kết', 'cục bộ', 'vụ việc', 'trường hợp',
  'đài thọ', 'bộ phận', 'phòng ngừa', 'phòng chống', 'phòng, chống', 'sở hữu', 'sở dĩ', 'tổ quốc', 'công an ninh',
  'chính quyền địa phương hai cấp', 'thường trực 24/24', 'lãnh đạo, chỉ đạo', 'bộ máy', 'bộ tiêu chí', 'bộ hồ sơ',
  'hội đồng thi', 'đơn vị hành chính', 'đơn vị bầu cử', 'xã hội', 'phòng và chống',
  'trưởng thành', 'tổ hợp', 'hội đủ điều kiện', 'cục diện', 'khoa học',
  // a member of a committee is a person ("Phân công cấp ủy viên phụ trách từng thôn")
  'cấp ủy viên',
];
