/**
 * Search over a sharded index in a real browser: the seeds plus a few generated articles are
 * built once (one index, as any archive below PAGES_PER_SHARD), copied, and the copy re-indexed as
 * three shards. The search page on the sharded copy must answer as the single index does: the same
 * articles for a query and for a filter, the same dates in date order, nothing for an unknown word,
 * and the same under --base-path.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { build } from "../src/build.ts";
import { listRawFiles } from "../src/ingest/index.ts";
import { generateCorpus } from "../src/bench/generate.ts";
import { indexSite } from "../src/search/pagefind.ts";
import { INDEX_FOLDER, SHARD_MANIFEST, type ShardManifest } from "../src/search/shards.ts";
import { launchChromium } from "./helpers/chromium.ts";
import { serveStatic, type StaticServer } from "./helpers/static-server.ts";
import { searchPageResults } from "./helpers/search-page.ts";

const SHARDS = 3;
const GENERATED = 10;
const BASE = "/luu-tru/";

interface Site {
  dir: string;
  server: StaticServer;
}

let browser: Browser;
let work: string;
let single: Site;
let sharded: Site;
let based: Site;
/** Article URL (without base path) → the shard (1…) whose bundle holds it. */
const shardOf = new Map<string, number>();
/** Article URL → its sort key (yyyymmdd; 0 undated, which has none), from the article page. */
const dayOf = new Map<string, number>();
/** Article URL → its partner filter values. */
const partnersOf = new Map<string, string[]>();
const problems: string[] = [];

