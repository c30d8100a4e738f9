/**
 * Which files of a built site Pagefind indexes and under which URL: HTML pages marked
 * data-pagefind-body, each at the URL it is served at.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { INDEX_FOLDER } from "./shards.ts";

/** The marker of a page that has something to index. */
export const INDEXED_PAGE = "data-pagefind-body";

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
