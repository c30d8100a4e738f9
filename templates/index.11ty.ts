/** Home: the archive-wide timeline, then every article newest first, paginated. */
import { html } from "../src/render/html.ts";
import { withBase, type SiteData } from "../src/site/config.ts";
import { articleCount, pagedTitle } from "../src/render/format.ts";
import { articleList, pager } from "../src/render/components.ts";
import { timelineFigure } from "../src/render/timeline.ts";
import { HOME_CRUMB } from "../src/site/crumbs.ts";
import type { SiteArticle, SiteModel } from "../src/site/model.ts";
import type { ListPage } from "../src/site/paging.ts";
import { STRINGS } from "../src/site/strings.ts";

const S = STRINGS.home;

interface Data {
  site: SiteData;
  archive: SiteModel;
  listPage: ListPage<SiteArticle>;
}

export const data = {
  layout: "base.11ty.ts",
  pagination: { data: "paged.home", size: 1, alias: "listPage", addAllPagesToCollections: true },
  permalink: (d: Data) => `${d.listPage.url}index.html`,
  eleventyComputed: {
    title: (d: Data) => (d.listPage.landing ? undefined : pagedTitle(S.pagedTitle, d.listPage)),
    breadcrumbs: (d: Data) => (d.listPage.landing ? [] : [HOME_CRUMB, { name: STRINGS.lists.page(d.listPage.number), url: d.listPage.url }]),
  },
};

export function render({ site, archive, listPage }: Data): string {
  const u = (path: string) => withBase(site.basePath, path);
  // Only the newest page shows the archive's size and timeline: the others keep their content as the archive grows.
  const first = listPage.landing;
  return html`<h1 class="${first ? "site-title" : ""}">${first ? site.name : pagedTitle(S.pagedTitle, listPage)}</h1>
${first ? html`<p class="lede">${site.description} ${S.articlesNow(articleCount(archive.articles.length))}</p>
${timelineFigure(archive.timeline, "tl-home", S.timelineTitle, u)}` : ""}
<section aria-labelledby="bai-moi">
<h2 id="bai-moi">${first ? S.latest : STRINGS.lists.page(listPage.number)}</h2>
${articleList(listPage.items, u)}
</section>
${pager(listPage, u)}`.value;
}
