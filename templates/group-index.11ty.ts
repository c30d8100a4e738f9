/**
 * The index pages of the four kinds of group — partners, people, event series, outlets — each
 * listing its groups by name with their article counts. One template, paginated over the kinds;
 * a kind with more groups than SITE.groupIndexLimit is listed by initial letter instead, each
 * letter's names cut into pages as lists are, and its own page lists the groups with most articles
 * and links the letters (src/site/letters.ts).
 */
import { html } from "../src/render/html.ts";
import { SITE, withBase, type SiteData } from "../src/site/config.ts";
import { groupIndex, letterNav, pager } from "../src/render/components.ts";
import { pagedTitle } from "../src/render/format.ts";
import { paginate, type ListPage } from "../src/site/paging.ts";
import { SECTION_LABELS, sectionCrumbs } from "../src/site/crumbs.ts";
import { SECTIONS, recurs, type Group, type SiteModel } from "../src/site/model.ts";
import { byLetters, letterPages, LETTERS_SEGMENT, type LetterPage } from "../src/site/letters.ts";
import { STRINGS } from "../src/site/strings.ts";

interface GroupIndex {
  groups: (archive: SiteModel) => readonly Group[];
  lede: (archive: SiteModel) => string;
  description: string;
}

/** What differs between the index pages: where the groups come from and the texts. */
const INDEXES = {
  partner: { groups: (a) => a.partners, lede: () => STRINGS.partner.indexLede, description: STRINGS.partner.indexDescription },
  person: { groups: (a) => a.people, lede: () => STRINGS.person.indexLede, description: STRINGS.person.indexDescription },
  // Series with one article are one-off events: their pages stay, reached from their article.
  series: {
    groups: (a) => a.series.filter(recurs),
    lede: (a) => {
      const oneOffs = a.series.filter((s) => !recurs(s)).length;
      return oneOffs ? `${STRINGS.series.indexLede} ${STRINGS.series.oneOffs(oneOffs.toLocaleString(SITE.locale))}` : STRINGS.series.indexLede;
    },
    description: STRINGS.series.indexDescription,
  },
  outlet: { groups: (a) => a.outlets, lede: (a) => STRINGS.outlet.indexLede(a.withoutOutlet), description: STRINGS.outlet.indexDescription },
} satisfies Record<string, GroupIndex>;

export type Kind = keyof typeof INDEXES;
const L = STRINGS.letters;

/** One page of an index: a kind's own page (`letter` null), or a page of one of its letters. */
export interface IndexPage {
  kind: Kind;
  url: string;
  letter: LetterPage<Group> | null;
  /** The kind's letters when it is split, else null. */
  letters: LetterPage<Group>[] | null;
  /** This page of the letter's groups: a letter's names are cut into pages of half the limit on average, as lists are (src/site/paging.ts). */
  page: ListPage<Group> | null;
}

/** Every index page: each kind's own page, and its letter pages when it has more than `limit` groups. */
export function indexPages(kinds: readonly Kind[], archive: SiteModel, limit: number = SITE.groupIndexLimit): IndexPage[] {
  return kinds.flatMap((kind): IndexPage[] => {
    const url = `/${SECTIONS[kind]}/`;
    const groups = INDEXES[kind].groups(archive);
    if (!byLetters(groups.length, limit)) return [{ kind, url, letter: null, letters: null, page: null }];
    const letters = letterPages(groups);
    const own: IndexPage = { kind, url, letter: null, letters, page: null };
    // Pages hold half the limit on average and the limit at most; a name added changes only its page.
    const pagesOf = (letter: LetterPage<Group>) => paginate(letter.groups, letterUrl(kind, letter), limit / 2, (g) => g.url, "oldest-first");
    return [own, ...letters.flatMap((letter) => pagesOf(letter).map((page) => ({ kind, url: page.url, letter, letters, page })))];
  });
}

/** The URL of a letter's first page. */
function letterUrl(kind: Kind, letter: LetterPage<unknown>): string {
  return `/${SECTIONS[kind]}/${LETTERS_SEGMENT}/${letter.slug}/`;
}

interface Data {
  site: SiteData;
  archive: SiteModel;
  index: IndexPage;
}

export const data = {
  layout: "base.11ty.ts",
  groupKinds: Object.keys(INDEXES),
  pagination: {
    data: "groupKinds",
    size: 1,
    alias: "index",
    addAllPagesToCollections: true,
    before: (kinds: Kind[], data: { archive: SiteModel }) => indexPages(kinds, data.archive),
  },
  permalink: (d: Data) => `${d.index.url}index.html`,
  eleventyComputed: {
    title: (d: Data) => (d.index.letter && d.index.page ? pagedTitle(L.title(SECTION_LABELS[d.index.kind], d.index.letter.letter), d.index.page) : SECTION_LABELS[d.index.kind]),
    description: (d: Data) => (d.index.letter ? L.description(SECTION_LABELS[d.index.kind], d.index.letter.letter) : INDEXES[d.index.kind].description),
    breadcrumbs: (d: Data) => sectionCrumbs(d.index.kind, d.index.letter ? { name: d.index.letter.letter, url: letterUrl(d.index.kind, d.index.letter) } : undefined),
  },
};

export function render({ site, archive, index }: Data): string {
  const u = (path: string) => withBase(site.basePath, path);
  const { kind, letter, letters, page } = index;
  const label = SECTION_LABELS[kind];
  const noun = label.toLocaleLowerCase(site.locale);
  const groups = INDEXES[kind].groups(archive);
  if (!letters) {
    return html`<h1>${label}</h1>
<p class="lede">${INDEXES[kind].lede(archive)}</p>
${groupIndex(groups, u)}`.value;
  }
  const nav = letterNav(letters, (l) => letterUrl(kind, l), letter && page ? { letter, landing: page.landing } : null, u);
  if (letter && page) {
    return html`<h1>${pagedTitle(L.title(label, letter.letter), page)}</h1>
${nav}
<p class="lede">${L.lede(letter.groups.length.toLocaleString(site.locale), groups.length.toLocaleString(site.locale), noun)}</p>
${groupIndex(page.items, u)}
${pager(page, u)}`.value;
  }
  // The kind's own page: the groups with most articles, then the way to every other by its initial.
  const top = [...groups].sort((a, b) => b.articles.length - a.articles.length).slice(0, SITE.groupIndexTop);
  return html`<h1>${label}</h1>
<p class="lede">${INDEXES[kind].lede(archive)}</p>
${nav}
<h2>${L.top(top.length, noun)}</h2>
${groupIndex(top, u)}`.value;
}
