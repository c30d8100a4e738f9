/** Words that announce a person in Vietnamese news: officer ranks, state/party/military roles, honorifics. */

/** The twelve officer ranks, general grades first, plus the naval flag ranks (longest forms first where they overlap). */
export const RANKS: readonly string[] = [
  "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng",
  "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
  "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy",
  "Chuẩn Đô đốc", "Phó Đô đốc", "Đô đốc",
  // Common older spellings with "uý" and the bare "Tướng" used for foreign generals.
  "Đại uý", "Thượng uý", "Trung uý", "Thiếu uý", "Tướng",
  // Cambodia's five-star rank, as Vietnamese press writes it.
  "Thống tướng",
  // Non-commissioned ranks, for soldiers who are quoted.
  "Thượng sĩ", "Trung sĩ", "Hạ sĩ", "Binh nhất", "Binh nhì",
  // Misspellings seen on real pages ("Thượng thướng"): a typo in the rank must not hide the name after it.
  "Đại thướng", "Thượng thướng", "Trung thướng", "Thiếu thướng", "Đại tuớng", "Thượng tuớng", "Trung tuớng", "Thiếu tuớng",
  "Thương tá", "Thiếu tả", "Đai tá", "Thựơng tá",
];

/**
 * Role heads: a title phrase starts with one of these, optionally after "Phó" (deputy) and
 * is followed by the body it belongs to ("Thứ trưởng Bộ Quốc phòng Canada").
 */
