/** Home: newest articles first. */
import { html } from "../src/render/html.ts";
import { withBase, type SiteData } from "../src/site/config.ts";
import { vietnameseDate } from "../src/render/format.ts";
import type { SiteModel } from "../src/site/model.ts";

export const data = { layout: "base.11ty.ts", permalink: "/index.html" };

export function render({ site, archive }: { site: SiteData; archive: SiteModel }): string {
  const u = (path: string) => withBase(site.basePath, path);
  return html`<h1>${site.name}</h1>
<ol class="article-list">
${archive.articles.map((a) => html`<li><a href="${u(a.url)}">${a.title}</a> <time datetime="${a.date ?? ""}">${vietnameseDate(a.date)}</time></li>`)}
</ol>`.value;
}
