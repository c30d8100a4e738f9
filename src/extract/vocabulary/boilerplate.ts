/** Words and patterns that mark site furniture on Vietnamese news pages (used by src/extract/boilerplate/). */

/**
 * Lines that open a list of other stories when they stand alone (compared lower-cased, after a
 * trailing colon, arrows or a count such as "(5)" are cut). Collected from the related, most-read
 * and same-section boxes of national and provincial outlets.
 */
export const LIST_MARKERS: readonly string[] = [
  "có thể bạn quan tâm", "bạn có thể quan tâm", "có thể bạn chưa đọc", "đừng bỏ lỡ",
  "tin bài liên quan", "tin liên quan", "bài liên quan", "bài viết liên quan", "tin tức liên quan",
  "các tin bài khác", "các tin khác", "tin khác", "các bài khác", "bài khác", "các bài viết khác", "tin tức khác",
  "đọc nhiều", "đọc nhiều nhất", "tin đọc nhiều", "bài đọc nhiều", "xem nhiều", "xem nhiều nhất", "tin xem nhiều",
  "tin cùng chuyên mục", "cùng chuyên mục", "bài cùng chuyên mục", "tin cùng chủ đề", "cùng chủ đề", "cùng danh mục",
  "tin mới", "tin mới nhất", "mới nhất", "tin mới cập nhật", "tin mới đăng", "tin cũ hơn", "tin đã đăng", "tin trước",
  "xem thêm", "đọc thêm", "xem tiếp", "đọc tiếp", "tin nổi bật", "nổi bật", "tin tiêu điểm", "tiêu điểm", "tin hot", "tin nóng",
  "video nổi bật", "dòng sự kiện", "sự kiện nóng", "chủ đề nóng", "tin tổng hợp",
  "tin tiếp theo", "bài tiếp theo", "tin trước đó", "bài trước",
  "mới - nóng", "tin mới - nóng", "mới nóng", "tin nhanh", "tin vắn", "có thể bạn muốn đọc", "bạn nên đọc", "đề xuất cho bạn",
  // Portals with an English face print their boxes in English.
  "related news", "related articles", "related stories", "related posts", "other news", "more news", "latest news", "most read",
];

/**
 * Media section labels ("Video", "Infographic"): in a sidebar they open a list of links, but inside
 * an article they label an embedded player, so what follows them is only headlines, never a paragraph.
 */
export const MEDIA_MARKERS: readonly string[] = [
  "video", "videos", "clip", "infographic", "infographics", "multimedia", "emagazine", "e-magazine", "podcast",
  "tin ảnh", "phóng sự ảnh", "ảnh đẹp", "longform", "megastory",
];

/**
 * Prefixes of a one-line link to another story inside or after the article
 * ("Xem thêm: Việt Nam - Lào ký kế hoạch…", ">> Đọc thêm: …").
 */
export const INLINE_LINK_PREFIXES: readonly string[] = [
  "xem thêm", "đọc thêm", "tin liên quan", "bài liên quan", "mời xem thêm", "mời đọc thêm", "xem tiếp", "đọc tiếp", "video",
];

/** Standalone lines that open a comment section or the page footer: the article never continues after them. */
export const TERMINAL_MARKERS: readonly string[] = [
  "bình luận", "ý kiến bạn đọc", "gửi bình luận", "viết bình luận", "ý kiến của bạn", "gửi ý kiến",
  "ý kiến", "bình luận của bạn", "thảo luận", "bạn đọc bình luận", "bạn đọc phản hồi", "phản hồi", "ý kiến phản hồi",
  "gửi phản hồi", "bình luận facebook", "để lại bình luận", "viết phản hồi", "bình luận bài viết",
  // Blogs' comment sections.
  "không có nhận xét nào", "nhận xét", "đăng nhận xét", "1 nhận xét", "để lại nhận xét",
];

/**
 * Whole lines of page chrome (compared lower-cased, final dots ignored): widgets, loaders,
 * version switches, share buttons, scraped template leftovers.
 */
