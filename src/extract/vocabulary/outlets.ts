/** How a scraped page shows which paper published it: lead tags, site names, hotline area codes. */

/**
 * Tags a paper puts before its own leads ("TPO - ", "(GLO)- ", "VOV.VN - "), mapped to the outlet.
 * Matched at the start of a line, optionally in parentheses, followed by a dash.
 */
export const OUTLET_TAGS: ReadonlyArray<readonly [tag: string, outlet: string]> = [
  ["TPO", "Tiền Phong"],
  ["TTO", "Tuổi Trẻ"],
  ["GLO", "Báo Gia Lai"],
  ["VOV.VN", "VOV"],
  ["VOV", "VOV"],
  ["QĐND", "Quân đội nhân dân"],
  ["QĐND Online", "Quân đội nhân dân"],
  ["Vietnam+", "VietnamPlus"],
  ["VietnamPlus", "VietnamPlus"],
  ["NDĐT", "Nhân Dân"],
  ["Nhandan.vn", "Nhân Dân"],
  ["Chinhphu.vn", "Báo Chính phủ"],
  ["Dân trí", "Dân trí"],
  ["PLO", "Pháp Luật TP.HCM"],
  ["NLĐO", "Người Lao Động"],
  ["HNMO", "Hà Nội Mới"],
  ["CAO", "Công an nhân dân"],
  ["CAND", "Công an nhân dân"],
  ["ANTĐ", "An ninh Thủ đô"],
  ["VTC News", "VTC News"],
  ["TNO", "Thanh Niên"],
  ["BĐT", "Báo Đấu thầu"],
  ["Baoquocte.vn", "Báo Thế giới và Việt Nam"],
  ["BNA", "Báo Bắc Ninh"],
  ["QNO", "Báo Quảng Nam"],
  ["BBP", "Biên phòng"],
  ["VTV.vn", "VTV"],
  ["VTV", "VTV"],
  ["HNM", "Hà Nội Mới"],
  ["ĐCSVN", "Báo Điện tử Đảng Cộng sản Việt Nam"],
  ["BGĐT", "Báo Bắc Giang"],
  ["BKTO", "Báo Kiểm toán"],
  ["QPVN", "Truyền hình Quốc phòng Việt Nam"],
  ["SGGP", "Sài Gòn Giải Phóng"],
  ["SGGPO", "Sài Gòn Giải Phóng"],
  // Provincial papers, mostly "<province> điện tử" or "Báo <province>".
  ["LCĐT", "Báo Lào Cai"], ["YBĐT", "Báo Yên Bái"], ["BLC", "Báo Lai Châu"], ["BĐ", "Báo Bình Định"], ["BDO", "Báo Bình Dương"],
  ["QTO", "Báo Quảng Trị"], ["BTV", "Báo Tây Ninh"], ["HBĐT", "Báo Hòa Bình"], ["ĐBP", "Báo Điện Biên Phủ"], ["NBĐT", "Báo Ninh Bình"],
  ["HGĐT", "Báo Hà Giang"], ["TN&MT", "Tài nguyên và Môi trường"], ["GD&TĐ", "Giáo dục và Thời đại"], ["VOV5", "VOV"], ["VOVworld", "VOV"],
  ["TITC", "Tổng cục Du lịch"], ["Vietnam+", "VietnamPlus"],
];

/** Wire agencies whose tag opens a lead that another outlet reprints ("(TTXVN) - "): the tag names the source, not the outlet. */
export const AGENCY_TAGS: readonly string[] = ["TTXVN", "VNA", "AFP", "Reuters", "AP", "Xinhua", "TTXVN/Vietnam+"];

/** Site names printed in page furniture ("Theo dõi Báo Gia Lai trên Google News", "© Báo Tiền Phong"). */
export const SITE_NAME_PATTERNS: readonly RegExp[] = [
  /Theo dõi (Báo [\p{Lu}][\p{L}]*(?: [\p{Lu}][\p{L}]*){0,3}) trên Google News/u,
  /(?:©|Bản quyền thuộc về|Cơ quan chủ quản:?|Copyright ©?)\s*(Báo [\p{Lu}][\p{L}]*(?: [\p{Lu}][\p{L}]*){0,3})/u,
  /^(Báo [\p{Lu}][\p{L}]*(?: [\p{Lu}][\p{L}]*){0,3}) điện tử(?![\p{L}])/u,
];

