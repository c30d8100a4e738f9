/** Lines outside the article: signatures and source lines are kept for credits, the rest is cut with a reason. */
import type { Block, RemovedLine } from "../types.ts";
import type { PageLine } from "./page.ts";
import { isSignature } from "./bylines.ts";
import { blockOf, isEmptySource } from "./body.ts";
import { END_MARK } from "../vocabulary/boilerplate.ts";

/** Lines after the article that may still sign it ("Hải An", "Nguồn:") before the page moves on. */
const SIGNATURE_LINES_AFTER = 3;

export interface Edges {
  /** Byline blocks above the article and below it, in page order. */
  above: Block[];
  below: Block[];
  removed: RemovedLine[];
}

/** Why a line outside the article was cut: its own furniture reason when it has one, else where it stands. */
export function outsideReason(p: PageLine, listReason: string | null, where: string): string {
  if (p.marker === "terminal") return "comment section";
  return listReason ?? p.chrome ?? p.link ?? (p.marker === "list" || p.marker === "media" ? "list marker" : p.marker === "link" ? "link to another story" : where);
}

const isUpperCase = (text: string) => text === text.toUpperCase();

/**
 * Sorts the lines before page index `first` (except the headline) and after `last` into bylines
 * and removed lines. Between headline and lead only a signature fits ("NGỌC AN"); right after the
 * article, its signature ("Hải An") and source ("Nguồn:") come before any list.
 */
export function outsideArticle(
  page: readonly PageLine[],
  first: number,
  last: number,
  titleIndex: number | null,
  listReason: (i: number) => string | null,
): Edges {
  const edges: Edges = { above: [], below: [], removed: [] };
  const sign = (p: PageLine, to: Block[]) => (isEmptySource(p.text) ? cut(p, "empty source line") : to.push(blockOf(p, "byline")));
  const cut = (p: PageLine, reason: string) => edges.removed.push({ line: p.line, text: p.text, reason });

  for (let i = 0; i < first; i++) {
    if (i === titleIndex) continue;
    const p = page[i]!;
    const belowTitle = titleIndex !== null && i > titleIndex && listReason(i) === null;
    // A capitalised phrase under the headline is a signature only if upper-case or not headline-shaped.
    const plain = p.chrome === null && p.marker === null && p.link === null;
    // A photo's caption right above the headline (a tag page's first story, some layouts' lead photo) is the article's.
    if (plain && p.caption && titleIndex !== null && i === titleIndex - 1 && listReason(i) === null) edges.above.push(blockOf(p, "caption"));
    else if (p.source || (plain && belowTitle && isSignature(p.bare) && (!p.headline || isUpperCase(p.bare)))) sign(p, edges.above);
    else cut(p, outsideReason(p, listReason(i), "before the article"));
  }
  let signing = true;
  let seen = 0;
  for (let i = last + 1; i < page.length; i++) {
    const p = page[i]!;
    const reason = listReason(i);
    if (p.chrome === null) seen++;
    signing &&= reason === null && p.marker === null && seen <= SIGNATURE_LINES_AFTER;
    if (p.source || (signing && p.chrome === null && isSignature(p.bare))) sign(p, edges.below);
    else cut(p, outsideReason(p, reason, "after the article"));
  }
  return edges;
}

/** A line that closes an article: a source line, an upper-case signature, or a paragraph ending "./.". */
export function closesArticle(p: PageLine): boolean {
  return p.source || END_MARK.test(p.bare) || (isSignature(p.bare) && isUpperCase(p.bare));
}
