/**
 * The build: ingest → render → index, into a temporary folder that replaces the output folder
 * only when every stage has succeeded, so a failed build leaves the previous site untouched.
 */
import { mkdir, rm, rename, stat, readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import path from "node:path";
import { ingest, type SkippedFile } from "./ingest/index.ts";
import { describeCorrections } from "./ingest/corrections.ts";
import { undeterminedSummary } from "./ingest/undetermined.ts";
import { checkArticle } from "./site/read.ts";
import { buildSiteModel } from "./site/model.ts";
import { renderSite, renderVersion } from "./render/eleventy.ts";
import { Fingerprinter } from "./render/fingerprint.ts";
import { allPaged, describePages, feedArticles, withoutPages } from "./render/page-sets.ts";
import { loadManifest, saveManifest, manifestOf, reusablePages, carryOver } from "./render/reuse.ts";
import { SearchIndexer } from "./search/pagefind.ts";
import type { BuildOptions } from "./cli/args.ts";
import { reviewTextUrl } from "./editors/review-text.ts";
import { collectReview, writeReviewTexts } from "./editors/collect.ts";

export interface BuildReport {
  articles: number;
  skipped: SkippedFile[];
  /** Articles without a date, participants, … by file, for editors. */
  undetermined: { file: string; warnings: string[] }[];
  indexedPages: number;
  /** Article, list and review pages rendered, and those taken unchanged from the previous build. */
  pages: { rendered: number; reused: number };
  /** When each stage started and ended (epoch ms), for the benchmark. */
  timings: StageTiming[];
}

/** One stage's span: ingest ends when the site model is ready; index includes the swap. */
export interface StageTiming {
  stage: "ingest" | "render" | "index";
  startedAt: number;
  endedAt: number;
}

export type Log = (line: string) => void;

/** Called as a stage advances: `done` of `total` items (files, article pages, indexed pages). */
export type BuildProgress = (stage: StageTiming["stage"], done: number, total: number) => void;

/** Thrown when --strict finds skipped or bad files. */
export class StrictError extends Error {}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(() => true, () => false);
}

/** Where ingest keeps its Markdown for one content folder. */
export function cacheDirFor(contentDir: string): string {
  const key = createHash("sha1").update(path.resolve(contentDir)).digest("hex").slice(0, 12);
  return path.resolve("node_modules/.cache/vn-archive", key);
}

/** Where the manifest of the pages last built into `outDir` is kept (see render/reuse.ts). */
function manifestFileFor(outDir: string): string {
  const key = createHash("sha1").update(outDir).digest("hex").slice(0, 12);
  return path.resolve("node_modules/.cache/vn-archive/pages", `${key}.json`);
}

/** When each raw file last changed, as far as its size and modification time tell. */
async function rawStamps(contentDir: string, files: readonly string[]): Promise<Map<string, string>> {
  const stamps = new Map<string, string>();
  for (const file of files) {
    const s = await stat(path.join(contentDir, file)).catch(() => null);
    stamps.set(file, s ? `${s.size}:${s.mtimeMs}` : "missing");
  }
  return stamps;
}

