import { test } from "node:test";
import assert from "node:assert/strict";
import { extractParticipants } from "./participants.ts";

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
  ]) extractParticipants([line]);
});

test("a photo credit inside a caption is cut before people are read", () => {
  assert.deepEqual(names(["Hai đoàn chụp ảnh chung (Ảnh: Đại tá Nguyễn Văn Tư)"]), []);
});
