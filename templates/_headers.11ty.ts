/** The `_headers` file for static hosts (rules in src/render/headers.ts). */
import { staticHostHeaders } from "../src/render/headers.ts";
import type { SiteData } from "../src/site/config.ts";

export const data = { permalink: "/_headers", eleventyExcludeFromCollections: true };

export function render({ site }: { site: SiteData }): string {
  return staticHostHeaders(site.basePath);
}
