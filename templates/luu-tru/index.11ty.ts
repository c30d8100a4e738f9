/** The archive index: every year with its months and article counts. */
import { html } from "../../src/render/html.ts";
import { withBase, type SiteData } from "../../src/site/config.ts";
import { monthName } from "../../src/render/format.ts";
import { sectionCrumbs } from "../../src/site/crumbs.ts";
import type { SiteModel } from "../../src/site/model.ts";
import { STRINGS } from "../../src/site/strings.ts";

const S = STRINGS.archive;

export const data = {
  layout: "base.11ty.ts",
  permalink: "/luu-tru/index.html",
  title: S.title,
  description: S.description,
  breadcrumbs: sectionCrumbs("archive"),
};

export function render({ site, archive }: { site: SiteData; archive: SiteModel }): string {
  const u = (path: string) => withBase(site.basePath, path);
  return html`<h1>${S.title}</h1>
${archive.years.length ? html`<ul class="years">${archive.years.map((y) => html`<li>
<h2><a href="${u(y.url)}">${y.name}</a> <span class="count">(${y.articles.length})</span></h2>
<ul class="months">${y.months.map((m) => html`<li><a href="${u(m.url)}">${monthName(m.month)}</a> <span class="count">(${m.articles.length})</span></li>`)}</ul>
</li>`)}</ul>` : html`<p>${S.noDated}</p>`}
${archive.undated.length ? html`<section aria-labelledby="chua-ro-ngay">
<h2 id="chua-ro-ngay">${S.undated}</h2>
<ul>${archive.undated.map((a) => html`<li><a href="${u(a.url)}">${a.title}</a></li>`)}</ul>
</section>` : ""}`.value;
}
