/**
 * `npm start` end to end: serve a copy of the archive, drop a new raw article into it while a
 * browser is open, and see the browser reload, the article's page and its search result.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { freePort } from "../src/bench/edits.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** A new article as a Báo Biên phòng page would be scraped: site furniture, headline, dateline, body, byline, related links. */
const NEW_ID = "bien-phong/2023/tuan-tra-song-phuong-savannakhet";
const NEW_WORD = "Savannakhet";
const NEW_ARTICLE = `Báo Biên phòng - Cơ quan của Bộ đội Biên phòng Việt Nam
Trang chủ
Thời sự
Quốc phòng - An ninh
Biên giới - Biển đảo
Đăng nhập
Thứ Năm, 12/10/2023 - 15:20
Biên phòng Quảng Trị và lực lượng bảo vệ biên giới tỉnh Savannakhet tuần tra song phương
(Biên phòng) - Ngày 11/10/2023, tại khu vực cửa khẩu quốc tế Lao Bảo, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị phối hợp với Bộ Chỉ huy Quân sự tỉnh Savannakhet (Lào) tổ chức tuần tra song phương lần thứ 12 trên tuyến biên giới Việt Nam - Lào.
Tham gia tuần tra có Đại tá Trần Minh Khôi, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Quảng Trị và Đại tá Bua Khăm Phết-xa-vẳn, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Savannakhet.
Trong 2 ngày, các lực lượng đã tuần tra gần 20 km đường biên, kiểm tra hệ thống mốc quốc giới, trao đổi tình hình an ninh trật tự và thống nhất biện pháp phòng, chống buôn lậu, xuất nhập cảnh trái phép qua biên giới.
Phát biểu tại buổi tổng kết, Đại tá Trần Minh Khôi khẳng định hoạt động tuần tra song phương góp phần xây dựng đường biên giới Việt Nam - Lào hòa bình, hữu nghị, hợp tác và phát triển.
Lực lượng hai bên tuần tra song phương trên tuyến biên giới. Ảnh: Hồng Nhung
Hồng Nhung
Tin liên quan
Biên phòng Hà Tĩnh giao lưu hữu nghị với lực lượng bảo vệ biên giới tỉnh Bolikhamxay
Trao tặng nhà tình nghĩa cho gia đình chính sách tại huyện Hướng Hóa
Bản quyền thuộc về Báo Biên phòng. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
`;

/** Collects a child's output and waits for lines matching a pattern after a given point. */
function watchOutput(child: ChildProcess) {
  let text = "";
  const waiters: (() => void)[] = [];
  const onData = (chunk: Buffer) => {
    text += chunk.toString("utf8");
    waiters.splice(0).forEach((w) => w());
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  return {
    get text() {
      return text;
    },
    /** Resolves with the first match of `pattern` at or after `from` in the output. */
    waitFor(pattern: RegExp, from: number, timeoutMs: number): Promise<RegExpExecArray> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; output:\n${text}`)), timeoutMs);
        const check = () => {
          const match = new RegExp(pattern.source, pattern.flags.replace("g", "")).exec(text.slice(from));
          if (match) {
            clearTimeout(timer);
            resolve(match);
          } else if (child.exitCode !== null) {
            clearTimeout(timer);
            reject(new Error(`npm start exited (${child.exitCode}); output:\n${text}`));
          } else waiters.push(check);
        };
        check();
      });
    },
  };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      /* already gone */
    }
  }, 5000);
  await exited;
  clearTimeout(timer);
}

test("npm start rebuilds when a raw file is added: the browser reloads and shows the new article's page and search result", { timeout: 240_000 }, async (t) => {
  const work = await mkdtemp(path.join(tmpdir(), "archive-start-"));
  const raw = path.join(work, "raw");
  await cp(path.join(ROOT, "content/raw"), raw, { recursive: true });
  const port = await freePort();
  // What `npm start` runs.
  const child = spawn(process.execPath, ["scripts/run.mjs", "scripts/serve.ts", "--content", raw, "--out", path.join(work, "site")], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), CI: "1" },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let browser: Browser | undefined;
  t.after(async () => {
    await browser?.close();
    await stop(child);
  });
  const output = watchOutput(child);
  const first = await output.waitFor(/built (\d+) articles/, 0, 120_000);
  const before = Number(first[1]);
  await output.waitFor(/serving http:\/\/localhost:\d+\//, 0, 30_000);
  const base = `http://localhost:${port}`;

  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const home = await page.goto(`${base}/`);
  assert.equal(home?.status(), 200);
  await page.waitForFunction(() => document.querySelector('script[src*="reload-client"]') !== null);
  // A mark that only survives until the page reloads.
  await page.evaluate(() => {
    (window as unknown as { beforeReload?: boolean }).beforeReload = true;
  });
  // Give the live-reload socket a moment to connect before the rebuild is announced.
  await page.waitForTimeout(500);

  const mark = output.text.length;
  await mkdir(path.join(raw, path.dirname(NEW_ID)), { recursive: true });
  await writeFile(path.join(raw, `${NEW_ID}.txt`), NEW_ARTICLE);
  await output.waitFor(/rebuilding: added/, mark, 30_000);
  const rebuilt = await output.waitFor(/built (\d+) articles/, mark, 120_000);
  assert.equal(Number(rebuilt[1]), before + 1, "the rebuild has one more article");

  await page.waitForFunction(() => (window as unknown as { beforeReload?: boolean }).beforeReload === undefined, null, { timeout: 30_000 });

  const records = (await (await fetch(`${base}/du-lieu/articles.json`)).json()) as { id: string; url: string; title: string; date: string | null }[];
  const record = records.find((r) => r.id === NEW_ID);
  assert.ok(record, `the open data lists ${NEW_ID}`);
  assert.match(record.title, /tuần tra song phương/);
  assert.equal(record.date, "2023-10-11");

  const articlePage = await page.goto(`${base}${record.url}`);
  assert.equal(articlePage?.status(), 200);
  assert.match((await page.locator("h1").first().textContent()) ?? "", /tuần tra song phương/);
  assert.match((await page.locator("[data-pagefind-body]").textContent()) ?? "", /Lao Bảo/);

  // The search page answers the query with the new article.
  await page.goto(`${base}/tim-kiem/?q=${NEW_WORD}`);
  let found = await page
    .locator(`#search-results a[href*="${record.url}"]`)
    .first()
    .waitFor({ timeout: 20_000 })
    .then(() => "search page")
    .catch(() => null);
  if (!found) {
    // The search page did not answer: ask Pagefind itself, so the index is still checked.
    const urls = await page.evaluate(async (word) => {
      const pagefind = (await import("/pagefind/pagefind.js" as string)) as { search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> };
      const search = await pagefind.search(word);
      return Promise.all(search.results.map(async (r) => (await r.data()).url));
    }, NEW_WORD);
    if (urls.some((u) => u.includes(record.url))) found = "Pagefind API";
  }
  assert.ok(found, `a search for ${NEW_WORD} finds ${record.url}`);
  t.diagnostic(`search result seen through the ${found}`);
});
