/**
 * The search page's thresholds, in one place. The build writes them into the page
 * (templates/tim-kiem.11ty.ts), and its script (templates/assets/search.js) reads them from there.
 */
export const SEARCH_SETTINGS = {
  /** Results shown at first and added by each "more" click. */
  pageSize: 10,
  /** Pause after the last keystroke before searching, in milliseconds. */
  typingPauseMs: 250,
  /** Words of context in each excerpt. */
  excerptWords: 30,
  /** Most results whose text is fetched to check quoted phrases inside a longer query. */
  phraseCheckLimit: 200,
  /**
   * Adjacency: for a query of several words, how many of the best candidates have their text
   * fetched to confirm that the words stand together, in order, in the title, body or a
   * person's name (templates/assets/search-rank.js). Every result is first ordered by the
   * word positions Pagefind returns with it, at no cost in bytes; the text check corrects what
   * positions cannot tell (order, punctuation between, prefix completions such as "van" →
   * "vàng", names held only as participants). Two pages of results: the first page the reader
   * sees, plus as many again to replace those the check demotes. At 10,000 generated articles
   * one result's text is 1.5–2.3 kB compressed, so the check adds about 20 kB to a search of
   * several words (the first page's 10 are loaded anyway) and nothing to a one-word search.
   */
  adjacencyCheck: 20,
  /** Most answer cards (people, partners, series, places, outlets) shown above the results. */
  maxAnswers: 4,
  /**
   * A query that is only part of a name answers with it when the query is at least this many
   * syllables and covers at least `partialNameShare` of the name's: "xuan chien" finds
   * Hoàng Xuân Chiến, "chien" alone does not find "Chiến lược …", "quoc phong" no series.
   */
  partialNameSyllables: 2,
  partialNameShare: 0.5,
  /**
   * Fewest articles for a card, by kind (1 where not given). A series or a place of one article
   * adds nothing its article does not show at the top of the results, and on the generated
   * benchmark archive most of them are one-off extraction noise (4,479 of 4,776 series at 10,000
   * articles) that would triple the search data file.
   */
  answerMinArticles: { series: 2, place: 2 },
  /**
   * People per details file (their article counts and latest titles, which only a person's card
   * shows): a card loads the one file that holds its person, so what a card costs does not grow
   * with the archive. As one file, the details of 4,907 people at 10,000 generated articles were
   * 432 kB (23 kB compressed), and ten times that at 100,000.
   */
  personDetailsPerFile: 500,
} as const;

export type SearchSettings = typeof SEARCH_SETTINGS;
