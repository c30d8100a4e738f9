/** sitemap.xml: every HTML page except those whose data sets `excludeFromSitemap` or `noindex`. */
import { escapeHtml } from "../src/render/html.ts";
import { absoluteOrPreviewUrl, type SiteData } from "../src/site/config.ts";
import { sitemapEntries, type CollectionItem } from "../src/render/sitemap.ts";

export const data = { permalink: "/sitemap.xml", eleventyExcludeFromCollections: true, layout: false };

export function render({ site, collections }: { site: SiteData; collections: { all: CollectionItem[] } }): string {
  const urls = sitemapEntries(collections.all).map(
    (e) => `<url><loc>${escapeHtml(absoluteOrPreviewUrl(site, e.url))}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ""}</url>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}
