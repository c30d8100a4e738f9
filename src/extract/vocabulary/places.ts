/** Place names that sit right before a person's name in titles ("Chủ tịch UBND tỉnh Gia Lai Dương Mah Tiệp"). */

/** Vietnam's provinces and centrally governed cities, as the press writes them. */
export const PROVINCES: readonly string[] = [
  "Hà Nội", "Thành phố Hồ Chí Minh", "TP Hồ Chí Minh", "Hồ Chí Minh", "TP.HCM", "TPHCM", "TP HCM", "Hải Phòng", "Đà Nẵng",
  "Cần Thơ", "Huế", "Thừa Thiên Huế", "An Giang", "Bà Rịa - Vũng Tàu", "Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu",
  "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông",
  "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình",
  "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định",
  "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh",
  "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Tiền Giang", "Trà Vinh",
  "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
];

/** Provinces, cities and capitals, so they are not read as (part of) a person's name. */
export const PLACES: readonly string[] = [
  ...PROVINCES,
  "Phnom Penh", "Phnôm Pênh", "Viêng Chăn", "Vientiane", "Bắc Kinh",
  "Tokyo", "Seoul", "Moscow", "Mát-xcơ-va", "Washington", "Ottawa", "Canberra", "New Delhi", "Niu Đê-li", "Jakarta",
  "Bangkok", "Băng Cốc", "Manila", "Kuala Lumpur", "Paris", "London", "Berlin", "Quân khu", "Biển Đông",
  "Ấn Độ - Thái Bình Dương", "Thái Bình Dương", "Ấn Độ Dương", "Đại Tây Dương", "Đông Nam Á", "Trung Đông", "châu Á", "Châu Á",
  "châu Âu", "Châu Âu", "Hoàng Sa", "Trường Sa", "Điện Biên Phủ",
  // Regions and towns named as where something happens ("ở ĐBSCL", "các tỉnh Tây Nguyên", "du khách đến Sa Pa").
  "ĐBSCL", "Đồng bằng sông Cửu Long", "đồng bằng sông Cửu Long", "Tây Nguyên", "Tây Bắc", "Nam Bộ", "Bắc Bộ", "Trung Bộ",
  "Sa Pa", "Sapa", "Hạ Long", "Nha Trang", "Đà Lạt", "Hội An", "Phú Quốc", "Buôn Ma Thuột", "Quy Nhơn",
];

/**
 * Lowercase words that start a place's name ("huyện Lộc Ninh", "thủ đô Phnom Penh", "cảng quốc tế Cam Ranh",
 * "cửa khẩu Mộc Bài", "phố đi bộ Trần Nhân Tông"): after "tại", a place may open with one of them instead of a capital.
 */
export const PLACE_KINDS: readonly string[] = [
  "thủ đô", "tỉnh", "thành phố", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường", "thôn", "bản", "ấp", "làng", "khu vực", "khu",
  "trụ sở", "điểm cầu", "cửa khẩu", "đồn", "sân bay", "cảng", "quân cảng", "bến cảng", "vịnh", "đảo", "quần đảo", "thao trường",
  "vùng biển", "biên giới", "bang", "tiểu bang", "phố", "phố đi bộ", "đường", "quảng trường", "công viên", "hội trường", "nhà",
  "trung tâm", "sân vận động", "nhà thi đấu", "bệnh viện", "trường", "học viện", "khách sạn", "cung", "đền", "chùa", "miền",
  "quốc lộ", "tỉnh lộ", "cao tốc", "đèo", "chợ", "ga", "bến xe", "nhà văn hóa", "tòa nhà", "toà nhà",
  "sân khấu", "sân", "nhà hát", "bãi biển", "khu du lịch", "khu di tích", "di tích", "bảo tàng", "thư viện", "nhà máy", "khu công nghiệp",
];

/**
 * Words that start X in "tại X" when X is an event, an occasion or a session ("tại Hội nghị", "tại Phiên thảo luận thứ
 * 3", "tại buổi tiếp"), or a place only by pronoun ("tại tỉnh ta", "tại nước ta", "tại địa phương"): never the place.
 */
