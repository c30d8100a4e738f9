import { test } from "node:test";
import assert from "node:assert/strict";
import { buildReview, findDuplicates, reviewFields, reviewLines } from "./review.ts";
import { reasonLabel } from "./reasons.ts";
import type { FrontMatter } from "../schema.ts";

function fm(over: Partial<FrontMatter>): FrontMatter {
  return {
    file: "a.txt",
    id: "a",
    title: "Việt Nam - Ấn Độ đối thoại quốc phòng",
    date: "2024-06-18",
    dateBasis: "dateline",
    partners: ["Ấn Độ"],
    partnerCodes: ["IN"],
    event: null,
    eventOrdinal: null,
    location: null,
    participants: [{ name: "Nguyễn Văn An", title: "Thượng tướng" }],
    mentioned: [],
    outlet: "VOV",
    credits: [],
    sourceHash: "h-a",
    warnings: [],
    corrected: [],
    ...over,
  };
}

test("duplicates: same bytes, or the same title on the same date written differently", () => {
  const found = findDuplicates([
    fm({ id: "vov/a", sourceHash: "x" }),
    fm({ id: "vov/a-copy", sourceHash: "x" }),
    fm({ id: "nhandan/b", sourceHash: "y", title: "Việt Nam – Ấn Độ: đối thoại quốc phòng!" }),
    fm({ id: "qdnd/c", sourceHash: "z", date: "2024-06-19" }),
  ]);
  assert.deepEqual(found.get("vov/a")?.map((d) => d.id).sort(), ["nhandan/b", "vov/a-copy"]);
  assert.deepEqual(found.get("nhandan/b")?.map((d) => d.why), ["same title and date", "same title and date"]);
  assert.equal(found.get("qdnd/c"), undefined, "another date is another article");
});

test("raw lines are marked removed with their reason, kept, or blank", () => {
  const lines = reviewLines("Trang chủ\nTiêu đề\n\nNội dung.", [{ line: 1, text: "Trang chủ", reason: "navigation" }]);
  assert.deepEqual(
    lines.map((l) => [l.n, l.status, l.reason]),
    [[1, "removed", "navigation"], [2, "kept", null], [3, "blank", null], [4, "kept", null]],
  );
});

test("fields are flagged missing, doubtful (from warnings) and corrected", () => {
  const { fields, otherWarnings } = reviewFields(
    fm({ date: null, participants: [], corrected: ["location"], location: "Hà Nội", warnings: ["no date: no year found", "no participants found", "encoding repaired"] }),
  );
  const flags = Object.fromEntries(fields.map((f) => [f.key, f.flags]));
  assert.deepEqual(flags.date, ["missing"]);
  assert.deepEqual(flags.participants, ["missing"]);
  assert.deepEqual(fields.find((f) => f.key === "date")?.notes, ["no date: no year found"], "the reason is kept");
  assert.deepEqual(flags.location, ["corrected"]);
  assert.deepEqual(flags.event, [], "an article without an event is normal");
  assert.deepEqual(otherWarnings, ["encoding repaired"]);
});

test("a warning concerns the field it starts with, not every field it mentions", () => {
  const { fields } = reviewFields(fm({ event: "Đối thoại", warnings: ["date is the page's clock (publication or scrape time), not an event day in the text"] }));
  const flags = Object.fromEntries(fields.map((f) => [f.key, f.flags]));
  assert.deepEqual(flags.date, ["doubtful"]);
  assert.deepEqual(flags.event, []);
});

test("an article needs attention only when something is flagged; an unknown outlet alone does not put it on the list", () => {
  const [clean, noOutlet, undated] = buildReview([
    { frontMatter: fm({ id: "a" }), removedCount: 0 },
    { frontMatter: fm({ id: "b", title: "Khác", outlet: null, sourceHash: "h-b" }), removedCount: 0 },
    { frontMatter: fm({ id: "c", title: "Khác nữa", date: null, outlet: null, sourceHash: "h-c" }), removedCount: 0 },
  ]);
  assert.equal(clean!.needsAttention, false);
  // Most scraped pages never print their outlet: shown as missing, but no reason on its own to look.
  assert.deepEqual(noOutlet!.fields.find((f) => f.key === "outlet")!.flags, ["missing"]);
  assert.equal(noOutlet!.needsAttention, false);
  assert.equal(undated!.needsAttention, true);
});

test("same-story links from the text comparison come first, other duplicate reasons are added once", () => {
  const [a] = buildReview([
    { frontMatter: fm({ id: "vov/a", sourceHash: "x" }), removedCount: 0, sameStory: ["qdnd/b"] },
    { frontMatter: fm({ id: "qdnd/b", sourceHash: "x" }), removedCount: 0, sameStory: ["vov/a"] },
  ]);
  assert.deepEqual(a!.duplicates, [{ id: "qdnd/b", why: "same story" }]);
});

test("each kept raw line is mapped to its paragraph, re-joined lines of a wrapped page to the one they went into", () => {
  const raw = [
    "Hai bên ký kết hợp tác",
    "Ngày 5/3, tại Học viện Quốc phòng, Thượng tướng Lê Văn Minh, Thứ",
    "trưởng Bộ Quốc phòng, đã tiếp đoàn học viên sĩ quan trẻ của Quân đội",
    "Ấn Độ đang có chuyến thăm và học tập ngắn hạn tại Việt Nam theo chương",
    "trình hợp tác giữa hai Bộ Quốc phòng, nhằm nâng cao chất lượng đào tạo",
    "sĩ quan trẻ của hai nước.",
    "Trang chủ",
  ].join("\n");
  const lines = reviewLines(raw, [{ line: 7, text: "Trang chủ", reason: "page widget" }]);
  assert.deepEqual(lines.map((l) => [l.n, l.paragraph, l.joined]), [[1, 1, false], [2, 2, true], [3, 2, true], [4, 2, true], [5, 2, true], [6, 2, true], [7, null, false]]);
});

test("removal reasons are shown to editors in Vietnamese, with their numbers", () => {
  assert.equal(reasonLabel("repeated outside the article in 3 or more files"), "lặp lại ở 3 tệp trở lên");
  assert.equal(reasonLabel("page clock"), "ngày giờ của trang");
  assert.equal(reasonLabel('list of other stories after "Tin liên quan"'), "danh sách tin khác sau “Tin liên quan”");
  assert.equal(reasonLabel("something new"), "something new");
});
