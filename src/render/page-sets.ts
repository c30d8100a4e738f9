/**
 * The pages that grow with the archive — articles, the paginated lists, series and the editors'
 * review pages — as the arrays Eleventy paginates over, each page with its output file and the
 * fingerprint of everything it shows, so a rebuild can render only the pages whose data changed.
 */
import { SITE } from "../site/config.ts";
import type { SiteArticle, SiteModel, SeriesGroup } from "../site/model.ts";
import type { ReviewData } from "../editors/collect.ts";
import { reviewLink, reviewPages, type ReviewPage } from "../editors/pages.ts";
import { reviewTextUrl } from "../editors/review-text.ts";
import type { Fingerprinter } from "./fingerprint.ts";
import type { SiteWidePart } from "./eleventy.ts";
import { filterValues } from "../search/filters.ts";
import { searchPageData } from "../search/page-data.ts";

/** What the page-per-item templates iterate over (global data `paged`): the model's list pages, and more. */
export type PagedData = SiteModel["pages"] & {
  articles: SiteArticle[];
  series: SeriesGroup[];
  review: ReviewPage[];
};

/** The sets Eleventy renders, and the editors' per-article raw text files the build writes itself. */
export type PageSetName = keyof PagedData | "reviewText";

/** One page of a set: where it is written and a fingerprint of what it shows. */
export interface PageEntry {
  set: PageSetName;
  /** Output path relative to the site root ("bai-viet/slug/index.html"). */
  file: string;
  /** Site path without the base path. */
  url: string;
  key: string;
  /** Listed in the sitemap, with this last-modified date. */
  sitemap: { lastmod: string | null } | null;
}

/** The output file of a site path ("/a/b/" → "a/b/index.html"). */
export function pageFile(url: string): string {
  return `${url.slice(1)}index.html`;
}

/** Every page of every set, unfiltered. */
export function allPaged(model: SiteModel, review: ReviewData): PagedData {
  return { articles: model.articles, ...model.pages, series: model.series, review: reviewPages(review.entries) };
}

/** The newest dated articles, which the Atom feed shows with their content. */
export function feedArticles(model: SiteModel): Set<SiteArticle> {
  return new Set(model.articles.filter((a) => a.date !== null).slice(0, SITE.feedSize));
}

/**
 * Every page with its fingerprint. `rawStamp` says when an article's raw file last changed (its
 * review text file shows the raw lines, read when it is written).
 */
export function describePages(
  paged: PagedData,
  model: SiteModel,
  review: ReviewData,
  fp: Fingerprinter,
  rawStamp: (file: string) => string,
): PageEntry[] {
  const pages: PageEntry[] = [];
  // Each page's fingerprint is named by its file, so that a rebuild compares it with the last build's.
  const add = (set: PageSetName, url: string, shown: unknown, sitemap: PageEntry["sitemap"], file = pageFile(url)) =>
    pages.push({ set, file, url, key: fp.named(file, shown), sitemap });
  // The article's own page is the one page that shows its body.
  for (const a of paged.articles) add("articles", a.url, [a, a.textKey], { lastmod: a.date });
  // The newest home page also shows the archive's size and timeline.
  for (const p of paged.home) add("home", p.url, p.landing ? [p, model.articles.length, model.timeline] : p, { lastmod: null });
  for (const set of ["partner", "person", "outlet", "year", "month"] as const) {
    for (const p of paged[set]) add(set, p.url, p.landing ? p : laterPageView(p), { lastmod: null });
  }
  for (const p of paged.moved) add("moved", p.url, p, null);
  for (const s of paged.series) add("series", s.url, s, { lastmod: null });
  for (const p of paged.review) {
    // Links to duplicates point at the page their entry is on; the newest page gives the overview of all.
    const links = p.items.map((e) => e.duplicates.map((d) => reviewLink(review.entries, d.id)));
    const overview = p.landing ? [review.entries, review.skipped] : null;
    add("review", p.url, [p, links, overview, review.correctionsFile ?? null], null);
  }
  // Each article's raw lines, from its raw file and what extraction removed.
  for (const e of review.entries) {
    const url = reviewTextUrl(e.id);
    add("reviewText", url, [e.id, e.file, rawStamp(e.file), e.textKey], null, url.slice(1));
  }
  return pages;
}

/**
 * What a list page other than the list's own page shows of its group: its name and URL, never
 * its counts, timeline or people (the templates show those on the list's own page only), so that
 * the page keeps its fingerprint while articles are added to other pages of the list.
 */
function laterPageView<G extends { name: string; url: string; slug: string }>(page: { group: G }): object {
  const { name, url, slug } = page.group;
  return { ...page, group: { name, url, slug } };
}

