/** One outlet: its articles newest first, paginated. */
import { html } from "../../src/render/html.ts";
import { withBase, type SiteData } from "../../src/site/config.ts";
import { articleCount, pagedTitle } from "../../src/render/format.ts";
import { articleList, pager } from "../../src/render/components.ts";
import { sectionCrumbs } from "../../src/site/crumbs.ts";
import type { GroupPage, Group } from "../../src/site/model.ts";
import { STRINGS } from "../../src/site/strings.ts";

const S = STRINGS.outlet;

interface Data {
  site: SiteData;
  listPage: GroupPage<Group>;
}

export const data = {
  layout: "base.11ty.ts",
  pagination: { data: "paged.outlet", size: 1, alias: "listPage", addAllPagesToCollections: true },
  permalink: (d: Data) => `${d.listPage.url}index.html`,
  eleventyComputed: {
    title: (d: Data) => pagedTitle(d.listPage.group.name, d.listPage),
    // Counts only on the outlet's own page, so later pages keep their content as articles are added.
    description: (d: Data) => (d.listPage.landing ? S.description(articleCount(d.listPage.group.articles.length), d.listPage.group.name) : S.pageDescription(d.listPage.group.name, d.listPage.number)),
    breadcrumbs: (d: Data) => sectionCrumbs("outlet", { name: d.listPage.group.name, url: d.listPage.group.url }),
  },
};

export function render({ site, listPage }: Data): string {
  const u = (path: string) => withBase(site.basePath, path);
  const g = listPage.group;
  return html`<h1><span class="kicker">${STRINGS.sections.outlet}</span> ${g.name}</h1>
${listPage.landing ? html`<p class="lede">${S.lede(articleCount(g.articles.length))}</p>` : ""}
<section aria-labelledby="bai-viet">
<h2 id="bai-viet">${pagedTitle(STRINGS.lists.articles, listPage)}</h2>
${articleList(listPage.items, u)}
</section>
${pager(listPage, u)}`.value;
}
