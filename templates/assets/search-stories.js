// One story, one result: copies of a story that several outlets published (found at build time,
// src/site/duplicates.ts, listed in the search data file) are shown once, where the first of them
// ranks, with links to the other copies.
import { decodeNames } from "./search-answers.js";

/**
 * Root-relative article URL → its story, a list of [url, label] copies, from the data file's
 * `stories` (each copy an article slug and its outlet, as an index into the outlets, or its title).
 */
export function storyIndex(data) {
  const outlets = decodeNames(data?.answers?.outlet);
  const byUrl = new Map();
  for (const copies of data?.stories ?? []) {
    const story = copies.map(([slug, outlet]) => [`${data.articles}${slug}/`, typeof outlet === "number" ? outlets[outlet] : outlet]);
    for (const [url] of story) byUrl.set(url, story);
  }
  return byUrl;
}

/**
 * Reads a result list (see dataList) as entries, one per story: `{ data, others }`, where
 * `others` are the story's other copies ([url, label]) to link. `siteUrl` turns a result's URL
 * into the root-relative form the data file uses. `next(count)` resolves to up to `count`
 * more entries; `done` tells whether the list is read to its end.
 */
export function storyEntries(results, stories, siteUrl) {
  const shown = new Set();
  let read = 0;
  return {
    get done() {
      return read >= results.length;
    },
    async next(count) {
      const entries = [];
      while (entries.length < count && read < results.length) {
        const batch = await results.page(read, Math.min(results.length, read + count - entries.length));
        read += batch.length;
        for (const data of batch) {
          const story = stories.get(siteUrl(data.url));
          if (story && shown.has(story)) continue;
          if (story) shown.add(story);
          entries.push({ data, others: story ? story.filter(([url]) => url !== siteUrl(data.url)) : [] });
        }
      }
      return entries;
    },
  };
}
