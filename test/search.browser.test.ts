/**
 * Search in a real browser: builds the seeds (plus two articles of our own, one saved with
 * decomposed accents) into temporary folders, serves them on 127.0.0.1 under the site's
 * Content-Security-Policy, types queries into /tim-kiem/ in Chromium and checks the answers
 * against the text of the built article pages.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "../src/build.ts";
import { listRawFiles } from "../src/ingest/index.ts";
import { CONTENT_SECURITY_POLICY } from "../src/render/headers.ts";

const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** A VOV-style report saved in NFD (decomposed accents), as some Mac and Windows tools write. */
const NFD_ARTICLE = `VOV.VN
Thời sự | Quân sự - Quốc phòng

Tàu Hải quân Ấn Độ INS Kiltan thăm thành phố Đà Nẵng

Thứ Ba, 12/03/2024 09:30

VOV.VN - Sáng 12/3, tàu hộ vệ INS Kiltan của Hải quân Ấn Độ cập cảng Tiên Sa, thành phố Đà Nẵng, bắt đầu chuyến thăm hữu nghị Việt Nam trong bốn ngày.

Lễ đón tàu có đại diện Bộ Tư lệnh Vùng 3 Hải quân, lãnh đạo thành phố Đà Nẵng và Đại sứ quán Ấn Độ tại Việt Nam. Trong thời gian thăm, thủy thủ đoàn hai nước giao lưu thể thao, tham quan các di tích lịch sử và trao đổi kinh nghiệm tìm kiếm cứu nạn trên biển. Thủy thủ đoàn cũng tặng quà đồng bào các xã ven biển và giao lưu văn nghệ với đồng bào.

Chuyến thăm góp phần tăng cường quan hệ Đối tác chiến lược toàn diện Việt Nam - Ấn Độ, nhất là hợp tác quốc phòng giữa hải quân hai nước, vì hòa bình và ổn định ở khu vực.

Minh Anh/VOV-Miền Trung
`.normalize("NFD");

/** A Nhân Dân-style report with the words of a seed name far apart, for the phrase check. */
const SCATTERED_NAME_ARTICLE = `Nhân Dân
Chính trị | Quốc phòng

Bộ đội Biên phòng tỉnh Kon Tum đón xuân cùng đồng bào vùng biên

Ngày 20/1/2023, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum tổ chức chương trình "Xuân Biên phòng ấm lòng dân bản" tại xã biên giới Bờ Y, huyện Ngọc Hồi.

Đại tá Hoàng Minh Tuấn, Chỉ huy trưởng, trao quà Tết cho các gia đình chính sách và học sinh nghèo; các chiến sĩ cùng bà con gói bánh chưng, sửa nhà và khám bệnh miễn phí cho người dân.

Chương trình góp phần thắt chặt tình đoàn kết quân dân, xây dựng thế trận biên phòng toàn dân vững chắc trên tuyến biên giới Việt Nam - Lào - Campuchia.

Tuấn Anh
`;

/**
 * Short reports in the style of other outlets, so that a common query has more than one page of
 * results. Each tells its own story (its own sentences), so same-story detection keeps them apart.
 */
