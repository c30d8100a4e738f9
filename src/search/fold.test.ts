import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { aliasHtmlForIndex, foldD, withDAliases, withoutDAliases } from "./fold.ts";

test("foldD spells đ as d and keeps every other mark", () => {
  assert.equal(foldD("Đối thoại ở Đà Nẵng"), "Dối thoại ở Dà Nẵng");
  assert.equal(foldD("Quốc phòng"), "Quốc phòng");
});

const CASES: [string, string][] = [
  ["Đối thoại", "Đối-Dối thoại"],
  ["tại Đà Nẵng.", "tại Đà-Dà Nẵng."],
  ["Đảng ủy, đoàn đại biểu", "Đảng-Dảng ủy, đoàn-doàn đại-dại biểu"],
  ["Việt Nam-Đức", "Việt Nam-Đức-Dức"],
  ["Quốc phòng Lào", "Quốc phòng Lào"],
  ["", ""],
];

test("withDAliases follows each đ-word with its alias, and withoutDAliases undoes it", () => {
  for (const [plain, aliased] of CASES) {
    assert.equal(withDAliases(plain), aliased);
    assert.equal(withoutDAliases(aliased), plain);
  }
});

const SYLLABLES = ["đối", "Đà", "Nẵng", "thoại", "quốc", "phòng", "Đảng", "ủy", "biên", "giới", "Hà", "Nội", "đ", "Campuchia", "2022"];

test("removing aliases restores any text made of Vietnamese words, spaces and punctuation", () => {
  const piece = fc.oneof(fc.constantFrom(...SYLLABLES), fc.constantFrom(" ", ", ", ". ", "-", " (", ") ", "“", "”"));
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const text = pieces.join("");
      // Text that already reads "word-alias" is the one case the rule cannot tell apart.
      fc.pre(withoutDAliases(text) === text);
      assert.equal(withoutDAliases(withDAliases(text)), text);
    }),
  );
});

test("aliasHtmlForIndex aliases page text but not tags, attributes, scripts or filter values", () => {
  const page = [
    `<html lang="vi"><head><title>Đối thoại</title><script>var đ = "Đà";</script></head><body>`,
    `<nav><a href="/doi-tac/duc/" title="Đức">Đức</a></nav>`,
    `<article data-pagefind-body><h1 data-pagefind-meta="title">Đối thoại <em>Đà</em> Nẵng</h1>`,
    `<p>Đối tác: <a href="/doi-tac/duc/" data-pagefind-filter="partner">Đức</a>, Lào</p><br>`,
    `<span data-pagefind-sort="date[data-value]" data-value="Đ"></span><p>đoàn</p></article></body></html>`,
  ].join("");
  const aliased = aliasHtmlForIndex(page);
  assert.match(aliased, /<title>Đối thoại<\/title>/);
  assert.match(aliased, /var đ = "Đà";/);
  assert.match(aliased, /<a href="\/doi-tac\/duc\/" title="Đức">Đức-Dức<\/a>/);
  assert.match(aliased, /<h1 data-pagefind-meta="title"> Đối-Dối thoại <em>Đà-Dà<\/em> Nẵng<\/h1>/);
  assert.match(aliased, /data-pagefind-filter="partner">Đức<\/a>, Lào<\/p>/);
  assert.match(aliased, /data-value="Đ"><\/span><p> đoàn-doàn<\/p> /);
  assert.match(aliasHtmlForIndex("<dl><dt>Sự kiện</dt><dd>Đối thoại</dd></dl>"), /<dt> Sự kiện<\/dt> <dd> Đối-Dối thoại<\/dd> /);
});

test("withoutDAliases does what the plain pattern does, in one pass", () => {
  // The rule as a pattern: a word with đ, the joiner, and the word's own d-spelling.
  const pattern = /([\p{L}\p{M}\p{N}]*[đĐ][\p{L}\p{M}\p{N}]*)-([\p{L}\p{M}\p{N}]+)/gu;
  const byPattern = (text: string) => text.replace(pattern, (whole, word: string, alias: string) => (alias === foldD(word) ? word : whole));
  assert.equal(withoutDAliases("đ-Đ-D"), byPattern("đ-Đ-D"), "a word after a joiner that was no alias is taken up");
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom(..."đĐdDaốồ- .,(Nam2"), maxLength: 40 }), (text) => withoutDAliases(text) === byPattern(text)), { numRuns: 50000 });
});

test("withDAliases does what the plain pattern does", () => {
  const pattern = /[\p{L}\p{M}\p{N}]*[đĐ][\p{L}\p{M}\p{N}]*/gu;
  const byPattern = (text: string) => text.replace(pattern, (word) => `${word}-${foldD(word)}`);
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom(..."đĐdDaốồ- .,(Nam2"), maxLength: 40 }), (text) => withDAliases(text) === byPattern(text)), { numRuns: 20000 });
});
