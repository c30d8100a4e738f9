/**
 * Countries as Vietnamese news names them: one canonical Vietnamese name, the ISO 3166-1 alpha-2
 * code, and the other spellings the press uses (transliterations, English names, short forms).
 */

export interface Country {
  /** Canonical Vietnamese name, as shown on the site. */
  name: string;
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Other spellings, matched case-sensitively on word boundaries. */
  aliases: readonly string[];
  /**
   * Spellings that are also everyday words, given names or the start of places ("Anh", "Nga", "Đức", "Mỹ"):
   * such a mention counts only beside a country cue (see COUNTRY_CUES) or another country.
   */
  ambiguous?: readonly string[];
}

/** The home country: never a partner. */
export const HOME_COUNTRY: Country = { name: "Việt Nam", code: "VN", aliases: ["Việt Nam", "Vietnam", "Viet Nam"] };

export const COUNTRIES: readonly Country[] = [
  { name: "Campuchia", code: "KH", aliases: ["Cam-pu-chia", "Cambodia", "Căm-pu-chia"] },
  { name: "Lào", code: "LA", aliases: ["Laos", "CHDCND Lào"] },
  { name: "Trung Quốc", code: "CN", aliases: ["China"] },
  { name: "Hoa Kỳ", code: "US", aliases: ["Mỹ", "Hợp chủng quốc Hoa Kỳ", "United States"], ambiguous: ["Mỹ"] },
  { name: "Liên bang Nga", code: "RU", aliases: ["Nga", "Russia", "LB Nga"], ambiguous: ["Nga"] },
  { name: "Nhật Bản", code: "JP", aliases: ["Japan"] },
  { name: "Hàn Quốc", code: "KR", aliases: ["Đại Hàn Dân Quốc", "South Korea"] },
  { name: "Triều Tiên", code: "KP", aliases: ["CHDCND Triều Tiên", "Bắc Triều Tiên"] },
  { name: "Ấn Độ", code: "IN", aliases: ["India"] },
  { name: "Australia", code: "AU", aliases: ["Ô-xtrây-li-a", "Úc", "Ôxtrâylia"], ambiguous: ["Úc"] },
  { name: "New Zealand", code: "NZ", aliases: ["Niu Di-lân", "Niu Dilân", "Niu-Di-lân"] },
  { name: "Pháp", code: "FR", aliases: ["France", "Cộng hòa Pháp"], ambiguous: ["Pháp"] },
  { name: "Anh", code: "GB", aliases: ["Vương quốc Anh", "Liên hiệp Vương quốc Anh", "Anh Quốc", "United Kingdom"], ambiguous: ["Anh"] },
  { name: "Đức", code: "DE", aliases: ["CHLB Đức", "Cộng hòa Liên bang Đức", "Germany"], ambiguous: ["Đức"] },
  { name: "Italy", code: "IT", aliases: ["I-ta-li-a", "Italia", "Ý"], ambiguous: ["Ý"] },
  { name: "Tây Ban Nha", code: "ES", aliases: ["Spain"] },
  { name: "Bồ Đào Nha", code: "PT", aliases: ["Portugal"] },
  { name: "Hà Lan", code: "NL", aliases: ["Netherlands"] },
  { name: "Bỉ", code: "BE", aliases: ["Belgium"], ambiguous: ["Bỉ"] },
  { name: "Thụy Sĩ", code: "CH", aliases: ["Thụy Sỹ", "Switzerland"] },
  { name: "Thụy Điển", code: "SE", aliases: ["Sweden"] },
  { name: "Na Uy", code: "NO", aliases: ["Norway"] },
  { name: "Đan Mạch", code: "DK", aliases: ["Denmark"] },
  { name: "Phần Lan", code: "FI", aliases: ["Finland"] },
  { name: "Áo", code: "AT", aliases: ["Austria"], ambiguous: ["Áo"] },
  { name: "Ba Lan", code: "PL", aliases: ["Poland"] },
  { name: "Séc", code: "CZ", aliases: ["Cộng hòa Séc", "CH Séc", "Czech", "Czechia"] },
  { name: "Slovakia", code: "SK", aliases: ["Xlô-va-ki-a"] },
  { name: "Hungary", code: "HU", aliases: ["Hung-ga-ri", "Hungari"] },
  { name: "Romania", code: "RO", aliases: ["Ru-ma-ni", "Rumani"] },
  { name: "Bulgaria", code: "BG", aliases: ["Bun-ga-ri", "Bungari"] },
  { name: "Serbia", code: "RS", aliases: ["Xéc-bi-a"] },
  { name: "Hy Lạp", code: "GR", aliases: ["Greece"] },
  { name: "Ukraine", code: "UA", aliases: ["U-crai-na", "Ucraina"] },
  { name: "Belarus", code: "BY", aliases: ["Bê-la-rút", "Belarút"] },
  { name: "Kazakhstan", code: "KZ", aliases: ["Ca-dắc-xtan", "Cadắcxtan"] },
  { name: "Uzbekistan", code: "UZ", aliases: ["U-dơ-bê-ki-xtan"] },
  { name: "Mông Cổ", code: "MN", aliases: ["Mongolia"] },
  { name: "Đài Loan", code: "TW", aliases: ["Taiwan"] },
  { name: "Singapore", code: "SG", aliases: ["Xinh-ga-po", "Xingapo"] },
  { name: "Indonesia", code: "ID", aliases: ["In-đô-nê-xi-a", "Inđônêxia"] },
  { name: "Thái Lan", code: "TH", aliases: ["Thailand"] },
  { name: "Philippines", code: "PH", aliases: ["Phi-líp-pin", "Philíppin", "Philippin"] },
  { name: "Malaysia", code: "MY", aliases: ["Ma-lai-xi-a", "Malaixia"] },
  { name: "Myanmar", code: "MM", aliases: ["Mi-an-ma", "Mianma"] },
  { name: "Brunei", code: "BN", aliases: ["Bru-nây", "Brunây"] },
  { name: "Timor-Leste", code: "TL", aliases: ["Đông Timor", "Ti-mo Lét-xtê"] },
  { name: "Bangladesh", code: "BD", aliases: ["Băng-la-đét", "Bănglađét"] },
  { name: "Pakistan", code: "PK", aliases: ["Pa-ki-xtan", "Pakixtan"] },
  { name: "Sri Lanka", code: "LK", aliases: ["Xri Lan-ca", "Xri Lanca"] },
  { name: "Nepal", code: "NP", aliases: ["Nê-pan", "Nêpan"] },
  { name: "Israel", code: "IL", aliases: ["Ixraen", "I-xra-en"] },
  { name: "Iran", code: "IR", aliases: ["I-ran"] },
  { name: "Thổ Nhĩ Kỳ", code: "TR", aliases: ["Türkiye", "Turkey"] },
  { name: "Ả-rập Xê-út", code: "SA", aliases: ["Saudi Arabia", "Arab Saudi", "Ả Rập Xê Út"] },
  { name: "Các Tiểu vương quốc Ả-rập Thống nhất", code: "AE", aliases: ["UAE", "Các Tiểu vương quốc Ả Rập Thống nhất"] },
  { name: "Qatar", code: "QA", aliases: ["Ca-ta", "Cata"] },
  { name: "Ai Cập", code: "EG", aliases: ["Egypt"] },
  { name: "Nam Phi", code: "ZA", aliases: ["South Africa"] },
  { name: "Algeria", code: "DZ", aliases: ["An-giê-ri", "Angiêri"] },
  { name: "Mozambique", code: "MZ", aliases: ["Mô-dăm-bích", "Môdămbích"] },
  { name: "Angola", code: "AO", aliases: ["Ăng-gô-la"] },
  { name: "Nigeria", code: "NG", aliases: ["Ni-giê-ri-a"] },
  { name: "Canada", code: "CA", aliases: ["Ca-na-đa", "Canađa"] },
  { name: "Cuba", code: "CU", aliases: ["Cu Ba", "Cu-ba"] },
  { name: "Brazil", code: "BR", aliases: ["Bra-xin", "Braxin"] },
  { name: "Argentina", code: "AR", aliases: ["Ác-hen-ti-na", "Áchentina"] },
  { name: "Chile", code: "CL", aliases: ["Chi-lê", "Chilê"] },
  { name: "Mexico", code: "MX", aliases: ["Mê-hi-cô", "Mêhicô"] },
  { name: "Venezuela", code: "VE", aliases: ["Vê-nê-xu-ê-la"] },
  { name: "Peru", code: "PE", aliases: ["Pê-ru"] },
  { name: "Colombia", code: "CO", aliases: ["Cô-lôm-bi-a"] },
  { name: "Nicaragua", code: "NI", aliases: ["Ni-ca-ra-goa"] },
  { name: "Iraq", code: "IQ", aliases: ["I-rắc", "Irắc"] },
  { name: "Syria", code: "SY", aliases: ["Xy-ri", "Xyri"] },
  { name: "Palestine", code: "PS", aliases: ["Pa-le-xtin", "Palextin"] },
  { name: "Armenia", code: "AM", aliases: ["Ác-mê-ni-a"] },
  { name: "Azerbaijan", code: "AZ", aliases: ["A-déc-bai-gian", "Adécbaigian"] },
  { name: "Kyrgyzstan", code: "KG", aliases: ["Cư-rơ-gư-xtan"] },
  { name: "Tajikistan", code: "TJ", aliases: ["Tát-gi-ki-xtan"] },
  { name: "Turkmenistan", code: "TM", aliases: ["Tuốc-mê-ni-xtan"] },
  { name: "Croatia", code: "HR", aliases: ["Crô-a-ti-a"] },
  { name: "Slovenia", code: "SI", aliases: ["Xlô-ve-ni-a"] },
  { name: "Estonia", code: "EE", aliases: ["E-xtô-ni-a"] },
  { name: "Lithuania", code: "LT", aliases: ["Lít-va", "Litva"] },
  { name: "Latvia", code: "LV", aliases: ["Lát-vi-a"] },
  { name: "Ireland", code: "IE", aliases: ["Ai-len", "Ailen"] },
  { name: "Kuwait", code: "KW", aliases: ["Cô-oét", "Côoét"] },
  { name: "Oman", code: "OM", aliases: ["Ô-man"] },
  { name: "Jordan", code: "JO", aliases: ["Gioóc-đa-ni", "Gioócđani"] },
  { name: "Morocco", code: "MA", aliases: ["Ma-rốc", "Marốc"] },
  { name: "Ethiopia", code: "ET", aliases: ["Ê-ti-ô-pi-a"] },
  { name: "Kenya", code: "KE", aliases: ["Kê-ni-a"] },
  { name: "Tanzania", code: "TZ", aliases: ["Tan-da-ni-a"] },
  { name: "Nam Sudan", code: "SS", aliases: ["South Sudan"] },
  { name: "Cộng hòa Trung Phi", code: "CF", aliases: ["Trung Phi"], ambiguous: ["Trung Phi"] },
];

