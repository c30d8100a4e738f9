/** Splits precomputed lists into numbered pages with their URLs, for Eleventy to paginate over. */

/** One page of a paginated list. */
export interface ListPage<T> {
  /** Root-relative URL of this page ("/doi-tac/lao/", "/doi-tac/lao/trang/2/"). */
  url: string;
  /** 1-based page number. */
  number: number;
  /** URLs of every page of the list, in order. */
  urls: string[];
  items: T[];
}

/** The URL of page `n` of a list whose first page is `firstUrl`. */
export function pageUrl(firstUrl: string, n: number): string {
  return n === 1 ? firstUrl : `${firstUrl}trang/${n}/`;
}

/** Splits `items` into pages of `size` (at least one page, even when empty). */
export function paginate<T>(items: readonly T[], firstUrl: string, size: number): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  const urls = Array.from({ length: count }, (_, i) => pageUrl(firstUrl, i + 1));
  return urls.map((url, i) => ({ url, number: i + 1, urls, items: items.slice(i * size, (i + 1) * size) }));
}
