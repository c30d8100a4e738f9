// Which Pagefind bundles make up the site's search index, and what to hide in them. The index
// manifest (pagefind/shards.json, written by src/search/shards.ts) lists the main bundle's other
// shards, with the suffix that marks their pages' result ids (src/search/shard-ids.ts), and,
// between two whole builds of the index (src/search/delta.ts), a small delta bundle of the
// articles added or changed since, with the result ids of its pages, and the result ids of the
// main bundle's pages that are stale (changed since, or deleted), which searches must not show.

/**
 * Reads the manifest at `manifestUrl`: the other shards' bundle URLs and id suffixes, the delta
 * bundle's URL and page ids (or null), and the superseded ids. A missing manifest means one shard
 * and no delta.
 */
export async function readBundles(manifestUrl) {
  const response = await fetch(manifestUrl);
  const manifest = response.ok ? await response.json() : {};
  const url = (bundle) => new URL(bundle, manifestUrl).href;
  return {
    shards: (manifest.bundles ?? []).map(url),
    suffixes: manifest.suffixes ?? [],
    delta: manifest.delta ? { url: url(manifest.delta.bundle), pages: new Set(manifest.delta.pages) } : null,
    superseded: new Set(manifest.superseded ?? []),
  };
}

/**
 * Splits the answer of the first shard's Pagefind, into which every other bundle was merged (their
 * results merged by score, each bundle's keeping their order), into one answer per shard, in
 * shard order, then the delta's, without the superseded results. A shard's results are told by
 * the suffix of their ids, the delta's by its list of ids. A page whose indexed text did not
 * change has the same id in the first shard and in the delta (Pagefind names a page by its
 * content): it is counted once, in the delta.
 */
export function separateBundles(answer, bundles) {
  const shards = [answer, ...bundles.shards].map(() => ({ ...answer, results: [] }));
  const delta = bundles.delta ? { ...answer, results: [] } : null;
  const seen = new Set();
  for (const result of answer.results) {
    if (bundles.superseded.has(result.id)) continue;
    if (delta && bundles.delta.pages.has(result.id)) {
      if (!seen.has(result.id)) delta.results.push(result);
      seen.add(result.id);
      continue;
    }
    const shard = bundles.suffixes.findIndex((suffix) => result.id.endsWith(suffix)) + 1;
    shards[shard].results.push(result);
  }
  return delta ? [...shards, delta] : shards;
}
