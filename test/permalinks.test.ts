/**
 * URLs that never move, end to end: the seeds are built, then a file with an existing title is
 * added (its id sorting first), a title is corrected, a file is deleted and added back, and an
 * editor moves one article by hand; after every build each URL published before still serves the
 * article it served, read from the open data (id and url) and the page itself. A broken
 * permalinks file fails the build and leaves the site and the file as they were.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, stat, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { build, cacheDirFor } from "../src/build.ts";

let root: string;
let content: string;
let out: string;
/** Every URL any build published, with the id of the article it served. */
const published = new Map<string, string>();

const SAME_TITLE_FILE = "0-cung-tieu-de.txt";
const SAME_TITLE_TEXT = [
  "Đối thoại chính sách quốc phòng Việt Nam-Campuchia lần thứ 5",
  "Thứ Tư, 15/5/2024",
  "(VOV) - Chiều 14/5, tại Cửa khẩu quốc tế Hoa Lư, Thượng tướng Hoàng Xuân Chiến và Đại tướng Neang Phat đồng chủ trì Đối thoại.",
  "Hai bên nhất trí tiếp tục tuần tra chung trên biển và phối hợp tìm kiếm, quy tập hài cốt liệt sĩ.",
].join("\n");

const exists = (file: string) => stat(file).then(() => true, () => false);

async function buildAndRead(): Promise<Map<string, string>> {
  await build({ contentDir: content, outDir: out, basePath: "/", siteUrl: null, strict: false });
  const rows = JSON.parse(await readFile(path.join(out, "du-lieu", "articles.json"), "utf8")) as { id: string; url: string }[];
  const byUrl = new Map(rows.map((r) => [r.url, r.id]));
  for (const [url, id] of byUrl) assert.ok(await exists(path.join(out, url, "index.html")), `${url} has its page`);
  return byUrl;
}

/** Every URL published before that names an article still in the content serves that article now. */
function assertNothingMoved(now: Map<string, string>, present: (id: string) => boolean): void {
  for (const [url, id] of published) {
    if (!present(id)) {
      assert.ok(!now.has(url), `${url} of the deleted ${id} is not given to another article`);
      continue;
    }
    assert.equal(now.get(url), id, `${url} still serves ${id}`);
  }
  for (const [url, id] of now) published.set(url, id);
}

before(async () => {
  root = await mkdtemp(path.join(tmpdir(), "permalinks-"));
  content = path.join(root, "content", "raw");
  out = path.join(root, "site");
  await cp("content/raw", content, { recursive: true });
});

after(async () => {
  await rm(cacheDirFor(content), { recursive: true, force: true });
  await rm(root, { recursive: true, force: true });
});

test("adding, correcting, deleting and re-adding articles never breaks or moves a published URL", async () => {
  const first = await buildAndRead();
  assert.equal(first.size, 5);
  assertNothingMoved(first, () => true);
  const permalinks = path.join(root, "content", "permalinks.yaml");
  assert.equal((await readFile(permalinks, "utf8")).match(/^"[^"]+": \/bai-viet\//gm)?.length, 5, "every article is recorded");

  // A new article with the title of an existing one, whose id sorts before it.
  await writeFile(path.join(content, SAME_TITLE_FILE), SAME_TITLE_TEXT);
  const second = await buildAndRead();
  assertNothingMoved(second, () => true);
  const newUrl = [...second].find(([, id]) => id === "0-cung-tieu-de")![0];
  assert.match(newUrl, /^\/bai-viet\/doi-thoai-chinh-sach-quoc-phong-viet-nam-campuchia-lan-thu-5-[0-9a-f]{6}\/$/);

  // A corrected title keeps its URL.
  await writeFile(path.join(root, "content", "corrections.yaml"), "001_9f3485935b1de0f6:\n  title: Tiêu đề đã được biên tập viên sửa lại\n");
  const third = await buildAndRead();
  assertNothingMoved(third, () => true);
  const corrected = await readFile(path.join(out, [...third].find(([, id]) => id === "001_9f3485935b1de0f6")![0], "index.html"), "utf8");
  assert.match(corrected, /Tiêu đề đã được biên tập viên sửa lại/);

  // Deleted: its URL is gone, not handed on; added back: the same URL again.
  const removed = await readFile(path.join(content, "002_8f3ffdf45f3e5f33.txt"));
  await unlink(path.join(content, "002_8f3ffdf45f3e5f33.txt"));
  const fourth = await buildAndRead();
  assertNothingMoved(fourth, (id) => id !== "002_8f3ffdf45f3e5f33");
  await writeFile(path.join(content, "002_8f3ffdf45f3e5f33.txt"), removed);
  const fifth = await buildAndRead();
  assertNothingMoved(fifth, () => true);
  assert.deepEqual([...fifth].sort(), [...second].sort(), "the same articles under the same URLs as before the correction and deletion");
});

test("an article moved by hand keeps answering at its old URL: a redirect page and a _redirects rule", async () => {
  const permalinks = path.join(root, "content", "permalinks.yaml");
  const text = await readFile(permalinks, "utf8");
  const line = text.split("\n").find((l) => l.startsWith('"004_7318ee75b8a9bd26":'))!;
  const oldUrl = line.split(": ")[1]!;
  await writeFile(permalinks, text.replace(line, `"004_7318ee75b8a9bd26":\n  url: /bai-viet/doi-thoai-viet-nam-canada/\n  redirectFrom: [${oldUrl}]`));
  const now = await buildAndRead();
  assert.equal(now.get("/bai-viet/doi-thoai-viet-nam-canada/"), "004_7318ee75b8a9bd26");
  const page = await readFile(path.join(out, oldUrl, "index.html"), "utf8");
  assert.match(page, /<meta http-equiv="refresh" content="0; url=\/bai-viet\/doi-thoai-viet-nam-canada\/">/);
  assert.match(page, /<link rel="canonical" href="\/bai-viet\/doi-thoai-viet-nam-canada\/">/);
  assert.match(page, /<meta name="robots" content="noindex">/);
  assert.match(await readFile(path.join(out, "_redirects"), "utf8"), new RegExp(`^${oldUrl} /bai-viet/doi-thoai-viet-nam-canada/ 301$`, "m"));
  const sitemap = await readFile(path.join(out, "sitemap.xml"), "utf8");
  assert.ok(!sitemap.includes(oldUrl), "the old URL is not in the sitemap");
});

test("a broken permalinks file fails the build and leaves the site and the file as they were", async () => {
  const permalinks = path.join(root, "content", "permalinks.yaml");
  const broken = `${await readFile(permalinks, "utf8")}"0-cung-tieu-de-2": /bai-viet/doi-thoai-viet-nam-canada/\n`;
  await writeFile(permalinks, broken);
  const home = await readFile(path.join(out, "index.html"), "utf8");
  await assert.rejects(build({ contentDir: content, outDir: out, basePath: "/", siteUrl: null, strict: false }), /permalinks\.yaml: \/bai-viet\/doi-thoai-viet-nam-canada\/ is claimed twice/);
  assert.equal(await readFile(path.join(out, "index.html"), "utf8"), home);
  assert.equal(await readFile(permalinks, "utf8"), broken);
});
