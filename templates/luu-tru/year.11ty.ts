/** One year of the archive: links to its months, then its articles newest first, paginated. */
import { html } from "../../src/render/html.ts";
import { withBase, type SiteData } from "../../src/site/config.ts";
import { articleCount, monthName, pagedTitle } from "../../src/render/format.ts";
import { articleList, pager } from "../../src/render/components.ts";
import { sectionCrumbs } from "../../src/site/crumbs.ts";
import type { GroupPage, YearGroup } from "../../src/site/model.ts";
import { STRINGS } from "../../src/site/strings.ts";

const S = STRINGS.archive;

interface Data {
  site: SiteData;
  listPage: GroupPage<YearGroup>;
}

export const data = {
  layout: "base.11ty.ts",
  pagination: { data: "paged.year", size: 1, alias: "listPage", addAllPagesToCollections: true },
  permalink: (d: Data) => `${d.listPage.url}index.html`,
  eleventyComputed: {
    title: (d: Data) => pagedTitle(S.yearTitle(d.listPage.group.name), d.listPage),
    // Counts and the months only on the year's own page, so later pages keep their content.
    description: (d: Data) => (d.listPage.landing ? S.yearDescription(articleCount(d.listPage.group.articles.length), d.listPage.group.name) : S.yearPageDescription(d.listPage.group.name, d.listPage.number)),
    breadcrumbs: (d: Data) => sectionCrumbs("archive", { name: d.listPage.group.name, url: d.listPage.group.url }),
  },
};

export function render({ site, listPage }: Data): string {
  const u = (path: string) => withBase(site.basePath, path);
  const g = listPage.group;
  return html`<h1><span class="kicker">${STRINGS.sections.archive}</span> ${S.yearTitle(g.name)}</h1>
${listPage.landing ? html`<p class="lede">${articleCount(g.articles.length)}.</p>
<nav class="month-nav" aria-label="${S.monthsLabel(g.name)}">
<ul>${g.months.map((m) => html`<li><a href="${u(m.url)}">${monthName(m.month)}</a> <span class="count">(${m.articles.length})</span></li>`)}</ul>
</nav>` : ""}
<section aria-labelledby="bai-viet">
<h2 id="bai-viet">${pagedTitle(STRINGS.lists.articles, listPage)}</h2>
${articleList(listPage.items, u)}
</section>
${pager(listPage, u)}`.value;
}
