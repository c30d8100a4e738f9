/**
 * The search data files from a small site model, read by the search page's own modules
 * (templates/assets/search-answers.js, search-stories.js): the names and links the page decodes,
 * which names answer a query, and how the copies of one story collapse into one result.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildSiteModel, type ArticleInput } from "../site/model.ts";
import type { FrontMatter } from "../schema.ts";
import fc from "fast-check";
import { detailFiles, guessSlug, PERSON_FILTERS, searchPageData, storiesOf } from "./page-data.ts";
import { FILTERS } from "./contract.ts";
import { SEARCH_SETTINGS } from "./settings.ts";
import { testFrontMatter } from "../../test/helpers/front-matter.ts";

interface Answer {
  kind: string;
  name: string;
  url: string;
  count: number | null;
  position: number;
  detail?: string | null;
}
interface Entry {
  data: { url: string };
  others: [string, string][];
}
// Plain scripts of the site, imported by URL so that the type checker does not look for their types.
const answersClient = (await import(new URL("../../templates/assets/search-answers.js", import.meta.url).href)) as {
  answerIndex(data: unknown): Answer[];
  withPersonDetails(answers: Answer[], details: unknown): Answer[];
  detailsFileOf(position: number, perFile: number): number;
  joinDetails(files: unknown[]): unknown;
  findAnswers(index: Answer[], query: string, settings: typeof SEARCH_SETTINGS): Answer[];
  guessSlug(name: string): string;
};
const storiesClient = (await import(new URL("../../templates/assets/search-stories.js", import.meta.url).href)) as {
  storyIndex(data: unknown): Map<string, unknown>;
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
  "Đại sứ trình bày về lịch sử quan hệ hai nước qua các thời kỳ, tặng thư viện trường sĩ quan nhiều đầu sách quý và mời các giảng viên sang thỉnh giảng một học kỳ.",
];

function body(story: number): string {
  return STORIES[story]!;
}

function input(id: string, over: Partial<FrontMatter>, story: number): ArticleInput {
  const frontMatter = testFrontMatter(id, { date: "2023-05-02", dateBasis: "test", partners: ["Lào"], partnerCodes: ["LA"], ...over });
  return { frontMatter, body: body(story) };
}

const model = buildSiteModel([
  input("a", { outlet: "VOV", date: "2021-03-04", location: "Cam Ranh", participants: [{ name: "Hoàng Xuân Chiến", title: "Trung tướng" }] }, 1),
  input("b", { outlet: "Báo Nhân Dân", date: "2024-06-18", location: "Hà Nội", participants: [{ name: "Hoàng Xuân Chiến", title: "Thượng tướng, Thứ trưởng" }] }, 2),
  input("c", { outlet: "Báo Biên phòng", date: "2024-06-18", event: "Đối thoại Chiến lược quốc phòng Việt Nam - Ấn Độ lần thứ 2", eventOrdinal: 2, partners: ["Ấn Độ"], partnerCodes: ["IN"], location: "Cam Ranh" }, 3),
  // The same story as b, from two more outlets.
  input("d", { outlet: "VietnamPlus", date: "2024-06-18", location: "Hà Nội", event: "Đối thoại Chiến lược quốc phòng Việt Nam - Ấn Độ lần thứ 3", eventOrdinal: 3 }, 2),
  input("e", { outlet: null, title: "Một bản khác", date: null, location: "Đà Nẵng", event: "Giao lưu sĩ quan trẻ lần thứ 1", eventOrdinal: 1 }, 2),
  // A person whose name has no slug of its own folding: "Ø" is not folded by search, slugified as "o".
  input("f", { participants: [{ name: "Ørsted Hansen", title: "" }] }, 4),
]);
const { data, details } = searchPageData(model);
/** The data file as the page receives it. */
const received = JSON.parse(JSON.stringify(data)) as unknown;

test("answers: names front-coded with their counts, a link only where the page cannot make it, series and places of one article left out", () => {
  const index = answersClient.answerIndex(received);
  const byKind = (kind: string) => index.filter((a) => a.kind === kind).map((a) => [a.name, a.count, a.url]);
  assert.deepEqual(byKind("person"), [
    ["Hoàng Xuân Chiến", null, "/nhan-vat/hoang-xuan-chien/"],
    ["Ørsted Hansen", null, model.people.find((p) => p.name === "Ørsted Hansen")!.url],
  ]);
  assert.deepEqual(data.answers.person.links, { 1: model.people.find((p) => p.name === "Ørsted Hansen")!.url }, "only the unguessable link is written out");
  assert.deepEqual(byKind("partner"), [["Lào", 5, "/doi-tac/lao/"], ["Ấn Độ", 1, "/doi-tac/an-do/"]]);
  assert.deepEqual(byKind("series"), [["Đối thoại Chiến lược quốc phòng Việt Nam - Ấn Độ", 2, "/chuoi-su-kien/doi-thoai-chien-luoc-quoc-phong-viet-nam-an-do/"]]);
  assert.deepEqual(byKind("place"), [["Cam Ranh", 2, "/tim-kiem/?dia-diem=Cam+Ranh"], ["Hà Nội", 2, `/tim-kiem/?${new URLSearchParams({ "dia-diem": "Hà Nội" })}`]]);
  assert.deepEqual(byKind("outlet").map(([name]) => name), ["Báo Biên phòng", "Báo Nhân Dân", "VOV", "VietnamPlus"]);
  for (const [kind, groups] of [["person", model.people], ["partner", model.partners], ["series", model.series], ["outlet", model.outlets]] as const) {
    for (const a of index.filter((x) => x.kind === kind)) assert.equal(a.url, groups.find((g) => g.name === a.name)!.url, `${kind} ${a.name}`);
  }
  assert.deepEqual(data.personFilters, PERSON_FILTERS.map((k) => FILTERS[k].pagefind));
  assert.deepEqual(data.personFilters, ["participant"]);
  // Names after the first share their beginning with the one before.
  assert.deepEqual(data.answers.outlet.shared, [0, 4, 0, 1]);
});

