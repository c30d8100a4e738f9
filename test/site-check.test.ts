/**
 * Checks over the built site: valid HTML on every page, no broken internal link under a sub-path,
 * no axe-core violations (WCAG 2.1 A/AA and best practices) on every page kind in light and dark
 * schemes, safe JSON-LD, canonical and social tags, feed, sitemap and robots.txt.
 * Two builds: the made-up fixture archive (every page kind, pagination, a series with gaps) and
 * the seeds in content/raw, both under --base-path /luu-tru/.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { HtmlValidate } from "html-validate";
import type { Browser } from "playwright-core";
import { build } from "../src/build.ts";
import { buildSiteModel } from "../src/site/model.ts";
import { renderSite } from "../src/render/eleventy.ts";
import { textsOfInputs } from "../src/render/page-texts.ts";
import { fixtureArticles } from "./fixtures/site-articles.ts";
import { fileUrl, linkTarget, listFiles, pageLinks, readText } from "./helpers/site-files.ts";
import { serveStatic, type StaticServer } from "./helpers/static-server.ts";
import { launchChromium } from "./helpers/chromium.ts";

const BASE = "/luu-tru/";
const SITE_URL = "https://example.org/";

/** One page of each kind in the fixture build (paths relative to the site root). */
const PAGE_KINDS: Record<string, string> = {
  home: "",
  homeOlder: "trang/1/",
  article: "bai-viet/doi-thoai-chinh-sach-quoc-phong-viet-nam-an-do-lan-thu-4/",
  person: "nhan-vat/hoang-xuan-chien/",
  partner: "doi-tac/an-do/",
  series: "chuoi-su-kien/doi-thoai-chinh-sach-quoc-phong-viet-nam-an-do/",
  outlet: "co-quan-bao-chi/vov/",
  partners: "doi-tac/",
  people: "nhan-vat/",
  seriesIndex: "chuoi-su-kien/",
  outlets: "co-quan-bao-chi/",
  archive: "luu-tru/",
  year: "luu-tru/2024/",
  month: "luu-tru/2024/06/",
  notFound: "404.html",
};

/** Pages other engineers own, checked by axe when the build has them. */
const OTHER_PAGES: Record<string, string> = { search: "tim-kiem/", review: "bien-tap/", openData: "du-lieu/" };

const htmlValidate = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // Long Vietnamese titles in attributes are fine; the rest of the recommended set applies.
    "long-title": "off",
    // Lowercase <!doctype html> is as valid as uppercase.
    "doctype-style": "off",
    // ARIA lets any element whose role can be named carry aria-label (e.g. a labelled list of results).
    "aria-label-misuse": ["error", { allowAnyNamable: true }],
  },
});

let tmp: string;
let fixtureDir: string;
let seedDir: string;

before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "site-check-"));
  fixtureDir = path.join(tmp, "fixture");
  seedDir = path.join(tmp, "seeds");
  const articles = fixtureArticles();
  await renderSite({
    outDir: fixtureDir,
    model: buildSiteModel(articles),
    texts: textsOfInputs(articles),
    review: { entries: [], skipped: [] },
    basePath: BASE,
    siteUrl: SITE_URL,
  });
  await build({ contentDir: "content/raw", outDir: seedDir, basePath: BASE, siteUrl: SITE_URL, strict: false, recordPermalinks: false });
});

after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function htmlFiles(root: string): Promise<string[]> {
  return (await listFiles(root)).filter((f) => f.endsWith(".html") && !f.startsWith("pagefind/"));
}

