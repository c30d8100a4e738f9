import { test } from "node:test";
import assert from "node:assert/strict";
import { extractParticipants, extractPeople } from "./participants.ts";

const names = (texts: string[], credits: string[] = []) => extractParticipants(texts, credits).map((p) => p.name);
const byName = (texts: string[]) => new Map(extractParticipants(texts).map((p) => [p.name, p.title]));

test("apposition styles: rank + name + roles, name - roles, role + body + country + name", () => {
  const people = byName([
    "Chiều 12/6, tại Hà Nội, Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng đã tiếp Bộ trưởng Quốc phòng Nhật Bản Nakatani Gen đang có chuyến thăm chính thức Việt Nam.",
    "Cùng dự có Thiếu tướng Phạm Trường Sơn - Phó Cục trưởng Cục Đối ngoại (Bộ Quốc phòng).",
  ]);
  assert.equal(people.get("Phan Văn Giang"), "Đại tướng, Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng");
  assert.equal(people.get("Nakatani Gen"), "Bộ trưởng Quốc phòng Nhật Bản");
  assert.equal(people.get("Phạm Trường Sơn"), "Thiếu tướng, Phó Cục trưởng Cục Đối ngoại");
});

test("naval ranks, honorifics and foreign names", () => {
  const people = byName([
    "Chuẩn Đô đốc Trần Thanh Nghiêm, Tư lệnh Quân chủng Hải quân tiếp Phó Đô đốc Mark Hammond, Tư lệnh Hải quân Australia.",
    "Bà Stefanie Beck mong muốn thời gian tới hai bên tăng cường hợp tác.",
    "Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng Campuchia Samdech Pichey Sena Tea Banh cảm ơn Việt Nam.",
    "Ngài Lơ-me-ri-ô bày tỏ cảm ơn.",
  ]);
  assert.equal(people.get("Trần Thanh Nghiêm"), "Chuẩn Đô đốc, Tư lệnh Quân chủng Hải quân");
  assert.equal(people.get("Mark Hammond"), "Phó Đô đốc, Tư lệnh Hải quân Australia");
  assert.equal(people.get("Stefanie Beck"), "");
  assert.equal(people.get("Tea Banh"), "Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng Campuchia");
  assert.ok(people.has("Lơ-me-ri-ô"));
});

test("a role before the rank belongs to the person; a chain reaching another name does not", () => {
  const people = byName([
    "Bộ trưởng Bộ Quốc phòng Lào, Đại tướng Chansamone Chanyalath dẫn đầu đoàn.",
    "Dưới sự chủ trì của Tổng Tư lệnh Quân đội Hoàng gia Campuchia, Tướng Vong Pisen, hội nghị thông qua tuyên bố.",
    "Tham dự có Thượng tướng Nguyễn Văn A, Thứ trưởng Bộ Quốc phòng, Đại tướng Lê Văn B, Bộ trưởng Bộ Quốc phòng.",
  ]);
  assert.equal(people.get("Chansamone Chanyalath"), "Bộ trưởng Bộ Quốc phòng Lào, Đại tướng");
  assert.equal(people.get("Vong Pisen"), "Tổng Tư lệnh Quân đội Hoàng gia Campuchia, Tướng");
  assert.equal(people.get("Nguyễn Văn A"), "Thượng tướng, Thứ trưởng Bộ Quốc phòng");
  assert.equal(people.get("Lê Văn B"), "Đại tướng, Bộ trưởng Bộ Quốc phòng");
});

test("one person mentioned several ways is one participant with the fullest title", () => {
  const people = extractParticipants([
    "Thượng tướng Hoàng Xuân Chiến, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng chủ trì.",
    "Phát biểu tại Đối thoại, Thượng tướng Hoàng Xuân Chiến nhấn mạnh hợp tác.",
    "Thứ trưởng Hoàng Xuân Chiến cảm ơn đoàn.",
  ]);
  assert.deepEqual(people, [{ name: "Hoàng Xuân Chiến", title: "Thượng tướng, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng" }]);
});

