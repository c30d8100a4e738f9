import { test } from "node:test";
import assert from "node:assert/strict";
import { isSyllable, scoreSyllables, syllableShare } from "./syllables.ts";

test("Vietnamese syllables of every shape are accepted, in any case", () => {
  const words = [
    "a", "ở", "ông", "yêu", "uống", "oanh", "khuya", "thuở", "quốc", "phòng", "nghiêng", "người", "trưởng",
    "khuyến", "giữ", "gìn", "Việt", "NAM", "Đối", "thoại", "huỳnh", "xoong", "ếch", "ích", "đạp", "hát",
  ];
  for (const w of words) assert.ok(isSyllable(w), w);
});

test("wrong decodings, foreign words and impossible tones are not syllables", () => {
  const words = [
    "Vieät", "ViÖt", "Vi®t", "Hµ", "b¶o", "Noonpackdee", "strategy", "ngữà",
    // A final p, t, c or ch takes only the acute or the dot below.
    "mạt̀", "hàt", "hat", "mãc",
  ];
  for (const w of words) assert.ok(!isSyllable(w), w);
});

test("the score counts words, syllables and syllables with diacritics; symbols inside a word break it", () => {
  assert.deepEqual(scoreSyllables("Bộ Quốc phòng, 12/9: Hội đàm với Ấn Độ (New Delhi)."), { words: 10, syllables: 8, marked: 8 });
  assert.deepEqual(scoreSyllables("b¶o vÖ"), { words: 2, syllables: 0, marked: 0 });
  assert.equal(syllableShare(scoreSyllables("")), 0);
});
