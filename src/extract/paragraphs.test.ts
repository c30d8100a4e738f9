import { test } from "node:test";
import assert from "node:assert/strict";
import { paragraphsOf, wrapWidth } from "./paragraphs.ts";

const WRAPPED = [
  "Ngày 5/3, tại Học viện Quốc phòng, Thượng tướng Lê Văn Minh, Thứ",
  "trưởng Bộ Quốc phòng, đã tiếp đoàn học viên sĩ quan trẻ của Quân đội",
  "Ấn Độ đang có chuyến thăm và học tập ngắn hạn tại Việt Nam theo chương",
  "trình hợp tác giữa hai Bộ Quốc phòng.",
  "",
  "Hai bên đánh giá cao kết quả hợp tác đào tạo trong những năm qua, nhất",
  "là các khóa học tiếng Anh và gìn giữ hòa bình.",
];

test("a hard-wrapped page is re-joined: lines that fill the width or break off mid-sentence go on, a blank line ends a paragraph", () => {
  assert.equal(wrapWidth(WRAPPED), 70);
  assert.deepEqual(paragraphsOf(WRAPPED).map((p) => p.lines), [[1, 2, 3, 4], [6, 7]]);
  assert.match(paragraphsOf(WRAPPED)[0]!.text, /Thứ trưởng Bộ Quốc phòng/u);
});

test("an ordinary page is left line by line, even with unpunctuated lines and a line starting in lower case", () => {
  const page = [
    "Việt Nam ký nhiều thỏa thuận hợp tác về giáo dục với Úc",
    "nguyentuyet | 19/03/2018, 06:20",
    "Theo thông tin từ Cục Hợp tác quốc tế, hai bên đã ký ba văn bản hợp tác.",
    "Tin liên quan",
    "Hải quân hai nước tuần tra chung trên biển",
    "infographic bau cu quoc hoi va hdnd cach tra cuu",
  ];
  assert.equal(wrapWidth(page), null);
  assert.deepEqual(paragraphsOf(page).map((p) => p.lines), [[1], [2], [3], [4], [5], [6]]);
});
