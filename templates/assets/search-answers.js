// Answers: the people, partners, series, places and outlets whose name a query names, shown above
// the articles as cards. Names and queries are compared as whole syllables, folded as search folds
// them (marks, case, đ as d): "hoang xuan chien" names Hoàng Xuân Chiến, "chien" names no
// "Chiến lược …". The data comes from the search data file (src/search/page-data.ts).
import { queryWords } from "./search-text.js";

/** Kinds in the order equally good answers are shown (the data file's keys). */
export const ANSWER_KINDS = ["person", "partner", "series", "place", "outlet"];

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

/** Prepares the data file's answers for matching: each with its kind and folded syllables. */
export function answerIndex(answers) {
  return ANSWER_KINDS.flatMap((kind, kindOrder) =>
    (answers?.[kind] ?? []).map(([name, url, count, detail, firstYear, lastYear]) => ({
      kind,
      kindOrder,
      name,
      url,
      count,
      detail,
      firstYear,
      lastYear,
      syllables: queryWords(name),
    })),
  );
}

/**
 * The answers a query names, best first: whole names before parts of names, then by kind, then
 * the one with more articles; at most `settings.maxAnswers`.
 */
export function findAnswers(index, query, settings) {
  const words = queryWords(query);
  if (words.length === 0) return [];
  return index
    .map((answer) => ({ answer, match: nameMatch(words, answer.syllables, settings) }))
    .filter((m) => m.match > 0)
    .sort((a, b) => b.match - a.match || a.answer.kindOrder - b.answer.kindOrder || b.answer.count - a.answer.count || a.answer.name.localeCompare(b.answer.name, "vi"))
    .slice(0, settings.maxAnswers)
    .map((m) => m.answer);
}
