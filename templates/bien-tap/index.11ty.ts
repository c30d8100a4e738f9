/**
 * The editors' review (/bien-tap/, then /bien-tap/trang-2/, …): each article's extracted fields
 * side by side with its raw text, flags, duplicates and removed boilerplate. Not for readers:
 * no data-pagefind-body, excluded from the sitemap, noindex for robots.
 */
import { html, type SafeHtml } from "../../src/render/html.ts";
import { SITE, withBase, type SiteData } from "../../src/site/config.ts";
import { FLAG_LABELS, DUPLICATE_LABELS, correctionSnippet, problemSummary, type ReviewEntry, type ReviewField, type ReviewLine } from "../../src/editors/review.ts";
import { reviewPage, reviewPageUrl, reviewAnchor, reviewLink } from "../../src/editors/pages.ts";
import { DEFAULT_CORRECTIONS_FILE, readReviewLines, type ReviewData } from "../../src/editors/collect.ts";
import { reasonLabel } from "../../src/editors/reasons.ts";
import type { ReviewPage } from "../../src/render/page-sets.ts";
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
  permalink: (d: Data) => `${reviewPageUrl(d.reviewBatch.index)}index.html`,
  excludeFromSitemap: true,
  noindex: true,
  eleventyExcludeFromCollections: true,
};

/** A kept line's paragraph: "đoạn N", said "nối vào đoạn N" when hard-wrapped lines were re-joined into it. */
function paragraphNote(l: ReviewLine): SafeHtml {
  if (l.paragraph === null) return html``;
  return html`<span class="paragraph">${S.paragraph(l.paragraph, l.joined)}</span>`;
}

function flags(field: ReviewField): SafeHtml {
  return html`${field.flags.map((f) => html`<span class="flag flag-${f}">${FLAG_LABELS[f]}</span>`)}`;
}

function entrySection(site: SiteData, entry: ReviewEntry, lines: readonly ReviewLine[], review: ReviewData): SafeHtml {
  const all = review.entries;
  const u = (path: string) => withBase(site.basePath, path);
  const toFix = entry.fields.filter((f) => f.flags.includes("missing") || f.flags.includes("doubtful"));
  return html`<section class="review-entry" id="${reviewAnchor(entry.id)}" aria-labelledby="${reviewAnchor(entry.id)}-h">
<h2 id="${reviewAnchor(entry.id)}-h">${entry.title}</h2>
<p>${S.id} <code>${entry.id}</code> · ${S.rawFile} <code>${entry.file}</code>${entry.frontMatter.encoding ? html` · ${S.encoding} ${encodingLabel(entry.frontMatter.encoding)}` : ""}${entry.url ? html` · <a href="${u(entry.url)}">${S.articlePage}</a>` : ""}</p>
${entry.otherWarnings.length ? html`<p class="flag-doubtful">${S.warnings} ${entry.otherWarnings.join("; ")}</p>` : ""}
${entry.duplicates.length
    ? html`<p class="flag-doubtful">${S.duplicatesOf} ${entry.duplicates.map((d, i) => html`${i ? ", " : ""}<a href="${u(reviewLink(all, d.id, SITE.pageSize))}"><code>${d.id}</code></a> (${DUPLICATE_LABELS[d.why]})`)}</p>`
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
<h3>${S.rawText} <small>${S.removedCount(entry.removedCount)}</small></h3>
<ol class="raw" tabindex="0" aria-label="${S.rawTextLabel(entry.file)}">
${lines.map((l) =>
    l.status === "removed"
      ? html`<li class="removed"><span class="n">${l.n}</span><span><del>${l.text}</del><span class="reason">${S.removedBecause} ${reasonLabel(l.reason ?? "")}</span></span></li>`
      : html`<li class="${l.status}"><span class="n">${l.n}</span><span>${l.text}${paragraphNote(l)}</span></li>`,
  )}
</ol>
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
${attention.map((e) => html`<tr><td><a href="${u(reviewLink(review.entries, e.id, SITE.pageSize))}">${e.title}</a></td><td>${problemSummary(e).join(" · ")}</td></tr>`)}
</tbody></table>`
    : ""}`;
}

function pager(site: SiteData, pageNumber: number, pageCount: number): SafeHtml {
  if (pageCount <= 1) return html``;
  const u = (path: string) => withBase(site.basePath, path);
  return html`<nav aria-label="${S.pagerLabel}"><ul class="pager">${Array.from({ length: pageCount }, (_, i) =>
    i === pageNumber ? html`<li><span aria-current="page">${i + 1}</span></li>` : html`<li><a href="${u(reviewPageUrl(i))}">${i + 1}</a></li>`,
  )}</ul></nav>`;
}

export async function render({ site, review, reviewBatch }: Data): Promise<string> {
  const { index: pageNumber, count: pageCount, entries: batch } = reviewBatch;
  // Raw texts are read here, one page's worth at a time.
  const lines = await Promise.all(batch.map((entry) => readReviewLines(review.contentDir, entry)));
  const title = pageNumber === 0 ? S.title : S.pagedTitle(pageNumber + 1);
  return reviewPage(
    site,
    title,
    html`<h1>${title}</h1>
<p>${S.intro}</p>
${pageNumber === 0 ? overview(site, review) : ""}
${pager(site, pageNumber, pageCount)}
${batch.map((entry, i) => entrySection(site, entry, lines[i]!, review))}
${pager(site, pageNumber, pageCount)}`,
  );
}
