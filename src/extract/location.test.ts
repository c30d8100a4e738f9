import { test } from "node:test";
import assert from "node:assert/strict";
import { extractLocation } from "./location.ts";

test("the place of the dateline or the lead, as written", () => {
  const cases: [string[], string | null][] = [
    [["Sáng 8/9, tại Hà Nội, Đại tướng Ngô Xuân Lịch đã điện đàm."], "Hà Nội"],
    [["TPO - Sáng 29/10, tại TPHCM, lãnh đạo hai Bộ đồng chủ trì."], "TPHCM"],
    [["Chiều 14/5, Đối thoại lần thứ 5 đã diễn ra tại Đồn Biên phòng Cửa khẩu quốc tế Hoa Lư (Bình Phước)."], "Đồn Biên phòng Cửa khẩu quốc tế Hoa Lư (Bình Phước)"],
    [["Ngày hội được tổ chức tại huyện Lộc Ninh (tỉnh Bình Phước, Việt Nam) và huyện Snuol (tỉnh Kratie, Campuchia). Ngày hội vui."], "huyện Lộc Ninh (tỉnh Bình Phước, Việt Nam) và huyện Snuol (tỉnh Kratie, Campuchia)"],
    [["Tại Đối thoại, hai bên trao đổi.", "Phát biểu tại buổi tiếp, Bộ trưởng nhấn mạnh."], null],
    [["VOV.VN - Chiều 3/4, Bộ trưởng tiếp đoàn tại trụ sở Bộ Quốc phòng."], "trụ sở Bộ Quốc phòng"],
    [["Sáng 1/12, tàu cập cảng.", "Dự lễ có Đại tá Đỗ Văn A, Tùy viên Quốc phòng Việt Nam tại Trung Quốc."], null],
  ];
  for (const [lead, place] of cases) assert.equal(extractLocation(lead), place, lead[0]);
});

test("ports, bays, border gates, foreign hosts, departures and arrivals; bounded spans; no sessions, posts or missions", () => {
  // [what the case shows, lead blocks, headline, expected place]
  const cases: [string, string[], string | null, string | null][] = [
    ["a port of a naval visit", ["Sáng 12/3, tàu Hải quân Ấn Độ cập cảng quốc tế Cam Ranh, bắt đầu chuyến thăm hữu nghị."], null, "cảng quốc tế Cam Ranh"],
    ["\"ở\" before a kind of place", ["Diễn đàn tổ chức chiều 27/6 ở thủ đô Budapest, với đại diện nhiều trường."], null, "thủ đô Budapest"],
    ["\"ở\" in prose is no place", ["Ngày 3/3, giá lúa ở mức cao."], null, null],
    ["a port \"tại\" a city: the city", ["Sau khi cập cảng tại TP.HCM sáng 4/5, du khách tham quan thành phố."], null, "TP.HCM"],
    ["a bay", ["Chiều 2/4, biên đội tàu đến Vịnh Cam Ranh sau năm ngày hải trình."], null, "Vịnh Cam Ranh"],
    ["a border gate", ["Ngày 9/9, lễ đón diễn ra tại Cửa khẩu quốc tế Mộc Bài."], null, "Cửa khẩu quốc tế Mộc Bài"],
    ["a foreign capital", ["Sáng 5/6, tại Seoul, hai Bộ trưởng hội đàm."], null, "Seoul"],
    ["a host country arrived at", ["Chiều 3/6, Bộ trưởng tới Singapore dự Đối thoại Shangri-La."], null, "Singapore"],
    ["the country a visit goes to", ["Bộ trưởng sẽ thăm chính thức I-xra-en theo lời mời của người đồng cấp."], null, "I-xra-en"],
    ["a span stops before what follows the place", ["Ngày 12/5, đoàn giao lưu tại tỉnh Đồng Nai và thi đấu bóng chuyền giao hữu."], null, "tỉnh Đồng Nai"],
    ["a span stops at a time", ["Diễn đàn diễn ra tại Hà Nội sáng 23/12, với hơn 1.000 đại biểu."], null, "Hà Nội"],
    ["a span stops at a verb", ["Ngày 8/2, nhiệt độ tại xã Huồi Tụ chỉ đạt 6 độ."], null, "xã Huồi Tụ"],
    ["a session is no place", ["Phát biểu tại Phiên thảo luận thứ 3, Bộ trưởng nhấn mạnh hợp tác."], null, null],
    ["the ceremony's city, not the mission's country",
      ["Sáng 5/6, Bộ Quốc phòng tổ chức lễ xuất quân cho các sĩ quan lên đường làm nhiệm vụ tại Phái bộ Nam Sudan.", "Buổi lễ diễn ra tại Hà Nội."], null, "Hà Nội"],
    ["where a delegation leaves from", ["Sáng 8/7, Chủ tịch Quốc hội rời Thủ đô Hà Nội, lên đường thăm chính thức Trung Quốc."], null, "Thủ đô Hà Nội"],
    ["where a delegation arrives, before a later sentence's venue",
      ["Chiều 16-10, giờ địa phương, Thủ tướng tới thủ đô Brúc-xen, bắt đầu chuyến thăm. Tại Cung điện Hoàng gia, lễ đón diễn ra trọng thể."], null, "thủ đô Brúc-xen"],
    ["the home country as a whole is no place", ["Chiều 28/5, Chủ tịch tỉnh tiếp Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam."], null, null],
    ["an organization's seat is no place", ["Ông A, Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc tại Hà Nội phát biểu."], null, null],
    ["the dateline's city before the agency", ["Viêng Chăn (TTXVN) - Ngày 19/8, giải bóng đá hữu nghị diễn ra sôi nổi."], null, "Viêng Chăn"],
    ["a city written with a dot", ["Hôm nay, hội nghị sẽ khai mạc tại TP.HCM."], null, "TP.HCM"],
    ["a pronoun place is skipped", ["Đoàn đến khám bệnh tại tỉnh ta. Đoàn sẽ phẫu thuật tại Bệnh viện Đa khoa tỉnh."], null, "Bệnh viện Đa khoa tỉnh"],
    ["the headline's place when the lead gives none", ["Sáng 25/3, đoàn đại biểu Quốc hội Hàn Quốc đến thăm và làm việc."], "Hàn Quốc tìm hiểu hợp tác tại Bệnh viện Trung ương Huế", "Bệnh viện Trung ương Huế"],
    ["a locality the lead opens with", ["Xã Tân Lập, huyện Đồng Phú được công nhận đạt chuẩn nông thôn mới."], null, "Xã Tân Lập, huyện Đồng Phú"],
    ["an organizer's locality after the dateline", ["(BLC) - Từ ngày 20 - 22/11, UBND huyện Mường Tè tổ chức Ngày hội Văn hóa."], null, "huyện Mường Tè"],
  ];
  for (const [what, lead, title, expected] of cases) assert.equal(extractLocation(lead, title), expected, what);
});

