import { test } from "node:test";
import assert from "node:assert/strict";
import { findSameStories, findSameStoriesIn, storySketch, storyWords, wordHashes } from "./duplicates.ts";

const STORY = [
  "Sáng 8/11, tại Hà Nội, Thượng tướng Nguyễn Tân Cương, Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, đã hội đàm với Đại tướng Yoshida Yoshihide, Tham mưu trưởng Liên quân Lực lượng Phòng vệ Nhật Bản.",
  "Tại hội đàm, hai bên đánh giá cao kết quả hợp tác quốc phòng giữa hai nước trong thời gian qua, nhất là trong các lĩnh vực đối thoại chính sách, đào tạo, gìn giữ hòa bình Liên hợp quốc, khắc phục hậu quả chiến tranh và an ninh hàng hải.",
  "Thượng tướng Nguyễn Tân Cương đề nghị hai bên tiếp tục duy trì trao đổi đoàn các cấp, tăng cường hợp tác trong lĩnh vực quân y, cứu hộ cứu nạn và ứng phó thảm họa, đồng thời phối hợp chặt chẽ tại các diễn đàn đa phương do ASEAN chủ trì.",
  "Đại tướng Yoshida Yoshihide khẳng định Nhật Bản coi trọng quan hệ Đối tác chiến lược toàn diện với Việt Nam và mong muốn mở rộng hợp tác công nghiệp quốc phòng, chuyển giao công nghệ và huấn luyện lực lượng gìn giữ hòa bình.",
].join("\n\n");

/** The same wire story as a second outlet runs it: its own lead, a caption, a sentence cut. */
const REPUBLISHED = [
  "(VOV) - Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam hội đàm với người đồng cấp Nhật Bản.",
  ...STORY.split("\n\n").slice(0, 3),
  "Quang cảnh buổi hội đàm. (Ảnh: Trọng Đức/VOV)",
].join("\n\n");

const OTHER_STORY = [
  "Chiều 20/6, tại Viêng Chăn, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng Việt Nam, đã hội đàm với Đại tướng Chansamone Chanyalath, Bộ trưởng Bộ Quốc phòng Lào.",
  "Hai bên đánh giá cao kết quả hợp tác quốc phòng giữa hai nước, nhất là trong công tác tìm kiếm, quy tập hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam hy sinh tại Lào.",
  "Đại tướng Phan Văn Giang đề nghị hai bên tiếp tục phối hợp quản lý, bảo vệ biên giới, đẩy mạnh hợp tác đào tạo cán bộ và giáo dục truyền thống đoàn kết đặc biệt cho thế hệ trẻ.",
].join("\n\n");

test("storyWords ignores case, punctuation, Markdown marks and Unicode normalization", () => {
  assert.deepEqual(storyWords("## Đối thoại, *lần thứ 5*!"), storyWords("đối THOẠI lần   thứ 5".normalize("NFD")));
});

