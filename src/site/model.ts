/**
 * The site model: everything the templates look up, computed once from the articles' front-matter
 * with indexes (no per-page scan of the whole archive).
 */
import type { FrontMatter, Participant } from "../schema.ts";
import { slug, uniqueSlugs } from "./slug.ts";
import { findSameStories } from "./duplicates.ts";

/** The fixed URL sections of the site (Vietnamese, as readers see them). */
export const SECTIONS = {
  article: "bai-viet",
  partner: "doi-tac",
  person: "nhan-vat",
  series: "chuoi-su-kien",
  outlet: "co-quan-bao-chi",
  archive: "luu-tru",
  search: "tim-kiem",
} as const;

export interface ArticleInput {
  frontMatter: FrontMatter;
  body: string;
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

export interface SiteArticle extends ArticleLink {
  slug: string;
  fm: FrontMatter;
  body: string;
  year: string | null;
  partners: { name: string; url: string }[];
  participants: (Participant & { url: string })[];
  series: { name: string; url: string } | null;
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
export interface PersonGroup extends Group {
  appearances: { article: SiteArticle; title: string }[];
}
export interface SeriesGroup extends Group {
  sessions: { ordinal: number; articles: SiteArticle[] }[];
  missing: number[];
}
export interface SiteModel {
  /** Newest first; undated last. */
  articles: SiteArticle[];
  partners: Group[];
  people: PersonGroup[];
  series: SeriesGroup[];
  outlets: Group[];
  years: Group[];
}

/** The series an event belongs to: its name without the session number. */
export function seriesName(event: string): string {
  return event.replace(/\s*\(?\blần thứ\s+\S+\)?/giu, "").replace(/\s+/g, " ").trim();
}

const byDateDesc = (a: SiteArticle, b: SiteArticle): number =>
  (b.date ?? "").localeCompare(a.date ?? "") || a.fm.id.localeCompare(b.fm.id);

function link(a: SiteArticle): ArticleLink {
  return { url: a.url, title: a.title, date: a.date };
}

function groupBy<K>(articles: SiteArticle[], keys: (a: SiteArticle) => K[], keyOf: (k: K) => string): Map<string, { key: K; articles: SiteArticle[] }> {
  const map = new Map<string, { key: K; articles: SiteArticle[] }>();
  for (const a of articles) {
    for (const k of keys(a)) {
      const id = keyOf(k);
      const entry = map.get(id);
      if (entry) entry.articles.push(a);
      else map.set(id, { key: k, articles: [a] });
    }
  }
  return map;
}

const RELATED_LIMIT = 5;

/** Builds the site model from ingested articles. */
export function buildSiteModel(inputs: readonly ArticleInput[]): SiteModel {
  const slugs = uniqueSlugs(inputs, (a) => a.frontMatter.title, (a) => a.frontMatter.id);
  const articles: SiteArticle[] = inputs.map((input) => {
    const fm = input.frontMatter;
    const s = slugs.get(input)!;
    const seriesTitle = fm.event ? seriesName(fm.event) : null;
    return {
      slug: s,
      url: `/${SECTIONS.article}/${s}/`,
      title: fm.title,
      date: fm.date,
      fm,
      body: input.body,
      year: fm.date ? fm.date.slice(0, 4) : null,
      partners: fm.partners.map((name) => ({ name, url: `/${SECTIONS.partner}/${slug(name)}/` })),
      participants: fm.participants.map((p) => ({ ...p, url: `/${SECTIONS.person}/${slug(p.name)}/` })),
      series: seriesTitle ? { name: seriesTitle, url: `/${SECTIONS.series}/${slug(seriesTitle)}/` } : null,
      outletUrl: fm.outlet ? `/${SECTIONS.outlet}/${slug(fm.outlet)}/` : null,
      previous: null,
      next: null,
      related: [],
      sameStory: [],
    };
  });
  articles.sort(byDateDesc);
  findSameStories(articles.map((a) => a.body)).forEach((matches, i) => {
    articles[i]!.sameStory = matches.map(({ index }) => ({ ...link(articles[index]!), outlet: articles[index]!.fm.outlet }));
  });

  const dated = articles.filter((a) => a.date !== null);
  dated.forEach((a, i) => {
    a.next = i > 0 ? link(dated[i - 1]!) : null;
    a.previous = i + 1 < dated.length ? link(dated[i + 1]!) : null;
  });

  const toGroups = (map: Map<string, { key: string; articles: SiteArticle[] }>, section: string): Group[] =>
    [...map.entries()]
      .map(([s, { key, articles: list }]) => ({ slug: s, name: key, url: `/${section}/${s}/`, articles: list }))
      .sort((a, b) => a.name.localeCompare(b.name, "vi"));

  const partners = toGroups(groupBy(articles, (a) => a.fm.partners, slug), SECTIONS.partner);
  const outlets = toGroups(groupBy(articles, (a) => (a.fm.outlet ? [a.fm.outlet] : []), slug), SECTIONS.outlet);
  const years = [...groupBy(articles, (a) => (a.year ? [a.year] : []), (y) => y).entries()]
    .map(([y, { articles: list }]) => ({ slug: y, name: y, url: `/${SECTIONS.archive}/${y}/`, articles: list }))
    .sort((a, b) => b.name.localeCompare(a.name));

  const people: PersonGroup[] = toGroups(groupBy(articles, (a) => a.fm.participants.map((p) => p.name), slug), SECTIONS.person).map(
    (g) => {
      const chronological = [...g.articles].sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"));
      return {
        ...g,
        articles: chronological,
        appearances: chronological.map((article) => ({
          article,
          title: article.fm.participants.find((p) => slug(p.name) === g.slug)?.title ?? "",
        })),
      };
    },
  );

  const series: SeriesGroup[] = toGroups(
    groupBy(articles, (a) => (a.series ? [a.series.name] : []), slug),
    SECTIONS.series,
  ).map((g) => {
    const byOrdinal = new Map<number, SiteArticle[]>();
    for (const a of g.articles) {
      if (a.fm.eventOrdinal === null) continue;
      byOrdinal.set(a.fm.eventOrdinal, [...(byOrdinal.get(a.fm.eventOrdinal) ?? []), a]);
    }
    const ordinals = [...byOrdinal.keys()].sort((a, b) => a - b);
    const max = ordinals.at(-1) ?? 0;
    const missing: number[] = [];
    for (let n = 1; n <= max; n++) if (!byOrdinal.has(n)) missing.push(n);
    return { ...g, sessions: ordinals.map((ordinal) => ({ ordinal, articles: byOrdinal.get(ordinal)! })), missing };
  });

  // Related articles from the indexes above: same series first, then shared people, then partners.
  const seriesOf = new Map(series.flatMap((g) => g.articles.map((a) => [a, g] as const)));
  const peopleBySlug = new Map(people.map((g) => [g.slug, g]));
  const partnerBySlug = new Map(partners.map((g) => [g.slug, g]));
  for (const a of articles) {
    const seen = new Set<SiteArticle>([a]);
    const pick = (list: readonly SiteArticle[]): void => {
      for (const other of list) {
        if (a.related.length >= RELATED_LIMIT) return;
        if (seen.has(other)) continue;
        seen.add(other);
        a.related.push(link(other));
      }
    };
    pick(seriesOf.get(a)?.articles ?? []);
    for (const p of a.fm.participants) pick(peopleBySlug.get(slug(p.name))?.articles ?? []);
    for (const p of a.fm.partners) pick(partnerBySlug.get(slug(p))?.articles ?? []);
  }

  return { articles, partners, people, series, outlets, years };
}
