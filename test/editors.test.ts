/**
 * The editors' outputs on a build of the seeds: open-data files valid against their documented
 * columns, the review page with every article's fields and raw text kept out of search and
 * sitemap, and `npm run review` printing the same fields.
 */
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { build, type BuildReport } from "../src/build.ts";
import { COLUMNS, CSV_LIST_SEPARATOR, checkValue } from "../src/editors/opendata.ts";
import { escapeHtml } from "../src/render/html.ts";
import { listRawFiles } from "../src/ingest/index.ts";
import { processRaw } from "../src/ingest/article.ts";
import type { FrontMatter } from "../src/schema.ts";
import type { ReviewText } from "../src/editors/review-text.ts";
import { SITE } from "../src/site/config.ts";

const SITE_URL = "https://example.github.io/";
const BASE = "/luu-tru/";
let out = "";
let report: BuildReport;
/** The seeds' front-matter as ingest extracts it. */
const seeds: FrontMatter[] = [];

before(async () => {
  const work = await mkdtemp(path.join(tmpdir(), "archive-editors-"));
  out = path.join(work, "site");
  // A copy of the seeds: its own ingest cache, so concurrent builds of content/raw cannot interfere.
  await cp("content/raw", path.join(work, "raw"), { recursive: true });
  report = await build({ contentDir: path.join(work, "raw"), outDir: out, basePath: BASE, siteUrl: SITE_URL, strict: false });
  for (const file of await listRawFiles("content/raw")) {
    const processed = processRaw(await readFile(path.join("content/raw", file)), file);
    if (processed.ok) seeds.push(processed.frontMatter);
  }
});

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(cell), (cell = "");
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell), rows.push(row), (row = []), (cell = "");
    } else cell += c;
  }
  if (cell !== "" || row.length) row.push(cell), rows.push(row);
  return rows;
}

test("articles.json has one record per article with exactly the documented columns, each value of its documented type", async () => {
  const records = JSON.parse(await readFile(path.join(out, "du-lieu/articles.json"), "utf8")) as Record<string, unknown>[];
  assert.equal(records.length, report.articles);
  assert.ok(records.length > 0);
  for (const r of records) {
    assert.deepEqual(Object.keys(r), COLUMNS.map((c) => c.name));
    for (const c of COLUMNS) assert.equal(checkValue(c, r[c.name]), null, `${String(r.id)}: ${c.name}`);
    // URLs are absolute with --site-url and lead to a built page.
    const url = String(r.url);
    assert.ok(url.startsWith(SITE_URL), url);
    const sitePath = new URL(url).pathname.replace(BASE, "/");
    await readFile(path.join(out, sitePath, "index.html"));
  }
  assert.deepEqual(records.map((r) => r.id).sort(), seeds.map((s) => s.id).sort());
});

test("articles.csv has the documented header and the same rows as the JSON, lists joined with '; '", async () => {
  const records = JSON.parse(await readFile(path.join(out, "du-lieu/articles.json"), "utf8")) as Record<string, unknown>[];
  const rows = parseCsv(await readFile(path.join(out, "du-lieu/articles.csv"), "utf8"));
  assert.deepEqual(rows[0], COLUMNS.map((c) => c.name));
  assert.equal(rows.length - 1, records.length);
  rows.slice(1).forEach((row, i) => {
    assert.equal(row.length, COLUMNS.length);
    const expected = COLUMNS.map((c) => {
      const v = records[i]![c.name];
      return v === null ? "" : Array.isArray(v) ? v.join(CSV_LIST_SEPARATOR) : String(v);
    });
    assert.deepEqual(row, expected);
  });
});

test("the 'Về dữ liệu' page documents every column and links both files", async () => {
  const page = await readFile(path.join(out, "du-lieu/index.html"), "utf8");
  assert.match(page, /<h1>Về dữ liệu<\/h1>/);
  for (const c of COLUMNS) assert.ok(page.includes(`<code>${c.name}</code>`), `column ${c.name} documented`);
  assert.ok(page.includes(`href="${BASE}du-lieu/articles.json"`));
  assert.ok(page.includes(`href="${BASE}du-lieu/articles.csv"`));
});

test("the review page shows every seed's fields beside its raw text and is kept out of search, sitemap and robots", async () => {
  const page = await readFile(path.join(out, "bien-tap/index.html"), "utf8");
  assert.match(page, /<meta name="robots" content="noindex/);
  assert.doesNotMatch(page, /data-pagefind-body/);
  for (const s of seeds) {
    assert.ok(page.includes(escapeHtml(s.title)), `title of ${s.id}`);
    if (s.date) assert.ok(page.includes(`<td>${s.date}`), `date of ${s.id}`);
    for (const p of s.partners) assert.ok(page.includes(escapeHtml(p)), `partner ${p} of ${s.id}`);
  }
  assert.match(page, /<code>[^<]*corrections\.yaml<\/code>/, "says where to fix a value");
  // Each article's raw text is not in the page but in its own JSON file, which the page loads when opened.
  assert.doesNotMatch(page, /<li class="removed">/);
  const texts = [...page.matchAll(/data-review-text="([^"]+)"/g)].map((m) => m[1]!);
  assert.equal(texts.length, Math.min(seeds.length, SITE.pageSize * 2 - 1), "one raw text per entry of the newest page");
  let removed = 0;
  for (const url of texts) {
    assert.ok(url.startsWith(`${BASE}bien-tap/van-ban/`) && url.endsWith(".json"), url);
    const text = JSON.parse(await readFile(path.join(out, url.slice(BASE.length)), "utf8")) as ReviewText;
    const seed = seeds.find((s) => s.id === text.id);
    assert.ok(seed, `${url} names a seed`);
    assert.equal(text.file, seed.file);
    const raw = (await readFile(path.join("content/raw", seed.file), "utf8")).replace(/^\uFEFF/, "");
    assert.ok(text.lines.length > 0 && text.lines.length >= raw.split(/\r?\n/).length - 1, `${text.id}: every raw line`);
    for (const line of text.lines) {
      assert.equal(typeof line.n, "number");
      assert.ok(["kept", "removed", "blank"].includes(line.status));
      if (line.status === "removed") assert.ok(line.reason, `${text.id} line ${line.n}: a removed line says why`);
      else assert.equal(line.reason, undefined);
    }
    removed += text.lines.filter((l) => l.status === "removed").length;
  }
  assert.ok(removed > 0, "removed boilerplate lines are in the raw texts");
  const sitemap = await readFile(path.join(out, "sitemap.xml"), "utf8").catch(() => "");
  assert.doesNotMatch(sitemap, /bien-tap/);
  const robots = await readFile(path.join(out, "robots.txt"), "utf8");
  assert.match(robots, new RegExp(`^Disallow: ${BASE}bien-tap/$`, "m"));
});

test("npm run review prints each seed's id and extracted fields", async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/review.ts", "--content", "content/raw"], { maxBuffer: 16 * 1024 * 1024 });
  assert.match(stdout, new RegExp(`^${seeds.length} articles, \\d+ to check`));
  for (const s of seeds) {
    assert.ok(stdout.includes(`== ${s.id}`), `section for ${s.id}`);
    if (s.date) assert.ok(stdout.includes(s.date), `date of ${s.id}`);
    if (s.location) assert.ok(stdout.includes(s.location), `location of ${s.id}`);
  }
  assert.match(stdout, /removed as boilerplate \(\d+ lines\)/);
});