test("spans end at the place; documents and markers are no place; the country gives way to the city; the whole over its part", () => {
  // [what the case shows, lead blocks, headline, expected place]
  const cases: [string, string[], string | null, string | null][] = [
    ["a span stops before a time that goes on", ["Tổ chức này làm từ thiện tại Lào kể từ năm 2001, giúp hàng trăm trẻ em."], null, "Lào"],
    ["a span stops before a period that goes on", ["Sáng 4/6, hội nghị bàn kế hoạch đầu tư tại huyện Mường Lát giai đoạn 2026 - 2030."], null, "huyện Mường Lát"],
    ["a province as its headline's subject, when the lead names no place", ["Chiều 7/3, lãnh đạo tỉnh tiếp Đại sứ Italia."], "Thừa Thiên Huế tăng cường hợp tác với các vùng của Italia", "Thừa Thiên Huế"],
    ["the President's name is no province", ["Chiều 7/3, đoàn đại biểu dâng hương."], "Hồ Chí Minh viết về tình hữu nghị", null],
    ["a span stops before an amount", ["Ngày 9/9, dự án tại Trạm Y tế xã Tân Lập gần 2 tỷ đồng được bàn giao."], null, "Trạm Y tế xã Tân Lập"],
    ["the home country is still no place once the span is cut", ["Nhóm thiện nguyện hoạt động tại Việt Nam kể từ năm 1999."], null, null],
    ["a document is no place", ["Các đơn vị triển khai theo hướng dẫn tại Công văn số 88/SNV-TCBC."], null, null],
    ["a document's number is never part of a place", ["Hồ sơ được nộp theo mẫu tại Phụ lục 2/KH ban hành kèm theo."], null, null],
    ["a road marker gives way to the road after it", ["Rạng sáng 2-3, tại Km 105, quốc lộ 14, xe khách gặp nạn."], null, "quốc lộ 14"],
    ["a floor gives way to the building", ["Chiều 9/6, tại tầng 5, khách sạn Mường Thanh, hội nghị khai mạc."], null, "khách sạn Mường Thanh"],
    ["a city or venue after a country in the same sentence", ["Tuần phim Hàn Quốc tại Ấn Độ đã khai mạc tại New Delhi, thu hút đông khán giả."], null, "New Delhi"],
    ["a locality goes on to the localities holding it", ["Mưa lớn tại xã Mường Lói, huyện Điện Biên, tỉnh Điện Biên làm sập 4 nhà."], null, "xã Mường Lói, huyện Điện Biên, tỉnh Điện Biên"],
    ["the lead's whole place over a later dated sentence's part of it",
      ["Lốc xoáy tại xã Tân Hợp, huyện Tân Sơn, tỉnh Phú Thọ làm hư hỏng nhiều nhà.", "Chiều 5/4, lốc làm tốc mái 12 nhà tại bản Lũng, xã Tân Hợp."], null, "xã Tân Hợp, huyện Tân Sơn, tỉnh Phú Thọ"],
    ["a later dated sentence's place elsewhere stays", ["Đoàn rời Hà Nội hôm qua.", "Chiều 5/4, tại Tokyo, hai bên ký kết."], null, "Tokyo"],
    ["where businesses or partners are based is no place", ["Ngày 3/7, tỉnh gặp gỡ các doanh nghiệp Nhật Bản tại Việt Nam và đối tác của Học viện tại Đức."], null, null],
    ["the place of what a meeting prepares is not the meeting's", ["Ngày 26-8, lãnh đạo tỉnh làm việc với các sở về việc chuẩn bị xúc tiến đầu tư, thương mại tại Hàn Quốc."], null, null],
    ["\"trên địa bàn\" names a place", ["Hai ngày nay trên địa bàn tỉnh Kon Tum có mưa lớn, nhiều nơi sạt lở."], null, "tỉnh Kon Tum"],
    ["the subject locality after two time clauses", ["Sau 5 ngày thi đấu, chiều 15/5, UBND huyện Quế Phong tổ chức lễ bế mạc."], null, "huyện Quế Phong"],
    ["an indoor venue's name goes on past \"trong nhà\"", ["Tối 23/5, lễ bế mạc diễn ra tại Nhà thi đấu trong nhà Quần Ngựa."], null, "Nhà thi đấu trong nhà Quần Ngựa"],
    ["a kind alone is the text's own institution, no place", ["Sáng 8/4, đoàn đến thăm, làm việc tại Trường."], null, null],
    ["a sentence the scrape glued on ends the place", ["Ngày 23/4 hai bên hội đàm tại Hải Phòng.Bộ trưởng từng làm việc ở Hà Nội."], null, "Hải Phòng"],
    ["an association's seat is no venue; the venue named later is", ["Hội Doanh nhân Việt tại Ba Lan vừa có buổi gặp mặt.", "Buổi gặp được tổ chức tại Trung tâm Hội nghị Warszawa."], null, "Trung tâm Hội nghị Warszawa"],
    ["\"thuộc\" before a locality names a place", ["Ngày 25/3, đoàn khám bệnh cho người dân thuộc xã Đông Giang, huyện Hàm Thuận Bắc."], null, "xã Đông Giang, huyện Hàm Thuận Bắc"],
    ["a venue beats where the organizer belongs", ["Sáng 5/6, hội viên thuộc huyện Đông Anh dự hội nghị tại hội trường UBND xã Uy Nỗ."], null, "hội trường UBND xã Uy Nỗ"],
    ["a body named with its locality, arrived at", ["Chiều 3/5, đoàn đã đến Hội Chữ thập đỏ tỉnh Quảng Trị trao 20 tấn gạo."], null, "Hội Chữ thập đỏ tỉnh Quảng Trị"],
    ["a body without a locality, arrived at, is no place", ["Chiều 3/5, đoàn đã đến Bộ Ngoại giao làm việc."], null, null],
    ["a headline naming a province before a colon", ["Du lịch gắn với bảo tồn văn hóa là hướng đi đúng."], "Cao Bằng: Phát triển du lịch cộng đồng", "Cao Bằng"],
  ];
  for (const [what, lead, title, expected] of cases) assert.equal(extractLocation(lead, title), expected, what);
});

