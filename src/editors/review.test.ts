import { test } from "node:test";
import assert from "node:assert/strict";
import { buildReview, findDuplicates, reviewFields, reviewLines } from "./review.ts";
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

test("an article needs attention only when something is flagged", () => {
  const [clean, doubtful] = buildReview([
    { frontMatter: fm({ id: "a" }), removedCount: 0 },
    { frontMatter: fm({ id: "b", title: "Khác", outlet: null, sourceHash: "h-b" }), removedCount: 0 },
  ]);
  assert.equal(clean!.needsAttention, false);
  assert.equal(doubtful!.needsAttention, true);
});

test("same-story links from the text comparison come first, other duplicate reasons are added once", () => {
  const [a] = buildReview([
    { frontMatter: fm({ id: "vov/a", sourceHash: "x" }), removedCount: 0, sameStory: ["qdnd/b"] },
    { frontMatter: fm({ id: "qdnd/b", sourceHash: "x" }), removedCount: 0, sameStory: ["vov/a"] },
  ]);
  assert.deepEqual(a!.duplicates, [{ id: "qdnd/b", why: "same story" }]);
});
