import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeReviewTexts } from "./collect.ts";
import { reviewTextJson, reviewTextUrl } from "./review-text.ts";
import { reviewLines, reviewLinesJson } from "./review-lines.ts";
import type { ReviewEntry } from "./review.ts";
import { extractFile } from "../ingest/extract-file.ts";
import type { ArticleText } from "../ingest/cache.ts";

// A made-up page: a menu line, a headline, two paragraphs (one hard-wrapped), a hotline.
const RAW = [
  "Trang chủ | Thời sự | Quốc phòng",
  "Hai đoàn sĩ quan trẻ giao lưu tại Hà Nội",
  "",
  "Sáng 12/3/2024, tại Hà Nội, đoàn sĩ quan trẻ của hai nước đã gặp gỡ, trao đổi kinh nghiệm công tác và",
  "học tập, đồng thời thăm một số đơn vị huấn luyện.",
  "Hai bên nhất trí tiếp tục tổ chức các hoạt động giao lưu trong những năm tới.",
  "Đường dây nóng: 0123 456 789",
].join("\n");

test("review text files: written from the lines kept with the article's text, the same bytes as from the raw file read again", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "review-texts-"));
  try {
    const content = path.join(dir, "raw");
    await mkdir(content);
    await writeFile(path.join(content, "a.txt"), RAW);
    const outcome = extractFile(new TextEncoder().encode(RAW), "a.txt", { today: new Date("2026-12-01") });
    assert.equal(outcome.ok, "done");
    const text = (outcome as { text: ArticleText }).text;
    assert.ok(text.review, "extraction keeps the review lines with the text");
    const entry = { id: "a", file: "a.txt", textKey: "k" } as ReviewEntry;
    const written = async (stored: ArticleText, out: string) => {
      await writeReviewTexts([entry], content, path.join(dir, out), { get: async () => stored });
      return readFile(path.join(dir, out, reviewTextUrl("a")), "utf8");
    };
    const fromRaw = await written({ ...text, review: undefined }, "from-raw");
    assert.ok(JSON.parse(fromRaw).lines.length > 0);
    // Without the raw file, only the kept lines can give the file its lines.
    await rm(path.join(content, "a.txt"));
    assert.equal(await written(text, "kept"), fromRaw);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("a review text's JSON is what JSON.stringify makes of it, from lines or from their JSON", () => {
  const lines = reviewLines("Trang chủ\nTiêu đề \"trích\"\n\nNội dung.", [{ line: 1, text: "Trang chủ", reason: "navigation" }]);
  const id = 'vov/"lạ"\\tên';
  const expected = `${JSON.stringify({ id, file: `${id}.txt`, lines: JSON.parse(reviewLinesJson(lines)) })}\n`;
  assert.equal(reviewTextJson(id, `${id}.txt`, lines), expected);
  assert.equal(reviewTextJson(id, `${id}.txt`, reviewLinesJson(lines)), expected);
});
