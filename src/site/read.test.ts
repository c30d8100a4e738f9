import { test } from "node:test";
import assert from "node:assert/strict";
import { checkIngested } from "./read.ts";
import { testFrontMatter } from "../../test/helpers/front-matter.ts";

const frontMatter = testFrontMatter("a", { title: "Bài thử", date: "2024-05-06", participants: [{ name: "Nguyễn Văn A", title: "Đại tá" }] });

test("an ingested article's front-matter is checked once per object and the checked object reused", () => {
  const first = checkIngested(frontMatter, "a.md");
  assert.equal(checkIngested(frontMatter, "a.md"), first, "the same record gives the same checked object");
  assert.notEqual(first, frontMatter, "the check makes its own copy");
  const corrected = { ...frontMatter, title: "Bài đã sửa" };
  const second = checkIngested(corrected, "a.md");
  assert.notEqual(second, first, "a new object (a correction) is checked again");
  assert.equal(second.title, "Bài đã sửa");
});

test("front-matter that does not match the schema is refused with the file's name", () => {
  assert.throws(() => checkIngested({ ...frontMatter, date: 5 }, "b.md"), /b\.md: front-matter does not match the schema/);
});