/** Replaces `outDir` with `builtDir` in two renames, keeping the old site until the new one is in place. */
async function swapInto(builtDir: string, outDir: string): Promise<void> {
  const old = `${outDir}.old-${process.pid}`;
  const hadOld = await exists(outDir);
  if (hadOld) await rename(outDir, old);
  try {
    await rename(builtDir, outDir);
  } catch (error) {
    if (hadOld) await rename(old, outDir);
    throw error;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}

export async function build(options: BuildOptions, log: Log = () => {}, onProgress: BuildProgress = () => {}): Promise<BuildReport> {
  const contentDir = path.resolve(options.contentDir);
  const outDir = path.resolve(options.outDir);
  if (!(await exists(contentDir))) throw new Error(`content folder not found: ${options.contentDir}`);

  const timings: StageTiming[] = [];
  let stageStart = Date.now();
  const endStage = (stage: StageTiming["stage"]) => {
    const now = Date.now();
    timings.push({ stage, startedAt: stageStart, endedAt: now });
    stageStart = now;
  };
  log(`ingest: reading ${options.contentDir}`);
  const cacheDir = cacheDirFor(contentDir);
  const markdownDir = path.join(cacheDir, "markdown");
  const extractedCache = path.join(cacheDir, "extracted.ndjson");
  const ingested = await ingest(contentDir, markdownDir, {}, (done, total) => onProgress("ingest", done, total), extractedCache);
  log(`ingest: ${ingested.articles.length} articles, ${ingested.skipped.length} skipped`);
  describeCorrections(ingested.corrections).forEach((line) => log(line));
  log(undeterminedSummary(ingested.articles.map((a) => a.frontMatter)));
  if (options.strict && ingested.skipped.length > 0) {
    throw new StrictError(`--strict: ${ingested.skipped.length} file(s) skipped: ${ingested.skipped.map((s) => `${s.file} (${s.reason})`).join("; ")}`);
  }

  // The site takes the articles from memory (the Markdown files round-trip to the same values),
  // checked against the schema as a reader of those files would check them.
  const inputs = ingested.articles.map((a) => checkArticle(a.frontMatter, a.body, a.markdownPath));
  const model = buildSiteModel(inputs);
  endStage("ingest");

  const review = collectReview(contentDir, ingested.articles, ingested.skipped, model);
  // Pages whose data, code and deployment are unchanged since the last build are taken from it.
  const paged = allPaged(model, review);
  const stamps = await rawStamps(contentDir, model.articles.map((a) => a.fm.file));
  const pages = describePages(paged, model, review, new Fingerprinter(), (file) => stamps.get(file) ?? "missing");
  const version = await renderVersion(options);
  const manifestFile = manifestFileFor(outDir);
  const reused = reusablePages(await loadManifest(manifestFile), version, pages, outDir);
  const toRender = withoutPages(paged, new Set(reused.map((p) => p.file)));
  log(`render: ${pages.length - reused.length} of ${pages.length} article, list and review pages changed`);

  const tempDir = `${outDir}.building-${process.pid}`;
  await rm(tempDir, { recursive: true, force: true });
  await mkdir(path.dirname(outDir), { recursive: true });
  // Pagefind starts now and parses each page as it is rendered, on the other core.
  const indexer = await SearchIndexer.start(tempDir);
  try {
    log("render: writing pages (and handing them to the search index)");
    const articleUrls = new Set(toRender.articles.map((a) => a.url));
    let rendered = 0;
    onProgress("render", 0, articleUrls.size);
    const onPage = (url: string) => {
      if (articleUrls.has(url)) onProgress("render", ++rendered, articleUrls.size);
    };
    const indexPage = (file: string, html: string) => indexer.add(file, html);
    await renderSite({
      outDir: tempDir,
      model,
      review,
      paged: toRender,
      reused,
      feed: feedArticles(model),
      onPage,
      indexPage,
      basePath: options.basePath,
      siteUrl: options.siteUrl,
    });
    // Each changed article's raw lines for the review pages, written beside them.
    const texts = new Set(pages.filter((p) => p.set === "reviewText").map((p) => p.file));
    for (const p of reused) texts.delete(p.file);
    await writeReviewTexts(review.entries.filter((e) => texts.has(reviewTextUrl(e.id).slice(1))), contentDir, tempDir);
    // Unchanged pages come from the previous site; their articles go into the new search index.
    await carryOver(reused, outDir, tempDir, async (page, file) => {
      if (page.set === "articles") await indexer.add(page.file, await readFile(file, "utf8"));
    });
    endStage("render");
    log("index: building the search index");
    onProgress("index", 0, articleUrls.size);
    const indexed = await indexer.finish();
    onProgress("index", indexed.pages, indexed.pages);
    log(`index: ${indexed.pages} article pages indexed`);
    // No manifest while the site is swapped: a crash in between must not leave one describing another site.
    await rm(manifestFile, { force: true });
    await swapInto(tempDir, outDir);
    await saveManifest(manifestFile, manifestOf(version, pages));
    endStage("index");
    return {
      articles: model.articles.length,
      skipped: ingested.skipped,
      undetermined: inputs.filter((a) => a.frontMatter.warnings.length > 0).map((a) => ({ file: a.frontMatter.file, warnings: a.frontMatter.warnings })),
      indexedPages: indexed.pages,
      pages: { rendered: pages.length - reused.length, reused: reused.length },
      timings,
    };
  } catch (error) {
    await indexer.abort();
    await rm(tempDir, { recursive: true, force: true });
    throw error;
  }
}
