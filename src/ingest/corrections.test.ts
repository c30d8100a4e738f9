import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, mkdir, writeFile, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseCorrections, applyCorrection, unknownCorrectionIds, correctionsPath, loadCorrections, describeCorrections } from "./corrections.ts";
import { ingest } from "./index.ts";
import type { FrontMatter } from "../schema.ts";

const base: FrontMatter = {
  file: "a.txt", title: "Tiêu đề", date: null, dateBasis: "no event day", partners: [], partnerCodes: [], event: null,
  eventOrdinal: null, location: null, participants: [], mentioned: [], outlet: null, credits: [], id: "a", sourceHash: "x",
  warnings: ["no date: no event day", "no participants found"], corrected: [],
};

test("a correction overrides fields, fills partner codes, answers warnings and records what it changed", () => {
  const { byId, problems } = parseCorrections(`a:\n  date: 2022-05-14\n  partners: [Mỹ, Niu Di-lân]\n`);
  assert.deepEqual(problems, []);
  const fixed = applyCorrection(base, byId.get("a")!);
  assert.equal(fixed.date, "2022-05-14");
  assert.deepEqual(fixed.partners, ["Hoa Kỳ", "New Zealand"]);
  assert.deepEqual(fixed.partnerCodes, ["US", "NZ"]);
  assert.deepEqual(fixed.corrected, ["date", "partners"]);
  assert.deepEqual(fixed.warnings, ["no participants found"]);
  assert.match(fixed.dateBasis, /correction/);
});

test("invalid entries are reported and not applied; comments only mean no corrections", () => {
  const bad = parseCorrections(`a:\n  date: 14/5/2022\nb:\n  colour: red\nc:\n  eventOrdinal: 3\n`);
  assert.equal(bad.byId.size, 1);
  assert.ok(bad.byId.has("c"));
  assert.equal(bad.problems.length, 2);
  assert.match(bad.problems.join("\n"), /a: date/);
  assert.equal(parseCorrections("# only comments\n").byId.size, 0);
  assert.equal(parseCorrections("a: [unclosed").problems.length, 1);
  assert.equal(parseCorrections("- a\n- b\n").problems.length, 1);
});

test("ids naming no article are reported", () => {
  const c = parseCorrections(`a: { event: X }\ngone: { event: Y }\n`);
  assert.deepEqual(unknownCorrectionIds(c, ["a", "b"]), ["gone"]);
  assert.match(describeCorrections({ file: "f", applied: 1, unknownIds: ["gone"], problems: [] }).join("\n"), /"gone" names no article/);
});

test("the corrections file sits beside the content folder and survives every ingest", async () => {
  const root = await mkdtemp(path.join(tmpdir(), "corrections-"));
  try {
    const content = path.join(root, "content", "raw");
    await mkdir(content, { recursive: true });
    assert.equal(correctionsPath(content), path.join(root, "content", "corrections.yaml"));
    assert.equal((await loadCorrections(content)).byId.size, 0, "a missing file is no corrections");
    await writeFile(
      path.join(content, "bai.txt"),
      "Đối thoại Chính sách quốc phòng Việt Nam-Lào lần thứ 2\n\nSáng 20-2, tại Hà Nội, Thượng tướng Nguyễn Văn A, Thứ trưởng Bộ Quốc phòng, chủ trì Đối thoại với đoàn Lào do Trung tướng B dẫn đầu. Hai bên trao đổi nhiều nội dung hợp tác quốc phòng quan trọng trong thời gian tới.\n",
    );
    await writeFile(path.join(root, "content", "corrections.yaml"), "bai:\n  date: 2024-02-20\n  location: Thủ đô Hà Nội\nkhong-co:\n  event: Z\n");
    for (let run = 0; run < 2; run++) {
      const out = path.join(root, `md${run}`);
      const result = await ingest(content, out);
      assert.equal(result.corrections.applied, 1);
      assert.deepEqual(result.corrections.unknownIds, ["khong-co"]);
      const fm = result.articles[0]!.frontMatter;
      assert.equal(fm.date, "2024-02-20");
      assert.equal(fm.location, "Thủ đô Hà Nội");
      assert.deepEqual(fm.corrected, ["date", "location"]);
      assert.match(await readFile(result.articles[0]!.markdownPath, "utf8"), /corrected:\n\s+- date/);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