for (const [name, dir] of [["fixture", () => fixtureDir], ["seeds", () => seedDir]] as const) {
  describe(`${name} build`, () => {
    test("every HTML page is valid", async () => {
      const failures: string[] = [];
      for (const file of await htmlFiles(dir())) {
        const report = await htmlValidate.validateString(await readText(dir(), file), file);
        for (const r of report.results) for (const m of r.messages) failures.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
      assert.deepEqual(failures.slice(0, 20), []);
    });

    test("no internal link is broken under the base path", async () => {
      const broken: string[] = [];
      for (const file of await htmlFiles(dir())) {
        const pageUrl = fileUrl(BASE, file);
        for (const link of pageLinks(await readText(dir(), file))) {
          // Pagefind's files exist only after indexing, which the fixture build skips.
          if (name === "fixture" && link.startsWith(`${BASE}pagefind/`)) continue;
          if (link.startsWith(SITE_URL)) continue;
          if ((await linkTarget(dir(), BASE, pageUrl, link)) === null) broken.push(`${file} → ${link}`);
        }
      }
      assert.deepEqual(broken.slice(0, 20), []);
    });

    test("pages carry lang, canonical, OpenGraph and one h1", async () => {
      for (const file of await htmlFiles(dir())) {
        const html = await readText(dir(), file);
        assert.match(html, /<html lang="vi">/, file);
        assert.equal(html.match(/<h1[\s>]/g)?.length, 1, `${file}: one h1`);
        if (/name="robots" content="noindex/.test(html)) continue;
        assert.match(html, new RegExp(`<link rel="canonical" href="${SITE_URL}luu-tru/`), file);
        assert.match(html, /<meta property="og:title" content="[^"]+">/, file);
      }
    });

    test("feed, sitemap and robots.txt use absolute URLs under the base path", async () => {
      const feed = await readText(dir(), "feed.xml");
      assert.match(feed, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
      assert.match(feed, new RegExp(`<link href="${SITE_URL}luu-tru/bai-viet/[^"]+/" />`));
      const sitemap = await readText(dir(), "sitemap.xml");
      assert.match(sitemap, new RegExp(`<loc>${SITE_URL}luu-tru/</loc>`));
      assert.doesNotMatch(sitemap, /404\.html|bien-tap/);
      // Every indexable page is listed, including every page of paginated templates.
      const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
      const missing: string[] = [];
      for (const file of await htmlFiles(dir())) {
        if (file === "404.html" || /name="robots" content="noindex/.test(await readText(dir(), file))) continue;
        const url = SITE_URL + fileUrl(BASE, file).slice(1);
        if (!listed.has(url)) missing.push(url);
      }
      assert.deepEqual(missing, [], "pages missing from the sitemap");
      const robots = await readText(dir(), "robots.txt");
      assert.match(robots, new RegExp(`Sitemap: ${SITE_URL}luu-tru/sitemap.xml`));
    });
  });
}

describe("structured data", () => {
  test("articles carry NewsArticle and BreadcrumbList JSON-LD with the right fields", async () => {
    const html = await readText(fixtureDir, `${PAGE_KINDS.article}index.html`);
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));
    const news = blocks.find((b) => b["@type"] === "NewsArticle");
    assert.ok(news, "NewsArticle present");
    assert.equal(news.headline, "Đối thoại Chính sách quốc phòng Việt Nam - Ấn Độ lần thứ 4");
    assert.equal(news.datePublished, "2024-06-18");
    assert.deepEqual(news.about.map((p: { name: string }) => p.name), ["Ấn Độ"]);
    assert.deepEqual(news.mentions.map((p: { name: string }) => p.name), ["Hoàng Xuân Chiến", "Giridhar Aramane"]);
    assert.equal(news.publisher.name, "Báo Quân đội nhân dân");
    const crumbs = blocks.find((b) => b["@type"] === "BreadcrumbList");
    assert.deepEqual(crumbs.itemListElement.map((c: { name: string }) => c.name), ["Trang chủ", "Lưu trữ", "2024", "Tháng 6", news.headline]);
    assert.equal(crumbs.itemListElement[0].item, `${SITE_URL}luu-tru/`);
  });

  test("scraped text stays text: no raw <script> from an article, JSON-LD escapes '<'", async () => {
    const pages = (await htmlFiles(fixtureDir)).filter((f) => f.startsWith("bai-viet/doi-thoai-quoc-phong-viet-lao"));
    assert.equal(pages.length, 2, "colliding titles get two pages");
    for (const page of pages) {
      const html = await readText(fixtureDir, page);
      assert.doesNotMatch(html, /<script>alert/);
      for (const m of html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)) assert.doesNotMatch(m[1]!, /</);
    }
    const texts = await Promise.all(pages.map((page) => readText(fixtureDir, page)));
    assert.ok(texts.some((html) => html.includes("{{ site.name }} {% raw %}")), "template syntax in an article is printed, not run");
    assert.ok(texts.some((html) => html.includes("&lt;script&gt;alert(1)&lt;/script&gt;")), "markup in an article is escaped");
  });

  test("list pages are not indexed by Pagefind; article pages are, once", async () => {
    for (const [kind, page] of Object.entries(PAGE_KINDS)) {
      const html = await readText(fixtureDir, page.endsWith(".html") ? page : `${page}index.html`);
      const count = html.match(/data-pagefind-body/g)?.length ?? 0;
      assert.equal(count, kind === "article" ? 1 : 0, kind);
    }
  });
});

describe("accessibility (axe-core in Chromium)", () => {
  let browser: Browser;
  let server: StaticServer;
  const axeSource = readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

  before(async () => {
    browser = await launchChromium();
    server = await serveStatic(fixtureDir, BASE);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test("every page kind fits a 320 px screen without sideways scrolling", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const [kind, url] of Object.entries(PAGE_KINDS)) {
      await page.goto(server.url + url);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${kind}: ${width}px`);
    }
    await context.close();
    assert.deepEqual(wide, []);
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`no violations on any page kind (${scheme} scheme)`, async () => {
      const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const problems: string[] = [];
      const others = Object.entries(OTHER_PAGES).filter(([, url]) => existsSync(path.join(fixtureDir, url, "index.html")));
      for (const [kind, url] of [...Object.entries(PAGE_KINDS), ...others]) {
        await page.goto(server.url + url);
        // Open the chart's data table so its contrast and structure are checked too.
        await page.evaluate(() => document.querySelectorAll("details").forEach((d) => d.setAttribute("open", "")));
        await page.addScriptTag({ content: await axeSource });
        const result = await page.evaluate(() =>
          (window as unknown as { axe: { run(o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({
            runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
          }),
        );
        for (const v of result.violations) problems.push(`${kind}: ${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      }
      await context.close();
      assert.deepEqual(problems, []);
    });
  }
});
