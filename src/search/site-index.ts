/**
 * The search index stage of one build. Either the whole index is written (the first build, --full,
 * another version of the search code, or a delta grown past its limit: see delta.ts), with each
 * page handed to Pagefind as it is rendered; or only the delta bundle of the pages that changed
 * since the main bundle was written, and the manifest that tells the search page what to hide.
 */
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { SearchIndexer } from "./pagefind.ts";
import { pageUrl } from "./pages.ts";
import { INDEX_FOLDER, shardFolder, writeShardManifest } from "./shards.ts";
import { bundlePageIds, deltaBundle, indexedHash, planDelta, searchVersion, type SearchState } from "./delta.ts";

/** What the build does with the index files once every stage has succeeded. */
export interface IndexOutcome {
  state: SearchState;
  /** Pages handed to Pagefind in this build. */
  indexed: number;
  /** Article pages the site's search finds. */
  searchable: number;
  /** INDEX_FOLDER was written whole: it replaces the site's. Otherwise only a new delta bundle and the manifest were written. */
  whole: boolean;
  /** A delta bundle folder of the site (under INDEX_FOLDER) that is no longer used, to delete once the new files are in place. */
  stale: string | null;
}

export class SiteIndex {
  /** Indexed hash of each article page rendered in this build, by URL. */
  private readonly rendered = new Map<string, string>();
  /** Pages rendered in this build that may go into the delta bundle, by URL (rebuilds only). */
  private readonly changed = new Map<string, string>();
  /** Pages handed to the whole index while they were rendered. */
  private readonly added = new Set<string>();
  private indexed = 0;
  /** Set once finish is called: no page may be indexed after. */
  private finishing = false;
  /** Every HTML page rendered in this build (into the staging folder), by URL. */
  private readonly staged = new Set<string>();
  /** Settles once the pages rendered in this build are written (readsAfter). */
  private written: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly stagedDir: string,
    private readonly liveDir: string,
    private readonly version: string,
    /** The site's index as the previous build left it; null when this build writes it whole. */
    private readonly previous: SearchState | null,
    /** The whole index being filled while pages are rendered. */
    private whole: SearchIndexer | null,
  ) {}

  /**
   * Starts the index of a build writing into `stagedDir` over the site in `liveDir`. `previous` is
   * the site's index state (null for a first build); `rebuildWhole` asks for the whole index.
   */
  static async start(stagedDir: string, liveDir: string, previous: SearchState | null, rebuildWhole: boolean): Promise<SiteIndex> {
    const version = await searchVersion();
    const usable = !rebuildWhole && previous !== null && previous.version === version ? previous : null;
    return new SiteIndex(stagedDir, liveDir, version, usable, usable ? null : await SearchIndexer.start(stagedDir));
  }

  /** Article pages after which the whole index being filled writes a shard (Infinity for a delta). */
  get articlesPerShard(): number {
    return this.whole ? this.whole.pagesPerShard : Infinity;
  }

  /** Offers one page as it is rendered (path relative to the site root); only article pages are indexed. */
  async add(file: string, html: string): Promise<void> {
    if (!file.endsWith(".html")) return;
    const url = pageUrl(file);
    this.staged.add(url);
    const hash = indexedHash(html);
    if (hash === null) return;
    if (this.finishing) throw new Error(`${file}: a page for the search index came after the index was finished (only article pages are indexed)`);
    this.rendered.set(url, hash);
    if (this.whole) {
      this.indexed++;
      this.added.add(url);
      await this.whole.add(file, html);
    } else if (this.previous!.main[url]?.[1] !== hash) this.changed.set(url, html);
  }

  /**
   * Tells the index when the pages rendered in this build are all on disk. `finish` may start
   * before then (see build.ts: as soon as the last article page is handed over, while the render
   * goes on with other pages), and a page is written after it is handed over.
   */
  readsAfter(written: Promise<unknown>): void {
    this.written = written;
  }

  /** A page of the new site: rendered in this build (staged, once written) or unchanged (live). */
  private async read(file: string): Promise<string> {
    if (!this.staged.has(pageUrl(file))) return readFile(path.join(this.liveDir, file), "utf8");
    await this.written;
    return readFile(path.join(this.stagedDir, file), "utf8");
  }

  /** Writes what the index needs, given every article page of the new site (paths relative to its root). */
  async finish(articleFiles: readonly string[]): Promise<IndexOutcome> {
    this.finishing = true;
    const urls = new Map(articleFiles.map((file) => [pageUrl(file), file]));
    if (this.whole) return this.finishWhole(urls);
    const previous = this.previous!;
    const plan = planDelta(previous, new Set(urls.keys()), this.rendered);
    if (plan.compact) {
      this.whole = await SearchIndexer.start(this.stagedDir);
      return this.finishWhole(urls);
    }
    let state: SearchState = { ...previous, delta: Object.fromEntries(plan.delta) };
    let superseded = plan.superseded;
    let stale: string | null = null;
    if (plan.rewrite) {
      stale = previous.deltaBundle;
      state = { ...state, deltaBundle: null, deltaIds: [], serial: previous.serial + 1 };
      const delta = new Map(plan.delta);
      for (let attempt = 0; delta.size > 0; attempt++) {
        const bundle = deltaBundle(state.serial);
        const ids = await this.writeBundle(bundle, [...delta.keys()].map((url) => urls.get(url)!));
        // A page whose indexed text did not change (only what Pagefind ignores did) has the same
        // id in both bundles, where the search page could not tell its copies apart: the main
        // bundle's copy is current, so the page leaves the delta and the bundle is written without it.
        const same = [...delta.keys()].filter((url) => ids.get(url) === previous.main[url]?.[0]);
        if (same.length === 0 || attempt > 0) {
          state = { ...state, deltaBundle: bundle, deltaIds: [...delta.keys()].map((url) => ids.get(url)!).sort() };
          break;
        }
        const main = { ...state.main };
        for (const url of same) {
          main[url] = [previous.main[url]![0], delta.get(url)!];
          delta.delete(url);
        }
        const current = new Set(same.map((url) => previous.main[url]![0]));
        superseded = superseded.filter((id) => !current.has(id));
        state = { ...state, main, delta: Object.fromEntries(delta) };
        await rm(path.join(this.stagedDir, INDEX_FOLDER, bundle), { recursive: true, force: true });
      }
    }
    await writeShardManifest(this.stagedDir, state.shards, {
      ...(state.deltaBundle ? { delta: { bundle: state.deltaBundle, pages: state.deltaIds } } : {}),
      ...(superseded.length ? { superseded } : {}),
    });
    return { state, indexed: this.indexed, searchable: urls.size, whole: false, stale };
  }

  /** Writes the pages of `files` as one bundle in INDEX_FOLDER/`bundle` and returns each page's result id by URL. */
  private async writeBundle(bundle: string, files: readonly string[]): Promise<Map<string, string>> {
    const indexer = await SearchIndexer.start(this.stagedDir, { bundle });
    try {
      for (const file of files) {
        this.indexed++;
        await indexer.add(file, this.changed.get(pageUrl(file)) ?? (await this.read(file)));
      }
    } catch (error) {
      await indexer.abort();
      throw error;
    }
    await indexer.finish();
    return bundlePageIds(path.join(this.stagedDir, INDEX_FOLDER, bundle));
  }

  /** Adds the pages the whole index does not hold yet, writes it and records each page's result id. */
  private async finishWhole(urls: ReadonlyMap<string, string>): Promise<IndexOutcome> {
    const indexer = this.whole!;
    const hashes = new Map<string, string>();
    try {
      for (const [url, file] of urls) {
        if (this.added.has(url)) {
          hashes.set(url, this.rendered.get(url)!);
          continue;
        }
        // Not handed over while rendering: unchanged on the site, or kept when the delta was planned.
        const html = this.changed.get(url) ?? (await this.read(file));
        const hash = indexedHash(html);
        if (hash === null) continue;
        hashes.set(url, hash);
        this.indexed++;
        await indexer.add(file, html);
      }
    } catch (error) {
      await indexer.abort();
      throw error;
    }
    const { shards } = await indexer.finish();
    const main: SearchState["main"] = {};
    for (let n = 1; n <= shards; n++) {
      for (const [url, id] of await bundlePageIds(shardFolder(this.stagedDir, n))) {
        const hash = hashes.get(url);
        if (hash !== undefined) main[url] = [id, hash];
      }
    }
    if (Object.keys(main).length !== hashes.size) throw new Error(`the search index holds ${Object.keys(main).length} of ${hashes.size} article pages`);
    const state: SearchState = { version: this.version, shards, main, delta: {}, deltaBundle: null, deltaIds: [], serial: this.previous?.serial ?? 0 };
    return { state, indexed: this.indexed, searchable: urls.size, whole: true, stale: null };
  }

  /** Stops Pagefind without writing anything more (the build failed). */
  async abort(): Promise<void> {
    await this.whole?.abort();
  }
}
