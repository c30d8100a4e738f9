/**
 * The search contract on an article page: hidden Pagefind metadata, filters and sort keys,
 * rendered inside the article's data-pagefind-body element. Nothing else on a page needs to
 * know about search. (First version; the search issue completes it.)
 */
import { html, type SafeHtml } from "../render/html.ts";
import type { SiteArticle } from "../site/model.ts";

/** Hidden elements that give Pagefind the article's metadata, filters and sort keys. */
export function searchMetadata(article: SiteArticle): SafeHtml {
  return html`<div hidden>
${article.date ? html`<span data-pagefind-sort="date">${article.date}</span>` : ""}
${article.year ? html`<span data-pagefind-filter="year">${article.year}</span>` : ""}
</div>`;
}
