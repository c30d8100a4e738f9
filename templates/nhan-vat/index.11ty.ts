/** Index of people with the number of articles each appears in. */
import { html } from "../../src/render/html.ts";
import { withBase, type SiteData } from "../../src/site/config.ts";
import { groupIndex } from "../../src/render/components.ts";
import { SECTION_LABELS, sectionCrumbs } from "../../src/site/crumbs.ts";
import type { SiteModel } from "../../src/site/model.ts";
import { STRINGS } from "../../src/site/strings.ts";

const S = STRINGS.person;

export const data = {
  layout: "base.11ty.ts",
  permalink: "/nhan-vat/index.html",
  title: SECTION_LABELS.person,
  description: S.indexDescription,
  breadcrumbs: sectionCrumbs("person"),
};

export function render({ site, archive }: { site: SiteData; archive: SiteModel }): string {
  const u = (path: string) => withBase(site.basePath, path);
  return html`<h1>${SECTION_LABELS.person}</h1>
<p class="lede">${S.indexLede}</p>
${groupIndex(archive.people, u)}`.value;
}
