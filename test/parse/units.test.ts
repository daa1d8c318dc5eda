import { describe, expect, it } from 'vitest';
import { readAssignee, readUnitList, unitMatches } from '../../src/extract/units.js';
import { addresseesOfIntro, rolesOfCell, unitsOf, unitsOfCell } from '../../src/extract/leads.js';

describe('readUnitList', () => {
  const cases: Array<[string, string[]]> = [
    ['Sở Nội vụ (cơ quan thường trực Ban bầu cử tỉnh) chủ trì, phối hợp với các', ['Sở Nội vụ']],
    ['các các sở, ban, ngành, địa phương liên quan nghiên cứu cơ chế', ['các các sở, ban, ngành, địa phương liên quan']],
    ['các doanh nghiệp viễn thông và Ủy ban nhân dân các xã, phường rà soát', ['các doanh nghiệp viễn thông', 'Ủy ban nhân dân các xã, phường']],
    ['Sở Khoa học và Công nghệ chủ trì, phối hợp', ['Sở Khoa học và Công nghệ']],
    ['Đảng ủy Ủy ban nhân dân tỉnh chỉ đạo Ủy ban nhân dân tỉnh', ['Đảng ủy Ủy ban nhân dân tỉnh']],
    ['Đảng ủy Công an tỉnh, Đảng ủy Quân sự tỉnh chỉ đạo triển khai', ['Đảng ủy Công an tỉnh', 'Đảng ủy Quân sự tỉnh']],
    ['Văn phòng Tỉnh ủy thường xuyên theo dõi', ['Văn phòng Tỉnh ủy']],
    ['Đẳng ủy các xã, phường chỉ đạo', ['Đẳng ủy các xã, phường']],
    ['Ủy ban Kiểm tra Tỉnh ủy chủ trì, phối hợp với Ban Nội chính Tỉnh ủy', ['Ủy ban Kiểm tra Tỉnh ủy']],
    ['Cơ quan thường trực UBBC tỉnh (*Sở Nội vụ*)', ['Cơ quan thường trực UBBC tỉnh']],
    ['Các Tổ giúp việc UBBC thực hiện chế độ báo cáo', ['Các Tổ giúp việc UBBC']],
    ['Sở Tài chính đối chiếu số liệu chi ngân sách', ['Sở Tài chính']],
    // "đầu tư" (invest) ends a name, but not "dự án đầu tư" or "Quỹ đầu tư" inside one
    ['Công ty Điện lực Lào Cai đầu tư đường dây trung áp, trạm biến áp cấp điện', ['Công ty Điện lực Lào Cai']],
    ['Quỹ đầu tư phát triển tỉnh cho vay ưu đãi', ['Quỹ đầu tư phát triển tỉnh']],
    ['các Tổ bảo vệ an ninh, trật tự ở cơ sở tham gia tuần tra', ['các Tổ bảo vệ an ninh, trật tự ở cơ sở']],
    // heads of a forest-protection unit, of communes and of a board, each with its own list
    ['Hạt trưởng các Hạt Kiểm lâm khu vực: Đăk Glei, Sa Thầy; Chủ tịch Ủy ban nhân dân các xã: Đăk Pék, Măng Bút; Giám đốc Ban Quản lý rừng phòng hộ Thạch Nham:',
      ['Hạt trưởng các Hạt Kiểm lâm khu vực: Đăk Glei, Sa Thầy', 'Chủ tịch Ủy ban nhân dân các xã: Đăk Pék, Măng Bút', 'Giám đốc Ban Quản lý rừng phòng hộ Thạch Nham']],
    ['Phòng Quản lý bảo vệ rừng chủ trì, phối hợp với Phòng Hành chính - Tổng hợp', ['Phòng Quản lý bảo vệ rừng']],
    // a heading that addresses the units: their "có …" runs to its colon
    ['Đảng ủy các xã, phường có khu vực nguy cơ cao về sạt lở đất, lũ quét:', ['Đảng ủy các xã, phường có khu vực nguy cơ cao về sạt lở đất, lũ quét']],
    ['Ủy ban nhân dân các xã có văn bản gửi Sở:', ['Ủy ban nhân dân các xã']],
    // … and up to "chủ trì", or through "đi qua" with the names in it
    ['Chỉ đạo Ủy ban nhân dân các phường có hộ dân sống trên và ven kênh rạch chủ trì vận động'.slice(8), ['Ủy ban nhân dân các phường có hộ dân sống trên và ven kênh rạch']],
    ['Đảng ủy các phường có tuyến kênh Tham Lương - Bến Cát - rạch Nước Lên đi qua phân công cấp ủy viên', ['Đảng ủy các phường có tuyến kênh Tham Lương - Bến Cát - rạch Nước Lên đi qua']],
    ['Các cơ quan, đơn vị được giao nhiệm vụ tại Phụ lục kèm theo Thông báo này chủ động triển khai', ['Các cơ quan, đơn vị được giao nhiệm vụ tại Phụ lục kèm theo Thông báo này']],
    ['Ủy ban nhân dân các xã, phường có diện tích tham gia Đề án chủ động rà soát', ['Ủy ban nhân dân các xã, phường có diện tích tham gia Đề án']],
    ['Trưởng ấp các ấp: Khai Long, Mũi, Rạch Tàu: vận động người dân', ['Trưởng ấp các ấp: Khai Long, Mũi, Rạch Tàu']],
    ['Viện Lúa đồng bằng sông Cửu Long hỗ trợ kỹ thuật', ['Viện Lúa đồng bằng sông Cửu Long']],
    ['Các cơ quan được giao chuẩn bị văn bản tại mục 3 gửi dự thảo', ['Các cơ quan được giao chuẩn bị văn bản tại mục 3']],
    ['các cơ quan báo chí của tỉnh xây dựng kế hoạch', ['các cơ quan báo chí của tỉnh']],
    ['các ban đảng Tỉnh ủy dự thảo Chương trình làm việc', ['các ban đảng Tỉnh ủy']],
    ['Bảo hiểm xã hội phường, các tổ chức dịch vụ thu bảo hiểm xã hội, bảo hiểm y tế tổ chức vận động', ['Bảo hiểm xã hội phường', 'các tổ chức dịch vụ thu bảo hiểm xã hội, bảo hiểm y tế']],
    ['Phòng Hậu cần - Kỹ thuật bảo đảm quân trang', ['Phòng Hậu cần - Kỹ thuật']],
    ['Hội đồng nghĩa vụ quân sự tỉnh tuyển chọn công dân', ['Hội đồng nghĩa vụ quân sự tỉnh']],
    ['Phòng Chính trị giúp Thường vụ Đảng ủy theo dõi', ['Phòng Chính trị']],
    ['các đơn vị nhận quân phối hợp', ['các đơn vị nhận quân']],
    ['Văn phòng HĐND và UBND xã tham mưu', ['Văn phòng HĐND và UBND xã']],
    ['Ủy ban nhân dân các xã, phường liên quan tổ chức', ['Ủy ban nhân dân các xã, phường liên quan']],
    ['Kho bạc Nhà nước khu vực XIV kiểm soát', ['Kho bạc Nhà nước khu vực XIV']],
    ['các tổ chức chính trị - xã hội tỉnh vận động', ['các tổ chức chính trị - xã hội tỉnh']],
    ['Chủ tịch UBND các xã, phường chịu trách nhiệm', ['Chủ tịch UBND các xã, phường']],
    ['HĐND, UBND, Ủy ban bầu cử các xã, phường triển khai', ['HĐND', 'UBND', 'Ủy ban bầu cử các xã, phường']],
    // a capitalized Ban/Tổ/Đoàn named by what it does
    ['Ban điều hành khu phố, Tổ bầu cử rà soát', ['Ban điều hành khu phố', 'Tổ bầu cử']],
    ['Tổ kiểm tra liên ngành tiến hành kiểm tra', ['Tổ kiểm tra liên ngành']],
    ['Đoàn giám sát tỉnh làm việc với các xã', ['Đoàn giám sát tỉnh']],
    // names with a comma and a dash inside
    ['Tiểu ban An ninh, trật tự - Y tế chủ trì', ['Tiểu ban An ninh, trật tự - Y tế']],
    // trade unions; a village's head; the verbs of a cell's routine end a name
    ['Các công đoàn cấp trên trực tiếp cơ sở và các công đoàn cơ sở trực thuộc Liên đoàn Lao động tỉnh rà soát', ['Các công đoàn cấp trên trực tiếp cơ sở', 'các công đoàn cơ sở trực thuộc Liên đoàn Lao động tỉnh']],
    ['Trưởng thôn phối hợp với Chi đoàn thanh niên', ['Trưởng thôn']],
    ['Các chi bộ chấm, tổng hợp kết quả', ['Các chi bộ']],
    ['Chi bộ sinh hoạt thường kỳ vào ngày 03 hàng tháng', ['Chi bộ']],
    ['Đảng ủy xã, UBND xã quan tâm hỗ trợ', ['Đảng ủy xã', 'UBND xã']],
    // the grassroots level of a body, and a grassroots office's number
    ['Bảo hiểm xã hội cơ sở rà soát danh sách', ['Bảo hiểm xã hội cơ sở']],
    ['Thuế cơ sở 1 tỉnh Hà Tĩnh đôn đốc các khoản thu', ['Thuế cơ sở 1 tỉnh Hà Tĩnh']],
    // standard department and project-board names with a comma or a lower-case "và" inside
    ['Phòng Tổ chức đảng, đảng viên chủ trì tổ chức lớp học', ['Phòng Tổ chức đảng, đảng viên']],
    ['Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp thành phố đẩy nhanh tiến độ', ['Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp thành phố']],
    // the ministries and central bodies a Chỉ thị of the Prime Minister addresses
    ['Bộ Tài chính cân đối, bố trí kinh phí', ['Bộ Tài chính']],
    ['Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam và các cơ quan báo chí thường xuyên thông tin', ['Đài Truyền hình Việt Nam', 'Đài Tiếng nói Việt Nam', 'Thông tấn xã Việt Nam', 'các cơ quan báo chí']],
    // a council's members as a body, last of a list; "mang theo" ends a name
    ['Thường trực Hội đồng nhân dân xã, các Ban của Hội đồng nhân dân xã và đại biểu Hội đồng nhân dân xã giám sát', ['Thường trực Hội đồng nhân dân xã', 'các Ban của Hội đồng nhân dân xã', 'đại biểu Hội đồng nhân dân xã']],
    ['các đại biểu mang theo tài liệu', ['các đại biểu']],
    // "việc làm" (employment) inside a name; a school's staff by role
    ['Trung tâm Dịch vụ việc làm tỉnh tổ chức phiên giao dịch', ['Trung tâm Dịch vụ việc làm tỉnh']],
    ['Giáo viên chủ nhiệm, Tổ Văn phòng phối hợp', ['Giáo viên chủ nhiệm', 'Tổ Văn phòng']],
    // the places after a role's plural locality
    ['Chủ tịch UBND các xã Phú Lạc, Đại Phúc bố trí', ['Chủ tịch UBND các xã Phú Lạc, Đại Phúc']],
    ['Chủ tịch UBND các xã Phú Lạc, Công an xã phối hợp', ['Chủ tịch UBND các xã Phú Lạc', 'Công an xã']],
    ['Chủ tịch UBND các xã, Phòng Kinh tế phối hợp', ['Chủ tịch UBND các xã', 'Phòng Kinh tế']],
    // a known name ("Ban Tổ chức") joined by a dash to the rest of its name
    ['Ban Tổ chức - Kiểm tra chủ trì, phối hợp', ['Ban Tổ chức - Kiểm tra']],
    ['Ban Tuyên giáo - Dân vận Tỉnh ủy hướng dẫn', ['Ban Tuyên giáo - Dân vận Tỉnh ủy']],
    ['Ban Tổ chức - Ban Kinh tế tổng hợp', ['Ban Tổ chức']],
    // a department of a hospital or centre; "Khoa học" is no department
    ['Khoa Dược - Vật tư y tế chuẩn bị vắc xin', ['Khoa Dược - Vật tư y tế']],
    ['Khoa Kiểm soát bệnh tật và Khoa Xét nghiệm phối hợp', ['Khoa Kiểm soát bệnh tật', 'Khoa Xét nghiệm']],
    ['Sở Khoa học và Công nghệ, Khoa Dược báo cáo', ['Sở Khoa học và Công nghệ', 'Khoa Dược']],
    // locality after the name
    ['Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp thống nhất', ['Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp']],
    ['Trưởng các ấp thông báo rộng rãi', ['Trưởng các ấp']],
    // a place name with a head word in it; a new unit after the place
    ['Thuế thành phố Hải Phòng chủ trì', ['Thuế thành phố Hải Phòng']],
    ['Công an tỉnh Lào Cai, Phòng Kinh tế xã phối hợp', ['Công an tỉnh Lào Cai', 'Phòng Kinh tế xã']],
    // compound nouns whose second part is also a verb
    ['Văn phòng Đăng ký đất đai tỉnh chuẩn bị báo cáo', ['Văn phòng Đăng ký đất đai tỉnh']],
    ['Công ty TNHH MTV Khai thác công trình thủy lợi Khánh Hòa rà soát', ['Công ty TNHH MTV Khai thác công trình thủy lợi Khánh Hòa']],
    ['Trung tâm Công nghệ thông tin và Dữ liệu chuẩn bị', ['Trung tâm Công nghệ thông tin và Dữ liệu']],
    ['Ngân hàng Chính sách xã hội chi nhánh thành phố Đà Nẵng bố trí vốn', ['Ngân hàng Chính sách xã hội chi nhánh thành phố Đà Nẵng']],
    ['Các cơ sở giáo dục phổ thông chủ động', ['Các cơ sở giáo dục phổ thông']],
    // restrictive qualifiers of a plural unit (PLURAL_QUALIFIERS), and no more after one
    ['Các cơ quan, đơn vị được giao nhiệm vụ báo cáo kết quả', ['Các cơ quan, đơn vị được giao nhiệm vụ']],
    ['Các sở, ban, ngành là thành viên Ban Chỉ đạo 389 tỉnh, Ủy ban nhân dân các xã căn cứ', ['Các sở, ban, ngành là thành viên Ban Chỉ đạo 389 tỉnh', 'Ủy ban nhân dân các xã']],
    ['Các Tiểu ban của Ban Tổ chức báo cáo tiến độ', ['Các Tiểu ban của Ban Tổ chức']],
    ['Ban Thường vụ các đảng ủy được kiểm tra quan tâm chỉ đạo', ['Ban Thường vụ các đảng ủy được kiểm tra']],
    ['Sở Tài chính được giao chủ trì', ['Sở Tài chính']],
    // "có …" after a plural unit: a feature of the units (HAVE_AS_VERB, HAVE_CLAUSE_GOES_ON)
    ['Các đảng ủy xã, phường có rừng chỉ đạo', ['Các đảng ủy xã, phường có rừng']],
    ['Ủy ban nhân dân các xã có ổ dịch khoanh vùng', ['Ủy ban nhân dân các xã có ổ dịch']],
    ['các chi bộ ấp có dự án đi qua tổ chức sinh hoạt', ['các chi bộ ấp có dự án đi qua']],
    ['Ủy ban nhân dân các xã có trách nhiệm báo cáo', ['Ủy ban nhân dân các xã']],
    ['Các xã có văn bản gửi Sở Nội vụ', ['Các xã']],
    ['Các đơn vị có thể đăng ký trực tuyến', ['Các đơn vị']],
    ['Các sở, ban, ngành tỉnh có nhân sự được giới thiệu ứng cử', ['Các sở, ban, ngành tỉnh']],
    ['Sở Y tế có ổ dịch', ['Sở Y tế']],
    // where the units lie
    ['Ủy ban nhân dân các xã, phường vùng hạ du chủ động vận hành', ['Ủy ban nhân dân các xã, phường vùng hạ du']],
    ['Chủ tịch UBND các xã miền núi rà soát', ['Chủ tịch UBND các xã miền núi']],
    ['UBND các xã miền núi phía Tây rà soát', ['UBND các xã miền núi phía Tây']],
    // heads of schools and newsrooms by title, who need their body after them
    ['Hiệu trưởng các trường THPT, Giám đốc các trung tâm GDNN-GDTX:', ['Hiệu trưởng các trường THPT', 'Giám đốc các trung tâm GDNN-GDTX']],
    ['Tổng Biên tập Báo Nghệ An tăng cường thông tin', ['Tổng Biên tập Báo Nghệ An']],
    ['Hiệu trưởng chỉ đạo giáo viên', []],
    ['Hiệu trưởng các trường mầm non, tiểu học trên địa bàn xã phối hợp', ['Hiệu trưởng các trường mầm non, tiểu học trên địa bàn xã']],
    ['Các trường THCS, THPT trên địa bàn tỉnh tổ chức', ['Các trường THCS, THPT trên địa bàn tỉnh']],
    ['Các sở, UBND các xã triển khai', ['Các sở', 'UBND các xã']],
    // a body of each area or committee; an area's number
    ['Ban Công tác Mặt trận các khu dân cư: tiếp tục tổ chức', ['Ban Công tác Mặt trận các khu dân cư']],
    ['Trung tâm Y tế các khu vực chuẩn bị', ['Trung tâm Y tế các khu vực']],
    ['Ủy ban kiểm tra các đảng ủy được kiểm tra báo cáo', ['Ủy ban kiểm tra các đảng ủy được kiểm tra']],
    ['Trưởng các khu vực rà soát', ['Trưởng các khu vực']],
    // a place whose name holds a head word, at the end of a known name; the Youth Union's committees
    ['Báo và Phát thanh, Truyền hình Hải Phòng định hướng', ['Báo và Phát thanh, Truyền hình Hải Phòng']],
    ['Thành đoàn, Hội Liên hiệp Phụ nữ thành phố vận động', ['Thành đoàn', 'Hội Liên hiệp Phụ nữ thành phố']],
    ['cấp ủy viên phụ trách từng thôn báo cáo', []],
    ['Trưởng các xóm thông báo', ['Trưởng các xóm']],
    ['Ủy ban nhân dân phường Trường Vinh tổ chức', ['Ủy ban nhân dân phường Trường Vinh']],
    ['Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh tham mưu', ['Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh']],
    ['Ủy ban nhân dân các xã, phường còn lại tự kiểm tra', ['Ủy ban nhân dân các xã, phường còn lại']],
    ['Thanh tra Chính phủ chủ trì', ['Thanh tra Chính phủ']],
    ['Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh báo cáo', ['Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ', 'Ủy ban nhân dân các tỉnh']],
    ['Văn phòng Đảng ủy giúp Ban Thường vụ Đảng ủy theo dõi', ['Văn phòng Đảng ủy']],
    // "thuộc X": the owner in capitals (or a known name) and its locality
    ['Các phòng, chi cục, đơn vị thuộc Sở đăng ký nội dung', ['Các phòng, chi cục, đơn vị thuộc Sở']],
    ['Các phòng, ban thuộc Tỉnh đoàn phối hợp', ['Các phòng, ban thuộc Tỉnh đoàn']],
    ['Các đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân tỉnh báo cáo', ['Các đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân tỉnh']],
    ['Chánh Văn phòng HĐND và UBND xã, Trưởng phòng Kinh tế chịu trách nhiệm', ['Chánh Văn phòng HĐND và UBND xã', 'Trưởng phòng Kinh tế']],
    ['khu vực biên giới tổ chức', []],
    ['Ngân hàng Nhà nước Chi nhánh Khu vực 14 chỉ đạo', ['Ngân hàng Nhà nước Chi nhánh Khu vực 14']],
    ['Các sở, ngành: Y tế, Công Thương, Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh:', ['Các sở, ngành: Y tế, Công Thương, Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh']],
    // "cơ bản" (on the whole) ends a name, except in "xây dựng cơ bản"
    ['Ban Thường vụ Thành ủy cơ bản thống nhất với báo cáo', ['Ban Thường vụ Thành ủy']],
    ['Ban Quản lý dự án đầu tư xây dựng cơ bản tỉnh chủ trì', ['Ban Quản lý dự án đầu tư xây dựng cơ bản tỉnh']],
    // an office with its body's head word in lower case; abbreviations glued by a dash
    ['Chánh Văn phòng Ban, Trưởng phòng Quản lý Môi trường và Lao động chịu trách nhiệm', ['Chánh Văn phòng Ban', 'Trưởng phòng Quản lý Môi trường và Lao động']],
    ['Trưởng phòng họp với dân', []],
    ['các Trung tâm GDNN-GDTX thực hiện', ['các Trung tâm GDNN-GDTX']],
    // "cơ quan tham mưu" is a noun; "cụ thể hóa" a predicate
    ['Các cơ quan tham mưu chủ động', ['Các cơ quan tham mưu']],
    ['Ban Xây dựng Đảng cụ thể hóa Chương trình', ['Ban Xây dựng Đảng']],
    ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương báo cáo', ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']],
    // grassroots bodies and locative qualifiers
    ['Chi hội Nông dân thôn phối hợp với Chi đoàn Thanh niên thôn', ['Chi hội Nông dân thôn']],
    ['Các doanh nghiệp trên địa bàn chủ động', ['Các doanh nghiệp trên địa bàn']],
    // party committees carry a collective on after a comma
    ['Các quận ủy, huyện ủy, đảng ủy trực thuộc Thành ủy lãnh đạo', ['Các quận ủy, huyện ủy, đảng ủy trực thuộc Thành ủy']],
    // compound nouns: "Quản lý giao thông", "công trình xây dựng"
    ['Phòng Quản lý giao thông chủ trì, phối hợp', ['Phòng Quản lý giao thông']],
    ['Phòng Quản lý chất lượng công trình xây dựng kiểm tra', ['Phòng Quản lý chất lượng công trình xây dựng']],
    // a village's bodies: the grassroots security team (its name holds a comma), the extension team
    ['Tổ bảo vệ an ninh, trật tự thôn duy trì tuần tra', ['Tổ bảo vệ an ninh, trật tự thôn']],
    ['Tổ khuyến nông xã phòng trừ sâu bệnh trên lúa', ['Tổ khuyến nông xã']],
    // places named in turn are units in turn; a plural locality's list goes on
    ['Thôn Đông Hòa, thôn Tây Hòa, thôn Bình Lợi: chưa gửi', ['Thôn Đông Hòa', 'thôn Tây Hòa', 'thôn Bình Lợi']],
    // a party committee's advisory bodies, whose name holds a comma
    ['Các đảng ủy trực thuộc Thành ủy và các cơ quan tham mưu, giúp việc Thành ủy căn cứ Chương trình', ['Các đảng ủy trực thuộc Thành ủy', 'các cơ quan tham mưu, giúp việc Thành ủy']],
    ['Đoàn Thanh niên trường phát động đợt thi đua', ['Đoàn Thanh niên trường']],
    // a known name after a title, its comma too
    ['Giám đốc Sở Văn hóa, Thể thao và Du lịch chỉ đạo các khu', ['Giám đốc Sở Văn hóa, Thể thao và Du lịch']],
    ['Ban Chỉ đạo họp định kỳ vào ngày 25 hằng tháng', ['Ban Chỉ đạo']],
    // "cử" (send) ends a name; after "bầu" it is the election
    ['Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu cử đúng thành phần', ['Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu']],
    ['Cơ quan thường trực Ủy ban bầu cử tỉnh tổng hợp', ['Cơ quan thường trực Ủy ban bầu cử tỉnh']],
    ['Nhà Văn hóa Thanh thiếu nhi tỉnh tổ chức', ['Nhà Văn hóa Thanh thiếu nhi tỉnh']],
    ['Phòng Giám sát, kiểm tra và xử lý sau thanh tra theo dõi', ['Phòng Giám sát, kiểm tra và xử lý sau thanh tra']],
    // an abbreviation of a field of work is no unit: "và CNCH" goes on with the name
    ['Đội Cảnh sát PCCC và CNCH khu vực 1 phối hợp', ['Đội Cảnh sát PCCC và CNCH khu vực 1']],
    // the role the plural units hold stays in their name
    ['Ủy ban nhân dân các xã, phường là chủ đầu tư tập trung giải phóng mặt bằng', ['Ủy ban nhân dân các xã, phường là chủ đầu tư']],
    ['Thủ trưởng các chủ rừng là tổ chức (Ban quản lý rừng phòng hộ) phát dọn', ['Thủ trưởng các chủ rừng là tổ chức']],
    ['UBND xã Tân Lập, thôn Bản Chang tổ chức', ['UBND xã Tân Lập', 'thôn Bản Chang']],
    // an admissions timeline: candidates and exam boards ("thi" folds like the stop word "thì")
    ['thí sinh trúng tuyển xác nhận nhập học', ['thí sinh trúng tuyển']],
    ['Thí sinh đăng ký dự tuyển trực tuyến', ['Thí sinh']],
    ['các Hội đồng thi tổ chức thi tuyển', ['các Hội đồng thi']],
    // a committee's own boards end with "Đảng ủy"; a school's Young Pioneers; what a school's teams do
    ['Ban Tổ chức Đảng ủy chủ trì, phối hợp', ['Ban Tổ chức Đảng ủy']],
    ['Ban Tuyên giáo và Dân vận Đảng ủy, Văn phòng Đảng ủy tham mưu', ['Ban Tuyên giáo và Dân vận Đảng ủy', 'Văn phòng Đảng ủy']],
    ['Liên đội, Chi đội 9A tổ chức Hội chợ Xuân', ['Liên đội', 'Chi đội 9A']],
    ['Tổ Khoa học xã hội bồi dưỡng đội tuyển học sinh giỏi', ['Tổ Khoa học xã hội']],
    ['Văn phòng Đảng ủy sao gửi Thông báo này', ['Văn phòng Đảng ủy']],
    // a known name whose full name goes on after "và"; a consultancy's trade
    ['Phòng Kinh tế và Hạ tầng chủ trì, phối hợp', ['Phòng Kinh tế và Hạ tầng']],
    ['Phòng Kinh tế và Ủy ban nhân dân xã phối hợp', ['Phòng Kinh tế', 'Ủy ban nhân dân xã']],
    ['Công ty Cổ phần Tư vấn xây dựng Hùng Vương rà soát hồ sơ', ['Công ty Cổ phần Tư vấn xây dựng Hùng Vương']],
    // the work units were given is part of which units are meant, up to the sentence's verb
    ['Các đơn vị được phân công tham luận (Ủy ban nhân dân phường Trấn Biên) gửi nội dung', ['Các đơn vị được phân công tham luận']],
    ['Các cơ quan được phân công chuẩn bị nội dung gửi tài liệu cuộc họp', ['Các cơ quan được phân công chuẩn bị nội dung']],
    // "đăng ký" ends a name in lower case, except in the land registry's own name
    ['Chi nhánh Văn phòng đăng ký đất đai phối hợp', ['Chi nhánh Văn phòng đăng ký đất đai']],
    // after "các thôn:" a verb opens the work; after "các Sở:" the bodies' fields follow
    ['Trưởng các thôn: Rà soát, lập danh sách hộ dân', ['Trưởng các thôn']],
    ['Giám đốc các Sở: Xây dựng, Công Thương chỉ đạo', ['Giám đốc các Sở: Xây dựng, Công Thương']],
    // a party body's own organisations
    ['Các cấp ủy, tổ chức đảng, cơ quan, đơn vị trong Đảng bộ tỉnh chịu trách nhiệm thi hành', ['Các cấp ủy, tổ chức đảng, cơ quan, đơn vị trong Đảng bộ tỉnh']],
    // a police department named by its field, in lower case
    ['Phòng Cảnh sát quản lý hành chính về trật tự xã hội chủ trì, phối hợp', ['Phòng Cảnh sát quản lý hành chính về trật tự xã hội']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(readUnitList(text, 0).map((u) => u.name)).toEqual(expected);
  });

  const none = [
    'Tổ chức tiếp nhận, quản lý hồ sơ',
    'Khoa học và công nghệ là động lực phát triển',
    'giáo viên cốt cán được bồi dưỡng',
    'khoa học công nghệ được ứng dụng',
    'Ban hành kèm theo Quyết định này',
    'Báo cáo tiến độ giải ngân về Sở Tài chính',
    'Bí thư cấp ủy, trưởng ban chỉ đạo bầu cử trực tiếp lãnh đạo',
    'Thường xuyên kiểm tra, rà soát danh sách cử tri',
    'Số lượng đại biểu được bầu',
    'Báo cáo tiến độ về Sở Tài chính',
  ];
  it.each(none)('no unit at the start of %s', (text) => {
    expect(readUnitList(text, 0)).toEqual([]);
  });
});