/**
 * Words just before an ambiguous country name that make it a country ("nước Anh", "Bộ Quốc phòng Đức",
 * "Đại sứ Nga"); "Việt Nam -" and "Việt Nam và" are handled by the partner module.
 */
export const COUNTRY_CUES: readonly string[] = [
  "nước", "Vương quốc", "Cộng hòa", "Liên bang", "Bộ Quốc phòng", "Quốc phòng", "Quân đội", "Hải quân", "Không quân",
  "Lục quân", "Đại sứ", "Đại sứ quán", "Tùy viên Quốc phòng", "phía", "Phía", "Chính phủ", "Tổng thống", "Thủ tướng",
  "người", "đoàn", "Đoàn", "đối tác", "Quốc hội", "hai nước Việt Nam và", "Việt -", "Việt–", "Việt-", "Việt –", "tại", "sang", "thăm", "ở", "của",
];

/**
 * One-syllable forms used only in pairs with "Việt" ("Việt - Trung", "Nga - Việt", "Việt-Nhật"),
 * mapped to the canonical name.
 */
export const PAIR_FORMS: ReadonlyArray<readonly [short: string, name: string]> = [
  ["Trung", "Trung Quốc"], ["Nhật", "Nhật Bản"], ["Hàn", "Hàn Quốc"], ["Ấn", "Ấn Độ"], ["Nga", "Liên bang Nga"],
  ["Mỹ", "Hoa Kỳ"], ["Pháp", "Pháp"], ["Anh", "Anh"], ["Đức", "Đức"], ["Úc", "Australia"], ["Lào", "Lào"],
  ["Miên", "Campuchia"], ["Cam", "Campuchia"], ["Cu", "Cuba"], ["Xô", "Liên bang Nga"],
];

