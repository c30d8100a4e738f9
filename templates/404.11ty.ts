/** The "page not found" page static hosts serve for unknown paths. */
import { html } from "../src/render/html.ts";
import { withBase, type SiteData } from "../src/site/config.ts";
import { SECTIONS } from "../src/site/model.ts";
import { STRINGS } from "../src/site/strings.ts";

const S = STRINGS.notFound;

export const data = {
  layout: "base.11ty.ts",
  permalink: "/404.html",
  title: S.title,
  noindex: true,
  excludeFromSitemap: true,
};

export function render({ site }: { site: SiteData }): string {
  const u = (path: string) => withBase(site.basePath, path);
  return html`<h1>${S.title}</h1>
<p>${S.text}</p>
<ul>
<li><a href="${u("/")}">${S.home}</a></li>
<li><a href="${u(`/${SECTIONS.search}/`)}">${S.search}</a></li>
<li><a href="${u(`/${SECTIONS.archive}/`)}">${STRINGS.archive.title}</a></li>
</ul>`.value;
}