test("people's counts and latest titles come apart, in the order of the people, in files the page finds each person in", () => {
  const people = answersClient.answerIndex(received).filter((a) => a.kind === "person");
  const expected = [["Hoàng Xuân Chiến", 2, "Thượng tướng, Thứ trưởng"], ["Ørsted Hansen", 1, null]];
  const files = detailFiles(details).map((file) => JSON.parse(JSON.stringify(file)) as unknown);
  assert.equal(files.length, 1, "two people: one file");
  const shown = answersClient.withPersonDetails(people, answersClient.joinDetails(files));
  assert.deepEqual(shown.map((a) => [a.name, a.count, a.detail]), expected);
  // A file per person: each card finds its details in the one file it loads.
  const single = detailFiles(details, 1).map((file) => JSON.parse(JSON.stringify(file)) as unknown);
  assert.equal(single.length, 2);
  for (const [i, person] of people.entries()) {
    const file = answersClient.detailsFileOf(person.position, 1);
    const [card] = answersClient.withPersonDetails([person], answersClient.joinDetails([single[file]]));
    assert.deepEqual([card!.name, card!.count, card!.detail], expected[i]);
  }
});

test("the page guesses a name's slug as the build does", () => {
  const names = [...model.people, ...model.partners, ...model.series, ...model.outlets].map((g) => g.name);
  names.push("Shin Won-sik", "Việt Nam – Lào", "Đại tướng Phan Văn Giang", "TP.HCM", "  Hà   Nội ");
  for (const name of names) assert.equal(answersClient.guessSlug(name), guessSlug(name), name);
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom(..."aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠÈÉẺẼẸĐđ -–.,'0123456789ØßŁ") }), (name) => answersClient.guessSlug(name) === guessSlug(name)));
});

test("a query names an answer by whole folded syllables: all of the name, or most of it", () => {
  const index = answersClient.answerIndex(received);
  const names = (query: string) => answersClient.findAnswers(index, query, SEARCH_SETTINGS).map((a) => `${a.kind}:${a.name}`);
  assert.deepEqual(names("Hoàng Xuân Chiến"), ["person:Hoàng Xuân Chiến"]);
  assert.deepEqual(names("hoang xuan chien"), ["person:Hoàng Xuân Chiến"]);
  assert.deepEqual(names("xuan chien"), ["person:Hoàng Xuân Chiến"], "two of three syllables");
  assert.deepEqual(names("chien"), [], "one syllable names neither the person nor “Chiến lược …”");
  assert.deepEqual(names("hoang xuan chien an do"), ["person:Hoàng Xuân Chiến", "partner:Ấn Độ"], "a name inside a longer query");
  assert.deepEqual(names("cam ranh"), ["place:Cam Ranh"]);
  assert.deepEqual(names("da nang"), [], "a place of one article has no card");
  assert.deepEqual(names("nhan dan"), ["outlet:Báo Nhân Dân"]);
  assert.deepEqual(names("doi thoai chien luoc quoc phong"), ["series:Đối thoại Chiến lược quốc phòng Việt Nam - Ấn Độ"]);
  assert.deepEqual(names("giao luu si quan tre"), [], "a series of one article has no card");
  assert.deepEqual(names("quoc phong"), [], "two common syllables are too small a part of a series' name");
  assert.deepEqual(names("VOV"), ["outlet:VOV"]);
  assert.deepEqual(names("chiến xuân hoàng"), [], "syllables out of order name nobody");
});

test("same-story links join into stories, newest copy first, each copy named by its outlet or title", () => {
  assert.deepEqual(storiesOf(model.articles).map((s) => s.map((a) => a.fm.id)), [["b", "d", "e"]]);
  const stories = storiesClient.storyIndex(received);
  const url = (id: string) => model.articles.find((a) => a.fm.id === id)!.url;
  assert.deepEqual(stories.get(url("d")), [[url("b"), "Báo Nhân Dân"], [url("d"), "VietnamPlus"], [url("e"), "Một bản khác"]]);
  assert.equal(stories.get(url("a")), undefined);
});

test("the search page shows one result per story, where its first copy ranks, linking the others", async () => {
  const url = (id: string) => model.articles.find((a) => a.fm.id === id)!.url;
  const ranked = ["d", "a", "b", "c", "e"].map((id) => ({ url: `/luu-tru${url(id)}` }));
  const results = { length: ranked.length, page: async (from: number, to: number) => ranked.slice(from, to) };
  const entries = storiesClient.storyEntries(results, storiesClient.storyIndex(received), (u) => u.slice("/luu-tru".length));
  const first = await entries.next(2);
  assert.deepEqual(first.map((e) => e.data.url), [`/luu-tru${url("d")}`, `/luu-tru${url("a")}`]);
  assert.deepEqual(first[0]!.others, [[url("b"), "Báo Nhân Dân"], [url("e"), "Một bản khác"]]);
  assert.deepEqual(first[1]!.others, []);
  assert.equal(entries.done, false);
  // b is d's story: skipped; c next; e skipped too, and the list is read to its end.
  assert.deepEqual((await entries.next(2)).map((e) => e.data.url), [`/luu-tru${url("c")}`]);
  assert.equal(entries.done, true);
});
