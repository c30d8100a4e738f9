/** The "page not found" page static hosts serve for unknown paths. */
import { html } from "../src/render/html.ts";
import { withBase, type SiteData } from "../src/site/config.ts";
import { SECTION_LABELS } from "../src/site/crumbs.ts";
import { SECTIONS } from "../src/site/model.ts";

export const data = {
  layout: "base.11ty.ts",
  permalink: "/404.html",
  title: "Không tìm thấy trang",
  noindex: true,
  excludeFromSitemap: true,
};

export function render({ site }: { site: SiteData }): string {
  const u = (path: string) => withBase(site.basePath, path);
  return html`<h1>Không tìm thấy trang</h1>
<p>Trang bạn tìm không có trong lưu trữ, hoặc địa chỉ đã bị gõ sai.</p>
<ul>
<li><a href="${u("/")}">Về trang chủ</a></li>
<li><a href="${u(`/${SECTIONS.search}/`)}">Tìm kiếm trong lưu trữ</a></li>
<li><a href="${u(`/${SECTIONS.archive}/`)}">${SECTION_LABELS.archive} theo năm</a></li>
</ul>`.value;
}
