/**
 * The search contract on an article page: empty elements inside the article's data-pagefind-body
 * that carry its result metadata, filters and sort keys as attribute values (so none of them adds
 * words to the index), and the script that highlights a search's words when opened from a result.
 * Nothing else on a page needs to know about search.
 */
import { html, type SafeHtml } from "../render/html.ts";
import { vietnameseDate } from "../render/format.ts";
import type { SiteArticle } from "../site/model.ts";
import { FILTERS, SORT_KEY, type FilterKey } from "./contract.ts";

/** The filter values of an article, by filter. */
export function articleFilters(article: SiteArticle): Record<FilterKey, string[]> {
  return {
    partner: article.partners.map((p) => p.name),
    year: article.year ? [article.year] : [],
    place: article.fm.location ? [article.fm.location] : [],
    outlet: article.fm.outlet ? [article.fm.outlet] : [],
    // By the person's page name, so that every spelling of one person is found by the one name the search page offers.
    participant: [...new Set(article.participants.map((p) => p.page ?? p.name))],
    series: article.series ? [article.series.name] : [],
  };
}

/** The sort keys of an article: its day as a number; none for an undated article (see SORT_KEY). */
export function articleSortKeys(article: SiteArticle): Partial<Record<typeof SORT_KEY, number>> {
  return article.date ? { [SORT_KEY]: Number(article.date.replaceAll("-", "")) } : {};
}

/** What a search result shows besides the title Pagefind takes from the headline. */
export function articleResultMeta(article: SiteArticle): Record<string, string> {
  return {
    date: vietnameseDate(article.date),
    partners: article.partners.map((p) => p.name).join(", "),
  };
}

/** The relative path from an article page's URL up to the site root ("/bai-viet/x/" → "../../"). */
function toRoot(url: string): string {
  return "../".repeat(url.split("/").filter(Boolean).length);
}

/** Hidden elements that give Pagefind the article's metadata, filters and sort keys. */
export function searchMetadata(article: SiteArticle): SafeHtml {
  const filters = Object.entries(articleFilters(article)).flatMap(([key, values]) =>
    values.map((value) => html`<span data-pagefind-filter="${FILTERS[key as FilterKey].pagefind}[data-value]" data-value="${value}"></span>`),
  );
  const sorts = Object.entries(articleSortKeys(article)).map(
    ([key, value]) => html`<span data-pagefind-sort="${key}[data-value]" data-value="${String(value)}"></span>`,
  );
  const meta = Object.entries(articleResultMeta(article))
    .filter(([, value]) => value !== "")
    .map(([key, value]) => html`<span data-pagefind-meta="${key}[data-value]" data-value="${value}"></span>`);
  // A relative script URL works under any --base-path; the script only runs when the URL asks for highlights.
  return html`<div hidden class="search-data">${filters}${sorts}${meta}</div>
<script type="module" src="${toRoot(article.url)}assets/highlight.js"></script>`;
}