export const ROLE_HEADS: readonly string[] = [
  "Tổng Bí thư", "Bí thư", "Chủ tịch nước", "Chủ tịch", "Thủ tướng", "Tổng thống", "Quốc vương", "Nhà vua",
  "Bộ trưởng", "Thứ trưởng", "Quốc vụ khanh", "Quốc Vụ khanh", "Tổng Tham mưu trưởng", "Tham mưu trưởng",
  "Tổng Tư lệnh", "Tư lệnh", "Chính ủy", "Chính uỷ", "Chủ nhiệm", "Tổng cục trưởng", "Cục trưởng",
  "Vụ trưởng", "Viện trưởng", "Giám đốc", "Hiệu trưởng", "Chỉ huy trưởng", "Đồn trưởng", "Sư đoàn trưởng",
  "Trưởng ban", "Trưởng phòng", "Trưởng đoàn", "trưởng đoàn", "Trưởng Đoàn", "Phó trưởng đoàn",
  "Đại sứ", "Tổng Lãnh sự", "Lãnh sự", "Tùy viên", "Tuỳ viên", "Ủy viên", "Uỷ viên", "Chủ nhiệm Ủy ban",
  "Người phát ngôn", "Tổng Thư ký", "Thư ký", "Chánh Văn phòng", "Trợ lý", "Cố vấn", "Đại biểu Quốc hội",
  "Bí thư Tỉnh ủy", "Bí thư Thành ủy", "Chủ tịch UBND", "Chỉ huy", "Trung đoàn trưởng", "Lữ đoàn trưởng",
  "Trạm trưởng", "Đội trưởng", "Tiểu đoàn trưởng", "Đại đội trưởng", "Trung đội trưởng", "Hạm trưởng", "Thuyền trưởng",
  "Thường vụ Tỉnh ủy", "Thường vụ Thành ủy", "Thường vụ Huyện ủy", "Thường vụ Đảng ủy", "Trưởng đại diện", "Trưởng Đại diện",
  "Tổng Giám đốc", "Chánh án", "Chánh Thanh tra", "Thống đốc", "Tỉnh trưởng", "Đại biện", "Trưởng Công an", "Trưởng Cơ quan",
  "Tổng Chỉ huy", "Tổng cục Trưởng", "Phó trưởng ban", "Trưởng khoa", "Chuyên gia", "Tổng Lãnh sự quán",
  // Unit and command posts; a unit's deputy is often written with a trailing "phó" ("Đồn phó", "Chính trị viên phó").
  "Chính trị viên", "Chính trị viên phó", "Đồn phó", "Trạm phó", "Đội phó", "Chỉ huy phó", "Hiệu phó", "Viện phó",
  "Sư đoàn phó", "Lữ đoàn phó", "Trung đoàn phó", "Tiểu đoàn phó", "Đại đội phó", "Hạm phó", "Thuyền phó",
  "Tham mưu phó", "Tùy viên Quốc phòng", "Tuỳ viên Quốc phòng", "Tùy viên quân sự", "Tuỳ viên quân sự", "Phó Chỉ huy trưởng",
  "Tiến sĩ", "Giáo sư", "Phó Giáo sư", "TS", "PGS.TS", "GS.TS", "Thạc sĩ",
  // Academic titles abbreviated alone or paired ("GS. Hiroshi Tanaka", "GS.VS. Jean-Luc Martin", "ThS. Lê Văn A").
  "GS", "PGS", "GS.VS", "GS.TSKH", "PGS.TSKH", "TSKH", "ThS",
  "Hoàng tử", "Thái tử", "Nữ hoàng", "Sĩ quan", "Chiến sĩ", "Học viên", "Bác sĩ", "Nhà báo", "Cựu chiến binh", "Anh hùng",
  // Heads of cities, districts and assemblies abroad and at home ("Thị trưởng", "Quận trưởng Kim Youngbae", "Nghị viện trưởng").
  "Thị trưởng", "Quận trưởng", "Huyện trưởng", "Xã trưởng", "Nghị viện trưởng", "Chủ tịch Nghị viện", "Chủ tịch Hạ viện", "Chủ tịch Thượng viện",
  "Trưởng thôn", "Trưởng bản", "Trưởng ấp", "Hội trưởng", "Thị trưởng thành phố",
  // Company, school and press posts.
  "Tổng biên tập", "Tổng Biên tập", "Chủ tịch HĐQT", "Chủ tịch Hội đồng quản trị", "Chủ tịch Hội đồng thành viên", "Giám đốc điều hành",
  "Tham tán", "Tham tán Thương mại", "Tham tán Công sứ", "Công sứ", "Lãnh sự danh dự", "Trưởng Ban Tổ chức", "Điều phối viên",
  "Kỹ sư", "Luật sư", "Nghệ nhân", "Nghệ sĩ", "Giảng viên", "Giáo viên", "Dược sĩ", "Điều dưỡng", "Nhà nghiên cứu",
  "Học sinh", "Sinh viên", "Nghiên cứu sinh",
  // Foreign ministers as the press calls them ("Ngoại trưởng Mỹ Antony J. Blinken") and the EU's foreign-policy chief.
  "Ngoại trưởng", "Đại diện cấp cao",
  // Sport: athletes and coaches are the people of a match report ("võ sỹ Trần Thị A", "HLV cờ vua B", "VĐV C").
  "Vận động viên", "VĐV", "Huấn luyện viên", "HLV", "Võ sĩ", "Kỳ thủ", "Cầu thủ", "Xạ thủ", "Tay vợt", "Thủ môn",
  // Foreign academic titles written with a dot before the name ("GS, TS Ir. Agustinus Purna Irawan", "Prof. Dr. …").
  "Ir", "Prof", "Dr", "Drs",
  // Clergy ("Sư cô Thích Tâm Trí", "Thượng tọa Thích …", "Linh mục …").
  "Hòa thượng", "Hoà thượng", "Thượng tọa", "Thượng toạ", "Đại đức", "Sư cô", "Ni sư", "Ni trưởng", "Linh mục", "Giám mục", "Tổng Giám mục",
  // Party committee posts written as initials ("Tống Quang Thìn, TVTU, Phó Chủ tịch UBND tỉnh").
  "TVTU", "TUV", "UVTV", "UVBTV", "UBTV", "UVBCH", "UVTƯ", "UVTW", "BTV", "TVHU", "HUV",
];

