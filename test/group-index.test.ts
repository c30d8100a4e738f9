/**
 * The group indexes (templates/group-index.11ty.ts): an index past its limit is split into a page
 * per initial, whose pages together list every group once; its own page lists the groups with most
 * articles and links every letter.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildSiteModel } from "../src/site/model.ts";
import { SITE } from "../src/site/config.ts";
import type { FrontMatter } from "../src/schema.ts";
import { indexPages, render } from "../templates/group-index.11ty.ts";
import { testFrontMatter } from "./helpers/front-matter.ts";

const PEOPLE = ["Đỗ Bá Tỵ", "Dương Văn An", "Âu Văn Bình", "Bùi Thị Cúc", "Đinh Công Sắt"];

function archive() {
  // Đỗ Bá Tỵ takes part in every article, the others in one each.
  const inputs = PEOPLE.slice(1).map((name, i) => {
    const frontMatter: FrontMatter = testFrontMatter(`bai-${i}`, { participants: [{ name: PEOPLE[0]!, title: "" }, { name, title: "" }] });
    return { frontMatter, body: `Bài ${i}.` };
  });
  return buildSiteModel(inputs);
}

test("an index past its limit gets a page per initial that together list every group once, and its own page links them", () => {
  const model = archive();
  const pages = indexPages(["person", "partner"], model, 4).filter((p) => p.kind === "person" && (p.page?.landing ?? true));
  assert.deepEqual(pages.map((p) => p.url), ["/nhan-vat/", "/nhan-vat/chu-cai/a/", "/nhan-vat/chu-cai/b/", "/nhan-vat/chu-cai/d/", "/nhan-vat/chu-cai/dd/"]);
  const listed = indexPages(["person"], model, 4).flatMap((p) => p.page?.items.map((g) => g.name) ?? []);
  assert.deepEqual([...listed].sort(), [...model.people.map((g) => g.name)].sort());
  const site = { ...SITE, basePath: "/p/", siteUrl: null };
  const own = render({ site, archive: model, index: pages[0]! });
  assert.equal([...own.matchAll(/<a href="\/p\/nhan-vat\/chu-cai\/\w+\/">/g)].length, 4, "every letter is linked");
  assert.match(own, /<h2>5 nhân vật có nhiều bài viết nhất<\/h2>\s*<ul class="group-index"><li><a href="\/p\/nhan-vat\/do-ba-ty\/">Đỗ Bá Tỵ<\/a> <span class="count">\(4\)<\/span>/);
  const dd = render({ site, archive: model, index: pages[4]! });
  assert.match(dd, /<a href="\/p\/nhan-vat\/chu-cai\/dd\/" aria-current="page">Đ<\/a>/);
  assert.deepEqual([...dd.matchAll(/<li><a href="\/p\/nhan-vat\/[^"]+\/">([^<]+)<\/a> <span class="count">/g)].map((m) => m[1]), pages[4]!.page!.items.map((g) => g.name));
  assert.ok(pages[4]!.page!.items.every((g) => g.name.startsWith("Đ")));
});

test("a letter with more groups than the limit gets several pages, each with a pager; together they list every group once", () => {
  // Twelve people under N (as Nguyễn fills it), one under B.
  const names = [...Array.from({ length: 12 }, (_, i) => `Nguyễn Văn ${String.fromCharCode(65 + i)}${"ab"[i % 2]}`), "Bùi Thị Cúc"];
  const model = buildSiteModel(names.map((name, i) => ({ frontMatter: testFrontMatter(`n-${i}`, { participants: [{ name, title: "" }] }), body: `${i}.` })));
  const pages = indexPages(["person"], model, 4).filter((p) => p.letter?.slug === "n");
  assert.ok(pages.length >= 3, `N is cut into pages (${pages.length})`);
  assert.equal(pages[0]!.url, "/nhan-vat/chu-cai/n/");
  assert.match(pages[1]!.url, /^\/nhan-vat\/chu-cai\/n\/trang\/2\/$/);
  assert.ok(pages.every((p) => p.page!.items.length <= 4), "no page holds more than the limit");
  assert.deepEqual(pages.flatMap((p) => p.page!.items.map((g) => g.name)), model.people.filter((g) => g.name.startsWith("N")).map((g) => g.name));
  const site = { ...SITE, basePath: "/", siteUrl: null };
  const second = render({ site, archive: model, index: pages[1]! });
  assert.match(second, /<h1>Nhân vật: N – trang 2<\/h1>/);
  assert.match(second, /<a href="\/nhan-vat\/chu-cai\/n\/" aria-current="true">N<\/a>/);
  assert.match(second, /<nav class="pager"/);
  assert.match(render({ site, archive: model, index: pages[0]! }), /<a href="\/nhan-vat\/chu-cai\/n\/" aria-current="page">N<\/a>/);
});

test("an index within its limit stays one page, as before", () => {
  const pages = indexPages(["person"], archive(), 5);
  assert.deepEqual(pages.map((p) => [p.url, p.letter, p.letters]), [["/nhan-vat/", null, null]]);
  const page = render({ site: { ...SITE, basePath: "/", siteUrl: null }, archive: archive(), index: pages[0]! });
  assert.doesNotMatch(page, /letter-nav/);
  assert.equal([...page.matchAll(/<li><a href="\/nhan-vat\//g)].length, 5);
});

test("no group takes the letters' segment as its slug", () => {
  const model = buildSiteModel([{ frontMatter: testFrontMatter("mot", { event: "Chữ cái", participants: [{ name: "Chu Cái", title: "" }] }), body: "Một." }]);
  assert.notEqual(model.people[0]!.url, "/nhan-vat/chu-cai/");
  assert.match(model.people[0]!.url, /^\/nhan-vat\/chu-cai-[0-9a-f]{6}\/$/);
  assert.match(model.series[0]!.url, /^\/chuoi-su-kien\/chu-cai-[0-9a-f]{6}\/$/);
});

test("the series index lists the series with two articles or more and counts the one-off events it leaves out", () => {
  const event = (id: string, name: string, ordinal: number | null) => ({ frontMatter: testFrontMatter(id, { event: name, eventOrdinal: ordinal }), body: `${id}.` });
  const model = buildSiteModel([
    event("a", "Đối thoại Chính sách Quốc phòng Việt Nam - Ấn Độ lần thứ 11", 11),
    event("b", "Đối thoại Chính sách Quốc phòng Việt Nam - Ấn Độ lần thứ 12", 12),
    event("c", "Hội đàm với Bộ trưởng Quốc phòng Lào", null),
  ]);
  assert.equal(model.series.length, 2, "the one-off event keeps its page");
  const page = render({ site: { ...SITE, basePath: "/", siteUrl: null }, archive: model, index: indexPages(["series"], model)[0]! });
  assert.deepEqual([...page.matchAll(/<li><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]), ["Đối thoại Chính sách Quốc phòng Việt Nam - Ấn Độ"]);
  assert.match(page, /1 sự kiện khác chỉ có một bài/);
});
