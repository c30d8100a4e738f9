/**
 * Splits precomputed lists into numbered pages with their URLs, for Eleventy to paginate over.
 *
 * Pages are cut so that a new article changes only the pages it appears on. A list shown newest
 * first is numbered from its oldest end: page 1 holds the oldest articles and keeps them, and the
 * list's own URL shows the newest page, which takes every article beyond the full pages (between
 * one and two pages' worth). A new article, newest in its lists, changes only that page; when it
 * has two pages' worth it leaves its older half behind as the next numbered page. A list shown
 * oldest first (a person's appearances) is numbered the usual way, and new articles go on its last
 * page. A page's pager names only its near neighbours, the newest and the oldest page, so that it
 * stays the same while pages far from it come and go.
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
 * Splits `items` (in reading order) into pages of `size`, numbered from the oldest end. Always at
 * least one page, even when empty.
 */
export function paginate<T>(items: readonly T[], firstUrl: string, size: number, order: ListOrder = "newest-first"): ListPage<T>[] {
  return order === "newest-first" ? newestFirst(items, firstUrl, size) : oldestFirst(items, firstUrl, size);
}

/** Newest first: full pages of the oldest items numbered 1…count−1, the rest on the landing page (number count). */
function newestFirst<T>(items: readonly T[], firstUrl: string, size: number): ListPage<T>[] {
  const n = items.length;
  const count = Math.max(1, Math.floor(n / size));
  const url = (k: number) => (k === count ? firstUrl : pageUrl(firstUrl, k));
  // Page k (from the oldest) holds the items k·size from the end of the list; the landing page the rest.
  const slice = (k: number): T[] => (k === count ? items.slice(0, n - (count - 1) * size) : items.slice(n - k * size, n - (k - 1) * size));
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
      items: slice(k),
      pager: { previous: k < count ? url(k + 1) : null, next: k > 1 ? url(k - 1) : null, entries },
    });
  }
  return pages;
}

/** Oldest first: page 1 at the list's URL, the newest items on the last page. */
function oldestFirst<T>(items: readonly T[], firstUrl: string, size: number): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
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
      items: items.slice(i * size, k * size),
      pager: { previous: k > 1 ? url(k - 1) : null, next: k < count ? url(k + 1) : null, entries },
    };
  });
}

/**
 * The URLs the old numbering gave a newest-first list of `n` items (pages 2… from the newest) that
 * the numbering from the oldest end gives no page, so that links to them still lead to the list.
 */
export function movedPages(n: number, firstUrl: string, size: number): MovedPage[] {
  const oldCount = Math.max(1, Math.ceil(n / size));
  const count = Math.max(1, Math.floor(n / size));
  const moved: MovedPage[] = [];
  for (let k = Math.max(2, count); k <= oldCount; k++) moved.push({ url: pageUrl(firstUrl, k), to: firstUrl });
  return moved;
}
