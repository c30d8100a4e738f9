/**
 * The data the search page loads with itself, built from the site model: the names it answers
 * with (people, partners, series, places, outlets) and the stories several outlets published, so
 * that their copies show as one result (SEARCH_DATA_PATH); and the people's article counts and
 * latest titles, which only a person's card shows, in files of a few hundred people each that the
 * page loads as its cards need them (SEARCH_DETAILS_FOLDER). The first counts in every reader's
 * first search, so it is kept small: names sorted and front-coded in columns, a link written out
 * only when the page cannot make it from the name, people's counts and titles left to the others.
 */
import type { SiteArticle, SiteModel } from "../site/model.ts";
import { SECTIONS } from "../site/model.ts";
import { FILTERS, type FilterKey } from "./contract.ts";
import { SEARCH_SETTINGS } from "./settings.ts";

/** The kinds of answer, in the order the search page shows answers that match equally well. */
export const ANSWER_KINDS = ["person", "partner", "series", "place", "outlet"] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/** How the page makes a kind's link from a name: a page per name, or the search filtered by it. */
export type AnswerLink = { page: string } | { search: string; param: string };

/** Each kind's link (the search page reads these from the data file). */
export const ANSWER_LINKS: Record<AnswerKind, AnswerLink> = {
  person: { page: `/${SECTIONS.person}/` },
  partner: { page: `/${SECTIONS.partner}/` },
  series: { page: `/${SECTIONS.series}/` },
  // Places have no page of their own: their link is the search filtered by the place.
  place: { search: `/${SECTIONS.search}/`, param: FILTERS.place.param },
  outlet: { page: `/${SECTIONS.outlet}/` },
};

/**
 * One kind's answers, sorted by name and front-coded in columns (columns compress better than
 * rows: 4,905 people's names and counts took 11 kB as rows, 4.8 kB as columns): for each name,
 * how many characters it shares with the previous name and the rest of it; the article counts
 * (people's come with the details instead); and, by position, the links `guessLink` does not give.
 */
export interface AnswerColumns {
  shared: number[];
  rest: string[];
  count?: number[];
  links?: Record<number, string>;
}

/** A copy of a story: its article's slug, and its outlet (an index into answers.outlet) or its title. */
export type StoryCopy = [slug: string, outlet: number | string];

export interface SearchPageData {
  links: Record<AnswerKind, AnswerLink>;
  /** Where article pages live: a story copy's URL is this, its slug and "/". */
  articles: string;
  answers: Record<AnswerKind, AnswerColumns>;
  /**
   * The filters whose values are people's names, in the order the search page prefers an
   * article for a person it answers with (see PERSON_FILTERS).
   */
  personFilters: string[];
  /** Stories told by more than one article, newest copy first. */
  stories: StoryCopy[][];
}

/**
 * What only a person's card shows, in the order of SearchPageData.answers.person: article counts
 * and latest titles (null: none known).
 */
export interface SearchPageDetails {
  person: { count: number[]; title: (string | null)[] };
}

/** One details file: the details of the people from position `from` on, as many as the file holds. */
export interface SearchDetailsFile {
  person: { from: number; count: number[]; title: (string | null)[] };
}

/** The details cut into files of `perFile` people, in order (file k holds positions k × perFile on; none without people). */
export function detailFiles(details: SearchPageDetails, perFile: number = SEARCH_SETTINGS.personDetailsPerFile): SearchDetailsFile[] {
  const { count, title } = details.person;
  return Array.from({ length: Math.ceil(count.length / perFile) }, (_, k) => ({
    person: { from: k * perFile, count: count.slice(k * perFile, (k + 1) * perFile), title: title.slice(k * perFile, (k + 1) * perFile) },
  }));
}

/**
 * The article fields that list people, as filters, in order of preference. When the front-matter
 * gains another list of people (e.g. those only mentioned), give it a filter in contract.ts and
 * meta.ts and add it here after "participant": the search page then ranks an article where the
 * person takes part before one that only names them, and both before the rest.
 */
export const PERSON_FILTERS: readonly FilterKey[] = ["participant"];

/**
 * A name's words as search folds them (marks and case dropped, đ as d), joined by "-": the slug the
 * search page guesses for a name. The same rule as foldedSegments/queryWords in
 * templates/assets/search-text.js (a test checks they agree); where the real slug differs, the
 * data file carries the link.
 */
export function guessSlug(name: string): string {
  const folded = name.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean).join("-");
}

