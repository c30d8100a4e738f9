/**
 * Lists of other stories: runs of headline+teaser pairs and the items under a marker such as
 * "Tin liên quan", wherever they stand (before, inside or after the article).
 */
import { lists, shape } from "../settings.ts";
import { pairsOf, type PageLine } from "./page.ts";
import { endsSentence, sentenceCount, setSimilarity, shareIn, wordCount } from "./shape.ts";
import { closesArticle } from "./edges.ts";
import { hasClockWord } from "./chrome.ts";
import { isPersonName, isSignature } from "./bylines.ts";
import type { LineClass } from "./classify.ts";

/** A stretch of page lines (indices into the described page, inclusive) that is a list of other stories. */
export interface ListSpan {
  first: number;
  last: number;
  reason: string;
  /** Lines of a pairs run whose status depends on where the article is (decided by `settleRuns`). */
  unsettled?: boolean;
}

/** One list item: a headline (maybe printed twice), its teaser if any, and separators after it. */
interface Item {
  first: number;
  /** Index of the headline (the second line when the item opens with the photo's alt text). */
  headline: number;
  /** Index of the teaser line, or null for a headline-only item. */
  teaser: number | null;
  /** Index after the item and its separators. */
  next: number;
  /** The item carries a sign of a list: twin headline, "|" separator, outlet tag, truncated teaser, link shape. */
  evidence: boolean;
  /** …one that a caption printed twice cannot give: anything but the twin headline. */
  strong: boolean;
  /** Shaped like another story's link: a full headline and a one-sentence teaser (a sub-heading is short, a paragraph longer). */
  storyShaped: boolean;
}

/** Chrome that stamps a list item: its date or a view/comment counter. */
const STAMPS = new Set(["page clock", "lone counter"]);

const isTwin = (a: PageLine, b: PageLine): boolean =>
  b.headline && setSimilarity(pairsOf(a), pairsOf(b)) >= lists.headlineTwinSimilarity;

/** A teaser: one paragraph, punctuated (never a photo caption: that is the article's), or an unpunctuated line clearly longer than a headline (cut short by the site). */
const isTeaser = (p: PageLine, head: PageLine): boolean =>
  p.marker === null && p.link === null && !p.caption && p.bare.length <= lists.teaserMaxChars &&
  ((p.prose && !p.headline) || (p.headline && p.bare.length >= lists.unpunctuatedTeaserMinChars && p.bare.length >= 1.5 * head.bare.length));

