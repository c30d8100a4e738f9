/** Paging and page frame of the editors' review pages (/bien-tap/): kept out of search, sitemap and robots. */
import { html, trusted, type SafeHtml } from "../render/html.ts";
import { withBase, type SiteData } from "../site/config.ts";
import type { ReviewEntry } from "./review.ts";

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

/** Styles of the review pages only (the public site's stylesheet is shared). */
const REVIEW_CSS = `
.review { max-width: none; }
.review-entry { border-top: 2px solid #888; padding-top: 1rem; margin-top: 2rem; }
.side-by-side { display: grid; grid-template-columns: minmax(18rem, 2fr) 3fr; gap: 1.5rem; align-items: start; }
@media (max-width: 60rem) { .side-by-side { grid-template-columns: 1fr; } }
.fields th { text-align: left; vertical-align: top; padding-right: .75rem; white-space: nowrap; }
.fields td { vertical-align: top; }
.flag { display: inline-block; font-size: .8em; padding: 0 .4em; border-radius: .3em; margin-left: .3em; border: 1px solid currentColor; }
.flag-missing, .flag-doubtful { color: #b00020; }
.flag-corrected { color: #1b5e20; }
@media (prefers-color-scheme: dark) { .flag-missing, .flag-doubtful { color: #ff8a80; } .flag-corrected { color: #a5d6a7; } }
.raw { font: .85rem/1.45 ui-monospace, monospace; list-style: none; padding: 0; margin: 0; max-height: 40rem; overflow: auto; border: 1px solid #888; }
.raw li { display: grid; grid-template-columns: 3.5em 1fr; white-space: pre-wrap; overflow-wrap: anywhere; }
.raw .n { color: #767676; text-align: right; padding-right: .5em; user-select: none; }
.raw .removed { opacity: .75; }
.raw .removed .reason { display: block; font-style: italic; }
.overview td, .overview th { text-align: left; vertical-align: top; padding: .2rem .5rem .2rem 0; }
pre.snippet { background: rgba(127,127,127,.12); padding: .5rem; overflow: auto; }
`;

/** A whole review page: its own frame, with noindex for robots and no data-pagefind-body for search. */
export function reviewPage(site: SiteData, title: string, body: SafeHtml): string {
  const u = (path: string) => withBase(site.basePath, path);
  return `<!doctype html>\n${html`<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title} – ${site.name}</title>
<link rel="stylesheet" href="${u("/assets/site.css")}">
<style>${trusted(REVIEW_CSS)}</style>
</head>
<body class="review">
<a class="skip-link" href="#noi-dung">Chuyển đến nội dung chính</a>
<header class="site-header"><a class="site-name" href="${u("/")}">${site.name}</a> · <a href="${u(REVIEW_PATH)}">Biên tập</a></header>
<main id="noi-dung">
${body}
</main>
</body>
</html>`.value}`;
}
