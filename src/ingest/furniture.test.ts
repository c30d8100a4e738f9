import { test } from "node:test";
import assert from "node:assert/strict";
import { FurnitureCounts, extractWithLearnedFurniture, knownFurnitureFor, learnFurniture, type FileRepeatables } from "./furniture.ts";
import { processRaw } from "./article.ts";

const record = (outside: number[], inside: number[], title: number | null = null): FileRepeatables => ({ outside, inside, title });

test("a line outside the article in three files is furniture in every file that kept it", () => {
  const files = [record([1, 2], []), record([1], []), record([1, 3], []), record([], [1, 3], 9)];
  const learned = learnFurniture(files);
  assert.deepEqual([...(knownFurnitureFor(files[3]!, learned) ?? [])], [[1, "repeated outside the article in 3 or more files"]]);
  assert.equal(knownFurnitureFor(files[0]!, learned), null, "a file that did not keep it is not extracted again");
});

test("twice is chance; a line kept in the article by its files is never counted (a wire story's paragraphs)", () => {
  const learned = learnFurniture([record([1], []), record([1], []), record([], [1]), record([], [1]), record([], [1])]);
  assert.equal(knownFurnitureFor(record([], [1]), learned), null);
});

test("a line that more of its files keep in the article than leave out stays (an outlet's credit a few pages lost)", () => {
  const keptMostly = [record([4], []), record([4], []), record([4], []), ...Array.from({ length: 4 }, () => record([], [4]))];
  assert.equal(knownFurnitureFor(record([], [4]), learnFurniture(keptMostly)), null);
  const leftMostly = [...keptMostly, record([4], []), record([4], [])];
  assert.deepEqual([...(knownFurnitureFor(record([], [4]), learnFurniture(leftMostly)) ?? [])], [[4, "repeated outside the article in 3 or more files"]]);
});

test("another article's headline kept in an article is furniture, its own headline never", () => {
  const learned = learnFurniture([record([], [], 7), record([7], [7], 8), record([7], [], 9), record([7], [], 10)]);
  assert.deepEqual([...(knownFurnitureFor(record([], [7], 8), learned) ?? [])], [[7, "repeated outside the article in 3 or more files"]]);
  assert.equal(knownFurnitureFor(record([], [], 7), learned), null, "the headline stands in other pages' lists, not as furniture in its own page");
  const twoFiles = learnFurniture([record([], [], 7), record([], [7], 8)]);
  assert.deepEqual([...(knownFurnitureFor(record([], [7], 8), twoFiles) ?? [])], [[7, "headline of another article in the archive"]]);
});

test("learning does not depend on the order of the files", () => {
  const files = [record([1, 2], [3]), record([1], [2]), record([2, 1], []), record([], [1, 2], 5)];
  const forward = files.map((f) => knownFurnitureFor(f, learnFurniture(files)));
  const backward = files.map((f) => knownFurnitureFor(f, learnFurniture([...files].reverse())));
  assert.deepEqual(forward, backward);
});

const PARAGRAPHS = [
  "Ngày 12/3, tại Hà Nội, hai bên đã tổ chức hội đàm về hợp tác quốc phòng trong giai đoạn mới.",
  "Hai bên nhất trí tăng cường trao đổi đoàn các cấp và phối hợp tại các diễn đàn đa phương.",
  "Kết thúc hội đàm, hai bên ký kế hoạch hợp tác năm 2025 giữa hai Bộ Quốc phòng.",
];

test("a slogan the extraction kept on one page is furniture once the archive shows it on three others", () => {
  const page = (title: string, slogan: boolean) => [title, ...(slogan ? ["Báo của mọi nhà, tiếng nói của người dân"] : []), ...PARAGRAPHS].join("\n");
  // The slogan above the headline is cut on three pages; on the fourth it stands between headline and lead and was kept.
  const texts = [
    ["Báo của mọi nhà, tiếng nói của người dân", "Việt Nam - Lào hội đàm quốc phòng", ...PARAGRAPHS].join("\n"),
    ["Báo của mọi nhà, tiếng nói của người dân", "Việt Nam - Campuchia hội đàm quốc phòng", ...PARAGRAPHS].join("\n"),
    ["Báo của mọi nhà, tiếng nói của người dân", "Việt Nam - Thái Lan hội đàm quốc phòng", ...PARAGRAPHS].join("\n"),
    page("Việt Nam - Ấn Độ hội đàm quốc phòng", true),
  ];
  const alone = processRaw(Buffer.from(texts[3]!), "d.txt");
  assert.ok(alone.ok && alone.body.includes("Báo của mọi nhà"), "alone, the slogan is kept");
  const together = extractWithLearnedFurniture(texts.length, (i, known) => processRaw(Buffer.from(texts[i]!), `${i}.txt`, { knownFurniture: known }), (r) => (r.ok ? r.repeatables : undefined));
  const fourth = together[3]!;
  assert.ok(fourth.ok);
  assert.ok(!fourth.body.includes("Báo của mọi nhà"), "with the archive, it is furniture");
  assert.ok(fourth.removedLines.some((r) => r.reason === "repeated outside the article in 3 or more files"));
  assert.ok(PARAGRAPHS.every((p) => fourth.body.includes(p.slice(0, 30))), "the repeated paragraphs stay: they are each page's article");
});

test("counts kept from ingest to ingest give what learning over every file gives, as files come, change and go", () => {
  const counts = new FurnitureCounts();
  let random = 7;
  const next = (n: number) => (random = (random * 48271) % 2147483647) % n;
  const made = () => record(Array.from({ length: next(4) }, () => next(6)), Array.from({ length: next(4) }, () => next(6)), next(3) === 0 ? null : next(6));
  let files: (FileRepeatables | undefined)[] = Array.from({ length: 12 }, made);
  for (let round = 0; round < 40; round++) {
    const learned = counts.update(files);
    const fresh = learnFurniture(files);
    assert.deepEqual(learned, fresh, `round ${round}`);
    for (const file of files) if (file) assert.deepEqual(counts.knownFor(file), knownFurnitureFor(file, fresh), `round ${round}`);
    // Some files change, one goes, one comes, one is read twice (the same record), one is unreadable.
    files = files.map((file) => (next(5) === 0 ? made() : file));
    files.splice(next(files.length), 1);
    files.push(next(2) ? made() : files[0], next(6) === 0 ? undefined : made());
  }
});