describe('unitsOf: lead, support and assignees of an item', () => {
  it('reads "X chủ trì, phối hợp với Y"', () => {
    const u = unitsOf('Sở Tài chính chủ trì, phối hợp với Sở Nội vụ thẩm định, trình UBND tỉnh phân bổ kinh phí');
    expect(u.lead).toEqual(['Sở Tài chính']);
    expect(u.support).toEqual(['Sở Nội vụ']);
  });
  it.each([
    // the party committee leads the body, which hands the work on to the unit that chủ trì
    ['Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh chỉ đạo Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tổng hợp, đánh giá', ['Sở Nội vụ']],
    // a heading that is a unit's name, over the work it does
    ['Phòng Chính trị\nChủ trì, phối hợp với Tỉnh đoàn đẩy mạnh tuyên truyền', ['Phòng Chính trị']],
    // a body that hands the work to a person leads nothing
    ['Chi bộ giao đ/c Bí thư phối hợp với Ban công tác Mặt trận khu phố tổ chức thăm, tặng quà', []],
    // … and without a unit that chủ trì, the work stays the committee's
    ['Đảng ủy Công an tỉnh lãnh đạo Công an tỉnh chỉ đạo Công an các xã chủ động nắm tình hình', ['Đảng ủy Công an tỉnh']],
  ])('follows the work handed on: %s', (text, lead) => {
    expect(unitsOf(text).lead).toEqual(lead);
  });
  it.each([
    ['Sở Công Thương chủ trì, phối hợp với Phòng Kế hoạch - Tài chính hoàn chỉnh dự thảo Kế hoạch bình ổn thị trường', 'Phòng Kế hoạch - Tài chính'],
    ['UBND thành phố chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng khu vực thành phố đẩy nhanh tiến độ giải phóng mặt bằng', 'Ban Quản lý dự án đầu tư xây dựng khu vực thành phố'],
  ])('ends the supporting unit where the predicate begins: %s', (text, support) => {
    expect(unitsOf(text).support).toEqual([support]);
  });
  it.each([
    ['Đảng ủy Quân sự thành phố chỉ đạo Bộ Chỉ huy Quân sự thành phố chủ trì, phối hợp với Công an thành phố xây dựng phương án', ['Bộ Chỉ huy Quân sự thành phố']],
    ['Ủy ban nhân dân tỉnh giao Sở Tư pháp chủ trì, phối hợp với các sở rà soát', ['Sở Tư pháp']],
    // no "chủ trì" after the directed unit: the subject keeps the work
    ['Sở Công Thương chỉ đạo Chi cục Quản lý thị trường tỉnh kiểm tra các cơ sở', ['Sở Công Thương']],
  ])('a subject that hands the work on to a unit that chủ trì: %s', (text, lead) => {
    expect(unitsOf(text).lead).toEqual(lead);
  });
  it.each([
    ['Tổ chức gặp mặt kỷ niệm. Ban công tác Mặt trận thôn chủ trì, các chi hội, chi đoàn phối hợp.', ['Ban công tác Mặt trận thôn'], ['các chi hội, chi đoàn']],
    ['Sở Y tế chủ trì, Sở Tài chính, Công an tỉnh phối hợp.', ['Sở Y tế'], ['Sở Tài chính', 'Công an tỉnh']],
    // a schedule line's closing sentence names who does it
    ['Sinh hoạt chuyên đề quý II; tổ chức các hoạt động kỷ niệm. Chi ủy thực hiện.', ['Chi ủy'], []],
    ['Đảng viên gương mẫu tham gia phòng, chống thiên tai; Trưởng thôn kiện toàn đội xung kích của thôn.', ['Trưởng thôn'], []],
    // "lãnh đạo" in lower case after ";" is the verb, not a unit's leadership
    ['Đảng ủy các xã, phường căn cứ Chương trình xây dựng kế hoạch; lãnh đạo Ủy ban nhân dân cùng cấp bố trí quỹ đất.', ['Đảng ủy các xã, phường'], []],
  ])('reads who leads and who helps from a clause at the end: %s', (text, lead, support) => {
    const u = unitsOf(text);
    expect(u.lead).toEqual(lead);
    expect(u.support).toEqual(support);
  });
  it.each([
    ['Về công tác xây dựng Đảng: Ban Thường vụ nhận thấy chất lượng sinh hoạt của một số chi bộ chưa cao.'],
    ['Về công tác tuyên truyền: Ban Thường vụ đánh giá cao sự chủ động của các chi bộ.'],
  ])('a topic label, then the conclusion\'s own judgement, names no lead: %s', (text) => {
    expect(unitsOf(text).lead).toEqual([]);
  });
  it('a topic label, then a unit that acts, names the lead', () => {
    expect(unitsOf('Về công tác xây dựng Đảng: Ban Xây dựng Đảng hướng dẫn các chi bộ đổi mới nội dung sinh hoạt.').lead).toEqual(['Ban Xây dựng Đảng']);
  });
  it('adds the named subject of a later sentence, not "các cơ quan trên" nor a helper', () => {
    const u = unitsOf(
      'Đề nghị Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo triển khai phương án. Đảng ủy Quân sự tỉnh, Đảng ủy Công an tỉnh chỉ đạo lực lượng sẵn sàng. Các cơ quan trên báo cáo hằng tuần. Sở Tài chính phối hợp bố trí kinh phí.',
    );
    expect(u.lead).toEqual(['Đảng ủy Ủy ban nhân dân tỉnh', 'Đảng ủy Quân sự tỉnh', 'Đảng ủy Công an tỉnh']);
  });
  it('reads a plural heading with its relative clause before the colon, and named communes', () => {
    expect(unitsOf('Các cơ quan, đơn vị đã gửi báo cáo nhưng số liệu chưa khớp đúng (danh sách tại Phụ biểu): phối hợp với Kho bạc').lead).toEqual([
      'Các cơ quan, đơn vị đã gửi báo cáo nhưng số liệu chưa khớp đúng',
    ]);
    expect(unitsOf('Các chủ đầu tư có dự án sử dụng vốn đầu tư công năm 2026: rà soát').lead).toEqual(['Các chủ đầu tư có dự án sử dụng vốn đầu tư công năm 2026']);
    expect(unitsOf('Các sở, ngành có trách nhiệm: rà soát').lead).toEqual(['Các sở, ngành']);
    expect(unitsOf('Sở Y tế và Ủy ban nhân dân các xã Phú Lạc, Đại Phúc, Yên Trạch (các đơn vị chưa gửi báo cáo): khẩn trương hoàn thiện').lead).toEqual([
      'Sở Y tế',
      'Ủy ban nhân dân các xã Phú Lạc, Đại Phúc, Yên Trạch',
    ]);
  });
  it('reads whom a tax notice addresses: "Đối với người nộp thuế khai thuế theo quý:", "Hộ kinh doanh, cá nhân kinh doanh"', () => {
    expect(unitsOf('Đối với người nộp thuế khai thuế theo quý: nộp hồ sơ khai thuế chậm nhất là ngày cuối cùng').lead).toEqual(['người nộp thuế khai thuế theo quý']);
    expect(unitsOf('Hộ kinh doanh, cá nhân kinh doanh rà soát, cập nhật thông tin đăng ký thuế').lead).toEqual(['Hộ kinh doanh', 'cá nhân kinh doanh']);
    expect(unitsOf('Người nộp thuế thu nhập doanh nghiệp: nộp hồ sơ quyết toán').lead).toEqual(['Người nộp thuế thu nhập doanh nghiệp']);
  });
  it('"hồ sơ đề nghị X khen thưởng" is a noun, not a request addressed to X', () => {
    expect(unitsOf('Tổ chức bình xét thi đua công khai; hồ sơ đề nghị Chủ tịch Ủy ban nhân dân tỉnh khen thưởng gửi trước ngày 05/12/2026.').lead).toEqual([]);
    expect(unitsOf('Các đơn vị gửi văn bản đề nghị Sở Tài chính thẩm định.').lead).not.toContain('Sở Tài chính');
  });
  it('reads the subject of the sentence under a heading line ("4. Tổ chức thực hiện" ⏎ "Văn phòng … theo dõi")', () => {
    expect(unitsOf('Tổ chức thực hiện\nVăn phòng HĐND và UBND xã theo dõi, đôn đốc các cơ quan, đơn vị thực hiện các nội dung trên.').lead).toEqual(['Văn phòng HĐND và UBND xã']);
    // a cue later in the item still wins over an approving body under the heading
    expect(unitsOf('Về đề nghị hỗ trợ kinh phí\nThường trực Tỉnh ủy đồng ý về chủ trương.\nGiao Văn phòng Tỉnh ủy phối hợp với Sở Tài chính thẩm định.').lead).toEqual(['Văn phòng Tỉnh ủy']);
  });
  it('does not take a later sentence that says whom a unit answers to', () => {
    const text = 'Chủ tịch Ủy ban nhân dân các xã Triệu Phong, Ái Tử bố trí lực lượng chốt chặn. Chủ tịch Ủy ban nhân dân xã chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu để tái diễn.';
    expect(unitsOf(text).lead).toEqual(['Chủ tịch Ủy ban nhân dân các xã Triệu Phong, Ái Tử']);
    // "chịu trách nhiệm trước ngày …" is a limit, and the sentence still assigns
    expect(unitsOf('Sở Y tế chủ trì. Sở Tài chính chịu trách nhiệm trước ngày 15/3 bố trí kinh phí.').lead).toEqual(['Sở Y tế', 'Sở Tài chính']);
  });
  it('takes the subject of a clause after ";", in capitals or not, before a doer\'s predicate', () => {
    expect(unitsOf('Trưởng thôn phối hợp với Chi đoàn thanh niên vận động nhân dân; Tổ an ninh trật tự tuần tra vào tối thứ 7 hàng tuần.').lead).toEqual(['Trưởng thôn', 'Tổ an ninh trật tự']);
    expect(unitsOf('Ban công tác mặt trận thôn tổ chức ngày hội; chi ủy chuẩn bị kiểm điểm đánh giá xếp loại đảng viên.').lead).toEqual(['Ban công tác mặt trận thôn', 'chi ủy']);
    // a helper after ";" is still no lead
    expect(unitsOf('Sở Y tế chủ trì; Sở Tài chính phối hợp bố trí kinh phí.').lead).toEqual(['Sở Y tế']);
  });
  it('takes the named subject of a later sentence when the first names nobody', () => {
    expect(unitsOf('Quán triệt Nghị quyết đến toàn thể đảng viên. Chi ủy chuẩn bị nội dung, đồng chí Bí thư trực tiếp quán triệt.').lead).toEqual(['Chi ủy']);
    expect(unitsOf('Quán triệt Nghị quyết. Các đồng chí đảng viên chuẩn bị ý kiến.').lead).toEqual([]);
  });
  it('reads "Chỉ đạo X chủ trì" when X has a comma in its name', () => {
    const u = unitsOf('Chỉ đạo Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Công an tỉnh xây dựng Bộ quy tắc');
    expect(u.lead).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(u.support).toEqual(['Công an tỉnh']);
  });
  it('reads "Giao X" and "Yêu cầu X"', () => {
    expect(unitsOf('Giao Công an tỉnh chỉ đạo Công an các xã bảo đảm an ninh').lead).toEqual(['Công an tỉnh']);
    expect(unitsOf('Yêu cầu các chủ đầu tư:').lead).toEqual(['các chủ đầu tư']);
  });
  it('reads "X: …" and a topic label before the unit', () => {
    expect(unitsOf('Tổ nhân sự và giải quyết khiếu nại, tố cáo: Chủ trì phối hợp với Công an tỉnh thẩm định').lead).toEqual([
      'Tổ nhân sự và giải quyết khiếu nại, tố cáo',
    ]);
    expect(unitsOf('Bảo đảm kinh phí, cơ sở vật chất: Phòng Kinh tế tham mưu bố trí kinh phí').lead).toEqual(['Phòng Kinh tế']);
  });
  it('reads every addressee of "Giao X …; giao Y …" in one item', () => {
    const u = unitsOf(
      'Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh hoàn thiện kịch bản; giao Sở Tài chính thẩm định dự toán; giao Sở Nội vụ tham mưu khen thưởng.',
    );
    expect(u.lead).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Sở Tài chính', 'Sở Nội vụ']);
    expect(u.support).toEqual(['Văn phòng Ủy ban nhân dân tỉnh']);
    // Not when the item did not open with a directive: the subject leads alone.
    expect(unitsOf('Sở Y tế bố trí tổ cấp cứu; giao ban hằng tuần với các đơn vị.').lead).toEqual(['Sở Y tế']);
  });
  it('reads "giao X" inside a sentence', () => {
    expect(unitsOf('Nhất trí thông qua Nghị quyết, giao Cơ quan thường trực UBBC ban hành văn bản').lead).toEqual([
      'Cơ quan thường trực UBBC',
    ]);
  });
  it('reads named people after an assignment cue, and not in a hand-over', () => {
    const u = unitsOf(
      'Giao đồng chí Loan Văn Toàn - Trưởng Ban Thi đua - Khen thưởng bàn giao công việc cho đồng chí Trần Đại Nghĩa - Phó Trưởng Ban.',
    );
    expect(u.lead).toEqual([]);
    expect(u.assignees).toEqual([{ name: 'Loan Văn Toàn', title: 'Trưởng Ban Thi đua - Khen thưởng' }]);
  });
  it('ignores headings in capitals', () => {
    expect(unitsOf('ĐỐI VỚI CÁC NỘI DUNG KIẾN NGHỊ, ĐỀ XUẤT')).toMatchObject({ lead: [], support: [], assignees: [] });
  });
  it('reads "Đối với X:" as addressed to X, qualifier kept', () => {
    expect(unitsOf('Đối với Ủy ban nhân dân các xã, phường:').lead).toEqual(['Ủy ban nhân dân các xã, phường']);
    expect(unitsOf('Đối với Ủy ban bầu cử các xã, phường có khu vực bỏ phiếu sớm:').lead).toEqual([
      'Ủy ban bầu cử các xã, phường có khu vực bỏ phiếu sớm',
    ]);
    expect(unitsOf('Đối với các nội dung chưa thống nhất: tiếp tục rà soát').lead).toEqual([]);
  });
  it('reads a heading "Đối với X" without a colon as addressed to X', () => {
    expect(unitsOf('Đối với các trường THPT').lead).toEqual(['các trường THPT']);
    expect(unitsOf('Đối với các nội dung chưa thống nhất').lead).toEqual([]);
  });
  it('reads the subject after a leading adverbial clause', () => {
    expect(unitsOf('Trong ngày bầu cử, Ủy ban bầu cử các xã, phường báo cáo nhanh tỷ lệ cử tri đi bầu').lead).toEqual([
      'Ủy ban bầu cử các xã, phường',
    ]);
    expect(unitsOf('Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Sở Nội vụ').lead).toEqual([
      'các cơ quan, đơn vị',
    ]);
  });
  it('reads support after "phối hợp" without "với" only when it is written as a unit', () => {
    expect(unitsOf('Tuyên truyền, vận động Nhân dân; phối hợp tổ chức hội nghị tiếp xúc cử tri').support).toEqual([]);
    expect(unitsOf('Sở Y tế chủ trì, phối hợp các sở, ngành liên quan kiểm tra').support).toEqual(['các sở, ngành liên quan']);
  });
  it.each([
    ['Về chủ trương đầu tư đê bao: Ban Thường vụ Đảng ủy xã thống nhất chủ trương; giao Ủy ban nhân dân xã hoàn chỉnh hồ sơ.', ['Ủy ban nhân dân xã']],
    ['Về sắp xếp chợ: Ban Thường vụ Đảng ủy xã giao Ủy ban nhân dân xã chủ trì, phối hợp với Công an xã xây dựng phương án.', ['Ủy ban nhân dân xã']],
    ['Ban Thường vụ Đảng ủy xã thống nhất chủ trương; giao Ủy ban nhân dân xã hoàn chỉnh hồ sơ.', ['Ủy ban nhân dân xã']],
    // "giao ban" is a meeting, not a handing on
    ['Thường trực Tỉnh Hội giao ban trực tuyến với Chủ tịch Hội Cựu chiến binh các xã, phường hằng tháng.', ['Thường trực Tỉnh Hội']],
  ])('a deciding body that hands the work on: %s', (text, lead) => {
    expect(unitsOf(text).lead).toEqual(lead);
  });
  it.each([
    ['Riêng Ủy ban nhân dân đặc khu Cô Tô, do việc vận chuyển phụ thuộc lịch tàu, gửi hồ sơ trước ngày 27/12/2027.', ['Ủy ban nhân dân đặc khu Cô Tô']],
    ['Các cơ quan, đơn vị sử dụng ngân sách nhà nước rà soát các khoản chi.', ['Các cơ quan, đơn vị sử dụng ngân sách nhà nước']],
  ])('reads the subject of %s', (text, lead) => {
    expect(unitsOf(text).lead).toEqual(lead);
  });
  it('reads "hiệp đồng với X" (acting together, the armed forces\' word) as support', () => {
    const found = unitsOf('Đồn Biên phòng Phú Quý hiệp đồng với Ban Chỉ huy Quân sự đặc khu bảo vệ khu vực thực binh');
    expect([found.lead, found.support]).toEqual([['Đồn Biên phòng Phú Quý'], ['Ban Chỉ huy Quân sự đặc khu']]);
  });
  it('marks an item addressed to people ("Yêu cầu các đồng chí …", "Các đồng chí Ủy viên … kiểm tra")', () => {
    expect(unitsOf('Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy được phân công phụ trách địa bàn trực tiếp kiểm tra, đôn đốc').addressed).toBe(true);
    expect(unitsOf('Các cấp ủy, tổ chức đảng tổ chức quán triệt').addressed).toBe(false);
    expect(unitsOf('Trong ngày bầu cử (15/3/2026): Yêu cầu các đồng chí Ủy viên Ban Chấp hành phải trực tiếp đi kiểm tra').addressed).toBe(true);
    expect(unitsOf('Cử cán bộ, bố trí phương tiện đến Sở Nội vụ tiếp nhận phiếu bầu').addressed).toBe(false);
  });
  it('reads the addressee of an introduction that ends in ":"', () => {
    expect(addresseesOfIntro('Sở Nội vụ (cơ quan thường trực Ủy ban bầu cử thành phố) đề nghị Ủy ban bầu cử các xã, phường thực hiện một số nội dung sau:')).toEqual([
      'Ủy ban bầu cử các xã, phường',
    ]);
    expect(addresseesOfIntro('Ban Thường vụ Đảng ủy phường đề nghị các chi bộ thực hiện tốt một số nội dung sau:')).toEqual(['các chi bộ']);
    expect(addresseesOfIntro('Ban Thường vụ Đảng ủy yêu cầu:')).toEqual([]);
    expect(addresseesOfIntro('Sở Nội vụ đề nghị Ủy ban bầu cử các xã, phường thực hiện.')).toEqual([]);
  });
  it('splits table cells into units', () => {
    expect(unitsOfCell('Sở Nội vụ; Sở Tư pháp')).toEqual(['Sở Nội vụ', 'Sở Tư pháp']);
    expect(unitsOfCell('Các sở, ban, ngành tỉnh')).toEqual(['Các sở, ban, ngành tỉnh']);
    // a <br> in a pandoc cell is left as a run of spaces: it parts two names as ";" does
    expect(unitsOfCell('Phòng Kinh tế    Công an xã')).toEqual(['Phòng Kinh tế', 'Công an xã']);
    expect(unitsOfCell('Trung tâm Kiểm    soát bệnh tật')).toEqual(['Trung tâm Kiểm soát bệnh tật']);
    // a schedule's "Chủ trì" cell naming a person gives no unit
    expect(unitsOfCell('Đ/c Chủ tịch UBND xã')).toEqual([]);
    expect(unitsOfCell('Đ/c Trần Thị Hạnh, PCT UBND xã; Phòng Văn hóa - Xã hội')).toEqual(['Phòng Văn hóa - Xã hội']);
  });
});

