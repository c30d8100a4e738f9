/**
 * Which files of a built site Pagefind indexes and under which URL: HTML pages marked
 * data-pagefind-body, each at the URL it is served at.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { INDEX_FOLDER } from "./shards.ts";

/** The marker of a page that has something to index. */
export const INDEXED_PAGE = "data-pagefind-body";

/**
 * What Pagefind needs of a page that marks an element data-pagefind-body: that element (with the
 * page's <html> tag for its language), or null when the page marks none. The site puts every
 * data-pagefind-* attribute inside that element, and Pagefind reads nothing outside it then, so
 * the index is the same as for the whole page, for a fraction of the parsing.
 */
export function indexedPart(page: string): string | null {
  const marker = page.indexOf(INDEXED_PAGE);
  if (marker < 0) return null;
  const start = page.lastIndexOf("<", marker);
  const name = /^<([a-zA-Z][\w-]*)/.exec(page.slice(start, marker))?.[1];
  if (!name) return null;
  // The element's end: its closing tag at depth 0, counting nested elements of the same name.
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, "gi");
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(page); m; m = tags.exec(page)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      const html = /<html\b[^>]*>/i.exec(page)?.[0] ?? "<html>";
      return `<!doctype html>${html}<head><meta charset="utf-8"></head><body>${page.slice(start, tags.lastIndex)}</body></html>`;
    }
  }
  return null;
}

/** The site URL of an HTML file: "bai-viet/x/index.html" → "/bai-viet/x/". */
export function pageUrl(relativePath: string): string {
  const url = `/${relativePath.split(path.sep).join("/")}`;
  return url.endsWith("/index.html") ? url.slice(0, -"index.html".length) : url;
}

/** The HTML files under `siteDir` (relative, sorted), except those of the search index itself. */
export async function sitePages(siteDir: string): Promise<string[]> {
  return (await readdir(siteDir, { recursive: true }))
    .filter((f) => f.endsWith(".html") && !f.startsWith(`${INDEX_FOLDER}${path.sep}`))
    .sort();
}
