/** The article page: headline, metadata, body (the only part search indexes), related links. */
import { html, trusted } from "../../src/render/html.ts";
import { absoluteUrl, withBase, type SiteData } from "../../src/site/config.ts";
import { eventLabel } from "../../src/render/format.ts";
import { dateTime, linkItems, linkList } from "../../src/render/components.ts";
import { jsonLdScript, newsArticle } from "../../src/render/jsonld.ts";
import type { PersonLink, SiteArticle } from "../../src/site/model.ts";
import { searchMetadata } from "../../src/search/meta.ts";
import { STRINGS } from "../../src/site/strings.ts";

const S = STRINGS.article;

export const data = { layout: "base.11ty.ts", ogType: "article" };

/** A person with their title then; a link to their page where they have one (a bare surname has none). */
const personItem = (p: PersonLink, u: (path: string) => string) =>
  html`<li>${p.url ? html`<a href="${u(p.url)}">${p.name}</a>` : p.name}${p.title ? html`<span class="role">, ${p.title}</span>` : ""}</li>`;

interface Data {
  site: SiteData;
  article: SiteArticle;
  content: string;
}

export function render({ site, article, content }: Data): string {
  const u = (path: string) => withBase(site.basePath, path);
  const resolve = (url: string) => absoluteUrl(site, url) ?? u(url);
  const fm = article.fm;
  const sameStory = article.sameStory;
  // Facts and participants reach search as filters and metadata (src/search/meta.ts), so they are
  // kept out of the indexed text, where they would crowd the excerpts.
  return html`<article class="article" data-pagefind-body>
<header class="article-header">
<h1 data-pagefind-meta="title">${article.title}</h1>
<dl class="facts" data-pagefind-ignore>
<div><dt>${S.date}</dt><dd>${dateTime(article.date)}</dd></div>
${fm.location ? html`<div><dt>${S.place}</dt><dd>${fm.location}</dd></div>` : ""}
${article.partners.length ? html`<div><dt>${S.partners}</dt><dd>${article.partners.map((p, i) => html`${i ? ", " : ""}<a href="${u(p.url)}">${p.name}</a>`)}</dd></div>` : ""}
${fm.event ? html`<div><dt>${S.event}</dt><dd>${article.series ? html`<a href="${u(article.series.url)}">${eventLabel(fm.event, fm.eventOrdinal)}</a>` : eventLabel(fm.event, fm.eventOrdinal)}</dd></div>` : ""}
${fm.outlet ? html`<div><dt>${S.source}</dt><dd>${article.outletUrl ? html`<a href="${u(article.outletUrl)}">${fm.outlet}</a>` : fm.outlet}</dd></div>` : ""}
${fm.credits.length ? html`<div><dt>${S.credits}</dt><dd>${fm.credits.join(", ")}</dd></div>` : ""}
</dl>
${article.participants.length ? html`<section class="participants" aria-labelledby="nguoi-tham-du" data-pagefind-ignore>
<h2 id="nguoi-tham-du">${S.participants}</h2>
<ul>${article.participants.map((p) => personItem(p, u))}</ul>
</section>` : ""}
${article.mentioned.length ? html`<section class="participants mentioned" aria-labelledby="duoc-nhac-den" data-pagefind-ignore>
<h2 id="duoc-nhac-den">${S.mentioned}</h2>
<ul>${article.mentioned.map((p) => personItem(p, u))}</ul>
</section>` : ""}
</header>
<div class="body">${trusted(content)}</div>
${searchMetadata(article)}
</article>
${jsonLdScript(
  newsArticle(
    {
      headline: article.title,
      url: article.url,
      datePublished: article.date,
      description: article.summary,
      outlet: fm.outlet,
      credits: fm.credits,
      partners: article.partners,
      participants: article.participants,
      siteName: site.name,
    },
    resolve,
  ),
)}
${sameStory.length ? html`<section class="same-story" aria-labelledby="cung-su-kien" data-pagefind-ignore>
<h2 id="cung-su-kien">${S.sameStory}</h2>
<ul>${sameStory.map((s) => html`<li><a href="${u(s.url)}">${s.title}</a>${s.outlet ? html` <span class="meta">(${s.outlet})</span>` : ""}</li>`)}</ul>
</section>` : ""}
${article.related.length ? html`<section class="related" aria-labelledby="bai-lien-quan" data-pagefind-ignore>
<h2 id="bai-lien-quan">${S.related}</h2>
<ul>${linkItems(article.related, u)}</ul>
${article.series ? html`<p>${S.wholeSeries} <a href="${u(article.series.url)}">${article.series.name}</a></p>` : ""}
${article.partners.length ? html`<p>${S.allAbout} ${linkList(article.partners, u)}</p>` : ""}
</section>` : ""}
${article.previous || article.next ? html`<nav class="prev-next" aria-label="${S.previousNextLabel}" data-pagefind-ignore>
<ul>
${article.previous ? html`<li class="prev"><span class="label">${S.previous}</span> <a href="${u(article.previous.url)}" rel="prev">${article.previous.title}</a></li>` : ""}
${article.next ? html`<li class="next"><span class="label">${S.next}</span> <a href="${u(article.next.url)}" rel="next">${article.next.title}</a></li>` : ""}
</ul>
</nav>` : ""}`.value;
}