/**
 * Provinces of the neighbours that Vietnamese provinces twin and meet with ("Hội nghị cấp cao giữa tỉnh Nghệ An và tỉnh
 * Xiêng Khoảng"), in the spellings the press uses, with their country: a province named is its country for the partner.
 * Capitals are left out: they are named as venues far more often than as sides.
 */
export const FOREIGN_PROVINCES: ReadonlyArray<readonly [province: string, country: string]> = [
  // Laos
  ...["Phông-xa-lỳ", "Phôngsaly", "Phongsaly", "Luông Nậm Thà", "Luang Namtha", "U-đôm-xay", "U Đôm Xay", "Oudomxay", "Bò Kẹo", "Bokeo",
    "Luông Pha-bang", "Luông Pha Băng", "Luông Prabang", "Luang Prabang", "Hủa Phăn", "Houaphanh", "Xay-nha-bu-ly", "Sayaboury", "Xaignabouli",
    "Xiêng Khoảng", "Xieng Khouang", "Bô-ly-khăm-xay", "Bolikhamxay", "Bolikhamxai", "Khăm Muộn", "Khammouane", "Sa-van-na-khét",
    "Savannakhet", "Savanakhet", "Xa-va-na-khẹt", "Xa-la-van", "Salavan", "Saravane", "Xê-kông", "Sê Kông", "Sekong", "Chăm-pa-xắc", "Chăm-pa-sắc",
    "Champasak", "Champasack", "Chăm Pa Sắc", "Chăm Pa Xắc", "Át-tạ-pư", "Attapeu", "Attapư", "Xay-xổm-bun", "Xaysomboun", "Xaisomboun"].map((p) => [p, "Lào"] as const),
  // Cambodia
  ...["Kratie", "Kra-chê", "Kampong Cham", "Kông-pông Chàm", "Svay Rieng", "Xvây Riêng", "Ta-keo", "Kampot", "Căm-pốt",
    "Ratanakiri", "Ratanakkiri", "Ra-ta-na-ki-ri", "Mondulkiri", "Mun-đun-ki-ri", "Stung Treng", "Stưng Treng", "Prey Veng",
    "Prây Veng", "Tbong Khmum", "Tboung Khmum", "Kandal", "Siem Reap", "Xiêm Riệp", "Battambang", "Bát-tam-bang", "Kampong Thom",
    "Preah Vihear", "Koh Kong"].map((p) => [p, "Campuchia"] as const),
];

