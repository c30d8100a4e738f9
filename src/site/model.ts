/**
 * The site model: everything the templates look up, computed once from the articles' front-matter
 * with indexes (no per-page scan of the whole archive), including the pages to paginate over.
 */
import { createHash } from "node:crypto";
import type { FrontMatter, Participant } from "../schema.ts";
import { nameKey, nameSlugs, shortHash, slug } from "./slug.ts";
import { LETTERS_SEGMENT } from "./letters.ts";
import { SECTIONS } from "./sections.ts";
import { assignPermalinks, type ArticleUrls } from "./permalinks.ts";
import { personDirectory } from "./people.ts";
import { findSameStoriesIn, storySketch, type StorySketch } from "./duplicates.ts";
import { summarize } from "./summary.ts";
import { paginate, movedPages, type ListOrder, type ListPage, type MovedPage } from "./paging.ts";
import { SITE } from "./config.ts";
import { STRINGS } from "./strings.ts";

export { SECTIONS } from "./sections.ts";

/**
 * One article for the model: its front-matter, and either its Markdown body or, for an article
 * whose text stays on disk until its page is rendered, what the model needs of the body (its
 * summary and same-story sketch) and the key its text is read by.
 */
export interface ArticleInput {
  frontMatter: FrontMatter;
  body?: string;
  summary?: string;
  story?: StorySketch;
  textKey?: string;
}

/** The text key of an article given by its body. */
export function bodyKey(body: string): string {
  return `body:${createHash("sha1").update(body).digest("base64url")}`;
}

export interface ArticleLink {
  url: string;
  title: string;
  date: string | null;
}

/** Another version of the same story (a second copy, or another outlet's), with its outlet. */
export interface SameStoryLink extends ArticleLink {
  outlet: string | null;
}

export interface NamedLink {
  name: string;
  url: string;
}

/**
 * A person as one article names them, with their page's name and URL (null for a bare surname,
 * which has none): the page's name is the spelling most articles use, which the search filters by.
 */
export type PersonLink = Participant & { url: string | null; page: string | null };

export interface SiteArticle extends ArticleLink {
  slug: string;
  fm: FrontMatter;
  /** Names the article's text (Markdown body and HTML), read when its page is rendered; changes when the text does. */
  textKey: string;
  /** First sentence of the lead, "" when there is none. */
  summary: string;
  year: string | null;
  /** "YYYY-MM", or null when undated. */
  month: string | null;
  partners: NamedLink[];
  participants: PersonLink[];
  /** People the article only mentions (front-matter `mentioned`). */
  mentioned: PersonLink[];
  series: NamedLink | null;
  outletUrl: string | null;
  previous: ArticleLink | null;
  next: ArticleLink | null;
  related: ArticleLink[];
  /** Exact and near duplicates of this article (src/site/duplicates.ts), most similar first. */
  sameStory: SameStoryLink[];
}

export interface Group {
  slug: string;
  name: string;
  url: string;
  articles: SiteArticle[];
}

/** Article counts per year, one row per partner (or other grouping), for the timeline chart. */
export interface Timeline {
  /** Every year from the first to the last, ascending, gaps included. */
  years: string[];
  rows: { name: string; url: string | null; counts: number[] }[];
  totals: number[];
}

export interface PartnerGroup extends Group {
  /** People who appear in this partner's articles, most frequent first. */
  people: (NamedLink & { count: number })[];
  timeline: Timeline;
}
export interface Appearance {
  article: SiteArticle;
  /** The rank and roles the person held in that article. */
  title: string;
  /** The article only mentions the person. */
  mentioned: boolean;
}
export interface PersonGroup extends Group {
  /** Other spellings of the name merged into this page ("Nguyễn Chí Vinh" for "Nguyễn Chí Vịnh"). */
  aliases: string[];
  /** Date order, oldest first; undated last. */
  appearances: Appearance[];
  /** The most recent non-empty title, or null. */
  latestTitle: string | null;
}
export interface SeriesGroup extends Group {
  sessions: { ordinal: number; articles: SiteArticle[] }[];
  /** Session numbers below the highest one that no article covers. */
  missing: number[];
  /** Articles of the series whose session number is unknown. */
  unnumbered: SiteArticle[];
}
/**
 * Whether a series recurs in the archive (two articles or more). A series of one article is a
 * one-off event: it keeps its page, but the series index and the search page's suggestions leave it out.
 */
