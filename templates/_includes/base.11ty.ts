/** The page frame every page shares: head (canonical, social tags), header with search, skip link, breadcrumbs, footer. */
import { html, trusted } from "../../src/render/html.ts";
import { absoluteUrl, withBase, type SiteData } from "../../src/site/config.ts";
import { breadcrumbList, jsonLdScript, type Crumb } from "../../src/render/jsonld.ts";
import { SECTION_LABELS } from "../../src/site/crumbs.ts";
import { SECTIONS } from "../../src/site/model.ts";
import { STRINGS } from "../../src/site/strings.ts";

const S = STRINGS.frame;

interface Data {
  site: SiteData;
  page: { url: string | false };
  content: string;
  /** The page's own title, without the site name. */
  title?: string;
  /** One sentence for search results and link previews; defaults to the site description. */
  description?: string;
  /** The trail ending with this page; no breadcrumbs on the home page. */
  breadcrumbs?: Crumb[];
  /** "article" on article pages; "website" otherwise. */
  ogType?: string;
  /** Keep the page out of search engines (review pages, 404). */
  noindex?: boolean;
}

/** Main navigation: the index page of each kind. */
const NAV = [
  { label: SECTION_LABELS.partner, url: `/${SECTIONS.partner}/` },
  { label: SECTION_LABELS.person, url: `/${SECTIONS.person}/` },
  { label: SECTION_LABELS.series, url: `/${SECTIONS.series}/` },
  { label: SECTION_LABELS.outlet, url: `/${SECTIONS.outlet}/` },
  { label: SECTION_LABELS.archive, url: `/${SECTIONS.archive}/` },
];

export function render(data: Data): string {
  const { site } = data;
  const u = (path: string) => withBase(site.basePath, path);
  const pageUrl = typeof data.page?.url === "string" ? data.page.url : null;
  const pageTitle = data.title ? S.pageTitle(data.title, site.name) : site.name;
  const description = data.description || site.description;
  const canonical = pageUrl && !data.noindex ? absoluteUrl(site, pageUrl) : null;
  const crumbs = data.breadcrumbs ?? [];
  const resolve = (url: string) => absoluteUrl(site, url) ?? u(url);
  // aria-current: "page" on the section's own index, "true" on pages inside the section.
  const current = (url: string) => (pageUrl === url ? "page" : pageUrl?.startsWith(url) ? "true" : null);
  return `<!DOCTYPE html>\n${html`<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pageTitle}</title>
<meta name="description" content="${description}">
${data.noindex ? html`<meta name="robots" content="noindex">` : ""}
${canonical ? html`<link rel="canonical" href="${canonical}">` : ""}
<meta property="og:site_name" content="${site.name}">
<meta property="og:locale" content="${site.ogLocale}">
<meta property="og:type" content="${data.ogType ?? "website"}">
<meta property="og:title" content="${data.title ?? site.name}">
<meta property="og:description" content="${description}">
${canonical ? html`<meta property="og:url" content="${canonical}">` : ""}
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${data.title ?? site.name}">
<meta name="twitter:description" content="${description}">
<link rel="stylesheet" href="${u("/assets/site.css")}">
<link rel="alternate" type="application/atom+xml" title="${site.name}" href="${u("/feed.xml")}">
${crumbs.length ? jsonLdScript(breadcrumbList(crumbs, resolve)) : ""}
</head>
<body>
<a class="skip-link" href="#noi-dung">${S.skipLink}</a>
<header class="site-header">
<div class="wrap header-inner">
<a class="site-name" href="${u("/")}">${site.name}</a>
<form class="search-form" role="search" aria-label="${S.searchFormLabel}" action="${u("/tim-kiem/")}" method="get">
<label for="q-header">${S.searchLabel}</label>
<input id="q-header" type="search" name="q" placeholder="${S.searchPlaceholder}">
<button type="submit">${S.searchButton}</button>
</form>
</div>
<nav class="site-nav" aria-label="${S.navLabel}">
<ul class="wrap">${NAV.map((item) => html`<li><a href="${u(item.url)}"${current(item.url) ? html` aria-current="${current(item.url)}"` : ""}>${item.label}</a></li>`)}</ul>
</nav>
</header>
<main id="noi-dung" class="wrap" tabindex="-1">
${crumbs.length > 1 ? html`<nav class="breadcrumbs" aria-label="${S.breadcrumbsLabel}" data-pagefind-ignore>
<ol>${crumbs.map((c, i) => (i === crumbs.length - 1 ? html`<li><a href="${u(c.url)}" aria-current="page">${c.name}</a></li>` : html`<li><a href="${u(c.url)}">${c.name}</a></li>`))}</ol>
</nav>` : ""}
${trusted(data.content)}
</main>
<footer class="site-footer">
<div class="wrap">
${canonical ? html`<p class="print-only">${S.pageAddress(canonical)}</p>` : ""}
<p>${site.description}</p>
<ul class="footer-links">
<li><a href="${u("/feed.xml")}">${S.feed}</a></li>
<li><a href="${u("/sitemap.xml")}">${S.sitemap}</a></li>
<li><a href="${u(`/${SECTIONS.archive}/`)}">${STRINGS.archive.title}</a></li>
<li><a href="${u("/du-lieu/")}">${S.openData}</a></li>
</ul>
</div>
</footer>
</body>
</html>`}`;
}