/** Words after a country name that make it a Vietnamese place instead ("Lào Cai", "Mỹ Tho", "Mỹ Đình", "Mỹ Khê"). */
export const PLACE_CONTINUATIONS: readonly string[] = ["Cai", "Tho", "Đình", "Sơn", "Khê", "Lợi", "Hào", "Xuyên", "Phước", "Thuận", "Hưng"];

/**
 * Verbs of meeting someone ("tiếp Đại sứ Trung Quốc", "hội đàm với Bộ trưởng Quốc phòng Lào", "gặp song phương …"):
 * the country named after one, within the clause, is the counterpart's, the partner before any country in passing.
 */
export const MEETING_VERBS: readonly string[] = [
  "tiếp", "tiếp đón", "tiếp xã giao", "đón", "hội đàm với", "hội đàm", "hội kiến", "hội kiến với", "gặp", "gặp gỡ", "gặp song phương",
  "điện đàm với", "điện đàm", "làm việc với", "chào xã giao", "tiễn", "hội đàm trực tuyến với", "trao đổi với",
  // A visit's countries are whom the delegation meets there ("chuyến thăm và làm việc 3 nước: Philippines, Indonesia, …").
  "thăm", "thăm và làm việc", "thăm chính thức", "sang thăm", "công du",
];

/**
 * A visiting delegation ("Đoàn công tác các trường Đại học Hàn Quốc do … dẫn đầu"): the country named with it, within the
 * clause, is the counterpart's. Compared in lowercase; "đoàn" alone is left out ("đoàn kết", "Công đoàn", "tập đoàn").
 */
export const DELEGATION_WORDS: readonly string[] = [
  "đoàn công tác", "đoàn đại biểu", "đoàn cán bộ", "đoàn chuyên gia", "đoàn giảng viên", "đoàn doanh nghiệp", "đoàn giáo sư",
  "đoàn lãnh đạo", "đoàn các trường", "đoàn khách", "đoàn sinh viên", "đoàn bác sĩ", "đoàn nghệ sĩ",
];

/**
 * Kinds of institution named for a friendship ("Bệnh viện Hữu nghị Việt Nam - Lào", "Trường Hữu nghị Việt Nam -
 * Lào"): the country in such a name is part of the name, not a side of the article.
 */
export const FRIENDSHIP_NAMED: readonly string[] = ["Bệnh viện", "BV", "Trường", "Cung", "Công viên", "Cầu", "Nhà", "Khu", "Viện", "Làng"];
