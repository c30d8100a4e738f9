import { test } from "node:test";
import assert from "node:assert/strict";
import { COLUMNS, articlesCsv, articlesJson, checkValue, toCsv, toJson, toRecords, type OpenDataRecord } from "./opendata.ts";
import type { SiteArticle } from "../site/model.ts";

const record: OpenDataRecord = {
  id: "vov/2024/a",
  url: "/bai-viet/a/",
  title: 'Hội thảo "An ninh biển", lần thứ 2',
  date: null,
  partners: ["Nhật Bản", "Hàn Quốc"],
  event: null,
  ordinal: null,
  location: "Đà Nẵng",
  participants: ["Lê Văn Bình (Đại tá)"],
  outlet: "VOV",
  mentioned: ["Trần Văn An (Bộ trưởng)"],
};

test("CSV: header from the columns, lists joined with '; ', null empty, quotes escaped", () => {
  const csv = toCsv([record]);
  const [header, row] = csv.trimEnd().split("\n");
  assert.equal(header, COLUMNS.map((c) => c.name).join(","));
  assert.equal(row, 'vov/2024/a,/bai-viet/a/,"Hội thảo ""An ninh biển"", lần thứ 2",,Nhật Bản; Hàn Quốc,,,Đà Nẵng,Lê Văn Bình (Đại tá),VOV,Trần Văn An (Bộ trưởng)');
});

test("values are checked against their column's type", () => {
  const col = (name: string) => COLUMNS.find((c) => c.name === name)!;
  assert.equal(checkValue(col("date"), null), null);
  assert.match(checkValue(col("date"), "14/5/2022") ?? "", /not a date/);
  assert.match(checkValue(col("title"), null) ?? "", /must not be null/);
  assert.match(checkValue(col("ordinal"), 0) ?? "", /not a integer/);
  assert.equal(checkValue(col("partners"), ["Lào"]), null);
  assert.match(checkValue(col("partners"), "Lào") ?? "", /not a string\[\]/);
});

test("JSON: the layout of JSON.stringify with an indent of 2, empty lists and nulls included", () => {
  const bare: OpenDataRecord = { ...record, partners: [], participants: [], mentioned: [], location: null, title: "Dòng 1\nDòng 2" };
  for (const records of [[], [record], [record, bare]]) assert.equal(toJson(records), `${JSON.stringify(records, null, 2)}\n`);
});

test("the archive's files are the records' files, made again for an article whose URL, front-matter or deployment changed", () => {
  const fm = (id: string, title: string) => ({ id, title, date: null, partners: ["Lào"], event: null, eventOrdinal: null, location: null, participants: [{ name: "Lê Văn Bình", title: "Đại tá" }], outlet: "VOV", mentioned: [] });
  const article = (url: string, front: ReturnType<typeof fm>) => ({ url, title: front.title, date: front.date, fm: front }) as unknown as SiteArticle;
  const a = fm("a", 'Hội thảo "An ninh biển"');
  const b = fm("b", "Đối thoại, lần thứ 2");
  const local = { basePath: "/", siteUrl: null };
  const same = (articles: SiteArticle[], d: typeof local | { basePath: string; siteUrl: string }) => {
    assert.equal(articlesJson(articles, d), toJson(toRecords(articles, d)));
    assert.equal(articlesCsv(articles, d), toCsv(toRecords(articles, d)));
  };
  same([], local);
  same([article("/bai-viet/a/", a), article("/bai-viet/b/", b)], local);
  same([article("/bai-viet/a-2/", a), article("/bai-viet/b/", b)], local);
  same([article("/bai-viet/a-2/", a), article("/bai-viet/b/", fm("b", "Đối thoại, lần thứ 3"))], local);
  same([article("/bai-viet/a-2/", a)], { basePath: "/luu-tru/", siteUrl: "https://example.org/luu-tru/" });
});
