/**
 * The editors' review (/bien-tap/, then /bien-tap/trang/N/, numbered like the site's lists): each
 * article's extracted fields, flags, duplicates and a ready-to-paste correction, with its raw text
 * (removed boilerplate struck through) loaded from its own JSON file when opened (assets/editors.js,
 * src/editors/review-text.ts). Not for readers: no data-pagefind-body, excluded from the sitemap,
 * noindex for robots.
 */
import { html, type SafeHtml } from "../../src/render/html.ts";
import { withBase, type SiteData } from "../../src/site/config.ts";
import { FLAG_LABELS, DUPLICATE_LABELS, correctionSnippet, problemSummary, type ReviewEntry, type ReviewField } from "../../src/editors/review.ts";
import { reviewPage, reviewAnchor, reviewLink, type ReviewPage } from "../../src/editors/pages.ts";
import { reviewTextUrl } from "../../src/editors/review-text.ts";
import { DEFAULT_CORRECTIONS_FILE, type ReviewData } from "../../src/editors/collect.ts";
import { pager } from "../../src/render/components.ts";
import { STRINGS } from "../../src/site/strings.ts";
import { encodingLabel } from "../../src/ingest/decode.ts";

const S = STRINGS.review;

interface Data {
  site: SiteData;
  review: ReviewData;
  reviewBatch: ReviewPage;
}

export const data = {
  // One page per batch of SITE.pageSize entries (src/render/page-sets.ts).
  pagination: { data: "paged.review", size: 1, alias: "reviewBatch" },
  permalink: (d: Data) => `${d.reviewBatch.url}index.html`,
  excludeFromSitemap: true,
  noindex: true,
  eleventyExcludeFromCollections: true,
};

function flags(field: ReviewField): SafeHtml {
  return html`${field.flags.map((f) => html`<span class="flag flag-${f}">${FLAG_LABELS[f]}</span>`)}`;
}

function entrySection(site: SiteData, entry: ReviewEntry, review: ReviewData): SafeHtml {
  const all = review.entries;
  const u = (path: string) => withBase(site.basePath, path);
  const toFix = entry.fields.filter((f) => f.flags.includes("missing") || f.flags.includes("doubtful"));
  return html`<section class="review-entry" id="${reviewAnchor(entry.id)}" aria-labelledby="${reviewAnchor(entry.id)}-h">
<h2 id="${reviewAnchor(entry.id)}-h">${entry.title}</h2>
<p>${S.id} <code>${entry.id}</code> · ${S.rawFile} <code>${entry.file}</code>${entry.frontMatter.encoding ? html` · ${S.encoding} ${encodingLabel(entry.frontMatter.encoding)}` : ""}${entry.url ? html` · <a href="${u(entry.url)}">${S.articlePage}</a>` : ""}</p>
${entry.otherWarnings.length ? html`<p class="flag-doubtful">${S.warnings} ${entry.otherWarnings.join("; ")}</p>` : ""}
${entry.duplicates.length
    ? html`<p class="flag-doubtful">${S.duplicatesOf} ${entry.duplicates.map((d, i) => html`${i ? ", " : ""}<a href="${u(reviewLink(all, d.id))}"><code>${d.id}</code></a> (${DUPLICATE_LABELS[d.why]})`)}</p>`
    : ""}
<div class="side-by-side">
<div>
<h3>${S.extracted}</h3>
<table class="fields">
<tbody>
${entry.fields.map((f) => html`<tr><th scope="row">${f.label}</th><td>${f.value || "—"}${flags(f)}${f.notes.length ? html`<br><small>${f.notes.join("; ")}</small>` : ""}</td></tr>`)}
</tbody>
</table>
${toFix.length
    ? html`<details><summary>${S.fixIn} <code>${review.correctionsFile ?? DEFAULT_CORRECTIONS_FILE}</code></summary><pre class="snippet">${correctionSnippet(entry.id, toFix)}</pre></details>`
    : ""}
</div>
<div>
<h3>${S.rawText}</h3>
<details class="raw-text" data-review-text="${u(reviewTextUrl(entry.id))}">
<summary>${S.showRawText} ${S.removedCount(entry.removedCount)}</summary>
<p class="raw-status" role="status"></p>
<ol class="raw" tabindex="0" aria-label="${S.rawTextLabel(entry.file)}"></ol>
<p><small><a href="${u(reviewTextUrl(entry.id))}">${S.lineData}</a></small></p>
</details>
</div>
</div>
</section>`;
}

function overview(site: SiteData, review: ReviewData): SafeHtml {
  const u = (path: string) => withBase(site.basePath, path);
  const attention = review.entries.filter((e) => e.needsAttention);
  const duplicates = review.entries.filter((e) => e.duplicates.length > 0);
  return html`<p>${S.overview(review.entries.length, attention.length, duplicates.length, review.skipped.length)}</p>
<h2>${S.howToFix}</h2>
<p>${S.howToFixText(review.correctionsFile ?? DEFAULT_CORRECTIONS_FILE, FLAG_LABELS.corrected)}</p>
<pre class="snippet">"thu-muc/ten-tep":
  date: 2023-05-14
  location: Hà Nội</pre>
${review.skipped.length
    ? html`<h2>${S.skippedTitle}</h2><ul>${review.skipped.map((s) => html`<li><code>${s.file}</code>: ${s.reason}</li>`)}</ul>`
    : ""}
${attention.length
    ? html`<h2>${S.attentionTitle}</h2>
<table class="overview"><thead><tr><th scope="col">${S.attentionHeads.article}</th><th scope="col">${S.attentionHeads.problems}</th></tr></thead><tbody>
${attention.map((e) => html`<tr><td><a href="${u(reviewLink(review.entries, e.id))}">${e.title}</a></td><td>${problemSummary(e).join(" · ")}</td></tr>`)}
</tbody></table>`
    : ""}`;
}

export function render({ site, review, reviewBatch }: Data): string {
  const u = (path: string) => withBase(site.basePath, path);
  const first = reviewBatch.landing;
  const title = first ? S.title : S.pagedTitle(reviewBatch.number);
  return reviewPage(
    site,
    title,
    html`<h1>${title}</h1>
<p>${S.intro}</p>
${first ? overview(site, review) : ""}
${pager(reviewBatch, u)}
${reviewBatch.items.map((entry) => entrySection(site, entry, review))}
${pager(reviewBatch, u)}`,
  );
}
