/**
 * Separates the article from the page's furniture: re-joins hard-wrapped lines, describes each
 * paragraph's shape, finds lists of other stories, classifies every paragraph as running text or
 * not and revises each class by its neighbours, locates the densest run of text, picks the headline
 * above it (or none), and keeps the article's paragraphs, sub-headings, captions and bylines once.
 * Every other raw line is reported with a reason.
 */
import type { CleanedArticle, RemovedLine, Repeatables } from "./types.ts";
import { lineHash } from "./line-hash.ts";
import { paragraphsOf } from "./paragraphs.ts";
import { describePage, type PageLine } from "./boilerplate/page.ts";
import { endBeforeBox, findLists, settleRuns, spanIndex } from "./boilerplate/lists.ts";
import { classify, type LineClass } from "./boilerplate/classify.ts";
import { cutShort, densestRun, signedOff, throughToSignOff } from "./boilerplate/core.ts";
import { chooseHeadline, headlineText } from "./boilerplate/headline.ts";
import { articleBlocks, furnitureReason } from "./boilerplate/body.ts";
import { outsideArticle, outsideReason } from "./boilerplate/edges.ts";
import { endsSentence, keyOf } from "./boilerplate/shape.ts";
import { IMAGE_REASONS } from "./boilerplate/chrome.ts";
import { isPersonName, isSignature } from "./boilerplate/bylines.ts";

export interface StripOptions {
  /**
   * Lines learned to be furniture across the archive (see ../ingest/furniture.ts), by line hash
   * (../line-hash.ts), with the reason to report. They are furniture wherever they stand.
   */
  knownFurniture?: ReadonlyMap<number, string>;
}

/** Returns the headline, the article blocks, the bylines and the removed lines of a page's lines. */
export function stripBoilerplate(lines: readonly string[], options: StripOptions = {}): CleanedArticle {
  const page = describePage(paragraphsOf(lines), options.knownFurniture);
  const spans = settleRuns(page, findLists(page));
  const spanAt = spanIndex(page.length, spans);
  const listReason = (i: number): string | null => spanAt[i]?.reason ?? null;
  const { own, revised } = classify(page, (i) => {
    const reason = furnitureReason(page[i]!, listReason(i));
    return reason === null ? null : IMAGE_REASONS.has(reason) ? "neutral" : "bad";
  });
  const dense = densestRun(page, (i) => listReason(i) !== null, own, revised);
  if (dense === null) return withoutArticle(lines, page, listReason);
  const through = throughToSignOff(page, dense.last, (i) => listReason(i) !== null);
  const last = endBeforeBox(page, dense.first, cutShort(page, signedOff(page, dense.first, through), listReason), spans, own);
  const run = { first: dense.first, last };

  const titleIndex = chooseHeadline(page, run, (i) => listReason(i) !== null, own);
  const title = titleIndex === null ? null : page[titleIndex]!;
  // A list run that swallowed the headline ends at it: what follows the headline is the article.
  const titleSpan = titleIndex === null ? undefined : spanAt[titleIndex];
  const afterTitle = (i: number) => titleSpan !== undefined && i > titleIndex! && spanAt[i] === titleSpan;
  // Between the headline and the densest run stands the article's top: sapo, byline, first caption. An
  // unpunctuated line there that its neighbours call furniture (the site's name under the headline, a row of links) is not.
  const top = (i: number) => titleIndex !== null && i > titleIndex && i < run.first;
  // Unpunctuated text there is not the sapo either (sapos are sentences) but a row of links to other stories.
  const besideHeadline = (i: number) => {
    const p = page[i]!;
    const plain = p.chrome === null && p.marker === null && p.link === null && !p.source && !p.caption && !signsUnderHeadline(p);
    return top(i) && plain && own[i] !== "good" && !endsSentence(p.bare) && (revised[i] === "bad" || !p.headline);
  };
  const reasonAt = (i: number) => (afterTitle(i) ? null : listReason(i) ?? (besideHeadline(i) ? "beside the headline, not the article's" : null));

  // A headline inside the run's top starts the article below it.
  let first = titleIndex !== null && titleIndex >= run.first ? titleIndex + 1 : run.first;
  for (let i = (titleIndex ?? run.first) + 1; i < run.first; i++) {
    if (furnitureReason(page[i]!, reasonAt(i)) === null) {
      first = i;
      break;
    }
  }
  const body = articleBlocks(page, first, run.last, reasonAt, title === null ? null : keyOf(title.text), titleIndex);
  const edges = outsideArticle(page, first, run.last, titleIndex, reasonAt);
  const blocks = [...edges.above, ...body.blocks, ...edges.below].sort((a, b) => a.line - b.line);
  const removed = [...body.removed, ...edges.removed].sort((a, b) => a.line - b.line);
  const kept = new Set(blocks.map((b) => b.line));
  return {
    repeatables: repeatables(page, own, kept, titleIndex),
    title: title === null ? null : headlineText(title.bare),
    titleLine: title?.line ?? null,
    titleLines: title === null ? [] : [...title.lines],
    blocks,
    bylines: blocks.filter((b) => b.kind === "byline").map((b) => b.text),
    removed: perRawLine(lines, page, removed),
  };
}

/**
 * The page's headline-sized lines (not running text: a wire story's paragraphs repeat with their
 * article), hashed, split by whether the article kept them; the headline is recorded apart.
 */
function repeatables(page: readonly PageLine[], own: readonly LineClass[], kept: ReadonlySet<number>, titleIndex: number | null): Repeatables {
  const result: Repeatables = { outside: [], inside: [] };
  page.forEach((p, i) => {
    if (i === titleIndex || own[i] === "good" || p.key.length < REPEATABLE_MIN_CHARS) return;
    (kept.has(p.line) ? result.inside : result.outside).push(lineHash(p.key));
  });
  return result;
}

/** Shorter lines ("|", "0", "aa") are furniture by their shape already, or too common to count. */
const REPEATABLE_MIN_CHARS = 4;

/**
 * A reporter's signature under the headline ("NGỌC AN", "Hữu Đại – Xuân Trường", "Thành Nam"): upper-case,
 * not shaped like a headline, or a person's name (a site's name under its headline, "Hợp Tác Lào.Việt Nam", is not).
 */
function signsUnderHeadline(p: PageLine): boolean {
  return isSignature(p.bare) && (!p.headline || p.bare === p.bare.toUpperCase() || isPersonName(p.bare));
}

/** Removed paragraphs made of several raw lines (a hard-wrapped page) are reported line by line, with the paragraph's reason. */
function perRawLine(lines: readonly string[], page: readonly PageLine[], removed: readonly RemovedLine[]): RemovedLine[] {
  const byLine = new Map(page.map((p) => [p.line, p]));
  return removed.flatMap((r) => {
    const p = byLine.get(r.line);
    if (p === undefined || p.lines.length === 1) return [r];
    return p.lines.map((line) => ({ line, text: lines[line - 1]!, reason: r.reason }));
  });
}

/** A page with no text at all: no article, every line reported. */
function withoutArticle(lines: readonly string[], page: readonly PageLine[], listReason: (i: number) => string | null): CleanedArticle {
  const removed = page.map((p, i) => ({ line: p.line, text: p.text, reason: outsideReason(p, listReason(i), "no article on the page") }));
  return { title: null, titleLine: null, titleLines: [], blocks: [], bylines: [], removed: perRawLine(lines, page, removed), repeatables: { outside: [], inside: [] } };
}
