import { describe, expect, it } from 'vitest';
import { nameCase, sentenceCase } from '../../src/rules/vi/names.js';

describe('sentenceCase', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN TỈNH LÀO CAI', 'Ủy ban nhân dân tỉnh Lào Cai'],
    ['SỞ NỘI VỤ', 'Sở Nội vụ'],
    ['UBND TỈNH ĐỒNG THÁP', 'UBND tỉnh Đồng Tháp'],
    // a place named by two joined by a dash; the city whose name has "Thành phố" in it
    ['ĐẢNG ỦY PHƯỜNG XUÂN HƯƠNG - ĐÀ LẠT', 'Đảng ủy phường Xuân Hương - Đà Lạt'],
    ['THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH', 'Thành ủy Thành phố Hồ Chí Minh'],
    // a hospital's department; the army's and the tax offices' own bodies
    ['CHI BỘ KHOA HỒI SỨC TÍCH CỰC - CHỐNG ĐỘC', 'Chi bộ Khoa Hồi sức tích cực - Chống độc'],
    ['BỆNH VIỆN ĐA KHOA TỈNH', 'Bệnh viện Đa khoa tỉnh'],
    ['ĐẢNG ỦY QUÂN SỰ TỈNH', 'Đảng ủy Quân sự tỉnh'],
    ['THUẾ CƠ SỞ 3 TỈNH AN GIANG', 'Thuế cơ sở 3 tỉnh An Giang'],
    ['ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG', 'Ủy ban nhân dân thành phố Hải Phòng'],
    // letters that are no Vietnamese syllable are an abbreviation and keep their capitals
    ['BAN CHỈ ĐẠO CHỐNG KHAI THÁC IUU TỈNH', 'Ban Chỉ đạo chống khai thác IUU tỉnh'],
    ['TỔ CÔNG TÁC OCOP XÃ VÂN HỒ', 'Tổ công tác OCOP xã Vân Hồ'],
    // a village's name after "thôn", "ấp", "khu phố", "tổ dân phố"
    ['CHI BỘ THÔN ĐỒNG CHÙA', 'Chi bộ thôn Đồng Chùa'],
    ['CHI BỘ KHU PHỐ 3', 'Chi bộ khu phố 3'],
    // a word that folds to a locality word is not one ("quản" is not "quận")
    ['BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP', 'Ban Quản lý các khu công nghiệp'],
    ['BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH', 'Ban Quản lý dự án đầu tư xây dựng tỉnh'],
    // a head cased by the phrase table opens the specific name; one inside a phrase does not
    ['TRUNG TÂM KIỂM SOÁT BỆNH TẬT', 'Trung tâm Kiểm soát bệnh tật'],
    ['ĐẢNG BỘ TỈNH LAI CHÂU', 'Đảng bộ tỉnh Lai Châu'],
    // names with a dash, a comma or several capitals; the Youth Union's committees
    ['PHÒNG VĂN HÓA - XÃ HỘI', 'Phòng Văn hóa - Xã hội'],
    ['PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ', 'Phòng Kinh tế, Hạ tầng và Đô thị'],
    ['BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'Bộ Nông nghiệp và Môi trường'],
    ['ỦY BAN MTTQ VIỆT NAM PHƯỜNG THANH KHÊ', 'Ủy ban MTTQ Việt Nam phường Thanh Khê'],
    ['BCH ĐOÀN TỈNH NINH BÌNH', 'BCH Đoàn tỉnh Ninh Bình'],
    ['TM. BAN THƯỜNG VỤ TỈNH ĐOÀN', 'TM. Ban Thường vụ Tỉnh đoàn'],
    ['ỦY BAN NHÂN DÂN XÃ HỘI AN', 'Ủy ban nhân dân xã Hội An'],
    // a school's own name after its kind; the armed forces; the tax offices of 2025
    ['TRƯỜNG THPT NGUYỄN DU', 'Trường THPT Nguyễn Du'],
    ['CHI BỘ TRƯỜNG THCS HƯNG ĐẠO', 'Chi bộ Trường THCS Hưng Đạo'],
    ['BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA TỈNH', 'Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh'],
    ['HỘI ĐỒNG GIÁO DỤC QUỐC PHÒNG VÀ AN NINH', 'Hội đồng Giáo dục quốc phòng và an ninh'],
    ['HỘI ĐỒNG THI', 'Hội đồng thi'],
    ['BỆNH VIỆN ĐA KHOA TỈNH', 'Bệnh viện Đa khoa tỉnh'],
    // a Central Highlands place in capitals that are no Vietnamese syllables
    ['ỦY BAN NHÂN DÂN XÃ EA KAR', 'Ủy ban nhân dân xã Ea Kar'],
    ['UBND HUYỆN KRÔNG PẮC', 'UBND huyện Krông Pắc'],
    ['SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'Sở Nông nghiệp và Môi trường'],
    ['SỞ GD&ĐT HƯNG YÊN', 'Sở GD&ĐT Hưng Yên'],
    ['PHÒNG GD&ĐT HUYỆN KIM ĐỘNG', 'Phòng GD&ĐT huyện Kim Động'],
    ['BỘ TƯ LỆNH QUÂN KHU 5', 'Bộ Tư lệnh Quân khu 5'],
    ['PHÓ CHỈ HUY TRƯỞNG - THAM MƯU TRƯỞNG', 'Phó Chỉ huy trưởng - Tham mưu trưởng'],
    ['PHÓ HIỆU TRƯỞNG', 'Phó Hiệu trưởng'],
    ['TRƯỞNG THUẾ TỈNH', 'Trưởng Thuế tỉnh'],
    ['THUẾ TỈNH NINH BÌNH', 'Thuế tỉnh Ninh Bình'],
    ['PHÓ THỦ TƯỚNG', 'Phó Thủ tướng'],
    // a Roman numeral stays one; a lone "I" only after a word that counts
    ['KHO BẠC NHÀ NƯỚC KHU VỰC V', 'Kho bạc Nhà nước khu vực V'],
    ['ĐƠN VỊ DỰ TOÁN CẤP I', 'Đơn vị dự toán cấp I'],
    ['PHÓ CHỦ NHIỆM THƯỜNG TRỰC', 'Phó Chủ nhiệm Thường trực'],
  ])('%s → %s', (text, expected) => {
    expect(sentenceCase(text)).toBe(expected);
  });
});

describe('nameCase', () => {
  it('title-cases a name in capitals and keeps a mixed-case one', () => {
    expect(nameCase('NGUYỄN TUẤN ANH')).toBe('Nguyễn Tuấn Anh');
    expect(nameCase('Nguyễn Tuấn Anh')).toBe('Nguyễn Tuấn Anh');
  });
});
