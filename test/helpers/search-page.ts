/** Reads the site's search page in Chromium the way a reader does, for the search browser tests. */
import type { Browser, Page } from "playwright-core";

/** Every result the search page shows, "more" clicked to the end: each link and its meta line, and the status line. */
export interface ShownResults {
  hrefs: string[];
  metas: string[];
  status: string;
}

/**
 * Opens `/tim-kiem/?params` on the site served at `siteUrl` and reads every result. Page errors,
 * failed requests (a browser's own favicon request aside) and console errors go into `problems`.
 */
export async function searchPageResults(browser: Browser, siteUrl: string, params: Record<string, string>, problems: string[]): Promise<ShownResults> {
  const page: Page = await browser.newPage();
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on("console", (msg) => {
    if (msg.type() === "error" && !msg.text().startsWith("Failed to load resource")) problems.push(`console: ${msg.text()}`);
  });
  try {
    await page.goto(`${siteUrl}tim-kiem/?${new URLSearchParams(params)}`);
    await page.waitForSelector('#tim-kiem[data-state="done"]', { state: "attached", timeout: 15_000 });
    while (await page.isVisible("#search-more")) {
      const n = await page.locator(".search-result").count();
      await page.click("#search-more");
      await page.waitForFunction((count) => document.querySelectorAll(".search-result").length > count, n);
    }
    const hrefs = await page.$$eval(".search-result h2 a", (links) => links.map((a) => a.getAttribute("href")!));
    const metas = await page.$$eval(".search-result .meta", (nodes) => nodes.map((m) => m.textContent ?? ""));
    return { hrefs, metas, status: (await page.textContent("#search-status")) ?? "" };
  } finally {
    await page.close();
  }
}