/** Prefixes that can precede any role head: deputy, acting, former ("Phó Thủ tướng", "quyền Cục trưởng", "nguyên Bộ trưởng"). */
export const ROLE_PREFIXES: readonly string[] = ["Phó", "phó", "quyền", "Quyền", "nguyên", "Nguyên"];

/**
 * Honorifics: they announce a name but are no part of its title ("bà Stefanie Beck",
 * "Samdech Pichey Sena Tea Banh"). Longest first so "Samdech Pichey Sena" wins over "Samdech".
 */
export const HONORIFICS: readonly string[] = [
  "Samdech Akka Moha Sena Padei Techo", "Samdech Moha Bovor Thipadei", "Samdech Moha Borvor Thipadei", "Samdech Thipadei", "Samdech Pichey Sena", "Samdech Techo",
  "Samdech", "Ốc nha", "Oknha", "Lok Chumteav", "Ngài", "ngài", "Ông", "ông", "Bà", "bà", "Đồng chí", "đồng chí", "Ngài Đại sứ",
  "Mr.", "Mrs.", "Ms.", "Dr.", "Thượng nghị sĩ", "Hạ nghị sĩ", "Nghị sĩ", "Phu nhân", "phu nhân",
];

/**
 * Kinship forms of address before the people feature stories quote ("Chị Nguyễn Thanh Bảo, du khách từ Đà Nẵng, …"): they
 * announce a name like an honorific, but they also open titles ("Bác sĩ", "Thầy thuốc"), so a title keeps them unless
 * they stand alone. Capitalized "Anh" is left out: it is also the United Kingdom.
 */
export const KINSHIP_FORMS: readonly string[] = [
  "Chị", "chị", "anh", "Cô", "cô", "Cụ", "cụ", "Bác", "bác", "Chú", "chú", "Em", "em", "Thầy", "thầy", "Cháu", "cháu",
];

/**
 * Lowercase syllables that occur inside role and body names ("Bộ đội biên phòng", "Ủy ban nhân dân",
 * "Quốc vụ khanh Thường trực"): between a role head and a name only these, capitalized words and
 * commas may stand. A verb ("điện đàm", "gửi") breaks the title.
 */
export const TITLE_SYLLABLES: ReadonlySet<string> = new Set(
  (
    "trưởng phòng viên đội gia tướng tịch sứ lệnh trị ương ủy uỷ khanh bí thư phủ nhân dân sự quân tham mưu " +
    "chính nước vụ hòa hoà quốc biên cục tổng hải không dục đào tạo ngoại giao an ninh thường trực tỉnh thành phố " +
    "huyện xã đoàn đảng ban hội đồng nghiệp bộ học viện trường khu vùng lực lượng vũ trang cảnh sát tư pháp kinh tế " +
    "kế hoạch đầu công an tác cơ quan đặc mệnh toàn quyền của tại thủ đô liên bang vương cộng xã chủ nghĩa " +
    "hợp văn hóa hoá thông tin truyền kỹ thuật khoa lục phát ngôn hành chuyên trách lý sĩ đô đốc tá úy uý " +
    "sư lữ trung tiểu đại hậu cần quản chỉ huy phó giám đốc thứ nhất hai ba tư kiêm đồng thời cấp cao " +
    "nghị nhà nước vận cứu hộ tìm kiếm gìn giữ bình liên hợp trận biệt chủng binh pháo thiết giáp đặc y " +
    "biển vệ bờ đảo bảo trời ngầm mặt đất bay khí điện tử mạng số sinh môi tài nguyên ngân sách kiểm toán " +
    "thanh tra giám sát tuyên giáo chức cán lãnh xuất nhập thủy thuỷ nghệ tế lao động thương báo trinh chiến " +
    "huấn luyện bệnh tự dự bị nạn khẩu hệ cách mạng tranh rà phá bom mìn lược nghiên cứu lịch sử mật mã dẫn đường hậu phương " +
    // Ships, posts and checkpoints ("biên đội tàu", "Trạm Kiểm soát biên phòng", "cửa khẩu").
    "tàu hạm thuyền soát cửa trạm đồn chốt duyên tâm " +
    // Ministries, committees and unions of civilian life ("Bộ Nông nghiệp và phát triển nông thôn", "Ủy ban về người
    // Việt Nam ở nước ngoài", "Đảng Cộng sản", "Hội Liên hiệp Phụ nữ", "Văn hóa, Thể thao và Du lịch").
    "sản triển nông thôn ngoài người thể thao du lịch niên nhi phụ nữ hạ tầng năng lượng doanh hiệp phúc lợi đình " +
    "giới trẻ mặt trận luật thẩm phán xét viện kiểm môi trường tài chính đầu tư thị vận tải giao thông xây dựng " +
    // Sports after a coach's or an athlete's title ("HLV cờ vua", "VĐV bóng chuyền").
    "cờ vua bóng đá chuyền rổ bàn bơi lội điền kinh võ"
  ).split(" "),
);