test("wordHashes hashes exactly the words storyWords finds, astral letters and decomposed marks included", () => {
  const fnv1a = (word: string): number => {
    let h = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  for (const text of [STORY, "## Đối thoại, *lần thứ 5*!".normalize("NFD"), "𝐀𝐁 số 1—2 😀 x", "", "   ", "cuối"]) {
    assert.deepEqual(wordHashes(text), storyWords(text).map(fnv1a), text);
  }
});

test("the same file saved twice is an exact duplicate, whatever its punctuation and line breaks", () => {
  const matches = findSameStories([STORY, OTHER_STORY, STORY.replaceAll("\n\n", "\n").replaceAll(",", " ,")]);
  assert.deepEqual(matches[0], [{ index: 2, kind: "exact", similarity: 1 }]);
  assert.deepEqual(matches[2], [{ index: 0, kind: "exact", similarity: 1 }]);
  assert.deepEqual(matches[1], []);
});

test("the same story from two outlets is a near duplicate, linked both ways", () => {
  const matches = findSameStories([OTHER_STORY, STORY, REPUBLISHED]);
  assert.equal(matches[1]!.length, 1);
  assert.equal(matches[1]![0]!.index, 2);
  assert.equal(matches[1]![0]!.kind, "near");
  assert.ok(matches[1]![0]!.similarity >= 0.5 && matches[1]![0]!.similarity < 1);
  assert.equal(matches[2]![0]!.index, 1);
  assert.deepEqual(matches[0], []);
});

test("an exact copy of a near duplicate is linked to every version", () => {
  const matches = findSameStories([STORY, REPUBLISHED, STORY]);
  assert.deepEqual(matches[1]!.map((m) => m.index).sort(), [0, 2]);
  assert.deepEqual(matches[0]!.map((m) => [m.index, m.kind]), [[2, "exact"], [1, "near"]]);
});

test("different stories on the same kind of event are not linked", () => {
  const session5 = "Đối thoại Chính sách quốc phòng Việt Nam - Ấn Độ lần thứ 5 diễn ra tại Hà Nội. Hai bên thống nhất tăng cường hợp tác đào tạo và công nghiệp quốc phòng.";
  const session6 = "Đối thoại Chính sách quốc phòng Việt Nam - Ấn Độ lần thứ 6 diễn ra tại New Delhi. Hai bên ký kết bản ghi nhớ về hỗ trợ hậu cần lẫn nhau giữa hai quân đội.";
  assert.deepEqual(findSameStories([session5, session6]), [[], []]);
});

test("empty and one-word texts do not break the sketch", () => {
  const matches = findSameStories(["", "", "Ảnh", "TTXVN"]);
  assert.deepEqual(matches[0], [{ index: 1, kind: "exact", similarity: 1 }]);
  assert.deepEqual(matches[2], []);
});

test("10,000 articles: planted duplicates are found and random articles are not linked", () => {
  let seed = 42;
  const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const syllables = storyWords(STORY + " " + OTHER_STORY);
  const texts = Array.from({ length: 10_000 }, () =>
    Array.from({ length: 250 }, () => syllables[Math.floor(random() * syllables.length)]).join(" "),
  );
  texts[17] = STORY;
  texts[9_001] = REPUBLISHED;
  texts[5_000] = texts[4_999]!;
  const matches = findSameStories(texts);
  assert.deepEqual(matches[17]!.map((m) => m.index), [9_001]);
  assert.deepEqual(matches[4_999]!.map((m) => m.index), [5_000]);
  const linked = matches.filter((m) => m.length > 0).length;
  assert.equal(linked, 4, "only the planted pairs are linked");
});

test("a story run 300 times with small changes is linked in full, though its buckets are large", () => {
  // Every band of these sketches holds all 300 versions: far above the bucket size compared pairwise.
  const versions = Array.from({ length: 300 }, (_, i) => `${STORY}\n\nBài viết số ${i + 1}`);
  const matches = findSameStories([...versions, OTHER_STORY]);
  assert.equal(matches[0]!.length, 299);
  assert.ok(matches[0]!.every((m) => m.kind === "near" && m.index < 300));
  assert.deepEqual(matches[300], []);
});

test("articles sharing a common passage are not linked by it, and a planted pair among them is found", () => {
  let seed = 7;
  const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const vocabulary = Array.from({ length: 5000 }, (_, i) => `từ${i.toString(36)}`);
  const own = (n: number): string => Array.from({ length: n }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(" ");
  // A long standard passage in every article: where it gives a band's three minima, that band's
  // bucket is shared by hundreds of articles (650 to 1,000 in three bands with this seed).
  const common = storyWords(OTHER_STORY).slice(0, 150).join(" ");
  const texts = Array.from({ length: 5000 }, () => `${own(120)} ${common} ${own(130)}`);
  texts[100] = `${STORY} ${common}`;
  texts[4_000] = `${REPUBLISHED} ${common}`;
  const matches = findSameStories(texts);
  assert.deepEqual(matches[100]!.map((m) => m.index), [4_000]);
  assert.equal(matches.filter((m) => m.length > 0).length, 2, "only the planted pair is linked");
});

test("asked again for the same sketches, the answer is the last one; for other sketches, a new one", () => {
  const [story, other, republished] = [STORY, OTHER_STORY, REPUBLISHED].map(storySketch) as [ReturnType<typeof storySketch>, ReturnType<typeof storySketch>, ReturnType<typeof storySketch>];
  const first = findSameStoriesIn([story, republished]);
  assert.equal(first[0]!.length, 1);
  assert.equal(findSameStoriesIn([story, republished]), first, "the same sketches in the same order: the same answer");
  assert.deepEqual(findSameStoriesIn([story, other]), [[], []], "a changed text: matched again");
  assert.deepEqual(findSameStoriesIn([republished, story]).map((m) => m.map((x) => x.index)), [[1], [0]], "another order: matched again");
});

test("matches found again after texts are added, changed and removed are those a first search finds", () => {
  let random = 11;
  const next = (n: number) => (random = (random * 48271) % 2147483647) % n;
  const sentences = [...STORY.split("\n\n"), ...OTHER_STORY.split("\n\n"), ...REPUBLISHED.split("\n\n")];
  const word = () => ["hợp tác", "quốc phòng", "đào tạo", "biên giới", "hải quân", "diễn tập", "cứu hộ", "quân y", "gìn giữ", "hòa bình"][next(10)]!;
  const story = () => Array.from({ length: 4 }, () => `${sentences[next(sentences.length)]} ${word()} ${word()} ${next(1000)}.`).join("\n\n");
  const variant = (text: string) => {
    const parts = text.split("\n\n");
    parts[next(parts.length)] = `${word()} ${word()} ${word()}.`;
    return next(3) === 0 ? text : parts.join("\n\n");
  };
  let texts = Array.from({ length: 30 }, story);
  texts.push(...texts.slice(0, 15).map(variant));
  const unrelated = Array.from({ length: 5 }, (_, i) => storySketch(`${OTHER_STORY} ${i}`));
  for (let round = 0; round < 25; round++) {
    const sketches = texts.map(storySketch);
    const again = findSameStoriesIn(sketches);
    findSameStoriesIn(unrelated);
    assert.deepEqual(again, findSameStoriesIn(sketches.map((s) => ({ ...s }))), `round ${round}`);
    assert.ok(again.some((m) => m.length > 0), "the texts have near and exact duplicates to find");
    // The next call follows this set of texts: one removed, one changed, one added (a new story or another's version).
    findSameStoriesIn(sketches);
    texts.splice(next(texts.length), 1);
    const changed = next(texts.length);
    texts[changed] = variant(texts[changed]!);
    texts.push(next(2) ? story() : variant(texts[next(texts.length)]!));
  }
});
