import { test } from "node:test";
import assert from "node:assert/strict";
import { ownClass, reviseClasses, type LineClass } from "./classify.ts";
import { describePage } from "./page.ts";

const line = (text: string) => describePage([{ text, lines: [1] }])[0]!;

test("a paragraph's own class comes from its length, sentence shape and function words", () => {
  const table: [string, LineClass][] = [
    ["Tại buổi tiếp, hai bên đã trao đổi về tình hình hợp tác và những vấn đề cùng quan tâm.", "good"],
    ["Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Nguyễn Văn An, Phó Chủ tịch Quốc hội Trần Văn Bình dự buổi lễ.", "good"],
    ["Quang cảnh buổi đối thoại.", "nearGood"],
    ["Việt Nam - Lào tăng cường hợp tác quốc phòng", "short"],
    ["Trang chủ Thời sự Thế giới Kinh tế Xã hội Pháp luật Sức khỏe Giáo dục Công nghệ Giải trí Thể thao Du lịch", "bad"],
    ["Hai bên cũng thống nhất trao đổi thông tin về bản đồ ô nhiễm bom mìn tại các tỉnh miền Trung và phối hợp vận động", "nearGood"],
    // Running text is never set in capitals, however long and worded: a headline.
    ["SỞ Y TẾ TIẾP ĐOÀN CÔNG TÁC CỦA BỆNH VIỆN ĐẠI HỌC QUỐC GIA LÀO VỀ HỢP TÁC ĐÀO TẠO BÁC SĨ NỘI TRÚ VÀ CHUYỂN GIAO KỸ THUẬT", "short"],
    ["Sở Y tế tiếp đoàn công tác của Bệnh viện Đại học Quốc gia Lào về hợp tác đào tạo bác sĩ nội trú và chuyển giao kỹ thuật", "nearGood"],
  ];
  for (const [text, expected] of table) assert.equal(ownClass(line(text), null), expected, text);
  assert.equal(ownClass(line("Tại buổi tiếp, hai bên đã trao đổi về tình hình hợp tác."), "bad"), "bad");
  assert.equal(ownClass(line("![]() |"), "neutral"), "short");
});

test("neighbours revise short and borderline paragraphs (jusText's context step)", () => {
  const table: [LineClass[], LineClass[], LineClass?][] = [
    [["good", "short", "good"], ["good", "good", "good"]],
    [["bad", "short", "bad"], ["bad", "bad", "bad"]],
    [["good", "short", "bad"], ["good", "bad", "bad"]],
    [["good", "short", "nearGood", "bad"], ["good", "good", "good", "bad"]],
    [["bad", "nearGood", "bad"], ["bad", "bad", "bad"]],
    [["bad", "nearGood", "good"], ["bad", "good", "good"]],
    [["short", "good", "short"], ["bad", "good", "bad"]],
    // A page cut short in the middle of the article: its end stands for more article.
    [["good", "short"], ["good", "good"], "good"],
  ];
  for (const [own, expected, end] of table) assert.deepEqual(reviseClasses(own, end), expected, own.join(" "));
});