export function recurs(series: SeriesGroup): boolean {
  return series.articles.length >= 2;
}

export interface MonthGroup extends Group {
  year: string;
  /** 1–12. */
  month: number;
}
export interface YearGroup extends Group {
  months: MonthGroup[];
}

/** One page of a group's list: the group and a slice of its items. */
export type GroupPage<G, T = SiteArticle> = ListPage<T> & { group: G };

export interface SiteModel {
  /** Newest first; undated last. */
  articles: SiteArticle[];
  /** Articles without a date (listed on the archive index). */
  undated: SiteArticle[];
  /** How many articles name no outlet. */
  withoutOutlet: number;
  partners: PartnerGroup[];
  people: PersonGroup[];
  series: SeriesGroup[];
  outlets: Group[];
  /** Newest first. */
  years: YearGroup[];
  timeline: Timeline;
  /** Precomputed pages for Eleventy pagination (size 1 over these arrays). */
  pages: {
    home: ListPage<SiteArticle>[];
    partner: GroupPage<PartnerGroup>[];
    person: GroupPage<PersonGroup, Appearance>[];
    outlet: GroupPage<Group>[];
    year: GroupPage<YearGroup>[];
    month: GroupPage<MonthGroup>[];
    /** URLs of the old page numbering that lead to their list now (see paging.ts). */
    moved: MovedPage[];
  };
}

/** The series an event belongs to: its name without the session number. */
export function seriesName(event: string): string {
  return event.replace(/\s*\(?\blần thứ\s+\S+\)?/giu, "").replace(/\s+/g, " ").trim();
}

/** Vietnamese alphabetical order, for names. */
const VIETNAMESE = new Intl.Collator(SITE.locale);

const byDateDesc = (a: SiteArticle, b: SiteArticle): number =>
  (b.date ?? "").localeCompare(a.date ?? "") || a.fm.id.localeCompare(b.fm.id);
