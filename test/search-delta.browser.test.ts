/**
 * The incremental search index in a real browser: an archive is built once, then edited over
 * several rebuilds (articles changed, added and deleted, a correction added), each rebuild writing
 * only a delta bundle and the list of stale main-bundle pages. The search page of that site must
 * answer as a fresh full build of the same content does: the same articles for queries, filters and
 * both date orders; nothing from a deleted article or from an article's old text. A rebuild with
 * --full compacts the index back into one bundle.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { appendFile, copyFile, mkdir, mkdtemp, readdir, readFile, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { build, type BuildReport } from "../src/build.ts";
import { listRawFiles } from "../src/ingest/index.ts";
import { generateArticle, generateCorpus } from "../src/bench/generate.ts";
import { INDEX_FOLDER, SHARD_MANIFEST, type ShardManifest } from "../src/search/shards.ts";
import { launchChromium } from "./helpers/chromium.ts";
import { serveStatic, type StaticServer } from "./helpers/static-server.ts";
import { searchPageResults } from "./helpers/search-page.ts";

const GENERATED = 40;
/** Words no generated article has, put into edited articles so queries can tell old text from new. */
const MARKS = ["zanzibarique", "quokkamandu", "xylofonique", "pelikanvu"];

let browser: Browser;
let work: string;
let content: string;
let incremental: { dir: string; server: StaticServer } | undefined;
let fresh: { dir: string; server: StaticServer } | undefined;
const reports: BuildReport[] = [];
const problems: string[] = [];

const buildInto = (out: string, full = false) => build({ contentDir: content, outDir: out, basePath: "/", siteUrl: null, strict: false, full });
const manifestOf = async (site: string) => JSON.parse(await readFile(path.join(site, INDEX_FOLDER, SHARD_MANIFEST), "utf8")) as ShardManifest;

/** The lead sentence of every generated article, where a marked word is sure to be article text. */
const LEAD = "đã hội đàm với";

/** Puts `word` into a raw file's lead sentence, the way a corrected re-scrape would change it. */
async function mark(file: string, word: string): Promise<void> {
  const text = await readFile(path.join(content, file), "utf8");
  assert.ok(text.includes(LEAD), file);
  await writeFile(path.join(content, file), text.replace(LEAD, `đã hội đàm về ${word} với`));
}

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), "search-delta-"));
  content = path.join(work, "content");
  await mkdir(content, { recursive: true });
  for (const file of await listRawFiles("content/raw")) await copyFile(path.join("content/raw", file), path.join(content, file.replaceAll("/", "_")));
  await generateCorpus(path.join(content, "generated"), GENERATED, 11);
  const site = path.join(work, "incremental");
  reports.push(await buildInto(site));
  const generated = (await listRawFiles(content)).filter((f) => f.startsWith("generated/"));

  // Rebuild 1: two articles change, one is added, one deleted.
  await mark(generated[3]!, MARKS[0]!);
  await mark(generated[7]!, MARKS[1]!);
  const added = generateArticle(11, 500);
  await mkdir(path.dirname(path.join(content, "generated", added.file)), { recursive: true });
  await writeFile(path.join(content, "generated", added.file), added.text.replace(LEAD, `đã hội đàm về ${MARKS[2]} với`));
  await unlink(path.join(content, generated[12]!));
  reports.push(await buildInto(site));

  // Rebuild 2: a changed article changes again (its first new word gone), another is deleted, a correction.
  const text = await readFile(path.join(content, generated[3]!), "utf8");
  await writeFile(path.join(content, generated[3]!), text.replace(MARKS[0]!, MARKS[3]!));
  await unlink(path.join(content, generated[20]!));
  await appendFile(path.join(work, "corrections.yaml"), `${JSON.stringify(generated[5]!.replace(/\.txt$/, ""))}:\n  location: Côn Đảo\n`);
  reports.push(await buildInto(site));

  // Rebuild 3: two more added, nothing else.
  for (const index of [501, 502]) {
    const article = generateArticle(11, index);
    await writeFile(path.join(content, "generated", article.file), article.text);
  }
  reports.push(await buildInto(site));

  const freshDir = path.join(work, "fresh");
  await buildInto(freshDir);
  incremental = { dir: site, server: await serveStatic(site) };
  fresh = { dir: freshDir, server: await serveStatic(freshDir) };
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await incremental?.server.close();
  await fresh?.server.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Opens the search page with URL parameters and returns every result's URL, "more" clicked to the end. */
