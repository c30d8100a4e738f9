/**
 * The search data file from a small site model, read by the search page's own modules
 * (templates/assets/search-answers.js, search-stories.js): which names answer a query, and how
 * the copies of one story collapse into one result.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildSiteModel, type ArticleInput } from "../site/model.ts";
import type { FrontMatter } from "../schema.ts";
import { PERSON_FILTERS, searchPageData, storiesOf } from "./page-data.ts";
import { FILTERS } from "./contract.ts";
import { SEARCH_SETTINGS } from "./settings.ts";

interface Answer {
  kind: string;
  name: string;
  url: string;
  count: number;
  detail: string | null;
}
interface Entry {
  data: { url: string };
  others: [string, string][];
}
// Plain scripts of the site, imported by URL so that the type checker does not look for their types.
const answersClient = (await import(new URL("../../templates/assets/search-answers.js", import.meta.url).href)) as {
  answerIndex(answers: unknown): Answer[];
  findAnswers(index: Answer[], query: string, settings: typeof SEARCH_SETTINGS): Answer[];
};
const storiesClient = (await import(new URL("../../templates/assets/search-stories.js", import.meta.url).href)) as {
  storyIndex(stories: unknown): Map<string, unknown>;
  storyEntries(
    results: { length: number; page(from: number, to: number): Promise<{ url: string }[]> },
    stories: Map<string, unknown>,
    siteUrl: (url: string) => string,
  ): { done: boolean; next(count: number): Promise<Entry[]> };
};

/** The text of three different stories; articles given the same number tell the same story. */
const STORIES = [
  "",
  "Sáng nay, đoàn đại biểu quân sự cấp cao đã đến thăm một đơn vị huấn luyện ven biển và trao đổi kinh nghiệm về công tác đào tạo, sẵn sàng chiến đấu của bộ đội. Trưởng đoàn cảm ơn sự đón tiếp chu đáo của đơn vị.",
  "Chiều qua, hai bộ trưởng đã hội đàm tại trụ sở bộ, thống nhất phương hướng hợp tác trong những năm tới, nhất là huấn luyện chung, trao đổi học viên và phối hợp cứu hộ cứu nạn trên biển. Hai bên cũng ký một biên bản ghi nhớ về quân y.",
  "Phiên đối thoại lần này bàn về an ninh hàng hải, hợp tác công nghiệp quốc phòng và gìn giữ hòa bình của Liên hợp quốc; các chuyên gia hai nước trình bày nhiều tham luận về huấn luyện lực lượng công binh.",
];

function body(story: number): string {
  return STORIES[story]!;
}

function input(id: string, over: Partial<FrontMatter>, story: number): ArticleInput {
  const frontMatter: FrontMatter = {
    file: `${id}.txt`,
    id,
    title: `Bài ${id}`,
    date: "2023-05-02",
    dateBasis: "test",
    partners: ["Lào"],
    partnerCodes: ["LA"],
    event: null,
    eventOrdinal: null,
    location: null,
    participants: [],
    outlet: null,
    credits: [],
    sourceHash: id,
    warnings: [],
    corrected: [],
    ...over,
  };
  return { frontMatter, body: body(story) };
}

const model = buildSiteModel([
  input("a", { outlet: "VOV", date: "2021-03-04", location: "Cam Ranh", participants: [{ name: "Hoàng Xuân Chiến", title: "Trung tướng" }] }, 1),
  input("b", { outlet: "Báo Nhân Dân", date: "2024-06-18", location: "Hà Nội", participants: [{ name: "Hoàng Xuân Chiến", title: "Thượng tướng, Thứ trưởng" }] }, 2),
  input("c", { outlet: "Báo Biên phòng", date: "2024-06-18", event: "Đối thoại Chiến lược quốc phòng Việt Nam - Ấn Độ lần thứ 2", eventOrdinal: 2, partners: ["Ấn Độ"], partnerCodes: ["IN"] }, 3),
  // The same story as b, from two more outlets.
  input("d", { outlet: "VietnamPlus", date: "2024-06-18", location: "Hà Nội" }, 2),
  input("e", { outlet: null, title: "Một bản khác", date: null }, 2),
]);
const data = searchPageData(model);

