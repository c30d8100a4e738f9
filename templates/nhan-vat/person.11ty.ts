/** One person: every article they appear in, oldest first, with the title they held each time. */
import { html } from "../../src/render/html.ts";
import { withBase, type SiteData } from "../../src/site/config.ts";
import { articleCount, pagedTitle } from "../../src/render/format.ts";
import { articleItem, pager } from "../../src/render/components.ts";
import { sectionCrumbs } from "../../src/site/crumbs.ts";
import type { Appearance, GroupPage, PersonGroup } from "../../src/site/model.ts";
import { STRINGS } from "../../src/site/strings.ts";

const S = STRINGS.person;

interface Data {
  site: SiteData;
  listPage: GroupPage<PersonGroup, Appearance>;
}

export const data = {
  layout: "base.11ty.ts",
  pagination: { data: "paged.person", size: 1, alias: "listPage", addAllPagesToCollections: true },
  permalink: (d: Data) => `${d.listPage.url}index.html`,
  eleventyComputed: {
    title: (d: Data) => pagedTitle(d.listPage.group.name, d.listPage),
    // Counts and the latest title only on the person's own page, so later pages keep their content.
    description: (d: Data) => (d.listPage.landing ? S.description(d.listPage.group.name, articleCount(d.listPage.group.articles.length)) : S.pageDescription(d.listPage.group.name, d.listPage.number)),
    breadcrumbs: (d: Data) => sectionCrumbs("person", { name: d.listPage.group.name, url: d.listPage.group.url }),
  },
};

/** Under an article: the title held then, and a label where the article only mentions the person. */
function appearanceNote(ap: Appearance) {
  if (!ap.title && !ap.mentioned) return undefined;
  return html`${ap.mentioned ? html`<p class="mention-only">${S.mentionedOnly}</p>` : ""}${ap.title ? html`<p class="role-then"><span class="label">${S.titleThen}</span> ${ap.title}</p>` : ""}`;
}

export function render({ site, listPage }: Data): string {
  const u = (path: string) => withBase(site.basePath, path);
  const g = listPage.group;
  return html`<h1><span class="kicker">${STRINGS.sections.person}</span> ${g.name}</h1>
${listPage.landing
    ? html`<p class="lede">${S.lede(articleCount(g.articles.length), g.latestTitle)}</p>
${g.aliases.length ? html`<p class="aliases"><span class="label">${S.aliases}</span> ${g.aliases.join(", ")}</p>` : ""}`
    : ""}
<section aria-labelledby="cac-bai">
<h2 id="cac-bai">${S.appearances}</h2>
<ol class="article-list appearances">${listPage.items.map((ap) => articleItem(ap.article, u, appearanceNote(ap)))}</ol>
</section>
${pager(listPage, u)}`.value;
}
