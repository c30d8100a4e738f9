import { test } from "node:test";
import assert from "node:assert/strict";
import { buildSiteModel, buildTimeline, seriesName, type ArticleInput } from "./model.ts";
import type { FrontMatter } from "../schema.ts";
import { testFrontMatter } from "../../test/helpers/front-matter.ts";

function input(id: string, over: Partial<FrontMatter>): ArticleInput {
  return {
    frontMatter: testFrontMatter(id, over),
    body: `Nội dung riêng của bài ${id} về hợp tác quốc phòng, đủ dài để làm phần mở đầu của bài viết. Câu thứ hai của bài ${id}.\n`,
  };
}

const DIALOGUE = "Đối thoại Chính sách quốc phòng Việt Nam - Ấn Độ";

const model = buildSiteModel([
  input("a", { date: "2019-03-12", partners: ["Ấn Độ"], event: `${DIALOGUE} lần thứ 1`, eventOrdinal: 1, participants: [{ name: "Hoàng Xuân Chiến", title: "Trung tướng, Thứ trưởng Bộ Quốc phòng" }], outlet: "VOV" }),
  input("b", { date: "2024-06-18", partners: ["Ấn Độ"], event: `${DIALOGUE} lần thứ 4`, eventOrdinal: 4, participants: [{ name: "Hoàng Xuân Chiến", title: "Thượng tướng, Thứ trưởng Bộ Quốc phòng" }], outlet: "Báo Nhân Dân" }),
  input("c", { date: "2024-06-02", partners: ["Lào", "Campuchia"], participants: [{ name: "Phan Văn Giang", title: "Đại tướng, Bộ trưởng Bộ Quốc phòng" }] }),
  input("d", { date: null, partners: ["Lào"] }),
  input("e", { date: "2021-11-02", partners: ["Ấn Độ"], event: `${DIALOGUE} (lần thứ hai)`, eventOrdinal: 2 }),
]);

test("articles are newest first, undated last, with previous/next by date", () => {
  assert.deepEqual(model.articles.map((a) => a.fm.id), ["b", "c", "e", "a", "d"]);
  const b = model.articles[0]!;
  assert.equal(b.next, null);
  assert.equal(b.previous?.title, "Bài c");
  const d = model.articles.at(-1)!;
  assert.equal(d.previous, null);
  assert.equal(d.next, null);
});

test("a series lists its sessions in order of number and names the missing ones", () => {
  assert.equal(seriesName(`${DIALOGUE} lần thứ 4`), DIALOGUE);
  assert.equal(seriesName(`${DIALOGUE} (lần thứ hai)`), DIALOGUE);
  assert.equal(model.series.length, 1);
  const series = model.series[0]!;
  assert.equal(series.url, "/chuoi-su-kien/doi-thoai-chinh-sach-quoc-phong-viet-nam-an-do/");
  assert.deepEqual(series.sessions.map((s) => s.ordinal), [1, 2, 4]);
  assert.deepEqual(series.missing, [3]);
});

test("a person page lists every appearance in date order with the title held then", () => {
  const person = model.people.find((p) => p.name === "Hoàng Xuân Chiến")!;
  assert.equal(person.url, "/nhan-vat/hoang-xuan-chien/");
  assert.deepEqual(person.appearances.map((a) => [a.article.date, a.title]), [
    ["2019-03-12", "Trung tướng, Thứ trưởng Bộ Quốc phòng"],
    ["2024-06-18", "Thượng tướng, Thứ trưởng Bộ Quốc phòng"],
  ]);
});

test("partners carry their articles, the people met and a timeline", () => {
  const india = model.partners.find((p) => p.slug === "an-do")!;
  assert.equal(india.articles.length, 3);
  assert.deepEqual(india.people, [{ name: "Hoàng Xuân Chiến", url: "/nhan-vat/hoang-xuan-chien/", count: 2 }]);
  assert.deepEqual(india.timeline.years, ["2019", "2020", "2021", "2022", "2023", "2024"]);
  assert.deepEqual(india.timeline.totals, [1, 0, 1, 0, 0, 1]);
  const lao = model.partners.find((p) => p.slug === "lao")!;
  assert.equal(lao.articles.length, 2, "the undated article is listed too");
});

test("archives by year and month, with pages to paginate", () => {
  assert.deepEqual(model.years.map((y) => [y.name, y.articles.length]), [["2024", 2], ["2021", 1], ["2019", 1]]);
  assert.deepEqual(model.years[0]!.months.map((m) => [m.url, m.articles.length]), [["/luu-tru/2024/06/", 2]]);
  assert.deepEqual(model.pages.month.map((p) => p.url).sort(), ["/luu-tru/2019/03/", "/luu-tru/2021/11/", "/luu-tru/2024/06/"]);
  assert.equal(model.pages.home.length, 1);
  assert.equal(model.pages.home[0]!.items.length, 5);
});