test("quoted speakers, place names before names, no credits, no bodies or places as people", () => {
  const people = byName([
    "“Chúng tôi luôn sẵn sàng”, ông Nguyễn Văn Hùng, Giám đốc Sở Ngoại vụ tỉnh Tây Ninh cho biết.",
    "Chủ tịch UBND tỉnh Gia Lai Rah Lan Chung dự lễ.",
    "Quang cảnh hội đàm. (Ảnh: Trọng Đức/TTXVN)",
    "Bộ trưởng Bộ Quốc phòng Campuchia đánh giá cao. Đoàn thăm Bộ Tư lệnh Vùng 4 Hải quân tại Khánh Hòa.",
    "Quốc vụ khanh Thường trực Bộ Quốc phòng phát biểu.",
  ]);
  assert.equal(people.get("Nguyễn Văn Hùng"), "Giám đốc Sở Ngoại vụ tỉnh Tây Ninh");
  assert.equal(people.get("Rah Lan Chung"), "Chủ tịch UBND tỉnh Gia Lai");
  assert.deepEqual([...people.keys()].sort(), ["Nguyễn Văn Hùng", "Rah Lan Chung"]);
  assert.deepEqual(names(["Ảnh: Ngô Tùng", "Thượng tá Ngô Tùng phát biểu."], ["Ngô Tùng"]), []);
});

test("long pathological lines finish quickly (no catastrophic backtracking)", () => {
  for (const line of [
    "Đại tướng ".repeat(10_000),
    "A".repeat(100_000),
    "Nguyễn ".repeat(15_000),
    "Lơ-".repeat(30_000),
    ", Thứ trưởng".repeat(8_000),
    "Ảnh: ".repeat(20_000),
    "Trung tá Lò Văn Hùng, Chính trị viên " + "Đồn - Biên và ".repeat(7_000),
    "Đại tá Kondo Hiroshi, chỉ huy " + "biên đội tàu Nhật ".repeat(5_000),
    "Ông Lê Văn Nam, Giám đốc Sở, ".repeat(3_500),
    "Thượng tá Nguyễn Văn " + "Lào ".repeat(25_000),
  ]) extractParticipants([line]);
});

test("a photo credit inside a caption is cut before people are read", () => {
  assert.deepEqual(names(["Hai đoàn chụp ảnh chung (Ảnh: Đại tá Nguyễn Văn Tư)"]), []);
});

test("coordinated appositions: each person keeps the posts written after their own name", () => {
  const cases: [string, [string, string][]][] = [
    [
      "Tham dự buổi giao lưu có Trung tá Lò Văn Hùng, Chính trị viên Đồn Biên phòng Mường Lạn và Thượng tá Vương Kiến Cường, Trạm trưởng Trạm Kiểm soát biên phòng Nậm Cắn.",
      [["Lò Văn Hùng", "Trung tá, Chính trị viên Đồn Biên phòng Mường Lạn"], ["Vương Kiến Cường", "Thượng tá, Trạm trưởng Trạm Kiểm soát biên phòng Nậm Cắn"]],
    ],
    [
      "Cùng dự có Đại tá Trần Văn Bình, Chính ủy Bộ đội Biên phòng tỉnh Lạng Sơn; Thượng tá Hạ Quang Hải, Đồn phó Đồn Biên phòng Tà Lùng.",
      [["Trần Văn Bình", "Đại tá, Chính ủy Bộ đội Biên phòng tỉnh Lạng Sơn"], ["Hạ Quang Hải", "Thượng tá, Đồn phó Đồn Biên phòng Tà Lùng"]],
    ],
    [
      "Bà Yamada Keiko, Đại sứ Nhật Bản tại Việt Nam và ông Lê Văn Nam, Phó Chủ tịch UBND tỉnh dự lễ.",
      [["Yamada Keiko", "Đại sứ Nhật Bản tại Việt Nam"], ["Lê Văn Nam", "Phó Chủ tịch UBND tỉnh"]],
    ],
    [
      "Đại tá Nguyễn Quang Hải, Tùy viên Quốc phòng Việt Nam tại Lào cũng có mặt.",
      [["Nguyễn Quang Hải", "Đại tá, Tùy viên Quốc phòng Việt Nam tại Lào"]],
    ],
    [
      "Thiếu tướng Lữ Văn Tâm, Phó Tư lệnh, Tham mưu trưởng Quân khu 2 và Đại tá Vương Đình Quân, Chính trị viên phó Lữ đoàn 168 chủ trì.",
      [["Lữ Văn Tâm", "Thiếu tướng, Phó Tư lệnh, Tham mưu trưởng Quân khu 2"], ["Vương Đình Quân", "Đại tá, Chính trị viên phó Lữ đoàn 168"]],
    ],
  ];
  for (const [sentence, expected] of cases) {
    assert.deepEqual(extractParticipants([sentence]).map((p) => [p.name, p.title]), expected, sentence);
  }
});