/**
 * Landline area codes (after the 2017 renumbering) → the provincial paper of that province.
 * Hà Nội (024) and TP.HCM (028) are left out on purpose: most national papers and agencies have
 * their newsrooms there, so those codes do not name one paper.
 */
export const AREA_CODES: ReadonlyArray<readonly [code: string, province: string]> = [
  ["0274", "Bình Dương"], ["0269", "Gia Lai"],
  ["0236", "Đà Nẵng"], ["0225", "Hải Phòng"], ["0292", "Cần Thơ"], ["0251", "Đồng Nai"], ["0254", "Bà Rịa - Vũng Tàu"],
  ["0271", "Bình Phước"], ["0276", "Tây Ninh"], ["0272", "Long An"], ["0262", "Đắk Lắk"], ["0260", "Kon Tum"],
  ["0263", "Lâm Đồng"], ["0258", "Khánh Hòa"], ["0257", "Phú Yên"], ["0256", "Bình Định"], ["0255", "Quảng Ngãi"],
  ["0235", "Quảng Nam"], ["0234", "Thừa Thiên Huế"], ["0233", "Quảng Trị"], ["0232", "Quảng Bình"], ["0239", "Hà Tĩnh"],
  ["0238", "Nghệ An"], ["0237", "Thanh Hóa"], ["0229", "Ninh Bình"], ["0228", "Nam Định"], ["0226", "Hà Nam"],
  ["0227", "Thái Bình"], ["0220", "Hải Dương"], ["0221", "Hưng Yên"], ["0222", "Bắc Ninh"], ["0204", "Bắc Giang"],
  ["0203", "Quảng Ninh"], ["0205", "Lạng Sơn"], ["0206", "Cao Bằng"], ["0209", "Bắc Kạn"], ["0208", "Thái Nguyên"],
  ["0211", "Vĩnh Phúc"], ["0210", "Phú Thọ"], ["0207", "Tuyên Quang"], ["0219", "Hà Giang"], ["0214", "Lào Cai"],
  ["0216", "Yên Bái"], ["0212", "Sơn La"], ["0213", "Lai Châu"], ["0215", "Điện Biên"], ["0218", "Hòa Bình"],
  ["0252", "Bình Thuận"], ["0259", "Ninh Thuận"], ["0261", "Đắk Nông"], ["0277", "Đồng Tháp"], ["0296", "An Giang"],
  ["0297", "Kiên Giang"], ["0290", "Cà Mau"], ["0291", "Bạc Liêu"], ["0299", "Sóc Trăng"], ["0293", "Hậu Giang"],
  ["0294", "Trà Vinh"], ["0270", "Vĩnh Long"], ["0275", "Bến Tre"], ["0273", "Tiền Giang"],
];

/** Words that introduce a hotline or newsroom number in page furniture. */
export const PHONE_CUE = /(?:Hotline|Đường dây nóng|Điện thoại|ĐT|Tel)\s*:?\s*(0\d{2,3})[\s.]/iu;

/**
 * How an outlet is named: as readers know it from its own masthead. National papers print their name without
 * "Báo" ("Nhân Dân", "Quân đội nhân dân", "Biên phòng", "Tiền Phong", "Thanh Niên", "Tuổi Trẻ"); provincial papers
 * are known with it ("Báo Gia Lai", "Báo Bình Dương"), since the bare name is the province's. The tables below and
 * KNOWN_OUTLETS (which also renames "Báo X" found in page furniture) follow that rule.
 */

/**
 * Outlet names as their logos print them at the top of a page ("Thanh Niên", "Nhân Dân điện tử",
 * "Báo Biên phòng"), each mapped to the outlet's name; matched as a whole line, optionally with
 * " điện tử", " Online" or ".vn".
 */
