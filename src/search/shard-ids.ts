/**
 * Result ids that tell the shards of the main bundle apart. The search page merges every shard
 * into the first shard's Pagefind (its `mergeIndex`), so that a first search loads one
 * pagefind.js and one WebAssembly whatever the number of shards. Pagefind then answers with one
 * list, which the page splits back by shard (templates/assets/search-bundles.js) to keep each
 * shard's own answer and merge date orders itself.
 *
 * A page's result id is the name of its fragment, a hash of its content, which says nothing of
 * its shard. So once a shard after the first is written, its ids get a suffix naming the shard
 * (`shardIdSuffix`): in its metadata's page list, and on its fragment files. Nothing else in a
 * bundle names a page by its id (index chunks, filters and sorts use page numbers). The metadata
 * changes, so it takes a new name, which the bundle's entry file gives the client.
 */
import { createHash } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { gunzipSync, gzipSync } from "node:zlib";
import path from "node:path";
import { Encoder, decode } from "cbor-x";
import { PAGEFIND_SIGNATURE } from "./clean-index.ts";

const SIGNATURE = Buffer.from(PAGEFIND_SIGNATURE);
/** Fragment files renamed at a time. */
const RENAMES_IN_FLIGHT = 64;
/** Encodes as Pagefind does (the round trip of its metadata is byte for byte: see the test). */
const cbor = new Encoder({ useRecords: false });

/** The suffix of the result ids of shard `shard` (2 and on; the first shard's ids have none). */
export function shardIdSuffix(shard: number): string {
  return `-s${shard}`;
}

interface Entry {
  languages: Record<string, { hash: string; page_count: number }>;
}

/** A Pagefind page as its metadata lists it: its id (fragment hash), its word count, its fragment group. */
type MetaPage = [id: string, words: number, group: string];

/** The metadata's page list, checked to be what this module knows how to rename. */
function pagesOf(meta: unknown, file: string): MetaPage[] {
  const pages = Array.isArray(meta) ? (meta[1] as unknown) : undefined;
  // A page in a fragment group (Pagefind's --max-fragments, not used here) would be named by its group's file.
  const known = Array.isArray(pages) && pages.every((p) => Array.isArray(p) && typeof p[0] === "string" && typeof p[1] === "number" && !p[2]);
  if (!known) throw new Error(`${file}: not the Pagefind metadata this build knows (a list of ungrouped pages as its second field)`);
  return pages as MetaPage[];
}

/** Gives the pages of the shard written in `bundleDir`, shard number `shard` (2 and on), ids with its suffix. */
export async function markShardIds(bundleDir: string, shard: number): Promise<void> {
  if (shard < 2) throw new Error(`only shards after the first are marked, not shard ${shard}`);
  const suffix = shardIdSuffix(shard);
  const entryFile = path.join(bundleDir, "pagefind-entry.json");
  const entry = JSON.parse(await readFile(entryFile, "utf8")) as Entry;
  const renamed = new Set<string>();
  for (const [language, about] of Object.entries(entry.languages)) {
    const metaFile = path.join(bundleDir, `pagefind.${about.hash}.pf_meta`);
    const raw = gunzipSync(await readFile(metaFile));
    if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${metaFile}: no Pagefind signature`);
    const meta = decode(raw.subarray(SIGNATURE.length)) as unknown[];
    const pages = pagesOf(meta, metaFile);
    const ids = new Set(pages.map(([id]) => id));
    meta[1] = pages.map(([id, ...rest]) => [`${id}${suffix}`, ...rest]);
    const marked = Buffer.concat([SIGNATURE, cbor.encode(meta)]);
    const hash = `${language}_${createHash("sha256").update(marked).digest("hex").slice(0, 10)}`;
    await writeFile(path.join(bundleDir, `pagefind.${hash}.pf_meta`), gzipSync(marked));
    await rm(metaFile);
    entry.languages[language] = { ...about, hash };
    const fresh = [...ids].filter((id) => !renamed.has(id));
    fresh.forEach((id) => renamed.add(id));
    for (let start = 0; start < fresh.length; start += RENAMES_IN_FLIGHT) {
      await Promise.all(
        fresh.slice(start, start + RENAMES_IN_FLIGHT).map((id) => rename(path.join(bundleDir, "fragment", `${id}.pf_fragment`), path.join(bundleDir, "fragment", `${id}${suffix}.pf_fragment`))),
      );
    }
  }
  await writeFile(entryFile, JSON.stringify(entry));
}
