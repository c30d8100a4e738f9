import { test } from "node:test";
import assert from "node:assert/strict";
import { describeSiteWide, splitPaged, type PagedData } from "./page-sets.ts";
import { Fingerprinter } from "./fingerprint.ts";
import { buildSiteModel, type SiteArticle } from "../site/model.ts";
import { testFrontMatter } from "../../test/helpers/front-matter.ts";

/** Sets of numbered stand-in pages: `articles` articles and `lists` pages of each other set. */
function sets(articles: number, lists: number): PagedData {
  const items = (set: string, n: number) => Array.from({ length: n }, (_, i) => ({ url: `/${set}/${i}/` }));
  return {
    articles: items("articles", articles) as unknown as SiteArticle[],
    home: items("home", lists),
    partner: items("partner", lists),
    person: items("person", lists),
    outlet: [],
    year: [],
    month: [],
    moved: [],
    series: items("series", lists),
    review: items("review", lists),
  } as unknown as PagedData;
}

const urls = (parts: PagedData[]) => parts.flatMap((part) => Object.values(part).flat().map((item) => (item as { url: string }).url));

test("the pages are cut into runs of at most the given size, each page once, the feed's articles last", () => {
  const paged = sets(23, 9);
  const feed = new Set(paged.articles.slice(0, 3));
  const parts = splitPaged(paged, 10, feed);
  assert.ok(parts.every((part) => urls([part]).length <= 10));
  assert.deepEqual(urls(parts).sort(), urls([paged]).sort());
  assert.deepEqual(parts.at(-1)!.articles, [...feed]);
});

test("with a shard size, article runs end where a shard fills and the other pages are rendered in those pauses", () => {
  const paged = sets(53, 9);
  const feed = new Set(paged.articles.slice(0, 3));
  const shard = 20;
  const parts = splitPaged(paged, 8, feed, shard);
  assert.deepEqual(urls(parts).sort(), urls([paged]).sort());
  assert.deepEqual(parts.at(-1)!.articles, [...feed]);
  // Every run of other pages comes after an article run that filled a shard (20, then 40 articles).
  let articles = 0;
  const before: number[] = [];
  for (const part of parts.slice(0, -1)) {
    if (part.articles.length > 0) articles += part.articles.length;
    else before.push(articles);
    assert.ok(part.articles.length === 0 || urls([part]).length === part.articles.length, "an article run holds articles only");
  }
  assert.ok(before.length > 0 && before.every((n) => n > 0 && n % shard === 0), `other runs after ${before.join(", ")} articles`);
  assert.ok(before.includes(20) && before.includes(40), "shared out between the two pauses");
});

test("the search page's data counts in its site-wide key: an edit of a text alone that makes two articles one story changes it", () => {
  const body = "Hai bên trao đổi về hợp tác quốc phòng, đào tạo, tìm kiếm cứu nạn và khắc phục hậu quả chiến tranh trong những năm tới.\n";
  const model = (bBody: string) =>
    buildSiteModel([
      { frontMatter: testFrontMatter("a", { date: "2024-06-18", partners: ["Ấn Độ"], outlet: "VOV" }), body },
      { frontMatter: testFrontMatter("b", { date: "2024-06-19", partners: ["Ấn Độ"], outlet: "Báo Nhân Dân" }), body: bBody },
    ]);
  const apart = model("Bài viết này kể một chuyện khác hẳn: lễ đón đoàn đại biểu và chuyến thăm một đơn vị hải quân.\n");
  const together = model(body);
  assert.equal(apart.articles[0]!.sameStory.length, 0);
  assert.equal(together.articles[0]!.sameStory.length, 1);
  const before = describeSiteWide(apart, [], new Fingerprinter());
  const after = describeSiteWide(together, [], new Fingerprinter());
  assert.notEqual(after.search, before.search);
  for (const part of ["indexes", "opendata", "sitemap"] as const) assert.equal(after[part], before[part], part);
});
