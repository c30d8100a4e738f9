/**
 * Vietnamese labels of the reasons extraction gives for a removed line (it writes them in English,
 * as the rest of the code), so editors read on the review pages why a line was cut.
 */

/** Reasons given word for word. */
const LABELS: Readonly<Record<string, string>> = {
  "page clock": "ngày giờ của trang",
  "page widget": "nút, tiện ích của trang",
  "page chrome": "khung trang (đường dây nóng, địa chỉ, giấy phép…)",
  "share buttons": "nút chia sẻ",
  "follow prompt": "lời mời theo dõi",
  "breadcrumb": "đường dẫn chuyên mục",
  "separator": "dấu phân cách",
  "lone counter": "bộ đếm",
  "image placeholder": "chỗ đặt ảnh",
  "image file name": "tên tệp ảnh",
  "image alt text": "chữ thay ảnh",
  "link address": "địa chỉ liên kết",
  "link slug": "đường dẫn liên kết",
  "template placeholder": "chỗ trống của khuôn trang",
  "price or weather ticker": "bảng giá, thời tiết",
  "link to another story": "liên kết tới bài khác",
  "headline printed twice (link)": "tiêu đề in hai lần (liên kết)",
  "tagged link to another story": "liên kết tới bài khác",
  "list marker": "đầu mục danh sách tin",
  "comment section": "phần bình luận",
  "byline": "tác giả, nguồn",
  "empty source line": "dòng nguồn để trống",
  "before the article": "trước bài viết",
  "after the article": "sau bài viết",
  "no article on the page": "trang không có bài viết",
  "beside the headline, not the article's": "cạnh tiêu đề, không thuộc bài",
  "related-story list (headline and teaser pairs)": "danh sách tin liên quan (tiêu đề và tóm tắt)",
  "related-story list (run of headline and teaser pairs)": "danh sách tin liên quan (tiêu đề và tóm tắt)",
  "run of headlines (links to other stories)": "chuỗi tiêu đề (liên kết tới bài khác)",
  "teaser of another story (outlet tag)": "tóm tắt bài khác",
  "repeats the headline (image alt text)": "lặp lại tiêu đề (chữ thay ảnh)",
  "image alt text repeating the caption": "chữ thay ảnh lặp lại chú thích",
  "page description repeating the lead": "mô tả trang lặp lại đoạn mở đầu",
  "caption printed twice": "chú thích in hai lần",
  "repeated line": "dòng lặp lại",
  "headline of another article in the archive": "tiêu đề của một bài khác trong kho lưu trữ",
};

/** Reasons that carry a value: [pattern, label with $1 for it]. */
const PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/^repeated outside the article in (\d+) or more files$/u, "lặp lại ở $1 tệp trở lên"],
  [/^list of other stories after "(.*)"$/u, "danh sách tin khác sau “$1”"],
];

/** The Vietnamese label of a removal reason; a reason without one is shown as written. */
export function reasonLabel(reason: string): string {
  const exact = LABELS[reason];
  if (exact !== undefined) return exact;
  for (const [pattern, label] of PATTERNS) if (pattern.test(reason)) return reason.replace(pattern, label);
  return reason;
}
