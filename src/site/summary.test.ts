import { test } from "node:test";
import assert from "node:assert/strict";
import { SUMMARY_MAX_CHARS, leadParagraph, summarize } from "./summary.ts";

test("the summary is the first sentence of the lead, without an outlet tag", () => {
  const cases: [string, string][] = [
    [
      "VOV.VN - Sáng 12/3, tại Hà Nội, Bộ trưởng Phan Văn Giang đã tiếp Đại sứ Nhật Bản. Hai bên trao đổi về hợp tác.\n",
      "Sáng 12/3, tại Hà Nội, Bộ trưởng Phan Văn Giang đã tiếp Đại sứ Nhật Bản.",
    ],
    [
      "(QĐND) - Chiều 5-6, đoàn công tác Bộ Quốc phòng Việt Nam hội đàm với đoàn Lào tại Viêng Chăn. Sau đó…\n",
      "Chiều 5-6, đoàn công tác Bộ Quốc phòng Việt Nam hội đàm với đoàn Lào tại Viêng Chăn.",
    ],
    [
      "Thứ bảy, 26-7-25 22\\:12\\:59\n\n0\n\n:::caption\nẢnh: Trọng Đức/TTXVN\n:::\n\nThượng tướng Hoàng Xuân Chiến khẳng định Việt Nam ủng hộ Canada gia nhập ADMM+. Tiếp theo là câu khác.\n",
      "Thượng tướng Hoàng Xuân Chiến khẳng định Việt Nam ủng hộ Canada gia nhập ADMM+.",
    ],
    ["## Tiêu đề phụ\n\nBài không có dấu chấm cuối câu nhưng vẫn đủ dài để làm tóm tắt cho danh sách\n", "Bài không có dấu chấm cuối câu nhưng vẫn đủ dài để làm tóm tắt cho danh sách"],
    ["Số 3.5 triệu đồng được trao cho các gia đình chính sách tại xã biên giới. Câu hai.\n", "Số 3.5 triệu đồng được trao cho các gia đình chính sách tại xã biên giới."],
  ];
  for (const [markdown, expected] of cases) assert.equal(summarize(markdown), expected);
});

test("a long first sentence is cut at a word with an ellipsis; no lead gives an empty summary", () => {
  const long = `${"Hai bên nhất trí tăng cường hợp tác trong nhiều lĩnh vực, ".repeat(10)}kết thúc.\n`;
  const summary = summarize(long);
  assert.ok(summary.length <= SUMMARY_MAX_CHARS + 1);
  assert.ok(summary.endsWith("…"));
  assert.doesNotMatch(summary, /,…$/);
  assert.equal(summarize(":::caption\nẢnh\n:::\n\naa\n"), "");
  assert.equal(leadParagraph(""), null);
});