/** Under a list marker, a short one-sentence line followed by a longer teaser is a headline ending with a full stop. */
function isSentenceHeadline(page: readonly PageLine[], i: number): boolean {
  const p = page[i]!;
  const next = page[i + 1];
  return p.bare.length <= lists.questionHeadlineMaxChars && sentenceCount(p.bare) <= 1 && /^[\p{Lu}"“(]/u.test(p.bare) &&
    next !== undefined && next.prose && next.bare.length > p.bare.length && !p.caption;
}

/** A headline asking or exclaiming ("Việt Nam có bao nhiêu lễ hội?"): one short sentence ending "?" or "!". */
const isQuestionHeadline = (p: PageLine): boolean =>
  /[?!]["”’)]*$/u.test(p.bare) && p.bare.length <= lists.questionHeadlineMaxChars && sentenceCount(p.bare) <= 1 && /^[\p{Lu}"“]/u.test(p.bare);

/**
 * Parses the list item starting at page[i], or returns null. Under a list marker (`marked`) a
 * headline may also be one short sentence with its full stop, when a teaser follows it.
 */
function parseItem(page: readonly PageLine[], i: number, marked = false): Item | null {
  const head = page[i];
  if (head === undefined || head.marker !== null) return null;
  let j = i + 1;
  let twin = false;
  const second = page[j];
  // An item opens with a headline, or with the photo's alt text (a short sentence) twinned by the headline;
  // a line with a photo credit is the article's caption, never a list item.
  if (head.caption) return null;
  if (second !== undefined && (head.headline || head.shortProse) && isTwin(head, second)) (twin = true), j++;
  else if (!head.headline && !isQuestionHeadline(head) && !(marked && isSentenceHeadline(page, i))) return null;
  const headlineAt = j - 1;
  const headline = page[headlineAt]!;
  // A list item may carry its date or a counter between headline and teaser ("12/03/2024 10:30");
  // so does an article between headline and lead, so it is no evidence of a list. A clock signed by
  // a reporter ("Trí Phương - 22:45, 18/05/2023") heads the article itself: lists print no authors.
  // A bar between headline and teaser ("Tiêu đề", "|", "Tóm tắt…") is a link box's, as after the teaser.
  let k = j;
  let separated = false;
  while (page[k] !== undefined && (STAMPS.has(page[k]!.chrome ?? "") || page[k]!.chrome === "separator")) {
    if (page[k]!.chrome === "separator") separated = true;
    else if (signedClock(page[k]!.bare)) return null;
    k++;
  }
  let teaser: number | null = null;
  const next = page[k];
  if (next !== undefined && isTeaser(next, headline)) (teaser = k), (j = k + 1);
  else separated = false;
  while (page[j]?.chrome) (separated ||= page[j]!.chrome === "separator"), j++;
  const t = teaser === null ? null : page[teaser]!;
  const strong = separated || head.link !== null || (t !== null && (t.outletTag || t.truncated));
  const storyShaped = t !== null && wordCount(headline.bare) >= lists.storyHeadlineMinWords &&
    t.bare.length <= lists.storyTeaserMaxChars && sentenceCount(t.bare) <= 1;
  return { first: i, headline: headlineAt, teaser, next: j, evidence: strong || twin, strong, storyShaped };
}

/** A page clock that also names its reporter: a person's name beside the date and time. */
function signedClock(text: string): boolean {
  const rest = text.replace(/\d[\d:/.h-]*|[|,()–—-]/giu, " ").replace(/\s+/gu, " ").trim();
  if (rest === "" || hasClockWord(text)) return false;
  return isPersonName(rest) || isSignature(rest);
}

/** Items after a list marker: all pairs, or all bare headlines; stops where the article resumes. */
function markerZone(page: readonly PageLine[], marker: number): ListSpan {
  const media = page[marker]!.marker === "media";
  let j = marker + 1;
  let mode: "pairs" | "headlines" | null = null;
  let allTypical = true;
  let last = marker;
  // After the article's sign-off ("TRẦN VĂN A", "Theo TTXVN") a list is the page's, never a box inside the article.
  const above = signedOffAbove(page, marker) ? null : proseAbove(page, marker);
  while (j < page.length) {
    const p = page[j]!;
    // The next marker opens its own zone (zones never overlap, so finding them stays linear).
    if (p.marker === "list" || p.marker === "media") break;
    if (p.marker === "link" || p.chrome !== null) {
      (last = j), j++;
      continue;
    }
    const item = parseItem(page, j, true);
    if (item === null) break;
    if (item.teaser !== null && (media || (above !== null && resumesArticle(page, item, above)))) {
      // A media label's player title ended, or a box of other stories inside the article ("Xem thêm", a
      // headline) closed: the sentence after the last headline is the article resuming. A sentence that
      // does not resume the article is another story's teaser, even after bare headlines.
      last = item.teaser - 1;
      break;
    }
    const typical = item.evidence || item.storyShaped;
    // Pairs that all looked like story links, then one that does not: a caption and paragraph, the article
    // resuming, unless another headline follows it (the box goes on).
    if (item.teaser !== null && mode === "pairs" && allTypical && !typical && !nextIsHeadline(page, item)) break;
    allTypical &&= typical;
    if (item.teaser !== null) mode = "pairs";
    else mode ??= "headlines";
    last = item.next - 1;
    j = item.next;
  }
  return { first: marker, last, reason: `list of other stories after "${page[marker]!.text}"` };
}

/** True when the nearest line above a marker (chrome aside) signs the article off ("Theo TTXVN", "…./.", "Thành Đông"). */
function signedOffAbove(page: readonly PageLine[], marker: number): boolean {
  let i = marker - 1;
  while (i >= 0 && page[i]!.chrome !== null) i--;
  return i >= 0 && (closesArticle(page[i]!) || (page[i]!.headline && isSignature(page[i]!.bare)));
}

/** Word pairs of the paragraphs just above a marker, each line's own set (read only when a teaser is in doubt). */
function proseAbove(page: readonly PageLine[], marker: number): ReadonlySet<string>[] {
  const sets: ReadonlySet<string>[] = [];
  for (let i = marker - 1; i >= 0 && i >= marker - lists.resumeContextReach && sets.length < lists.resumeContextLines; i--) {
    const p = page[i]!;
    if (p.prose && !p.shortProse && p.marker === null) sets.push(pairsOf(p));
  }
  return sets;
}

/** The teaser carries a sign of another story: a separator after it, an outlet tag, a cut end, or its headline restated. */
function listTeaser(page: readonly PageLine[], item: Item): boolean {
  const t = page[item.teaser!]!;
  const separated = page.slice(item.teaser! + 1, item.next).some((p) => p.chrome === "separator");
  return separated || t.outletTag || t.truncated || shareIn(pairsOf(page[item.headline]!), pairsOf(t)) >= lists.teaserRestatesHeadline;
}

/** True when the line after an item is another story's headline: the box goes on. */
function nextIsHeadline(page: readonly PageLine[], item: Item): boolean {
  const after = page[item.next];
  return after !== undefined && isStoryHeadline(after);
}

/** A full headline of another story (a sub-heading is shorter), not a signature or sign-off. */
const isStoryHeadline = (p: PageLine): boolean =>
  p.headline && wordCount(p.bare) >= lists.storyHeadlineMinWords && !isSignature(p.bare) && !closesArticle(p);

/** A paragraph of running text: no headline, marker or link shape. */
const isParagraph = (p: PageLine): boolean => p.prose && !p.headline && p.marker === null && p.link === null;

/**
 * True when the line after a boxed headline is the article resuming rather than that story's teaser:
 * a paragraph with no sign of another story (it does not even restate the headline) that is followed
 * by the article's sign-off or by more prose, or that repeats the wording of the paragraphs above the box.
 * When in doubt the paragraph is kept: losing article text is the worse error.
 */
function resumesArticle(page: readonly PageLine[], item: Item, above: readonly ReadonlySet<string>[]): boolean {
  const t = page[item.teaser!]!;
  if (!endsSentence(t.bare) || listTeaser(page, item)) return false;
  const after = page[item.next];
  if (after !== undefined && (closesArticle(after) || isParagraph(after))) return true;
  // Another headline after it: the box goes on, whatever the teaser's wording shares with the article.
  if (nextIsHeadline(page, item)) return false;
  const pairs = pairsOf(t);
  let shared = 0;
  for (const pair of pairs) if (above.some((set) => set.has(pair))) shared++;
  return pairs.size > 0 && shared / pairs.size >= lists.resumeMinArticleShare;
}

/**
 * The article's last line when a box of other stories ("Tin liên quan", "Đọc thêm" and its items)
 * stands inside the densest run: the article goes on past the box only when the text after it
 * resumes the article (see `resumesAfterBox`). Otherwise the box opens the page's lists of stories
 * and the article ends above it. Media labels ("Video") head a player inside the article and never end it.
 */
export function endBeforeBox(page: readonly PageLine[], first: number, last: number, spans: readonly ListSpan[], own: readonly LineClass[]): number {
  let end = last;
  for (const span of spans) {
    const marker = span.first;
    if (marker <= first || marker > end || page[marker]!.marker !== "list") continue;
    let next = span.last + 1;
    while (next <= end && page[next]!.chrome !== null) next++;
    if (next > end || !resumesAfterBox(page, next, marker, own)) end = marker - 1;
  }
  return end;
}

/**
 * True when paragraph `i`, the first after a box opened at `marker`, is the article resuming: running
 * text, with the article's own text above the box (no sign-off before it), followed by more of it (a
 * paragraph or the sign-off), or repeating the wording above the box and not followed by another headline.
 */
function resumesAfterBox(page: readonly PageLine[], i: number, marker: number, own: readonly LineClass[]): boolean {
  const p = page[i]!;
  if ((own[i] !== "good" && !p.prose) || p.marker !== null || p.link !== null || signedOffAbove(page, marker)) return false;
  let j = i + 1;
  while (page[j] !== undefined && page[j]!.chrome !== null) j++;
  const after = page[j];
  if (after !== undefined && (closesArticle(after) || isParagraph(after))) return true;
  if (after !== undefined && isStoryHeadline(after)) return false;
  const above = proseAbove(page, marker);
  const pairs = pairsOf(p);
  let shared = 0;
  for (const pair of pairs) if (above.some((set) => set.has(pair))) shared++;
  return pairs.size > 0 && shared / pairs.size >= lists.resumeMinArticleShare;
}

/** Runs of two or more headline+teaser pairs in a row. */
function pairRuns(page: readonly PageLine[]): { first: number; last: number; items: Item[] }[] {
  const runs: { first: number; last: number; items: Item[] }[] = [];
  let i = 0;
  while (i < page.length) {
    const items: Item[] = [];
    let j = i;
    for (let item = parseItem(page, j); item !== null && item.teaser !== null; item = parseItem(page, j)) {
      items.push(item);
      j = item.next;
    }
    if (items.length >= lists.evidencedRunMinPairs) {
      runs.push({ first: i, last: j - 1, items });
      i = j;
    } else i++;
  }
  return runs;
}

/**
 * Finds the lists of other stories on a page. Marker zones and runs whose every pair carries list
 * evidence are settled; longer runs without evidence are returned `unsettled` for `settleRuns`.
 */
export function findLists(page: readonly PageLine[]): ListSpan[] {
  const spans: ListSpan[] = [];
  page.forEach((p, i) => {
    if (p.marker === "list" || p.marker === "media") spans.push(markerZone(page, i));
  });
  for (const run of pairRuns(page)) {
    // Unpunctuated captions worded like running text, each with its paragraph, are a gallery's, not a list of stories.
    if (!run.items.some((it) => it.strong) && captionsWithText(page, run.items)) continue;
    const span = { first: run.first, last: run.last };
    // Pairs each with a separator, an outlet tag or a cut teaser are a list wherever they stand.
    if (run.items.every((it) => it.strong)) spans.push({ ...span, reason: "related-story list (headline and teaser pairs)" });
    // Twin headlines (a caption printed twice looks the same), story-shaped pairs or a long run: a list unless the article surrounds it.
    else if (run.items.every((it) => it.evidence || it.storyShaped) || run.items.length >= lists.unmarkedRunMinPairs)
      spans.push({ ...span, reason: "related-story list (run of headline and teaser pairs)", unsettled: true });
  }
  spans.push(...taggedTeasers(page, spans));
  return spans;
}

/**
 * True when a run's "headlines" average the function-word share of running text (headlines of other
 * stories have almost none) and no teaser restates its headline: captions, each above its paragraph.
 */
function captionsWithText(page: readonly PageLine[], items: readonly Item[]): boolean {
  const share = items.reduce((t, it) => t + page[it.headline]!.functionShare, 0) / items.length;
  return share >= shape.captionRunMinShare && !items.some((it) => listTeaser(page, it));
}

/**
 * True when page[from..to] holds nothing but list items (headlines with or without teasers, twins,
 * separators): what follows an article's sign-off ("Theo TTXVN", "…./.") when it is a list.
 */
export function onlyItems(page: readonly PageLine[], from: number, to: number): boolean {
  let j = from;
  while (j <= to) {
    const p = page[j]!;
    if (p.chrome !== null || (p.marker !== null && p.marker !== "terminal")) {
      j++;
      continue;
    }
    const item = parseItem(page, j);
    if (item === null) return false;
    j = item.next;
  }
  return true;
}

/**
 * Teasers of other stories by their outlet tag: the first tagged line outside a list may be the
 * article's lead ("TTO - Sáng 20-5, …"); any later one opens another story's teaser.
 */
function taggedTeasers(page: readonly PageLine[], spans: readonly ListSpan[]): ListSpan[] {
  const listed = spanMask(page.length, spans);
  const tagged = page.flatMap((p, i) => (p.outletTag && p.prose && !listed[i] ? [i] : []));
  return tagged.slice(1).map((i) => ({ first: i, last: i, reason: "teaser of another story (outlet tag)" }));
}

/**
 * Decides unmarked runs by position: a run with article prose on both sides is the article's own
 * sections (kept); a run at the head or the tail of the page, away from the prose, is a list.
 * When no prose stands outside any run, the run with the most text is the article.
 */
export function settleRuns(page: readonly PageLine[], spans: readonly ListSpan[]): ListSpan[] {
  const settled = spans.filter((s) => !s.unsettled);
  const open = spans.filter((s) => s.unsettled);
  if (open.length === 0) return settled;
  const listed = spanMask(page.length, spans);
  const prose: number[] = [];
  page.forEach((p, i) => {
    if (p.prose && !p.shortProse && !listed[i]) prose.push(i);
  });
  const kept: ListSpan[] = [];
  if (prose.length === 0) {
    const weight = (s: ListSpan) => page.slice(s.first, s.last + 1).reduce((t, p) => t + (p.prose ? p.bare.length : 0), 0);
    const article = open.reduce((a, b) => (weight(b) > weight(a) ? b : a));
    kept.push(article);
    for (let i = article.first; i <= article.last; i++) if (page[i]!.prose) prose.push(i);
  }
  const firstProse = prose.reduce((a, b) => Math.min(a, b), Infinity);
  const lastProse = prose.reduce((a, b) => Math.max(a, b), -Infinity);
  for (const run of open) {
    if (kept.includes(run)) continue;
    const before = firstProse < run.first;
    const after = lastProse > run.last;
    if (before && after) continue;
    // A run that swallowed the headline and lead is released from the headline on, once the headline is chosen.
    settled.push({ ...run, unsettled: false });
  }
  return settled;
}

/** For each page index, the span that covers it (the first found), or undefined. */
export function spanIndex(length: number, spans: readonly ListSpan[]): (ListSpan | undefined)[] {
  const index: (ListSpan | undefined)[] = new Array(length).fill(undefined);
  for (const s of spans) for (let i = s.first; i <= s.last; i++) index[i] ??= s;
  return index;
}

function spanMask(length: number, spans: readonly ListSpan[]): boolean[] {
  return spanIndex(length, spans).map((s) => s !== undefined);
}
