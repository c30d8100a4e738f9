/**
 * The headline: among the lines above the article, the one whose word pairs the article repeats
 * most (a related story's headline shares few; a menu item is too short to score).
 */
import { headline as settings, shape } from "../settings.ts";
import type { PageLine } from "./page.ts";
import { endsSentence, wordPairs } from "./shape.ts";

const CAPITAL_START = /^[\p{Lu}\p{N}"“‘'([«]/u;

/** True for a line that could be the headline: not furniture, not a marker, headline-sized and capitalised. */
function isCandidate(p: PageLine): boolean {
  if (p.chrome !== null || p.marker !== null || p.source || p.link !== null) return false;
  if (p.text.length > shape.headlineMaxChars || !CAPITAL_START.test(p.text)) return false;
  // A headline may end with "?" or "!", rarely with a full stop; never with a colon.
  return p.headline || (endsSentence(p.text) && !/[:;]$/u.test(p.text));
}

/** How much of a candidate's wording the article repeats. */
export function overlapScore(candidate: string, articlePairs: ReadonlySet<string>): number {
  const pairs = wordPairs(candidate);
  let found = 0;
  for (const p of pairs) if (articlePairs.has(p)) found++;
  return found / (pairs.size + settings.overlapSmoothing);
}

/** Index (into `page`) of the headline among the lines before `articleFirst`, or null. */
export function chooseHeadline(page: readonly PageLine[], articleFirst: number, articleText: string): number | null {
  const articlePairs = wordPairs(articleText);
  let best: { index: number; score: number } | null = null;
  for (let i = 0; i < articleFirst; i++) {
    const p = page[i]!;
    if (!isCandidate(p)) continue;
    // Headline-shaped lines are preferred to sentences by half the margin.
    const score = overlapScore(p.text, articlePairs) + (p.headline ? settings.earlierMargin / 2 : 0);
    if (best === null || score > best.score + settings.earlierMargin) best = { index: i, score };
  }
  return best?.index ?? null;
}
