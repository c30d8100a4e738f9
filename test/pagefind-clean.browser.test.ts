/**
 * The published index is clean for anyone who uses Pagefind on our site, not only for our search
 * page: Pagefind's own default UI (pagefind-ui.js, shipped in the bundle) and its JavaScript API,
 * pointed at our pagefind/, show the articles' titles and text without the đ-aliases the index
 * holds, while "doi thoai" still finds "Đối thoại". Built from the seeds, in Chromium.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { build } from "../src/build.ts";
import { withoutDAliases } from "../src/search/fold.ts";
import { launchChromium } from "./helpers/chromium.ts";
import { serveStatic, type StaticServer } from "./helpers/static-server.ts";

/** A page that mounts Pagefind's default UI, as any site owner would (no script of ours). */
const UI_PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Pagefind UI</title>
<link rel="stylesheet" href="/pagefind/pagefind-ui.css"><script src="/pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div><script src="start.js"></script></body></html>`;
const UI_START = `new PagefindUI({ element: "#search", showSubResults: true, showImages: false });`;

/** Text holding an index alias ("Đối-Dối"): removing the aliases changes it. */
const aliased = (text: string) => withoutDAliases(text) !== text;

let work: string;
let site: string;
let server: StaticServer;
let browser: Browser;
/** The headline of every article page, as readers see it. */
const headlines: string[] = [];

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), "pagefind-clean-"));
  site = path.join(work, "site");
  await build({ contentDir: "content/raw", outDir: site, basePath: "/", siteUrl: null, strict: false });
  for (const slug of await readdir(path.join(site, "bai-viet"))) {
    const page = await readFile(path.join(site, "bai-viet", slug, "index.html"), "utf8");
    headlines.push(/<h1 data-pagefind-meta="title">([^<]*)<\/h1>/.exec(page)![1]!.replace(/&amp;/g, "&"));
  }
  await mkdir(path.join(site, "pagefind-ui-test"));
  await writeFile(path.join(site, "pagefind-ui-test", "index.html"), UI_PAGE);
  await writeFile(path.join(site, "pagefind-ui-test", "start.js"), UI_START);
  server = await serveStatic(site);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

interface RawResult {
  url: string;
  title: string;
  excerpt: string;
  content: string;
  subTitles: string[];
}

/** Searches with Pagefind's JavaScript API on a page of the site. */
async function rawSearch(page: Page, query: string): Promise<RawResult[]> {
  return page.evaluate(async ([q, script]) => {
    const pagefind = await import(script);
    const search = await pagefind.search(q);
    type Data = { url: string; meta: { title: string }; excerpt: string; content: string; sub_results: { title: string }[] };
    return Promise.all(
      search.results.map(async (r: { data(): Promise<Data> }) => {
        const d = await r.data();
        return { url: d.url, title: d.meta.title, excerpt: d.excerpt, content: d.content, subTitles: d.sub_results.map((s) => s.title) };
      }),
    );
  }, [query, "/pagefind/pagefind.js"] as const);
}

describe("Pagefind's own UI and API on our index", () => {
  test("the default UI lists clean titles and excerpts for “doi thoai”", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}pagefind-ui-test/`);
    await page.locator(".pagefind-ui__search-input").pressSequentially("doi thoai");
    await page.waitForSelector(".pagefind-ui__result-link", { timeout: 15_000 });
    await page.waitForFunction(() => document.querySelectorAll(".pagefind-ui__result-excerpt").length > 0);
    const titles = await page.$$eval(".pagefind-ui__result .pagefind-ui__result-title .pagefind-ui__result-link", (as) => as.map((a) => a.textContent!.trim()));
    const excerpts = await page.$$eval(".pagefind-ui__result-excerpt", (ps) => ps.map((p) => p.textContent!.trim()));
    assert.ok(titles.length >= 2, `results: ${titles.join(" | ")}`);
    for (const title of titles) assert.ok(headlines.includes(title), `“${title}” is an article's headline`);
    assert.ok(titles.some((t) => /Đối thoại/i.test(t)), "a title with Đối thoại is found by “doi thoai”");
    for (const text of [...titles, ...excerpts]) assert.ok(!aliased(text), `no alias in “${text}”`);
    assert.ok(excerpts.some((e) => /đối thoại/i.test(e)));
    await page.close();
  });

  test("the JavaScript API returns clean titles, excerpts and text, and d finds đ", async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const exact = await rawSearch(page, "Đối thoại");
    const typed = await rawSearch(page, "doi thoai");
    assert.ok(exact.length >= 2);
    assert.deepEqual(typed.map((r) => r.url).sort(), exact.map((r) => r.url).sort());
    for (const r of [...exact, ...typed]) {
      assert.ok(headlines.includes(r.title), r.title);
      for (const text of [r.title, r.excerpt, r.content, ...r.subTitles]) assert.ok(!aliased(text), `${r.url}: an alias in “${text.slice(0, 120)}”`);
    }
    assert.ok(typed.some((r) => /<mark>đối<\/mark>/i.test(r.excerpt)), "the excerpt marks the reader's word");
    await page.close();
  });

  test("“Google” finds nothing on our search page; Pagefind's API alone falls back to a prefix it knows", async (t) => {
    const page = await browser.newPage();
    await page.goto(server.url);
    // Pagefind answers a word it lacks with the longest indexed prefix of it ("gỡ" folds to "go");
    // this is upstream behaviour with no option to turn it off (see README, "Search").
    const raw = await rawSearch(page, "Google");
    t.diagnostic(`Pagefind's API for “Google”: ${raw.length} result(s)`);
    await page.goto(`${server.url}tim-kiem/?q=Google`);
    await page.waitForSelector('#tim-kiem[data-state="done"]', { state: "attached", timeout: 15_000 });
    assert.equal(await page.locator(".search-result").count(), 0);
    assert.equal(await page.textContent("#search-status"), "Không tìm thấy bài nào cho “Google”.");
    await page.close();
  });
});
