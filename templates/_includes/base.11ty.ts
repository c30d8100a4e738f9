/** The page frame every page shares: head, header with search, skip link, footer. */
import { html, trusted } from "../../src/render/html.ts";
import { withBase, type SiteData } from "../../src/site/config.ts";

interface Data {
  site: SiteData;
  title?: string;
  content: string;
}

export function render(data: Data): string {
  const { site } = data;
  const u = (path: string) => withBase(site.basePath, path);
  const pageTitle = data.title ? `${data.title} – ${site.name}` : site.name;
  return `<!doctype html>\n${html`<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pageTitle}</title>
<meta name="description" content="${site.description}">
<link rel="stylesheet" href="${u("/assets/site.css")}">
</head>
<body>
<a class="skip-link" href="#noi-dung">Chuyển đến nội dung chính</a>
<header class="site-header">
<a class="site-name" href="${u("/")}">${site.name}</a>
<form role="search" action="${u("/tim-kiem/")}" method="get">
<label for="q-header">Tìm kiếm</label>
<input id="q-header" type="search" name="q">
<button type="submit">Tìm</button>
</form>
</header>
<main id="noi-dung">
${trusted(data.content)}
</main>
<footer class="site-footer"><p>${site.description}</p></footer>
</body>
</html>`}`;
}
