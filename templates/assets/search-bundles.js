// Which Pagefind bundles make up the site's search index, and what to hide in them. The index
// manifest (pagefind/shards.json, written by src/search/shards.ts) lists the main bundle's other
// shards and, between two whole builds of the index (src/search/delta.ts), a small delta bundle of
// the articles added or changed since, with the result ids of its pages, and the result ids of the
// main bundle's pages that are stale (changed since, or deleted), which searches must not show.

/**
 * Reads the manifest at `manifestUrl`: the other shards' bundle URLs, the delta bundle's URL and
 * page ids (or null), and the superseded ids. A missing manifest means one shard and no delta.
 */
export async function readBundles(manifestUrl) {
  const response = await fetch(manifestUrl);
  const manifest = response.ok ? await response.json() : {};
  const url = (bundle) => new URL(bundle, manifestUrl).href;
  return {
    shards: (manifest.bundles ?? []).map(url),
    delta: manifest.delta ? { url: url(manifest.delta.bundle), pages: new Set(manifest.delta.pages) } : null,
    superseded: new Set(manifest.superseded ?? []),
  };
}

/**
 * Splits the answers of the shards (in shard order; the first shard's Pagefind also searched the
 * delta bundle, merged into its answer by score, each bundle's results keeping their order) into
 * one answer per bundle, the delta's last, without the superseded results. A page whose indexed
 * text did not change has the same id in both bundles (Pagefind names a page by its content): it
 * is counted once.
 */
export function separateBundles(answers, bundles) {
  const keep = (results) => results.filter((r) => !bundles.superseded.has(r.id) && !bundles.delta?.pages.has(r.id));
  const separated = answers.map((answer) => ({ ...answer, results: keep(answer.results) }));
  if (bundles.delta) {
    const seen = new Set();
    const delta = answers[0].results.filter((r) => bundles.delta.pages.has(r.id) && !seen.has(r.id) && seen.add(r.id));
    separated.push({ ...answers[0], results: delta });
  }
  return separated;
}
