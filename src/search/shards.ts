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
 * takes about three times what indexing took: on the benchmark's generated articles, its process
 * peaked at 4,040 MiB writing one index of 10,000 pages (1,190 MiB before writing), and at
 * 2,189 MiB writing the same pages as two shards of 5,000, one after the other. 5,000 keeps
 * Pagefind near 2 GiB whatever the archive's size, so that a build of 10,000 articles stays within
 * 4 GiB. The search page merges the shards into one Pagefind (shard-ids.ts), so a shard costs a
 * first search only its metadata (its share of the page list) and the chunk of its index that holds
 * the word: "Campuchia" at 10,000 articles loaded 271.6 kB from two shards, 265.8 kB from one.
 */
export const PAGES_PER_SHARD = 5_000;

/** The first shard's folder under the site root; pagefind.js, its worker and highlighter load from it. */
export const INDEX_FOLDER = "pagefind";

/** The manifest in INDEX_FOLDER listing the other shards' bundles. */
export const SHARD_MANIFEST = "shards.json";

/**
 * What the search page reads: the bundles of shards 2…K, relative to INDEX_FOLDER (empty for one
 * shard), and the suffix that marks their pages' result ids; and, between two whole builds of the
 * index (see delta.ts), the delta bundle with its pages' result ids, and the result ids of
 * main-bundle pages that are stale.
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