export const CHROME_LINES: readonly string[] = [
  "aa", "a a", "a+ a-", "a- a+", "a a a", "null", "undefined", "nan", "[object object]",
  "xin chờ trong giây lát", "đang tải", "đang tải dữ liệu", "loading", "vui lòng chờ",
  "phiên bản di động", "phiên bản máy tính", "bản di động", "bản máy tính", "giao diện mobile",
  "về đầu trang", "lên đầu trang", "trở lại đầu trang", "về trang chủ", "trang chủ", "quay lại",
  "in bài viết", "in bài", "in", "lưu bài", "lưu", "gửi bài", "gửi email", "email", "chia sẻ", "share", "tweet",
  "facebook", "zalo", "twitter", "copy link", "sao chép liên kết", "sao chép link", "print", "bản in",
  "chia sẻ bài viết", "chia sẻ bài", "chia sẻ qua", "chia sẻ lên", "gửi bài viết", "gửi cho bạn bè", "lưu bài viết", "in trang",
  "nghe bài viết", "nghe", "đọc bài", "tự động", "giọng nam", "giọng nữ", "cỡ chữ", "thích", "like",
  "bình luận (0)", "0 bình luận", "tags", "từ khóa", "từ khoá", "thẻ", "chủ đề",
  "quảng cáo", "advertisement", "sponsored", "tài trợ", "ad", "adquảng cáo", "ad quảng cáo", "quảng cáo ad",
  // Text-size and audio widgets, image placeholders.
  "xem với cỡ chữ", "cỡ chữ", "phóng to", "thu nhỏ", "audio", "nghe audio", "nghe đọc bài", "img", "image", "photo",
  // Portal headers: accounts, search, languages, section names standing alone.
  "đăng nhập", "đăng ký", "đăng xuất", "quên mật khẩu", "tài khoản", "tìm kiếm", "tìm kiếm tin tức", "nhập từ khóa",
  "danh mục", "menu", "ngôn ngữ", "tiếng việt", "english", "banner", "analytic", "rss", "sitemap", "liên hệ", "giới thiệu",
  "tất cả chuyên mục", "chuyên mục", "tin tức", "tin tức - sự kiện", "tin tức sự kiện", "xem tất cả", "xem toàn bộ",
  // Accessibility links of content systems ("Skip to main content"), printed as text.
  "skip to main content", "skip ribbon commands", "skip navigation", "skip to content", "bỏ qua nội dung chính",
  "chuyển đến nội dung chính", "đi tới nội dung",
  // Blogs' navigation.
  "bài đăng mới hơn", "bài đăng cũ hơn", "bài đăng phổ biến", "lưu trữ blog", "giới thiệu về tôi", "xem hồ sơ hoàn chỉnh của tôi",
  // Comment forms.
  "gửi", "gửi tin", "hủy", "trả lời", "họ và tên", "họ tên", "nội dung", "mã xác nhận", "gửi bình luận của bạn",
];

/**
 * Prefixes of chrome lines that carry a value after them (compared lower-cased):
 * hotlines, keyword lists, copyright and licence notices.
 */
export const CHROME_PREFIXES: readonly string[] = [
  "hotline", "đường dây nóng", "tags:", "tag:", "từ khóa:", "từ khoá:", "chủ đề:", "thẻ:",
  "copyright", "©", "bản quyền thuộc", "giấy phép", "ghi rõ nguồn", "trang chủ >", "trang chủ »", "trang chủ /",
  "liên hệ quảng cáo", "tòa soạn:", "toà soạn:", "điện thoại:", "fax:",
  // Site footers: publisher, licence, editor, address (prose-shaped, so they must be named).
  "cơ quan chủ quản", "cơ quan ngôn luận", "giấy phép số", "giấy phép hoạt động", "tổng biên tập:", "phó tổng biên tập:",
  "chịu trách nhiệm nội dung", "chịu trách nhiệm xuất bản", "địa chỉ:", "trụ sở:", "email:", "website:",
  "tổng biên tập ", "phó tổng biên tập ", "thư ký tòa soạn", "trụ sở chính", "văn phòng đại diện", "điện thoại ", "đt:", "tel:",
  "số điện thoại", "liên hệ:", "bản quyền", "ghi rõ nguồn", "không được sao chép", "cấm sao chép",
  // Comment forms ("Ý kiến của bạn sẽ được biên tập trước khi đăng", "Bạn còn 500/500 ký tự").
  "ý kiến của bạn sẽ được", "bình luận của bạn sẽ được", "vui lòng nhập", "vui lòng đăng nhập", "bạn còn ", "tối thiểu ",
  "mời bạn đọc bình luận", "nhập nội dung", "email của bạn sẽ không được hiển thị", "các trường bắt buộc",
  "địa chỉ email của bạn sẽ không",
];