test("a title runs to what closes the apposition: lowercase words and numbers kept, the predicate left out", () => {
  const cases: [string, string, string][] = [
    ["Đại tá Kondo Hiroshi, chỉ huy biên đội tàu Nhật Bản, cảm ơn sự đón tiếp chu đáo.", "Kondo Hiroshi", "Đại tá, chỉ huy biên đội tàu Nhật Bản"],
    ["Đại tá Kondo Hiroshi, chỉ huy biên đội khu trục Nhật Bản cảm ơn sự đón tiếp.", "Kondo Hiroshi", "Đại tá, chỉ huy biên đội khu trục Nhật Bản"],
    ["Chuẩn Đô đốc Vũ Trọng Quân, Tư lệnh Vùng 4 Hải quân phát biểu tại buổi lễ.", "Vũ Trọng Quân", "Chuẩn Đô đốc, Tư lệnh Vùng 4 Hải quân"],
    ["Ông Nguyễn Văn Hùng, Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Tây Ninh cho biết.", "Nguyễn Văn Hùng", "Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Tây Ninh"],
    ["Trung tá Lê Minh Đức, phó chỉ huy trưởng Ban Chỉ huy Quân sự huyện, kiểm tra công tác.", "Lê Minh Đức", "Trung tá, phó chỉ huy trưởng Ban Chỉ huy Quân sự huyện"],
    ["Bà Yamada Keiko, Đại sứ Nhật Bản bày tỏ vui mừng được thăm đơn vị.", "Yamada Keiko", "Đại sứ Nhật Bản"],
    ["Bà Yamada Keiko, Đại sứ Nhật Bản nói.", "Yamada Keiko", "Đại sứ Nhật Bản"],
    ["Thượng tá Hà Văn Quân, Đồn trưởng Đồn Biên phòng Ka Lăng khẳng định hợp tác.", "Hà Văn Quân", "Thượng tá, Đồn trưởng Đồn Biên phòng Ka Lăng"],
    ["Đại tá Đinh Văn Hải, Giám đốc Học viện Biên phòng đề nghị hai bên tăng cường trao đổi.", "Đinh Văn Hải", "Đại tá, Giám đốc Học viện Biên phòng"],
    ["Trung tá Đỗ Văn Chín - Phó Chính ủy Đồn Biên phòng Thanh Thủy trực tiếp chỉ đạo lực lượng.", "Đỗ Văn Chín", "Trung tá, Phó Chính ủy Đồn Biên phòng Thanh Thủy"],
    ["Đại úy Lê Văn Sáu, Đội trưởng Đội vũ trang Đồn Biên phòng Lóng Sập dẫn đoàn tuần tra.", "Lê Văn Sáu", "Đại úy, Đội trưởng Đội vũ trang Đồn Biên phòng Lóng Sập"],
    ["Thiếu tướng Trần Văn Năm, Phó Chủ nhiệm Chính trị Quân khu 7 (nay là Quân khu 7) đã tới dự.", "Trần Văn Năm", "Thiếu tướng, Phó Chủ nhiệm Chính trị Quân khu 7"],
  ];
  for (const [sentence, name, title] of cases) assert.equal(byName([sentence]).get(name), title, sentence);
});