const MORE_SENTENCES = [
  "Hai bên đánh giá cao kết quả hợp tác quốc phòng thời gian qua, nhất là trong trao đổi đoàn các cấp.",
  "Phía bạn đề nghị mở rộng chương trình đào tạo sĩ quan tại các học viện của Việt Nam.",
  "Hai bên nhất trí tiếp tục phối hợp trong khắc phục hậu quả chiến tranh, rà phá bom mìn còn sót lại.",
  "Các đơn vị gìn giữ hòa bình Liên hợp quốc của hai nước sẽ chia sẻ kinh nghiệm huấn luyện.",
  "Đoàn đã thăm một trường sĩ quan lục quân và một lữ đoàn công binh.",
  "Hai bên ký biên bản ghi nhớ về hợp tác quân y và trao đổi bác sĩ quân đội.",
  "Lực lượng hải quân hai nước duy trì các chuyến thăm tàu và diễn tập tìm kiếm cứu nạn.",
  "Hai bên thống nhất tăng cường trao đổi thông tin về an ninh biển và phòng, chống thiên tai.",
  "Công nghiệp quốc phòng được xác định là lĩnh vực hợp tác có nhiều tiềm năng trong giai đoạn tới.",
  "Hai bên sẽ phối hợp chặt chẽ tại các diễn đàn đa phương như ADMM và ADMM+.",
  "Chương trình giao lưu sĩ quan trẻ hai nước sẽ được tổ chức hằng năm, luân phiên tại mỗi nước.",
  "Phía bạn cảm ơn Việt Nam đã hỗ trợ huấn luyện tiếng Việt cho học viên quân sự.",
  "Hai bên đề nghị các cơ quan chức năng sớm cụ thể hóa các nội dung đã thống nhất.",
  "Đoàn đã đặt vòng hoa tưởng niệm các anh hùng liệt sĩ tại nghĩa trang quốc gia.",
  "Hai bên trao đổi về tình hình khu vực và các vấn đề quốc tế cùng quan tâm.",
  "Cuộc diễn tập cứu hộ cứu nạn chung dự kiến được tổ chức vào năm sau tại vùng biển miền Trung.",
  "Hai bên nhất trí triển khai hiệu quả các văn kiện đã ký, tăng cường tham vấn định kỳ.",
  "Quân y hai nước sẽ phối hợp nghiên cứu y học nhiệt đới và điều trị bệnh truyền nhiễm.",
];

const MORE_ARTICLES = [
  ["VietnamPlus", "Việt Nam và Nhật Bản thúc đẩy hợp tác quốc phòng về khắc phục hậu quả chiến tranh", "Tokyo", "Nhật Bản"],
  ["Thanh Niên", "Hải quân Việt Nam và Australia diễn tập tìm kiếm cứu nạn chung trên biển", "Cam Ranh", "Australia"],
  ["Tuổi Trẻ", "Đoàn sĩ quan trẻ Lào thăm Học viện Quốc phòng Việt Nam", "Hà Nội", "Lào"],
  ["Báo Quân đội nhân dân", "Việt Nam và Hàn Quốc ký kế hoạch hợp tác quốc phòng giai đoạn mới", "Seoul", "Hàn Quốc"],
  ["Báo Biên phòng", "Biên phòng Việt Nam và Trung Quốc tuần tra liên hợp trên sông Bắc Luân", "Móng Cái", "Trung Quốc"],
  ["VnExpress", "Việt Nam và Ấn Độ trao đổi kinh nghiệm gìn giữ hòa bình", "New Delhi", "Ấn Độ"],
].map(
  ([outlet, title, place, partner], i) => `${outlet}
Trang chủ | Quốc phòng | Đối ngoại

${title}

Ngày ${10 + i}/${3 + i}/2023

(${outlet}) Ngày ${10 + i}/${3 + i}/2023, tại ${place}, đoàn công tác Bộ Quốc phòng Việt Nam và đại diện quân đội ${partner} đã có cuộc hội đàm về hợp tác quốc phòng giữa hai nước trong thời gian tới.

${MORE_SENTENCES[3 * i]} ${MORE_SENTENCES[3 * i + 1]}

${MORE_SENTENCES[3 * i + 2]}
`,
);

const PLAIN = "/";
const BASE = "/luu-tru/";

interface Site {
  dir: string;
  basePath: string;
  origin: string;
  server: http.Server;
}

interface IndexedPage {
  /** Site path without the base path, e.g. "/bai-viet/x/". */
  url: string;
  /** The text of the article element: everything Pagefind may index. */
  text: string;
  /** Filter values by filter name. */
  filters: Map<string, string[]>;
  /** The sort key (yyyymmdd; 0 for an undated article, which has none). */
  day: number;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
};

