/**
 * Index stage: Pagefind (Node API) indexes the article pages into pagefind/. Pages are handed
 * over while they are rendered (`SearchIndexer`), so Pagefind parses them on the other core
 * instead of re-reading the finished site; `indexSite` indexes an already built folder. A large
 * archive is indexed as shards of PAGES_PER_SHARD pages (see shards.ts), one Pagefind at a time,
 * so Pagefind's memory stays bounded whatever the archive's size.
 */
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import type { PagefindIndex } from "pagefind";
import { pageUrl, sitePages, indexedPart } from "./pages.ts";
import { aliasHtmlForIndex } from "./fold.ts";
import { cleanBundle } from "./clean-index.ts";
import { recompressBundle } from "./recompress.ts";
import { markShardIds } from "./shard-ids.ts";
import { INDEX_FOLDER, PAGES_PER_SHARD, shardFolder, writeShardManifest } from "./shards.ts";
import { SITE } from "../site/config.ts";
import { settledLater } from "../settled-later.ts";

/** Pages handed to Pagefind and not yet answered; rendering waits beyond this, so memory stays flat. */
const MAX_PAGES_IN_FLIGHT = 32;

export interface SearchIndexOptions {
  /** Pages per shard; PAGES_PER_SHARD unless a test wants tiny shards. */
  pagesPerShard?: number;
  /** Write one bundle into this folder of INDEX_FOLDER (a delta bundle, see delta.ts) instead of the shards and their manifest. */
  bundle?: string;
}

export interface IndexedSummary {
  pages: number;
  /** Shards written: 1 unless the archive has more than one shard's worth of pages. */
  shards: number;
}

async function openIndex(): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SITE.language });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  return index;
}

/**
 * Writes a bundle (shard number `shard` of the main bundle, or the delta), marks the result ids of
 * a shard after the first (shard-ids.ts), then takes the đ-aliases out of what its clients show
 * (clean-index.ts) while the files every first search loads are compressed more densely
 * (recompress.ts; only the first shard's WebAssembly is loaded: the other shards and the delta are
 * merged into its Pagefind).
 */