/** The URLs of the pages in one Pagefind bundle, read from its fragments. */
async function bundleUrls(bundleDir: string): Promise<string[]> {
  const dir = path.join(bundleDir, "fragment");
  return Promise.all(
    (await readdir(dir)).map(async (file) => {
      const json = gunzipSync(await readFile(path.join(dir, file))).toString("utf8").replace(/^pagefind_dcd/, "");
      return (JSON.parse(json) as { url: string }).url;
    }),
  );
}

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), "search-shards-"));
  const content = path.join(work, "content");
  await mkdir(content, { recursive: true });
  for (const file of await listRawFiles("content/raw")) await copyFile(path.join("content/raw", file), path.join(content, file.replaceAll("/", "_")));
  await generateCorpus(path.join(content, "generated"), GENERATED);
  const articles = (await listRawFiles(content)).length;
  const pagesPerShard = Math.ceil(articles / SHARDS);

  const singleDir = path.join(work, "single");
  await build({ contentDir: content, outDir: singleDir, basePath: "/", siteUrl: null, strict: false });
  const shardedDir = path.join(work, "sharded");
  await cp(singleDir, shardedDir, { recursive: true });
  assert.deepEqual(await indexSite(shardedDir, { pagesPerShard }), { pages: articles, shards: SHARDS });
  const basedDir = path.join(work, "based");
  await build({ contentDir: content, outDir: basedDir, basePath: BASE, siteUrl: null, strict: false });
  assert.equal((await indexSite(basedDir, { pagesPerShard })).shards, SHARDS);

  const manifest = JSON.parse(await readFile(path.join(shardedDir, INDEX_FOLDER, SHARD_MANIFEST), "utf8")) as ShardManifest;
  for (const [i, bundle] of ["", ...manifest.bundles].entries()) {
    for (const url of await bundleUrls(path.join(shardedDir, INDEX_FOLDER, bundle))) shardOf.set(url, i + 1);
  }
  for (const slug of await readdir(path.join(singleDir, "bai-viet"))) {
    const page = await readFile(path.join(singleDir, "bai-viet", slug, "index.html"), "utf8");
    const url = `/bai-viet/${slug}/`;
    dayOf.set(url, Number(/data-pagefind-sort="day\[data-value\]" data-value="(\d+)"/.exec(page)?.[1] ?? 0));
    partnersOf.set(url, [...page.matchAll(/data-pagefind-filter="partner\[data-value\]" data-value="([^"]*)"/g)].map((m) => m[1]!));
  }
  single = { dir: singleDir, server: await serveStatic(singleDir) };
  sharded = { dir: shardedDir, server: await serveStatic(shardedDir) };
  based = { dir: basedDir, server: await serveStatic(basedDir, BASE) };
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  for (const site of [single, sharded, based]) await site?.server.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Opens the search page of `site` with URL parameters and returns every result's URL (without base path), "more" clicked to the end. */
async function results(site: Site, params: Record<string, string>, basePath = "/"): Promise<{ urls: string[]; status: string }> {
  const { hrefs, status } = await searchPageResults(browser, site.server.url, params, problems);
  for (const href of hrefs) assert.ok(href.startsWith(`${basePath}bai-viet/`), href);
  return { urls: hrefs.map((h) => `/${h.split("?")[0]!.slice(basePath.length)}`), status };
}

const sorted = (urls: readonly string[]) => [...urls].sort();
const shardsOf = (urls: readonly string[]) => [...new Set(urls.map((u) => shardOf.get(u)))].sort();

describe("search over a sharded index", () => {
  test("every article is in exactly one shard", () => {
    assert.equal(shardOf.size, dayOf.size);
    assert.deepEqual([...new Set(shardOf.values())].sort(), [1, 2, 3]);
  });

  test("a query finds the same articles as the single index, from every shard", async () => {
    for (const q of ["quoc phong", "hợp tác", "Campuchia"]) {
      const expected = await results(single, { q });
      const found = await results(sharded, { q });
      assert.deepEqual(sorted(found.urls), sorted(expected.urls), q);
      assert.equal(found.status, expected.status, q);
    }
    const common = await results(sharded, { q: "quoc phong" });
    assert.deepEqual(shardsOf(common.urls), [1, 2, 3], "results come from all three shards");
  });

  test("a filter narrows across shards as on the single index", async () => {
    const all = (await results(sharded, { q: "quoc phong" })).urls;
    // The partner whose articles spread over the most shards while not covering every result.
    const partner = [...new Set([...partnersOf.values()].flat())]
      .map((name) => ({ name, urls: all.filter((u) => partnersOf.get(u)?.includes(name)) }))
      .filter((p) => p.urls.length > 0 && p.urls.length < all.length)
      .sort((a, b) => shardsOf(b.urls).length - shardsOf(a.urls).length)[0];
    assert.ok(partner && shardsOf(partner.urls).length >= 2, "some partner has articles in two shards");
    const narrowed = await results(sharded, { q: "quoc phong", "doi-tac": partner.name });
    assert.deepEqual(sorted(narrowed.urls), sorted(partner.urls));
    assert.deepEqual(sorted(narrowed.urls), sorted((await results(single, { q: "quoc phong", "doi-tac": partner.name })).urls));
    // A filter alone, without a query, lists the same articles too.
    const filterOnly = await results(sharded, { "doi-tac": partner.name });
    assert.deepEqual(sorted(filterOnly.urls), sorted((await results(single, { "doi-tac": partner.name })).urls));
  });

  test("newest and oldest first hold across shards, undated last", async () => {
    for (const [order, direction] of [["moi-nhat", -1], ["cu-nhat", 1]] as const) {
      const found = (await results(sharded, { q: "quoc phong", "sap-xep": order })).urls;
      const expected = (await results(single, { q: "quoc phong", "sap-xep": order })).urls;
      assert.deepEqual(sorted(found), sorted(expected), order);
      assert.ok(shardsOf(found).length === SHARDS, order);
      const days = found.map((u) => dayOf.get(u)!);
      // Articles of the same day may come in either order; the days come in the same order.
      assert.deepEqual(days, expected.map((u) => dayOf.get(u)!), order);
      const dated = days.filter((d) => d > 0);
      assert.deepEqual(dated, [...dated].sort((a, b) => direction * (a - b)), order);
      assert.match(days.join(","), /^([1-9]\d*,?)*(0,?)*$/, `${order}: undated last`);
    }
  });

  test("the other shards are merged into the first's Pagefind: one pagefind.js and one WebAssembly, each shard's metadata", async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    try {
      await page.goto(`${sharded.server.url}tim-kiem/?${new URLSearchParams({ q: "quoc phong" })}`);
      await page.waitForSelector('#tim-kiem[data-state="done"]', { state: "attached", timeout: 15_000 });
    } finally {
      await page.close();
    }
    assert.deepEqual(requested.filter((p) => p.endsWith("/pagefind.js")), [`/${INDEX_FOLDER}/pagefind.js`]);
    assert.deepEqual(requested.filter((p) => p.endsWith(".pagefind")), [`/${INDEX_FOLDER}/wasm.unknown.pagefind`]);
    const metas = requested.filter((p) => p.endsWith(".pf_meta")).map((p) => p.replace(/[^/]*$/, ""));
    assert.deepEqual(metas.sort(), [`/${INDEX_FOLDER}/`, `/${INDEX_FOLDER}/shard-2/`, `/${INDEX_FOLDER}/shard-3/`]);
  });

  test("an unknown word finds nothing in any shard (no prefix fallback)", async () => {
    const unknown = await results(sharded, { q: "quocxyz" });
    assert.deepEqual(unknown.urls, []);
    assert.equal(unknown.status, "Không tìm thấy bài nào cho “quocxyz”.");
  });

  test("the sharded search works under --base-path", async () => {
    const found = await results(based, { q: "quoc phong" }, BASE);
    assert.deepEqual(sorted(found.urls), sorted((await results(sharded, { q: "quoc phong" })).urls));
  });

  test("no request failed, no page threw or logged an error", () => {
    assert.deepEqual(problems, []);
  });
});
