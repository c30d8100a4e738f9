/** One month of the archive: its articles newest first, paginated. */
import { html } from "../../src/render/html.ts";
import { withBase, type SiteData } from "../../src/site/config.ts";
import { articleCount, monthName, pagedTitle } from "../../src/render/format.ts";
import { articleList, pager } from "../../src/render/components.ts";
import { sectionCrumbs } from "../../src/site/crumbs.ts";
import { SECTIONS, type GroupPage, type MonthGroup } from "../../src/site/model.ts";
import { STRINGS } from "../../src/site/strings.ts";

const S = STRINGS.archive;

interface Data {
  site: SiteData;
  listPage: GroupPage<MonthGroup>;
}

const yearCrumb = (g: MonthGroup) => ({ name: g.year, url: `/${SECTIONS.archive}/${g.year}/` });

export const data = {
  layout: "base.11ty.ts",
  pagination: { data: "paged.month", size: 1, alias: "listPage", addAllPagesToCollections: true },
  permalink: (d: Data) => `${d.listPage.url}index.html`,
  eleventyComputed: {
    title: (d: Data) => pagedTitle(monthName(d.listPage.group.month, d.listPage.group.year), d.listPage),
    // Counts only on the month's own page, so later pages keep their content.
    description: (d: Data) => {
      const month = monthName(d.listPage.group.month, d.listPage.group.year).toLowerCase();
      return d.listPage.landing ? S.monthDescription(articleCount(d.listPage.group.articles.length), month) : S.monthPageDescription(month, d.listPage.number);
    },
    breadcrumbs: (d: Data) => [
      ...sectionCrumbs("archive", yearCrumb(d.listPage.group)),
      { name: monthName(d.listPage.group.month), url: d.listPage.group.url },
    ],
  },
};

export function render({ site, listPage }: Data): string {
  const u = (path: string) => withBase(site.basePath, path);
  const g = listPage.group;
  return html`<h1><span class="kicker">${STRINGS.sections.archive}</span> ${monthName(g.month, g.year)}</h1>
<p class="lede">${listPage.landing ? html`${articleCount(g.articles.length)}. ` : ""}<a href="${u(yearCrumb(g).url)}">${S.wholeYear(g.year)}</a></p>
<section aria-labelledby="bai-viet">
<h2 id="bai-viet">${pagedTitle(STRINGS.lists.articles, listPage)}</h2>
${articleList(listPage.items, u)}
</section>
${pager(listPage, u)}`.value;
}
