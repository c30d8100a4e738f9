import { test } from "node:test";
import assert from "node:assert/strict";
import { extractCredits } from "./credits.ts";

test("credits from captions and bylines", () => {
  assert.deepEqual(extractCredits(["Đại tướng Ngô Xuân Lịch điện đàm. (Ảnh: Dương Giang/TTXVN)"], ["Theo Hiền Hạnh (TTXVN/Vietnam+)"]), [
    "Dương Giang", "TTXVN", "Hiền Hạnh", "Vietnam+",
  ]);
  assert.deepEqual(extractCredits(["Quang cảnh Đối thoại. Ảnh: Ngô Tùng"], []), ["Ngô Tùng"]);
  assert.deepEqual(extractCredits([], ["Theo TTXVN"]), ["TTXVN"]);
  assert.deepEqual(extractCredits(["Hai bên bên cột mốc (Ảnh: Oanh Toàn)."], ["Hải An", "Nguồn:"]), ["Oanh Toàn", "Hải An"]);
  assert.deepEqual(extractCredits([], ["Bài và ảnh: Minh Hà - Đức Anh"]), ["Minh Hà", "Đức Anh"]);
  assert.deepEqual(extractCredits([], [], "Theo VOV"), ["VOV"]);
  assert.deepEqual(extractCredits([], ["Quang Hưng/VOV.VN"]), ["Quang Hưng", "VOV.VN"]);
  assert.deepEqual(extractCredits([], ["Thu Hà (TTXVN)"]), ["Thu Hà", "TTXVN"]);
  assert.deepEqual(extractCredits([], [], "Hai bên nhất trí tăng cường hợp tác."), []);
});

test("long pathological lines finish quickly", () => {
  for (const line of ["Ảnh: ".repeat(20_000), "Theo ".repeat(20_000), "A B ".repeat(25_000)]) extractCredits([line], [line], line);
});
