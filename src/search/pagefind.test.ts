/**
 * The search index stage on a handful of pages: with the default shard size it writes exactly the
 * index Pagefind writes on its own with the aliases taken out of its fragments (plus a manifest
 * listing no other shard); with a tiny shard size it writes one bundle per shard and lists them
 * in the manifest.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import { SearchIndexer } from "./pagefind.ts";
import { aliasHtmlForIndex } from "./fold.ts";
import { cleanBundle } from "./clean-index.ts";
import { recompressBundle } from "./recompress.ts";
import { pageUrl } from "./pages.ts";
import { INDEX_FOLDER, SHARD_MANIFEST, type ShardManifest } from "./shards.ts";
import { shardIdSuffix } from "./shard-ids.ts";
import { bundlePageIds } from "./delta.ts";

/** Short reports in the style of several outlets, as article pages the way the site marks them. */
const PAGES = [
  ["Thanh Niên", "Hải quân Việt Nam và Ấn Độ diễn tập tìm kiếm cứu nạn", "2023-03-10"],
  ["VOV", "Đoàn sĩ quan Lào thăm Học viện Quốc phòng", "2022-11-02"],
  ["Báo Biên phòng", "Tuần tra liên hợp trên tuyến biên giới Việt Nam - Campuchia", "2021-06-18"],
  ["VietnamPlus", "Đối thoại chính sách quốc phòng Việt Nam - Nhật Bản", "2024-01-25"],
  ["Nhân Dân", "Khắc phục hậu quả chiến tranh: hợp tác Việt Nam - Hoa Kỳ", "2020-09-07"],
].map(([outlet, title, date], i) => ({
  file: path.join("bai-viet", `bai-${i}`, "index.html"),
  html: `<!doctype html><html lang="vi"><head><title>${title}</title></head><body><nav>Trang chủ</nav>
<article data-pagefind-body><h1>${title}</h1><p>(${outlet}) Ngày ${date}, hai bên trao đổi về hợp tác quốc phòng, đào tạo và gìn giữ hòa bình.</p>
<div hidden><span data-pagefind-filter="outlet[data-value]" data-value="${outlet}"></span><span data-pagefind-sort="day[data-value]" data-value="${date!.replaceAll("-", "")}"></span></div></article></body></html>`,
}));

/** Every file under `dir` (relative path → bytes). */
async function files(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const entries = await Promise.all(names.map(async (e) => [path.relative(dir, path.join(e.parentPath, e.name)), await readFile(path.join(e.parentPath, e.name))] as const));
  return new Map(entries.sort(([a], [b]) => a.localeCompare(b)));
}

async function indexWithSearchIndexer(siteDir: string, pagesPerShard?: number) {
  const indexer = await SearchIndexer.start(siteDir, pagesPerShard === undefined ? {} : { pagesPerShard });
  // A page without data-pagefind-body is offered too, as the render offers every page.
  await indexer.add("index.html", "<!doctype html><html lang=\"vi\"><body><h1>Trang chủ</h1></body></html>");
  for (const page of PAGES) await indexer.add(page.file, page.html);
  return indexer.finish();
}

test("with the default shard size the index is Pagefind's own with clean fragments and denser metadata, plus a manifest of no other shard", async () => {
  const work = await mkdtemp(path.join(tmpdir(), "search-index-"));
  try {
    const ours = path.join(work, "ours");
    assert.deepEqual(await indexWithSearchIndexer(ours), { pages: PAGES.length, shards: 1 });

    const plain = path.join(work, "plain", INDEX_FOLDER);
    const { index } = await pagefind.createIndex({ forceLanguage: "vi" });
    for (const page of PAGES) await index!.addHTMLFile({ url: pageUrl(page.file), content: aliasHtmlForIndex(page.html) });
    await index!.writeFiles({ outputPath: plain });
    await pagefind.close();
    await cleanBundle(plain);
    await recompressBundle(plain);

    const ourFiles = await files(path.join(ours, INDEX_FOLDER));
    const manifest = ourFiles.get(SHARD_MANIFEST);
    assert.ok(manifest, "the manifest is written");
    assert.deepEqual(JSON.parse(manifest.toString()), { bundles: [], suffixes: [] } satisfies ShardManifest);
    ourFiles.delete(SHARD_MANIFEST);
    const plainFiles = await files(plain);
    assert.deepEqual([...ourFiles.keys()], [...plainFiles.keys()]);
    for (const [name, bytes] of plainFiles) assert.ok(bytes.equals(ourFiles.get(name)!), `${name} is the same`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

test("a tiny shard size writes one bundle per shard, each with its pages, and lists them", async () => {
  const work = await mkdtemp(path.join(tmpdir(), "search-shards-"));
  try {
    assert.deepEqual(await indexWithSearchIndexer(work, 2), { pages: PAGES.length, shards: 3 });
    const folder = path.join(work, INDEX_FOLDER);
    const manifest = JSON.parse(await readFile(path.join(folder, SHARD_MANIFEST), "utf8")) as ShardManifest;
    assert.deepEqual(manifest, { bundles: ["shard-2/", "shard-3/"], suffixes: ["-s2", "-s3"] });
    const counts = [];
    for (const [n, bundle] of ["", ...manifest.bundles].entries()) {
      const entry = JSON.parse(await readFile(path.join(folder, bundle, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
      counts.push(Object.values(entry.languages).reduce((p, l) => p + l.page_count, 0));
      assert.ok((await readdir(path.join(folder, bundle))).includes("pagefind.js"), `${bundle || "pagefind/"} is a whole bundle`);
      // Each page's result id, the name of its fragment, tells its shard (shard-ids.ts).
      const ids = [...(await bundlePageIds(path.join(folder, bundle))).values()];
      const inShard = (id: string) => (n === 0 ? !/-s\d+$/.test(id) : id.endsWith(shardIdSuffix(n + 1)));
      assert.ok(ids.length > 0 && ids.every(inShard), `${bundle || "pagefind/"}: ${ids.join(" ")}`);
    }
    assert.deepEqual(counts, [2, 2, 1]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

test("a full shard is written as soon as its last page is handed over, not when the next page comes", async () => {
  const work = await mkdtemp(path.join(tmpdir(), "search-shards-"));
  try {
    const indexer = await SearchIndexer.start(work, { pagesPerShard: 2 });
    for (const page of PAGES.slice(0, 2)) await indexer.add(page.file, page.html);
    // The render goes on with pages the index does not read (lists) while the shard is written.
    const entry = path.join(work, INDEX_FOLDER, "pagefind-entry.json");
    const written = async () => readFile(entry).then(() => true, () => false);
    for (let waited = 0; waited < 30_000 && !(await written()); waited += 100) await new Promise((wake) => setTimeout(wake, 100));
    assert.ok(await written(), "the first shard is written without another page");
    for (const page of PAGES.slice(2)) await indexer.add(page.file, page.html);
    assert.deepEqual(await indexer.finish(), { pages: PAGES.length, shards: 3 });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

test("a shard size below one page is refused", async () => {
  await assert.rejects(SearchIndexer.start(tmpdir(), { pagesPerShard: 0 }), /at least 1/);
});
