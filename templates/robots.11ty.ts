/** robots.txt: everything but the editors' review pages may be crawled; points to the sitemap. */
import { absoluteOrPreviewUrl, withBase, type SiteData } from "../src/site/config.ts";
import { REVIEW_PATH } from "../src/editors/pages.ts";

export const data = { permalink: "/robots.txt", eleventyExcludeFromCollections: true, layout: false };

export function render({ site }: { site: SiteData }): string {
  return `User-agent: *\nAllow: /\nDisallow: ${withBase(site.basePath, REVIEW_PATH)}\n\nSitemap: ${absoluteOrPreviewUrl(site, "/sitemap.xml")}\n`;
}