test("a family name that also opens bodies ('Vương', 'Hạ', 'Lữ') is a name only where a rank, role or honorific announces it", () => {
  assert.deepEqual(names(["Trung tá Vương Kiến Cường phát biểu."]), ["Vương Kiến Cường"]);
  assert.deepEqual(names(["Ông Lữ Văn Tâm phát biểu."]), ["Lữ Văn Tâm"]);
  assert.deepEqual(names(["Đoàn thăm Vương quốc Campuchia và Lữ đoàn 147.", "Hạ viện Australia thông qua nghị quyết."]), []);
});

test("names with syllables that also open bodies or name ranks and countries ('Quân', 'Bộ', 'Hải', 'Tướng', 'Lào')", () => {
  for (const name of ["Bùi Văn Bộ", "Đỗ Quân", "Lê Văn Đội", "Nguyễn Biên Cương", "Hà Hải Quân", "Hạ Bá Biên", "Lê Văn Tướng", "Nguyễn Văn Lào"]) {
    for (const announcer of ["Thượng tá", "ông"]) {
      const found = extractParticipants([`${announcer} ${name}, Đồn trưởng Đồn Biên phòng Pa Thơm cho biết.`]);
      assert.deepEqual(found.map((p) => p.name), [name], `${announcer} ${name}`);
    }
  }
  assert.deepEqual(names(["Đại tướng Nguyễn Tân Cương tiếp Bộ trưởng Quốc phòng Lào."]), ["Nguyễn Tân Cương"]);
});

