/** Place names that sit right before a person's name in titles ("Chủ tịch UBND tỉnh Gia Lai Dương Mah Tiệp"). */

/** Provinces, cities and capitals, so they are not read as (part of) a person's name. */
export const PLACES: readonly string[] = [
  "Hà Nội", "Thành phố Hồ Chí Minh", "TP Hồ Chí Minh", "Hồ Chí Minh", "TP.HCM", "TPHCM", "TP HCM", "Hải Phòng", "Đà Nẵng",
  "Cần Thơ", "Huế", "Thừa Thiên Huế", "An Giang", "Bà Rịa - Vũng Tàu", "Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu",
  "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông",
  "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình",
  "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định",
  "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh",
  "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Tiền Giang", "Trà Vinh",
  "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái", "Phnom Penh", "Phnôm Pênh", "Viêng Chăn", "Vientiane", "Bắc Kinh",
  "Tokyo", "Seoul", "Moscow", "Mát-xcơ-va", "Washington", "Ottawa", "Canberra", "New Delhi", "Niu Đê-li", "Jakarta",
  "Bangkok", "Băng Cốc", "Manila", "Kuala Lumpur", "Paris", "London", "Berlin", "Quân khu", "Biển Đông",
  "Ấn Độ - Thái Bình Dương", "Thái Bình Dương", "Ấn Độ Dương", "Đại Tây Dương", "Đông Nam Á", "Trung Đông", "châu Á", "Châu Á",
  "châu Âu", "Châu Âu", "Hoàng Sa", "Trường Sa", "Điện Biên Phủ",
];
