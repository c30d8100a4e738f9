/**
 * Separates the article from the page's furniture: describes each line's shape, finds lists of
 * other stories, locates the densest run of prose, picks the headline above it, and keeps the
 * article's paragraphs, sub-headings and captions once. Every other line is reported with a reason.
 */
import type { CleanedArticle, RemovedLine } from "./types.ts";
import { describePage, type PageLine } from "./boilerplate/page.ts";
import { findLists, onlyItems, settleRuns, spanIndex } from "./boilerplate/lists.ts";
import { densestRun } from "./boilerplate/core.ts";
import { chooseHeadline, headlineInsideTop } from "./boilerplate/headline.ts";
import { articleBlocks } from "./boilerplate/body.ts";
import { isSignature } from "./boilerplate/bylines.ts";
import { keyOf } from "./boilerplate/shape.ts";
import { END_MARK } from "./vocabulary/boilerplate.ts";

/** Lines after the article that may still sign it ("Hải An", "Nguồn:") before the page moves on. */
const SIGNATURE_LINES_AFTER = 3;

/** Returns the headline, the article blocks, the bylines and the removed lines of a page's lines. */
export function stripBoilerplate(lines: readonly string[]): CleanedArticle {
  const page = describePage(lines);
  const spanAt = spanIndex(page.length, settleRuns(page, findLists(page)));
  const listReason = (i: number): string | null => spanAt[i]?.reason ?? null;
  const dense = densestRun(page, (i) => listReason(i) !== null);
  if (dense === null) return withoutArticle(page, listReason);
  const run = { first: dense.first, last: signedOff(page, dense.first, dense.last) };

  const articleText = page.slice(run.first, run.last + 1).filter((p, k) => p.prose && listReason(run.first + k) === null).map((p) => p.text).join("\n");
  const titleIndex =
    chooseHeadline(page, run.first, articleText, (i) => listReason(i) !== null) ?? headlineInsideTop(page, run.first, run.last, articleText);
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
  const removed: RemovedLine[] = [...body.removed];
  const bylines: string[] = [];
  const remove = (p: PageLine, reason: string) => removed.push({ line: p.line, text: p.text, reason });

  for (let i = 0; i < first; i++) {
    const p = page[i]!;
    if (i === titleIndex) continue;
    // Between headline and lead only a signature fits; a capitalised phrase there is a signature if it is upper-case or not headline-shaped.
    const signed = titleIndex !== null && i > titleIndex && reasonAt(i) === null && isSignature(p.text) && (!p.headline || p.text === p.text.toUpperCase());
    if (p.source || signed) {
      bylines.push(p.text);
      remove(p, "byline");
    } else remove(p, outsideReason(p, reasonAt(i), "before the article"));
  }
  bylines.push(...body.bylines);
  let signing = true;
  for (let i = run.last + 1; i < page.length; i++) {
    const p = page[i]!;
    const reason = reasonAt(i);
    signing &&= reason === null && p.marker === null && i - run.last <= SIGNATURE_LINES_AFTER;
    if (p.source || (signing && isSignature(p.text))) {
      bylines.push(p.text);
      remove(p, "byline");
    } else remove(p, outsideReason(p, reason, "after the article"));
  }
  removed.sort((a, b) => a.line - b.line);
  return { title: title?.text ?? null, titleLine: title?.line ?? null, blocks: body.blocks, bylines, removed };
}

/** A line that closes an article: a source line, an upper-case signature, or a paragraph ending "./.". */
const closes = (p: PageLine) => p.source || END_MARK.test(p.text) || (isSignature(p.text) && p.text === p.text.toUpperCase());

/**
 * The article's last line: after its sign-off, a few headline+teaser pairs too short to be a run
 * on their own are still a list of other stories, not more article.
 */
function signedOff(page: readonly PageLine[], first: number, last: number): number {
  for (let i = last - 1; i > first; i--) {
    if (!closes(page[i]!)) continue;
    return onlyItems(page, i + 1, last) ? i : last;
  }
  return last;
}

/** Why a line outside the article was cut: its own furniture reason when it has one, else where it stands. */
function outsideReason(p: PageLine, listReason: string | null, where: string): string {
  if (p.marker === "terminal") return "comment section";
  return listReason ?? p.chrome ?? p.link ?? (p.marker === "list" ? "list marker" : p.marker === "link" ? "link to another story" : where);
}

/** A page with no prose at all: no article, every line reported. */
function withoutArticle(page: readonly PageLine[], listReason: (i: number) => string | null): CleanedArticle {
  const removed = page.map((p, i) => ({ line: p.line, text: p.text, reason: outsideReason(p, listReason(i), "no article on the page") }));
  return { title: null, titleLine: null, blocks: [], bylines: [], removed };
}