async function writeIndex(index: PagefindIndex, outputPath: string, shard: number | "delta"): Promise<void> {
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join("; ")}`);
  if (shard !== "delta" && shard > 1) await markShardIds(outputPath, shard);
  await Promise.all([cleanBundle(outputPath), recompressBundle(outputPath, { wasm: shard === 1 })]);
}

/** A Pagefind index filled page by page during the render and written into the site, shard by shard. */
export class SearchIndexer {
  private inFlight = new Set<Promise<void>>();
  /** Pages waiting for room, woken one at a time in order (never all at once: that is quadratic). */
  private waiting: (() => void)[] = [];
  private errors: string[] = [];
  private pages = 0;
  /** Shards written so far; the index being filled becomes shard `written + 1`. */
  private written = 0;
  /** Pages handed to the index being filled. */
  private inShard = 0;
  /** Set while a full shard is being written and Pagefind restarted (pages wait for it), and kept if that failed. */
  private rotating: Promise<void> | null = null;

  private constructor(
    private index: PagefindIndex,
    private readonly siteDir: string,
    readonly pagesPerShard: number,
    private readonly bundle: string | null,
  ) {}

  /** Starts Pagefind for a site being written into `siteDir` (full shards are written there as they fill). */
  static async start(siteDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexer> {
    const pagesPerShard = options.pagesPerShard ?? PAGES_PER_SHARD;
    if (!(pagesPerShard >= 1)) throw new Error(`pages per search shard must be at least 1, not ${pagesPerShard}`);
    return new SearchIndexer(await openIndex(), siteDir, options.bundle === undefined ? pagesPerShard : Infinity, options.bundle ?? null);
  }

  /**
   * Offers one rendered file (path relative to the site root). Only pages marked
   * data-pagefind-body are indexed, as the đ-aliased search copy (see fold.ts) of the marked
   * element (see `indexedPart`), under the URL
   * `pageUrl` gives them. Resolves once the page is handed over (at most MAX_PAGES_IN_FLIGHT are
   * with Pagefind at a time, none while a full shard is being written).
   */
  async add(relativePath: string, content: string): Promise<void> {
    const part = relativePath.endsWith(".html") ? indexedPart(content) : null;
    if (part === null) return;
    for (;;) {
      if (this.rotating) await this.rotating;
      else if (this.inFlight.size >= MAX_PAGES_IN_FLIGHT) await new Promise<void>((wake) => this.waiting.push(wake));
      else break;
    }
    this.inShard++;
    const added: Promise<void> = this.index.addHTMLFile({ url: pageUrl(relativePath), content: aliasHtmlForIndex(part) }).then(
      (response) => {
        if (response.errors.length) this.errors.push(...response.errors.map((e) => `${relativePath}: ${e}`));
        else this.pages++;
      },
      (error: Error) => void this.errors.push(`${relativePath}: ${error.message}`),
    );
    this.inFlight.add(added);
    void added.finally(() => {
      this.inFlight.delete(added);
      this.waiting.shift()?.();
    });
    // A full shard is written now, not when the next page comes: the render goes on with pages the
    // index does not read (lists, see splitPaged) meanwhile. A failure is kept in `rotating` and
    // thrown to the next page or to finish.
    if (this.inShard >= this.pagesPerShard) this.rotating = settledLater(this.rotate());
  }

  /** Waits for every page handed over, then fails if Pagefind refused any. */
  private async settle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all(this.inFlight);
    if (this.errors.length) throw new Error(`Pagefind indexing failed: ${this.errors.join("; ")}`);
  }

  private async writeShard(): Promise<void> {
    const bundle = this.bundle;
    // Pagefind takes the most memory of the build while it writes a shard (about 2.2 GB for a full
    // one), so what the render let go is given back first (when the process may collect on demand:
    // src/cli/heap.ts). A delta is small, and the edit loop is spared the pause.
    if (bundle === null) (globalThis as { gc?: () => void }).gc?.();
    const folder = bundle === null ? shardFolder(this.siteDir, this.written + 1) : path.join(this.siteDir, INDEX_FOLDER, bundle);
    await writeIndex(this.index, folder, bundle === null ? this.written + 1 : "delta");
    this.written++;
  }

  /**
   * Writes the full shard and starts the next in a fresh Pagefind process: closing the process is
   * what gives its memory back (deleting the index leaves the process as large as it was).
   */
  private async rotate(): Promise<void> {
    try {
      await this.settle();
      await this.writeShard();
      await pagefind.close();
      this.index = await openIndex();
      this.inShard = 0;
      this.rotating = null;
    } finally {
      // Pages woken while the shard was written went back to waiting on it; wake the rest once.
      this.waiting.splice(0).forEach((wake) => wake());
    }
  }

  /** Waits for every page, writes the last shard and the shard manifest, and stops Pagefind. */
  async finish(): Promise<IndexedSummary> {
    try {
      while (this.rotating) await this.rotating;
      await this.settle();
      if (this.inShard > 0 || this.written === 0) await this.writeShard();
      if (this.bundle === null) await writeShardManifest(this.siteDir, this.written);
      return { pages: this.pages, shards: this.written };
    } finally {
      await pagefind.close();
    }
  }

  /** Stops Pagefind without writing anything more (the build failed). */
  async abort(): Promise<void> {
    await pagefind.close();
  }
}

/** Indexes every page of an already built `siteDir` that marks its article with data-pagefind-body, replacing its pagefind/. */
export async function indexSite(siteDir: string, options: SearchIndexOptions = {}): Promise<IndexedSummary> {
  // Pagefind's writeFiles does not empty its output folder: an old index would leave stale files.
  await rm(path.join(siteDir, INDEX_FOLDER), { recursive: true, force: true });
  const indexer = await SearchIndexer.start(siteDir, options);
  try {
    for (const file of await sitePages(siteDir)) await indexer.add(file, await readFile(path.join(siteDir, file), "utf8"));
  } catch (error) {
    await indexer.abort();
    throw error;
  }
  return indexer.finish();
}