test("answers: people with their latest title, partners, series, places and outlets, with counts and years", () => {
  assert.deepEqual(data.answers.person, [["Hoàng Xuân Chiến", "/nhan-vat/hoang-xuan-chien/", 2, "Thượng tướng, Thứ trưởng", 2021, 2024]]);
  assert.deepEqual(data.answers.partner.map((a) => [a[0], a[2]]), [["Ấn Độ", 1], ["Lào", 4]]);
  assert.deepEqual(data.answers.series, [["Đối thoại Chiến lược quốc phòng Việt Nam - Ấn Độ", "/chuoi-su-kien/doi-thoai-chien-luoc-quoc-phong-viet-nam-an-do/", 1, null, 2024, 2024]]);
  assert.deepEqual(data.answers.place, [
    ["Cam Ranh", "/tim-kiem/?dia-diem=Cam+Ranh", 1, null, 2021, 2021],
    ["Hà Nội", `/tim-kiem/?dia-diem=${encodeURIComponent("Hà")}+${encodeURIComponent("Nội")}`, 2, null, 2024, 2024],
  ]);
  assert.deepEqual(data.answers.outlet.map((a) => a[0]), ["Báo Biên phòng", "Báo Nhân Dân", "VietnamPlus", "VOV"]);
  assert.deepEqual(data.personFilters, PERSON_FILTERS.map((k) => FILTERS[k].pagefind));
  assert.deepEqual(data.personFilters, ["participant"]);
});

test("a query names an answer by whole folded syllables: all of the name, or most of it", () => {
  const index = answersClient.answerIndex(JSON.parse(JSON.stringify(data.answers)));
  const names = (query: string) => answersClient.findAnswers(index, query, SEARCH_SETTINGS).map((a) => `${a.kind}:${a.name}`);
  assert.deepEqual(names("Hoàng Xuân Chiến"), ["person:Hoàng Xuân Chiến"]);
  assert.deepEqual(names("hoang xuan chien"), ["person:Hoàng Xuân Chiến"]);
  assert.deepEqual(names("xuan chien"), ["person:Hoàng Xuân Chiến"], "two of three syllables");
  assert.deepEqual(names("chien"), [], "one syllable names neither the person nor “Chiến lược …”");
  assert.deepEqual(names("hoang xuan chien an do"), ["person:Hoàng Xuân Chiến", "partner:Ấn Độ"], "a name inside a longer query");
  assert.deepEqual(names("cam ranh"), ["place:Cam Ranh"]);
  assert.deepEqual(names("nhan dan"), ["outlet:Báo Nhân Dân"]);
  assert.deepEqual(names("doi thoai chien luoc quoc phong"), ["series:Đối thoại Chiến lược quốc phòng Việt Nam - Ấn Độ"]);
  assert.deepEqual(names("quoc phong"), [], "two common syllables are too small a part of a series' name");
  assert.deepEqual(names("VOV"), ["outlet:VOV"]);
  assert.deepEqual(names("chiến xuân hoàng"), [], "syllables out of order name nobody");
});

test("same-story links join into stories, newest copy first, each copy named by its outlet or title", () => {
  assert.deepEqual(storiesOf(model.articles).map((s) => s.map(([, label]) => label)), [["Báo Nhân Dân", "VietnamPlus", "Một bản khác"]]);
  assert.deepEqual(data.stories.length, 1);
});

test("the search page shows one result per story, where its first copy ranks, linking the others", async () => {
  const url = (id: string) => model.articles.find((a) => a.fm.id === id)!.url;
  const ranked = ["d", "a", "b", "c", "e"].map((id) => ({ url: `/luu-tru${url(id)}` }));
  const results = { length: ranked.length, page: async (from: number, to: number) => ranked.slice(from, to) };
  const entries = storiesClient.storyEntries(results, storiesClient.storyIndex(JSON.parse(JSON.stringify(data.stories))), (u) => u.slice("/luu-tru".length));
  const first = await entries.next(2);
  assert.deepEqual(first.map((e) => e.data.url), [`/luu-tru${url("d")}`, `/luu-tru${url("a")}`]);
  assert.deepEqual(first[0]!.others, [[url("b"), "Báo Nhân Dân"], [url("e"), "Một bản khác"]]);
  assert.deepEqual(first[1]!.others, []);
  assert.equal(entries.done, false);
  // b is d's story: skipped; c next; e skipped too, and the list is read to its end.
  assert.deepEqual((await entries.next(2)).map((e) => e.data.url), [`/luu-tru${url("c")}`]);
  assert.equal(entries.done, true);
});