/** Serves `dir` under `basePath` with the site's Content-Security-Policy on every response. */
async function serve(dir: string, basePath: string): Promise<Site> {
  const server = http.createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = pathname.startsWith(basePath) ? path.join(dir, pathname.slice(basePath.length)) : "";
    if (file && (await stat(file).then((s) => s.isDirectory(), () => false))) file = path.join(file, "index.html");
    const body = file && file.startsWith(dir) ? await readFile(file).catch(() => null) : null;
    res.writeHead(body ? 200 : 404, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "content-security-policy": CONTENT_SECURITY_POLICY,
    });
    res.end(body ?? "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { dir, basePath, server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Lowercase, without tone or vowel marks, đ as d: how a reader may type any word. */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase();
}
const words = (text: string): string[] => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

async function indexedPages(dir: string): Promise<IndexedPage[]> {
  const slugs = await readdir(path.join(dir, "bai-viet"));
  return Promise.all(
    slugs.map(async (slug) => {
      const page = await readFile(path.join(dir, "bai-viet", slug, "index.html"), "utf8");
      const article = /<article\b[^>]*\bdata-pagefind-body[\s\S]*?<\/article>/.exec(page)?.[0] ?? "";
      const filters = new Map<string, string[]>();
      for (const m of article.matchAll(/data-pagefind-filter="(\w+)\[data-value\]" data-value="([^"]*)"/g)) {
        filters.set(m[1]!, [...(filters.get(m[1]!) ?? []), m[2]!.replace(/&amp;/g, "&")]);
      }
      const day = Number(/data-pagefind-sort="day\[data-value\]" data-value="(\d+)"/.exec(article)?.[1] ?? 0);
      const text = article.replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'");
      return { url: `/bai-viet/${slug}/`, text, filters, day };
    }),
  );
}

let browser: Browser;
let root: Site;
let based: Site;
let pages: IndexedPage[];
let contentDir: string;
const cspViolations: string[] = [];

before(async () => {
  const tmp = await mkdtemp(path.join(tmpdir(), "search-test-"));
  contentDir = path.join(tmp, "content");
  await mkdir(contentDir, { recursive: true });
  for (const file of await listRawFiles("content/raw")) {
    await copyFile(path.join("content/raw", file), path.join(contentDir, file.replaceAll("/", "_")));
  }
  await writeFile(path.join(contentDir, "vov-nfd-an-do-da-nang.txt"), NFD_ARTICLE);
  await writeFile(path.join(contentDir, "nhandan-xuan-bien-phong.txt"), SCATTERED_NAME_ARTICLE);
  for (const [i, text] of MORE_ARTICLES.entries()) await writeFile(path.join(contentDir, `more-${i}.txt`), text);
  const siteAt = async (basePath: string, name: string) => {
    const out = path.join(tmp, name);
    await build({ contentDir, outDir: out, basePath, siteUrl: null, strict: false });
    return serve(out, basePath);
  };
  root = await siteAt(PLAIN, "site");
  based = await siteAt(BASE, "site-base");
  pages = await indexedPages(root.dir);
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
});

after(async () => {
  await searchPage?.close();
  await browser?.close();
  for (const site of [root, based]) site?.server.close();
  if (contentDir) await rm(path.dirname(contentDir), { recursive: true, force: true });
});

async function openPage(url: string): Promise<Page> {
  const page = await browser.newPage();
  page.on("console", (msg) => {
    if (/Content.Security.Policy/i.test(msg.text())) cspViolations.push(msg.text());
  });
  page.on("pageerror", (error) => cspViolations.push(`page error: ${error.message}`));
  await page.goto(url);
  return page;
}

interface Shown {
  /** Result URLs without the base path and without the highlight parameters. */
  urls: string[];
  hrefs: string[];
  titles: string[];
  metas: string[];
  excerpts: string[];
  status: string;
}

