// Searches every shard of the search index as one. A large archive is indexed in shards (see
// src/search/shards.ts): pagefind/ and the bundles its shards.json lists. They are merged into the
// first shard's Pagefind (its mergeIndex), as is the delta bundle of recent changes between whole
// builds of the index: one pagefind.js and one WebAssembly whatever the number of bundles.
// Pagefind then answers with one list merged by score, which is split back into one answer per
// bundle (search-bundles.js), because each must stay apart: a date order is each bundle's own
// rank, not a date. A relevance search then merges by score, as Pagefind does; a date order
// merges by date.
import { readBundles, separateBundles } from "./search-bundles.js";
import { unaliased } from "./search-text.js";

/** The day a result shows ("Thứ Hai, 6/8/2012", the site's date format) as yyyymmdd; null when undated. */
export function resultDay(data) {
  const date = /(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(data?.meta?.date ?? "");
  return date ? Number(date[3]) * 10_000 + Number(date[2]) * 100 + Number(date[1]) : null;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A shard's answer whose results give their data as readers should see it (see unaliased). */
function readerAnswer(answer) {
  return { ...answer, results: answer.results.map((result) => ({ ...result, data: async () => unaliased(await result.data()) })) };
}

/** Loads the Pagefind of one bundle from its pagefind.js at `url`, set up with `options`. */
export async function loadBundle(url, options) {
  const pagefind = await import(url);
  await pagefind.options(options);
  await pagefind.init();
  return pagefind;
}

/**
 * One bundle's answer. Pagefind leaves the pages without the sort key (undated articles) out of a
 * sorted answer: they follow the sorted ones, in relevance order, from a second search of the
 * same words (whose index chunks are loaded already).
 */
async function searchBundle(pagefind, term, searchOptions = {}) {
  const sorted = await pagefind.search(term, searchOptions);
  if (!sorted || Object.keys(searchOptions.sort ?? {}).length === 0) return sorted;
  const all = await pagefind.search(term, { ...searchOptions, sort: {} });
  const dated = new Set(sorted.results.map((result) => result.id));
  return { ...sorted, results: [...sorted.results, ...(all?.results ?? []).filter((result) => !dated.has(result.id))] };
}

/**
 * Loads Pagefind from `scriptUrl` (pagefind/pagefind.js) with `options`, and merges into it the
 * bundle of each other shard and the delta bundle the manifest at `manifestUrl` lists. A missing
 * manifest means one shard and no delta.
 */
export async function openShards(scriptUrl, manifestUrl, options) {
  const manifestHref = new URL(manifestUrl, location.href).href;
  // Pagefind searches on this thread, without its web worker: that spares a worker script (43 kB,
  // 12 kB compressed, a twentieth of a first search) and a thread holding another copy of the
  // WebAssembly, while searching an index of 10,000 pages takes milliseconds.
  const [pagefind, bundles] = await Promise.all([loadBundle(scriptUrl, { ...options, noWorker: true }), readBundles(manifestHref)]);
  // All at once: Pagefind adds each bundle's instance when it is asked, in the manifest's order, then
  // loads them side by side (a large archive has many shards, each a request or two away).
  await Promise.all([...bundles.shards, ...(bundles.delta ? [bundles.delta.url] : [])].map((url) => pagefind.mergeIndex(url, options)));
  let latest = 0;
  return {
    count: 1 + bundles.shards.length + (bundles.delta ? 1 : 0),
    /** Every bundle's answer to one search, in shard order, the delta's last. */
    search: async (term, searchOptions) => separateBundles(await searchBundle(pagefind, term, searchOptions), bundles).map(readerAnswer),
    /** The same after a pause, or null when a newer debounced search came meanwhile. */
    async debouncedSearch(term, searchOptions, pauseMs) {
      const id = ++latest;
      void pagefind.preload(term, searchOptions);
      await sleep(pauseMs);
      if (id !== latest) return null;
      const answers = await this.search(term, searchOptions);
      return id === latest ? answers : null;
    },
  };
}

/**
 * A result list read a page at a time: `length` results, and `page(from, to)` resolving to the
 * data of those in [from, to), in order.
 */
export function dataList(data) {
  return { length: data.length, page: async (from, to) => data.slice(from, to) };
}

/** Every shard's results in one list by score, as Pagefind merges indexes (the order later steps keep within their groups). */
export function scoreOrder(lists) {
  return lists.flat().sort((a, b) => b.score - a.score);
}

/** Relevance order: every shard's results by score, read a page at a time. */
export function byScore(lists) {
  const results = scoreOrder(lists);
  return { length: results.length, page: (from, to) => Promise.all(results.slice(from, to).map((r) => r.data())) };
}

/**
 * Date order ("desc" newest first, "asc" oldest first; undated last in both) over shards whose
 * lists Pagefind has each sorted already: a merge that loads only the data it compares (the
 * head of each shard's list), so a page of results costs at most a page plus one per shard.
 */
export function byDay(lists, direction) {
  const loaded = lists.map(() => []);
  const load = (shard, i) => (loaded[shard][i] ??= lists[shard][i].data());
  const rank = (data) => {
    const day = resultDay(data);
    if (day === null) return Infinity;
    return direction === "desc" ? -day : day;
  };
  const heads = lists.map(() => 0);
  const merged = [];
  const length = lists.reduce((sum, list) => sum + list.length, 0);
  const fill = async (count) => {
    while (merged.length < count) {
      const open = lists.map((list, shard) => shard).filter((shard) => heads[shard] < lists[shard].length);
      const candidates = await Promise.all(open.map(async (shard) => ({ shard, data: await load(shard, heads[shard]) })));
      // The lowest rank wins; on a tie the earlier shard, so the order is the same on every run.
      const next = candidates.reduce((best, c) => (rank(c.data) < rank(best.data) ? c : best));
      merged.push(next.data);
      heads[next.shard]++;
    }
  };
  let filled = Promise.resolve();
  return {
    length,
    page(from, to) {
      filled = filled.then(() => fill(Math.min(to, length)));
      return filled.then(() => merged.slice(from, to));
    },
  };
}
