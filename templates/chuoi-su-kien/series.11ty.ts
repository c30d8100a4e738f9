/** One event series: its sessions in order of number, and which numbers the archive lacks. */
import { html } from "../../src/render/html.ts";
import { withBase, type SiteData } from "../../src/site/config.ts";
import { articleCount, sessionLabel } from "../../src/render/format.ts";
import { linkItems } from "../../src/render/components.ts";
import { sectionCrumbs } from "../../src/site/crumbs.ts";
import type { SeriesGroup } from "../../src/site/model.ts";

interface Data {
  site: SiteData;
  series: SeriesGroup;
}

export const data = {
  layout: "base.11ty.ts",
  pagination: { data: "archive.series", size: 1, alias: "series" },
  permalink: (d: Data) => `${d.series.url}index.html`,
  eleventyComputed: {
    title: (d: Data) => d.series.name,
    description: (d: Data) => `${d.series.name}: các phiên có trong lưu trữ (${articleCount(d.series.articles.length)}).`,
    breadcrumbs: (d: Data) => sectionCrumbs("series", { name: d.series.name, url: d.series.url }),
  },
};

export function render({ site, series }: Data): string {
  const u = (path: string) => withBase(site.basePath, path);
  return html`<h1><span class="kicker">Chuỗi sự kiện</span> ${series.name}</h1>
<p class="lede">${articleCount(series.articles.length)}${series.sessions.length ? html`, ${series.sessions.length} phiên có số thứ tự` : ""}.</p>
${series.missing.length ? html`<p class="missing"><strong>Chưa có trong lưu trữ:</strong> ${series.missing.map((n, i) => html`${i ? ", " : ""}${sessionLabel(n)}`)}.</p>` : ""}
${series.sessions.length ? html`<ol class="sessions">${series.sessions.map((s) => html`<li value="${s.ordinal}">
<h2 class="session-title">${series.name} ${sessionLabel(s.ordinal)}</h2>
<ul>${linkItems(s.articles, u)}</ul>
</li>`)}</ol>` : ""}
${series.unnumbered.length ? html`<section aria-labelledby="khong-so">
<h2 id="khong-so">Bài chưa rõ phiên</h2>
<ul>${linkItems(series.unnumbered, u)}</ul>
</section>` : ""}`.value;
}
