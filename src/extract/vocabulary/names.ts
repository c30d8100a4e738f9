/** Vietnamese family names and the capitalized words that are never part of a person's name. */

/** Family names, so "Gia Lai Dương Mah Tiệp" splits as place "Gia Lai" + person "Dương Mah Tiệp". */
export const VIETNAMESE_SURNAMES: ReadonlySet<string> = new Set(
  (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Trương Lâm " +
    "Mai Đinh Hà Tô Tạ Lương Lưu Triệu Thái Cao Quách Khổng Kiều Mạc Đàm Chu Châu Tăng Lại Hứa Phùng Doãn " +
    "Văn Từ Giáp Nông Lò Hầu Thân Chế Tôn Tống Đồng Âu Diệp Vi Bế Lục Ninh Khuất Nghiêm Quan Ông La Thạch " +
    "Y Rah Ksor Siu Rơ Kpă H' " +
    // Chinese and Korean names as Vietnamese press writes them ("Đổng Quân", "Tập Cận Bình").
    "Đổng Tập Mao Ôn Ngụy Hàn Thôi Khương Tưởng Giang Tiền Tề Diêu Bành Cố Hạ Uông Khúc Kim Phác Lý Trịnh " +
    // Less common Kinh family names and those of the northern and central highland peoples.
    "Lã Kha Quản Mẫn Thiều Thịnh Trà Tiêu Lạc Lữ Mã Nhữ Phí Sầm Thang Tòng Cù Cung Dư Đậu Đèo Hàm Khiếu Bạch Biện " +
    "Cấn Chung Đường Sùng Giàng Vàng Thào Mùa Lầu Điểu Nay Ma Lường Cầm Quàng"
  ).split(" "),
);

/**
 * Capitalized words that begin bodies, places and things, never a person's name: a name run starting
 * with one of these is not a person ("Bộ Quốc phòng", "Quân đội", "Cửa khẩu").
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    "Bộ Ban Cục Quân Đảng Ủy Uỷ Hội Học Viện Sở Tổng Phòng Nhà Chính Lực Cửa Đồn Trung Quốc Tỉnh Thành Huyện Xã " +
    "Khu Vùng Sư Lữ Trường Công Đại Hạ Thượng Tiểu Liên Cộng Vương Thủ Phó Tư Chủ Bí Thứ Hai Ba Năm Ngày Tháng " +
    "Đối Giao Diễn Hợp An Kế Nghị Hiệp Chương Lễ Tuần Tin Ảnh Theo Nguồn Video Clip ASEAN COVID-19 Covid-19 " +
    "Việt Nam Campuchia Lào Sáng Chiều Tối Trưa Đêm Hôm Trong Tại Với Về Sau Khi Các Những Này Đây Đó Phía " +
    "Mặt Tòa Báo Đài Thông Hải Không Biên Cảnh Kiểm Chiến Tổ Quốc Hòa Hoà Bình Đông Tây Bắc Nam"
  ).split(" "),
);
