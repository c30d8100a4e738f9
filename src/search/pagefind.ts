/**
 * Index stage: Pagefind (Node API) indexes the article pages into pagefind/. Pages are handed
 * over while they are rendered (`SearchIndexer`), so Pagefind parses them on the other core
 * instead of re-reading the finished site; `indexSite` indexes an already built folder.
 */
import path from "node:path";
import * as pagefind from "pagefind";
import type { PagefindIndex } from "pagefind";
import { addSitePages, pageUrl, INDEXED_PAGE } from "./pages.ts";
import { aliasHtmlForIndex } from "./fold.ts";

/** Pages handed to Pagefind and not yet answered; rendering waits beyond this, so memory stays flat. */
const MAX_PAGES_IN_FLIGHT = 32;

async function openIndex(): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "vi" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  return index;
}

async function writeIndex(index: PagefindIndex, siteDir: string): Promise<void> {
  const written = await index.writeFiles({ outputPath: path.join(siteDir, "pagefind") });
  if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join("; ")}`);
}

/** A Pagefind index filled page by page during the render, then written into the site. */
export class SearchIndexer {
  private inFlight = new Set<Promise<void>>();
  /** Pages waiting for room, woken one at a time in order (never all at once: that is quadratic). */
  private waiting: (() => void)[] = [];
  private errors: string[] = [];
  private pages = 0;

  private constructor(private readonly index: PagefindIndex) {}

  static async start(): Promise<SearchIndexer> {
    return new SearchIndexer(await openIndex());
  }

  /**
   * Offers one rendered file (path relative to the site root). Only pages marked
   * data-pagefind-body are indexed, as their đ-aliased search copy (see fold.ts), under the URL
   * `addSitePages` would give them. Resolves once the page is handed over (at most
   * MAX_PAGES_IN_FLIGHT are with Pagefind at a time).
   */
  async add(relativePath: string, content: string): Promise<void> {
    if (!relativePath.endsWith(".html") || !content.includes(INDEXED_PAGE)) return;
    if (this.inFlight.size >= MAX_PAGES_IN_FLIGHT) await new Promise<void>((wake) => this.waiting.push(wake));
    const added: Promise<void> = this.index.addHTMLFile({ url: pageUrl(relativePath), content: aliasHtmlForIndex(content) }).then(
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
  }

  /** Waits for every page, writes pagefind/ into `siteDir` and stops Pagefind. */
  async finish(siteDir: string): Promise<{ pages: number }> {
    try {
      while (this.inFlight.size > 0) await Promise.all(this.inFlight);
      if (this.errors.length) throw new Error(`Pagefind indexing failed: ${this.errors.join("; ")}`);
      await writeIndex(this.index, siteDir);
      return { pages: this.pages };
    } finally {
      await pagefind.close();
    }
  }

  /** Stops Pagefind without writing anything (the build failed). */
  async abort(): Promise<void> {
    await pagefind.close();
  }
}

/** Indexes every page of an already built `siteDir` that marks its article with data-pagefind-body. */
export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const index = await openIndex();
  try {
    // Each page goes in as its search copy, with đ-words aliased so "doi thoai" finds "Đối thoại".
    const added = await addSitePages(index, siteDir);
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join("; ")}`);
    await writeIndex(index, siteDir);
    return { pages: added.pages };
  } finally {
    await pagefind.close();
  }
}
