import { test } from "node:test";
import assert from "node:assert/strict";
import { extractPartners, canonicalPartner, partnerCode, countryMentions } from "./partners.ts";

const partners = (title: string, blocks: string[] = [], participantTitles: string[] = [], event: string | null = null) =>
  extractPartners({ title, event, blocks, participantTitles });

test("headline countries are the partners, with canonical names and ISO codes", () => {
  assert.deepEqual(partners("Bộ trưởng Phan Văn Giang tiếp Đại sứ Nhật Bản"), { names: ["Nhật Bản"], codes: ["JP"] });
  assert.deepEqual(partners("Việt Nam - Mỹ tăng cường hợp tác khắc phục hậu quả chiến tranh"), { names: ["Hoa Kỳ"], codes: ["US"] });
  assert.deepEqual(partners("Đối thoại Chính sách quốc phòng Việt Nam-Canada lần thứ 3").codes, ["CA"]);
  assert.deepEqual(partners("Hải quân Việt Nam và Niu Di-lân diễn tập chung").names, ["New Zealand"]);
  assert.deepEqual(partners("Giao lưu hữu nghị Quốc phòng biên giới Việt Nam - Lào - Campuchia").names, ["Lào", "Campuchia"]);
  assert.deepEqual(partners("Bộ trưởng Quốc phòng Việt Nam gặp Bộ trưởng Quốc phòng Nhật Bản bên lề Đối thoại Shangri-La tại Singapore").names, ["Nhật Bản"]);
  assert.deepEqual(partners("Việt Nam dự Hội nghị Tư lệnh Quốc phòng ASEAN tại Campuchia").names, ["Campuchia"]);
});

test("without a country in the headline: lead and delegations, not countries named in passing", () => {
  const r = partners(
    "Nâng cao hiệu quả hợp tác quốc phòng",
    [
      "Sáng 8/9, Bộ trưởng đã điện đàm với Bộ trưởng Bộ Quốc phòng Campuchia.",
      "Hai bên ủng hộ lẫn nhau trong khuôn khổ ASEAN, cùng Thái Lan, Lào, Mi-an-ma và In-đô-nê-xi-a.",
      "Quân đội ba nước Việt Nam - Lào - Campuchia đã kề vai sát cánh.",
    ],
    ["Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng Campuchia"],
  );
  assert.deepEqual(r.names, ["Campuchia"]);
  assert.deepEqual(partners("Tăng cường hợp tác quốc phòng", ["Hai bên nhất trí."]).names, []);
});

test("names that are also words or given names count only as countries in context", () => {
  const found = (t: string) => countryMentions(t).map((m) => m.country.name);
  assert.deepEqual(found("Ảnh: Trọng Đức/TTXVN"), []);
  assert.deepEqual(found("bà Nguyễn Thị Nga phát biểu"), []);
  assert.deepEqual(found("tỉnh Lào Cai"), []);
  assert.deepEqual(found("bãi biển Mỹ Khê và sân vận động Mỹ Đình"), []);
  assert.deepEqual(found("Bộ Quốc phòng Đức"), ["Đức"]);
  assert.deepEqual(found("Đại sứ Việt Nam tại Mỹ trình Quốc thư"), ["Việt Nam", "Hoa Kỳ"]);
  assert.deepEqual(found("quan hệ Việt Nam - Anh"), ["Việt Nam", "Anh"]);
  assert.deepEqual(found("Việt Nam-Campuchia"), ["Việt Nam", "Campuchia"]);
  assert.deepEqual(found("Giao lưu biên giới Việt - Trung"), ["Trung Quốc"]);
  assert.deepEqual(found("quan hệ Nga - Việt"), ["Liên bang Nga"]);
  assert.deepEqual(found("Trung tướng Đỗ Trung Việt"), []);
});

test("canonical names for the scorer and the corrections", () => {
  assert.equal(canonicalPartner("Mỹ"), "Hoa Kỳ");
  assert.equal(canonicalPartner("Niu Di-lân"), "New Zealand");
  assert.equal(canonicalPartner("Ô-xtrây-li-a"), "Australia");
  assert.equal(canonicalPartner("Atlantis"), "Atlantis");
  assert.equal(partnerCode("Xinh-ga-po"), "SG");
  assert.equal(partnerCode("Atlantis"), null);
});

test("long pathological lines finish quickly", () => {
  for (const line of ["Việt Nam - ".repeat(10_000), "Anh ".repeat(25_000), "Lào".repeat(33_000), "Campuchia, ".repeat(9_000)]) {
    partners(line, [line, line], [line]);
  }
});

