/**
 * A large archive is rendered in several Eleventy runs (PAGES_PER_RUN); the site must be the one
 * a single run makes, byte for byte, with the site-wide pages (feed, sitemap, indexes) made once;
 * and a run must let go of what it rendered, or a large archive and an npm start session fill the heap.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, cp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { ingest } from "../src/ingest/index.ts";
import { checkArticle } from "../src/site/read.ts";
import { buildSiteModel } from "../src/site/model.ts";
import { collectReview } from "../src/editors/collect.ts";
import { renderSite } from "../src/render/eleventy.ts";
import { allPaged, pageCount } from "../src/render/page-sets.ts";
import { generateCorpus } from "../src/bench/generate.ts";
import { listFiles } from "./helpers/site-files.ts";

/** The site model of an ingest, as a build makes it. */
function modelOf(ingested: Awaited<ReturnType<typeof ingest>>) {
  return buildSiteModel(ingested.articles.map((a) => ({ ...checkArticle(a.frontMatter, "", a.markdownPath), summary: a.summary, story: a.story, textKey: a.textKey })));
}

test("rendering in runs of a few pages makes the same site as one run", async () => {
  const tmp = await mkdtemp(path.join(tmpdir(), "render-runs-"));
  try {
    const raw = path.join(tmp, "raw");
    await cp("content/raw", raw, { recursive: true });
    await generateCorpus(path.join(raw, "generated"), 70, 3);
    const ingested = await ingest(raw, path.join(tmp, "md"));
    const model = modelOf(ingested);
    const texts = (article: { textKey: string }) => ingested.texts.get(article.textKey);
    const review = collectReview(raw, ingested.articles, ingested.skipped, model);
    const deployment = { basePath: "/", siteUrl: "https://example.org/" };
    const one = path.join(tmp, "one");
    const many = path.join(tmp, "many");
    await renderSite({ outDir: one, model, review, texts, ...deployment });
    const pagesPerRun = 40;
    assert.ok(pageCount(allPaged(model, review)) > 4 * pagesPerRun, "enough pages for several runs");
    // Article runs cut where a search shard of 25 pages would fill, the other pages between them.
    await renderSite({ outDir: many, model, review, texts, ...deployment, pagesPerRun, articlesPerShard: 25 });
    const files = await listFiles(one);
    assert.deepEqual(await listFiles(many), files);
    for (const file of files) {
      const [a, b] = [await readFile(path.join(many, file)), await readFile(path.join(one, file))];
      assert.ok(a.equals(b), `${file} differs`);
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
});

/** A full garbage collection, from a test (node --test runs without --expose-gc). */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

test("a render lets go of the site it rendered (npm start renders again and again in one process)", async () => {
  const tmp = await mkdtemp(path.join(tmpdir(), "render-release-"));
  try {
    const ingested = await ingest("content/raw", path.join(tmp, "md"));
    // Everything that refers to the model lives in this function; only a weak reference leaves it.
    const renderOnce = async (outDir: string): Promise<WeakRef<object>> => {
      const model = modelOf(ingested);
      const review = collectReview("content/raw", ingested.articles, ingested.skipped, model);
      await renderSite({ outDir, model, review, texts: (article) => ingested.texts.get(article.textKey), basePath: "/", siteUrl: null });
      return new WeakRef(model);
    };
    const first = await renderOnce(path.join(tmp, "one"));
    await renderOnce(path.join(tmp, "two"));
    for (let i = 0; i < 3 && first.deref() !== undefined; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      collectGarbage();
    }
    assert.equal(first.deref(), undefined, "the first render's site model is still held after a second render");
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
});