test("related articles come from the same series first, then shared people and partners", () => {
  const b = model.articles.find((a) => a.fm.id === "b")!;
  assert.deepEqual(b.related.map((r) => r.title), ["Bài e", "Bài a"], "newest first within each source");
  const c = model.articles.find((a) => a.fm.id === "c")!;
  assert.deepEqual(c.related.map((r) => r.title), ["Bài d"]);
});

test("the home timeline stacks the top partners and sums the others", () => {
  assert.deepEqual(model.timeline.rows.map((r) => r.name), ["Ấn Độ", "Lào", "Campuchia"]);
  const t = buildTimeline([]);
  assert.deepEqual(t, { years: [], rows: [], totals: [] });
});

test("two people whose names differ only in diacritics get separate pages", () => {
  const m = buildSiteModel([
    input("x", { date: "2023-01-01", participants: [{ name: "Lê Văn Hùng", title: "Đại tá" }] }),
    input("y", { date: "2023-02-01", participants: [{ name: "Lê Văn Hưng", title: "Thiếu tướng" }] }),
  ]);
  assert.equal(m.people.length, 2);
  assert.equal(new Set(m.people.map((p) => p.url)).size, 2);
  for (const p of m.people) assert.equal(p.articles.length, 1);
  assert.equal(m.articles.find((a) => a.fm.id === "x")!.participants[0]!.url, m.people.find((p) => p.name === "Lê Văn Hùng")!.url);
});

test("person pages: spelling variants share one page with aliases, mentions are labelled, a bare surname gets none", () => {
  const m = buildSiteModel([
    input("p1", { date: "2015-03-01", participants: [{ name: "Nguyễn Chí Vịnh", title: "Thượng tướng, Thứ trưởng Bộ Quốc phòng" }, { name: "Brown", title: "Đại sứ" }] }),
    input("p2", { date: "2016-05-01", participants: [{ name: "Nguyễn Chí Vinh", title: "Thứ trưởng" }] }),
    input("p3", { date: "2017-07-01", participants: [{ name: "Lê Văn Bình", title: "Đại tá" }], mentioned: [{ name: "Nguyễn Chí Vịnh", title: "Thứ trưởng Bộ Quốc phòng" }] }),
  ]);
  assert.deepEqual(m.people.map((p) => p.name).sort(), ["Lê Văn Bình", "Nguyễn Chí Vịnh"]);
  const vinh = m.people.find((p) => p.name === "Nguyễn Chí Vịnh")!;
  assert.deepEqual(vinh.aliases, ["Nguyễn Chí Vinh"]);
  assert.deepEqual(vinh.appearances.map((a) => [a.article.fm.id, a.mentioned]), [["p1", false], ["p2", false], ["p3", true]]);
  // The latest title is one the person held taking part, not where they were only mentioned.
  assert.equal(vinh.latestTitle, "Thứ trưởng");
  const p1 = m.articles.find((a) => a.fm.id === "p1")!;
  assert.equal(p1.participants.find((p) => p.name === "Brown")!.url, null);
  const p2 = m.articles.find((a) => a.fm.id === "p2")!;
  assert.equal(p2.participants[0]!.url, vinh.url);
  assert.equal(m.articles.find((a) => a.fm.id === "p3")!.mentioned[0]!.url, vinh.url);
});

test("a new article changes the related links of its neighbours in date only, and the list pages it is on", () => {
  const day = (i: number) => new Date(Date.UTC(2010, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const archive = Array.from({ length: 300 }, (_, i) => input(`x${i}`, { date: day(i * 3), partners: ["Lào"], participants: [{ name: `Người ${i % 7}`, title: "" }] }));
  const before = buildSiteModel(archive);
  // Dated between two old articles: a back-filled file.
  const after = buildSiteModel([...archive, input("new", { date: day(451), partners: ["Lào"], participants: [{ name: "Người 3", title: "" }] })]);
  const related = (m: typeof before) => new Map(m.articles.map((a) => [a.fm.id, JSON.stringify(a.related)]));
  const [was, now] = [related(before), related(after)];
  const changed = [...was.keys()].filter((id) => was.get(id) !== now.get(id));
  assert.ok(changed.length <= 12, `related links changed on ${changed.length} articles: ${changed.join(", ")}`);
  // A new newest article changes the newest page of each list it is on, not the pages numbered before it.
  const newest = buildSiteModel([...archive, input("newest", { date: day(2000), partners: ["Lào"] })]);
  const pages = (m: typeof before) => new Map(m.pages.partner.map((p) => [p.url, JSON.stringify(p.items.map((a) => a.fm.id))]));
  const [old, grown] = [pages(before), pages(newest)];
  const moved = [...old.keys()].filter((url) => old.get(url) !== grown.get(url));
  assert.deepEqual(moved, ["/doi-tac/lao/"]);
});
