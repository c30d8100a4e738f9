/** How Vietnamese news writes days, weekdays and anniversaries, for the date module. */

/**
 * Words that open a dateline ("Chiều 14/5, tại Hà Nội, …"): a part of the day or "Ngày",
 * optionally with "nay"/"qua" ("Sáng nay") and a weekday ("Sáng thứ Năm (14/5)").
 */
export const DATELINE_OPENERS: readonly string[] = [
  "Rạng sáng", "Sáng sớm", "Sáng", "Trưa", "Chiều tối", "Chiều", "Tối", "Đêm", "Ngày", "Hôm nay", "Hôm qua",
  "Trong ngày", "Trong hai ngày", "Trong 2 ngày", "Trong ba ngày", "Trong 3 ngày", "Từ ngày", "Cuối ngày", "Đầu giờ sáng",
];

/** Weekday names after "thứ"/"Thứ", mapped to JavaScript's getUTCDay() (Sunday = 0). */
export const WEEKDAYS: ReadonlyArray<readonly [word: string, day: number]> = [
  ["chủ nhật", 0], ["hai", 1], ["ba", 2], ["tư", 3], ["năm", 4], ["sáu", 5], ["bảy", 6], ["bẩy", 6],
  ["2", 1], ["3", 2], ["4", 3], ["5", 4], ["6", 5], ["7", 6],
];

/**
 * Founding years of the days Vietnamese news counts anniversaries from, so "kỷ niệm 75 năm Quốc khánh"
 * and "Quốc khánh lần thứ 75" both say 2020. Matched case-insensitively within a few words of the count.
 */
export const ANNIVERSARY_BASES: ReadonlyArray<readonly [phrase: string, year: number]> = [
  ["Quốc khánh", 1945],
  ["Cách mạng Tháng Tám", 1945],
  ["Ngày thành lập Quân đội nhân dân Việt Nam", 1944],
  ["Ngày thành lập Quân đội", 1944],
  ["Ngày hội Quốc phòng toàn dân", 1944],
  ["Ngày thành lập Đảng", 1930],
  ["Giải phóng miền Nam", 1975],
  ["Chiến thắng Điện Biên Phủ", 1954],
  ["Ngày truyền thống Bộ đội Biên phòng", 1959],
  ["Ngày Biên phòng toàn dân", 1989],
  ["Ngày truyền thống Hải quân", 1955],
  ["thiết lập quan hệ ngoại giao Việt Nam - Campuchia", 1967],
  ["thiết lập quan hệ ngoại giao Việt Nam-Campuchia", 1967],
  ["thiết lập quan hệ ngoại giao Việt Nam - Lào", 1962],
  ["thiết lập quan hệ ngoại giao Việt Nam-Lào", 1962],
];

/**
 * Words right before a year that make it a plan or a horizon, not something that has happened
 * ("đến năm 2030", "tầm nhìn 2045"): such years bound nothing.
 */
export const FUTURE_ENDINGS: readonly string[] = ["đến năm", "tới năm", "trước năm", "đến", "tới", "tầm nhìn", "hướng tới", "kế hoạch đến"];

/**
 * Words earlier in the same clause that make its year a plan ("sẽ … vào tháng 12/2025"; "ký Kế hoạch hợp tác
 * năm 2025" is signed the year before).
 */
export const FUTURE_CLAUSE_WORDS: readonly string[] = [
  "sẽ", "dự kiến", "sắp", "chuẩn bị", "ký Kế hoạch", "ký kết Kế hoạch", "thông qua Kế hoạch", "ký Nghị định thư", "ký kết Nghị định thư",
  // Targets and what "can" be reached ("mục tiêu … có thể đạt được vào năm 2025") are not yet.
  "có thể", "mục tiêu", "phấn đấu",
];

/**
 * Words right after a year that say it has not begun ("Tết Tân Mão (2011) tới", "năm 2025 sắp tới"): the event is
 * before 1 January of that year. Matched after an optional closing parenthesis.
 */
export const UPCOMING_AFTER: readonly string[] = ["sắp tới", "tới đây", "tới"];

/** Words before a day that count back to it from now ("Cách đây hơn 55 năm, ngày 24-6-1967"): that day is history. Compared in lowercase. */
export const COUNTED_BACK_WORDS: readonly string[] = ["cách đây"];

/**
 * Words that say an event was held over days ("Giải … diễn ra từ ngày 10 đến 16/8", "được tổ chức … từ ngày 1 đến
 * 10-4-2018"): with no day in the lead, such a range later in the article is the event's.
 */
