/**
 * Word lists the benchmark generator draws from: partners, people, ranks, roles, events,
 * places, outlets and sentence pieces, in the style of Vietnamese defence-cooperation news.
 */

/** Partner countries as the press writes them. */
export const PARTNERS = [
  "Campuchia", "Lào", "Trung Quốc", "Hoa Kỳ", "Nhật Bản", "Hàn Quốc", "Ấn Độ", "Liên bang Nga",
  "Australia", "Pháp", "Canada", "Indonesia", "Thái Lan", "Singapore", "Philippines", "Malaysia",
  "Myanmar", "Brunei", "Cuba", "Israel", "New Zealand", "Đức", "Anh", "Italy", "Belarus",
] as const;

/** Military and civilian ranks that precede a name. */
export const RANKS = [
  "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá",
  "Chuẩn Đô đốc", "Phó Đô đốc", "Đô đốc", "Tướng", "bà", "ông",
] as const;

/** Roles written after a name, Vietnamese side. */
export const ROLES_VN = [
  "Ủy viên Trung ương Đảng", "Ủy viên Quân ủy Trung ương", "Thứ trưởng Bộ Quốc phòng",
  "Bộ trưởng Bộ Quốc phòng", "Tư lệnh Bộ đội Biên phòng", "Cục trưởng Cục Đối ngoại",
  "Tư lệnh Quân khu 7", "Tư lệnh Hải quân", "Chính ủy Quân khu 9", "Giám đốc Học viện Quốc phòng",
  "Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam", "Chủ nhiệm Tổng cục Chính trị",
] as const;

/** Roles of the partner side, completed with the partner's name. */
export const ROLES_PARTNER = [
  "Bộ trưởng Quốc phòng", "Thứ trưởng Bộ Quốc phòng", "Tổng Tư lệnh Quân đội", "Đại sứ",
  "Tùy viên Quốc phòng", "Tư lệnh Hải quân", "Quốc vụ khanh Bộ Quốc phòng", "Tham mưu trưởng Lục quân",
] as const;

export const FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Lương", "Mai"] as const;
export const MIDDLE_NAMES = ["Văn", "Xuân", "Đức", "Hồng", "Minh", "Quốc", "Thanh", "Hữu", "Tiến", "Ngọc", "Công", "Thị", "Duy", "Trọng"] as const;
export const GIVEN_NAMES = ["Chiến", "Giang", "Lịch", "Thái", "Toàn", "Hùng", "Dũng", "Sơn", "Tuấn", "Thắng", "Hải", "Long", "Bình", "Nam", "Phúc", "Cường", "Hòa", "Lâm", "Khánh", "Vinh"] as const;
/** Foreign names, written the way Vietnamese outlets transliterate them. */
export const FOREIGN_NAMES = [
  "Tea Banh", "Chay Saingyun", "Neang Phat", "Vong Pisen", "Stefanie Beck", "Lloyd Austin", "Richard Marles",
  "Chansamone Chanyalath", "Minoru Kihara", "Rajnath Singh", "Shin Won-sik", "Dong Jun", "Sergei Shoigu",
  "Ng Eng Hen", "Gilberto Teodoro", "Mohamed Khaled Nordin", "Sébastien Lecornu", "Judith Collins",
] as const;

/** Kinds of event, used in titles and bodies. */
export const EVENTS = [
  "Đối thoại Chính sách quốc phòng", "Giao lưu hữu nghị quốc phòng biên giới", "Tham vấn quốc phòng",
  "Hội nghị Tư lệnh Lực lượng Quốc phòng", "Diễn tập tìm kiếm cứu nạn", "Tuần tra chung",
  "Đối thoại An ninh – Quốc phòng", "Hội nghị Quan chức Quốc phòng cấp cao", "Diễn đàn Hợp tác quân y",
  "Giao lưu sĩ quan trẻ", "Kỳ họp Ủy ban Hợp tác quân sự",
] as const;

/** Places, with their province when the press names one. */
export const PLACES = [
  "Hà Nội", "TP Hồ Chí Minh", "Đà Nẵng", "Phnom Penh", "Vientiane", "Tokyo", "Canberra", "New Delhi",
  "Đồn Biên phòng Cửa khẩu quốc tế Hoa Lư (Bình Phước)", "Cửa khẩu quốc tế Tà Lùng (Cao Bằng)",
  "Học viện Quốc phòng", "Bộ Tư lệnh Vùng 4 Hải quân (Khánh Hòa)", "Cam Ranh", "Hải Phòng", "Bắc Kinh",
] as const;

/** Outlets and the way their pages sign off. */
export const OUTLETS = [
  { name: "TTXVN", byline: "Theo TTXVN", prefix: "" },
  { name: "Báo Quân đội nhân dân", byline: "QĐND", prefix: "(QĐND) - " },
  { name: "Báo Tiền Phong", byline: "Theo Tiền Phong", prefix: "TPO - " },
  { name: "Báo Gia Lai", byline: "Theo Hiền Hạnh (TTXVN/Vietnam+)", prefix: "(GLO)- " },
  { name: "VOV", byline: "Theo VOV", prefix: "VOV.VN - " },
  { name: "Báo Biên phòng", byline: "Báo Biên phòng", prefix: "(BBP) - " },
  { name: "Báo Nhân Dân", byline: "Theo Nhân Dân", prefix: "" },
] as const;

/** Time-of-day words that open a dated lead ("Sáng 14/5, …"). */
export const DAY_PARTS = ["Sáng", "Chiều", "Tối", "Ngày", "Trưa"] as const;

