/**
 * sitemap.xml: every HTML page except those whose data sets `excludeFromSitemap` or `noindex`,
 * those rendered in this build and those taken unchanged from the previous one.
 */
import { escapeHtml } from "../src/render/html.ts";
import { absoluteOrPreviewUrl, type SiteData } from "../src/site/config.ts";
import { sitemapEntries, type CollectionItem } from "../src/render/sitemap.ts";

export const data = { permalink: "/sitemap.xml", eleventyExcludeFromCollections: true, layout: false };

interface Data {
  site: SiteData;
  collections: { all: CollectionItem[] };
  reusedPages: CollectionItem[];
}

export function render({ site, collections, reusedPages }: Data): string {
  const urls = sitemapEntries([...collections.all, ...reusedPages]).map(
    (e) => `<url><loc>${escapeHtml(absoluteOrPreviewUrl(site, e.url))}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ""}</url>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}
