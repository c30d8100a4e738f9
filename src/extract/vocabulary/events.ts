/** How Vietnamese news names cooperation events and counts them ("lần thứ 5", "lần thứ nhất", "lần thứ XIV"). */

/** Words that begin an event's name when capitalized ("Đối thoại Chính sách quốc phòng …"). */
export const EVENT_HEADS: readonly string[] = [
  "Đối thoại", "Hội nghị", "Giao lưu", "Diễn tập", "Tham vấn", "Hội thảo", "Hội đàm", "Điện đàm", "Tập trận",
  "Diễn đàn", "Tuần tra chung", "Tọa đàm", "Toạ đàm", "Triển lãm", "Kỳ họp", "Phiên họp", "Hội thao", "Hội chợ",
  "Khóa huấn luyện", "Khoá huấn luyện", "Khóa tập huấn", "Lễ kỷ niệm", "Đại hội", "Cuộc thi", "Chuyến thăm",
  "Chương trình", "Ngày hội",
];

/** Heads strong enough to name an event that carries no number (a phone call, a dialogue, an exercise). */
export const UNNUMBERED_EVENT_HEADS: readonly string[] = [
  "Đối thoại", "Hội nghị", "Giao lưu", "Diễn tập", "Tham vấn", "Hội thảo", "Hội đàm", "Điện đàm", "Tập trận",
  "Diễn đàn", "Tuần tra chung", "Tọa đàm", "Toạ đàm", "Chuyến thăm",
];

/** Spelled-out ordinals after "lần thứ". */
export const ORDINAL_WORDS: ReadonlyArray<readonly [word: string, value: number]> = [
  ["mười một", 11], ["mười hai", 12], ["mười ba", 13], ["mười bốn", 14], ["mười lăm", 15], ["mười sáu", 16],
  ["mười bảy", 17], ["mười tám", 18], ["mười chín", 19], ["hai mươi", 20],
  ["nhất", 1], ["hai", 2], ["ba", 3], ["tư", 4], ["bốn", 4], ["năm", 5], ["sáu", 6], ["bảy", 7], ["bẩy", 7],
  ["tám", 8], ["chín", 9], ["mười", 10], ["đầu tiên", 1],
];

/** Words that end an event's name inside a sentence ("… lần thứ 8 diễn ra tại …"). */
export const EVENT_NAME_STOPS: readonly string[] = [
  "tại", "diễn ra", "đã", "được", "vào", "nhằm", "với sự", "do", "từ ngày", "trong", "có", "là", "sẽ", "giữa hai", "khai mạc", "bế mạc", "lần này", "này", "năm nay", "hôm nay", "vừa qua",
];
