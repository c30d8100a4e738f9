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
<p>Dữ liệu mô tả của ${archive.articles.length} bài viết trong kho lưu trữ được công bố dưới dạng dữ liệu mở, mỗi bài một dòng, để nhà nghiên cứu có thể phân tích bằng công cụ khác.</p>
<ul>
<li><a href="${u(OPEN_DATA_PATHS.json)}" type="application/json" download>articles.json</a>: một mảng JSON, mỗi bài một đối tượng; danh sách giữ dạng mảng, giá trị không xác định là <code>null</code>.</li>
<li><a href="${u(OPEN_DATA_PATHS.csv)}" type="text/csv" download>articles.csv</a>: CSV (RFC 4180, UTF-8, dòng đầu là tên cột); danh sách nối bằng <code>${CSV_LIST_SEPARATOR}</code>, giá trị không xác định để trống.</li>
</ul>
<p>Hai tệp có cùng các cột, cùng thứ tự bài (mới nhất trước) và được tạo lại mỗi lần xây dựng trang. Tệp CSV không có BOM: trong Excel, mở bằng Dữ liệu → Từ văn bản/CSV và chọn mã hóa UTF-8 để chữ tiếng Việt hiển thị đúng.</p>
<h2>Các cột</h2>
<table class="data-columns">
<thead><tr><th scope="col">Cột</th><th scope="col">Kiểu</th><th scope="col">Có thể trống</th><th scope="col">Ý nghĩa</th></tr></thead>
<tbody>
${COLUMNS.map((c) => html`<tr><th scope="row"><code>${c.name}</code></th><td>${TYPE_LABELS[c.type]}</td><td>${c.nullable ? "có" : "không"}</td><td>${c.description}</td></tr>`)}
</tbody>
</table>
<p>Các trường do máy trích xuất từ văn bản gốc và được người biên tập sửa khi phát hiện sai; hãy kiểm tra lại trước khi dùng cho kết luận quan trọng.</p>
<h2>Giấy phép</h2>
<p>Dữ liệu mô tả được phát hành theo giấy phép <a href="${OPEN_DATA_LICENCE.url}">${OPEN_DATA_LICENCE.name}</a>. Nội dung các bài viết thuộc bản quyền của cơ quan báo chí đã đăng và không nằm trong các tệp dữ liệu.</p>
<h2>Trích dẫn</h2>
<p>Khi sử dụng, xin ghi nguồn, ví dụ:</p>
<blockquote><p>${site.name}. Dữ liệu mô tả bài viết (articles.csv / articles.json). ${citeUrl}. Truy cập ngày …</p></blockquote>`.value;
}