export const HELD_WORDS: readonly string[] = ["diễn ra", "được tổ chức", "được diễn ra"];

/** Words of a dateline that tell of a report ("Ngày 12-4, HLV … cho biết"): the event told of may be a range just before it. */
export const REPORT_WORDS: readonly string[] = ["cho biết", "thông tin", "chia sẻ", "thông báo"];

/** Words in the sentence of an event day that announce it ("sẽ được tổ chức từ 26/8"): the event may follow the page's clock. */
export const ANNOUNCEMENT_WORDS: readonly string[] = ["sẽ", "sắp", "dự kiến", "chuẩn bị"];

/**
 * Words shortly before a full date that make it a founding or remembered day ("Quốc khánh 2/9/1945", "thành lập ngày
 * 22/12/1944"), never the same event continuing, whatever its day and month.
 */
export const COMMEMORATED_BEFORE: readonly string[] = [
  "kỷ niệm", "Kỷ niệm", "Quốc khánh", "thành lập", "thiết lập", "giải phóng", "Giải phóng", "Chiến thắng", "chiến thắng", "ngày sinh", "sinh ngày",
  "ký kết", "ký ngày", "ban hành", "hiệu lực",
];

/** Labels of a publication or source line ("Ngày đăng: 16/07/2022", "Nguồn tin: Lao Động, 12/02/2008"), matched at the line's start. */
export const PUBLICATION_LABELS: readonly string[] = [
  "Ngày đăng", "Đăng ngày", "Đăng lúc", "Ngày cập nhật", "Cập nhật lúc", "Cập nhật", "Xuất bản", "Thời gian đăng", "Cài đăng", "Nguồn tin",
  "Nguồn", "Theo", "Published", "Updated", "Posted", "date",
];

/** English month names, as some pages print their clock ("Sunday, January 18, 2015 4:36:59 PM"). */
export const ENGLISH_MONTHS: readonly string[] = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];

/** English weekdays, Sunday first (JavaScript's getUTCDay()). */
export const ENGLISH_WEEKDAYS: readonly string[] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Words before a short line's date that make it a document's number and date, not a clock ("Nghị định 16/07/2022"). */
export const DOCUMENT_WORDS: readonly string[] = [
  "Quyết định", "Nghị định", "Thông tư", "Chỉ thị", "Nghị quyết", "Công văn", "Thông báo", "Luật", "Kế hoạch", "Văn bản", "số",
];

/** Words in the clause before a year that say the year is over ("tổng kết công tác năm 2024"): the event is after it. */
export const YEAR_OVER_BEFORE: readonly string[] = ["tổng kết"];
/** Words right after a year that say it is over ("trong năm 2024 vừa qua"). */
export const YEAR_OVER_AFTER: readonly string[] = ["vừa qua", "vừa kết thúc"];

/** Words before a year range that make its end the current anniversary ("kỷ niệm 55 năm (1967-2022)"). */
export const ANNIVERSARY_CUES: readonly string[] = ["kỷ niệm", "Kỷ niệm", "chào mừng", "năm Ngày", "năm ngày"];

/**
 * Words right before a year that make it the start of a span reaching to now ("kể từ năm 2006", "từ năm 1973 đến nay"):
 * the event is after it, but that year is not the one the article is about. Compared in lowercase.
 */
export const SPAN_START_ENDINGS: readonly string[] = ["từ năm", "từ", "kể từ năm", "kể từ", "bắt đầu từ năm", "ngay từ năm", "suốt từ năm"];

/**
 * Documents whose year, written in the same clause ("Thỏa thuận hợp tác giáo dục giữa hai Chính phủ năm 2013"), is
 * when they were signed or passed: history that bounds the event from below, never the year the article names as its own.
 */
export const DOCUMENT_NOUNS: readonly string[] = [
  "Thỏa thuận", "Thoả thuận", "Hiệp định", "Nghị định thư", "Bản ghi nhớ", "Biên bản ghi nhớ", "Hiệp ước", "Công ước", "Tuyên bố chung",
  "Luật", "Hiến pháp", "Quyết định", "Nghị quyết", "Nghị định", "Chỉ thị", "Thông tư", "thỏa thuận", "hiệp định", "bản ghi nhớ",
];

/** Words beside a year that call it this year's ("năm nay (2024)", "(năm nay) 2024"): the event's own year. Compared in lowercase. */
export const CURRENT_YEAR_CUES: readonly string[] = ["năm nay", "trong năm nay"];

/**
 * Words in a year's sentence that tell of the past ("thành lập năm 1991", "Năm ngoái, …", "khi đó"): a year named there
 * is history, never the article's present, even when it is the latest the article names. Compared in lowercase.
 */