/** Site furniture lines: hotlines, breadcrumbs, widgets. */
export const BREADCRUMBS = [
  "Trang chủ > Quốc phòng > Hợp tác quốc tế", "Trang chủ Hữu nghị Bốn phương kết bạn", "Thời sự | Quốc phòng",
  "Chính trị - Đối ngoại quốc phòng", "Trang chủ / Quân sự / Đối ngoại",
] as const;
export const WIDGETS = [
  "Theo dõi Báo Gia Lai trên Google News", "Xin chờ trong giây lát...", "Phiên bản di động", "aa", "0",
  "Chia sẻ", "In bài viết", "Có thể bạn quan tâm", "Đọc nhiều", "Tin liên quan", "Bình luận",
] as const;

/** Sentence openers and clauses; bodies are assembled from these. */
export const OPENERS = [
  "Hai bên khẳng định", "Tại buổi làm việc, hai bên đánh giá cao", "Phát biểu tại sự kiện,", "Về phương hướng hợp tác trong thời gian tới,",
  "Nhân dịp này,", "Trong bối cảnh đó,", "Đánh giá cao kết quả hợp tác thời gian qua,", "Bên cạnh đó,", "Đồng thời,",
  "Thay mặt đoàn công tác,", "Kết thúc buổi hội đàm,", "Trao đổi với báo chí,",
] as const;
export const CLAUSES = [
  "quan hệ hợp tác quốc phòng song phương tiếp tục phát triển tích cực, thực chất và hiệu quả",
  "hai bên thống nhất duy trì gặp gỡ, tiếp xúc cấp cao với các hình thức linh hoạt",
  "tăng cường hợp tác đào tạo, chia sẻ kinh nghiệm về gìn giữ hòa bình Liên hợp quốc",
  "phối hợp bảo đảm an ninh, trật tự, an toàn xã hội tại khu vực biên giới",
  "thúc đẩy hợp tác công nghiệp quốc phòng, quân y, khắc phục hậu quả chiến tranh",
  "ủng hộ lẫn nhau tại các diễn đàn đa phương trong khuôn khổ ASEAN và Liên hợp quốc",
  "duy trì tuần tra chung giữa cảnh sát biển, hải quân hai nước",
  "giải quyết mọi tranh chấp bằng biện pháp hòa bình trên cơ sở luật pháp quốc tế, nhất là UNCLOS 1982",
  "tìm kiếm, quy tập và hồi hương hài cốt liệt sỹ quân tình nguyện",
  "đẩy mạnh tuyên truyền, giáo dục cho cán bộ, chiến sỹ về truyền thống hữu nghị",
  "triển khai hiệu quả kế hoạch hợp tác năm và các văn bản đã ký kết",
  "phòng, chống tội phạm xuyên quốc gia, buôn lậu, xuất nhập cảnh trái phép",
  "hợp tác trong lĩnh vực an ninh mạng, ứng phó thiên tai và tìm kiếm cứu nạn",
  "nâng cao năng lực cho lực lượng quản lý, bảo vệ biên giới",
  "đóng góp vào hòa bình, ổn định, hợp tác và phát triển ở khu vực và trên thế giới",
] as const;
export const TAILS = [
  "vì lợi ích của nhân dân hai nước", "trong thời gian tới", "theo tinh thần các thỏa thuận đã ký",
  "phù hợp với nhu cầu, khả năng của mỗi bên", "trên cơ sở tôn trọng lẫn nhau", "", "",
] as const;

/** Headlines and teasers of other stories, for the related-story furniture. */
export const RELATED_SUBJECTS = [
  "Thanh niên lên đường nhập ngũ", "Ngày hội tòng quân", "Giữ vững biên cương từ thế trận lòng dân",
  "Ngư dân đưa công nghệ vào mỗi chuyến biển", "Dự báo thời tiết các khu vực trên cả nước",
  "Công bố quyết định thành lập Ban Chỉ huy Quân sự", "Học bổng toàn phần tại New Zealand",
  "Dâng hương tưởng niệm các anh hùng liệt sĩ Gạc Ma", "Sư đoàn 7 phát động thi đua",
  "Bảo đảm an toàn cho ngày bầu cử", "Hỗ trợ khẩn cấp người dân sau bão",
] as const;

/**
 * Pieces of Vietnamese syllables: the generator combines them into a lexicon of a few thousand
 * syllables drawn with a skewed (Zipf-like) frequency, so the search index sees a vocabulary
 * about as large as real news text instead of only the sentence templates above.
 */
export const ONSETS = ["b", "c", "ch", "d", "đ", "g", "gi", "h", "k", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x", ""] as const;
export const RHYMES = [
  "a", "ai", "am", "an", "ang", "anh", "ao", "at", "ăn", "âm", "ân", "ât", "e", "em", "en", "ê", "ên", "i", "im", "in", "inh",
  "o", "oa", "oan", "oang", "oc", "oi", "om", "on", "ong", "ô", "ôi", "ông", "ơ", "ơi", "ơn", "u", "ui", "um", "un", "ung",
  "uy", "uyên", "ư", "ưa", "ưng", "ương", "ươc", "iêu", "iên", "iêm", "yêu",
] as const;
/** Combining tone marks (none, grave, acute, hook, tilde, dot below). */
export const TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"] as const;
/** Measures that go with figures ("5.697 thanh niên", "120 tỷ đồng"). */
export const MEASURES = ["tỷ đồng", "cán bộ, chiến sĩ", "thanh niên", "lượt tàu", "km đường biên giới", "học viên", "suất học bổng", "tấn hàng"] as const;
