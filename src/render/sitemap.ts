/** Which pages the sitemap lists: HTML pages whose data does not opt out. */

/** The slice of an Eleventy collection item the sitemap reads. */
export interface CollectionItem {
  url: string | false;
  outputPath: string | false;
  data: { excludeFromSitemap?: boolean; noindex?: boolean; article?: { date: string | null } };
}

/** Sorted sitemap entries (site-relative URL and last modification date when known). */
export function sitemapEntries(items: readonly CollectionItem[]): { url: string; lastmod: string | null }[] {
  return items
    .filter((item) => typeof item.url === "string" && typeof item.outputPath === "string" && item.outputPath.endsWith(".html"))
    .filter((item) => !item.data.excludeFromSitemap && !item.data.noindex)
    .map((item) => ({ url: item.url as string, lastmod: item.data.article?.date ?? null }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
