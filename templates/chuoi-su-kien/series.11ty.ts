/** One event series: its sessions in order of number, and which numbers the archive lacks. */
import { html } from "../../src/render/html.ts";
import { withBase, type SiteData } from "../../src/site/config.ts";
import { articleCount, sessionLabel } from "../../src/render/format.ts";
import { linkItems } from "../../src/render/components.ts";
import { sectionCrumbs } from "../../src/site/crumbs.ts";
import type { SeriesGroup } from "../../src/site/model.ts";
import { STRINGS } from "../../src/site/strings.ts";

const S = STRINGS.series;

interface Data {
  site: SiteData;
  series: SeriesGroup;
}

export const data = {
  layout: "base.11ty.ts",
  pagination: { data: "paged.series", size: 1, alias: "series", addAllPagesToCollections: true },
  permalink: (d: Data) => `${d.series.url}index.html`,
  eleventyComputed: {
    title: (d: Data) => d.series.name,
    description: (d: Data) => S.description(d.series.name, articleCount(d.series.articles.length)),
    breadcrumbs: (d: Data) => sectionCrumbs("series", { name: d.series.name, url: d.series.url }),
  },
};

export function render({ site, series }: Data): string {
  const u = (path: string) => withBase(site.basePath, path);
  return html`<h1><span class="kicker">${STRINGS.sections.series}</span> ${series.name}</h1>
<p class="lede">${S.lede(articleCount(series.articles.length), series.sessions.length)}</p>
${series.missing.length ? html`<p class="missing"><strong>${S.missing}</strong> ${series.missing.map((n, i) => html`${i ? ", " : ""}${sessionLabel(n)}`)}.</p>` : ""}
${series.sessions.length ? html`<ol class="sessions">${series.sessions.map((s) => html`<li value="${s.ordinal}">
<h2 class="session-title">${series.name} ${sessionLabel(s.ordinal)}</h2>
<ul>${linkItems(s.articles, u)}</ul>
</li>`)}</ol>` : ""}
${series.unnumbered.length ? html`<section aria-labelledby="khong-so">
<h2 id="khong-so">${S.unnumbered}</h2>
<ul>${linkItems(series.unnumbered, u)}</ul>
</section>` : ""}`.value;
}