/**
 * Verbs that start a sentence's predicate after a speaker's apposition ("Đại tá X, chỉ huy biên đội tàu Nhật Bản,
 * cảm ơn …"; "ông Y, Giám đốc Sở Ngoại vụ cho biết"): a title never runs across one.
 */
export const PREDICATE_VERBS: readonly string[] = [
  "cho biết", "khẳng định", "nhấn mạnh", "cảm ơn", "cám ơn", "đề nghị", "phát biểu", "bày tỏ", "nêu rõ", "đánh giá", "mong muốn",
  "chia sẻ", "thông báo", "thông tin", "trao đổi", "giới thiệu", "báo cáo", "đề xuất", "hoan nghênh", "chúc", "tặng", "nói",
  "nhận định", "lưu ý", "yêu cầu", "trình bày", "tiếp thu", "ghi nhận", "tin tưởng", "hy vọng", "hi vọng", "tuyên bố", "ký",
  "đón", "tiễn", "hội kiến", "làm việc", "khai mạc", "bế mạc", "gửi", "là", "bắt tay", "tặng quà", "trả lời", "kể", "nhớ lại",
  "chủ động", "cùng với", "thay mặt", "cho rằng", "trực tiếp", "chứng kiến", "tham quan", "dâng hương", "tuần tra", "dẫn đoàn",
  "dẫn đầu đoàn", "trao quà", "trao tặng", "thăm hỏi", "cũng", "có mặt", "vừa", "đến thăm", "dự lễ", "dự buổi", "dự hội", "lên đường",
];

/**
 * Phrases that follow a title and start the sentence's verb ("… Thứ trưởng Bộ Quốc phòng đồng chủ trì"):
 * a title read forward ends before them even where their syllables could belong to a body's name.
 */
export const TITLE_STOPS: readonly string[] = [
  ...PREDICATE_VERBS,
  "đồng chủ trì", "chủ trì", "cho biết", "phát biểu", "nhấn mạnh", "khẳng định", "tham dự", "đã", "đang", "sẽ", "và",
  "với", "tới", "cùng", "dẫn đầu", "thừa ủy quyền", "thừa uỷ quyền", "thừa lệnh", "tổ chức", "nước ta", "động viên", "nghiên cứu", "kiểm tra", "chiến đấu", "tiếp", "hội đàm", "điện đàm", "gặp", "thăm", "chúc mừng", "trao",
];

/**
 * Degrees and honours written as abbreviations with a dot before a name ("PGS.TS. Đào Hữu Hòa", "GS. VS. Châu Văn Minh",
 * "ThS. Lê Văn A"): the dot ends no sentence.
 */
export const DEGREE_ABBREVIATIONS: readonly string[] = [
  "GS", "PGS", "TS", "TSKH", "ThS", "Ths", "VS", "BS", "KS", "CN", "NCS", "NSND", "NSƯT", "NGND", "NGƯT", "LS",
  // Foreign titles written the same way ("GS, TS Ir. Agustinus Purna Irawan", "Prof. Dr. …").
  "Ir", "Dr", "Prof", "Drs", "Mr", "Mrs", "Ms",
];