export const KNOWN_OUTLETS: ReadonlyArray<readonly [printed: string, outlet: string]> = [
  ["Thanh Niên", "Thanh Niên"], ["Tuổi Trẻ", "Tuổi Trẻ"], ["Tiền Phong", "Tiền Phong"], ["Nhân Dân", "Nhân Dân"],
  ["Báo Nhân Dân", "Nhân Dân"], ["Quân đội nhân dân", "Quân đội nhân dân"], ["Báo Quân đội nhân dân", "Quân đội nhân dân"],
  ["Báo Biên phòng", "Biên phòng"], ["Biên phòng", "Biên phòng"], ["Báo Tiền Phong", "Tiền Phong"], ["Báo Thanh Niên", "Thanh Niên"],
  ["Báo Tuổi Trẻ", "Tuổi Trẻ"], ["Báo Dân trí", "Dân trí"], ["Báo Người Lao Động", "Người Lao Động"], ["Báo Hà Nội Mới", "Hà Nội Mới"],
  ["Báo Sài Gòn Giải Phóng", "Sài Gòn Giải Phóng"], ["Báo Công an nhân dân", "Công an nhân dân"], ["Báo Pháp Luật TP.HCM", "Pháp Luật TP.HCM"], ["VnExpress", "VnExpress"], ["VietnamPlus", "VietnamPlus"],
  ["Dân trí", "Dân trí"], ["Lao Động", "Lao Động"], ["Báo Lao Động", "Lao Động"], ["Người Lao Động", "Người Lao Động"],
  ["VOV", "VOV"], ["VOV.VN", "VOV"], ["Báo Điện tử VOV", "VOV"], ["Thời Đại", "Thời Đại"], ["Tạp chí Thời Đại", "Thời Đại"],
  ["Báo Thế giới và Việt Nam", "Báo Thế giới và Việt Nam"], ["Báo Chính phủ", "Báo Chính phủ"], ["Công an nhân dân", "Công an nhân dân"],
  ["Hà Nội Mới", "Hà Nội Mới"], ["Sài Gòn Giải Phóng", "Sài Gòn Giải Phóng"], ["Pháp Luật TP.HCM", "Pháp Luật TP.HCM"],
  ["Báo Tin tức", "Báo Tin tức"], ["Tin tức TTXVN", "Báo Tin tức"], ["Znews", "Znews"], ["VTC News", "VTC News"],
];

/**
 * Web sites of outlets, by host name without "www." (a folder named after the site, "content/raw/vov.vn/…", or a
 * URL line the scraper left at the top of the page), mapped to the outlet's name as its masthead prints it. A host's
 * subdomains belong to it ("m.vov.vn", "english.vov.vn"). Provincial papers named "bao<province>" need no entry:
 * PROVINCIAL_PAPER_PREFIX reads them from the province list.
 */
