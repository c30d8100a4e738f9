/**
 * Adjacency ranking (templates/assets/search-rank.js): word runs from positions and from text,
 * groups in order of how many query words stand together, Pagefind's order within a group, and
 * only the candidates checked have their text fetched.
 */
import { test } from "node:test";
import assert from "node:assert/strict";

interface Data {
  url: string;
  content: string;
  meta: { title: string };
  filters?: Record<string, string[]>;
}
interface Result {
  words: number[];
  data(): Promise<Data>;
}
const rank = (await import(new URL("../../templates/assets/search-rank.js", import.meta.url).href)) as {
  positionalRun(locations: number[], max: number): number;
  segmentRun(segments: string[][], words: string[]): number;
  resultSegments(data: Data, personFilters: string[]): string[][];
  personRank(data: Data, people: string[], personFilters: string[]): number;
  byAdjacency(results: Result[], words: string[], options: { check: number; people?: string[]; personFilters?: string[] }): Promise<{ length: number; page(from: number, to: number): Promise<Data[]> }>;
};
const text = (await import(new URL("../../templates/assets/search-text.js", import.meta.url).href)) as {
  queryWords(query: string): string[];
  foldedSegments(text: string): string[][];
};

test("the positional run is the longest stretch of consecutive positions, at most the query's length", () => {
  assert.equal(rank.positionalRun([], 3), 0);
  assert.equal(rank.positionalRun([40], 3), 1);
  assert.equal(rank.positionalRun([12, 3, 4, 40, 5, 4], 3), 3);
  assert.equal(rank.positionalRun([1, 2, 3, 4, 5], 2), 2);
  assert.equal(rank.positionalRun([7, 9, 11], 2), 1);
});

test("text is cut into runs at punctuation but not at dashes, and folded", () => {
  assert.deepEqual(text.foldedSegments("Đối thoại Việt Nam - Lào. Ông Tô, Lâm Đồng (Đà Lạt)"), [
    ["doi", "thoai", "viet", "nam", "lao"],
    ["ong", "to"],
    ["lam", "dong"],
    ["da", "lat"],
  ]);
});

test("the text run counts query words standing together, in order, the last one as a prefix", () => {
  const run = (t: string, q: string) => rank.segmentRun(text.foldedSegments(t), text.queryWords(q));
  assert.equal(run("Chủ tịch nước Tô Lâm tiếp đoàn", "tô lâm"), 2);
  assert.equal(run("Lâm Đồng và tô điểm", "to lam"), 1, "apart");
  assert.equal(run("Ông Lâm Tô", "tô lâm"), 1, "out of order");
  assert.equal(run("đến Tô. Lâm nói", "tô lâm"), 1, "across punctuation");
  assert.equal(run("Đặng Đình Quý phát biểu", "dang dinh qu"), 3, "the last word half typed");
  assert.equal(run("Nguyễn Văn Namibia", "nguyen van nam"), 3);
  assert.equal(run("Nguyễn Vàng Nam", "nguyen van nam"), 1, "a word before the last must be whole");
  assert.equal(run("Hoàng Xuân Lịch và Hoàng Xuân Chiến", "hoang xuan chien"), 3);
});

test("a result's segments are its title, its text and each person's name on its own", () => {
  const data: Data = { url: "/a/", meta: { title: "Tiêu đề" }, content: "Nội dung", filters: { participant: ["Tô Lâm", "Lê Văn"], partner: ["Lào"] } };
  assert.deepEqual(rank.resultSegments(data, ["participant"]), [["tieu", "de"], ["noi", "dung"], ["to", "lam"], ["le", "van"]]);
  assert.equal(rank.personRank(data, ["Tô Lâm"], ["participant", "mentioned"]), 2);
  assert.equal(rank.personRank({ ...data, filters: { mentioned: ["Tô Lâm"] } }, ["Tô Lâm"], ["participant", "mentioned"]), 1);
  assert.equal(rank.personRank(data, ["Lê Văn Hùng"], ["participant"]), 0);
  assert.equal(rank.personRank(data, [], ["participant"]), 0);
});

/** Results in Pagefind's order, each with word positions and a text; counts the texts fetched. */
function results(pages: [string, number[], string, string[]?][], fetched: string[]): Result[] {
  return pages.map(([url, words, content, participants]) => ({
    words,
    data: async () => {
      fetched.push(url);
      return { url, content, meta: { title: url }, filters: { participant: participants ?? [] } };
    },
  }));
}

test("results whose words stand together come first, in Pagefind's order within each group", async () => {
  const fetched: string[] = [];
  const list = results(
    [
      ["apart-1", [3, 9], "Tô điểm cho Lâm Đồng"],
      ["together-1", [5, 6], "Chủ tịch Tô Lâm tiếp"],
      ["apart-2", [1, 20], "Tô màu. Lâm nghiệp"],
      ["reversed", [4, 5], "Ông Lâm Tô"],
      ["together-2", [8, 9], "Tổng Bí thư Tô Lâm"],
    ],
    fetched,
  );
  const ordered = await rank.byAdjacency(list, text.queryWords("tô lâm"), { check: 5 });
  assert.equal(ordered.length, 5);
  assert.deepEqual((await ordered.page(0, 5)).map((d) => d.url), ["together-1", "together-2", "apart-1", "apart-2", "reversed"]);
});

test("only the best `check` candidates by position are fetched; the others keep their estimated place", async () => {
  const fetched: string[] = [];
  const list = results(
    [
      ["apart-1", [3, 9], "Tô điểm cho Lâm Đồng"],
      ["apart-2", [1, 20], "Tô màu. Lâm nghiệp"],
      ["looks-together", [4, 5], "Ông Lâm Tô"],
      ["together", [8, 9], "Tổng Bí thư Tô Lâm"],
      ["apart-3", [2, 30], "Tô. Lâm"],
    ],
    fetched,
  );
  const ordered = await rank.byAdjacency(list, text.queryWords("tô lâm"), { check: 2 });
  assert.deepEqual(fetched.sort(), ["looks-together", "together"], "the two that look together by position");
  // Checked, "looks-together" is apart: it joins the apart group at its place in Pagefind's order.
  assert.deepEqual((await ordered.page(0, 5)).map((d) => d.url), ["together", "apart-1", "apart-2", "looks-together", "apart-3"]);
});

test("with a person answered, articles listing the person come first", async () => {
  const fetched: string[] = [];
  const list = results(
    [
      ["named-in-text", [1, 2, 3], "Ông Hoàng Xuân Chiến được nhắc đến"],
      ["participant", [10, 11, 12], "Thượng tướng Hoàng Xuân Chiến dẫn đầu đoàn", ["Hoàng Xuân Chiến"]],
      ["apart", [1, 5, 9], "Hoàng gia, Xuân Lộc, chiến sĩ"],
    ],
    fetched,
  );
  const ordered = await rank.byAdjacency(list, text.queryWords("hoang xuan chien"), { check: 3, people: ["Hoàng Xuân Chiến"], personFilters: ["participant"] });
  assert.deepEqual((await ordered.page(0, 3)).map((d) => d.url), ["participant", "named-in-text", "apart"]);
});