test("people on real pages: names after a role without rank, initials, foreign diacritics, rank typos, bodies with commas", () => {
  // [sentence(s), expected participants as "name | title"]
  const cases: [string[], string[]][] = [
    [["Bộ trưởng Bộ Quốc phòng Anh Earl Howe phát biểu tại hội thảo."], ["Earl Howe | Bộ trưởng Bộ Quốc phòng Anh"]],
    [["Tiếp đoàn có ông Gary Quinlan, Thứ trưởng Bộ Ngoại giao và Thương mại Australia."], ["Gary Quinlan | Thứ trưởng Bộ Ngoại giao và Thương mại Australia"]],
    [["Đại tướng Álvaro López Miera, Bộ trưởng Các lực lượng vũ trang cách mạng Cuba dẫn đầu đoàn."], ["Álvaro López Miera | Đại tướng, Bộ trưởng Các lực lượng vũ trang cách mạng Cuba"]],
    [["Tổng thống I-xra-en R.Ri-vlin tiếp Bộ trưởng Quốc phòng A.Li-bơ-man và Đại sứ U.A-đam."], ["R.Ri-vlin | Tổng thống I-xra-en", "A.Li-bơ-man | Bộ trưởng Quốc phòng", "U.A-đam | Đại sứ"]],
    [["Thượng thướng Nguyễn Văn Nam, Thứ trưởng Bộ Công an chủ trì."], ["Nguyễn Văn Nam | Thượng thướng, Thứ trưởng Bộ Công an"]],
    [["Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng và Bộ trưởng Bộ Kế hoạch và Đầu tư Trần Thị Lan dự lễ."], ["Nguyễn Văn Hùng | Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch", "Trần Thị Lan | Bộ trưởng Bộ Kế hoạch và Đầu tư"]],
    [["Ông Đào Văn Học, Thứ trưởng Bộ Nông nghiệp và phát triển nông thôn cho biết."], ["Đào Văn Học | Thứ trưởng Bộ Nông nghiệp và phát triển nông thôn"]],
    [["Dự lễ có nguyên Chủ tịch Quốc hội: Nguyễn Văn An, Trần Thị Bình; nguyên Thủ tướng Lê Văn Cường."], ["Nguyễn Văn An | nguyên Chủ tịch Quốc hội", "Trần Thị Bình | nguyên Chủ tịch Quốc hội", "Lê Văn Cường | nguyên Thủ tướng"]],
    [["Phía Việt NamĐại sứ Nguyễn Bá Hồng đánh giá cao sự kiện."], ["Nguyễn Bá Hồng | Đại sứ"]],
    [["Đoàn gồm: GS.TS. Holger Paschedag - Trường Đại học Khoa học Ứng dụng Aschaffenburg; TS. Thomas Russack."], ["Holger Paschedag | GS.TS.", "Thomas Russack | TS."]],
    [["Chủ tịch tỉnh tiếp ông Meynardo LB. Montealegre, Đại sứ Philippines tại Việt Nam."], ["Meynardo LB. Montealegre | Đại sứ Philippines tại Việt Nam"]],
    [["Bà Janet Nguyễn phát biểu cảm ơn cử tri."], ["Janet Nguyễn | "]],
    [["Đại tướng Chaisit Shinawatra, Tư lệnh Tối cao Quân đội Hoàng gia Thái Lan, thăm Học viện."], ["Chaisit Shinawatra | Đại tướng, Tư lệnh Tối cao Quân đội Hoàng gia Thái Lan"]],
    [["Đại sứ Nguyễn Quốc Cường gặp Thống đốc bang Mark Dayton và Bộ trưởng Bộ Nông nghiệp tiểu bang Ben Branton."], ["Nguyễn Quốc Cường | Đại sứ", "Mark Dayton | Thống đốc bang", "Ben Branton | Bộ trưởng Bộ Nông nghiệp tiểu bang"]],
    [["Bộ trưởng Bộ GD&ĐT Phạm Văn Luận tiếp đoàn."], ["Phạm Văn Luận | Bộ trưởng Bộ GD&ĐT"]],
    [["Lễ ký kết - ảnh 1Chủ tịch Quốc hội Vương Đình Huệ chứng kiến lễ trao."], ["Vương Đình Huệ | Chủ tịch Quốc hội"]],
    [["Dự buổi tiếp có Cục trưởng Cục Hợp tác quốc tế Phạm Quang Hưng, Phó Vụ trưởng Vụ Kế hoạch - Tài chính Ngô Văn Thịnh."], ["Phạm Quang Hưng | Cục trưởng Cục Hợp tác quốc tế", "Ngô Văn Thịnh | Phó Vụ trưởng Vụ Kế hoạch - Tài chính"]],
    [["Chủ tịch tỉnh tiếp ông Trác Lôi Minh, Tổng Lãnh sự Trung Quốc tại TP.HCM."], ["Trác Lôi Minh | Tổng Lãnh sự Trung Quốc tại TP.HCM"]],
    [["Đoàn do PGS.TS. Tạ Văn Đông, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch thừa ủy quyền của Thủ tướng dẫn đầu."], ["Tạ Văn Đông | PGS.TS., Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch"]],
    [["Đoàn Bộ Y tế và Trưởng đại diện Tổ chức Y tế thế giới tại Việt Nam Angela Pratt đến thăm bệnh viện."], ["Angela Pratt | Trưởng đại diện Tổ chức Y tế thế giới tại Việt Nam"]],
    [["Đoàn gồm Chủ tịch Samsung Electronics Lee Jae-yong và Chủ tịch Hyundai Motor Chung Eui-sun."], ["Lee Jae-yong | Chủ tịch Samsung Electronics", "Chung Eui-sun | Chủ tịch Hyundai Motor"]],
    // A person's own apposition may name a post after a family name ("Kim"): it is the post's name, not a second person.
    [["Dự có Thượng tá Vương Văn Quân, Trạm trưởng Trạm Kiểm soát biên phòng Kim Thủy Hà."], ["Vương Văn Quân | Thượng tá, Trạm trưởng Trạm Kiểm soát biên phòng Kim Thủy Hà"]],
    [["Đồng chí Nguyễn Văn Phi - Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh tiếp đoàn; cùng dự có đồng chí Phùng Văn Hùng - Thường vụ Tỉnh ủy."], ["Nguyễn Văn Phi | Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", "Phùng Văn Hùng | Thường vụ Tỉnh ủy"]],
  ];
  for (const [texts, expected] of cases) {
    assert.deepEqual(extractParticipants(texts).map((p) => `${p.name} | ${p.title}`), expected, texts[0]);
  }
});

