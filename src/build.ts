/**
 * The build: ingest → render → index. A full build writes a whole site into a folder of its own
 * that replaces the output folder; a rebuild writes only what changed into a staging folder and
 * moves it into the site (src/render/commit.ts). Either way nothing in the output folder changes
 * until every stage has succeeded, so a failed build leaves the previous site untouched.
 */
import { mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { stopSpares } from "./ingest/pool.ts";
import { ingest, type SkippedFile } from "./ingest/index.ts";
import { describeCorrections } from "./ingest/corrections.ts";
import { undeterminedSummary } from "./ingest/undetermined.ts";
import { checkIngested } from "./site/read.ts";
import { buildSiteModel } from "./site/model.ts";
import { preloadRenderer, renderSite, renderVersion, type SiteWidePart } from "./render/eleventy.ts";
import { Fingerprinter } from "./render/fingerprint.ts";
import { allPaged, describePages, describeSiteWide, feedArticles, pageFile, withoutPages, type PageEntry } from "./render/page-sets.ts";
import { loadManifest, saveManifest, manifestOf, reusablePages } from "./render/reuse.ts";
import { applyStaged, swapInto } from "./render/commit.ts";
import { SiteIndex, type IndexOutcome } from "./search/site-index.ts";
import { INDEX_FOLDER } from "./search/shards.ts";
import type { BuildOptions } from "./cli/args.ts";
import { reviewTextUrl } from "./editors/review-text.ts";
import { collectReview, writeReviewTexts } from "./editors/collect.ts";
import { assignPermalinks, loadPermalinks, redirectsFor, savePermalinks } from "./site/permalinks.ts";
import { redirectFile, writeRedirects } from "./render/redirects.ts";
import { cacheDirFor, manifestFileFor } from "./cache-paths.ts";
import { LETTER_FOLDERS } from "./site/letters.ts";
import { SEARCH_DETAILS_FOLDER } from "./search/contract.ts";
import { settledLater } from "./settled-later.ts";

export { cacheDirFor } from "./cache-paths.ts";

export interface BuildReport {
  articles: number;
  skipped: SkippedFile[];
  /** Articles without a date, participants, … by file, for editors. */
  undetermined: { file: string; warnings: string[] }[];
  indexedPages: number;
  /** Article, list and review pages rendered, and those taken unchanged from the previous build. */
  pages: { rendered: number; reused: number };
  /** Whether only the changed files were written into the previous site (else a whole site replaced it). */
  incremental: boolean;
  /** When each stage started and ended (epoch ms), for the benchmark. */
  timings: StageTiming[];
  /** Milliseconds each step of the build took, in order (for the benchmark's breakdown). */
  steps: [string, number][];
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

/** How many pages of each set changed, e.g. "articles 3, home 1, review 2". */
function changedBySet(pages: readonly PageEntry[], reused: ReadonlySet<string>): string {
  const counts = new Map<string, number>();
  for (const p of pages) if (!reused.has(p.file)) counts.set(p.set, (counts.get(p.set) ?? 0) + 1);
  return [...counts].map(([set, n]) => `${set} ${n}`).join(", ");
}

/**
 * Page fingerprints, memoized by object for the life of the process. The site model is new at
 * each build, but under `npm start` the checked front-matter of unchanged files is the same
 * objects from build to build (checkIngested), hashed once, and each page's data is compared with
 * the last build's, which is cheaper than hashing it again (Fingerprinter.named).
 */
const fingerprints = new Fingerprinter();

export async function build(options: BuildOptions, log: Log = () => {}, onProgress: BuildProgress = () => {}): Promise<BuildReport> {
  const contentDir = path.resolve(options.contentDir);
  const outDir = path.resolve(options.outDir);
  if (!(await exists(contentDir))) throw new Error(`content folder not found: ${options.contentDir}`);
  // Eleventy loads (a third of a second) while ingest waits on files; a failure shows when the render loads it.
  void preloadRenderer().catch(() => {});
  // So do the files that do not depend on the ingest (a failure shows where each is awaited).
  const permalinksRead = settledLater(loadPermalinks(contentDir));
  const versionMade = settledLater(renderVersion(options));
  const manifestFile = manifestFileFor(outDir);
  const previousRead = settledLater(options.full ? Promise.resolve(null) : loadManifest(manifestFile));

  const timings: StageTiming[] = [];
  let stageStart = Date.now();
  const endStage = (stage: StageTiming["stage"]) => {
    const now = Date.now();
    timings.push({ stage, startedAt: stageStart, endedAt: now });
    stageStart = now;
  };
  const steps: [string, number][] = [];
  let stepStart = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    steps.push([name, Math.round(now - stepStart)]);
    stepStart = now;
  };
  log(`ingest: reading ${options.contentDir}`);
  const cacheDir = cacheDirFor(contentDir);
  const markdownDir = path.join(cacheDir, "markdown");
  const ingested = await ingest(contentDir, markdownDir, {}, (done, total) => onProgress("ingest", done, total), cacheDir, {
    timeLimitMs: options.fileTimeLimitMs,
  });
  step("ingest");
  // The last build of its process extracts nothing more: its idle extraction workers, each with the
  // extractor loaded, go before the render and the index (10,000 articles: 163 MiB given back).
  if (options.last) await stopSpares();
  log(`ingest: ${ingested.articles.length} articles, ${ingested.skipped.length} skipped (${ingested.extracted} extracted, the others unchanged)`);
  describeCorrections(ingested.corrections).forEach((line) => log(line));
  log(undeterminedSummary(ingested.articles.map((a) => a.frontMatter)));
  if (options.strict && ingested.skipped.length > 0) {
    throw new StrictError(`--strict: ${ingested.skipped.length} file(s) skipped: ${ingested.skipped.map((s) => `${s.file} (${s.reason})`).join("; ")}`);
  }

  // Every article keeps the URL it was first published under (src/site/permalinks.ts).
  const permalinks = await permalinksRead;
  const assigned = assignPermalinks(ingested.articles.map((a) => a.frontMatter), permalinks.byId);
  const redirects = redirectsFor(permalinks.byId, assigned.urls.keys());

  // The site takes the articles from the ingest (the Markdown files round-trip to the same values),
  // checked against the schema as a reader of those files would check them; texts stay on disk.
  const inputs = ingested.articles.map((a) => ({
    frontMatter: checkIngested(a.frontMatter, a.markdownPath),
    summary: a.summary,
    story: a.story,
    textKey: a.textKey,
  }));
  const model = buildSiteModel(inputs, assigned.urls);
  step("model");
  endStage("ingest");

  const review = collectReview(contentDir, ingested.articles, ingested.skipped, model);
  step("review");
  const paged = allPaged(model, review);
  fingerprints.nextBuild({ remember: !options.last });
  const pages = describePages(paged, model, review, fingerprints, (file) => ingested.stamps.get(file) ?? "missing");
  step("fingerprints");
  const version = await versionMade;
  // Pages whose data, code and deployment are unchanged since the last build stay as they are.
  const previous = await previousRead;
  const incremental = previous !== null && previous.version === version && (await exists(outDir));
  // Site-wide outputs whose data did not change are not rendered; the feed needs its articles rendered.
  const siteWideKeys = describeSiteWide(model, pages, fingerprints);
  const siteWide = new Set((Object.keys(siteWideKeys) as SiteWidePart[]).filter((part) => !incremental || previous.siteWide?.[part] !== siteWideKeys[part]));
  const feed = feedArticles(model);
  const feedUrls = new Set(siteWide.has("feed") ? [...feed].map((a) => a.url) : []);
  const reused = incremental ? reusablePages(previous, version, pages, outDir).filter((p) => !feedUrls.has(p.url)) : [];
  const reusedFiles = new Set(reused.map((p) => p.file));
  const toRender = withoutPages(paged, new Set(reused.map((p) => p.url)));
  const current = new Set(pages.map((p) => p.file));
  // An old article URL that now redirects (written again by every build) is not a page gone.
  const redirectFiles = new Map(redirects.map((r) => [redirectFile(r.from).replace(/^\//, ""), r]));
  const clash = [...redirectFiles].find(([file]) => current.has(file))?.[1];
  if (clash) throw new Error(`permalinks: redirectFrom ${clash.from} (of ${clash.id}) is a page of the site; choose another old URL or remove it`);
  const gone = incremental ? Object.keys(previous.pages).filter((file) => !current.has(file) && !redirectFiles.has(file)) : [];
  step("manifest");
  log(`render: ${pages.length - reused.length} of ${pages.length} article, list and review pages changed${gone.length ? `, ${gone.length} gone` : ""}${incremental ? ` (${changedBySet(pages, reusedFiles)})` : ""}`);

  // A full build writes a whole site beside the old one; a rebuild only the files that change.
  const stagedDir = `${outDir}.building-${process.pid}`;
  await rm(stagedDir, { recursive: true, force: true });
  await mkdir(path.dirname(outDir), { recursive: true });
  // For a whole index, Pagefind starts now and parses each page as it is rendered, on the other core.
  const indexer = await SiteIndex.start(stagedDir, outDir, incremental ? (previous.search ?? null) : null, options.full ?? false);
  // Declared by assertion: it is set inside a callback, and TypeScript would otherwise take it for null below.
  let finishing = null as Promise<IndexOutcome> | null;
  try {
    log("render: writing pages (and handing them to the search index)");
    const articleUrls = new Set(toRender.articles.map((a) => a.url));
    let rendered = 0;
    onProgress("render", 0, articleUrls.size);
    const onPage = (url: string) => {
      if (articleUrls.has(url)) onProgress("render", ++rendered, articleUrls.size);
    };
    // The index is finished (the delta, or the last shard, written by Pagefind on the other core)
    // as soon as the last article page to render is handed over, while the render goes on with
    // the pages the index does not read; at the latest once the render is done.
    const articleFiles = pages.filter((p) => p.set === "articles").map((p) => p.file);
    const finishIndex = () => (finishing ??= settledLater(indexer.finish(articleFiles)));
    const toHandOver = new Set(toRender.articles.map((a) => pageFile(a.url)));
    const indexPage = async (file: string, html: string) => {
      await indexer.add(file, html);
      if (toHandOver.delete(file) && toHandOver.size === 0) finishIndex();
    };
    if (toHandOver.size === 0) finishIndex();
    const rendering = settledLater(renderSite({
      outDir: stagedDir,
      model,
      review,
      texts: (article) => ingested.texts.get(article.textKey),
      paged: toRender,
      reused,
      feed,
      siteWide,
      onPage,
      indexPage,
      articlesPerShard: indexer.articlesPerShard,
      basePath: options.basePath,
      siteUrl: options.siteUrl,
    }));
    // Set before any page is handed over: renderSite hands pages over from its later steps only.
    indexer.readsAfter(rendering);
    await rendering;
    step("eleventy");
    await writeRedirects(stagedDir, redirects, new Map(model.articles.map((a) => [a.fm.id, a.title])), options);
    endStage("render");
    log("index: building the search index");
    onProgress("index", 0, articleUrls.size);
    // Each changed article's raw lines for the review pages, written beside them while Pagefind
    // writes the index, which keeps one core busy for most of its writing (10,000 articles: about
    // 24 s). Both are waited for, so a failure of either never leaves the other writing into a
    // staging folder being removed.
    const texts = new Set(pages.filter((p) => p.set === "reviewText" && !reusedFiles.has(p.file)).map((p) => p.file));
    const [reviewTexts, index] = await Promise.allSettled([
      writeReviewTexts(review.entries.filter((e) => texts.has(reviewTextUrl(e.id).slice(1))), contentDir, stagedDir, ingested.texts),
      finishIndex(),
    ]);
    if (reviewTexts.status === "rejected") throw reviewTexts.reason;
    if (index.status === "rejected") throw index.reason;
    const indexed = index.value;
    onProgress("index", indexed.indexed, indexed.indexed);
    log(`index: ${indexed.whole ? "whole index" : "delta"}: ${indexed.indexed} article pages indexed, ${indexed.searchable} searchable`);
    step("search index");
    // No manifest while the site changes: a crash in between must not leave one describing another site.
    await rm(manifestFile, { force: true });
    // The new URLs are recorded once everything else has succeeded, just before they are published.
    if (options.recordPermalinks !== false && assigned.added.length > 0) {
      await savePermalinks(permalinks, assigned.added);
      log(`permalinks: ${assigned.added.length} new article URL(s) recorded in ${path.relative(".", permalinks.file)}`);
    }
    if (incremental) {
      // Folders of outputs whose number varies, replaced whole when rendered again, so that none is left behind.
      const replaced = [...(indexed.whole ? [INDEX_FOLDER] : []), ...(siteWide.has("indexes") ? LETTER_FOLDERS : []), ...(siteWide.has("search") ? [SEARCH_DETAILS_FOLDER.slice(1, -1)] : [])];
      await applyStaged(stagedDir, outDir, gone, replaced);
      if (indexed.stale) await rm(path.join(outDir, INDEX_FOLDER, indexed.stale), { recursive: true, force: true });
    } else await swapInto(stagedDir, outDir);
    await saveManifest(manifestFile, manifestOf(version, pages, siteWideKeys, indexed.state));
    step("in place");
    endStage("index");
    return {
      articles: model.articles.length,
      skipped: ingested.skipped,
      undetermined: inputs.filter((a) => a.frontMatter.warnings.length > 0).map((a) => ({ file: a.frontMatter.file, warnings: a.frontMatter.warnings })),
      indexedPages: indexed.searchable,
      pages: { rendered: pages.length - reused.length, reused: reused.length },
      incremental,
      timings,
      steps,
    };
  } catch (error) {
    // An index being finished writes into the staging folder: it stops before the folder goes.
    await finishing?.catch(() => {});
    await indexer.abort();
    await rm(stagedDir, { recursive: true, force: true });
    throw error;
  }
}
