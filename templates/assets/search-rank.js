// Relevance order for a query of several words. Vietnamese writes a name or a term as separate
// syllables, and Pagefind scores each on its own, so a page where "tô" and "lâm" stand apart can
// outrank the page about Tô Lâm. Here the results whose words stand together, in order, come
// first, then those where fewer of them do; within each group Pagefind's own order is kept.
//
// Two steps, so that the order holds over every result while only a few are fetched:
// 1. Every result comes with the positions of its matched words (Pagefind's `words`, no request
//    needed): the longest run of consecutive positions is how many query words may stand together.
// 2. The best `check` candidates by that order have their text fetched, and the run is measured
//    on the text itself (folded words, in the query's order, not across punctuation, in the
//    title, the body or a person's name), which replaces the estimate.
// When the page answers with a person, articles that list the person (by the person filters, in
// their order of preference) come before the others, among the candidates checked.
import { foldedSegments } from "./search-text.js";

/** The longest run of consecutive word positions among `locations`, at most `max`. */
export function positionalRun(locations, max) {
  const sorted = [...new Set(locations)].sort((a, b) => a - b);
  let best = sorted.length > 0 ? 1 : 0;
  let run = 1;
  for (let i = 1; i < sorted.length; i++) {
    run = sorted[i] === sorted[i - 1] + 1 ? run + 1 : 1;
    if (run > best) best = run;
  }
  return Math.min(best, max);
}

/** True when a folded text word stands for query word `i` (the last may be half typed: a prefix). */
const matches = (word, words, i) => (i === words.length - 1 ? word.startsWith(words[i]) : word === words[i]);

/**
 * The longest run of query words (folded, `words`) that stands together and in order in one of
 * `segments` (lists of folded words that punctuation does not break).
 */
export function segmentRun(segments, words) {
  let best = 0;
  for (const segment of segments) {
    for (let at = 0; at < segment.length; at++) {
      for (let from = 0; from < words.length; from++) {
        let k = 0;
        while (from + k < words.length && at + k < segment.length && matches(segment[at + k], words, from + k)) k++;
        if (k > best) best = k;
        if (best === words.length) return best;
      }
    }
  }
  return best;
}

/** The segments of a result's text: its title, its body and each person's name on its own. */
export function resultSegments(data, personFilters) {
  const names = personFilters.flatMap((filter) => data.filters?.[filter] ?? []);
  return [data.meta?.title ?? "", data.content ?? "", ...names].flatMap(foldedSegments);
}

/**
 * How strongly a result belongs to the people the page answers with: `personFilters.length` when
 * the first (most preferred) filter lists one of `people`, down to 1 for the last, 0 when none does.
 */
export function personRank(data, people, personFilters) {
  if (people.length === 0) return 0;
  const at = personFilters.findIndex((filter) => (data.filters?.[filter] ?? []).some((name) => people.includes(name)));
  return at < 0 ? 0 : personFilters.length - at;
}

/**
 * Orders `results` (Pagefind results in Pagefind's order, every shard merged) for the folded
 * query `words`, fetching the text of at most `check` of them. `people` are the names of the
 * people the page answers with. Returns a result list read a page at a time (see dataList).
 */
export async function byAdjacency(results, words, { check, people = [], personFilters = [] }) {
  const entries = results.map((result, order) => ({ result, order, person: 0, run: positionalRun(result.words ?? [], words.length), data: null }));
  const rank = (a, b) => b.person - a.person || b.run - a.run || a.order - b.order;
  const candidates = [...entries].sort(rank).slice(0, check);
  await Promise.all(
    candidates.map(async (entry) => {
      entry.data = await entry.result.data();
      entry.run = segmentRun(resultSegments(entry.data, personFilters), words);
      entry.person = personRank(entry.data, people, personFilters);
    }),
  );
  entries.sort(rank);
  return {
    length: entries.length,
    page: (from, to) => Promise.all(entries.slice(from, to).map((e) => e.data ?? e.result.data())),
  };
}
