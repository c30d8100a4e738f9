/** Vietnamese family names and the capitalized words that are never part of a person's name. */

/** Family names, so "Gia Lai Dương Mah Tiệp" splits as place "Gia Lai" + person "Dương Mah Tiệp". */
export const VIETNAMESE_SURNAMES: ReadonlySet<string> = new Set(
  (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Trương Lâm " +
    "Mai Đinh Hà Tô Tạ Lương Lưu Triệu Thái Cao Quách Khổng Kiều Mạc Đàm Chu Châu Tăng Lại Hứa Phùng Doãn " +
    "Văn Từ Giáp Nông Lò Hầu Thân Chế Tôn Tống Đồng Âu Diệp Vi Bế Lục Ninh Khuất Nghiêm Quan Ông La Thạch " +
    "Y Rah Ksor Siu Rơ Kpă H' " +
    // Chinese and Korean names as Vietnamese press writes them ("Đổng Quân", "Tập Cận Bình").
    "Đổng Tập Mao Ôn Ngụy Hàn Thôi Khương Tưởng Giang Tiền Tề Diêu Bành Cố Hạ Uông Khúc Kim Phác Lý Trịnh " +
    // Less common Kinh family names and those of the northern and central highland peoples.
    "Lã Kha Quản Mẫn Thiều Thịnh Trà Tiêu Lạc Lữ Mã Nhữ Phí Sầm Thang Tòng Cù Cung Dư Đậu Đèo Hàm Khiếu Bạch Biện " +
    "Cấn Chung Đường Sùng Giàng Vàng Thào Mùa Lầu Điểu Nay Ma Lường Cầm Quàng Viên " +
    // The family name Buddhist clergy take ("Thích Tâm Trí", "Thích Thanh Quyết").
    "Thích"
  ).split(" "),
);

/**
 * Capitalized words that begin bodies, places and things, never a person's name: a name run starting
 * with one of these is not a person ("Bộ Quốc phòng", "Quân đội", "Cửa khẩu").
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    "Bộ Ban Cục Quân Đảng Ủy Uỷ Hội Học Viện Sở Tổng Phòng Nhà Chính Lực Cửa Đồn Trung Quốc Tỉnh Thành Huyện Xã " +
    "Khu Vùng Sư Lữ Trường Công Đại Hạ Thượng Tiểu Liên Cộng Vương Thủ Phó Tư Chủ Bí Thứ Hai Ba Năm Ngày Tháng " +
    "Đối Giao Diễn Hợp An Kế Nghị Hiệp Chương Lễ Tuần Tin Ảnh Theo Nguồn Video Clip ASEAN COVID-19 Covid-19 " +
    "Việt Nam Campuchia Lào Sáng Chiều Tối Trưa Đêm Hôm Trong Tại Với Về Sau Khi Các Những Này Đây Đó Phía " +
    "Mặt Tòa Báo Đài Thông Hải Không Biên Cảnh Kiểm Chiến Tổ Quốc Hòa Hoà Bình Đông Tây Bắc Nam"
  ).split(" "),
);

/**
 * Lowercase words that name a kind of place ("xã Trà Cang", "bang Tamil Nadu", "thủ đô Brúc-xen", "cảng Cam Ranh"): the
 * capitalized words right after one are the place's name, never a person's, even where they open with a family name.
 * Two-word kinds are listed by their last word ("thành phố" → "phố", "thị trấn" → "trấn", "thủ đô" → "đô").
 */
export const PLACE_KIND_WORDS: ReadonlySet<string> = new Set(
  "xã huyện tỉnh phố phường quận thôn bản ấp trấn đô bang làng đảo sông núi đèo cảng vịnh hồ biển châu hạt vực".split(" "),
);

/**
 * Kinds of place that a title often names without the place's own name, the person's name following at once
 * ("Chủ tịch UBND tỉnh Đỗ Minh Tuấn", "Thống đốc bang Mark Dayton"): after a title, such a kind may be followed by a
 * person. After any other kind ("xã Trà Cang", "khu vực Cù Lao Minh"), the words are the place's name.
 */
export const GENERIC_PLACE_KINDS: ReadonlySet<string> = new Set("tỉnh huyện quận phố đô bang".split(" "));