test("the counterpart first: the country of the person the Vietnamese side meets, not a host or a country in passing", () => {
  // [what the case shows, headline, lead blocks, participant titles, expected partners]
  const cases: [string, string, string[], string[], string[]][] = [
    ["a summit's host in the headline yields to the counterpart met there",
      "Bộ trưởng Phan Văn Giang dự Hội nghị Bộ trưởng Quốc phòng ASEAN tại Lào", ["Bên lề Hội nghị, Đại tướng Phan Văn Giang gặp Bộ trưởng Quốc phòng Nhật Bản."], [], ["Nhật Bản"]],
    ["a host alone, with no one met, stays the partner",
      "Việt Nam dự Hội nghị Tư lệnh Quốc phòng ASEAN tại Campuchia", ["Các đại biểu thảo luận về an ninh khu vực."], [], ["Campuchia"]],
    ["ambassadors of several countries received together",
      "Chủ tịch nước tiếp Đại sứ các nước trình Quốc thư", ["Ngày 17/9, Chủ tịch nước tiếp đại sứ các nước Trung Quốc, Sri Lanka, Áo và 14 đại sứ khác tới trình Quốc thư."], [], ["Trung Quốc", "Sri Lanka", "Áo"]],
    ["a country named in passing after the one met",
      "Chủ tịch tỉnh tiếp doanh nghiệp nước ngoài", ["Chiều 2/5, Chủ tịch tỉnh tiếp Đại sứ Hàn Quốc.", "Hàn Quốc là nhà đầu tư lớn của tỉnh, cùng với Nhật Bản và Singapore, Đài Loan."], [], ["Hàn Quốc"]],
    ["a foreign participant's title names the counterpart",
      "Chủ tịch tỉnh tiếp đoàn doanh nghiệp", ["Chiều 28/5, tại tỉnh Thanh Hóa, Chủ tịch tỉnh làm việc với đoàn doanh nghiệp."], ["Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam"], ["Hàn Quốc"]],
    ["a Vietnamese official posted abroad is no counterpart",
      "Tổng kết công tác đối ngoại của tỉnh", ["Sáng 3/1, hội nghị tổng kết công tác đối ngoại năm qua."], ["Tổng Lãnh sự Việt Nam tại Nam Ninh, Trung Quốc"], []],
    ["the countries a visit goes to, listed",
      "Bộ trưởng thăm và làm việc tại 3 quốc gia Đông Nam Á", ["Hôm nay, Bộ trưởng mở đầu chuyến thăm và làm việc 3 nước Đông Nam Á: Philippines, Indonesia, Đông Timor."], [], ["Philippines", "Indonesia", "Timor-Leste"]],
    ["a guest from Taiwan",
      "Bí thư Tỉnh ủy tiếp Chủ tịch tập đoàn", ["Chiều 10/6, Bí thư Tỉnh ủy tiếp ông Trương Văn Nguyên, Chủ tịch Tập đoàn Hoa Lợi, Đài Loan."], [], ["Đài Loan"]],
    ["venues listed together are all hosts",
      "Hoạt động kỷ niệm Quốc khánh tại Cuba và Ấn Độ", ["Đại sứ quán tổ chức lễ chiêu đãi."], [], ["Cuba", "Ấn Độ"]],
    ["a ship's flag and its next port are named in passing",
      "Tàu du lịch quốc tế cập cảng đón gần 2.000 khách", ["Sáng 22-2, tàu du lịch 5 sao cập cảng Phú Mỹ.", "Tàu mang quốc tịch Italia, xuất phát từ Tây Ban Nha.", "Chiều tối, tàu sẽ rời cảng đến Singapore."], [], []],
    ["a country paired with Việt Nam, once, is the other side",
      "Đại sứ thăm và làm việc tại hai bang", ["Ngày 12/4, Đại sứ đã thăm hai bang và gặp Thống đốc bang.", "Hai bên trao đổi về doanh nghiệp.", "Đại sứ nói về triển vọng quan hệ Mỹ - Việt."], [], ["Hoa Kỳ"]],
    ["a country in parentheses after an organization",
      "Phẫu thuật miễn phí cho trẻ em", ["UBND tỉnh đã đồng ý để Đoàn phẫu thuật Interplast (Mỹ) đến khám chữa bệnh."], [], ["Hoa Kỳ"]],
  ];
  for (const [what, title, blocks, titles, expected] of cases) assert.deepEqual(partners(title, blocks, titles).names, expected, what);
});

test("a neighbour's province stands for its country; a visiting delegation's country is the counterpart", () => {
  // [what the case shows, headline, lead blocks, expected partner names]
  const cases: [string, string, string[], string[]][] = [
    ["twin provinces in the headline", "Quảng Bình – Savannakhet ký biên bản hợp tác năm 2025", [], ["Lào"]],
    ["several provinces of one neighbour", "Gia Lai tăng cường hợp tác với các tỉnh Ratanakiri, Stung Treng", [], ["Campuchia"]],
    ["a province named in the lead only", "Hội nghị cấp cao giữa hai tỉnh",
      ["Sáng 10/3, tại thành phố Vinh đã diễn ra Hội nghị cấp cao giữa tỉnh Nghệ An và tỉnh Xiêng Khoảng.",
        "Tỉnh trưởng tỉnh Xiêng Khoảng cảm ơn sự giúp đỡ của Nghệ An."], ["Lào"]],
    ["a delegation's country named once in the lead", "Đón đoàn các trường đại học",
      ["Ngày 4/5/2023, Đoàn công tác các trường Đại học Hàn Quốc do GS. Kim dẫn đầu đã đến thăm Trường Đại học Vinh."], ["Hàn Quốc"]],
    ["solidarity is no delegation", "Giao lưu thanh niên",
      ["Chiều 2/3, thanh niên hai huyện giao lưu, thắt chặt tình đoàn kết.", "Buổi giao lưu có cả ca khúc về Nhật Bản."], []],
  ];
  for (const [what, title, blocks, expected] of cases) assert.deepEqual(partners(title, blocks).names, expected, what);
});

test("a country in the name of a friendship institution is no side", () => {
  assert.deepEqual(partners("Bệnh viện Hữu nghị Việt Nam Ba Lan tiếp nhận thiết bị mới").names, []);
  assert.deepEqual(partners("Trường Hữu nghị Việt Nam - Lào khai giảng năm học mới").names, []);
  // The country stays a partner where the friendship is between the sides themselves.
  assert.deepEqual(partners("Tăng cường quan hệ hữu nghị Việt Nam - Cuba").names, ["Cuba"]);
});