test("long pathological lines finish quickly", () => {
  for (const line of ["tại ".repeat(25_000), "Sáng 1/1 ".repeat(11_000), "tại (".repeat(20_000), "- Sáng ".repeat(14_000) + "1/1", "rời ".repeat(25_000), "thăm ".repeat(20_000), "Xã ".repeat(30_000), "tại Km 1, ".repeat(10_000), "tại xã A, xã B".repeat(8_000), "Sáng 1/1 x, ".repeat(8_000)]) {
    extractLocation([line, line], line);
  }
});

test("an agency tag with its day is a dateline; games and camps are no place", () => {
  // [what the case shows, blocks, expected place]
  const cases: [string, string[], string | null][] = [
    ["the agency's tag carries the day and runs into the lead", ["Lễ hội xuống đồng", "Lạng Sơn (TTXVN 5/2/2025) Sáng 5/2, người dân kéo về trung tâm huyện dự lễ hội."], "Lạng Sơn"],
    ["a body with its abbreviation opens no dateline", ["Hợp tác", "Bộ Ngoại giao (BNG) Việt Nam sáng 5/2 có buổi làm việc với đoàn."], null],
    ["multi-sport games are what is held, not where", ["Điền kinh giành vàng", "Chiều 12/5, các vận động viên giành thêm hai huy chương vàng tại SEA Games 33."], null],
  ];
  for (const [what, blocks, expected] of cases) assert.equal(extractLocation(blocks), expected, what);
});