async function results(site: { server: StaticServer }, params: Record<string, string>): Promise<{ urls: string[]; status: string }> {
  const { hrefs, metas, status } = await searchPageResults(browser, site.server.url, params, problems);
  return { urls: hrefs.map((h, i) => `${h.split("?")[0]} ${metas[i]!.split(" · ")[0]}`), status };
}

const sorted = (urls: readonly string[]) => [...urls].sort();
const dayOf = (entry: string) => entry.slice(entry.indexOf(" ") + 1);

describe("search over an index built incrementally", () => {
  test("each rebuild wrote a delta bundle and listed stale pages, without rebuilding the index", async () => {
    assert.equal(reports[0]!.incremental, false);
    for (const report of reports.slice(1)) assert.equal(report.incremental, true);
    const manifest = await manifestOf(incremental!.dir);
    assert.ok(manifest.delta && manifest.delta.pages.length >= 5, "changed, corrected and added articles are in the delta");
    assert.ok((manifest.superseded ?? []).length >= 4, "changed and deleted articles are hidden in the main bundle");
    const folders = (await readdir(path.join(incremental!.dir, INDEX_FOLDER))).filter((f) => f.startsWith("delta-"));
    assert.deepEqual(folders, [manifest.delta.bundle.replace(/\/$/, "")], "older delta bundles are gone");
    assert.equal((await manifestOf(fresh!.dir)).delta, undefined);
  });

  test("queries, filters and date orders find what a fresh full build finds", async () => {
    const queries: Record<string, string>[] = [
      { q: "quoc phong" },
      { q: "hợp tác" },
      { q: "Campuchia" },
      ...MARKS.map((q) => ({ q })),
      { q: "Côn Đảo" },
      { q: "quoc phong", "sap-xep": "moi-nhat" },
      { q: "quoc phong", "sap-xep": "cu-nhat" },
    ];
    for (const params of queries) {
      const [found, expected] = [await results(incremental!, params), await results(fresh!, params)];
      const label = JSON.stringify(params);
      assert.deepEqual(sorted(found.urls), sorted(expected.urls), label);
      assert.equal(found.status, expected.status, label);
      // In a date order, articles of the same day may come in either order; the days come in the same order.
      if (params["sap-xep"]) assert.deepEqual(found.urls.map(dayOf), expected.urls.map(dayOf), label);
    }
    assert.equal((await results(incremental!, { q: MARKS[0]! })).urls.length, 0, "an article's old text is not found");
    assert.equal((await results(incremental!, { q: MARKS[3]! })).urls.length, 1, "its new text is");
    assert.equal((await results(incremental!, { q: MARKS[2]! })).urls.length, 1, "an added article is found");
  });

  test("a filter alone lists what the fresh build lists", async () => {
    const partners = [...(await readFile(path.join(fresh!.dir, "tim-kiem", "index.html"), "utf8")).matchAll(/<option>([^<]+)<\/option>/g)].map((m) => m[1]!).slice(0, 3);
    assert.ok(partners.length > 0);
    for (const partner of partners) {
      const [found, expected] = [await results(incremental!, { "doi-tac": partner }), await results(fresh!, { "doi-tac": partner })];
      assert.deepEqual(sorted(found.urls), sorted(expected.urls), partner);
    }
  });

  test("--full compacts the index into one bundle that answers the same", async () => {
    const report = await buildInto(incremental!.dir, true);
    assert.equal(report.incremental, false);
    const manifest = await manifestOf(incremental!.dir);
    assert.equal(manifest.delta, undefined);
    assert.equal(manifest.superseded, undefined);
    for (const q of ["quoc phong", MARKS[3]!]) {
      assert.deepEqual(sorted((await results(incremental!, { q })).urls), sorted((await results(fresh!, { q })).urls), q);
    }
  });

  test("no request failed, no page threw or logged an error", () => {
    assert.deepEqual(problems, []);
  });
});
