/**
 * `npm run export` round trip: the corpus written for researchers reads back through the one
 * front-matter schema as exactly the articles ingest made (corrections applied), and its open
 * data and JSON Lines hold one row per article, with the permanent URL and the plain text.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { exportCorpus, ExportFolderError, EXPORT_FILES } from "../src/export/corpus.ts";
import { ingest } from "../src/ingest/index.ts";
import { cacheDirFor } from "../src/build.ts";
import { parseArticleFile } from "../src/site/read.ts";
import { COLUMNS } from "../src/editors/opendata.ts";
import { listFiles } from "./helpers/site-files.ts";

let root: string;
let content: string;
let out: string;

const EXTRA = {
  "Tin tức/Hội đàm Việt – Lào.txt": [
    "Hội đàm quốc phòng cấp cao Việt Nam – Lào năm 2023",
    "Thứ Hai, 25/9/2023",
    "(Nhân Dân) - Ngày 24/9, tại Viêng Chăn, Đại tướng Phan Văn Giang hội đàm với Đại tướng Chansamone Chanyalath, Bộ trưởng Bộ Quốc phòng Lào.",
    "Hai bên nhất trí tiếp tục tìm kiếm, quy tập hài cốt liệt sĩ quân tình nguyện Việt Nam hy sinh tại Lào.",
  ].join("\n"),
};

before(async () => {
  root = await mkdtemp(path.join(tmpdir(), "export-"));
  content = path.join(root, "content", "raw");
  out = path.join(root, "corpus");
  await cp("content/raw", content, { recursive: true });
  for (const [file, text] of Object.entries(EXTRA)) {
    await mkdir(path.dirname(path.join(content, file)), { recursive: true });
    await writeFile(path.join(content, file), text);
  }
  await writeFile(path.join(root, "content", "corrections.yaml"), "001_9f3485935b1de0f6:\n  location: Phnom Penh\n");
});

after(async () => {
  await rm(cacheDirFor(content), { recursive: true, force: true });
  await rm(root, { recursive: true, force: true });
});

test("the exported Markdown reads back through the front-matter schema as the articles ingest made", async () => {
  const report = await exportCorpus({ contentDir: content, outDir: out, siteUrl: "https://luutru.example.org/" });
  const ingested = await ingest(content, path.join(root, "markdown"));
  assert.equal(report.articles, ingested.articles.length);
  const files = (await listFiles(path.join(out, EXPORT_FILES.articles))).sort();
  assert.deepEqual(files, ingested.articles.map((a) => `${a.frontMatter.id}.md`).sort());
  for (const article of ingested.articles) {
    const file = path.join(out, EXPORT_FILES.articles, `${article.frontMatter.id}.md`);
    const read = parseArticleFile(await readFile(file, "utf8"), file);
    assert.deepEqual(read.frontMatter, article.frontMatter, article.frontMatter.id);
    assert.equal(read.body, (await ingested.texts.get(article.textKey)).body, article.frontMatter.id);
  }
  const corrected = ingested.articles.find((a) => a.frontMatter.id === "001_9f3485935b1de0f6")!;
  assert.equal(corrected.frontMatter.location, "Phnom Penh", "corrections are in the export");
});

test("the open data and the JSON Lines file have one row per article, with permanent URLs and plain text", async () => {
  const json = JSON.parse(await readFile(path.join(out, EXPORT_FILES.json), "utf8")) as Record<string, unknown>[];
  const csv = await readFile(path.join(out, EXPORT_FILES.csv), "utf8");
  const lines = (await readFile(path.join(out, EXPORT_FILES.jsonl), "utf8")).trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(json.length, 6);
  assert.deepEqual(lines.map((r) => r.id), json.map((r) => r.id));
  // The CSV is the open data's (src/editors/opendata.ts, tested there): its header, and each article in order.
  assert.equal(csv.split("\n")[0], COLUMNS.map((c) => c.name).join(","));
  // (No id or first column here holds a comma, quote or line break.)
  assert.deepEqual(csv.trimEnd().split("\n").slice(1).map((row) => row.split(",")[0]), json.map((r) => r.id));
  const permalinks = await readFile(path.join(root, "content", "permalinks.yaml"), "utf8").catch(() => null);
  assert.equal(permalinks, null, "the export only reads the permalinks file, never writes it");
  const lao = lines.find((l) => l.id === "Tin tức/Hội đàm Việt – Lào")!;
  assert.equal(lao.url, "https://luutru.example.org/bai-viet/hoi-dam-quoc-phong-cap-cao-viet-nam-lao-nam-2023/");
  assert.match(String(lao.text), /^\(Nhân Dân\) - Ngày 24\/9, tại Viêng Chăn.*\n\nHai bên nhất trí/s);
  assert.deepEqual(Object.keys(lao), [...COLUMNS.map((c) => c.name), "text"]);
});

test("an export replaces an earlier export but never a folder that holds something else", async () => {
  await exportCorpus({ contentDir: content, outDir: out, siteUrl: null });
  const rows = JSON.parse(await readFile(path.join(out, EXPORT_FILES.json), "utf8")) as { url: string }[];
  assert.ok(rows.every((r) => r.url.startsWith("/bai-viet/")), "the earlier export was replaced");
  const other = path.join(root, "other");
  await mkdir(other);
  await writeFile(path.join(other, "notes.txt"), "my notes");
  await assert.rejects(exportCorpus({ contentDir: content, outDir: other, siteUrl: null }), ExportFolderError);
  assert.equal(await readFile(path.join(other, "notes.txt"), "utf8"), "my notes");
});

test("npm run export takes --out and --content, and names what it wrote", async () => {
  const target = path.join(root, "cli");
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/export.ts", "--content", content, "--out", target]);
  assert.match(stdout, /^exported 6 articles into .*cli/m);
  await assert.rejects(promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/export.ts", "--content", content]), /--out DIR is required/);
});
