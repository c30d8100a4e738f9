/**
 * Heavier furniture for the evaluation: wraps a gold page in a news portal's furniture (login and
 * section menus, tickers, a share bar under the headline, a box of related stories with teasers
 * taken from the other pages of the corpus, a comment form, a footer with the newsroom's address)
 * and moves its gold labels along, so `npm run eval -- --portal` measures how extraction holds up
 * in pages busier than the ones labelled. The furniture is written for this purpose in three
 * portal styles; each page gets one style, so a build of the corpus sees each repeated.
 */
import type { Gold } from "./gold.ts";

/** One portal's furniture: lines above the page, under the headline, and below the page (with the related box's place). */
interface PortalStyle {
  header: string[];
  underHeadline: string[];
  relatedMarker: string;
  afterRelated: string[];
  footer: string[];
}

const STYLES: readonly PortalStyle[] = [
  {
    header: ["Đăng nhập", "Đăng ký", "Thứ Năm, 14/11/2024", "Hà Nội 24°C", "Trang chủ", "Thời sự", "Thế giới", "Kinh tế", "Xã hội", "Pháp luật",
      "Sức khỏe", "Giáo dục", "Công nghệ", "Giá vàng SJC 84.000.000 đ/lượng", "Tỷ giá USD 25.450 đ", "Trang chủ > Thời sự > Đối ngoại"],
    underHeadline: ["Chia sẻ", "Facebook", "Zalo", "Copy link", "A- A+ In bài"],
    relatedMarker: "Tin liên quan",
    afterRelated: ["Bình luận", "Họ và tên", "Email", "Nội dung bình luận", "Gửi bình luận", "TIN CÙNG CHUYÊN MỤC"],
    footer: ["Cơ quan chủ quản: Hội Nhà báo địa phương", "Giấy phép số 123/GP-BTTTT cấp ngày 01/01/2020", "Tổng biên tập: Nguyễn Văn Bình",
      "Tòa soạn: 12 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội", "Điện thoại: 024 3825 1234 - Email: toasoan@baodiaphuong.vn",
      "© Bản quyền thuộc về báo điện tử địa phương. Ghi rõ nguồn khi phát hành lại thông tin từ website này."],
  },
  {
    header: ["Tìm kiếm", "Menu", "Dầu Brent 82,4 USD/thùng", "Đà Nẵng 29°C, nắng nhẹ", "Tin mới", "Chính trị", "Đối ngoại", "Địa phương", "Văn hóa - Thể thao",
      "Du lịch", "Bất động sản", "Ô tô - Xe máy", "Video", "Podcast", "Tuyển sinh 2024"],
    underHeadline: ["Lượt xem: 1.208", "Nghe bài viết", "Chia sẻ bài viết:", "Gửi email", "In trang"],
    relatedMarker: "Bài viết liên quan",
    afterRelated: ["Ý kiến bạn đọc", "Bạn còn 500/500 ký tự", "Mã xác nhận", "Gửi", "Tin khác"],
    footer: ["Báo điện tử của Ủy ban nhân dân tỉnh", "Chịu trách nhiệm nội dung: Phó Tổng biên tập Trần Thị Hoa",
      "Trụ sở: 45 Nguyễn Huệ, phường 1, thành phố Tuy Hòa", "Hotline: 0905 123 456", "Liên hệ quảng cáo: 0258 3822 111",
      "Không được sao chép khi chưa có sự đồng ý bằng văn bản của Tòa soạn."],
  },
  {
    header: ["Trang nhất", "Tin tức", "Thời sự - Chính trị", "Kinh tế - Xã hội", "Quốc tế", "Khoa học", "Đời sống", "Đặt báo in", "RSS",
      "Chứng khoán VN-Index 1.254,3 (+0,45%)", "Cập nhật lúc 09:15 | 20/11/2024"],
    underHeadline: ["Theo dõi chúng tôi trên Google News", "Cỡ chữ", "Lưu", "Chia sẻ Facebook Zalo Twitter"],
    relatedMarker: "Đọc thêm",
    afterRelated: ["0 bình luận", "Viết bình luận của bạn", "Xem nhiều nhất"],
    footer: ["Tạp chí điện tử - Cơ quan ngôn luận của Hiệp hội", "Giấy phép hoạt động báo chí điện tử số 456/GP-BTTTT",
      "Địa chỉ: Tầng 5, tòa nhà 18 Phạm Hùng, Cầu Giấy, Hà Nội", "ĐT: (024) 3767 8899", "Về đầu trang"],
  },
];

/** A related story for the box: another page's headline and the first line of its article. */
export interface RelatedStory {
  headline: string;
  teaser: string;
}

/** What a page of the corpus offers as a related story to the others: its headline, and its first sentence-long article line as the teaser. */
export function relatedStoryOf(gold: Gold, rawLines: readonly string[]): RelatedStory | null {
  const furniture = new Set(gold.line_refs.boilerplate);
  let teaser: string | undefined;
  for (let n = gold.line_refs.body_first; n <= gold.line_refs.body_last && teaser === undefined; n++) {
    const line = rawLines[n - 1]?.trim() ?? "";
    if (!furniture.has(n) && line.length >= TEASER_MIN_CHARS && /[.!?…"”]$/u.test(line)) teaser = line;
  }
  const headline = gold.title ?? null;
  return headline && teaser ? { headline, teaser } : null;
}

/** A teaser is a sentence-long line (a caption is shorter). */
const TEASER_MIN_CHARS = 80;

/**
 * The page `rawLines` (with `gold`) in portal style `style` (an index, taken modulo the styles), with
 * `related` stories in its box and below the comment form; returns the new text and its gold labels.
 */
export function inPortal(gold: Gold, rawLines: readonly string[], related: readonly RelatedStory[], style: number): { text: string; gold: Gold } {
  const s = STYLES[style % STYLES.length]!;
  const lines: string[] = [];
  /** New 1-based line number of each old one. */
  const moved = new Map<number, number>();
  const furniture: number[] = [];
  const add = (text: string, isFurniture: boolean) => {
    lines.push(text);
    if (isFurniture) furniture.push(lines.length);
  };
  for (const text of s.header) add(text, true);
  const titleLine = gold.line_refs.title;
  // Without a headline the bar stands above the page's text.
  if (titleLine === null) for (const u of s.underHeadline) add(u, true);
  add("", false);
  rawLines.forEach((text, i) => {
    add(text, false);
    moved.set(i + 1, lines.length);
    if (i + 1 === titleLine) for (const u of s.underHeadline) add(u, true);
  });
  add("", false);
  const box = related.slice(0, 3);
  add(s.relatedMarker, true);
  for (const r of box) (add(r.headline, true), add(r.teaser, true));
  for (const u of s.afterRelated) add(u, true);
  for (const r of related.slice(3, 6)) add(r.headline, true);
  for (const f of s.footer) add(f, true);

  const at = (n: number) => moved.get(n)!;
  const refs = gold.line_refs;
  const boilerplate = [...refs.boilerplate.map(at), ...furniture].sort((a, b) => a - b);
  return {
    text: lines.join("\n"),
    gold: {
      ...gold,
      boilerplate_lines: boilerplate.map((n) => lines[n - 1]!),
      line_refs: {
        title: refs.title === null ? null : at(refs.title),
        body_first: at(refs.body_first),
        body_last: at(refs.body_last),
        boilerplate,
        duplicated: refs.duplicated.map(at),
      },
    },
  };
}
