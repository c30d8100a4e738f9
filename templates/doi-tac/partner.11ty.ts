/** One partner country: its timeline, the people met, then its articles newest first, paginated. */
import { html } from "../../src/render/html.ts";
import { withBase, type SiteData } from "../../src/site/config.ts";
import { articleCount, pagedTitle } from "../../src/render/format.ts";
import { articleList, pager } from "../../src/render/components.ts";
import { timelineFigure } from "../../src/render/timeline.ts";
import { sectionCrumbs } from "../../src/site/crumbs.ts";
import type { GroupPage, PartnerGroup } from "../../src/site/model.ts";
import { STRINGS } from "../../src/site/strings.ts";

const S = STRINGS.partner;

interface Data {
  site: SiteData;
  listPage: GroupPage<PartnerGroup>;
}

export const data = {
  layout: "base.11ty.ts",
  pagination: { data: "paged.partner", size: 1, alias: "listPage", addAllPagesToCollections: true },
  permalink: (d: Data) => `${d.listPage.url}index.html`,
  eleventyComputed: {
    title: (d: Data) => pagedTitle(S.title(d.listPage.group.name), d.listPage),
    // Counts only on the list's own page: a later page must not change when an article is added elsewhere.
    description: (d: Data) => (d.listPage.landing ? S.description(articleCount(d.listPage.group.articles.length), d.listPage.group.name) : S.pageDescription(d.listPage.group.name, d.listPage.number)),
    breadcrumbs: (d: Data) => sectionCrumbs("partner", { name: d.listPage.group.name, url: d.listPage.group.url }),
  },
};

export function render({ site, listPage }: Data): string {
  const u = (path: string) => withBase(site.basePath, path);
  const g = listPage.group;
  const first = listPage.landing;
  return html`<h1><span class="kicker">${STRINGS.sections.partner}</span> ${g.name}</h1>
${first ? html`<p class="lede">${S.lede(articleCount(g.articles.length), g.name)}</p>
${timelineFigure(g.timeline, "tl-partner", S.timelineTitle(g.name), u)}
${g.people.length ? html`<section class="people-met" aria-labelledby="nhan-vat-gap">
<h2 id="nhan-vat-gap">${S.peopleMet}</h2>
<ul class="group-index">${g.people.map((p) => html`<li><a href="${u(p.url)}">${p.name}</a> <span class="count">(${p.count})</span></li>`)}</ul>
</section>` : ""}` : ""}
<section aria-labelledby="bai-viet">
<h2 id="bai-viet">${pagedTitle(STRINGS.lists.articles, listPage)}</h2>
${articleList(listPage.items, u)}
</section>
${pager(listPage, u)}`.value;
}