export const NOT_A_PLACE: readonly string[] = [
  "Đối thoại", "Hội nghị", "Hội đàm", "Hội thảo", "Điện đàm", "Giao lưu", "Diễn đàn", "Tọa đàm", "Toạ đàm", "Triển lãm", "Kỳ họp",
  "Phiên", "Phiên họp", "Phiên thảo luận", "Phiên toàn thể", "Đại hội", "Lễ", "Hội chợ", "Cuộc thi", "Chương trình", "Ngày hội",
  "Hội thao", "Tuần lễ", "Lễ hội", "Diễn tập", "Tập trận", "Khóa học", "Lớp", "Vòng", "Giải",
  // Games, contests and camps ("tại SEA Games 32", "tại Trại hè Karate"): what is held, not where.
  "SEA Games", "ASIAD", "Asiad", "Olympic", "Paralympic", "World Cup", "Cúp", "Trại hè", "Liên hoan", "Hội diễn", "Hội thi", "Kỳ thi",
  "đối thoại", "hội nghị", "hội thảo", "hội đàm", "buổi", "cuộc", "lễ", "đây", "đó", "các", "những", "mỗi", "mọi", "phiên", "kỳ họp",
  "tỉnh ta", "nước ta", "nước mình", "thành phố ta", "huyện ta", "xã ta", "địa phương", "đơn vị", "cơ sở", "nhà riêng",
  // Documents and their parts ("tại Văn bản số 196/LHHVN", "tại Điều 5"): where a rule is written, not where anything happened.
  "Văn bản", "văn bản", "Công văn", "công văn", "Quyết định", "quyết định", "Nghị quyết", "nghị quyết", "Nghị định", "Thông tư",
  "Thông báo", "thông báo", "Kế hoạch", "kế hoạch", "Báo cáo", "báo cáo", "Tờ trình", "Chỉ thị", "Điều", "điều", "Khoản", "khoản",
  "Mục", "mục", "Phụ lục", "Hợp đồng", "hợp đồng", "Luật", "Bản án", "trang", "website", "Website", "cổng thông tin", "Cổng thông tin",
];

/**
 * Markers along a road or inside a building that stand before the place they locate ("tại Km 27, đường tránh Huế",
 * "tại tầng 3, khách sạn Daewoo"): the place is the part after the comma.
 */
export const MARKERS_BEFORE_PLACE: readonly string[] = ["Km", "km", "tầng", "Tầng", "lô", "Lô", "phòng", "Phòng", "số", "Số", "ngõ", "Ngõ", "hẻm", "Hẻm"];

/** Words that end a place inside a sentence ("tại Hà Nội đã diễn ra …", "tại xã Huồi Tụ chỉ đạt 6 độ"): the verb that follows. */
export const PLACE_END_WORDS: readonly string[] = [
  "đã", "đang", "sẽ", "diễn ra", "nhằm", "với", "vào", "do", "để", "cho", "từ ngày", "trong", "khai mạc", "tổ chức", "làm",
  "chỉ", "đạt", "thông qua", "có", "là", "được", "bị", "vừa", "mới", "nhân dịp", "theo", "trước", "sau khi", "bắt đầu",
  "kéo dài", "lên đường", "gồm", "dành", "cùng", "nhưng", "mà", "khi", "nên", "vì", "của mình", "đến nay", "hiện nay",
  // What a delegation does there ("tới Singapore dự Đối thoại Shangri-La").
  "dự", "tham dự", "tham gia", "thăm", "gặp", "gặp gỡ", "hội đàm", "làm việc", "tiếp", "chủ trì", "phát biểu", "ký", "trao",
  "dâng hương", "tham quan", "kết thúc", "nhận", "đón", "tiễn",
  // A time that continues the sentence ("tại Việt Nam kể từ năm 1997", "tại Hà Nội từ ngày 25/3", "tính đến nay").
  "kể từ", "từ năm", "từ tháng", "từ nay", "tính đến", "tính từ", "hằng năm", "hàng năm", "mỗi năm",
  // A period or an amount that continues it ("tại tỉnh giai đoạn 2021-2025", "tại bệnh viện huyện gần 3 tỷ đồng").
  "giai đoạn", "nhiệm kỳ", "gần", "khoảng", "hơn",
];

/** Posts and organizations whose "tại X" is their seat, not the event's place ("Tùy viên … tại Trung Quốc", "Hiệp hội … tại Việt Nam"). */
export const POSTS_BEFORE_PLACE: readonly string[] = [
  "Đại sứ", "Tùy viên", "Tuỳ viên", "Lãnh sự", "Đại biện", "Cơ quan đại diện", "Trưởng đại diện", "phóng viên", "Phóng viên",
  "thường trú", "Hiệp hội", "Văn phòng đại diện", "tổ chức quốc tế", "Đại sứ quán", "Tổng Lãnh sự quán", "Thông tấn xã",
  "nhóm", "Câu lạc bộ", "cộng đồng doanh nghiệp",
  // A position held somewhere ("trên cương vị mới tại Liên đoàn", "giữ chức vụ tại Bộ"): where a person works, not an event's venue.
  "cương vị", "chức vụ", "vai trò",
];

