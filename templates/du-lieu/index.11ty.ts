/** /du-lieu/ "Về dữ liệu": what the open-data files hold, column by column, their licence and how to cite them. */
import { html } from "../../src/render/html.ts";
import { absoluteUrl, withBase, type SiteData } from "../../src/site/config.ts";
import { COLUMNS, CSV_LIST_SEPARATOR, OPEN_DATA_LICENCE, OPEN_DATA_PATHS, TYPE_LABELS } from "../../src/editors/opendata.ts";
import type { SiteModel } from "../../src/site/model.ts";
import { EDITORS_CSS } from "../../src/editors/pages.ts";
import { STRINGS } from "../../src/site/strings.ts";

const S = STRINGS.openData;

export const data = { layout: "base.11ty.ts", permalink: `${OPEN_DATA_PATHS.about}index.html`, title: S.title };

export function render({ site, archive }: { site: SiteData; archive: SiteModel }): string {
  const u = (path: string) => withBase(site.basePath, path);
  const citeUrl = absoluteUrl(site, OPEN_DATA_PATHS.about) ?? u(OPEN_DATA_PATHS.about);
  return html`<link rel="stylesheet" href="${u(EDITORS_CSS)}">
<h1>${S.title}</h1>
<p>${S.intro(archive.articles.length)}</p>
<ul>
<li><a href="${u(OPEN_DATA_PATHS.json)}" type="application/json" download>articles.json</a>: ${S.jsonFile}</li>
<li><a href="${u(OPEN_DATA_PATHS.csv)}" type="text/csv" download>articles.csv</a>: ${S.csvFile(CSV_LIST_SEPARATOR)}</li>
</ul>
<p>${S.sameColumns}</p>
<h2>${S.columnsTitle}</h2>
<table class="data-columns">
<thead><tr><th scope="col">${S.columnHeads.name}</th><th scope="col">${S.columnHeads.type}</th><th scope="col">${S.columnHeads.nullable}</th><th scope="col">${S.columnHeads.meaning}</th></tr></thead>
<tbody>
${COLUMNS.map((c) => html`<tr><th scope="row"><code>${c.name}</code></th><td>${TYPE_LABELS[c.type]}</td><td>${c.nullable ? S.yes : S.no}</td><td>${c.description}</td></tr>`)}
</tbody>
</table>
<p>${S.caution}</p>
<h2>${S.licenceTitle}</h2>
<p>${S.licence(html`<a href="${OPEN_DATA_LICENCE.url}">${OPEN_DATA_LICENCE.name}</a>`)}</p>
<h2>${S.citeTitle}</h2>
<p>${S.citeIntro}</p>
<blockquote><p>${S.citation(site.name, citeUrl)}</p></blockquote>`.value;
}
