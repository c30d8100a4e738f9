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

test("long pathological lines finish quickly", () => {
  for (const line of ["tại ".repeat(25_000), "Sáng 1/1 ".repeat(11_000), "tại (".repeat(20_000), "- Sáng ".repeat(14_000) + "1/1"]) {
    extractLocation([line, line]);
  }
});
