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

  /** Months, counts and joined names (src/render/format.ts; dates themselves follow SITE.dateFormat in config.ts). */
  format: {
    undated: "Chưa rõ ngày",
    month: (month: number) => `Tháng ${month}`,
    monthOfYear: (month: number, year: string) => `Tháng ${month}/${year}`,
    /** `count` is already formatted with the locale's digit grouping (SITE.locale). */
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

  /** Group indexes split by initial (src/site/letters.ts, templates/group-index.11ty.ts). */
  letters: {
    navLabel: "Theo chữ cái đầu",
    /** The page of names that start with no letter (a digit, a sign). */
    other: "Khác",
    title: (section: string, letter: string) => `${section}: ${letter}`,
    description: (section: string, letter: string) => `${section} trong lưu trữ hợp tác quốc phòng, vần ${letter}.`,
    /** `count` and `total` are already formatted with the locale's digit grouping; `noun` is the section's name in lower case ("nhân vật"). */
    lede: (count: string, total: string, noun: string) => `${count} trong số ${total} ${noun}, xếp theo tên; con số là số bài viết. Chọn chữ cái đầu khác ở trên.`,
    top: (count: number, noun: string) => `${count} ${noun} có nhiều bài viết nhất`,
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
    mentioned: "Được nhắc đến",
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

  /** The search page's form as built (what its script writes is in `searchScript` below). */
  search: {
    title: "Tìm kiếm",
    description: "Tìm bài viết trong lưu trữ theo từ khóa, đối tác, năm, cơ quan báo chí, nhân vật và chuỗi sự kiện.",
    query: "Từ khóa",
    submit: "Tìm",
    hint: html`Gõ có dấu hay không dấu đều được: “doi thoai” cũng tìm ra “Đối thoại”. Đặt cả cụm trong ngoặc kép để tìm đúng cụm từ, ví dụ "hoang xuan chien".`,
    filtersLegend: "Lọc và sắp xếp",
    /** The disclosure around the filters (closed on small screens); `{n}` is how many are set. */
    filtersToggle: "Lọc và sắp xếp",
    filtersSet: "({n} đang chọn)",
    anyValue: "Tất cả",
    /** Under a filter offered as a text box (SUGGESTED_FILTERS); `count` is its number of values, formatted. */
    suggestedHint: (count: string) => `Gõ vài chữ để chọn trong ${count} tên, có dấu hay không dấu đều được.`,
    sort: "Sắp xếp",
    bestFirst: "Phù hợp nhất trước",
    noscript: (link: (section: BrowseSection, text: string) => SafeHtml) =>
      html`Tìm kiếm cần JavaScript, mà trình duyệt của bạn đang tắt. Mọi phần khác của trang vẫn dùng được: hãy xem bài viết theo ${link("partner", "đối tác")}, ${link("person", "nhân vật")}, ${link("series", "chuỗi sự kiện")} hoặc ${link("archive", "theo năm")}.`,
    resultsLabel: "Kết quả tìm kiếm",
    more: "Xem thêm kết quả",
    answersLabel: "Mục khớp với từ khóa",
  },

  /**
   * What the search page's script writes (templates/assets/search.js), handed to it as JSON in the
   * page: `{n}` (a count, already formatted), `{term}` and `{title}` are filled in.
   */
  searchScript: {
    found: "Tìm thấy {n} bài cho “{term}”.",
    foundFiltered: "Tìm thấy {n} bài cho “{term}” trong bộ lọc đã chọn.",
    notFound: "Không tìm thấy bài nào cho “{term}”.",
    notFoundFiltered: "Không tìm thấy bài nào cho “{term}” trong bộ lọc đã chọn.",
    filtered: "Có {n} bài khớp bộ lọc đã chọn.",
    noneFiltered: "Không có bài nào khớp bộ lọc đã chọn.",
    loadError: "Không tải được chỉ mục tìm kiếm. Hãy thử tải lại trang.",
    /** The kind of each answer card (people, partners, series, places, outlets). */
    kinds: { person: "Nhân vật", partner: "Đối tác", series: "Chuỗi sự kiện", place: "Địa điểm", outlet: "Cơ quan báo chí" },
    articleCount: "{n} bài viết",
    latestTitle: "Chức vụ gần nhất: {title}",
    /** Before the links to the other outlets' copies of a story shown as one result. */
    alsoPublished: "Cũng đăng trên:",
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
    /** Beside an article that only mentions the person (an invitation's host, a message's sender). */
    mentionedOnly: "Chỉ được nhắc đến",
    aliases: "Cách viết khác:",
  },

  /** Event series pages: the index of series and one series' sessions. */
  series: {
    indexDescription: "Các chuỗi sự kiện định kỳ (đối thoại, giao lưu, tham vấn) và các phiên có trong lưu trữ.",
    indexLede: "Các sự kiện được tổ chức nhiều lần, xếp theo tên; con số là số bài viết.",
    /** After the lede when some events have one article only (`count` formatted): they are not listed. */
    oneOffs: (count: string) => `${count} sự kiện khác chỉ có một bài trong lưu trữ nên không liệt kê ở đây; mỗi bài dẫn tới trang sự kiện của nó, và trang Tìm kiếm tìm được chúng theo từ khóa.`,
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

  /** The page left at an article's old URL after an editor moved it (src/render/redirects.ts). */
  redirect: {
    title: (title: string) => `Đã chuyển: ${title}`,
    text: "Bài viết này đã chuyển sang địa chỉ mới:",
  },

  /** The open-data page /du-lieu/ and the columns it documents (src/editors/opendata.ts). */
  openData: {
    title: "Về dữ liệu",
    intro: (count: number) =>
      `Dữ liệu mô tả của ${count} bài viết trong kho lưu trữ được công bố dưới dạng dữ liệu mở, mỗi bài một dòng, để nhà nghiên cứu có thể phân tích bằng công cụ khác.`,
    jsonFile: html`một mảng JSON, mỗi bài một đối tượng; danh sách giữ dạng mảng, giá trị không xác định là <code>null</code>.`,
    csvFile: (separator: string) =>
      html`CSV (RFC 4180, UTF-8, dòng đầu là tên cột); danh sách nối bằng <code>${separator}</code>, giá trị không xác định để trống.`,
    sameColumns:
      "Hai tệp có cùng các cột, cùng thứ tự bài (mới nhất trước) và được tạo lại mỗi lần xây dựng trang. Tệp CSV không có BOM: trong Excel, mở bằng Dữ liệu → Từ văn bản/CSV và chọn mã hóa UTF-8 để chữ tiếng Việt hiển thị đúng.",
    columnsTitle: "Các cột",
    columnHeads: { name: "Cột", type: "Kiểu", nullable: "Có thể trống", meaning: "Ý nghĩa" },
    yes: "có",
    no: "không",
    caution: "Các trường do máy trích xuất từ văn bản gốc và được người biên tập sửa khi phát hiện sai; hãy kiểm tra lại trước khi dùng cho kết luận quan trọng.",
    licenceTitle: "Giấy phép",
    licence: (link: SafeHtml) =>
      html`Dữ liệu mô tả được phát hành theo giấy phép ${link}. Nội dung các bài viết thuộc bản quyền của cơ quan báo chí đã đăng và không nằm trong các tệp dữ liệu.`,
    citeTitle: "Trích dẫn",
    citeIntro: "Khi sử dụng, xin ghi nguồn, ví dụ:",
    citation: (siteName: string, url: string) => `${siteName}. Dữ liệu mô tả bài viết (articles.csv / articles.json). ${url}. Truy cập ngày …`,
    /** How each kind of value is described; `separator` joins lists in the CSV. */
    types: {
      string: "chuỗi",
      url: "URL",
      date: "ngày YYYY-MM-DD",
      integer: "số nguyên dương",
      list: (separator: string) => `danh sách chuỗi (JSON: mảng; CSV: nối bằng „${separator}“)`,
    },
    /** What each column means. */
    columns: {
      id: "Mã bài viết, cố định: đường dẫn của tệp gốc trong content/raw, bỏ đuôi .txt.",
      url: "Địa chỉ cố định của trang bài viết trên trang lưu trữ (tuyệt đối khi trang được xây dựng với --site-url); địa chỉ đã công bố không bao giờ đổi.",
      title: "Tiêu đề bài viết.",
      date: "Ngày diễn ra sự kiện (hoặc ngày đăng), dạng YYYY-MM-DD; trống khi không xác định được năm.",
      partners: "Các nước đối tác, tên tiếng Việt (ví dụ: Campuchia).",
      event: "Tên sự kiện.",
      ordinal: "Số lần tổ chức của sự kiện (lần thứ 5 → 5).",
      location: "Địa điểm diễn ra sự kiện.",
      participants: "Nhân vật tham dự hoặc phát biểu, mỗi người dạng Tên (cấp bậc, chức vụ).",
      outlet: "Cơ quan báo chí đăng bài.",
      mentioned: "Nhân vật chỉ được nhắc tới, không tham dự (người mời, người gửi thư, điện), cùng dạng với participants.",
    },
  },

  /** The editors' review pages /bien-tap/ (templates/bien-tap/, src/editors/); `npm run review` shares the labels. */
  review: {
    section: "Biên tập",
    title: "Biên tập: kiểm tra dữ liệu trích xuất",
    pagedTitle: (pageNumber: number) => `Biên tập – trang ${pageNumber}`,
    intro: "Trang dành cho người biên tập: mỗi bài với các trường máy trích xuất, và văn bản gốc của bài khi mở ra. Trang này không có trong tìm kiếm và sơ đồ trang.",
    pagerLabel: "Các trang biên tập",
    overview: (articles: number, attention: number, duplicates: number, skipped: number) =>
      `${articles} bài viết · ${attention} cần kiểm tra · ${duplicates} có thể trùng · ${skipped} tệp không thành bài viết.`,
    howToFix: "Cách sửa một giá trị",
    howToFixText: (correctionsFile: string, correctedLabel: string) =>
      html`Không sửa trang này hay thư mục <code>_site/</code>. Ghi giá trị đúng vào <code>${correctionsFile}</code>, dưới mã của bài (đường dẫn tệp gốc trong <code>content/raw/</code>, bỏ đuôi <code>.txt</code>), rồi xây dựng lại (<code>npm run build</code>; <code>npm start</code> tự xây dựng lại khi tệp thay đổi). Trường đã sửa hiện nhãn „${correctedLabel}“.`,
    skippedTitle: "Tệp không thành bài viết",
    attentionTitle: "Bài cần kiểm tra",
    attentionHeads: { article: "Bài", problems: "Vấn đề" },
    id: "Mã:",
    rawFile: "tệp gốc:",
    encoding: "mã hóa:",
    articlePage: "trang bài viết",
    warnings: "Cảnh báo:",
    duplicatesOf: "Có thể trùng với:",
    extracted: "Dữ liệu trích xuất",
    fixIn: "Sửa trong",
    rawText: "Văn bản gốc",
    /** Opens an article's raw text, loaded when opened (templates/assets/editors.js). */
    showRawText: "Xem văn bản gốc",
    /** Link to the article's raw lines as data (src/editors/review-text.ts). */
    lineData: "Dữ liệu từng dòng (JSON)",
    removedCount: (count: number) => `(${count} dòng bị loại là phần thừa của trang, gạch ngang)`,
    rawTextLabel: (file: string) => `Văn bản gốc: ${file}`,
    removedBecause: "bị loại:",
    /** Beside a kept raw line: the article paragraph it went into, "nối vào" when re-joined with other lines (also in templates/assets/editors.js). */
    paragraph: (n: number, joined: boolean) => `${joined ? "nối vào " : ""}đoạn ${n}`,
    /** Field flags (src/editors/review.ts). */
    flags: { missing: "thiếu", doubtful: "cần kiểm tra", corrected: "đã sửa tay" },
    /** Why two articles look like the same story. */
    duplicates: {
      "same story": "cùng câu chuyện (văn bản gần như trùng)",
      "same file content": "cùng nội dung tệp",
      "same title and date": "cùng tiêu đề và ngày",
    },
    mayDuplicate: (ids: string) => `có thể trùng: ${ids}`,
    /** The fields shown for review, by front-matter key. */
    fields: {
      title: "Tiêu đề",
      date: "Ngày",
      partners: "Đối tác",
      event: "Sự kiện",
      eventOrdinal: "Lần thứ",
      location: "Địa điểm",
      participants: "Nhân vật",
      outlet: "Cơ quan báo chí",
      credits: "Tác giả, ảnh",
    },
    /** What to write for a field in a ready-to-paste correction. */
    placeholders: { partner: "Tên nước", credit: "Tên", name: "Họ Tên", title: "Cấp bậc, chức vụ" },
  },
} as const;