export const HISTORY_WORDS: readonly string[] = [
  "năm ngoái", "năm trước", "trước đây", "trước đó", "từng", "hồi", "khi đó", "lúc đó", "khi ấy", "lúc ấy", "thành lập", "thiết lập",
  "ra đời", "kỷ niệm", "kể từ", "từ năm", "bắt đầu", "khởi đầu", "đặt nền móng", "khởi công", "đi vào hoạt động", "được công nhận",
];

/**
 * Words in the sentence of a full date that make it a founding or a past beginning ("Ngày 8/6/1880, … hiến đất để thành lập
 * trường"): such a date may share the event's day and month (an annual day keeps its founding day) but is never the same
 * event a few days away. Narrower than HISTORY_WORDS: "kỷ niệm" and "bắt đầu" also stand in the event's own sentence.
 * Compared in lowercase.
 */
export const FOUNDING_WORDS: readonly string[] = [
  "năm ngoái", "năm trước", "trước đây", "trước đó", "từng", "hồi", "khi đó", "lúc đó", "khi ấy", "lúc ấy", "thành lập", "thiết lập",
  "ra đời", "đặt nền móng",
];

/**
 * Names of the lunar New Year before its year ("Tết Nguyên đán Giáp Thìn 2024", "Tết Giáp Thìn 2024", "Xuân Ất Tỵ 2025"):
 * that Tết falls in late January or February of the year named, and what is done for it happens in the weeks around it.
 */
export const LUNAR_NEW_YEAR_WORDS: readonly string[] = ["Tết Nguyên đán", "Tết Nguyên Đán", "Tết", "Xuân", "xuân"];

/**
 * Words in an anniversary's sentence that put it in the past ("Năm ngoái, hai nước kỷ niệm 50 năm (1973-2023)"); without
 * them an anniversary the article names is being celebrated. Compared in lowercase.
 */
export const PAST_WORDS: readonly string[] = ["năm ngoái", "năm trước", "trước đây", "trước đó", "từng", "hồi", "khi đó", "lúc đó", "khi ấy", "lúc ấy", "đã kỷ niệm"];

/** Words right before a day that make it a deadline ("báo cáo trước ngày 30/10", "chậm nhất ngày 5/11"), never the event. Compared in lowercase. */
export const DEADLINE_BEFORE: readonly string[] = ["trước", "chậm nhất", "chậm nhất là", "muộn nhất", "trễ nhất", "hạn chót", "hạn cuối", "hết hạn", "không muộn hơn", "hạn"];

/** Words before a two-year span that make it a school or sports year ("năm học 2022-2023"): the event is inside it. */
export const SCHOOL_YEAR_WORDS: readonly string[] = ["năm học", "Năm học"];

/** Congresses that elect a body for a term ("Đại hội đại biểu … nhiệm kỳ 2020-2025"): held in the term's first year. */
export const CONGRESS_WORDS: readonly string[] = ["Đại hội", "đại hội"];
/** Words before a term's years ("nhiệm kỳ VI (2021-2026)", "khóa 2020-2025"). */
export const TERM_WORDS: readonly string[] = ["nhiệm kỳ", "Nhiệm kỳ", "khóa", "khoá"];

/** Words that open a sentence right before its year ("Năm 2023, …", "Trong năm 2023, …", "Cả năm 2023, …"). */
export const YEAR_OPENERS: readonly string[] = ["Năm", "Trong năm", "Cả năm", "Riêng năm", "Tính chung năm", "Tính riêng năm"];

/**
 * Words in a sentence opened by a year that give that year's results ("Năm 2022, tỉnh cấp mới … cho 21 dự án", "Năm 2023,
 * kim ngạch đạt 10 tỷ USD"): the year is over. Partial-year figures open otherwise ("6 tháng đầu năm 2024").
 */
export const RESULT_WORDS: readonly string[] = [
  "đạt", "đạt được", "tăng", "giảm", "thu hút", "cấp mới", "cấp phép", "kim ngạch", "tổng thu", "thu ngân sách", "xuất khẩu", "nhập khẩu",
  "đón", "giải ngân", "tăng trưởng",
];

/**
 * Words a few words before "năm 2024" that launch that year's tasks or plan ("triển khai nhiệm vụ năm 2024", "phương hướng
 * năm 2025", "kế hoạch công tác năm 2024"): the event is about the year beginning.
 */
export const PLAN_YEAR_WORDS: readonly string[] = ["nhiệm vụ", "phương hướng", "kế hoạch", "chương trình công tác"];
