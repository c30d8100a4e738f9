/**
 * The headline: among the lines above the article's lead, the one whose word pairs the article
 * repeats most (a related story's headline shares few; a menu item or a section name is too short to
 * be one). A page may print none: its title is then derived from the lead (../title.ts).
 */
import { headline as settings, shape } from "../settings.ts";
import type { PageLine } from "./page.ts";
import { endsSentence, isHeadlineShaped, keyOf, sentenceCount, wordPairs, wordsOf, wordTextOf, type WordText } from "./shape.ts";
import { isSignature } from "./bylines.ts";
import type { LineClass } from "./classify.ts";
import { IMAGE_REASONS, undecorated } from "./chrome.ts";
import { DATELINE_TAG, OUTLET_TAG } from "../vocabulary/boilerplate.ts";

const CAPITAL_START = /^[\p{Lu}\p{N}"“‘'([«]/u;
const LEADING_DASH = /^[-–—•*+]\s*/u;
const QUESTION_OR_EXCLAMATION = /[?!]["”’)]*$/u;
const FULL_STOP = /\.["”’)]*$/u;

/** Two section names joined by a dash ("Kinh tế - Xã hội", "Văn hóa - Thể thao"): a menu item, never a headline. */
const SECTION_PAIR = /^\p{Lu}\p{Ll}*(?: \p{L}+)? [-–|/] \p{Lu}\p{Ll}*(?: \p{L}+)?$/u;

/** A sentence closed by a table cell's bar ("Bộ trưởng Phạm Bình Minh. |"): a photo's caption scraped from its table. */
const CELL_SENTENCE = /[.!?…]["”’)]*\s*\|\s*$/u;

/** A line wholly in brackets is a subtitle or a note ("(Các sự kiện nổi bật từ ngày 4-10/3)"), never the headline. */
const BRACKETED = /^\([^()]*\)$/u;

/**
 * True for a paragraph that could be the headline: not furniture, not running text, not a caption
 * (nor the line under a photo), not a lead's opening ("TTO - …", "Viêng Chăn (TTXVN) – …"),
 * headline-sized, capitalised, a few words at least.
 */
function isCandidate(page: readonly PageLine[], i: number, own: readonly LineClass[]): boolean {
  const p = page[i]!;
  if (p.chrome !== null || p.marker !== null || p.source || p.link !== null || p.caption || own[i] === "good") return false;
  const above = page[i - 1];
  if (above !== undefined && above.chrome !== null && IMAGE_REASONS.has(above.chrome)) return false;
  const text = headlineText(p.bare).replace(LEADING_DASH, "");
  if (text.length > shape.headlineMaxChars || !CAPITAL_START.test(text) || wordsOf(text).length < settings.minWords || isSignature(text)) return false;
  if (OUTLET_TAG.test(text) || DATELINE_TAG.test(text) || BRACKETED.test(text) || SECTION_PAIR.test(text) || CELL_SENTENCE.test(p.text)) return false;
  // A headline may end with "?" or "!", or with a full stop when it is one short sentence; never with a colon.
  if (isHeadlineShaped(text) || QUESTION_OR_EXCLAMATION.test(text)) return true;
  return FULL_STOP.test(text) && text.length <= settings.sentenceMaxChars && sentenceCount(text) <= 1;
}

/**
 * True for a line worded like a name rather than a headline: most of its words capitalised ("Viện Hàn lâm
 * Khoa học và Công nghệ Việt Nam", "Trung tâm Vũ trụ Việt Nam"). A headline is written in sentence case
 * with a few proper names; one in capitals throughout is a headline.
 */
function nameLike(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length === 0 || text === text.toUpperCase()) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > settings.nameLikeCapitalShare;
}

/** True when only furniture stands above line `i`: it opens the page. */
function firstText(page: readonly PageLine[], i: number): boolean {
  for (let j = 0; j < i; j++) if (page[j]!.chrome === null && page[j]!.marker === null) return false;
  return true;
}

/** How much of a candidate's wording the article repeats. */
export function overlapScore(candidate: string, article: WordText): number {
  const pairs = wordPairs(candidate);
  let found = 0;
  for (const p of pairs) if (article.includes(` ${p} `)) found++;
  return found / (pairs.size + settings.overlapSmoothing);
}

/**
 * Index (into `page`) of the article's lead: the first paragraph of running text from `first` on (at
 * most `settings.insideTopLines` lines in) that the article does not print again (a page description
 * above the headline repeats the lead), or `first` when there is none.
 */
function leadIndex(page: readonly PageLine[], first: number, last: number, own: readonly LineClass[]): number {
  for (let i = first; i <= Math.min(last, first + settings.insideTopLines); i++) {
    if (own[i] === "good" && !repeatedBelow(page, i, i + 1, last, own)) return i;
  }
  return first;
}

/**
 * Index (into `page`) of the headline, or null when the page prints none. Candidates stand above the
 * article's lead (above the densest run of text, or at its top). The score is the share of a
 * candidate's word pairs the article repeats, plus a little for a headline shape and for standing right
 * above the lead (only furniture between); near-ties go to the earlier line. A candidate the article
 * does not echo at all, and that does not stand right above it, is not the headline.
 */
export function chooseHeadline(
  page: readonly PageLine[],
  run: { first: number; last: number },
  inList: (i: number) => boolean,
  own: readonly LineClass[],
): number | null {
  const lead = leadIndex(page, run.first, run.last, own);
  const article = wordTextOf(page.slice(lead, run.last + 1).filter((p, k) => p.prose && !inList(lead + k)).map((p) => p.words));
  let bestIndex: number | null = null;
  let bestScore = -Infinity;
  let adjacent = true;
  for (let i = lead - 1; i >= 0; i--) {
    const p = page[i]!;
    // In a list of headline+teaser pairs, a sentence is a teaser; a photo's alt text repeats the caption beside it.
    if (!isCandidate(page, i, own) || repeatedBelow(page, i, lead, run.last, own) || (inList(i) && endsSentence(p.bare)) || altTextOfCaption(page, i)) {
      // Only furniture may stand between the headline and the lead (a byline, a clock, a share bar).
      adjacent &&= p.chrome !== null || p.marker !== null || p.source || isSignature(p.bare);
      continue;
    }
    const overlap = overlapScore(headlineText(p.bare), article);
    const near = adjacent && !inList(i);
    adjacent = false;
    // A page usually opens with its headline: its first line of text needs no echo, unless it reads like a name
    // (a site's or an office's); that holds too where a list of headline+teaser pairs swallowed headline and lead.
    const opens = firstText(page, i) && !nameLike(p.bare);
    if (overlap < settings.minOverlap && !near && !opens) continue;
    // Right above the lead, a short line the article does not echo at all is a menu item or a section's name.
    if (overlap === 0 && near && !opens && p.words.length < settings.unechoedMinWords) continue;
    const score = overlap + (p.headline ? settings.shapeBonus : 0) + (near ? settings.adjacentBonus : 0) + (opens ? settings.firstLineBonus : 0);
    if (process.env.DEBUG_HEADLINE) console.error(`headline candidate ${p.line}: ${score.toFixed(3)} (overlap ${overlap.toFixed(3)}, near ${near}) ${p.text.slice(0, 60)}`);
    if (score >= bestScore - settings.tieMargin) bestIndex = i;
    bestScore = Math.max(bestScore, score);
  }
  if (bestIndex === null) return sentenceHeadlineAt(page, lead, run.last, own, inList) ? lead : null;
  return withoutSiteName(page, bestIndex, lead);
}

/** How a lead opens: with the time of the event ("Sáng 1/4,", "Ngày 8 tháng 12 năm 2014,") or a date. */
const LEAD_OPENING = /^(?:(?:sáng|trưa|chiều|tối|đêm|ngày|hôm|vừa qua|mới đây|sáng nay|chiều nay|tối nay|hôm nay|trong|từ|tại|theo)(?!\p{L})|\d)/iu;

/**
 * True when the page opens with a headline that ends with a full stop and that the text below reads
 * as running text: the first text on the page, one short sentence that does not open like a lead (with
 * the event's time), whose wording the article below echoes strongly. Asked only when no line above
 * the lead could be the headline, so that the page's title is its own, not one derived from it.
 */
function sentenceHeadlineAt(page: readonly PageLine[], i: number, last: number, own: readonly LineClass[], inList: (i: number) => boolean): boolean {
  const p = page[i]!;
  const text = headlineText(p.bare);
  if (!firstText(page, i) || !FULL_STOP.test(text) || text.length > settings.sentenceMaxChars || sentenceCount(text) > 1) return false;
  if (!CAPITAL_START.test(text) || LEAD_OPENING.test(text) || OUTLET_TAG.test(text) || DATELINE_TAG.test(text) || p.caption || p.source) return false;
  const below = page.slice(i + 1, last + 1).filter((q, k) => q.prose && own[i + 1 + k] === "good" && !inList(i + 1 + k));
  if (below.length === 0) return false;
  return overlapScore(text, wordTextOf(below.map((q) => q.words))) >= settings.sentenceEchoMinOverlap;
}

/**
 * True when the article prints paragraph `i` again as running text (whole, or cut short with "…"): a
 * description or sapo above the headline, repeated as the lead. A headline is echoed by the lead, not repeated.
 */
function repeatedBelow(page: readonly PageLine[], i: number, from: number, last: number, own: readonly LineClass[]): boolean {
  const stem = untagged(page[i]!).replace(/(?:\.\.\.|…)$/u, "");
  if (stem.length < shape.altTextMinChars) return false;
  for (let j = Math.max(from, i + 1); j <= last; j++) if (own[j] === "good" && untagged(page[j]!).startsWith(stem)) return true;
  return false;
}

const untaggedKeys = new WeakMap<PageLine, string>();

/** A paragraph's comparison key without its outlet tag ("TTO - "), computed once (each candidate compares it). */
function untagged(p: PageLine): string {
  let key = untaggedKeys.get(p);
  if (key === undefined) untaggedKeys.set(p, (key = p.outletTag ? keyOf(p.bare.replace(OUTLET_TAG, "")) : p.key));
  return key;
}

/** True when a caption beside line `i` starts with its words: the line is the photo's alt text. */
function altTextOfCaption(page: readonly PageLine[], i: number): boolean {
  const key = keyOf(headlineText(page[i]!.bare));
  return [page[i - 1], page[i + 1]].some((n) => n !== undefined && n.caption && n.key.length > key.length && n.key.startsWith(key));
}

/** " - Báo Quân đội nhân dân", " | VOV.VN": what a page's <title> adds after the headline. */
const SITE_SUFFIX = /^\s*[-|–—:]\s*\S/u;

/** The same headline printed without the site's name, if the page has it ("X - Báo Nhân Dân" and "X"). */
function withoutSiteName(page: readonly PageLine[], best: number, articleFirst: number): number {
  const key = page[best]!.key;
  for (let i = 0; i < articleFirst; i++) {
    const other = page[i]!.key;
    if (i === best || other.length < shape.altTextMinChars) continue;
    if (key.startsWith(other) && SITE_SUFFIX.test(key.slice(other.length))) return i;
    // The page's <title> printed above its headline with a label before it or its section after it
    // ("Lưu trữ thẻ: X", "X Văn hóa"): the headline is the line without them.
    if (other.length >= settings.wrappedTitleMinShare * key.length && key.length > other.length && containsAsWords(key, other)) return i;
  }
  return best;
}

/** True when `outer` holds `inner` whole, at word boundaries, at its start or end. */
function containsAsWords(outer: string, inner: string): boolean {
  if (outer.startsWith(inner)) return !/\p{L}/u.test(outer.charAt(inner.length));
  if (outer.endsWith(inner)) return !/\p{L}/u.test(outer.charAt(outer.length - inner.length - 1));
  return false;
}

/** The headline without decoration: a leading bullet, a trailing bar, indentation. */
export const headlineText = undecorated;