describe('readAssignee', () => {
  it('reads name and title', () => {
    expect(readAssignee('đồng chí Lê Đình Tuyên - Phó Giám đốc Sở, Tổ trưởng Tổ giúp việc chủ trì giao ban', 0)?.assignee).toEqual({
      name: 'Lê Đình Tuyên',
      title: 'Phó Giám đốc Sở, Tổ trưởng Tổ giúp việc',
    });
  });
  it('rejects a role written like a name', () => {
    expect(readAssignee('các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh', 4)).toBeNull();
  });
});

describe('unitMatches (--unit)', () => {
  const cases: Array<[string, string, boolean]> = [
    ['so noi vu', 'Sở Nội vụ', true],
    ['Sở Nội vụ', 'Sở Nội vụ (cơ quan thường trực)', true],
    ['noi vu', 'Sở Nội vụ', true],
    ['UBND tỉnh', 'Ủy ban nhân dân tỉnh', true],
    ['ubnd tinh', 'Ủy ban nhân dân tỉnh Lào Cai', true],
    ['UBND tỉnh', 'Đảng ủy Ủy ban nhân dân tỉnh', false],
    ['Sở KH&CN', 'Sở Khoa học và Công nghệ', true],
    ['so tai chinh', 'Sở Nội vụ', false],
    ['Uỷ ban nhân dân tỉnh', 'UBND tỉnh', true],
    ['MTTQ', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', false],
    ['uy ban mttq', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', true],
    ['', 'Sở Nội vụ', false],
  ];
  it.each(cases)('%s ~ %s → %s', (q, u, expected) => {
    expect(unitMatches(q, u)).toBe(expected);
  });
});

describe('rolesOfCell: a unit cell naming who leads and who helps', () => {
  it.each([
    ['Ban Phong trào chủ trì; Văn phòng Tỉnh đoàn, Đoàn xã Gia Viễn phối hợp', { lead: ['Ban Phong trào'], support: ['Văn phòng Tỉnh đoàn', 'Đoàn xã Gia Viễn'] }],
    ['Sở Y tế chủ trì, phối hợp với Công an tỉnh', { lead: ['Sở Y tế'], support: ['Công an tỉnh'] }],
    ['Văn phòng Tỉnh đoàn (chủ trì), Ban Phong trào (phối hợp)', { lead: ['Văn phòng Tỉnh đoàn'], support: ['Ban Phong trào'] }],
    ['Chủ trì: Sở Tài chính; Phối hợp: Sở Xây dựng, UBND các xã', { lead: ['Sở Tài chính'], support: ['Sở Xây dựng', 'UBND các xã'] }],
    ['Phòng Kinh tế chủ trì', { lead: ['Phòng Kinh tế'], support: [] }],
    ['Sở Nội vụ, Sở Tài chính', null],
  ])('%s', (cell, roles) => {
    expect(rolesOfCell(cell)).toEqual(roles);
  });
});
