/**
 * Splits precomputed lists into numbered pages with their URLs, for Eleventy to paginate over.
 *
 * Pages are cut so that a new article changes only the pages it appears on, wherever it falls in
 * time (an editor adds last week's news, and older stories scraped late). Where a page ends is
 * decided by the items themselves, the way content-defined chunking cuts files: walking the list
 * from its oldest end, a page ends after an item whose key hashes to a cut, once the page holds
 * at least half the page size, and at twice the page size in any case. An item added or removed
 * in the middle of a list therefore changes the page it is on; the pages around it keep their
 * items, and their numbers unless the change makes or removes a cut (about one edit in 25 on a
 * list of 2,000, see paging.test.ts), which renumbers the newer pages. Pages hold the page size on
 * average.
 *
 * A list shown newest first is numbered from its oldest end: page 1 holds the oldest articles and
 * keeps them, and the list's own URL shows the newest page, which takes every article after the
 * last cut but one. A list shown oldest first (a person's appearances) is cut the same way from
 * page 1 at its own URL, and new articles go on its last page. A page's pager names only its near neighbours, the newest
 * and the oldest page, so that it stays the same while pages far from it come and go.
 */

/** Which way a list reads; it decides which end pages are numbered from. */
export type ListOrder = "newest-first" | "oldest-first";

/**
 * One entry of a pager, in reading order: a page by its number, the newest page of a newest-first
 * list (named, not numbered: its number changes as the list grows), or a gap (`null`).
 */
export type PagerEntry = { url: string; number: number | "newest"; current: boolean } | null;

/** What a page's pager shows: its neighbours in reading order and the page numbers to jump to. */
export interface Pager {
  /** The page before this one in reading order (newer in a newest-first list), or null. */
  previous: string | null;
  /** The page after this one in reading order (older in a newest-first list), or null. */
  next: string | null;
  /** Empty when the list has a single page. */
  entries: PagerEntry[];
}

/** One page of a paginated list. */
export interface ListPage<T> {
  /** Root-relative URL of this page ("/doi-tac/lao/", "/doi-tac/lao/trang/2/"). */
  url: string;
  /** 1-based page number, counted from the list's oldest end. */
  number: number;
  /** Whether this is the page at the list's own URL (the newest page of a newest-first list, the first of an oldest-first one). */
  landing: boolean;
  items: T[];
  pager: Pager;
}

/** A URL of the old numbering (newest first from page 1) that no page has now, and the list it leads to. */
export interface MovedPage {
  url: string;
  to: string;
}

/** Page numbers shown either side of the current one in a pager. */
export const PAGER_WINDOW = 2;

/** The URL of page `n` of a list whose own URL is `firstUrl` (`firstUrl` itself for the landing page). */
export function pageUrl(firstUrl: string, n: number): string {
  return `${firstUrl}trang/${n}/`;
}

/**
 * Splits `items` (in reading order) into pages of about `size` (see above), numbered from the
 * oldest end; `keyOf` names an item for good (an article's id), and decides where pages end.
 * Always at least one page, even when empty.
 */
export function paginate<T>(items: readonly T[], firstUrl: string, size: number, keyOf: (item: T) => string, order: ListOrder = "newest-first"): ListPage<T>[] {
  return order === "newest-first" ? newestFirst(items, firstUrl, size, keyOf) : oldestFirst(items, firstUrl, size, keyOf);
}

/**
 * Where the pages of a list end, counted from its oldest end: the number of items before each cut,
 * ascending. `oldest(i)` is the i-th item from the oldest end.
 */
export function cuts<T>(n: number, oldest: (i: number) => T, size: number, keyOf: (item: T) => string): number[] {
  const least = Math.max(1, Math.ceil(size / 2));
  const most = Math.max(least, size * 2);
  // After the first `least` items, each item ends the page with the chance that makes `size` the mean length.
  const odds = Math.max(1, size - least);
  const ends: number[] = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    const length = i + 1 - start;
    if (length >= most || (length >= least && keyHash(keyOf(oldest(i))) % odds === 0)) {
      ends.push(i + 1);
      start = i + 1;
    }
  }
  return ends;
}

