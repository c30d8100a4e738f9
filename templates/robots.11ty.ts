/** robots.txt: everything may be crawled; points to the sitemap. */
import { absoluteOrPreviewUrl, type SiteData } from "../src/site/config.ts";

export const data = { permalink: "/robots.txt", eleventyExcludeFromCollections: true, layout: false };

export function render({ site }: { site: SiteData }): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteOrPreviewUrl(site, "/sitemap.xml")}\n`;
}
