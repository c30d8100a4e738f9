import { test } from "node:test";
import assert from "node:assert/strict";
import { extractEvent, ordinalValue } from "./event.ts";

test("numbered events in the headline, then the lead", () => {
  assert.deepEqual(extractEvent({ title: "Đối thoại chính sách quốc phòng Việt Nam-Campuchia lần thứ 5", lead: [] }), {
    event: "Đối thoại chính sách quốc phòng Việt Nam-Campuchia lần thứ 5",
    ordinal: 5,
  });
  assert.deepEqual(
    extractEvent({
      title: "Việt Nam và Campuchia đối thoại về Chính sách quốc phòng",
      lead: ["Sáng 29/10, tại TPHCM, lãnh đạo hai Bộ đồng chủ trì Đối thoại Chính sách quốc phòng Việt Nam - Campuchia lần thứ 8."],
    }),
    { event: "Đối thoại Chính sách quốc phòng Việt Nam - Campuchia lần thứ 8", ordinal: 8 },
  );
  assert.equal(extractEvent({ title: "Khai mạc Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ nhất", lead: [] }).ordinal, 1);
  assert.equal(extractEvent({ title: "Hội nghị Tư lệnh Quốc phòng ASEAN lần thứ XIV", lead: [] }).ordinal, 14);
});

test("an event without a number is still named; nothing when there is none", () => {
  const r = extractEvent({ title: "Tăng cường hợp tác", lead: ["Chiều 5/3, Bộ trưởng tham dự Hội đàm cấp cao Việt Nam - Nhật Bản tại Tokyo."] });
  assert.deepEqual(r, { event: "Hội đàm cấp cao Việt Nam - Nhật Bản", ordinal: null });
  assert.deepEqual(extractEvent({ title: "Tăng cường hợp tác", lead: ["Hai bên nhất trí."] }), { event: null, ordinal: null });
});

test("ordinals in digits, words and Roman numerals", () => {
  assert.deepEqual(["3", "nhất", "tư", "mười hai", "XIV", "IX", "0", "abc"].map(ordinalValue), [3, 1, 4, 12, 14, 9, null, null]);
});

test("long pathological lines finish quickly", () => {
  for (const line of ["Đối thoại ".repeat(10_000), "Hội nghị lần thứ ".repeat(6_000), "Đối thoại a".repeat(9_000) + " lần thứ 5"]) {
    extractEvent({ title: line, lead: [line] });
  }
});

test("a numbered event written in lowercase in the lead is still the event", () => {
  const r = extractEvent({ title: "Giao lưu biên giới Việt - Lào", lead: ["Sáng 15/10, Bộ Quốc phòng họp báo giới thiệu giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ 2."] });
  assert.deepEqual(r, { event: "Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ 2", ordinal: 2 });
});

test("'lần này' is no name", () => {
  assert.deepEqual(extractEvent({ title: "Tăng cường hợp tác", lead: ["Hai bên khẳng định Đối thoại lần này có ý nghĩa quan trọng."] }), { event: null, ordinal: null });
});
