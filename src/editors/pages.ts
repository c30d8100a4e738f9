/** Paging and page frame of the editors' review pages (/bien-tap/): kept out of search, sitemap and robots. */
import { html, type SafeHtml } from "../render/html.ts";
import { SITE, withBase, type SiteData } from "../site/config.ts";
import { paginate, type ListPage } from "../site/paging.ts";
import { STRINGS } from "../site/strings.ts";
import type { ReviewEntry } from "./review.ts";

/** The editors' pages' own stylesheet (a file: the site's Content-Security-Policy allows no inline styles). */
export const EDITORS_CSS = "/assets/editors.css";

/** The review section of the site. */
export const REVIEW_PATH = "/bien-tap/";

/** The editors' script that loads each article's raw text when it is opened. */
export const EDITORS_JS = "/assets/editors.js";

/** One review page: a batch of entries, numbered like the site's lists (src/site/paging.ts). */
export type ReviewPage = ListPage<ReviewEntry>;

/**
 * The review pages of `entries` (in the site's order, newest first): cut and numbered like the
 * site's lists, so a new article changes the review page it is on, not every one.
 * /bien-tap/ shows the overview and the newest entries.
 */
export function reviewPages(entries: readonly ReviewEntry[]): ReviewPage[] {
  return paginate(entries, REVIEW_PATH, SITE.pageSize, (e) => e.id);
}

/** The HTML id of an article's review section (ids are file paths; whitespace is not allowed in an id). */
export function reviewAnchor(id: string): string {
  return `bai-${id.replace(/\s+/g, "_")}`;
}

const linkCache = new WeakMap<readonly ReviewEntry[], Map<string, string>>();

/** Link to an article's review section (its page and anchor). */
export function reviewLink(entries: readonly ReviewEntry[], id: string): string {
  let links = linkCache.get(entries);
  if (!links) {
    links = new Map(reviewPages(entries).flatMap((page) => page.items.map((e) => [e.id, `${page.url}#${reviewAnchor(e.id)}`] as const)));
    linkCache.set(entries, links);
  }
  return links.get(id) ?? REVIEW_PATH;
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
<script type="module" src="${u(EDITORS_JS)}"></script>
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