/** The link the search page makes for a name of a kind. */
export function guessLink(link: AnswerLink, name: string): string {
  return "page" in link ? `${link.page}${guessSlug(name)}/` : `${link.search}?${new URLSearchParams({ [link.param]: name })}`;
}

interface Named {
  name: string;
  url: string;
  count: number;
  detail?: string | null;
}

/** Sorts and front-codes one kind's answers, with or without their counts. */
function columns(kind: AnswerKind, answers: readonly Named[], withCounts = true): { columns: AnswerColumns; sorted: Named[] } {
  const sorted = [...answers].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: AnswerColumns = { shared: [], rest: [] };
  const links: Record<number, string> = {};
  let previous = "";
  sorted.forEach((a, i) => {
    let shared = 0;
    while (shared < a.name.length && shared < previous.length && a.name[shared] === previous[shared]) shared++;
    out.shared.push(shared);
    out.rest.push(a.name.slice(shared));
    previous = a.name;
    if (a.url !== guessLink(ANSWER_LINKS[kind], a.name)) links[i] = a.url;
  });
  if (withCounts) out.count = sorted.map((a) => a.count);
  if (Object.keys(links).length) out.links = links;
  return { columns: out, sorted };
}

/** The places articles happened in, with the search page filtered by each as its link. */
function places(articles: readonly SiteArticle[]): Named[] {
  const count = new Map<string, number>();
  for (const a of articles) if (a.fm.location) count.set(a.fm.location, (count.get(a.fm.location) ?? 0) + 1);
  return [...count].map(([name, n]) => ({ name, url: guessLink(ANSWER_LINKS.place, name), count: n }));
}

/**
 * Groups articles linked as the same story (SiteArticle.sameStory; a link from A to B and one from
 * B to C put all three together) into stories of two or more copies, newest copy first.
 */
export function storiesOf(articles: readonly SiteArticle[]): SiteArticle[][] {
  const parent = new Map<string, string>();
  const root = (url: string): string => {
    let r = url;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(url, r);
    return r;
  };
  for (const a of articles) {
    for (const other of a.sameStory) {
      const [x, y] = [root(a.url), root(other.url)];
      if (x !== y) parent.set(x > y ? x : y, x > y ? y : x);
    }
  }
  const groups = new Map<string, SiteArticle[]>();
  // The model lists articles newest first, so each story's copies keep that order.
  for (const a of articles) {
    if (!parent.has(a.url)) continue;
    const r = root(a.url);
    groups.set(r, [...(groups.get(r) ?? []), a]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/** Answers of a kind worth a card: series and places of a single article are left to the article itself. */
const enough = (kind: AnswerKind) => (a: Named) => a.count >= (SEARCH_SETTINGS.answerMinArticles[kind as keyof typeof SEARCH_SETTINGS.answerMinArticles] ?? 1);

/** Made once per site model: two templates write its two files. */
const made = new WeakMap<SiteModel, { data: SearchPageData; details: SearchPageDetails }>();

/** What the search page loads with itself, and the details it loads when it first shows a person. */
export function searchPageData(model: SiteModel): { data: SearchPageData; details: SearchPageDetails } {
  let result = made.get(model);
  if (!result) made.set(model, (result = makeSearchPageData(model)));
  return result;
}

function makeSearchPageData(model: SiteModel): { data: SearchPageData; details: SearchPageDetails } {
  const named = (groups: readonly { name: string; url: string; articles: readonly unknown[] }[]): Named[] =>
    groups.map((g) => ({ name: g.name, url: g.url, count: g.articles.length }));
  const people = columns("person", model.people.map((p) => ({ name: p.name, url: p.url, count: p.articles.length, detail: p.latestTitle })), false);
  const outlets = columns("outlet", named(model.outlets));
  const outletIndex = new Map(outlets.sorted.map((o, i) => [o.name, i]));
  const data: SearchPageData = {
    links: ANSWER_LINKS,
    articles: `/${SECTIONS.article}/`,
    answers: {
      person: people.columns,
      partner: columns("partner", named(model.partners)).columns,
      series: columns("series", named(model.series).filter(enough("series"))).columns,
      place: columns("place", places(model.articles).filter(enough("place"))).columns,
      outlet: outlets.columns,
    },
    personFilters: PERSON_FILTERS.map((key) => FILTERS[key].pagefind),
    stories: storiesOf(model.articles).map((story) => story.map((a): StoryCopy => [a.slug, a.fm.outlet !== null ? outletIndex.get(a.fm.outlet) ?? a.fm.outlet : a.title])),
  };
  return { data, details: { person: { count: people.sorted.map((p) => p.count), title: people.sorted.map((p) => p.detail ?? null) } } };
}
