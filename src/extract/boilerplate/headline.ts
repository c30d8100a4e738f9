/**
 * The headline: among the lines above the article, the one whose word pairs the article repeats
 * most (a related story's headline shares few; a menu item is too short to score).
 */
import { headline as settings, shape } from "../settings.ts";
import type { PageLine } from "./page.ts";
import { isHeadlineShaped, wordPairs, wordText, type WordText } from "./shape.ts";

const CAPITAL_START = /^[\p{Lu}\p{N}"“‘'([«]/u;
const LEADING_DASH = /^[-–—•*+]\s*/u;
const QUESTION_OR_EXCLAMATION = /[?!]["”’)]*$/u;

/** True for a line that could be the headline: not furniture, not a marker, headline-sized and capitalised. */
function isCandidate(p: PageLine): boolean {
  if (p.chrome !== null || p.marker !== null || p.source || p.link !== null) return false;
  if (p.text.length > shape.headlineMaxChars || !CAPITAL_START.test(p.text.replace(LEADING_DASH, ""))) return false;
  // "- Bản tin: …": a headline the site opened with a dash is still the headline.
  if (LEADING_DASH.test(p.text)) return isHeadlineShaped(p.text.replace(LEADING_DASH, ""));
  // A headline may end with "?" or "!"; one ending with a full stop is short (a lead is not); never with a colon.
  return p.headline || QUESTION_OR_EXCLAMATION.test(p.text) || (p.shortProse && !/[:;]$/u.test(p.text));
}

/** How much of a candidate's wording the article repeats. */
export function overlapScore(candidate: string, article: WordText): number {
  const pairs = wordPairs(candidate);
  let found = 0;
  for (const p of pairs) if (article.includes(` ${p} `)) found++;
  return found / (pairs.size + settings.overlapSmoothing);
}

/**
 * Index (into `page`) of the headline among the lines before `articleFirst`, or null. The score is
 * the share of its word pairs the article repeats, plus a little for a headline shape and for
 * standing right above the article (only furniture between); near-ties go to the earlier line.
 */
export function chooseHeadline(
  page: readonly PageLine[],
  articleFirst: number,
  articleText: string,
  inList: (i: number) => boolean,
): number | null {
  const article = wordText(articleText);
  let bestIndex: number | null = null;
  let bestScore = -Infinity;
  let adjacent = true;
  for (let i = articleFirst - 1; i >= 0; i--) {
    const p = page[i]!;
    if (!isCandidate(p)) continue;
    const bonus = (p.headline ? settings.shapeBonus : 0) + (adjacent && !inList(i) ? settings.adjacentBonus : 0);
    adjacent = false;
    const score = overlapScore(p.text, article) + bonus;
    if (score >= bestScore - settings.tieMargin) bestIndex = i;
    bestScore = Math.max(bestScore, score);
  }
  return bestIndex === null ? null : withoutSiteName(page, bestIndex, articleFirst);
}

/** " - Báo Quân đội nhân dân", " | VOV.VN": what a page's <title> adds after the headline. */
const SITE_SUFFIX = /^\s*[-|–—:]\s*\S/u;

/** The same headline printed without the site's name, if the page has it ("X - Báo Nhân Dân" and "X"). */
function withoutSiteName(page: readonly PageLine[], best: number, articleFirst: number): number {
  const key = page[best]!.key;
  for (let i = 0; i < articleFirst; i++) {
    const other = page[i]!.key;
    if (i !== best && other.length >= shape.altTextMinChars && key.startsWith(other) && SITE_SUFFIX.test(key.slice(other.length))) return i;
  }
  return best;
}

/**
 * The headline inside the top of the article, for pages where a prose line (a description, the
 * lead printed first) comes before it: a headline-shaped line among the first few that the
 * article clearly repeats.
 */
export function headlineInsideTop(page: readonly PageLine[], first: number, last: number, articleText: string): number | null {
  const article = wordText(articleText);
  for (let i = first; i <= Math.min(last, first + settings.insideTopLines); i++) {
    const p = page[i]!;
    // The run's own first line can be the headline when it is a question or exclamation ("Vì sao …?").
    const shaped = p.headline || (i === first && isCandidate(p) && p.shortProse && QUESTION_OR_EXCLAMATION.test(p.text));
    if (shaped && p.link === null && overlapScore(p.text, article) >= settings.insideTopMinOverlap) return i;
  }
  return null;
}

/** Last resort when nothing scored: the first line above the article that could be a headline at all. */
export function firstPlausibleHeadline(page: readonly PageLine[], articleFirst: number): number | null {
  for (let i = 0; i < articleFirst; i++) {
    const p = page[i]!;
    if (p.chrome === null && p.marker === null && !p.source && p.link === null && p.text.length <= shape.headlineMaxChars && /\p{L}/u.test(p.text)) return i;
  }
  return null;
}