async function shown(page: Page, basePath = PLAIN): Promise<Shown> {
  await page.waitForSelector('#tim-kiem[data-state="done"]', { state: "attached", timeout: 10_000 });
  const items = await page.$$eval(".search-result", (lis) =>
    lis.map((li) => ({
      href: li.querySelector("h2 a")!.getAttribute("href")!,
      title: li.querySelector("h2 a")!.textContent!,
      meta: li.querySelector(".meta")!.textContent!,
      excerpt: li.querySelector(".excerpt")?.innerHTML ?? "",
    })),
  );
  return {
    urls: items.map((i) => `/${i.href.split("?")[0]!.slice(basePath.length)}`),
    hrefs: items.map((i) => i.href),
    titles: items.map((i) => i.title),
    metas: items.map((i) => i.meta),
    excerpts: items.map((i) => i.excerpt),
    status: (await page.textContent("#search-status")) ?? "",
  };
}

/** What is shown once every result is listed ("more" clicked until it goes away). */
async function shownAll(page: Page): Promise<Shown> {
  let result = await shown(page);
  while (await page.isVisible("#search-more")) {
    const n = result.urls.length;
    await page.click("#search-more");
    await page.waitForFunction((count) => document.querySelectorAll(".search-result").length > count, n);
    result = await shown(page);
  }
  return result;
}

/** Opens the search page, types `query` into the box as a reader would, and returns what is shown. */
async function typeQuery(query: string, site = root): Promise<{ page: Page; result: Shown }> {
  const page = await openPage(`${site.origin}${site.basePath}tim-kiem/`);
  await page.waitForSelector('#tim-kiem[data-state="done"]', { state: "attached", timeout: 10_000 });
  await page.locator("#q").pressSequentially(query);
  return { page, result: await shown(page, site.basePath) };
}

/** One search page reused for plain queries: the box is cleared and typed into again. */
let searchPage: Page | null = null;

async function search(query: string): Promise<Shown> {
  if (!searchPage) {
    searchPage = await openPage(`${root.origin}/tim-kiem/`);
    await searchPage.waitForSelector('#tim-kiem[data-state="done"]', { state: "attached", timeout: 10_000 });
  }
  await searchPage.fill("#q", "");
  await searchPage.waitForSelector('#tim-kiem[data-state="done"]', { state: "attached", timeout: 10_000 });
  await searchPage.locator("#q").pressSequentially(query);
  return shownAll(searchPage);
}

const sorted = (urls: readonly string[]) => [...urls].sort();
/** Pages whose indexed text contains the folded words of `phrase` one after another. */
const containingPhrase = (phrase: string) =>
  pages.filter((p) => ` ${words(p.text).join(" ")} `.includes(` ${words(phrase).join(" ")} `)).map((p) => p.url);

