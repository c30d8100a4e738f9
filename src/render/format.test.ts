import { test } from "node:test";
import assert from "node:assert/strict";
import { articleCount, eventLabel, joinNames, monthName, pagedTitle, vietnameseDate } from "./format.ts";

test("Vietnamese dates and labels", () => {
  assert.equal(vietnameseDate("2022-05-14"), "Thứ Bảy, 14/5/2022");
  assert.equal(vietnameseDate("2025-10-29"), "Thứ Tư, 29/10/2025");
  assert.equal(vietnameseDate("2020-09-06"), "Chủ Nhật, 6/9/2020");
  assert.equal(vietnameseDate(null), "Chưa rõ ngày");
  assert.equal(monthName(5, "2022"), "Tháng 5/2022");
  assert.equal(articleCount(1234), "1.234 bài viết");
  assert.equal(joinNames(["Lào", "Campuchia", "Thái Lan"]), "Lào, Campuchia và Thái Lan");
  assert.equal(pagedTitle("Lào", { landing: true, number: 7 }), "Lào");
  assert.equal(pagedTitle("Lào", { landing: false, number: 3 }), "Lào – trang 3");
  assert.equal(pagedTitle("Lào", { landing: false, number: 1 }), "Lào – trang 1");
});

test("the event label adds the session number only when the name lacks it", () => {
  assert.equal(eventLabel("Tham vấn chiến lược quốc phòng Việt Nam - Australia", 4), "Tham vấn chiến lược quốc phòng Việt Nam - Australia (lần thứ 4)");
  assert.equal(eventLabel("Đối thoại Chính sách quốc phòng lần thứ 5", 5), "Đối thoại Chính sách quốc phòng lần thứ 5");
  assert.equal(eventLabel("Giao lưu hữu nghị", null), "Giao lưu hữu nghị");
});
