/**
 * The shard layout (bundle folders, manifest) and the search page's merge of the shards' answers
 * (templates/assets/search-shards.js): relevance by score, dates by date reading only the data it
 * compares, and the date a result shows read back as the day it was sorted by; and results read
 * without the đ-aliases even from fragments a browser cached before the index was cleaned.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { shardBundle, shardManifest } from "./shards.ts";
import { vietnameseDate } from "../render/format.ts";

interface Data {
  url: string;
  meta: { date?: string };
}
interface Result {
  score: number;
  data(): Promise<Data>;
}
interface ResultList {
  length: number;
  page(from: number, to: number): Promise<Data[]>;
}
interface Client {
  resultDay(data: Data): number | null;
  byScore(lists: Result[][]): ResultList;
  byDay(lists: Result[][], direction: "asc" | "desc"): ResultList;
}

// A plain script of the site, imported by URL so that the type checker does not look for its types.
const client = (await import(new URL("../../templates/assets/search-shards.js", import.meta.url).href)) as Client;

/** A shard's results for `iso` dates (null: undated), counting the data loaded. */
function shardOf(name: string, dates: (string | null)[], loads: string[], scores: number[] = []): Result[] {
  return dates.map((iso, i) => ({
    score: scores[i] ?? 0,
    data: async () => {
      loads.push(`${name}${i}`);
      return { url: `${name}${i}`, meta: { date: vietnameseDate(iso) } };
    },
  }));
}

test("shard 1 is pagefind/ itself, the others its subfolders, listed in the manifest", () => {
  assert.equal(shardBundle(1), "");
  assert.equal(shardBundle(2), "shard-2/");
  assert.deepEqual(shardManifest(1), { bundles: [], suffixes: [] });
  assert.deepEqual(shardManifest(3), { bundles: ["shard-2/", "shard-3/"], suffixes: ["-s2", "-s3"] });
});

test("the date a result shows reads back as its day; undated results have none", () => {
  for (const iso of ["2012-08-06", "2024-12-31", "1999-01-01"]) {
    assert.equal(client.resultDay({ url: "", meta: { date: vietnameseDate(iso) } }), Number(iso.replaceAll("-", "")), iso);
  }
  assert.equal(client.resultDay({ url: "", meta: { date: vietnameseDate(null) } }), null);
  assert.equal(client.resultDay({ url: "", meta: {} }), null);
});

test("relevance merges every shard's results by score", async () => {
  const loads: string[] = [];
  const merged = client.byScore([shardOf("a", [null, null], loads, [5, 1]), shardOf("b", [null, null], loads, [3, 9])]);
  assert.equal(merged.length, 4);
  assert.deepEqual((await merged.page(0, 4)).map((d) => d.url), ["b1", "a0", "b0", "a1"]);
});

test("newest first merges the shards' sorted lists by date, undated last, loading a page plus one head per shard", async () => {
  const loads: string[] = [];
  const a = shardOf("a", ["2024-05-01", "2021-03-02", "2019-01-01", null], loads);
  const b = shardOf("b", ["2023-01-15", "2022-07-30", "2020-02-02"], loads);
  const c = shardOf("c", ["2021-03-02", null], loads);
  const merged = client.byDay([a, b, c], "desc");
  assert.equal(merged.length, 9);
  assert.deepEqual((await merged.page(0, 2)).map((d) => d.url), ["a0", "b0"]);
  assert.ok(new Set(loads).size <= 2 + 3, `loaded ${loads.join(" ")}`);
  // Same day in two shards: the earlier shard first.
  assert.deepEqual((await merged.page(2, 9)).map((d) => d.url), ["b1", "a1", "c0", "b2", "a2", "a3", "c1"]);
});

test("oldest first puts undated results last too", async () => {
  const loads: string[] = [];
  const merged = client.byDay([shardOf("a", ["2020-01-01", "2022-01-01", null], loads), shardOf("b", ["2021-06-01", null], loads)], "asc");
  assert.deepEqual((await merged.page(0, 5)).map((d) => d.url), ["a0", "b0", "a1", "a2", "b1"]);
});

test("results keep no alias even from a fragment cached before the index was cleaned", async () => {
  const text = (await import(new URL("../../templates/assets/search-text.js", import.meta.url).href)) as {
    unfoldAliases(text: string): string;
    unaliased(data: object): { content: string; excerpt: string; meta: Record<string, string> };
  };
  const { withDAliases } = await import("./fold.ts");
  const samples = ["Đối thoại tại Đà Nẵng.", "Việt Nam-Đức, đoàn đại biểu", "Nam-Campuchia", "đ-d Đà-Da"];
  assert.deepEqual(samples.map((s) => text.unfoldAliases(withDAliases(s))), samples, "the page removes exactly the aliases the index adds");
  const stale = { url: "/a/", content: withDAliases("Đối thoại"), excerpt: `<mark>${withDAliases("Đối")}</mark> thoại`, meta: { title: withDAliases("Đối thoại"), date: "Thứ Hai, 6/8/2012" } };
  assert.deepEqual(text.unaliased(stale), { url: "/a/", content: "Đối thoại", excerpt: "<mark>Đối</mark> thoại", meta: { title: "Đối thoại", date: "Thứ Hai, 6/8/2012" } });
});

interface Bundles {
  shards: string[];
  suffixes: string[];
  delta: { url: string; pages: Set<string> } | null;
  superseded: Set<string>;
}
// The page's split of Pagefind's one answer into one answer per bundle.
const bundlesClient = (await import(new URL("../../templates/assets/search-bundles.js", import.meta.url).href)) as {
  separateBundles(answer: { results: { id: string }[] }, bundles: Bundles): { results: { id: string }[] }[];
};

test("Pagefind's one answer splits into one per shard by the ids' suffixes, then the delta's by its ids, the stale left out", () => {
  const manifest = shardManifest(12);
  const bundles: Bundles = { shards: manifest.bundles, suffixes: manifest.suffixes, delta: { url: "delta-3/", pages: new Set(["vi_d"]) }, superseded: new Set(["vi_old", "vi_x-s2"]) };
  const ids = ["vi_a", "vi_b-s2", "vi_d", "vi_c-s12", "vi_old", "vi_e", "vi_x-s2", "vi_d", "vi_f-s3", "vi_g-s2"];
  const answers = bundlesClient.separateBundles({ results: ids.map((id) => ({ id })) }, bundles);
  const byBundle = answers.map((a) => a.results.map((r) => r.id));
  assert.equal(byBundle.length, 13, "twelve shards and the delta");
  assert.deepEqual(byBundle[0], ["vi_a", "vi_e"]);
  assert.deepEqual(byBundle[1], ["vi_b-s2", "vi_g-s2"], "in the order Pagefind gave");
  assert.deepEqual(byBundle[2], ["vi_f-s3"]);
  assert.deepEqual(byBundle[11], ["vi_c-s12"], "-s12 is not -s2");
  assert.deepEqual(byBundle[12], ["vi_d"], "the delta's page once, though the first shard has the same id");
  assert.deepEqual(byBundle.slice(3, 11).flat(), []);
});