const byDateAsc = (a: SiteArticle, b: SiteArticle): number =>
  (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.fm.id.localeCompare(b.fm.id);

function link(a: SiteArticle): ArticleLink {
  return { url: a.url, title: a.title, date: a.date };
}

function groupBy<K>(articles: SiteArticle[], keys: (a: SiteArticle) => K[], keyOf: (k: K) => string): Map<string, { key: K; articles: SiteArticle[] }> {
  const map = new Map<string, { key: K; articles: SiteArticle[] }>();
  for (const a of articles) {
    for (const k of new Set(keys(a))) {
      const id = keyOf(k);
      const entry = map.get(id);
      if (entry) {
        if (entry.articles.at(-1) !== a) entry.articles.push(a);
      } else map.set(id, { key: k, articles: [a] });
    }
  }
  return map;
}

/** Groups keyed by URL, sorted by name (the URL's last segment is the slug). */
function toGroups(map: Map<string, { key: NamedLink; articles: SiteArticle[] }>): Group[] {
  return [...map.values()]
    .map(({ key, articles }) => ({ slug: key.url.split("/").at(-2)!, name: key.name, url: key.url, articles }))
    .sort((a, b) => VIETNAMESE.compare(a.name, b.name));
}

/** A group's slug, kept off the segment of the section's letter pages (a group named "Chữ cái" gets a hash). */
function groupSlug(bare: string, name: string): string {
  return bare === LETTERS_SEGMENT ? `${bare}-${shortHash(nameKey(name))}` : bare;
}

/** The URL of each distinct name in one section, with slugs unique across that section. */
function urlsFor(section: string, names: Iterable<string>): (name: string) => string {
  const slugs = nameSlugs(names);
  return (name) => `/${section}/${groupSlug(slugs.get(nameKey(name))!, name)}/`;
}

/** Counts articles per year for each row, over the continuous span of years present. */
export function buildTimeline(rows: { name: string; url: string | null; articles: readonly SiteArticle[] }[]): Timeline {
  const present = rows.flatMap((r) => r.articles.flatMap((a) => (a.year ? [Number(a.year)] : [])));
  if (present.length === 0) return { years: [], rows: [], totals: [] };
  let first = Infinity;
  let last = -Infinity;
  for (const y of present) {
    if (y < first) first = y;
    if (y > last) last = y;
  }
  const years = Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
  const counted = rows.map((r) => {
    const counts = years.map(() => 0);
    for (const a of r.articles) if (a.year) counts[Number(a.year) - first]! += 1;
    return { name: r.name, url: r.url, counts };
  });
  const totals = years.map((_, i) => counted.reduce((sum, r) => sum + r.counts[i]!, 0));
  return { years, rows: counted.filter((r) => r.counts.some((c) => c > 0)), totals };
}

/** The archive-wide timeline: the partners with most articles, then all others summed. */
function archiveTimeline(articles: SiteArticle[], partners: PartnerGroup[]): Timeline {
  const top = [...partners].sort((a, b) => b.articles.length - a.articles.length || VIETNAMESE.compare(a.name, b.name)).slice(0, SITE.timelinePartners);
  const topUrls = new Set(top.map((p) => p.url));
  const others = articles.filter((a) => !a.partners.some((p) => topUrls.has(p.url)));
  return buildTimeline([
    ...top.map((p) => ({ name: p.name, url: p.url, articles: p.articles })),
    { name: STRINGS.timeline.otherPartners, url: null, articles: others },
  ]);
}

/** The people and their pages of an article: participants, and with `mentions` those it only mentions. */
const withPages = (a: SiteArticle, mentions = false): (PersonLink & { url: string })[] =>
  [...a.participants, ...(mentions ? a.mentioned : [])].filter((p): p is PersonLink & { url: string } => p.url !== null);

function peopleMet(articles: readonly SiteArticle[]): (NamedLink & { count: number })[] {
  const people = new Map<string, NamedLink & { count: number }>();
  for (const a of articles) {
    for (const p of withPages(a)) {
      const entry = people.get(p.url);
      if (entry) entry.count += 1;
      else people.set(p.url, { name: p.name, url: p.url, count: 1 });
    }
  }
  return [...people.values()].sort((a, b) => b.count - a.count || VIETNAMESE.compare(a.name, b.name));
}

/** What decides where an article's list pages end (src/site/paging.ts): its id, for good. */
const articleKey = (a: SiteArticle): string => a.fm.id;

function pagesOf<G extends Group, T = SiteArticle>(groups: readonly G[], items: (g: G) => readonly T[], keyOf: (item: T) => string, order: ListOrder = "newest-first"): GroupPage<G, T>[] {
  return groups.flatMap((group) => paginate(items(group), group.url, SITE.pageSize, keyOf, order).map((page) => ({ ...page, group })));
}

/** The old page URLs of newest-first lists that no page has now (see movedPages). */
function movedOf(lists: readonly { url: string; articles: readonly unknown[] }[], pages: readonly ListPage<unknown>[]): MovedPage[] {
  const counts = new Map<string, number>();
  for (const page of pages) if (page.landing) counts.set(page.url, page.number);
  return lists.flatMap((list) => movedPages(list.articles.length, counts.get(list.url) ?? 1, list.url, SITE.pageSize));
}

/**
 * Picks related articles for `a` from `list`, nearest in date first (an article before, one after,
 * two before, …), so that a new article changes the related links of its neighbours in time only.
 */
function nearestInDate(list: readonly SiteArticle[], a: SiteArticle, take: (other: SiteArticle) => boolean): void {
  const { sorted, at } = chronology(list);
  const i = at.get(a);
  if (i === undefined) {
    for (const other of sorted) if (!take(other)) return;
    return;
  }
  for (let step = 1; step < sorted.length; step++) {
    const before = sorted[i - step];
    const after = sorted[i + step];
    if (before === undefined && after === undefined) return;
    if (before !== undefined && !take(before)) return;
    if (after !== undefined && !take(after)) return;
  }
}

/** Each list's articles oldest first, and each article's position in it, computed once per list. */
const chronologies = new WeakMap<readonly SiteArticle[], { sorted: SiteArticle[]; at: Map<SiteArticle, number> }>();

function chronology(list: readonly SiteArticle[]): { sorted: SiteArticle[]; at: Map<SiteArticle, number> } {
  let known = chronologies.get(list);
  if (!known) {
    const sorted = [...list].sort(byDateAsc);
    known = { sorted, at: new Map(sorted.map((a, i) => [a, i])) };
    chronologies.set(list, known);
  }
  return known;
}

/**
 * Builds the site model from ingested articles. Article URLs come from `urls` (the permanent ones,
 * src/site/permalinks.ts); without it they are assigned as for a first build.
 */
export function buildSiteModel(inputs: readonly ArticleInput[], urls?: ArticleUrls): SiteModel {
  const articleUrls = urls ?? assignPermalinks(inputs.map((i) => ({ id: i.frontMatter.id, title: i.frontMatter.title })), new Map()).urls;
  const fms = inputs.map((i) => i.frontMatter);
  const partnerUrl = urlsFor(SECTIONS.partner, fms.flatMap((fm) => fm.partners));
  // One person, one page: spelling variants share it, a bare surname gets none.
  const directory = personDirectory(fms.flatMap((fm) => [...fm.participants, ...fm.mentioned].map((p) => p.name)));
  const pageUrl = urlsFor(SECTIONS.person, directory.pages());
  const personLink = (p: Participant): PersonLink => {
    const page = directory.pageOf(p.name);
    return { ...p, url: page === null ? null : pageUrl(page), page };
  };
  const outletUrl = urlsFor(SECTIONS.outlet, fms.flatMap((fm) => (fm.outlet ? [fm.outlet] : [])));
  const stories = new Map<string, StorySketch>();
  const articles: SiteArticle[] = inputs.map((input) => {
    const fm = input.frontMatter;
    const url = articleUrls.get(fm.id);
    if (url === undefined) throw new Error(`no URL for article ${fm.id}`);
    const body = input.body ?? "";
    const textKey = input.textKey ?? bodyKey(body);
    stories.set(textKey, input.story ?? storySketch(body));
    const seriesTitle = fm.event ? seriesName(fm.event) : null;
    return {
      slug: url.split("/").at(-2)!,
      url,
      title: fm.title,
      date: fm.date,
      fm,
      textKey,
      summary: input.summary ?? summarize(body),
      year: fm.date ? fm.date.slice(0, 4) : null,
      month: fm.date ? fm.date.slice(0, 7) : null,
      partners: fm.partners.map((name) => ({ name, url: partnerUrl(name) })),
      participants: fm.participants.map(personLink),
      mentioned: fm.mentioned.map(personLink),
      // Series group by slug on purpose: spellings vary ("Việt Nam - Campuchia", "Việt Nam-Campuchia").
      series: seriesTitle ? { name: seriesTitle, url: `/${SECTIONS.series}/${groupSlug(slug(seriesTitle), seriesTitle)}/` } : null,
      outletUrl: fm.outlet ? outletUrl(fm.outlet) : null,
      previous: null,
      next: null,
      related: [],
      sameStory: [],
    };
  });
  articles.sort(byDateDesc);
  findSameStoriesIn(articles.map((a) => stories.get(a.textKey)!)).forEach((matches, i) => {
    articles[i]!.sameStory = matches.map(({ index }) => ({ ...link(articles[index]!), outlet: articles[index]!.fm.outlet }));
  });

  const dated = articles.filter((a) => a.date !== null);
  dated.forEach((a, i) => {
    a.next = i > 0 ? link(dated[i - 1]!) : null;
    a.previous = i + 1 < dated.length ? link(dated[i + 1]!) : null;
  });

  const byUrl = (l: NamedLink) => l.url;
  const partners: PartnerGroup[] = toGroups(groupBy(articles, (a) => a.partners, byUrl)).map((g) => ({
    ...g,
    people: peopleMet(g.articles),
    timeline: buildTimeline([{ name: g.name, url: g.url, articles: g.articles }]),
  }));
  const outlets = toGroups(groupBy(articles, (a) => (a.fm.outlet && a.outletUrl ? [{ name: a.fm.outlet, url: a.outletUrl }] : []), byUrl));

  const months = new Map<string, MonthGroup>();
  for (const [ym, { articles: list }] of groupBy(articles, (a) => (a.month ? [a.month] : []), (m) => m)) {
    const [year, month] = ym.split("-") as [string, string];
    months.set(ym, { slug: ym, name: ym, url: `/${SECTIONS.archive}/${year}/${month}/`, articles: list, year, month: Number(month) });
  }
  const years: YearGroup[] = [...groupBy(articles, (a) => (a.year ? [a.year] : []), (y) => y).entries()]
    .map(([y, { articles: list }]) => ({
      slug: y,
      name: y,
      url: `/${SECTIONS.archive}/${y}/`,
      articles: list,
      months: [...months.values()].filter((m) => m.year === y).sort((a, b) => b.month - a.month),
    }))
    .sort((a, b) => b.name.localeCompare(a.name));

  const pageNames = new Map(directory.pages().map((name) => [pageUrl(name), name]));
  const people: PersonGroup[] = toGroups(groupBy(articles, (a) => withPages(a, true).map((p) => ({ name: pageNames.get(p.url)!, url: p.url })), byUrl)).map(
    (g) => {
      const chronological = [...g.articles].sort(byDateAsc);
      const appearances = chronological.map((article) => {
        const taking = article.participants.find((p) => p.url === g.url);
        return { article, title: (taking ?? article.mentioned.find((p) => p.url === g.url))?.title ?? "", mentioned: taking === undefined };
      });
      const latestTitle = appearances.findLast((a) => a.title && !a.mentioned)?.title ?? appearances.findLast((a) => a.title)?.title ?? null;
      return { ...g, aliases: directory.aliasesOf(g.name), articles: chronological, appearances, latestTitle };
    },
  );

  const series: SeriesGroup[] = toGroups(groupBy(articles, (a) => (a.series ? [a.series] : []), byUrl)).map((g) => {
    const byOrdinal = new Map<number, SiteArticle[]>();
    const unnumbered: SiteArticle[] = [];
    for (const a of [...g.articles].sort(byDateAsc)) {
      if (a.fm.eventOrdinal === null) unnumbered.push(a);
      else byOrdinal.set(a.fm.eventOrdinal, [...(byOrdinal.get(a.fm.eventOrdinal) ?? []), a]);
    }
    const ordinals = [...byOrdinal.keys()].sort((a, b) => a - b);
    const max = ordinals.at(-1) ?? 0;
    const missing: number[] = [];
    for (let n = 1; n <= max; n++) if (!byOrdinal.has(n)) missing.push(n);
    return { ...g, sessions: ordinals.map((ordinal) => ({ ordinal, articles: byOrdinal.get(ordinal)! })), missing, unnumbered };
  });

  // Related articles from the indexes above: same series first, then shared people, then partners,
  // each nearest in date first.
  const seriesOf = new Map(series.flatMap((g) => g.articles.map((a) => [a, g] as const)));
  const peopleByUrl = new Map(people.map((g) => [g.url, g]));
  const partnerByUrl = new Map(partners.map((g) => [g.url, g]));
  for (const a of articles) {
    const seen = new Set<SiteArticle>([a]);
    const take = (other: SiteArticle): boolean => {
      if (a.related.length >= SITE.relatedLimit) return false;
      if (!seen.has(other)) {
        seen.add(other);
        a.related.push(link(other));
      }
      return a.related.length < SITE.relatedLimit;
    };
    const pick = (list: readonly SiteArticle[]): void => {
      if (a.related.length < SITE.relatedLimit) nearestInDate(list, a, take);
    };
    pick(seriesOf.get(a)?.articles ?? []);
    for (const p of withPages(a)) pick(peopleByUrl.get(p.url)?.articles ?? []);
    for (const p of a.partners) pick(partnerByUrl.get(p.url)?.articles ?? []);
  }

  const pages = {
    home: paginate(articles, "/", SITE.pageSize, articleKey),
    partner: pagesOf(partners, (g) => g.articles, articleKey),
    person: pagesOf(people, (g) => g.appearances, (ap) => ap.article.fm.id, "oldest-first"),
    outlet: pagesOf(outlets, (g) => g.articles, articleKey),
    year: pagesOf(years, (g) => g.articles, articleKey),
    month: pagesOf([...months.values()], (g) => g.articles, articleKey),
  };
  return {
    articles,
    undated: articles.filter((a) => a.date === null),
    withoutOutlet: articles.filter((a) => a.fm.outlet === null).length,
    partners,
    people,
    series,
    outlets,
    years,
    timeline: archiveTimeline(articles, partners),
    pages: {
      ...pages,
      moved: movedOf(
        [{ url: "/", articles }, ...partners, ...outlets, ...years, ...months.values()],
        [...pages.home, ...pages.partner, ...pages.outlet, ...pages.year, ...pages.month],
      ),
    },
  };
}
