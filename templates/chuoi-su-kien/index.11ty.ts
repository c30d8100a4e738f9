/** Index of event series (recurring dialogues, exchanges) with their article counts. */
import { html } from "../../src/render/html.ts";
import { withBase, type SiteData } from "../../src/site/config.ts";
import { groupIndex } from "../../src/render/components.ts";
import { SECTION_LABELS, sectionCrumbs } from "../../src/site/crumbs.ts";
import type { SiteModel } from "../../src/site/model.ts";
import { STRINGS } from "../../src/site/strings.ts";

const S = STRINGS.series;

export const data = {
  layout: "base.11ty.ts",
  permalink: "/chuoi-su-kien/index.html",
  title: SECTION_LABELS.series,
  description: S.indexDescription,
  breadcrumbs: sectionCrumbs("series"),
};

export function render({ site, archive }: { site: SiteData; archive: SiteModel }): string {
  const u = (path: string) => withBase(site.basePath, path);
  return html`<h1>${SECTION_LABELS.series}</h1>
<p class="lede">${S.indexLede}</p>
${groupIndex(archive.series, u)}`.value;
}