test("one person, one entry: a later surname or given name alone, or the name with initials, links to the full name", () => {
  const cases: [string[], string[]][] = [
    [["Đại tướng Thanasak Patimaprakorn, Tư lệnh Tối cao Quân đội Hoàng gia Thái Lan dẫn đầu đoàn.", "Tướng Thanasak cảm ơn sự đón tiếp."], ["Thanasak Patimaprakorn"]],
    [["Bà Stefanie Beck phát biểu.", "Bà Beck cảm ơn."], ["Stefanie Beck"]],
    [["Thủ tướng Bỉ Sác-lơ Mi-xen đón đoàn.", "Thủ tướng Bỉ S.Mi-xen chủ trì hội đàm."], ["Sác-lơ Mi-xen"]],
    [["Thủ tướng Bỉ S.Mi-xen chủ trì hội đàm.", "Thủ tướng Bỉ Sác-lơ Mi-xen đón đoàn."], ["Sác-lơ Mi-xen"]],
  ];
  for (const [texts, expected] of cases) assert.deepEqual(names(texts), expected, texts[0]);
});

test("a place is never a person: the words after a kind of place name it", () => {
  const cases: [string, string[]][] = [
    ["Đoàn thăm bang Tamil Nadu của Ấn Độ.", []],
    ["Ông Nguyễn Văn Bằng - Phó Chủ tịch UBND xã Trà Cang cho biết.", ["Nguyễn Văn Bằng"]],
    ["Phó Chủ tịch UBND xã Trà Cang Lê Văn Hải kiểm tra đê.", ["Lê Văn Hải"]],
    ["Chủ tịch UBND tỉnh Đỗ Minh Tuấn tiếp đoàn.", ["Đỗ Minh Tuấn"]],
    ["Ông Phạm Quang Vinh, Giám đốc Bệnh viện đa khoa khu vực Cù Lao Minh cho biết.", ["Phạm Quang Vinh"]],
  ];
  for (const [sentence, expected] of cases) assert.deepEqual(names([sentence]), expected, sentence);
  // A place seen after its kind in one sentence is no person where another sentence puts it after a generic title.
  assert.deepEqual(names(["Đoàn công tác của tỉnh Chungcheong Nam (Hàn Quốc) đến thăm.", "Giám đốc Sở Du lịch tỉnh Chungcheong Nam mong muốn hợp tác."]), []);
});

test("people only mentioned are kept apart: an invitation's host, a message's sender, whose assistant someone is", () => {
  const cases: [string[], string[], string[]][] = [
    [["Thủ tướng Phạm Minh Chính lên đường thăm Nhật Bản theo lời mời của Thủ tướng Nhật Bản Kishida Fumio."], ["Phạm Minh Chính"], ["Kishida Fumio"]],
    [["Bộ trưởng chuyển lời thăm hỏi của Tổng Bí thư Tô Lâm tới Chủ tịch Hội đồng Nhà nước Nguyễn Văn Tư."], ["Nguyễn Văn Tư"], ["Tô Lâm"]],
    [["Ông Kim Kyo Shik - Trợ lý trưởng của Chủ tịch Quốc hội Hàn Quốc Kim Jin-pyo cùng dự."], ["Kim Kyo Shik"], ["Kim Jin-pyo"]],
    // Mentioned once and seen taking part later: a participant.
    [["Nhận lời mời của Thủ tướng Bỉ Sác-lơ Mi-xen, đoàn tới Brúc-xen.", "Thủ tướng Bỉ S.Mi-xen chủ trì lễ đón."], ["Sác-lơ Mi-xen"], []],
    // Presiding over something is taking part.
    [["Dưới sự chủ trì của Tổng Tư lệnh Quân đội Hoàng gia Campuchia, Tướng Vong Pisen, hội nghị bế mạc."], ["Vong Pisen"], []],
  ];
  for (const [texts, participants, mentioned] of cases) {
    const people = extractPeople(texts);
    assert.deepEqual(people.participants.map((p) => p.name), participants, texts[0]);
    assert.deepEqual(people.mentioned.map((p) => p.name), mentioned, texts[0]);
  }
});

