/**
 * Feeds Pagefind the article pages of a built site, each as its search copy (đ-words aliased,
 * see fold.ts), under the URL the page is served at. Pages without data-pagefind-body are skipped.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { PagefindIndex } from "pagefind";
import { aliasHtmlForIndex } from "./fold.ts";

/** How many pages are read and handed to Pagefind at a time. */
const CONCURRENT_PAGES = 16;

/** The marker of a page that has something to index. */
export const INDEXED_PAGE = "data-pagefind-body";

/** The site URL of an HTML file: "bai-viet/x/index.html" → "/bai-viet/x/". */
export function pageUrl(relativePath: string): string {
  const url = `/${relativePath.split(path.sep).join("/")}`;
  return url.endsWith("/index.html") ? url.slice(0, -"index.html".length) : url;
}

/** Adds every indexable page under `siteDir` (except its pagefind/ folder) to `index`. */
export async function addSitePages(index: PagefindIndex, siteDir: string): Promise<{ pages: number; errors: string[] }> {
  const files = (await readdir(siteDir, { recursive: true }))
    .filter((f) => f.endsWith(".html") && !f.startsWith(`pagefind${path.sep}`))
    .sort();
  let pages = 0;
  const errors: string[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++]!;
      const content = await readFile(path.join(siteDir, file), "utf8");
      if (!content.includes(INDEXED_PAGE)) continue;
      const added = await index.addHTMLFile({ url: pageUrl(file), content: aliasHtmlForIndex(content) });
      if (added.errors.length) errors.push(...added.errors.map((e) => `${file}: ${e}`));
      else pages++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_PAGES }, worker));
  return { pages, errors };
}
