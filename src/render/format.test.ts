import { test } from "node:test";
import assert from "node:assert/strict";
import { articleCount, joinNames, monthName, pagedTitle, vietnameseDate } from "./format.ts";

test("Vietnamese dates and labels", () => {
  assert.equal(vietnameseDate("2022-05-14"), "Thứ Bảy, 14/5/2022");
  assert.equal(vietnameseDate("2025-10-29"), "Thứ Tư, 29/10/2025");
  assert.equal(vietnameseDate("2020-09-06"), "Chủ Nhật, 6/9/2020");
  assert.equal(vietnameseDate(null), "Chưa rõ ngày");
  assert.equal(monthName(5, "2022"), "Tháng 5/2022");
  assert.equal(articleCount(1234), "1.234 bài viết");
  assert.equal(joinNames(["Lào", "Campuchia", "Thái Lan"]), "Lào, Campuchia và Thái Lan");
  assert.equal(pagedTitle("Lào", 1), "Lào");
  assert.equal(pagedTitle("Lào", 3), "Lào – trang 3");
});
