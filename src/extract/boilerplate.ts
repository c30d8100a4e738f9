/**
 * Separates the article from the page's furniture: describes each line's shape, finds lists of
 * other stories, locates the densest run of prose, picks the headline above it, and keeps the
 * article's paragraphs, sub-headings and captions once. Every other line is reported with a reason.
 */
import type { CleanedArticle } from "./types.ts";
import { describePage, type PageLine } from "./boilerplate/page.ts";
import { findLists, settleRuns, spanIndex } from "./boilerplate/lists.ts";
import { cutShort, densestRun, signedOff, throughToSignOff } from "./boilerplate/core.ts";
import { chooseHeadline, firstPlausibleHeadline, headlineInsideTop } from "./boilerplate/headline.ts";
import { articleBlocks } from "./boilerplate/body.ts";
import { outsideArticle, outsideReason } from "./boilerplate/edges.ts";
import { keyOf } from "./boilerplate/shape.ts";

/** Returns the headline, the article blocks, the bylines and the removed lines of a page's lines. */
export function stripBoilerplate(lines: readonly string[]): CleanedArticle {
  const page = describePage(lines);
  const spanAt = spanIndex(page.length, settleRuns(page, findLists(page)));
  const listReason = (i: number): string | null => spanAt[i]?.reason ?? null;
  const dense = densestRun(page, (i) => listReason(i) !== null);
  if (dense === null) return withoutArticle(page, listReason);
  const last = throughToSignOff(page, dense.last, (i) => listReason(i) !== null);
  const run = { first: dense.first, last: cutShort(page, signedOff(page, dense.first, last), listReason) };

  const articleText = page.slice(run.first, run.last + 1).filter((p, k) => p.prose && listReason(run.first + k) === null).map((p) => p.text).join("\n");
  const titleIndex =
    chooseHeadline(page, run.first, articleText, (i) => listReason(i) !== null) ??
    headlineInsideTop(page, run.first, run.last, articleText) ??
    firstPlausibleHeadline(page, run.first);
  const title = titleIndex === null ? null : page[titleIndex]!;
  // A list run that swallowed the headline ends at it: what follows the headline is the article.
  const titleSpan = titleIndex === null ? undefined : spanAt[titleIndex];
  const afterTitle = (i: number) => titleSpan !== undefined && i > titleIndex! && spanAt[i] === titleSpan;
  const reasonAt = (i: number) => (afterTitle(i) ? null : listReason(i));

  let first = run.first;
  for (let i = (titleIndex ?? -1) + 1; i < run.first; i++) {
    const p = page[i]!;
    if (p.prose && !p.source && reasonAt(i) === null) {
      first = i;
      break;
    }
  }
  const body = articleBlocks(page, first, run.last, reasonAt, title === null ? null : keyOf(title.text), titleIndex);
  const edges = outsideArticle(page, first, run.last, titleIndex, reasonAt);
  const removed = [...body.removed, ...edges.removed].sort((a, b) => a.line - b.line);
  const bylines = [...edges.above, ...body.bylines, ...edges.below];
  return { title: title?.text ?? null, titleLine: title?.line ?? null, blocks: body.blocks, bylines, removed };
}

/** A page with no prose at all: no article, every line reported. */
function withoutArticle(page: readonly PageLine[], listReason: (i: number) => string | null): CleanedArticle {
  const removed = page.map((p, i) => ({ line: p.line, text: p.text, reason: outsideReason(p, listReason(i), "no article on the page") }));
  return { title: null, titleLine: null, blocks: [], bylines: [], removed };
}