test("people of civilian pages: civic and clergy roles, party posts as initials, kinship forms of address, name particles", () => {
  // [what the case shows, article texts, names expected among the participants, names that must not be]
  const cases: [string, string[], string[], string[]][] = [
    ["a district head abroad announces a foreign name", ["Chủ tịch tỉnh tiếp đoàn do Quận trưởng Park Minsoo làm trưởng đoàn."], ["Park Minsoo"], []],
    ["a city assembly's head after a chain of localities",
      ["Nghị viện trưởng thành phố Gimhae, tỉnh Gyeongsangnam-do Lee Sung Ho bày tỏ mong muốn hợp tác."], ["Lee Sung Ho"], []],
    ["a party post written as initials between name and role",
      ["Tiếp đoàn có các đồng chí: Hoàng Văn Nam, Phó Bí thư Tỉnh ủy; Trịnh Thị Lan, TVTU, Phó Chủ tịch UBND tỉnh."], ["Hoàng Văn Nam", "Trịnh Thị Lan"], []],
    ["a nun's Buddhist name", ["Ni sư Thích Diệu Liên, Trưởng ban Từ thiện, trao quà cho bà con."], ["Thích Diệu Liên"], []],
    ["a visitor quoted with a kinship form of address", ["Chị Lê Thu Hà, du khách từ Hải Phòng, cho biết rất thích lễ hội."], ["Lê Thu Hà"], []],
    ["a foreign name with particles", ["Tham gia đoàn có TS. Anna van den Berg, chuyên gia của tổ chức."], ["Anna van den Berg"], []],
    ["a temple named after a form of address is no person", ["Du khách đến lễ hội đền Bà Kiu và chùa Ông Lak."], [], ["Kiu", "Lak"]],
    ["a foreign title with a dot before the name", ["Tham dự có GS, TS Ir. Budi Santoso Wirawan, Hiệu trưởng trường Đại học Tarumanagara."], ["Budi Santoso Wirawan"], []],
    ["degrees separated by a comma", ["Sau phần chào mừng của GS,TS. Olena Petrenko, Trưởng Ban Kinh tế, các tham luận được trình bày."], ["Olena Petrenko"], []],
    ["a foreign name after an institution's kind is the institution's", ["PGS.TS Anong Srisuk – Trưởng khoa Luật, Đại học Chiang Mai dự hội thảo."], ["Anong Srisuk"], ["Chiang Mai"]],
    ["schools and streets named after people are no participants",
      ["Sinh viên Trường Đại học Tôn Đức Thắng và học sinh trường Tiểu học Lê Lợi diễu hành trên đường Trần Hưng Đạo."], [], ["Tôn Đức Thắng", "Lê Lợi", "Trần Hưng Đạo"]],
    ["words that only end like an institution's kind", ["Bộ trưởng Bộ Tài nguyên và Môi trường Trần Hồng Hà và Chủ tịch UBND thành phố Lê Văn Hưng dự."], ["Trần Hồng Hà", "Lê Văn Hưng"], []],
    ["a pupil named by a lowercase role", ["Lê Minh Khoa, học sinh lớp 10, trình bày tham luận."], ["Lê Minh Khoa"], []],
    ["a dash between a title and its name", ["Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch - Trần Văn Bảo trao cờ cho đại diện Liên đoàn."], ["Trần Văn Bảo"], []],
    ["a pair of countries joined by a hyphen is no person",
      ["Ông Trần Văn Bình, Chủ tịch Phân ban hợp tác Campuchia-Việt Nam làm trưởng đoàn."], ["Trần Văn Bình"], ["Campuchia-Việt Nam"]],
  ];
  for (const [what, texts, present, absent] of cases) {
    const got = names(texts);
    for (const n of present) assert.ok(got.includes(n), `${what}: ${n} missing from ${JSON.stringify(got)}`);
    for (const n of absent) assert.ok(!got.some((g) => g.includes(n)), `${what}: ${n} in ${JSON.stringify(got)}`);
  }
});

