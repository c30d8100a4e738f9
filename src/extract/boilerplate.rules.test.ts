/** Table-driven tests of each boilerplate rule on its own: line shape, chrome, markers, bylines. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { endsSentence, hasPhotoCredit, isDoubled, isHeadlineShaped, isProse, isSlug, pairSimilarity } from "./boilerplate/shape.ts";
import { chromeReason, isPageClock } from "./boilerplate/chrome.ts";
import { markerKind } from "./boilerplate/markers.ts";
import { isSignature, isSourceLine } from "./boilerplate/bylines.ts";

const cases = <T>(name: string, fn: (input: string) => T, table: readonly (readonly [string, T])[]) =>
  test(name, () => {
    for (const [input, expected] of table) assert.deepEqual(fn(input), expected, JSON.stringify(input));
  });

cases("endsSentence", endsSentence, [
  ["Hai bên ký biên bản Đối thoại lần thứ 3./.", true],
  ["Ông nói: “Chúng tôi tự hào.”", true],
  ["Phát biểu tại buổi lễ, Đại tướng nhấn mạnh:", true],
  ["Trụ cột quan trọng", false],
  ["Tổng Bí thư Tô Lâm dự Chương trình nghệ thuật “Tâm hồn Nga trong lòng Việt Nam”", false],
]);

cases("isProse", isProse, [
  ["Quang cảnh buổi đối thoại.", true],
  ["Hiệu quả thiết thực từ hợp tác quốc phòng", false],
  ["x".repeat(250), true],
]);

cases("isHeadlineShaped", isHeadlineShaped, [
  ["Trụ cột quan trọng", true],
  ["Gia Lai: Giữ vững biên cương từ thế trận lòng dân", true],
  ["“Tiếp lửa” cho sĩ tử các trường quân đội", true],
  ["Quang cảnh buổi đối thoại.", false],
  ["infographic bau cu quoc hoi", false],
  ["Campuchia", false],
]);

cases("isDoubled", isDoubled, [
  ["Bát nước dừa ngọt mát ân tình Bát nước dừa ngọt mát ân tình", true],
  ["Việt Nam Việt Nam", false],
  ["Hai bên ký kết biên bản ghi nhớ", false],
]);

cases("isSlug", isSlug, [
  ["infographic bau cu quoc hoi va hdnd cach tra cuu thong tin", true],
  ["viet-nam-lao-tuan-tra-song-phuong", true],
  ["Infographic bầu cử quốc hội", false],
  ["ADMM", false],
]);

cases("hasPhotoCredit", hasPhotoCredit, [
  ["Đối thoại chính sách quốc phòng Việt Nam-Canada lần thứ 3. (Ảnh: Trọng Đức/TTXVN)", true],
  ["Quang cảnh Đối thoại lần thứ 8. Ảnh: Ngô Tùng", true],
  ["Bộ trưởng phát biểu khai mạc triển lãm. ẢNH: NGỌC THẮNG", true],
  ["Lực lượng chức năng kiểm tra hiện trường (ảnh minh họa).", true],
  ["Hai bên trao đổi về hình ảnh của quân đội hai nước.", false],
]);

cases("pairSimilarity of list-item twins", (s: string) => pairSimilarity(...(s.split(" || ") as [string, string])) >= 0.5, [
  ["Tuy Phước Đông tổng kết 1 năm thực hiện Chỉ thị 01/CT-TTg || Tuy Phước Đông sơ kết 1 năm thực hiện Chỉ thị số 01 của Thủ tướng Chính phủ", true],
  ["Giữ vững biên cương từ thế trận lòng dân. || Gia Lai: Giữ vững biên cương từ thế trận lòng dân", true],
  ["Đối thoại chính sách quốc phòng Việt Nam-Campuchia lần thứ 5 || Việt Nam tham dự Hội nghị Tư lệnh Lực lượng Quốc phòng ASEAN 19 tại Campuchia", false],
]);

cases("isPageClock", isPageClock, [
  ["Thứ bảy, 26-7-25 22:12:59", true],
  ["09:14 | 16/07/2022 GMT+7", true],
  ["Thứ sáu, 16/8/2024, 08:00 (GMT+7)", true],
  ["Cập nhật lúc 10h30 ngày 12/3/2024", true],
  ["Ngày 12/3/2024, hai bên ký biên bản.", false],
  ["Lữ đoàn 189", false],
]);

cases("chromeReason", chromeReason, [
  ["Hotline: 0274 383 347", "page chrome"],
  ["Trang chủ Hữu nghị Bốn phương kết bạn", "breadcrumb"],
  ["Thời sự » Quân sự » Hội nhập", "breadcrumb"],
  ["aa", "page widget"],
  ["A+ A-", "page widget"],
  ["0", "lone counter"],
  ["|", "separator"],
  ["null", "page widget"],
  ["Xin chờ trong giây lát...", "page widget"],
  ["Phiên bản di động", "page widget"],
  ["Theo dõi Báo Gia Lai trên Google News", "follow prompt"],
  ["Mời bạn theo dõi kênh YouTube của báo", "follow prompt"],
  ["ttxvn-vietnam-canada-1.jpg", "image file name"],
  ["infographic thu tuong chi dao 9 nhiem vu trong tam", "link slug"],
  ["Tags: Việt Nam, Lào, quốc phòng", "page chrome"],
  ["1.234 lượt xem", "lone counter"],
  ["3 phút đọc", "lone counter"],
  ["Chia sẻ Facebook Zalo Email In", "share buttons"],
  ["Ngày 12 tháng 8 năm 2024", "page clock"],
  ["Chia sẻ kinh nghiệm", null],
  ["Trụ cột quan trọng", null],
  ["Theo dõi sát tình hình, lực lượng biên phòng đã kịp thời ngăn chặn vụ vượt biên.", null],
]);

cases("markerKind", markerKind, [
  ["Có thể bạn quan tâm", "list"],
  ["Tin bài liên quan", "list"],
  ["TIN LIÊN QUAN:", "list"],
  [">> Xem thêm", "list"],
  ["Đọc tiếp", "list"],
  [">> Đọc thêm:", "list"],
  ["Đọc tiếp: Bệnh viện dã chiến lên đường sang Nam Sudan", "link"],
  ["Đọc nhiều", "list"],
  ["Tin cùng chuyên mục", "list"],
  ["Bình luận (12)", "terminal"],
  ["Video", "media"],
  ["INFOGRAPHIC", "media"],
  ["Ý kiến bạn đọc", "terminal"],
  ["Xem thêm: Mỹ cam kết thêm 130 triệu USD tẩy độc dioxin tại Biên Hòa", "link"],
  ["Tin mới về hợp tác quốc phòng được công bố hôm nay.", null],
  ["Trụ cột quan trọng", null],
]);

cases("isSourceLine", isSourceLine, [
  ["Theo TTXVN", true],
  ["Theo Hiền Hạnh (TTXVN/Vietnam+)", true],
  ["(Theo VOV)", true],
  ["Nguồn:", true],
  ["Nguồn: baoquocphong.vn", true],
  ["Tin, ảnh: NGỌC HÀ", true],
  ["(TTXVN/Vietnam+)", true],
  ["Theo Reuters, AFP", true],
  ["Tổng hợp: Minh Anh", true],
  ["Theo Bộ Quốc phòng, hai bên đã ký 5 văn kiện", false],
  ["Theo kế hoạch, hai bên sẽ tổ chức diễn tập vào tháng 10.", false],
  ["Theo Thượng tướng Hoàng Xuân Chiến, hai bên cần tăng cường hợp tác.", false],
  ["Trụ cột quan trọng", false],
]);

cases("isSignature", isSignature, [
  ["Hải An", true],
  ["NGỌC AN", true],
  ["Minh Hà - Đức Anh", true],
  ["Văn Hiếu/VOV-Tây Bắc", true],
  ["Nhóm PV", true],
  ["Trụ cột quan trọng", false],
  ["Sư đoàn 7 phát động thi đua", false],
]);

cases("chromeReason: tickers, placeholders, stamped clocks, link addresses", chromeReason, [
  ["Hà Nội 26°C", "price or weather ticker"],
  ["Tỷ giá USD 25.450 đ", "price or weather ticker"],
  ["Chứng khoán VN-Index 1.254,3 (+0,45%)", "price or weather ticker"],
  ["Giá vàng tăng mạnh trong phiên sáng nay, vượt mốc 85 triệu đồng mỗi lượng", null],
  ["{keywords}", "template placeholder"],
  ["![]() |", "image placeholder"],
  ["Sắp diễn ra Ngày hội Ẩm thực Việt Nam - Hàn Quốc- Ảnh 1.", "image alt text"],
  ["nguyentuyet | 19/03/2018, 06:20", "page clock"],
  ["Hà Oai 09:09 26/03/2024", "page clock"],
  ["Sunday, January 18, 2015 4:36:59 PM", "page clock"],
  ["Số lần đọc: 529", "lone counter"],
  ["source /tin-tuc/tiem-bo-sung-vaccine-cho-tre", "link address"],
  ["Email của bạn sẽ không được hiển thị công khai.", "page chrome"],
  ["• Cập nhật: Thứ sáu, 30/9/2016 | 4:53:27 PM", "page clock"],
]);

cases("isSignature: names without function words", isSignature, [
  ["VỀ HỘI LÀNG", false],
  ["Minh Hà và Đức Anh", true],
  ["XUÂN HIẾU - XUÂN THỊNH", true],
]);

cases("a counter's label is chrome with its count or without (drawn by a script)", (t: string) => chromeReason(t) !== null, [
  ["Lượt xem: 1.234", true],
  ["Lượt xem:", true],
  ["Lượt xem của bạn đọc tăng mạnh trong năm qua", false],
]);

cases("markerKind reads English box titles", markerKind, [
  ["Related news:", "list"],
  ["Other news", "list"],
]);

cases("a follow prompt is chrome, its platform named or left as an icon", (t: string) => chromeReason(t) !== null, [
  ["Theo dõi Báo Gia Lai trên Google News", true],
  ["Theo dõi Tinmoi.vn trên", true],
  ["Theo dõi diễn biến thời tiết trên địa bàn tỉnh trong những ngày tới, các địa phương đã chủ động sơ tán người dân", false],
]);
