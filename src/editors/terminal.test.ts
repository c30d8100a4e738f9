import { test } from "node:test";
import assert from "node:assert/strict";
import { formatTable, formatReview, DEFAULT_TERMINAL_OPTIONS } from "./terminal.ts";
import { buildReview, reviewLines } from "./review.ts";
import type { FrontMatter } from "../schema.ts";

test("tables pad columns to the widest cell and cut long cells", () => {
  assert.equal(formatTable([["id", "ngày"], ["vov/a", "2024-06-18"], ["b", "Hải Phòng và Quảng Ninh"]], 12), "id     ngày\n-----  ------------\nvov/a  2024-06-18\nb      Hải Phòng v…");
});

test("the terminal review lists flags, removed lines with reasons and skipped files", () => {
  const fm: FrontMatter = {
    file: "nhandan/2023/a.txt", id: "nhandan/2023/a", title: "Hải quân Việt Nam và Ấn Độ diễn tập", date: null, dateBasis: "no year",
    partners: ["Ấn Độ"], partnerCodes: ["IN"], event: null, eventOrdinal: null, location: null, participants: [], mentioned: [], outlet: "Nhân Dân",
    credits: [], sourceHash: "h", warnings: ["no date: no year"], corrected: [],
  };
  const raw = "Trang chủ | Chính trị\nHải quân Việt Nam và Ấn Độ diễn tập\nNội dung bài.";
  const removed = [{ line: 1, text: "Trang chủ | Chính trị", reason: "navigation" }];
  const entries = buildReview([{ frontMatter: fm, removedCount: removed.length }]);
  const text = formatReview(entries, new Map([[fm.id, reviewLines(raw, removed)]]), [{ file: "rong.txt", reason: "empty file" }], "content/corrections.yaml", DEFAULT_TERMINAL_OPTIONS);
  assert.match(text, /^1 articles, 1 to check, 0 possible duplicates, 1 files skipped/);
  assert.match(text, /nhandan\/2023\/a\s+—\s+Ấn Độ\s+0\s+1\s+Ngày: thiếu; Nhân vật: thiếu/);
  assert.match(text, /\n {5}1 {2}Trang chủ \| Chính trị {3}\[navigation\]\n/);
  assert.match(text, /rong\.txt: empty file/);
});