test("the host institution of a visiting delegation; positions and acronyms are no place", () => {
  // [what the case shows, lead blocks, expected place]
  const cases: [string, string[], string | null][] = [
    ["the school that receives a delegation, named as the dated sentence's subject",
      ["Sáng 12/4/2024, Trường Đại học Nông Lâm Bắc Giang tổ chức buổi làm việc với đoàn giảng viên Thái Lan."], "Trường Đại học Nông Lâm Bắc Giang"],
    ["a hospital that welcomes one",
      ["Chiều 8/10, Bệnh viện Đa khoa Sơn Tây đã có buổi tiếp đón đoàn bác sĩ Pháp sang trao đổi chuyên môn."], "Bệnh viện Đa khoa Sơn Tây"],
    ["the institution a delegation visits and works with",
      ["Ngày 2/6/2022, đoàn các trường Nhật Bản đã đến thăm và làm việc với Học viện Nông nghiệp Việt Nam (VNUA)."], "Học viện Nông nghiệp Việt Nam (VNUA)"],
    ["a school holding its own ceremony, with no venue named, holds it at the school",
      ["Sáng 5/9/2024, Trường Tiểu học Hòa Bình tổ chức lễ khai giảng năm học mới."], "Trường Tiểu học Hòa Bình"],
    ["a hospital receiving a gift it holds a ceremony for",
      ["Ngày 14/10, Bệnh viện Đa khoa tỉnh Quảng Trị đã tiếp nhận lô máy thở do một quỹ Hàn Quốc trao tặng."], "Bệnh viện Đa khoa tỉnh Quảng Trị"],
    ["a school that only sends people holds nothing",
      ["Sáng 5/9/2024, Trường Tiểu học Hòa Bình cử 3 giáo viên dự tập huấn."], null],
    ["a venue named beats the host",
      ["Sáng 9/5, Trường Đại học Hồng Đức đón tiếp đoàn Lào tại Hội trường tầng 5 nhà A."], "Hội trường tầng 5 nhà A"],
    ["where someone holds a post",
      ["Chiều 3/2, ông A chia tay đồng nghiệp.", "Ông sẽ tiếp tục đóng góp trên cương vị mới tại Liên đoàn Quần vợt Châu Á."], null],
    ["an organization's acronym alone",
      ["Chiều 3/2, đoàn làm việc với VFF.", "Đoàn cũng gặp lãnh đạo tại ABCF."], null],
  ];
  for (const [what, lead, place] of cases) assert.equal(extractLocation(lead), place, what);
});

test("an occasion's place gives way to the event's after the day; an institution visited beats the country", () => {
  const cases: [string, string[], string | null][] = [
    ["a programme's province in the occasion, the hospital after the day",
      ["Nhân dịp khám bệnh miễn phí cho người dân tại tỉnh Hà Giang, chiều 3/6, đoàn bác sĩ đã làm việc tại Bệnh viện Đa khoa Hà Giang."], "Bệnh viện Đa khoa Hà Giang"],
    ["an occasion with no place after the day keeps its own",
      ["Trong khuôn khổ chuyến thăm chính thức tại Nhật Bản, sáng 5/3, Thủ tướng đã gặp các doanh nhân."], "Nhật Bản"],
    ["a dateline's place before the day is the event's",
      ["Tại Hà Nội, chiều 14/5, hai bên ký kết thỏa thuận tại trụ sở Bộ Ngoại giao."], "Hà Nội"],
    ["the institution visited during a state visit",
      ["Sáng 7/11, trong chuyến thăm chính thức Cộng hòa Pháp, đoàn đã tới thăm, làm việc với Viện Nghiên cứu Quốc gia Lyon."], "Viện Nghiên cứu Quốc gia Lyon"],
  ];
  for (const [what, lead, place] of cases) assert.equal(extractLocation(lead), place, what);
});
