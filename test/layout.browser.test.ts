/**
 * Layout on a phone (390 px) and a desktop (1280 px) in Chromium: the search page keeps its
 * filters behind "Lọc và sắp xếp" on a phone (open when the URL sets one, open on a desktop) so
 * results start on the first screen; the home page's timeline over 1995–2026 keeps its labels at
 * their size, scrolling sideways instead of shrinking, and no page scrolls sideways as a whole.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { buildSiteModel } from "../src/site/model.ts";
import { renderSite } from "../src/render/eleventy.ts";
import { textsOfInputs } from "../src/render/page-texts.ts";
import { indexSite } from "../src/search/pagefind.ts";
import { fixtureArticles } from "./fixtures/site-articles.ts";
import { launchChromium } from "./helpers/chromium.ts";
import { serveStatic, type StaticServer } from "./helpers/static-server.ts";

/** The label size the chart is drawn with (site.css .tl-label), in CSS pixels. */
const LABEL_PX = 12;
const SCREENS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;

let tmp: string;
let server: StaticServer;
let browser: Browser;

before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "layout-"));
  const articles = fixtureArticles();
  // Stretch the archive over 1995–2026, as an old outlet's archive would be.
  for (const [i, date] of [[0, "1995-04-02"], [1, "2026-01-15"]] as const) articles[i]!.frontMatter.date = date;
  await renderSite({ outDir: tmp, model: buildSiteModel(articles), texts: textsOfInputs(articles), review: { entries: [], skipped: [] }, basePath: "/", siteUrl: null });
  await indexSite(tmp);
  server = await serveStatic(tmp);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

async function open(screen: keyof typeof SCREENS, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: SCREENS[screen] });
  await page.goto(`${server.url}${url}`);
  return page;
}

/** The page is no wider than the screen (only inner regions may scroll sideways). */
const noSidewaysPage = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe("layout at 390 and 1280 px", () => {
  for (const screen of ["phone", "desktop"] as const) {
    test(`${screen}: the home timeline over 1995–2026 keeps ${LABEL_PX}px labels and scrolls sideways when it must`, async () => {
      const page = await open(screen, "");
      const chart = await page.$eval("#tl-home-title", (title) => {
        const svg = title.closest("svg")!;
        const scroller = svg.closest(".chart-scroll")!;
        const labels = Array.from(svg.querySelectorAll(".tl-label")).map((t) => (t as SVGTextElement).getBoundingClientRect().height);
        return {
          scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width,
          font: parseFloat(getComputedStyle(svg.querySelector(".tl-label")!).fontSize),
          labels,
          years: Array.from(svg.querySelectorAll(".tl-label")).map((t) => t.textContent).filter((t) => /^\d{4}$/.test(t ?? "")),
          scrolls: scroller.scrollWidth > scroller.clientWidth,
          newestInView: (() => {
            const newest = Array.from(svg.querySelectorAll(".tl-label")).find((t) => t.textContent === "2026")!.getBoundingClientRect();
            const view = scroller.getBoundingClientRect();
            return newest.left >= view.left && newest.right <= view.right;
          })(),
          focusable: scroller.getAttribute("tabindex") === "0",
        };
      });
      assert.equal(chart.font, LABEL_PX);
      assert.ok(chart.scale >= 0.999, `drawn at ${chart.scale.toFixed(2)} of its size, not shrunk`);
      assert.ok(Math.min(...chart.labels) >= LABEL_PX * 0.9, `labels ${Math.min(...chart.labels)}px high`);
      assert.deepEqual(chart.years, Array.from({ length: 32 }, (_, i) => String(1995 + i)), "every year is labelled");
      assert.ok(chart.scrolls, "32 years do not fit the column: the chart scrolls");
      assert.ok(chart.focusable, "the scrolling region can be scrolled by keyboard");
      assert.ok(chart.newestInView, "it opens at the newest years");
      assert.ok(await noSidewaysPage(page));
      await page.close();
    });
  }

  test("desktop: a chart of few years fills its column without shrinking", async () => {
    const page = await open("desktop", "doi-tac/an-do/");
    const chart = await page.$eval("#tl-partner-title", (title) => {
      const svg = title.closest("svg")!;
      return { scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width, fill: svg.getBoundingClientRect().width / svg.closest(".chart-scroll")!.clientWidth };
    });
    assert.ok(chart.scale >= 1 && chart.fill > 0.99, JSON.stringify(chart));
    await page.close();
  });

  test("phone: the filters are closed behind “Lọc và sắp xếp” and the results start on the first screen", async () => {
    const page = await open("phone", "tim-kiem/?q=quoc+phong");
    await page.waitForSelector('#tim-kiem[data-state="done"]', { state: "attached", timeout: 15_000 });
    assert.equal(await page.textContent("#search-options summary").then((t) => t?.trim()), "Lọc và sắp xếp");
    assert.equal(await page.$eval("#search-options", (d) => (d as HTMLDetailsElement).open), false);
    assert.ok(await page.isHidden("#loc-doi-tac"), "the filters are hidden");
    const firstResult = await page.$eval(".search-result", (li) => li.getBoundingClientRect().top);
    assert.ok(firstResult < SCREENS.phone.height, `the first result starts at ${Math.round(firstResult)}px`);
    // Opening it shows every filter, usable at this width.
    await page.click("#search-options summary");
    assert.ok(await page.isVisible("#loc-doi-tac"));
    assert.ok(await noSidewaysPage(page));
    await page.close();
  });

  test("phone: a filter set in the URL opens the disclosure and is counted in its label", async () => {
    const page = await open("phone", `tim-kiem/?q=quoc+phong&doi-tac=${encodeURIComponent("Lào")}`);
    await page.waitForSelector('#tim-kiem[data-state="done"]', { state: "attached", timeout: 15_000 });
    assert.equal(await page.$eval("#search-options", (d) => (d as HTMLDetailsElement).open), true);
    assert.equal(await page.inputValue("#loc-doi-tac"), "Lào");
    assert.match((await page.textContent("#search-options summary")) ?? "", /Lọc và sắp xếp\s+\(1 đang chọn\)/);
    await page.close();
  });

  test("desktop: the filters are open", async () => {
    const page = await open("desktop", "tim-kiem/?q=quoc+phong");
    await page.waitForSelector('#tim-kiem[data-state="done"]', { state: "attached", timeout: 15_000 });
    assert.equal(await page.$eval("#search-options", (d) => (d as HTMLDetailsElement).open), true);
    assert.ok(await page.isVisible("#loc-doi-tac"));
    await page.close();
  });
});
