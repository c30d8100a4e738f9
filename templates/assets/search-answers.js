// Answers: the people, partners, series, places and outlets whose name a query names, shown above
// the articles as cards. Names and queries are compared as whole syllables, folded as search folds
// them (marks, case, đ as d): "hoang xuan chien" names Hoàng Xuân Chiến, "chien" names no
// "Chiến lược …". The names come from the search data file (src/search/page-data.ts), sorted and
// front-coded, with a link only where the page cannot make it from the name.
import { queryWords } from "./search-text.js";

/** Kinds in the order equally good answers are shown (the data file's keys). */
export const ANSWER_KINDS = ["person", "partner", "series", "place", "outlet"];

/** The slug the build's guessSlug makes of a name: its folded words joined by "-". */
export function guessSlug(name) {
  return queryWords(name).join("-");
}

/** A kind's link for a name: its page, or the search filtered by it (the data file's `links`). */
export function guessLink(link, name) {
  return link.page ? `${link.page}${guessSlug(name)}/` : `${link.search}?${new URLSearchParams({ [link.param]: name })}`;
}

/** The names of one kind's front-coded columns (`shared`, `rest`), in their order. */
export function decodeNames(columns) {
  let previous = "";
  return (columns?.rest ?? []).map((rest, i) => (previous = previous.slice(0, columns.shared[i]) + rest));
}

/**
 * The data file's answers, ready for matching: each with its kind, position, name, article count
 * (people's come with the details, see withDetails), link and folded syllables.
 */
export function answerIndex(data) {
  return ANSWER_KINDS.flatMap((kind, kindOrder) => {
    const columns = data?.answers?.[kind];
    return decodeNames(columns).map((name, position) => ({
      kind,
      kindOrder,
      position,
      name,
      count: columns.count?.[position] ?? null,
      url: columns.links?.[position] ?? guessLink(data.links[kind], name),
      syllables: queryWords(name),
    }));
  });
}

/** The number of the details file that holds the person at `position` (files of `perFile` people, from 0). */
export function detailsFileOf(position, perFile) {
  return Math.floor(position / perFile);
}

/** Details files as one: each person's count and title at their position (from each file's `from`). */
export function joinDetails(files) {
  const person = { count: [], title: [] };
  for (const file of files) {
    const from = file?.person?.from ?? 0;
    file?.person?.count?.forEach((count, i) => (person.count[from + i] = count));
    file?.person?.title?.forEach((title, i) => (person.title[from + i] = title));
  }
  return { person };
}

/** Answers with the details only people's cards need (from the details files: counts, latest titles). */
export function withPersonDetails(answers, details) {
  return answers.map((a) => (a.kind === "person" ? { ...a, count: details?.person?.count?.[a.position] ?? a.count, detail: details?.person?.title?.[a.position] ?? null } : a));
}

/** The length of the longest run of syllables `a` and `b` share, in order and together. */
export function commonRun(a, b) {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best;
}

/**
 * How well folded `query` syllables name a folded `name`: 2 when the whole name stands in the
 * query, 1 when the whole query is part of the name and covers enough of it (`partialNameSyllables`
 * and `partialNameShare`), 0 otherwise.
 */
export function nameMatch(query, name, settings) {
  if (name.length === 0 || query.length === 0) return 0;
  const run = commonRun(query, name);
  if (run === name.length) return 2;
  if (run === query.length && run >= settings.partialNameSyllables && run / name.length >= settings.partialNameShare) return 1;
  return 0;
}

/**
 * The answers a query names, best first: whole names before parts of names, then by kind, then
 * the one with more articles (people, whose counts are not loaded yet, by name); at most
 * `settings.maxAnswers`.
 */
export function findAnswers(index, query, settings) {
  const words = queryWords(query);
  if (words.length === 0) return [];
  return index
    .map((answer) => ({ answer, match: nameMatch(words, answer.syllables, settings) }))
    .filter((m) => m.match > 0)
    .sort((a, b) => b.match - a.match || a.answer.kindOrder - b.answer.kindOrder || (b.answer.count ?? 0) - (a.answer.count ?? 0) || a.answer.name.localeCompare(b.answer.name, "vi"))
    .slice(0, settings.maxAnswers)
    .map((m) => m.answer);
}
