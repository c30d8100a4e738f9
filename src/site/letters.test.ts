import { test } from "node:test";
import assert from "node:assert/strict";
import { byLetters, initialOf, letterPages, letterSlug } from "./letters.ts";

test("a name is filed under its first letter without marks, Đ apart from D, anything else under “Khác”", () => {
  assert.deepEqual(
    ["Ấn Minh Trí", "ăn", "Ơn", "ư", "Đỗ Bá Tỵ", "đinh", "Dương Văn An", " richard Marles", "3 Sao", "“Lá chắn”", ""].map(initialOf),
    ["A", "A", "O", "U", "Đ", "Đ", "D", "R", "#", "#", "#"],
  );
  assert.deepEqual(["A", "Đ", "#"].map(letterSlug), ["a", "dd", "khac"]);
});

test("an index is split by initial past its limit; each letter keeps its groups' order, Đ after D, “Khác” last", () => {
  assert.equal(byLetters(500, 500), false);
  assert.equal(byLetters(501, 500), true);
  const groups = ["2 bên", "Âu Văn Bình", "Bùi Thị Cúc", "Dương Văn An", "Đỗ Bá Tỵ", "Đinh Công Sắt", "Anh Tuấn"].map((name) => ({ name }));
  const pages = letterPages(groups);
  assert.deepEqual(
    pages.map((p) => [p.letter, p.slug, p.groups.map((g) => g.name)]),
    [
      ["A", "a", ["Âu Văn Bình", "Anh Tuấn"]],
      ["B", "b", ["Bùi Thị Cúc"]],
      ["D", "d", ["Dương Văn An"]],
      ["Đ", "dd", ["Đỗ Bá Tỵ", "Đinh Công Sắt"]],
      ["Khác", "khac", ["2 bên"]],
    ],
  );
});
