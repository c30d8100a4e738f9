/** Index of people with the number of articles each appears in. */
import { html } from "../../src/render/html.ts";
import { withBase, type SiteData } from "../../src/site/config.ts";
import { groupIndex } from "../../src/render/components.ts";
import { SECTION_LABELS, sectionCrumbs } from "../../src/site/crumbs.ts";
import type { SiteModel } from "../../src/site/model.ts";

export const data = {
  layout: "base.11ty.ts",
  permalink: "/nhan-vat/index.html",
  title: SECTION_LABELS.person,
  description: "Những người tham dự các hoạt động hợp tác quốc phòng được nêu trong lưu trữ.",
  breadcrumbs: sectionCrumbs("person"),
};

export function render({ site, archive }: { site: SiteData; archive: SiteModel }): string {
  const u = (path: string) => withBase(site.basePath, path);
  return html`<h1>${SECTION_LABELS.person}</h1>
<p class="lede">Những người tham dự hoặc phát biểu trong các bài viết, xếp theo tên; con số là số bài viết.</p>
${groupIndex(archive.people, u)}`.value;
}
