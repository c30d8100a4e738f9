/**
 * Browser test over a build of content/raw (playwright-core driving Debian's Chromium): walks
 * home → article → person → partner → series → back and checks what each page shows; checks the
 * skip link and focus, 320 px without sideways scrolling, dark scheme, print, no other hosts; saves
 * screenshots of each page kind at 375 px and 1440 px under test/artifacts/ (not committed).
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { build } from "../src/build.ts";
import { launchChromium } from "./helpers/chromium.ts";
import { serveStatic, type StaticServer } from "./helpers/static-server.ts";

const ARTIFACTS = path.resolve("test/artifacts");
const VIETNAMESE_DATE = /^(?:(?:Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d{1,2}\/\d{1,2}\/\d{4}|Chưa rõ ngày)$/;

let tmp: string;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
/** Hosts the pages asked for anything from. */
const hosts = new Set<string>();
/** Page kind → site path, filled in by the walk, for the screenshots. */
const visited = new Map<string, string>();

before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "site-browser-"));
  const out = path.join(tmp, "site");
  await build({ contentDir: "content/raw", outDir: out, basePath: "/", siteUrl: null, strict: false, recordPermalinks: false });
  server = await serveStatic(out, "/");
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.on("request", (req) => hosts.add(new URL(req.url()).host));
});

after(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  await rm(tmp, { recursive: true, force: true });
});

const sitePath = (page: Page): string => new URL(page.url()).pathname;
const text = async (page: Page | Locator, selector: string): Promise<string> => ((await page.locator(selector).first().textContent()) ?? "").replace(/\s+/g, " ").trim();

/** Opens each article of the home page until one has participants and an event series. */
async function findRichArticle(page: Page): Promise<string> {
  const links = await page.locator(".article-item-title a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href")!));
  for (const href of links) {
    await page.goto(server.url + href.replace(/^\//, ""));
    const people = await page.locator(".participants a").count();
    const series = await page.locator('.facts a[href*="/chuoi-su-kien/"]').count();
    if (people > 0 && series > 0) return href;
  }
  throw new Error("no article of content/raw has both participants and an event series");
}

test("walk: home → article → person → partner → series → back", async () => {
  const page = await context.newPage();

  // Home: title, timeline, newest first with Vietnamese dates.
  await page.goto(server.url);
  visited.set("home", "/");
  assert.equal(await page.getAttribute("html", "lang"), "vi");
  assert.match(await text(page, "h1"), /Lưu trữ/);
  const chart = page.locator("svg.timeline-chart[role=img]");
  assert.equal(await chart.count(), 1, "one timeline chart");
  assert.match(await chart.evaluate((svg) => svg.querySelector("title")?.textContent ?? ""), /theo năm/);
  assert.ok((await page.locator(".timeline table tbody tr").count()) >= 1, "the chart's numbers as a table");
  const dates = await page.locator(".article-item .meta time, .article-item .meta > span:first-child").allTextContents();
  assert.ok(dates.length >= 1);
  for (const d of dates) assert.match(d.trim(), VIETNAMESE_DATE);
  const isoDates = await page.locator(".article-item time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")!));
  assert.deepEqual(isoDates, [...isoDates].sort().reverse(), "newest first");

  // Article: headline, facts, participants with titles, body, JSON-LD.
  const articleUrl = await findRichArticle(page);
  await page.goto(server.url);
  await page.locator(`.article-item-title a[href="${articleUrl}"]`).click();
  assert.equal(sitePath(page), articleUrl, "followed the link from the home page");
  visited.set("article", articleUrl);
  const headline = await text(page, "h1");
  assert.ok(headline.length > 5);
  assert.equal(await page.locator("[data-pagefind-body]").count(), 1);
  assert.match(await text(page, ".facts dd"), VIETNAMESE_DATE);
  assert.ok((await page.locator(".body p").count()) >= 2, "the article text");
  const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
  const news = ld.map((s) => JSON.parse(s)).find((j) => j["@type"] === "NewsArticle");
  assert.equal(news.headline, headline);
  assert.ok(news.mentions.length >= 1);
  const firstPerson = page.locator(".participants li").first();
  const personName = (await firstPerson.locator("a").textContent())!.trim();
  const titleThen = ((await firstPerson.locator(".role").textContent()) ?? "").replace(/^,\s*/, "").trim();
  const seriesName = (await page.locator('.facts a[href*="/chuoi-su-kien/"]').textContent())!.trim();

  // Person: every article with the title held then, in date order.
  await firstPerson.locator("a").click();
  visited.set("person", sitePath(page));
  assert.match(sitePath(page), /^\/nhan-vat\/[a-z0-9-]+\/$/);
  assert.match(await text(page, "h1"), new RegExp(personName));
  const item = page.locator(".appearances .article-item", { has: page.locator(`a[href="${articleUrl}"]`) });
  assert.equal(await item.count(), 1, "the person page lists the article we came from");
  if (titleThen) assert.equal(await text(item, ".role-then").then((t) => t.replace(/^Chức vụ khi đó:\s*/, "")), titleThen);
  const personDates = await page.locator(".appearances time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")!));
  assert.deepEqual(personDates, [...personDates].sort(), "oldest first");

  // Partner: its articles, its timeline, the people met.
  const partnerLink = item.locator(".partners a").first();
  const partnerName = (await partnerLink.textContent())!.trim();
  await partnerLink.click();
  visited.set("partner", sitePath(page));
  assert.match(sitePath(page), /^\/doi-tac\/[a-z0-9-]+\/$/);
  assert.match(await text(page, "h1"), new RegExp(partnerName));
  assert.equal(await page.locator("svg.timeline-chart").count(), 1);
  assert.ok(await page.locator(".people-met a", { hasText: personName }).count(), "people met include the person");
  assert.equal(await page.locator(`.article-item-title a[href="${articleUrl}"]`).count(), 1);

  // Series, reached from the article: sessions in order, missing numbers named.
  await page.locator(`.article-item-title a[href="${articleUrl}"]`).click();
  assert.equal(sitePath(page), articleUrl);
  await page.locator('.facts a[href*="/chuoi-su-kien/"]').click();
  visited.set("series", sitePath(page));
  assert.match(sitePath(page), /^\/chuoi-su-kien\/[a-z0-9-]+\/$/);
  const seriesHeading = await text(page, "h1");
  assert.ok(seriesName.startsWith(seriesHeading.replace(/^Chuỗi sự kiện\s*/, "").slice(0, 20)), `${seriesName} / ${seriesHeading}`);
  const ordinals = await page.locator(".sessions > li").evaluateAll((lis) => lis.map((li) => Number(li.getAttribute("value"))));
  assert.deepEqual(ordinals, [...ordinals].sort((a, b) => a - b), "sessions in order of number");
  if (ordinals.length && ordinals.at(-1)! > ordinals.length) assert.match(await text(page, ".missing"), /Chưa có trong lưu trữ: lần thứ \d/);
  assert.ok(await page.locator(`.sessions a[href="${articleUrl}"], section a[href="${articleUrl}"]`).count(), "the series lists the article");

  // Back: history returns to the article, then the partner page.
  await page.goBack();
  assert.equal(sitePath(page), articleUrl);
  assert.equal(await text(page, "h1"), headline);
  await page.goBack();
  assert.equal(sitePath(page), visited.get("partner"));
  await page.close();
});