export const OUTLET_DOMAINS: ReadonlyArray<readonly [host: string, outlet: string]> = [
  // National papers, agencies and broadcasters.
  ["qdnd.vn", "Quân đội nhân dân"], ["nhandan.vn", "Nhân Dân"], ["nhandan.com.vn", "Nhân Dân"], ["vov.vn", "VOV"],
  ["vtv.vn", "VTV"], ["vtc.vn", "VTC News"], ["tuoitre.vn", "Tuổi Trẻ"], ["thanhnien.vn", "Thanh Niên"],
  ["tienphong.vn", "Tiền Phong"], ["dantri.com.vn", "Dân trí"], ["vnexpress.net", "VnExpress"], ["vietnamplus.vn", "VietnamPlus"],
  ["baotintuc.vn", "Báo Tin tức"], ["vnanet.vn", "Thông tấn xã Việt Nam"], ["bnews.vn", "BNEWS"], ["baochinhphu.vn", "Báo Chính phủ"],
  ["chinhphu.vn", "Báo Chính phủ"], ["bienphong.com.vn", "Biên phòng"], ["cand.com.vn", "Công an nhân dân"], ["cand.vn", "Công an nhân dân"],
  ["laodong.vn", "Lao Động"], ["nld.com.vn", "Người Lao Động"], ["sggp.org.vn", "Sài Gòn Giải Phóng"], ["hanoimoi.vn", "Hà Nội Mới"],
  ["hanoimoi.com.vn", "Hà Nội Mới"], ["plo.vn", "Pháp Luật TP.HCM"], ["baoquocte.vn", "Báo Thế giới và Việt Nam"], ["znews.vn", "Znews"],
  ["zingnews.vn", "Znews"], ["vietnamnet.vn", "VietNamNet"], ["dangcongsan.vn", "Báo Điện tử Đảng Cộng sản Việt Nam"],
  ["dangcongsan.org.vn", "Báo Điện tử Đảng Cộng sản Việt Nam"], ["tapchicongsan.org.vn", "Tạp chí Cộng sản"], ["qpvn.vn", "Truyền hình Quốc phòng Việt Nam"],
  ["mod.gov.vn", "Cổng Thông tin điện tử Bộ Quốc phòng"], ["quochoi.vn", "Cổng Thông tin điện tử Quốc hội"], ["daibieunhandan.vn", "Đại biểu Nhân dân"],
  ["daidoanket.vn", "Đại Đoàn Kết"], ["toquoc.vn", "Tổ Quốc"], ["danviet.vn", "Dân Việt"], ["kinhtedothi.vn", "Kinh tế & Đô thị"],
  ["congthuong.vn", "Công Thương"], ["vneconomy.vn", "VnEconomy"], ["thoidai.com.vn", "Thời Đại"], ["anninhthudo.vn", "An ninh Thủ đô"],
  ["baotintuc.com.vn", "Báo Tin tức"], ["vietnam.vnanet.vn", "Thông tấn xã Việt Nam"], ["giaoducthoidai.vn", "Giáo dục và Thời đại"],
  ["suckhoedoisong.vn", "Sức khỏe và Đời sống"], ["baodautu.vn", "Đầu tư"], ["baotainguyenmoitruong.vn", "Tài nguyên và Môi trường"],
  ["baoxaydung.com.vn", "Xây dựng"], ["nongnghiep.vn", "Nông nghiệp Việt Nam"], ["laodongthudo.vn", "Lao Động Thủ Đô"],
  ["baodantoc.vn", "Báo Dân tộc và Phát triển"], ["vufo.org.vn", "Liên hiệp các tổ chức hữu nghị Việt Nam"], ["nguoiviet.com", "Người Việt"],
  ["baomoi.com", "Báo Mới"], ["24h.com.vn", "24h"], ["cafef.vn", "CafeF"], ["soha.vn", "Soha"], ["kenh14.vn", "Kênh 14"],
  // City papers whose host does not follow the "bao<province>" pattern.
  ["baodanang.vn", "Báo Đà Nẵng"], ["thanhuytphcm.vn", "Thành ủy TP.HCM"], ["hcmcpv.org.vn", "Thành ủy TP.HCM"],
];

/**
 * A provincial paper's host starts with "bao" and the province's name without spaces or diacritics ("baoquangnam.vn",
 * "baogialai.com.vn", "baoyenbai.com.vn"): the outlet is "Báo <province>".
 */
export const PROVINCIAL_PAPER_PREFIX = "bao";

/** Labels of a line the scraper left at the top of a page with where it came from ("Nguồn: https://…", "URL: …"). */
export const SOURCE_LINE_LABELS: readonly string[] = ["Nguồn", "Nguồn bài", "Link", "URL", "Url", "Source", "Địa chỉ"];

/**
 * Top-level domains a host may end with ("vov.vn", "vnexpress.net", "toquoc.gov.vn"): a line or folder ending otherwise
 * ("anh-1.jpg", "bai-viet.htm") is a file name, not a site.
 */
export const HOST_ENDINGS: readonly string[] = [
  "vn", "com", "net", "org", "gov", "edu", "info", "biz", "asia", "int", "io", "tv", "news", "online", "site", "media",
  "cn", "kr", "jp", "la", "kh", "th", "sg", "my", "id", "ph", "in", "ru", "us", "uk", "fr", "de", "au", "nz", "ca", "eu", "ch", "it", "es",
];