test("one person under two spellings is one participant; two different short names stay two", () => {
  assert.deepEqual(names(["Bộ trưởng Somsack Phommavongsa tiếp đoàn.", "Bộ trưởng Somsack Phommavonsa cảm ơn đoàn."]), ["Somsack Phommavongsa"]);
  assert.deepEqual(names(["Thượng tướng Nguyễn Chí Vịnh phát biểu.", "Thượng tướng Nguyễn Chí Vinh nhấn mạnh."]), ["Nguyễn Chí Vịnh"]);
  assert.deepEqual(names(["Ông Kim Jin Su và ông Lim Jin Su cùng dự."]).length, 2);
});

test("foreign ministers, sport and given names that are also places or written with an initial", () => {
  // [what the case shows, sentence, expected name, expected title]
  const cases: [string, string, string, string][] = [
    ["'Ngoại trưởng' announces a foreign minister; an initial inside the name stays", "Chiều qua, Ngoại trưởng Úc Peter K. Walsh gặp người đồng cấp.", "Peter K. Walsh", "Ngoại trưởng Úc"],
    ["a country word that is also a given name ('Mỹ') does not make the foreign name after it Vietnamese", "Bộ trưởng Ngoại giao Mỹ Daniel Rowe cho biết hai bên sẽ gặp lại.", "Daniel Rowe", "Bộ trưởng Ngoại giao Mỹ"],
    ["an athlete written with the other final spelling ('sỹ')", "Võ sỹ Lê Thị Mai Hương giành huy chương vàng.", "Lê Thị Mai Hương", "Võ sỹ"],
    ["a coach with his sport in the title", "Hôm qua, HLV bóng chuyền Đỗ Văn Khải của tỉnh cho biết đội đã về nước.", "Đỗ Văn Khải", "HLV bóng chuyền"],
    ["a given name that is also a province ends the name", "VĐV Trần Thị Hà Giang đạt huy chương bạc.", "Trần Thị Hà Giang", "VĐV"],
  ];
  for (const [what, sentence, name, title] of cases) {
    const people = byName([sentence]);
    assert.equal(people.get(name), title, `${what}: ${JSON.stringify([...people])}`);
  }
  // The province stays a place where it follows a title's body.
  assert.equal(byName(["Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn phát biểu."]).get("Nguyễn Văn Sơn"), "Chủ tịch UBND tỉnh Hà Giang");
});

test("an academic title abbreviated alone announces the name after it, foreign names too", () => {
  const cases: [string, string[]][] = [
    ["Đoàn chuyên gia do GS. Hiroshi Tanaka (Đại học Osaka) dẫn đầu.", ["Hiroshi Tanaka"]],
    ["Biên bản được GS.VS. Trần Văn Bình, Chủ tịch Viện và GS.VS. Jean-Luc Martin, Chủ tịch Hội ký kết.", ["Trần Văn Bình", "Jean-Luc Martin"]],
    ["PGS Lê Thị Hoa phát biểu khai mạc hội thảo.", ["Lê Thị Hoa"]],
    ["ThS. Đỗ Minh Quân trình bày báo cáo.", ["Đỗ Minh Quân"]],
    // A role glued to the name by a dash without spaces; a transliterated name keeps its own dashes.
    ["- Đồng chí Hoàng Văn Nam-Ủy viên BCH TW Đảng, Bí thư Tỉnh ủy phát biểu.", ["Hoàng Văn Nam"]],
    ["Ông A-lếch-xan-đơ Ma-ti-a-xép, Chủ tịch Hội hữu nghị, phát biểu.", ["A-lếch-xan-đơ Ma-ti-a-xép"]],
  ];
  for (const [text, expected] of cases) assert.deepEqual(names([text]), expected, text);
});