/** A fingerprint of what each site-wide output shows (see SITE_WIDE_TEMPLATES in eleventy.ts). */
export function describeSiteWide(model: SiteModel, pages: readonly PageEntry[], fp: Fingerprinter): Record<SiteWidePart, string> {
  const counted = (groups: readonly { name: string; url: string; articles: readonly unknown[] }[]) => groups.map((g) => [g.name, g.url, g.articles.length]);
  const feed = [...feedArticles(model)];
  // The static files change only with the code, which the build's version covers.
  const keys = { static: "" } as Record<SiteWidePart, string>;
  const shown: Record<Exclude<SiteWidePart, "static">, unknown> = {
    // The group indexes and the archive index: names, links and counts.
    indexes: [
      ...[model.partners, model.people, model.series, model.outlets].map(counted),
      model.withoutOutlet,
      model.years.map((y) => [y.name, y.url, y.articles.length, counted(y.months)]),
      model.undated.map((a) => [a.url, a.title]),
    ],
    // The search page's filters and the files of the suggested ones (places included: a
    // correction can name a new one), and its data file and the people's details files: the
    // answers, with their counts, and the stories several outlets published, which an edit of an
    // article's text alone can change (searchPageData is made once per model, for the templates too).
    search: [filterValues(model), searchPageData(model)],
    // The open data: each article's metadata and address.
    opendata: model.articles.map((a) => [a.url, a.fm]),
    sitemap: pages.filter((p) => p.sitemap).map((p) => [p.url, p.sitemap!.lastmod]),
    feed: [feed, feed.map((a) => a.textKey)],
  };
  for (const part of Object.keys(shown) as (keyof typeof shown)[]) keys[part] = fp.named(`site-wide:${part}`, shown[part]);
  return keys;
}

/** How many pages the sets hold. */
export function pageCount(paged: PagedData): number {
  return Object.values(paged).reduce((n: number, items: unknown[]) => n + items.length, 0);
}

/**
 * Splits the sets into parts of at most `size` pages (one Eleventy run each, so that no run holds
 * a large archive's pages in memory at once), then a last part with the articles of `last`
 * (those the site-wide pages read, such as the feed), whatever their number.
 *
 * A whole search index is written a shard at a time, each shard once it has `shardSize` article
 * pages, and the render waits for an article page's turn while a shard is written (about 13 s
 * for 5,000 pages). So article parts end where a shard fills, and the parts of the other sets, which
 * the index does not read, are shared out among those pauses.
 */
export function splitPaged(paged: PagedData, size: number, last: ReadonlySet<SiteArticle>, shardSize = Infinity): PagedData[] {
  const empty = (): PagedData => ({ articles: [], home: [], partner: [], person: [], outlet: [], year: [], month: [], moved: [], series: [], review: [] });
  /** The items of `sets` in parts; an article part also ends after every `shardSize`-th article. */
  const cut = (sets: readonly (keyof PagedData)[]): { parts: PagedData[]; pauses: Set<PagedData> } => {
    const parts: PagedData[] = [];
    const pauses = new Set<PagedData>();
    let room = 0;
    let articles = 0;
    for (const set of sets) {
      for (const item of paged[set]) {
        if (set === "articles" && last.has(item as SiteArticle)) continue;
        if (room === 0) {
          parts.push(empty());
          room = size;
        }
        (parts.at(-1)![set] as unknown[]).push(item);
        room--;
        if (set === "articles" && ++articles % shardSize === 0) {
          pauses.add(parts.at(-1)!);
          room = 0;
        }
      }
    }
    return { parts, pauses };
  };
  const { parts: articleParts, pauses } = cut(["articles"]);
  const others = cut((Object.keys(paged) as (keyof PagedData)[]).filter((set) => set !== "articles")).parts;
  const parts: PagedData[] = [];
  let pausesLeft = pauses.size;
  for (const part of articleParts) {
    parts.push(part);
    if (pauses.has(part)) parts.push(...others.splice(0, Math.ceil(others.length / pausesLeft--)));
  }
  parts.push(...others);
  parts.push({ ...empty(), articles: paged.articles.filter((a) => last.has(a)) });
  return parts;
}

/** The sets without the pages `skip` names (by site path). */
export function withoutPages(paged: PagedData, skip: ReadonlySet<string>): PagedData {
  const keep = <T>(items: T[], url: (item: T) => string): T[] => (skip.size ? items.filter((item) => !skip.has(url(item))) : items);
  const byUrl = (item: { url: string }) => item.url;
  return {
    articles: keep(paged.articles, byUrl),
    home: keep(paged.home, byUrl),
    partner: keep(paged.partner, byUrl),
    person: keep(paged.person, byUrl),
    outlet: keep(paged.outlet, byUrl),
    year: keep(paged.year, byUrl),
    month: keep(paged.month, byUrl),
    moved: keep(paged.moved, byUrl),
    series: keep(paged.series, byUrl),
    review: keep(paged.review, byUrl),
  };
}