/**
 * Nouns whose "tại X" right after them (with at most a few capitalised words between) is where they are based, not the
 * event's place ("các doanh nghiệp Hàn Quốc tại Việt Nam", "đối tác của DUE tại Đức", "kiều bào tại Nhật Bản").
 */
export const BASED_BEFORE_PLACE: readonly string[] = [
  "doanh nghiệp", "Doanh nghiệp", "công ty", "Công ty", "đối tác", "kiều bào", "người Việt", "cộng đồng", "Cộng đồng", "văn phòng", "Văn phòng",
  "chi nhánh", "nhà đầu tư", "du học sinh", "lưu học sinh", "Hội", "Liên hiệp", "Hội đồng hương",
];

/**
 * Words before "tại X" in the same clause that make X the place of what is being planned or prepared ("làm việc về việc
 * chuẩn bị xúc tiến đầu tư tại Nhật Bản"), not of the meeting that plans it.
 */
export const PLAN_BEFORE: readonly string[] = ["chuẩn bị", "về việc", "đề án", "phương án"];

/** Words before "tại X" that make X a mission's place, not the ceremony's ("lên đường làm nhiệm vụ tại Phái bộ …"). */
export const MISSION_BEFORE: readonly string[] = [
  "làm nhiệm vụ", "thực hiện nhiệm vụ", "nhận nhiệm vụ", "gìn giữ hòa bình", "gìn giữ hoà bình", "lên đường công tác", "công tác tại",
  "học tập", "du học", "lao động", "thực tập", "tu nghiệp", "chuyển tiếp",
];

/** The home country as a whole, and its other names: too coarse to be where an event happened. */
export const HOME_PLACES: readonly string[] = ["Việt Nam", "Vietnam", "Viet Nam", "nước ta"];

/** Verbs of a delegation leaving or arriving, or a ship berthing: their object is where the event (departure, welcome) happened. */
export const ARRIVAL_VERBS: readonly string[] = [
  "rời", "tới", "đến", "sang", "đặt chân tới", "đặt chân đến", "cập", "neo đậu tại", "hạ cánh xuống", "hạ cánh tại",
];

/** Verbs of a visit: the country or capital after them is where a visit's events happen ("thăm chính thức Trung Quốc"). */
export const VISIT_VERBS: readonly string[] = [
  "thăm", "thăm chính thức", "thăm hữu nghị chính thức", "thăm cấp Nhà nước", "thăm cấp nhà nước", "thăm làm việc tại", "thăm và làm việc tại",
  "thăm và làm việc với", "thăm, làm việc với", "thăm, làm việc tại",
  "công du", "thăm hữu nghị",
];

/** Administrative kinds of locality ("xã Trà Cang", "huyện Nậm Nhùn"): a lead that opens with one is about that place. */
export const LOCALITY_KINDS: readonly string[] = ["tỉnh", "thành phố", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường", "thôn", "bản", "ấp"];

/**
 * Kinds of institution that host a visiting delegation ("Trường Đại học Nông Lâm Bắc Giang tổ chức buổi làm việc với đoàn …",
 * "đến thăm và làm việc với Học viện Nông nghiệp Việt Nam"): with a capitalised name, the host is where the meeting was.
 */
export const HOST_INSTITUTIONS: readonly string[] = [
  "Trường", "Đại học", "Học viện", "Viện", "Bệnh viện", "Bảo tàng", "Thư viện", "Nhà hát",
];

/** What a host does, after the host's name in the dated sentence: receives a delegation ("đón tiếp đoàn", "tiếp đón đoàn") or holds the event. */
export const HOST_VERBS: readonly string[] = [
  "đón tiếp", "tiếp đón", "tiếp đoàn", "đón đoàn", "tiếp và làm việc với", "làm việc với đoàn", "buổi làm việc với", "buổi tiếp",
  // Or holds the event itself ("Bệnh viện Bạch Mai đã tổ chức tiếp nhận …"), with no venue named elsewhere.
  "tổ chức", "tiếp nhận",
];

/**
 * Openers of an occasion clause before a sentence's day ("Nhân dịp …", "Trong khuôn khổ chuyến thăm …"): a place named
 * inside it is the occasion's or the programme's, and a place after the day is the event's.
 */
export const OCCASION_OPENERS: readonly string[] = [
  "Nhân dịp", "Nhân chuyến", "Nhân kỷ niệm", "Trong khuôn khổ", "Trong chương trình", "Trong chuyến", "Thực hiện", "Hưởng ứng", "Tiếp tục chương trình",
];
