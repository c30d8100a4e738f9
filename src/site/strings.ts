/**
 * Every piece of interface text readers see, grouped by page or area; templates and helpers read
 * it from here, so a wording change or a translation touches this one file. Text holding markup or
 * straight quotes is built with `html` so it reaches the page unescaped, exactly as written.
 */
import { html, type SafeHtml } from "../render/html.ts";

/** The sections the search page's no-JavaScript message links to. */
export type BrowseSection = "partner" | "person" | "series" | "archive";

export const STRINGS = {
  /** Section names: main navigation, breadcrumbs, index page headings and the kicker above item pages. */
  sections: {
    home: "Trang chủ",
    partner: "Đối tác",
    person: "Nhân vật",
    series: "Chuỗi sự kiện",
    outlet: "Cơ quan báo chí",
    archive: "Lưu trữ",
  },

  /** The page frame every page shares: <title>, skip link, header search form, navigation, footer. */
  frame: {
    pageTitle: (title: string, siteName: string) => `${title} – ${siteName}`,
    skipLink: "Chuyển đến nội dung chính",
    searchFormLabel: "Tìm trong toàn bộ lưu trữ",
    searchLabel: "Tìm kiếm",
    searchPlaceholder: "Tên người, đối tác, sự kiện…",
    searchButton: "Tìm",
    navLabel: "Mục chính",
    breadcrumbsLabel: "Đường dẫn",
    pageAddress: (url: string) => `Địa chỉ trang: ${url}`,
    feed: "Nguồn tin Atom",
    sitemap: "Sơ đồ trang",
    openData: "Dữ liệu mở",
  },

  /** Dates, months, counts and joined names (src/render/format.ts). */
  format: {
    /** Indexed by Date#getUTCDay(): Sunday first. */
    weekdays: ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"],
    undated: "Chưa rõ ngày",
    date: (weekday: string, d: number, m: number, y: number) => `${weekday}, ${d}/${m}/${y}`,
    month: (month: number) => `Tháng ${month}`,
    monthOfYear: (month: number, year: string) => `Tháng ${month}/${year}`,
    /** `count` is already formatted with vi-VN digit grouping. */
    articleCount: (count: string) => `${count} bài viết`,
    session: (ordinal: number) => `lần thứ ${ordinal}`,
    /** The word before the last of several joined names: "A, B và C". */
    and: "và",
    pagedTitle: (title: string, pageNumber: number) => `${title} – trang ${pageNumber}`,
  },

  /** Article lists, group indexes and the pager shared by list pages (src/render/components.ts). */
  lists: {
    noArticles: "Chưa có bài viết nào.",
    noGroups: "Chưa có mục nào.",
    /** Heading of the article list on item pages ("Bài viết – trang 2" after the first page). */
    articles: "Bài viết",
    page: (pageNumber: number) => `Trang ${pageNumber}`,
    pagerLabel: "Phân trang",
    previousPage: "← Trang trước",
    nextPage: "Trang sau →",
    /** The pager's link to the newest page of a list shown newest first (its own URL). */
    newestPage: "Mới nhất",
    /** The page left where an old page number led, for readers whose browser does not follow it at once. */
    moved: "Trang này đã chuyển",
    movedText: "Các trang của danh sách nay được đánh số từ bài cũ nhất. Mời xem",
  },

  /** The timeline chart, its legend and its table (src/render/timeline.ts, src/site/model.ts). */
  timeline: {
    /** The series summing every partner not drawn on its own. */
    otherPartners: "Khác",
    description: (total: number, from: string, to: string, rows: string) => `${total} bài viết từ ${from} đến ${to}. ${rows}.`,
    scrollLabel: (title: string) => `${title}: biểu đồ, cuộn ngang trên màn hình hẹp`,
    showTable: "Xem số liệu dạng bảng",
    tableLabel: (title: string) => `${title}: bảng số liệu`,
    year: "Năm",
    total: "Tổng",
  },

  /** The article page: facts, participants, same story elsewhere, related articles, previous/next. */
  article: {
    date: "Ngày",
    place: "Địa điểm",
    partners: "Đối tác",
    event: "Sự kiện",
    source: "Nguồn",
    credits: "Tác giả, ảnh",
    participants: "Người tham dự",
    sameStory: "Cùng tin này ở báo khác",
    related: "Bài liên quan",
    wholeSeries: "Xem cả chuỗi:",
    allAbout: "Mọi bài về",
    previousNextLabel: "Bài trước và bài sau theo ngày",
    previous: "← Bài trước",
    next: "Bài sau →",
  },

  /** The home page and its later pages. */
  home: {
    pagedTitle: "Bài mới",
    articlesNow: (count: string) => `Hiện có ${count}.`,
    timelineTitle: "Số bài viết theo năm và đối tác",
    latest: "Bài mới nhất",
  },

  /** The 404 page. */
  notFound: {
    title: "Không tìm thấy trang",
    text: "Trang bạn tìm không có trong lưu trữ, hoặc địa chỉ đã bị gõ sai.",
    home: "Về trang chủ",
    search: "Tìm kiếm trong lưu trữ",
  },

  /** The search page's form as built (the strings its script writes live in templates/assets/search*.js). */
  search: {
    title: "Tìm kiếm",
    description: "Tìm bài viết trong lưu trữ theo từ khóa, đối tác, năm, cơ quan báo chí, nhân vật và chuỗi sự kiện.",
    query: "Từ khóa",
    submit: "Tìm",
    hint: html`Gõ có dấu hay không dấu đều được: “doi thoai” cũng tìm ra “Đối thoại”. Đặt cả cụm trong ngoặc kép để tìm đúng cụm từ, ví dụ "hoang xuan chien".`,
    filtersLegend: "Lọc và sắp xếp",
    anyValue: "Tất cả",
    sort: "Sắp xếp",
    bestFirst: "Phù hợp nhất trước",
    noscript: (link: (section: BrowseSection, text: string) => SafeHtml) =>
      html`Tìm kiếm cần JavaScript, mà trình duyệt của bạn đang tắt. Mọi phần khác của trang vẫn dùng được: hãy xem bài viết theo ${link("partner", "đối tác")}, ${link("person", "nhân vật")}, ${link("series", "chuỗi sự kiện")} hoặc ${link("archive", "theo năm")}.`,
    resultsLabel: "Kết quả tìm kiếm",
    more: "Xem thêm kết quả",
  },

  /** Partner pages: the index of countries and one country. */
  partner: {
    indexDescription: "Các nước đối tác trong hợp tác quốc phòng với Việt Nam và số bài viết về từng nước.",
    indexLede: "Các nước đối tác, xếp theo tên; con số là số bài viết.",
    title: (name: string) => `Đối tác: ${name}`,
    description: (count: string, name: string) => `${count} về hợp tác quốc phòng Việt Nam – ${name}.`,
    lede: (count: string, name: string) => `${count} về hợp tác quốc phòng giữa Việt Nam và ${name}.`,
    pageDescription: (name: string, page: number) => `Bài viết về hợp tác quốc phòng Việt Nam – ${name}, trang ${page}.`,
    timelineTitle: (name: string) => `Số bài viết về ${name} theo năm`,
    peopleMet: "Nhân vật đã gặp",
  },

  /** People pages: the index of people and one person's appearances. */
  person: {
    indexDescription: "Những người tham dự các hoạt động hợp tác quốc phòng được nêu trong lưu trữ.",
    indexLede: "Những người tham dự hoặc phát biểu trong các bài viết, xếp theo tên; con số là số bài viết.",
    description: (name: string, count: string) => `${name}: ${count} trong lưu trữ hợp tác quốc phòng, kèm chức vụ ở từng thời điểm.`,
    lede: (count: string, latestTitle: string | null) => `Xuất hiện trong ${count}${latestTitle ? `; chức vụ gần nhất: ${latestTitle}` : ""}.`,
    pageDescription: (name: string, page: number) => `${name}: các bài viết trong lưu trữ hợp tác quốc phòng, trang ${page}.`,
    appearances: "Các bài viết theo thời gian",
    titleThen: "Chức vụ khi đó:",
  },

  /** Event series pages: the index of series and one series' sessions. */
  series: {
    indexDescription: "Các chuỗi sự kiện định kỳ (đối thoại, giao lưu, tham vấn) và các phiên có trong lưu trữ.",
    indexLede: "Các sự kiện được tổ chức nhiều lần, xếp theo tên; con số là số bài viết.",
    description: (name: string, count: string) => `${name}: các phiên có trong lưu trữ (${count}).`,
    lede: (count: string, numbered: number) => `${count}${numbered ? `, ${numbered} phiên có số thứ tự` : ""}.`,
    missing: "Chưa có trong lưu trữ:",
    unnumbered: "Bài chưa rõ phiên",
  },

  /** Outlet pages: the index of news outlets and one outlet. */
  outlet: {
    indexDescription: "Các cơ quan báo chí đã đăng những bài viết trong lưu trữ.",
    indexLede: (withoutOutlet: number) => `Các báo đã đăng bài, xếp theo tên; con số là số bài viết.${withoutOutlet > 0 ? ` Có ${withoutOutlet} bài chưa rõ nguồn.` : ""}`,
    description: (count: string, name: string) => `${count} của ${name} về hợp tác quốc phòng.`,
    lede: (count: string) => `${count} trong lưu trữ.`,
    pageDescription: (name: string, page: number) => `Bài viết của ${name} về hợp tác quốc phòng, trang ${page}.`,
  },

  /** Archive pages: the index by year (also the footer and 404 link), one year, one month. */
  archive: {
    title: "Lưu trữ theo năm",
    description: "Mọi bài viết trong lưu trữ, theo năm và theo tháng.",
    noDated: "Chưa có bài viết nào có ngày.",
    undated: "Bài chưa rõ ngày",
    yearTitle: (year: string) => `Năm ${year}`,
    yearDescription: (count: string, year: string) => `${count} về hợp tác quốc phòng trong năm ${year}.`,
    yearPageDescription: (year: string, page: number) => `Bài viết về hợp tác quốc phòng trong năm ${year}, trang ${page}.`,
    monthsLabel: (year: string) => `Các tháng trong năm ${year}`,
    /** `month` is the month's name in lower case ("tháng 5/2022"). */
    monthDescription: (count: string, month: string) => `${count} về hợp tác quốc phòng trong ${month}.`,
    monthPageDescription: (month: string, page: number) => `Bài viết về hợp tác quốc phòng trong ${month}, trang ${page}.`,
    wholeYear: (year: string) => `Cả năm ${year}`,
  },

  /** The open-data page /du-lieu/ (its prose and column descriptions are still in the template and src/editors/opendata.ts). */
  openData: {
    title: "Về dữ liệu",
  },
} as const;
