/**
 * The index pages of the four kinds of group — partners, people, event series, outlets — each
 * listing its groups by name with their article counts. One template, paginated over the kinds.
 */
import { html } from "../src/render/html.ts";
import { withBase, type SiteData } from "../src/site/config.ts";
import { groupIndex } from "../src/render/components.ts";
import { SECTION_LABELS, sectionCrumbs } from "../src/site/crumbs.ts";
import { SECTIONS, type Group, type SiteModel } from "../src/site/model.ts";
import { STRINGS } from "../src/site/strings.ts";

interface GroupIndex {
  groups: (archive: SiteModel) => readonly Group[];
  lede: (archive: SiteModel) => string;
  description: string;
}

/** What differs between the index pages: where the groups come from and the texts. */
const INDEXES = {
  partner: { groups: (a) => a.partners, lede: () => STRINGS.partner.indexLede, description: STRINGS.partner.indexDescription },
  person: { groups: (a) => a.people, lede: () => STRINGS.person.indexLede, description: STRINGS.person.indexDescription },
  series: { groups: (a) => a.series, lede: () => STRINGS.series.indexLede, description: STRINGS.series.indexDescription },
  outlet: { groups: (a) => a.outlets, lede: (a) => STRINGS.outlet.indexLede(a.withoutOutlet), description: STRINGS.outlet.indexDescription },
} satisfies Record<string, GroupIndex>;

type Kind = keyof typeof INDEXES;

interface Data {
  site: SiteData;
  archive: SiteModel;
  kind: Kind;
}

export const data = {
  layout: "base.11ty.ts",
  groupKinds: Object.keys(INDEXES),
  pagination: { data: "groupKinds", size: 1, alias: "kind", addAllPagesToCollections: true },
  permalink: (d: Data) => `/${SECTIONS[d.kind]}/index.html`,
  eleventyComputed: {
    title: (d: Data) => SECTION_LABELS[d.kind],
    description: (d: Data) => INDEXES[d.kind].description,
    breadcrumbs: (d: Data) => sectionCrumbs(d.kind),
  },
};

export function render({ site, archive, kind }: Data): string {
  const u = (path: string) => withBase(site.basePath, path);
  const index: GroupIndex = INDEXES[kind];
  return html`<h1>${SECTION_LABELS[kind]}</h1>
<p class="lede">${index.lede(archive)}</p>
${groupIndex(index.groups(archive), u)}`.value;
}
