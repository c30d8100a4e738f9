/**
 * The search page /tim-kiem/: a form whose query, filters and order live in the URL, filled in
 * and answered by assets/search.js with Pagefind. The page itself is not indexed.
 */
import { html } from "../src/render/html.ts";
import { withBase, type SiteData } from "../src/site/config.ts";
import { HOME_CRUMB } from "../src/site/crumbs.ts";
import { SECTIONS, type SiteModel } from "../src/site/model.ts";
import { FILTERS, PARAMS, SORTS, type FilterKey } from "../src/search/contract.ts";

const TITLE = "Tìm kiếm";

export const data = {
  layout: "base.11ty.ts",
  permalink: `/${SECTIONS.search}/index.html`,
  title: TITLE,
  description: "Tìm bài viết trong lưu trữ theo từ khóa, đối tác, năm, cơ quan báo chí, nhân vật và chuỗi sự kiện.",
  breadcrumbs: [HOME_CRUMB, { name: TITLE, url: `/${SECTIONS.search}/` }],
  noindex: true,
  excludeFromSitemap: true,
};

/** The values each filter offers, from the site model (the same names the articles carry). */
function filterValues(archive: SiteModel): Record<FilterKey, string[]> {
  return {
    partner: archive.partners.map((g) => g.name),
    year: archive.years.map((g) => g.name),
    outlet: archive.outlets.map((g) => g.name),
    participant: archive.people.map((g) => g.name),
    series: archive.series.map((g) => g.name),
  };
}

export function render({ site, archive }: { site: SiteData; archive: SiteModel }): string {
  const u = (path: string) => withBase(site.basePath, path);
  const values = filterValues(archive);
  const filters = (Object.keys(FILTERS) as FilterKey[]).filter((key) => values[key].length > 0);
  return html`<h1>${TITLE}</h1>
<form id="tim-kiem" class="search-page-form" role="search" action="${u(`/${SECTIONS.search}/`)}" method="get" data-pagefind="${u("/pagefind/pagefind.js")}" data-highlight-param="${PARAMS.highlight}">
<p class="search-box">
<label for="q">Từ khóa</label>
<input id="q" type="search" name="${PARAMS.query}" autocomplete="off" spellcheck="false" aria-describedby="search-hint" aria-controls="search-results">
<button type="submit">Tìm</button>
</p>
<p id="search-hint" class="search-hint">Gõ có dấu hay không dấu đều được: “doi thoai” cũng tìm ra “Đối thoại”. Đặt cả cụm trong ngoặc kép để tìm đúng cụm từ, ví dụ "hoang xuan chien".</p>
<fieldset class="search-filters">
<legend>Lọc và sắp xếp</legend>
${filters.map((key) => {
  const f = FILTERS[key];
  return html`<p><label for="loc-${f.param}">${f.label}</label>
<select id="loc-${f.param}" name="${f.param}" data-filter="${f.pagefind}" aria-controls="search-results">
<option value="">Tất cả</option>
${values[key].map((v) => html`<option>${v}</option>`)}
</select></p>`;
})}
<p><label for="sap-xep">Sắp xếp</label>
<select id="sap-xep" name="${PARAMS.sort}" aria-controls="search-results">
<option value="">Phù hợp nhất trước</option>
${Object.entries(SORTS).map(([key, s]) => html`<option value="${s.param}" data-sort="${key}" data-direction="${s.direction}">${s.label}</option>`)}
</select></p>
</fieldset>
</form>
<noscript><p class="search-noscript">Tìm kiếm cần JavaScript, mà trình duyệt của bạn đang tắt. Mọi phần khác của trang vẫn dùng được: hãy xem bài viết theo <a href="${u(`/${SECTIONS.partner}/`)}">đối tác</a>, <a href="${u(`/${SECTIONS.person}/`)}">nhân vật</a>, <a href="${u(`/${SECTIONS.series}/`)}">chuỗi sự kiện</a> hoặc <a href="${u(`/${SECTIONS.archive}/`)}">theo năm</a>.</p></noscript>
<p id="search-status" class="search-status" role="status" aria-live="polite" aria-atomic="true"></p>
<ol id="search-results" class="search-results" aria-label="Kết quả tìm kiếm"></ol>
<p class="search-more"><button type="button" id="search-more" hidden>Xem thêm kết quả</button></p>
<link rel="stylesheet" href="${u("/assets/search.css")}">
<script type="module" src="${u("/assets/search.js")}"></script>`.value;
}
