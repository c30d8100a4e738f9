/** Index of the news outlets the articles come from. */
import { html } from "../../src/render/html.ts";
import { withBase, type SiteData } from "../../src/site/config.ts";
import { groupIndex } from "../../src/render/components.ts";
import { SECTION_LABELS, sectionCrumbs } from "../../src/site/crumbs.ts";
import type { SiteModel } from "../../src/site/model.ts";
import { STRINGS } from "../../src/site/strings.ts";

const S = STRINGS.outlet;

export const data = {
  layout: "base.11ty.ts",
  permalink: "/co-quan-bao-chi/index.html",
  title: SECTION_LABELS.outlet,
  description: S.indexDescription,
  breadcrumbs: sectionCrumbs("outlet"),
};

export function render({ site, archive }: { site: SiteData; archive: SiteModel }): string {
  const u = (path: string) => withBase(site.basePath, path);
  return html`<h1>${SECTION_LABELS.outlet}</h1>
<p class="lede">${S.indexLede(archive.withoutOutlet)}</p>
${groupIndex(archive.outlets, u)}`.value;
}