test("review page: an article's raw text loads when opened, removed lines struck through with their reason", async () => {
  const page = await context.newPage();
  await page.goto(`${server.url}bien-tap/`);
  // An article with removed lines (the summary counts them).
  const entry = page.locator("details[data-review-text]").filter({ hasText: /\((?!0 )\d+ dòng bị loại/ }).first();
  assert.equal(await entry.locator("ol.raw li").count(), 0, "nothing loaded before it is opened");
  await entry.locator("summary").click();
  await entry.locator("ol.raw li").first().waitFor();
  assert.ok((await entry.locator("ol.raw li").count()) > 3);
  const removed = entry.locator("ol.raw li.removed").first();
  assert.ok((await removed.locator("del").count()) === 1, "a removed line is struck through");
  assert.match(await text(removed, ".reason"), /^bị loại: \S/);
  // A link to an article's section opens its raw text at once.
  const anchor = await page.locator("section.review-entry").nth(1).getAttribute("id");
  await page.goto(`${server.url}bien-tap/#${anchor}`);
  await page.locator(`[id="${anchor}"] ol.raw li`).first().waitFor();
  await page.close();
});

test("keyboard: the skip link comes first, is visible when focused and moves focus to the content", async () => {
  const page = await context.newPage();
  await page.goto(server.url);
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const r = el.getBoundingClientRect();
    return { text: el.textContent, top: r.top, outline: getComputedStyle(el).outlineStyle };
  });
  assert.equal(focused.text, "Chuyển đến nội dung chính");
  assert.ok(focused.top >= 0, "on screen");
  assert.notEqual(focused.outline, "none", "visible focus");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "noi-dung");
  await page.keyboard.press("Tab");
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle), "none");
  await page.close();
});

test("pages fit 320 px, follow the dark scheme, print without navigation, fetch nothing from other hosts", async () => {
  const paths = [...new Set(visited.values())];
  assert.ok(paths.length >= 4, "the walk ran first");
  const narrow = await browser.newContext({ viewport: { width: 320, height: 640 }, colorScheme: "dark" });
  narrow.on("request", (req) => hosts.add(new URL(req.url()).host));
  const page = await narrow.newPage();
  for (const p of paths) {
    await page.goto(server.url + p.replace(/^\//, ""));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `${p} is ${width}px wide at 320px`);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number) as [number, number, number];
    assert.ok(r + g + b < 150, `${p} dark background, got ${bg}`);
  }
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".site-nav").evaluate((el) => getComputedStyle(el).display), "none");
  await narrow.close();
  assert.deepEqual([...hosts].filter((h) => !h.startsWith("127.0.0.1")), []);
});

test("screenshots of each page kind at 375 px and 1440 px", async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  const kinds = new Map(visited);
  kinds.set("partners", "/doi-tac/");
  kinds.set("people", "/nhan-vat/");
  kinds.set("series-index", "/chuoi-su-kien/");
  kinds.set("outlets", "/co-quan-bao-chi/");
  kinds.set("archive", "/luu-tru/");
  kinds.set("not-found", "/khong-co-trang-nay/");
  const page = await context.newPage();
  await page.goto(server.url + "luu-tru/");
  const year = await page.locator(".years h2 a").first().getAttribute("href");
  const month = await page.locator(".months a").first().getAttribute("href");
  if (year) kinds.set("year", year);
  if (month) kinds.set("month", month);
  for (const width of [375, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [kind, p] of kinds) {
      const response = await page.goto(server.url + p.replace(/^\//, ""));
      assert.equal(response?.status(), kind === "not-found" ? 404 : 200, p);
      const file = path.join(ARTIFACTS, `${kind}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
    }
  }
  await page.close();
});
