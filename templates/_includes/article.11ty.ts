/** The article page: headline, metadata, body (the only part search indexes), related links. */
import { html, trusted } from "../../src/render/html.ts";
import { withBase, type SiteData } from "../../src/site/config.ts";
import { vietnameseDate } from "../../src/render/format.ts";
import type { SiteArticle } from "../../src/site/model.ts";
import { searchMetadata } from "../../src/search/meta.ts";

export const data = { layout: "base.11ty.ts" };

interface Data {
  site: SiteData;
  article: SiteArticle;
  content: string;
}

export function render({ site, article, content }: Data): string {
  const u = (path: string) => withBase(site.basePath, path);
  const fm = article.fm;
  return html`<article data-pagefind-body>
<h1 data-pagefind-meta="title">${article.title}</h1>
<p class="meta"><time datetime="${article.date ?? ""}">${vietnameseDate(article.date)}</time>${fm.location ? html` · ${fm.location}` : ""}</p>
${article.partners.length ? html`<p>Đối tác: ${article.partners.map((p, i) => html`${i ? ", " : ""}<a href="${u(p.url)}" data-pagefind-filter="partner">${p.name}</a>`)}</p>` : ""}
${fm.event ? html`<p>Sự kiện: ${article.series ? html`<a href="${u(article.series.url)}">${fm.event}</a>` : fm.event}</p>` : ""}
${article.participants.length ? html`<ul class="participants">${article.participants.map((p) => html`<li><a href="${u(p.url)}">${p.name}</a>${p.title ? html`, ${p.title}` : ""}</li>`)}</ul>` : ""}
<div class="body">${trusted(content)}</div>
${searchMetadata(article)}
${fm.outlet || fm.credits.length ? html`<p class="credits">${fm.outlet ? html`Nguồn: ${fm.outlet}. ` : ""}${fm.credits.length ? html`Tác giả, ảnh: ${fm.credits.join(", ")}.` : ""}</p>` : ""}
</article>
<nav aria-label="Bài liên quan" data-pagefind-ignore>
${article.related.length ? html`<h2>Bài liên quan</h2><ul>${article.related.map((r) => html`<li><a href="${u(r.url)}">${r.title}</a></li>`)}</ul>` : ""}
<ul class="prev-next">
${article.previous ? html`<li>Bài trước: <a href="${u(article.previous.url)}">${article.previous.title}</a></li>` : ""}
${article.next ? html`<li>Bài sau: <a href="${u(article.next.url)}">${article.next.title}</a></li>` : ""}
</ul>
</nav>`.value;
}