/** Two-word phrases whose last word looks like a kind of place but is not one ("nông thôn" is the countryside, "văn bản" a text). */
export const NOT_PLACE_KIND_PHRASES: ReadonlySet<string> = new Set(["nông thôn", "văn bản", "cơ bản", "xuất bản", "phiên bản", "kịch bản", "biển đảo"]);

/**
 * Phrases just before a person's title that make the person only mentioned, not taking part: an invitation, a
 * message or a greeting sent, someone acted for, an administration ("theo lời mời của Thủ tướng …", "chuyển lời
 * thăm hỏi của Chủ tịch nước …", "chính quyền Tổng thống …"). Matched at the end of the text before the title.
 */
export const MENTION_CUES: readonly string[] = [
  "lời mời của", "theo lời mời", "nhận lời mời", "thư của", "thư mời của", "thư chúc mừng của", "điện của", "điện mừng của",
  "điện chúc mừng của", "thông điệp của", "lời chúc của", "lời chúc mừng của", "lời thăm hỏi của", "lời chào của", "thay mặt",
  "ủy quyền của", "ủy nhiệm của", "chỉ đạo của", "theo chỉ đạo", "chính quyền", "chính quyền của", "thời", "dưới thời", "cố",
];

/**
 * Korean and Chinese family names as romanized in Vietnamese press, before a hyphenated given name ("Lee Jae-yong",
 * "Chung Eui-sun"): a company's name written before such a name ("Chủ tịch Samsung Electronics Lee Jae-yong") is no part of it.
 */
export const EAST_ASIAN_SURNAMES: ReadonlySet<string> = new Set(
  (
    "Kim Lee Park Choi Chung Jung Kang Cho Yoon Yun Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Koo Ko Moon Yang Son " +
    "Bae Baek Heo Noh Kwak Sung Cha Joo Woo Min Ryu Jin Chey Choo Byun Chae Do Gong Hyun Lew Pyo Suh Um Wang Li Zhang Liu Chen Huang " +
    "Zhao Wu Zhou Xu Sun Zhu Hu Guo Lin Luo Gao Liang Xie Tang Deng Feng Cao Zeng Peng Xiao Cai Pan Tian Dong Yuan Jiang"
  ).split(" "),
);

/**
 * Places of worship named after a person with a form of address ("đền Bà Men", "miếu Ông Địa", "chùa Bà Đanh"): the words
 * after the form of address are the place's name, never a person taking part.
 */
export const WORSHIP_PLACES: ReadonlySet<string> = new Set("đền chùa miếu đình lăng phủ điện am".split(" "));

/** Lowercase particles inside foreign names ("Philine van der Leeuw", "Ursula von der Leyen", "Luiz Inácio da Silva"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set("van der von den de del della da dos das di du le la bin binti al ibn".split(" "));

/**
 * Kinds of institution, street and memorial, lowercased, that stand before their own name ("Đại học Khon Kaen", "Trường
 * Tiểu học Lê Lợi", "đường Trần Hưng Đạo", "Công ty Samsung"): a name right after one is the institution's (schools and
 * streets are named after people), never a person taking part.
 */
export const INSTITUTION_KINDS: readonly string[] = [
  "đại học", "trường", "học viện", "viện", "bệnh viện", "công ty", "tập đoàn", "quỹ", "ngân hàng", "bảo tàng", "nhà hát", "khách sạn", "hãng",
  "tiểu học", "trung học", "trung học cơ sở", "trung học phổ thông", "mầm non", "thcs", "thpt", "ptdtnt", "ptth", "cao đẳng",
  "đường", "phố", "quảng trường", "công viên", "đền thờ", "nhà tưởng niệm", "khu tưởng niệm", "khu lưu niệm", "lăng",
];

/** Words ending in an institution's kind that are no institution ("môi trường", "thị trường", "Hạ viện", "thành phố"). */
export const NOT_INSTITUTION_PHRASES: ReadonlySet<string> = new Set([
  "môi trường", "thị trường", "chiến trường", "hiện trường", "công trường", "nông trường", "lập trường", "quan trường",
  "hạ viện", "thượng viện", "nghị viện", "thành phố",
]);
