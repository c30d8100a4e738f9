/** Paging and page frame of the editors' review pages (/bien-tap/): kept out of search, sitemap and robots. */
import { html, type SafeHtml } from "../render/html.ts";
import { withBase, type SiteData } from "../site/config.ts";
import { STRINGS } from "../site/strings.ts";
import type { ReviewEntry } from "./review.ts";

/** The editors' pages' own stylesheet (a file: the site's Content-Security-Policy allows no inline styles). */
export const EDITORS_CSS = "/assets/editors.css";

/** The review section of the site. */
export const REVIEW_PATH = "/bien-tap/";

/** Site path of review page `pageIndex` (0-based): /bien-tap/, /bien-tap/trang-2/, … */
export function reviewPageUrl(pageIndex: number): string {
  return pageIndex === 0 ? REVIEW_PATH : `${REVIEW_PATH}trang-${pageIndex + 1}/`;
}

/** The HTML id of an article's review section (ids are file paths; whitespace is not allowed in an id). */
export function reviewAnchor(id: string): string {
  return `bai-${id.replace(/\s+/g, "_")}`;
}

const linkCache = new WeakMap<readonly ReviewEntry[], Map<string, string>>();

/** Link to an article's review section (page and anchor), given the page size. */
export function reviewLink(entries: readonly ReviewEntry[], id: string, pageSize: number): string {
  let links = linkCache.get(entries);
  if (!links) {
    links = new Map(entries.map((e, i) => [e.id, `${reviewPageUrl(Math.floor(i / pageSize))}#${reviewAnchor(e.id)}`]));
    linkCache.set(entries, links);
  }
  return links.get(id) ?? reviewPageUrl(0);
}


/** A whole review page: its own frame, with noindex for robots and no data-pagefind-body for search. */
export function reviewPage(site: SiteData, title: string, body: SafeHtml): string {
  const u = (path: string) => withBase(site.basePath, path);
  return `<!doctype html>\n${html`<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${STRINGS.frame.pageTitle(title, site.name)}</title>
<link rel="stylesheet" href="${u("/assets/site.css")}">
<link rel="stylesheet" href="${u(EDITORS_CSS)}">
</head>
<body class="review">
<a class="skip-link" href="#noi-dung">${STRINGS.frame.skipLink}</a>
<header class="site-header"><a class="site-name" href="${u("/")}">${site.name}</a> · <a href="${u(REVIEW_PATH)}">${STRINGS.review.section}</a></header>
<main id="noi-dung">
${body}
</main>
</body>
</html>`.value}`;
}