describe("search page", () => {
  test("a name finds the same articles with or without diacritics, in any case", async () => {
    const withMarks = await search("Hoàng Xuân Chiến");
    assert.ok(withMarks.urls.length > 0, "the seeds mention Hoàng Xuân Chiến");
    for (const url of containingPhrase("Hoàng Xuân Chiến")) assert.ok(withMarks.urls.includes(url), `${url} is found`);
    for (const variant of ["hoang xuan chien", "HOANG XUAN CHIEN", "Hoang Xuân chien"]) {
      assert.deepEqual(sorted((await search(variant)).urls), sorted(withMarks.urls), variant);
    }
    assert.match(withMarks.status, /^Tìm thấy \d+ bài cho “Hoàng Xuân Chiến”\.$/);
    assert.ok(withMarks.excerpts.some((e) => /<mark>Hoàng<\/mark>/.test(e)), "the excerpt marks the name");
    const plain = await search("quoc phong");
    assert.deepEqual(sorted(plain.urls), sorted((await search("quốc phòng")).urls));
    assert.ok(plain.urls.length >= 3);
  });

  test("đ typed as d finds đ: “doi thoai” finds Đối thoại, “Da Nang” finds Đà Nẵng", async () => {
    const typed = await search("doi thoai");
    const exact = await search("Đối thoại");
    assert.ok(containingPhrase("Đối thoại").length > 0);
    for (const url of containingPhrase("Đối thoại")) assert.ok(typed.urls.includes(url), `${url} is found by “doi thoai”`);
    assert.deepEqual(sorted(typed.urls), sorted(exact.urls));
    // The index spells đ-words twice ("Đối-Dối"); readers never see the second spelling.
    for (const text of [...typed.excerpts, ...typed.titles]) assert.doesNotMatch(text, /Đối-Dối|đối-dối/i);
    assert.ok(typed.excerpts.some((e) => /<mark>Đối<\/mark>/.test(e)), "Đối is marked in an excerpt");

    const nang = await search("Da Nang");
    const vov = pages.find((p) => p.text.includes("INS Kiltan"));
    assert.ok(vov, "the VOV article was built");
    assert.ok(nang.urls.includes(vov.url));
    assert.deepEqual(sorted(nang.urls), sorted((await search("Đà Nẵng")).urls));
  });

  test("words in a title weigh more than the same words in the text", async () => {
    // "đồng bào" is in the title of the Nhân Dân article and twice in the text of the VOV one.
    const titled = pages.find((p) => p.text.includes("Hoàng Minh Tuấn"))!;
    const inText = pages.find((p) => p.text.includes("INS Kiltan"))!;
    const { urls } = await search("dong bao");
    assert.ok(urls.includes(titled.url) && urls.includes(inText.url));
    assert.ok(urls.indexOf(titled.url) < urls.indexOf(inText.url), urls.join(" "));
  });

  test("an article saved with decomposed accents (NFD) is found like any other", async () => {
    const vov = pages.find((p) => p.text.includes("INS Kiltan"));
    assert.ok(vov);
    assert.equal(vov.text, vov.text.normalize("NFC"), "the page text is NFC");
    for (const query of ["Ấn Độ", "an do", "Tiên Sa", "tien sa"]) assert.ok((await search(query)).urls.includes(vov.url), query);
  });

  test("a quoted phrase matches the words together and in order", async () => {
    const scattered = pages.find((p) => p.text.includes("Hoàng Minh Tuấn"));
    assert.ok(scattered, "the Nhân Dân article was built");
    const loose = await search("hoang xuan chien");
    assert.ok(loose.urls.includes(scattered.url), "unquoted, the words may be anywhere");
    const phrase = await search('"hoang xuan chien"');
    assert.ok(!phrase.urls.includes(scattered.url), "quoted, they must stand together");
    assert.deepEqual(sorted(phrase.urls), sorted(containingPhrase("Hoàng Xuân Chiến")));
    // A phrase inside a longer query is checked by the page itself.
    assert.ok((await search("hoang xuan chien campuchia")).urls.includes(scattered.url));
    const mixed = await search('"hoang xuan chien" campuchia');
    const withCampuchia = containingPhrase("Hoàng Xuân Chiến").filter((u) => words(pages.find((p) => p.url === u)!.text).includes("campuchia"));
    assert.ok(withCampuchia.length > 0);
    assert.deepEqual(sorted(mixed.urls), sorted(withCampuchia));
    // Phone keyboards type curly quotes.
    assert.deepEqual(sorted((await search("“hoàng xuân chiến”")).urls), sorted(phrase.urls));
  });

  test("a filter narrows the results, lives in the URL, and a shared URL shows the same results", async () => {
    const { page } = await typeQuery("quoc phong");
    const all = await shownAll(page);
    const partners = [...new Set(pages.flatMap((p) => p.filters.get("partner") ?? []))];
    const partner = partners.find((name) => {
      const n = all.urls.filter((u) => pages.find((p) => p.url === u)?.filters.get("partner")?.includes(name)).length;
      return n > 0 && n < all.urls.length;
    });
    assert.ok(partner, `some partner covers part of the results (${partners.join(", ")})`);
    await page.selectOption("#loc-doi-tac", partner);
    const narrowed = await shownAll(page);
    const expected = all.urls.filter((u) => (pages.find((p) => p.url === u)!.filters.get("partner") ?? []).includes(partner));
    assert.deepEqual(sorted(narrowed.urls), sorted(expected));
    assert.match(narrowed.status, / trong bộ lọc đã chọn\.$/);
    for (const meta of narrowed.metas) assert.match(meta, new RegExp(partner));
    const shared = new URL(page.url());
    assert.equal(shared.searchParams.get("q"), "quoc phong");
    assert.equal(shared.searchParams.get("doi-tac"), partner);
    await page.close();
    const again = await openPage(shared.href);
    assert.deepEqual((await shownAll(again)).urls, narrowed.urls);
    assert.equal(await again.inputValue("#q"), "quoc phong");
    await again.close();
  });

  test("the person filter is a text box: its names load when first used, and a name typed without marks is taken for the person", async () => {
    const { page } = await typeQuery("quoc phong");
    const all = await shownAll(page);
    // The page itself lists no people: they come from their own file when the box is first used.
    assert.equal(await page.locator("#loc-nhan-vat").evaluate((box) => box.tagName), "INPUT");
    assert.equal(await page.locator("#goi-y-nhan-vat option").count(), 0);
    await page.focus("#loc-nhan-vat");
    await page.waitForFunction(() => document.querySelectorAll("#goi-y-nhan-vat option").length > 0);
    const offered = await page.$$eval("#goi-y-nhan-vat option", (options) => options.map((o) => (o as HTMLOptionElement).value));
    const person = offered.find((name) => {
      const n = all.urls.filter((u) => pages.find((p) => p.url === u)?.filters.get("participant")?.includes(name)).length;
      return n > 0 && n < all.urls.length && /[^\p{ASCII}]/u.test(name);
    });
    assert.ok(person, `some person with marks in their name covers part of the results (${offered.length} offered)`);
    // Typed as a reader without Vietnamese keyboard would, then Enter.
    await page.locator("#loc-nhan-vat").pressSequentially(fold(person).toUpperCase());
    await page.keyboard.press("Enter");
    await page.waitForFunction((name) => (document.getElementById("loc-nhan-vat") as HTMLInputElement).value === name, person);
    const narrowed = await shownAll(page);
    const expected = all.urls.filter((u) => (pages.find((p) => p.url === u)!.filters.get("participant") ?? []).includes(person));
    assert.deepEqual(sorted(narrowed.urls), sorted(expected));
    assert.match(narrowed.status, / trong bộ lọc đã chọn\.$/);
    const shared = new URL(page.url());
    assert.equal(shared.searchParams.get("nhan-vat"), person);
    await page.close();
    // A shared link fills the box and shows the same results; a name the archive lacks finds nothing.
    const again = await openPage(shared.href);
    assert.deepEqual(sorted((await shownAll(again)).urls), sorted(expected));
    assert.equal(await again.inputValue("#loc-nhan-vat"), person);
    await again.close();
    // A name picked from the suggestions (the box then holds it whole) searches without Enter.
    const picked = await openPage(`${root.origin}/tim-kiem/?q=quoc+phong`);
    await shown(picked);
    await picked.fill("#loc-nhan-vat", person);
    await picked.waitForURL((url) => url.searchParams.get("nhan-vat") === person);
    assert.deepEqual(sorted((await shownAll(picked)).urls), sorted(expected));
    await picked.close();
    const unknown = await openPage(`${root.origin}/tim-kiem/?q=quoc+phong&nhan-vat=${encodeURIComponent("Không Có Ai")}`);
    assert.deepEqual((await shown(unknown)).urls, []);
    await unknown.close();
  });

  test("results sort by date, newest or oldest first, undated last", async () => {
    const { page } = await typeQuery("quoc phong");
    const dayOf = (url: string) => pages.find((p) => p.url === url)!.day;
    await page.selectOption("#sap-xep", "moi-nhat");
    const newest = (await shownAll(page)).urls;
    await page.selectOption("#sap-xep", "cu-nhat");
    const oldest = (await shownAll(page)).urls;
    assert.equal(new URL(page.url()).searchParams.get("sap-xep"), "cu-nhat");
    await page.close();
    assert.ok(newest.length >= 3);
    assert.deepEqual(sorted(newest), sorted(oldest), "the same articles in both orders");
    const dated = (urls: string[]) => urls.map(dayOf).filter((d) => d > 0);
    const undatedLast = (urls: string[]) => urls.map(dayOf).join(",").match(/^([1-9]\d*,?)*(0,?)*$/);
    assert.deepEqual(dated(newest), [...dated(newest)].sort((a, b) => b - a));
    assert.deepEqual(dated(oldest), [...dated(oldest)].sort((a, b) => a - b));
    assert.ok(undatedLast(newest) && undatedLast(oldest), "undated articles come last");
    assert.notDeepEqual(newest, oldest);
  });

  test("a half-typed word finds its completions, an unknown word nothing (not Pagefind's prefix fallback)", async () => {
    const typing = await search("quoc pho");
    assert.deepEqual(sorted(typing.urls), sorted((await search("quoc phong")).urls));
    // Pagefind alone answers "quocxyz" with the pages that have "quốc".
    const unknown = await search("quocxyz");
    assert.deepEqual(unknown.urls, []);
    assert.equal(unknown.status, "Không tìm thấy bài nào cho “quocxyz”.");
    assert.deepEqual((await search("doi thoai quocxyz")).urls, []);
  });

  test("a word found only in site furniture finds nothing", async (t) => {
    // Words of the raw files that the built article pages do not contain (not even as the start
    // of a longer word, since Pagefind matches prefixes) were removed as boilerplate.
    const raw = new Set<string>();
    for (const file of await readdir(contentDir)) for (const w of words(await readFile(path.join(contentDir, file), "utf8"))) raw.add(w);
    const indexed = new Set(pages.flatMap((p) => words(p.text)));
    const furniture = [...raw]
      .filter((w) => /^\p{L}{5,}$/u.test(w) && ![...indexed].some((i) => i.startsWith(w)))
      .sort((a, b) => b.length - a.length || a.localeCompare(b));
    assert.ok(furniture.length > 0, "the seeds carry site furniture");
    t.diagnostic(`furniture-only words: ${furniture.slice(0, 3).join(", ")} (of ${furniture.length})`);
    for (const word of furniture.slice(0, 3)) {
      const result = await search(word);
      assert.deepEqual(result.urls, [], `“${word}” is only in furniture`);
      assert.equal(result.status, `Không tìm thấy bài nào cho “${word}”.`);
    }
  });

  test("the search page reads ?q= from the URL, updates it while typing, and works by keyboard", async () => {
    const { page, result } = await typeQuery("hoang xuan chien");
    assert.equal(new URL(page.url()).searchParams.get("q"), "hoang xuan chien");
    assert.ok(result.urls.length > 0);
    // Enter submits without leaving the page; the status region announces the count.
    await page.fill("#q", "");
    await page.locator("#q").pressSequentially("quốc phòng");
    await page.keyboard.press("Enter");
    const entered = await shown(page);
    assert.equal(await page.getAttribute("#search-status", "role"), "status");
    assert.match(entered.status, /^Tìm thấy \d+ bài cho “quốc phòng”\.$/);
    await page.close();
    const fromUrl = await openPage(`${root.origin}/tim-kiem/?q=${encodeURIComponent("đối thoại")}`);
    assert.ok((await shown(fromUrl)).urls.length > 0);
    await fromUrl.close();
    // The search box in the header of every page leads here.
    const home = await openPage(`${root.origin}/`);
    await home.fill("#q-header", "hoang xuan chien");
    await Promise.all([home.waitForURL(/\/tim-kiem\/\?q=hoang\+xuan\+chien$/), home.press("#q-header", "Enter")]);
    assert.deepEqual(sorted((await shownAll(home)).urls), sorted((await search("hoang xuan chien")).urls));
    await home.close();
  });

  test("a result opens its article with the searched words highlighted", async () => {
    const { page, result } = await typeQuery("doi thoai");
    assert.match(result.hrefs[0]!, /\?highlight=doi&highlight=thoai$/);
    await Promise.all([page.waitForURL(/\/bai-viet\//), page.click(".search-result h2 a")]);
    await page.waitForSelector("article mark.search-highlight");
    const marked = await page.$$eval("article mark.search-highlight", (ms) => ms.map((m) => m.textContent));
    assert.ok(marked.some((m) => /^đối$/i.test(m ?? "")), `Đối is highlighted (${marked.slice(0, 5).join(", ")})`);
    await page.close();
  });

  test("the page works under --base-path", async () => {
    const page = await openPage(`${based.origin}${BASE}tim-kiem/?q=hoang+xuan+chien`);
    const result = await shown(page, BASE);
    assert.ok(result.hrefs.length > 0);
    for (const href of result.hrefs) assert.ok(href.startsWith(`${BASE}bai-viet/`), href);
    assert.deepEqual(sorted(result.urls), sorted((await search("hoang xuan chien")).urls));
    await Promise.all([page.waitForURL(/\/luu-tru\/bai-viet\//), page.click(".search-result h2 a")]);
    await page.waitForSelector("article mark.search-highlight");
    await page.close();
  });

  test("long result lists come a page at a time, and “more” is usable by keyboard", async () => {
    const { page, result } = await typeQuery("quoc phong");
    const total = Number(/Tìm thấy (\d+) bài/.exec(result.status)?.[1]);
    assert.ok(total > 10, `more than one page of results (${total})`);
    assert.equal(result.urls.length, 10);
    await page.focus("#search-more");
    await page.keyboard.press("Enter");
    await page.waitForFunction((n) => document.querySelectorAll(".search-result").length === n, Math.min(total, 20));
    const focused = await page.evaluate(() => document.activeElement?.closest(".search-result") === document.querySelectorAll(".search-result")[10]);
    assert.ok(focused, "focus moves to the first new result");
    assert.equal(await page.isHidden("#search-more"), total <= 20);
    await page.close();
  });

  test("the search page with results has no axe-core violations, light or dark", async () => {
    const axe = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    const problems: string[] = [];
    for (const colorScheme of ["light", "dark"] as const) {
      // Only axe itself needs the policy lifted; the page runs as served.
      const context = await browser.newContext({ colorScheme, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${root.origin}/tim-kiem/?q=doi+thoai&sap-xep=moi-nhat`);
      await shown(page);
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => {
        type Axe = { run(o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
        const result = await (window as unknown as { axe: Axe }).axe.run({
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        return result.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
      problems.push(...violations.map((v) => `${colorScheme}: ${v}`));
      await context.close();
    }
    assert.deepEqual(problems, []);
  });

  test("no page broke the Content-Security-Policy or threw", () => {
    assert.deepEqual(cspViolations, []);
  });
});

describe("search index", () => {
  test("only the article pages are indexed", async () => {
    const entry = JSON.parse(await readFile(path.join(root.dir, "pagefind", "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    assert.deepEqual(Object.keys(entry.languages), ["vi"]);
    assert.equal(entry.languages.vi!.page_count, pages.length);
    assert.equal(pages.length, (await readdir(contentDir)).length, "every test article was built");
  });

  test("words only in the page frame (header, menus, related articles, footer) find nothing", async (t) => {
    const indexed = [...new Set(pages.flatMap((p) => words(p.text)))];
    const frame = new Set<string>();
    for (const p of pages) {
      const page = await readFile(path.join(root.dir, p.url, "index.html"), "utf8");
      const body = /<body[\s\S]*<\/body>/.exec(page)![0];
      const outside = body.replace(/<article\b[^>]*\bdata-pagefind-body[\s\S]*?<\/article>/, " ").replace(/<script[\s\S]*?<\/script>/g, " ");
      for (const w of words(outside.replace(/<[^>]+>/g, " "))) frame.add(w);
    }
    const frameOnly = [...frame].filter((w) => /^\p{L}{4,}$/u.test(w) && !indexed.some((i) => i.startsWith(w))).sort();
    t.diagnostic(`frame-only words: ${frameOnly.join(", ")}`);
    assert.ok(frameOnly.length > 0);
    for (const word of frameOnly.slice(0, 3)) assert.deepEqual((await search(word)).urls, [], word);
  });
});
