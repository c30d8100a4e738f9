/**
 * Site settings an editor may change: name, description, language and its formats, URL and page
 * sizes. Build flags (--base-path, --site-url) are merged in at build time. The language settings
 * are the only place the site's language is named: <html lang>, og:locale, the search index,
 * JSON-LD, number and date formats and the order of names all follow them; the words themselves
 * are in strings.ts.
 */

/** The interface text readers see (section names, labels, page titles, pager, 404…), grouped by page. */
export { STRINGS } from "./strings.ts";

export const SITE = {
  name: "Lưu trữ Hợp tác Quốc phòng Việt Nam",
  description: "Lưu trữ tin bài về hợp tác và đối ngoại quốc phòng của Việt Nam, có thể tìm kiếm theo đối tác, nhân vật và sự kiện.",
  /** The pages' language (BCP 47 language code): <html lang>, Pagefind's language, JSON-LD inLanguage. */
  language: "vi",
  /** The locale numbers and dates are formatted in and names sorted by (Intl), e.g. "1.234 bài viết". */
  locale: "vi-VN",
  /** The Open Graph locale of every page (og:locale, language_TERRITORY). */
  ogLocale: "vi_VN",
  /**
   * How a date is written (Intl.DateTimeFormat options in `locale`): "Thứ Bảy, 14/5/2022". The search page's
   * date order reads day, month and year back from the end of it (templates/assets/search-shards.js).
   */
  dateFormat: { weekday: "long", day: "numeric", month: "numeric", year: "numeric" },
  /**
   * Origin of the deployed site (e.g. "https://archive.example.org"), used when the build gets no
   * --site-url; null leaves canonical, feed and open-data URLs site-relative (preview origin where absolute ones are required).
   */
  url: null as string | null,
  /** Articles per page on the home page and list pages, on average (pages hold half to twice as many: src/site/paging.ts). */
  pageSize: 20,
  /** Related articles listed under an article. */
  relatedLimit: 5,
  /** Partners drawn as their own colour in a timeline; the rest are summed as "other partners". */
  timelinePartners: 5,
  /** Newest articles in the Atom feed. */
  feedSize: 50,
  /** A group index (people, series, …) of more groups than this is split into a page per initial (src/site/letters.ts). */
  groupIndexLimit: 500,
  /** Groups with the most articles listed on a split index's own page, above its letters. */
  groupIndexTop: 50,
} as const;

/**
 * The origin used for links that must be absolute (feed, sitemap, robots.txt) when the build has
 * no --site-url: the local preview server of `npm start`.
 */
export const PREVIEW_SITE_URL = "http://localhost:8080/";

/** Settings that depend on where the site is deployed. */
export interface Deployment {
  /** URL path prefix, always starting and ending with "/" (e.g. "/luu-tru/"). */
  basePath: string;
  /** Absolute origin and path of the deployed site, or null when unknown. */
  siteUrl: string | null;
}

/** Everything templates receive as `site`. */
export type SiteData = typeof SITE & Deployment;

/** Prefixes a root-relative site path with the deployment's base path. */
export function withBase(basePath: string, url: string): string {
  return basePath.replace(/\/$/, "") + url;
}

/** The absolute URL of a site path, falling back to the preview origin without --site-url. */
export function absoluteOrPreviewUrl(deployment: Deployment, url: string): string {
  return absoluteFrom(deployment.siteUrl ?? PREVIEW_SITE_URL, deployment.basePath, url);
}

/**
 * The absolute URL of a site path, or null without --site-url. The base path is added to the
 * site URL unless the site URL already ends with it (both "https://o.github.io" and
 * "https://o.github.io/repo/" work with --base-path /repo/).
 */
export function absoluteUrl(deployment: Deployment, url: string): string | null {
  return deployment.siteUrl ? absoluteFrom(deployment.siteUrl, deployment.basePath, url) : null;
}

/** The origin and path prefix of each deployment seen: the sitemap asks for every page's URL. */
const roots = new Map<string, { origin: string; prefix: string }>();

function absoluteFrom(siteUrl: string, basePath: string, url: string): string {
  const key = `${siteUrl} ${basePath}`;
  let root = roots.get(key);
  if (!root) {
    const site = new URL(siteUrl.replace(/\/?$/, "/"));
    const prefix = site.pathname.endsWith(basePath) ? site.pathname : site.pathname.replace(/\/$/, "") + basePath;
    roots.set(key, (root = { origin: site.origin, prefix: prefix.replace(/\/$/, "") }));
  }
  return new URL(root.prefix + url, root.origin).href;
}
