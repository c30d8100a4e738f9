/** Builds the seed articles into a temporary folder and checks the pages and the index exist. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "../src/build.ts";
import { listRawFiles } from "../src/ingest/index.ts";

test("the seeds build into a site with a home page, one page per article and a Pagefind index", async () => {
  const out = path.join(await mkdtemp(path.join(tmpdir(), "archive-")), "site");
  const report = await build({ contentDir: "content/raw", outDir: out, basePath: "/", siteUrl: null, strict: false, recordPermalinks: false });
  const raw = await listRawFiles("content/raw");
  assert.equal(report.articles + report.skipped.length, raw.length, "every raw file is an article or skipped");
  assert.ok((await stat(path.join(out, "index.html"))).isFile());
  const articlePages = await readdir(path.join(out, "bai-viet"));
  assert.equal(articlePages.length, report.articles);
  for (const page of articlePages) {
    const html = await readFile(path.join(out, "bai-viet", page, "index.html"), "utf8");
    assert.match(html, /<html lang="vi">/);
    assert.match(html, /data-pagefind-body/);
  }
  assert.ok((await stat(path.join(out, "pagefind", "pagefind.js"))).isFile());
});
