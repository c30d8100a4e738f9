/** Pieces of markup several pages share: article lists, pagers, link lists. */
import { html, type SafeHtml } from "./html.ts";
import { vietnameseDate } from "./format.ts";
import type { ArticleLink, NamedLink, SiteArticle } from "../site/model.ts";
import type { ListPage } from "../site/paging.ts";
import type { LetterPage } from "../site/letters.ts";
import { STRINGS } from "../site/strings.ts";

const L = STRINGS.lists;

/** Turns a root-relative site URL into one under the deployment's base path. */
export type UrlFor = (url: string) => string;

/** A <time> element with the Vietnamese date. */
export function dateTime(iso: string | null): SafeHtml {
  return iso ? html`<time datetime="${iso}">${vietnameseDate(iso)}</time>` : html`<span>${vietnameseDate(null)}</span>`;
}

/** Comma-separated links. */
export function linkList(links: readonly NamedLink[], u: UrlFor): SafeHtml {
  return html`${links.map((l, i) => html`${i ? ", " : ""}<a href="${u(l.url)}">${l.name}</a>`)}`;
}

/** One article in a list: title, date, partners, place and the one-line summary; `extra` after the meta line. */
export function articleItem(a: SiteArticle, u: UrlFor, extra?: SafeHtml): SafeHtml {
  return html`<li class="article-item">
<h3 class="article-item-title"><a href="${u(a.url)}">${a.title}</a></h3>
<p class="meta">${dateTime(a.date)}${a.partners.length ? html` · <span class="partners">${linkList(a.partners, u)}</span>` : ""}${a.fm.location ? html` · <span class="place">${a.fm.location}</span>` : ""}</p>
${extra ?? ""}
${a.summary ? html`<p class="summary">${a.summary}</p>` : ""}
</li>`;
}

/** A list of articles with their summaries. */
export function articleList(articles: readonly SiteArticle[], u: UrlFor): SafeHtml {
  if (articles.length === 0) return html`<p>${L.noArticles}</p>`;
  return html`<ol class="article-list">${articles.map((a) => articleItem(a, u))}</ol>`;
}

/** A short list of article links with dates (related articles, sessions). */
export function linkItems(links: readonly ArticleLink[], u: UrlFor): SafeHtml {
  return html`${links.map((l) => html`<li><a href="${u(l.url)}">${l.title}</a> <span class="meta">${dateTime(l.date)}</span></li>`)}`;
}

/** Page navigation for a paginated list (what paging.ts computed for it); nothing when there is one page. */
export function pager(page: ListPage<unknown>, u: UrlFor): SafeHtml {
  const { previous, next, entries } = page.pager;
  if (entries.length === 0) return html``;
  return html`<nav class="pager" aria-label="${L.pagerLabel}" data-pagefind-ignore>
<ul>
${previous ? html`<li><a href="${u(previous)}" rel="prev">${L.previousPage}</a></li>` : ""}
${entries.map((e) =>
  e === null
    ? html`<li aria-hidden="true">…</li>`
    : html`<li><a href="${u(e.url)}"${e.current ? html` aria-current="page"` : ""}>${e.number === "newest" ? L.newestPage : String(e.number)}</a></li>`,
)}
${next ? html`<li><a href="${u(next)}" rel="next">${L.nextPage}</a></li>` : ""}
</ul>
</nav>`;
}

/**
 * The letters of an index split by initial (src/site/letters.ts), the one shown marked: as the
 * current page on its first page, as the current letter on its later pages.
 */
export function letterNav(letters: readonly LetterPage<unknown>[], urlOf: (letter: LetterPage<unknown>) => string, current: { letter: LetterPage<unknown>; landing: boolean } | null, u: UrlFor): SafeHtml {
  const item = (l: LetterPage<unknown>) =>
    l.slug === current?.letter.slug
      ? html`<li><a href="${u(urlOf(l))}" aria-current="${current.landing ? "page" : "true"}">${l.letter}</a></li>`
      : html`<li><a href="${u(urlOf(l))}">${l.letter}</a></li>`;
  return html`<nav class="letter-nav" aria-label="${STRINGS.letters.navLabel}"><ul>${letters.map(item)}</ul></nav>`;
}

/** An index of groups with their article counts. */
export function groupIndex(groups: readonly { name: string; url: string; articles: readonly unknown[] }[], u: UrlFor): SafeHtml {
  if (groups.length === 0) return html`<p>${L.noGroups}</p>`;
  return html`<ul class="group-index">${groups.map((g) => html`<li><a href="${u(g.url)}">${g.name}</a> <span class="count">(${g.articles.length})</span></li>`)}</ul>`;
}
