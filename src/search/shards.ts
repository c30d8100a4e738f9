/**
 * How a large archive's search index is split into shards that Pagefind builds one at a time: the
 * shard size, where each shard's bundle goes, and the manifest the search page reads to search
 * every shard as one index.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { shardIdSuffix } from "./shard-ids.ts";

/**
 * Article pages per shard. Pagefind keeps a whole index in memory until it writes it, and writing
 * takes about three times what indexing took. Pagefind's process on generated articles of our
 * size: one index of 10,000 pages peaked at 3.8 GiB (1.2 GiB before writing), one of 20,000 at
 * 7.3 GiB, and 20,000 pages as two shards of 10,000 at 3.8 GiB. 10,000 keeps Pagefind near 4 GiB
 * whatever the archive's size, and keeps the 10,000-article archive a single index (one shard:
 * today's files, today's first-search bytes).
 */
export const PAGES_PER_SHARD = 10_000;

/** The first shard's folder under the site root; pagefind.js, its worker and highlighter load from it. */
export const INDEX_FOLDER = "pagefind";

/** The manifest in INDEX_FOLDER listing the other shards' bundles. */
export const SHARD_MANIFEST = "shards.json";

/**
 * What the search page reads: the bundles of shards 2…K, relative to INDEX_FOLDER (empty for one
 * shard), and the suffix that marks their pages' result ids; and, between two whole builds of the index (see delta.ts), the delta bundle with its
 * pages' result ids, and the result ids of main-bundle pages that are stale.
 */
export interface ShardManifest {
  bundles: string[];
  /** The suffix of the result ids of each of those shards' pages (shard-ids.ts), in the same order. */
  suffixes: string[];
  delta?: { bundle: string; pages: string[] };
  superseded?: string[];
}

/** The bundle of shard `n` (from 1) relative to INDEX_FOLDER: "" for the first, "shard-2/", … after it. */
export function shardBundle(n: number): string {
  return n === 1 ? "" : `shard-${n}/`;
}

/** The folder shard `n` is written to, under `siteDir`. */
export function shardFolder(siteDir: string, n: number): string {
  return path.join(siteDir, INDEX_FOLDER, shardBundle(n));
}

/** The manifest of an index written as `count` shards. */
export function shardManifest(count: number): ShardManifest {
  const after = Array.from({ length: count - 1 }, (_, i) => i + 2);
  return { bundles: after.map(shardBundle), suffixes: after.map(shardIdSuffix) };
}

/** Writes the manifest of `count` shards (with a delta and superseded pages, if any) into the site's INDEX_FOLDER. */
export async function writeShardManifest(siteDir: string, count: number, delta: Pick<ShardManifest, "delta" | "superseded"> = {}): Promise<void> {
  await mkdir(path.join(siteDir, INDEX_FOLDER), { recursive: true });
  await writeFile(path.join(siteDir, INDEX_FOLDER, SHARD_MANIFEST), `${JSON.stringify({ ...shardManifest(count), ...delta })}\n`);
}
