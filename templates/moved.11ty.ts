/**
 * Where a page number of the old numbering (newest first from page 1) leads now that lists are
 * numbered from their oldest end (src/site/paging.ts): a small page that sends the reader on to
 * the list. Kept out of the sitemap and of search engines.
 */
import { html } from "../src/render/html.ts";
import { SITE, absoluteOrPreviewUrl, withBase, type SiteData } from "../src/site/config.ts";
import type { MovedPage } from "../src/site/paging.ts";
import { STRINGS } from "../src/site/strings.ts";

const L = STRINGS.lists;

interface Data {
  site: SiteData;
  moved: MovedPage;
}

export const data = {
  layout: false,
  pagination: { data: "paged.moved", size: 1, alias: "moved" },
  permalink: (d: Data) => `${d.moved.url}index.html`,
  eleventyExcludeFromCollections: true,
  excludeFromSitemap: true,
  noindex: true,
};

export function render({ site, moved }: Data): string {
  const to = withBase(site.basePath, moved.to);
  return `<!DOCTYPE html>\n${html`<html lang="${SITE.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${L.moved} – ${site.name}</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${to}">
<link rel="canonical" href="${absoluteOrPreviewUrl(site, moved.to)}">
<link rel="stylesheet" href="${withBase(site.basePath, "/assets/site.css")}">
</head>
<body>
<main id="noi-dung" class="wrap">
<h1>${L.moved}</h1>
<p>${L.movedText} <a href="${to}">${to}</a>.</p>
</main>
</body>
</html>`.value}`;
}