/** A well-mixed 32-bit hash of a key (FNV-1a, then MurmurHash3's finalizer). */
function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Newest first: pages 1…count−1 end at the cuts from the oldest end; the landing page (number count) holds the rest. */
function newestFirst<T>(items: readonly T[], firstUrl: string, size: number, keyOf: (item: T) => string): ListPage<T>[] {
  const n = items.length;
  // Page k holds the items from bounds[k−1] to bounds[k] counted from the oldest end; the landing page runs to n.
  const bounds = [0, ...cuts(n, (i) => items[n - 1 - i]!, size, keyOf).slice(0, -1), n];
  const count = Math.max(1, bounds.length - 1);
  const url = (k: number) => (k === count ? firstUrl : pageUrl(firstUrl, k));
  const pages: ListPage<T>[] = [];
  for (let k = count; k >= 1; k--) {
    const entries: PagerEntry[] = [];
    if (count > 1) {
      // Reading order: the newest page, a gap, the window around k (descending), a gap, page 1.
      const from = Math.min(count - 1, k + PAGER_WINDOW);
      const to = Math.max(1, k - PAGER_WINDOW);
      entries.push({ url: firstUrl, number: "newest", current: k === count });
      if (from < count - 1) entries.push(null);
      for (let j = from; j >= to; j--) entries.push({ url: url(j), number: j, current: j === k });
      if (to > 2) entries.push(null);
      if (to > 1) entries.push({ url: url(1), number: 1, current: false });
    }
    pages.push({
      url: url(k),
      number: k,
      landing: k === count,
      items: items.slice(n - bounds[k]!, n - bounds[k - 1]!),
      pager: { previous: k < count ? url(k + 1) : null, next: k > 1 ? url(k - 1) : null, entries },
    });
  }
  return pages;
}

/** Oldest first: page 1 at the list's URL, pages ending at the cuts, the items after the last cut on a last page of their own. */
function oldestFirst<T>(items: readonly T[], firstUrl: string, size: number, keyOf: (item: T) => string): ListPage<T>[] {
  const ends = cuts(items.length, (i) => items[i]!, size, keyOf);
  if (ends.at(-1) !== items.length) ends.push(items.length);
  const bounds = [0, ...ends];
  const count = Math.max(1, bounds.length - 1);
  const url = (k: number) => (k === 1 ? firstUrl : pageUrl(firstUrl, k));
  return Array.from({ length: count }, (_, i) => {
    const k = i + 1;
    const entries: PagerEntry[] = [];
    if (count > 1) {
      const from = Math.max(1, k - PAGER_WINDOW);
      const to = Math.min(count, k + PAGER_WINDOW);
      if (from > 1) entries.push({ url: firstUrl, number: 1, current: false });
      if (from > 2) entries.push(null);
      for (let j = from; j <= to; j++) entries.push({ url: url(j), number: j, current: j === k });
    }
    return {
      url: url(k),
      number: k,
      landing: k === 1,
      items: items.slice(bounds[i]!, bounds[k]!),
      pager: { previous: k > 1 ? url(k - 1) : null, next: k < count ? url(k + 1) : null, entries },
    };
  });
}

/**
 * The URLs the old numbering gave a newest-first list of `n` items (pages 2… from the newest, of
 * `size` each) that the list's `count` pages now leave without a page, so that links to them
 * still lead to the list.
 */
export function movedPages(n: number, count: number, firstUrl: string, size: number): MovedPage[] {
  const oldCount = Math.max(1, Math.ceil(n / size));
  const moved: MovedPage[] = [];
  for (let k = Math.max(2, count); k <= oldCount; k++) moved.push({ url: pageUrl(firstUrl, k), to: firstUrl });
  return moved;
}
