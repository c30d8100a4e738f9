/**
 * Hostile text in a real browser: the seeds plus an article full of script, handlers, frames and
 * javascript: links are built and served with the headers of the site's own `_headers` file, under
 * its base path. Chromium opens the article and searches for it; nothing may run (no dialog), the
 * Content-Security-Policy must not block anything the site itself needs, and the text reads as written.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { build, cacheDirFor } from "../src/build.ts";
import { launchChromium } from "./helpers/chromium.ts";
import { resolveFile } from "./helpers/static-server.ts";

const BASE = "/luu-tru/";

const TITLE = `Hội đàm "an ninh" #7: <img src=x onerror=alert('tiêu đề')> {{ site.name }}`;
const HOSTILE = [
  TITLE,
  "Thứ Năm, 16/5/2024 14:00",
  "(VietnamPlus) - Ngày 15/5, tại Hà Nội, đoàn đại biểu Bộ Quốc phòng Việt Nam và Singapore <script>alert('thân bài')</script> thảo luận hợp tác an ninh mạng.",
  'Hai bên <svg onload=alert(2)></svg> nhất trí lập nhóm công tác chung; xem <a href="javascript:alert(3)">tuyên bố</a> hoặc [bản đầy đủ](javascript:alert(4)).',
  '<iframe src="javascript:alert(5)"></iframe> Đoàn Singapore đánh giá cao năng lực tác chiến không gian mạng của Việt Nam.',
].join("\n");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
};

/** The rules of a `_headers` file, as static hosts read them. */
function parseHeaders(file: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of file.split("\n")) {
    if (line.startsWith("/")) rules.push({ pattern: line.trim(), headers: [] });
    else if (/^\s+\S/.test(line) && rules.length) {
      const [name, ...value] = line.trim().split(":");
      rules.at(-1)!.headers.push([name!, value.join(":").trim()]);
    }
  }
  return rules;
}

const matches = (pattern: string, urlPath: string): boolean =>
  pattern.endsWith("*") ? urlPath.startsWith(pattern.slice(0, -1)) : urlPath === pattern;

let root: string;
let content: string;
let server: http.Server;
let origin: string;
let browser: Browser;
const dialogs: string[] = [];
const violations: string[] = [];

before(async () => {
  root = await mkdtemp(path.join(tmpdir(), "badinput-browser-"));
  content = path.join(root, "raw");
  await cp("content/raw", content, { recursive: true });
  await writeFile(path.join(content, "doc-hai.txt"), HOSTILE);
  const site = path.join(root, "site");
  await build({ contentDir: content, outDir: site, basePath: BASE, siteUrl: null, strict: false });
  const rules = parseHeaders(await readFile(path.join(site, "_headers"), "utf8"));
  server = http.createServer(async (req, res) => {
    const urlPath = (req.url ?? "/").split("?")[0]!;
    const file = await resolveFile(site, BASE, req.url ?? "/");
    const headers: Record<string, string> = { "content-type": file ? TYPES[path.extname(file)] ?? "application/octet-stream" : "text/plain" };
    for (const rule of rules) if (matches(rule.pattern, urlPath)) for (const [name, value] of rule.headers) headers[name] = value;
    res.writeHead(file ? 200 : 404, headers);
    res.end(file ? await readFile(file) : "Not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await rm(cacheDirFor(content), { recursive: true, force: true });
  await rm(root, { recursive: true, force: true });
});

async function open(url: string): Promise<Page> {
  const page = await browser.newPage();
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on("console", (msg) => {
    if (/Content.Security.Policy/i.test(msg.text())) violations.push(msg.text());
  });
  page.on("pageerror", (error) => violations.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`Content-Security-Policy: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(url);
  assert.match(response?.headers()["content-security-policy"] ?? "", /script-src 'self' 'wasm-unsafe-eval'/, "served with the site's policy");
  return page;
}

test("the hostile article reads as written and runs nothing", async () => {
  const home = await open(`${origin}${BASE}`);
  const href = await home.getAttribute(`a:text-is(${JSON.stringify(TITLE)})`, "href");
  assert.ok(href, "the home page links the article by its literal title");
  const page = await open(new URL(href, `${origin}${BASE}`).href);
  assert.equal(await page.textContent("h1"), TITLE);
  const body = (await page.textContent("article .body")) ?? "";
  assert.ok(body.includes("<script>alert('thân bài')</script>"), "the script tag is text");
  assert.ok(body.includes('<a href="javascript:alert(3)">tuyên bố</a>'), "the HTML link is text");
  assert.equal(await page.locator("article .body a, article .body img, article .body svg, article .body iframe, article .body script").count(), 0);
  await page.waitForTimeout(300);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(violations, []);
});

test("searching for the hostile article shows its title as text, with search working under the policy", async () => {
  const page = await open(`${origin}${BASE}tim-kiem/?q=${encodeURIComponent("an ninh mạng Singapore")}`);
  await page.waitForSelector('#tim-kiem[data-state="done"]', { state: "attached", timeout: 20_000 });
  const titles = await page.$$eval(".search-result h2 a", (links) => links.map((a) => a.textContent));
  assert.ok(titles.includes(TITLE), `found by Pagefind (WebAssembly ran): ${JSON.stringify(titles)}`);
  assert.equal(await page.locator(".search-result img, .search-result svg, .search-result iframe").count(), 0);
  await page.waitForTimeout(300);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(violations, []);
});
