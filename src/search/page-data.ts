/**
 * The data the search page loads with itself (one small JSON file, SEARCH_DATA_PATH), built from
 * the site model: the names search answers with (people, partners, series, places, outlets), and
 * the stories several outlets published, so that their copies show as one result.
 */
import type { SiteArticle, SiteModel } from "../site/model.ts";
import { SECTIONS } from "../site/model.ts";
import { FILTERS, type FilterKey } from "./contract.ts";

/** The kinds of answer, in the order the search page shows answers that match equally well. */
export const ANSWER_KINDS = ["person", "partner", "series", "place", "outlet"] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/**
 * One answer: its name, its page (root-relative), its article count, a detail line (a person's
 * latest title; null for the other kinds) and the first and last year of its dated articles.
 */
export type Answer = [name: string, url: string, count: number, detail: string | null, firstYear: number | null, lastYear: number | null];

/** The copies of one story: each article's URL and what the search page calls it (its outlet, or its title). */
export type Story = [url: string, label: string][];

export interface SearchPageData {
  answers: Record<AnswerKind, Answer[]>;
  /**
   * The filters whose values are people's names, in the order the search page prefers an
   * article for a person it answers with (where the person takes part before where the person
   * is only named). See PERSON_FILTERS.
   */
  personFilters: string[];
  stories: Story[];
}

/**
 * The article fields that list people, as filters, in order of preference. When the front-matter
 * gains another list of people (e.g. those only mentioned), give it a filter in contract.ts and
 * meta.ts and add it here after "participant": the search page then ranks an article where the
 * person takes part before one that only names them, and both before the rest.
 */
export const PERSON_FILTERS: readonly FilterKey[] = ["participant"];

/** The first and last year among `articles`, or nulls when none is dated. */
function yearSpan(articles: readonly SiteArticle[]): [number | null, number | null] {
  const years = articles.flatMap((a) => (a.year ? [Number(a.year)] : []));
  return years.length ? [Math.min(...years), Math.max(...years)] : [null, null];
}

function answer(name: string, url: string, articles: readonly SiteArticle[], detail: string | null = null): Answer {
  return [name, url, articles.length, detail, ...yearSpan(articles)];
}

/** The places articles happened in, with the search page filtered by each as its page. */
function places(articles: readonly SiteArticle[]): Answer[] {
  const byPlace = new Map<string, SiteArticle[]>();
  for (const a of articles) {
    const place = a.fm.location;
    if (place) byPlace.set(place, [...(byPlace.get(place) ?? []), a]);
  }
  return [...byPlace]
    .sort(([a], [b]) => a.localeCompare(b, "vi"))
    .map(([place, list]) => answer(place, `/${SECTIONS.search}/?${new URLSearchParams({ [FILTERS.place.param]: place })}`, list));
}

/**
 * Groups articles linked as the same story (SiteArticle.sameStory; a link from A to B and one from
 * B to C put all three together) into stories of two or more copies, newest copy first.
 */
export function storiesOf(articles: readonly SiteArticle[]): Story[] {
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
  return [...groups.values()].filter((g) => g.length > 1).map((g) => g.map((a) => [a.url, a.fm.outlet ?? a.title]));
}

/** What the search page loads: answers by kind and the stories told by more than one article. */
export function searchPageData(model: SiteModel): SearchPageData {
  return {
    answers: {
      person: model.people.map((p) => answer(p.name, p.url, p.articles, p.latestTitle)),
      partner: model.partners.map((g) => answer(g.name, g.url, g.articles)),
      series: model.series.map((g) => answer(g.name, g.url, g.articles)),
      place: places(model.articles),
      outlet: model.outlets.map((g) => answer(g.name, g.url, g.articles)),
    },
    personFilters: PERSON_FILTERS.map((key) => FILTERS[key].pagefind),
    stories: storiesOf(model.articles),
  };
}