/** Names of the first crumb of a breadcrumb trail ("Trang chủ Hữu nghị Bốn phương kết bạn"). */
export const BREADCRUMB_HEADS: readonly string[] = ["trang chủ", "home", "trang nhất"];

/** Platforms named in follow and share prompts ("Theo dõi Báo Gia Lai trên Google News"). */
export const FOLLOW_PLATFORMS: readonly string[] = [
  "google news", "google tin tức", "facebook", "fanpage", "zalo", "youtube", "tiktok", "telegram", "twitter",
  "instagram", "kênh whatsapp", "ứng dụng", "app",
];

/** Verbs that open a follow, subscribe or share prompt. */
export const FOLLOW_VERBS: readonly string[] = [
  "theo dõi", "hãy theo dõi", "mời bạn theo dõi", "mời quý độc giả theo dõi", "mời độc giả theo dõi",
  "đăng ký", "đăng kí", "follow", "like", "tải ứng dụng", "tải app", "tham gia", "nhấn", "bấm",
];

/** Weekday names that open a page clock ("Thứ bảy, 26-7-25 22:12:59"); matched lower-cased. */
export const WEEKDAYS: readonly string[] = [
  "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật",
  "thứ 2", "thứ 3", "thứ 4", "thứ 5", "thứ 6", "thứ 7", "cn",
];

/** Words a page clock may carry around its digits ("Cập nhật lúc 09:14 | 16/07/2022 GMT+7"). */
export const CLOCK_WORDS: readonly string[] = [
  "cập nhật", "cập nhật lúc", "đăng lúc", "đăng ngày", "ngày đăng", "lúc", "ngày", "giờ", "gmt", "gmt+7",
  "(gmt+7)", "utc", "utc+7", "sáng", "trưa", "chiều", "tối", "am", "pm", "thời gian", "xuất bản", "tháng", "năm",
  "ngày cập nhật", "thời gian đăng", "đăng", "cập nhật ngày",
  // Some sites print their clock in English ("Sunday, January 18, 2015 4:36:59 PM").
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
  "may", "june", "july", "august", "september", "october", "november", "december",
];

/** Labels before a counter ("Số lần đọc: 529", "Lượt xem: 1.234"); matched lower-cased. */
export const COUNTER_LABELS: readonly string[] = [
  "số lần đọc", "số lượt đọc", "số lượt xem", "lượt xem", "lượt đọc", "lượt truy cập", "đã xem", "lượt thích", "views",
];

/** What a lone counter counts ("1.234 lượt xem", "12 bình luận", "3 phút đọc"); matched lower-cased after the number. */
export const COUNTER_UNITS: readonly string[] = [
  "lượt xem", "lượt đọc", "lượt thích", "lượt chia sẻ", "bình luận", "phản hồi", "ý kiến", "phút đọc", "views", "comments",
];

/** Tags that open a teaser of another story in a list ("[Video] …", "[Infographic] …", "[Ảnh] …"). */
export const LIST_ITEM_TAGS = /^[[(](video|clip|infographic|ảnh|photo|emagazine|e-magazine|podcast|trực tiếp|live|interactive|megastory|longform)[\])]/iu;

/**
 * Outlet tag opening a lead or a teaser: "(GLO)-", "(NLĐO) -", "(Chinhphu.vn) -", "TTO -".
 * The article's own lead may carry one; another tagged line is a teaser of another story.
 */
export const OUTLET_TAG = /^(?:\([\p{L}\d.+ ]{2,24}\)\s?[-–—]|[A-ZĐ]{2,6}\s[-–—]\s)/u;

/**
 * What an image leaves in scraped text besides its file name: a Markdown image ("![](…)", in a table
 * cell "![]() |"), or a bare "img".
 */
export const IMAGE_PLACEHOLDER = /^(?:\|\s*)?!\[[^\]\n]{0,300}\]\([^)\n]{0,1000}\)(?:\s*\|)?$|^(?:img|image)$/iu;

/** Alt text some content systems number after the headline it repeats ("Tiêu đề bài- Ảnh 1.", "… - Ảnh 2"). */
export const IMAGE_ALT_NUMBERED = /[-–]\s?(?:Ảnh|Hình|Photo)\s?\d{1,2}\.?$/u;

