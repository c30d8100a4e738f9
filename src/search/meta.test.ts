import { test } from "node:test";
import assert from "node:assert/strict";
import { buildSiteModel, type SiteArticle } from "../site/model.ts";
import type { FrontMatter } from "../schema.ts";
import { articleFilters, articleResultMeta, articleSortKeys, searchMetadata } from "./meta.ts";
import { SORT_KEY } from "./contract.ts";

function siteArticle(over: Partial<FrontMatter>): SiteArticle {
  const fm: FrontMatter = {
    file: "bao-bien-phong/tuan-tra-chung.txt",
    title: "Biên phòng Việt Nam – Lào tuần tra chung",
    date: "2023-04-09",
    dateBasis: "test",
    partners: ["Lào"],
    partnerCodes: ["LA"],
    event: "Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ 2",
    eventOrdinal: 2,
    location: "Nghệ An",
    participants: [{ name: "Lê Đức Thái", title: "Trung tướng" }],
    mentioned: [],
    outlet: "Báo Biên phòng",
    credits: [],
    id: "tuan-tra-chung",
    sourceHash: "x",
    warnings: [],
    corrected: [],
    ...over,
  };
  return buildSiteModel([{ frontMatter: fm, body: "Hai bên tuần tra chung." }]).articles[0]!;
}

test("an article's filters are its partners, year, outlet, people and event series", () => {
  const filters = articleFilters(siteArticle({}));
  assert.deepEqual(filters.partner, ["Lào"]);
  assert.deepEqual(filters.year, ["2023"]);
  assert.deepEqual(filters.outlet, ["Báo Biên phòng"]);
  assert.deepEqual(filters.participant, ["Lê Đức Thái"]);
  assert.deepEqual(filters.series, ["Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào"]);
  const bare = articleFilters(siteArticle({ date: null, outlet: null, event: null, eventOrdinal: null, participants: [] }));
  assert.deepEqual([bare.year, bare.outlet, bare.series, bare.participant], [[], [], [], []]);
});

test("a person's every spelling filters by their page's name", () => {
  const article = (id: string, name: string): FrontMatter => ({ ...siteArticle({}).fm, id, file: `${id}.txt`, participants: [{ name, title: "Thượng tướng" }] });
  const model = buildSiteModel([
    { frontMatter: article("a", "Nguyễn Chí Vịnh"), body: "Một." },
    { frontMatter: article("b", "Nguyễn Chí Vịnh"), body: "Hai." },
    { frontMatter: article("c", "Nguyen Chi Vinh"), body: "Ba." },
  ]);
  assert.deepEqual(
    model.articles.map((a) => articleFilters(a).participant),
    [["Nguyễn Chí Vịnh"], ["Nguyễn Chí Vịnh"], ["Nguyễn Chí Vịnh"]],
  );
});

test("an article's one sort key is its day; an undated article has none (the search page puts it last)", () => {
  assert.deepEqual(articleSortKeys(siteArticle({})), { [SORT_KEY]: 20230409 });
  assert.deepEqual(articleSortKeys(siteArticle({ date: null })), {});
  assert.doesNotMatch(searchMetadata(siteArticle({ date: null })).value, /data-pagefind-sort/);
});

test("result metadata is the Vietnamese date and the partners", () => {
  assert.deepEqual(articleResultMeta(siteArticle({ partners: ["Lào", "Campuchia"], partnerCodes: ["LA", "KH"] })), {
    date: "Chủ Nhật, 9/4/2023",
    partners: "Lào, Campuchia",
  });
});

test("the search contract adds no words: every value sits in an attribute of an empty element", () => {
  const markup = searchMetadata(siteArticle({ outlet: 'Báo "Quân đội" & Nhân dân' })).value;
  const hidden = /<div hidden class="search-data">([\s\S]*?)<\/div>/.exec(markup)?.[1] ?? "";
  assert.equal(hidden.replace(/<[^>]*>/g, ""), "");
  assert.match(hidden, /data-pagefind-filter="outlet\[data-value\]" data-value="Báo &quot;Quân đội&quot; &amp; Nhân dân"/);
  assert.match(hidden, /data-pagefind-sort="day\[data-value\]" data-value="20230409"/);
  assert.match(markup, /<script type="module" src="\.\.\/\.\.\/assets\/highlight\.js"><\/script>/);
});
