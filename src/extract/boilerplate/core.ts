/** The article's position: the run of lines with the densest prose, found as the maximum-sum segment of line weights. */
import { core } from "../settings.ts";
import { END_MARK } from "../vocabulary/boilerplate.ts";
import type { PageLine } from "./page.ts";
import { onlyItems } from "./lists.ts";
import { closesArticle } from "./edges.ts";
import { isSignature } from "./bylines.ts";
import { wordCount } from "./shape.ts";
import type { LineClass } from "./classify.ts";
import { IMAGE_REASONS } from "./chrome.ts";

/**
 * How much a paragraph speaks for being inside the article: furniture by its kind, running text by
 * its length, and what is neither (short or borderline text) by the class its neighbours gave it.
 */
export function lineWeight(p: PageLine, inList: boolean, own: LineClass, revised: LineClass): number {
  if (p.marker === "terminal") return core.terminalMarker;
  if (p.marker === "list") return core.listMarker;
  if (inList) return core.listLine;
  if (p.chrome !== null && IMAGE_REASONS.has(p.chrome)) return core.image;
  if (p.marker !== null || p.chrome !== null || p.link !== null) return core.furniture;
  if (p.source) return core.byline;
  if (own === "good") return core.proseBase + Math.min(p.bare.length / core.proseCharsPerPoint, core.proseMaxBonus);
  if (own === "bad") return core.furniture;
  if (revised === "bad") return core.headline;
  return own === "nearGood" || p.shortProse ? core.shortProse : core.shortInText;
}

/**
 * Indices (into `page`, inclusive) of the maximum-sum run of weights, or null when no line
 * speaks for an article. A line after an end mark ("./.") starts with a penalty: the article has ended.
 */
export function densestRun(
  page: readonly PageLine[],
  inList: (i: number) => boolean,
  own: readonly LineClass[],
  revised: readonly LineClass[],
): { first: number; last: number } | null {
  let best = 0;
  let bestRun: { first: number; last: number } | null = null;
  let sum = 0;
  let start = 0;
  page.forEach((p, i) => {
    const ended = i > 0 && END_MARK.test(page[i - 1]!.bare) ? core.afterEndMark : 0;
    const w = lineWeight(p, inList(i), own[i]!, revised[i]!) + ended;
    if (sum <= 0) (sum = w), (start = i);
    else sum += w;
    if (sum > best) (best = sum), (bestRun = { first: start, last: i });
  });
  return bestRun;
}

/**
 * The article's last line when the densest run stopped at a box of other stories near its end
 * ("Xem thêm" and a headline): prose between the box and the article's sign-off ("TRẦN VĂN A",
 * "Theo TTXVN", a paragraph ending "./.") a few lines on is still the article. Only a sign-off with
 * article prose before it counts, and a list opened after that prose ends the search.
 */
export function throughToSignOff(page: readonly PageLine[], last: number, inList: (i: number) => boolean): number {
  let prose = false;
  const end = Math.min(page.length - 1, last + core.signOffLookahead);
  for (let i = last + 1; i <= end; i++) {
    const p = page[i]!;
    // A paragraph ending "./." is the article's last; a signature or source line stands after it.
    if (p.prose && !p.source && !inList(i) && END_MARK.test(p.bare)) return i;
    if (closesArticle(p)) return prose ? i - 1 : last;
    if (p.marker === "terminal" || (prose && (p.marker === "list" || p.marker === "media"))) return last;
    if (p.prose && !inList(i)) prose = true;
  }
  return last;
}

/**
 * The article's last line: after its sign-off ("Theo TTXVN", "…./."), a few headline+teaser pairs
 * too short to be a run on their own are still a list of other stories, not more article.
 */
export function signedOff(page: readonly PageLine[], first: number, last: number): number {
  for (let i = last - 1; i > first; i--) {
    if (!closesArticle(page[i]!)) continue;
    return onlyItems(page, i + 1, last) ? i : last;
  }
  return last;
}

/**
 * The article's last line when the file was cut short: a final line right after the article,
 * unpunctuated but sentence-long ("… mở rộng hợp tác trong thời gian tới với Đối"), is its last,
 * unfinished paragraph rather than a link.
 */
export function cutShort(page: readonly PageLine[], last: number, listReason: (i: number) => string | null): number {
  const next = page[last + 1];
  if (next === undefined || last + 2 !== page.length || listReason(last + 1) !== null) return last;
  const plain = next.chrome === null && next.link === null && next.marker === null && !next.source && !closesArticle(next);
  return plain && next.headline && !isSignature(next.bare) && wordCount(next.bare) >= core.unfinishedMinWords ? last + 1 : last;
}
