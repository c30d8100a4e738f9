/**
 * Pagefind gets only the data-pagefind-body element of each article page (indexedPart); its index
 * must be the one the whole pages give, file for file, on real built pages.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, cp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import { build } from "../src/build.ts";
import { generateCorpus } from "../src/bench/generate.ts";
import { aliasHtmlForIndex } from "../src/search/fold.ts";
import { indexedPart, pageUrl } from "../src/search/pages.ts";
import { listFiles } from "./helpers/site-files.ts";

/** Indexes `pages` (path → HTML) as `copy` makes them, into `outDir`. */
async function indexPages(pages: [string, string][], copy: (html: string) => string, outDir: string): Promise<void> {
  const { index } = await pagefind.createIndex({ forceLanguage: "vi" });
  for (const [file, html] of pages) await index!.addHTMLFile({ url: pageUrl(file), content: aliasHtmlForIndex(copy(html)) });
  await index!.writeFiles({ outputPath: outDir });
  await pagefind.close();
}

test("indexing only the marked element gives the index of the whole pages", async () => {
  const tmp = await mkdtemp(path.join(tmpdir(), "index-copy-"));
  try {
    const raw = path.join(tmp, "raw");
    await cp("content/raw", raw, { recursive: true });
    await generateCorpus(path.join(raw, "generated"), 20, 5);
    const site = path.join(tmp, "site");
    await build({ contentDir: raw, outDir: site, basePath: "/", siteUrl: null, strict: false });
    const files = (await listFiles(site)).filter((f) => f.startsWith("bai-viet/") && f.endsWith(".html"));
    const pages = await Promise.all(files.map(async (f) => [f, await readFile(path.join(site, f), "utf8")] as [string, string]));
    assert.ok(pages.length >= 25);
    for (const [file, html] of pages) assert.ok(indexedPart(html)?.includes("data-pagefind-meta"), `${file} has its marked element`);

    await indexPages(pages, (html) => html, path.join(tmp, "whole"));
    await indexPages(pages, (html) => indexedPart(html)!, path.join(tmp, "part"));
    const whole = await listFiles(path.join(tmp, "whole"));
    assert.deepEqual(await listFiles(path.join(tmp, "part")), whole);
    for (const f of whole) {
      const [a, b] = [await readFile(path.join(tmp, "part", f)), await readFile(path.join(tmp, "whole", f))];
      assert.ok(a.equals(b), `${f} differs`);
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
});

test("a page without a marked element has nothing to index, and nested elements of its name stay inside", () => {
  assert.equal(indexedPart("<html><body><main><p>Trang chủ</p></main></body></html>"), null);
  const page = `<html lang="vi"><body><div class="a" data-pagefind-body><div>x</div><p>y</p></div><div>after</div></body></html>`;
  assert.equal(indexedPart(page), `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body><div class="a" data-pagefind-body><div>x</div><p>y</p></div></body></html>`);
});