/** A dateline with an agency's tag opening a lead: "Viêng Chăn (TTXVN) – …", "Hà Nội (VNA) - …". */
export const DATELINE_TAG = /^[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*){0,3}\s?\([\p{L}\d.+ /]{2,24}\)\s?[-–—]/u;

/**
 * Words of a price, market or weather ticker in a portal's header ("Giá vàng SJC 84.000.000 đ/lượng",
 * "Tỷ giá USD 25.450 đ", "Chứng khoán VN-Index 1.254,3 (+0,45%)", "Hà Nội 24°C"); with a number, a short line is a ticker.
 */
export const TICKER_WORDS = /(?:^|[^\p{L}])(?:giá vàng|tỷ giá|chứng khoán|vn-?index|hnx-?index|upcom|giá xăng|giá dầu|dầu brent|dầu wti|usd|eur|vnd|sjc|bitcoin|thời tiết|nhiệt độ|độ ẩm)(?![\p{L}])|°c|°f/iu;

/** A template's placeholder left unfilled ("{keywords}", "{{title}}", "${author}", "%TAGS%"). */
export const TEMPLATE_PLACEHOLDER = /^(?:\{\{?\s*[\p{L}\d_.-]{1,40}\s*\}?\}|\$\{[\p{L}\d_.]{1,40}\}|%[\p{L}\d_]{1,40}%)$/u;

/** Image file names left by a scraper ("ttxvn-vietnam-canada-1.jpg"). */
export const IMAGE_FILE = /^\S{1,200}\.(?:jpe?g|png|gif|webp|bmp|svg|avif|tiff?)(?:\?\S*)?(?:\s?(?:phóng to|zoom))?$/iu;

/** A link address standing alone, maybe after a label ("source /tin-tuc/…", "https://…"). Source lines ("Nguồn: …") are bylines, not this. */
export const LINK_ADDRESS = /^(?:(?!nguồn|theo)[\p{L}]{1,12}:?\s)?(?:https?:\/\/|www\.|\/)[^\s]{2,500}$/iu;

/** Photo credits that make a line a caption: "(Ảnh: Dương Giang/TTXVN)", "Ảnh: Ngô Tùng", "Ảnh minh họa". */
export const PHOTO_CREDIT =
  /(?:^|[\s.(–—-])(?:ảnh|ảnh minh họa|ảnh minh hoạ|ảnh tư liệu|nguồn ảnh|photo|ảnh chụp màn hình|clip|video)\s*(?::|[-–]\s)\s*[^\n]{0,80}$|(?:^|[\s.(])hình\s*:\s*[^\n]{0,80}$|\((?:ảnh|hình|photo)[^)]{0,80}\)[\s.]*$|(?:ảnh minh họa|ảnh minh hoạ|ảnh tư liệu)[.)\s]*$/iu;

/** A credit without a colon: "Ảnh VGP.", "Ảnh CTV", "Ảnh Trọng Đức" (capitalised names after "Ảnh", case-sensitive). */
export const PHOTO_CREDIT_BARE = /(?:^|[\s.(])Ảnh\s+[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*){0,3}[.)]*$/u;

/**
 * Words that open a byline or source line: "Theo TTXVN", "Theo Hiền Hạnh (TTXVN/Vietnam+)",
 * "Nguồn: VOV", "(Theo Nhân Dân)", "Bài và ảnh: Minh Anh", or "Nguồn:" left empty by a template.
 */
export const BYLINE_HEADS: readonly string[] = [
  "theo", "nguồn", "nguồn tin", "bài và ảnh", "bài, ảnh", "tin, ảnh", "tin và ảnh", "ảnh", "thực hiện", "trình bày", "đồ họa",
  "tổng hợp", "lược dịch", "biên dịch", "dịch", "biên tập",
];

/** Short reporter handles that sign an article ("PV", "Nhóm PV", "CTV", "BTV"). */
export const REPORTER_HANDLES = /^(?:nhóm\s+)?(?:pv|ptv|ctv|btv|tpv|pv\s*\/\s*\S+|nhóm phóng viên|phóng viên)\b/iu;

/** Marks that end an article in Vietnamese press ("…lần thứ 3./."). */
export const END_MARK = /\.\s?\/\s?\.$|\/\.$/u;
