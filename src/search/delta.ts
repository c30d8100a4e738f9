/**
 * The search index between builds, the way log-structured stores keep theirs: the archive's main
 * bundle (its shards) stays as it was written; articles added or changed since go into a small
 * delta bundle, written again whole by each build; main-bundle pages that are stale (changed, in
 * the delta, or deleted) are listed as superseded, and the search page hides them. Once the delta
 * passes DELTA_SHARE of the archive (or on --full), the build writes one main bundle again.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, open } from "node:fs/promises";
import { gunzipSync, constants } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { indexedPart } from "./pages.ts";

/** Share of the archive's article pages the delta may hold (with the deleted pages) before the index is rebuilt whole. */
export const DELTA_SHARE = 0.05;
/** The delta may always hold this many pages, however small the archive. */
export const MIN_DELTA_PAGES = 20;

/** The folder of the delta bundle written by build number `serial`, under INDEX_FOLDER. */
export function deltaBundle(serial: number): string {
  return `delta-${serial}/`;
}

/** What the site's search index holds, kept with the page manifest between builds. */
export interface SearchState {
  /** The code and Pagefind that wrote the bundles (`searchVersion`); another version rebuilds the index whole. */
  version: string;
  /** How many shards the main bundle has (see shards.ts). */
  shards: number;
  /** Main-bundle pages: URL → [Pagefind's result id of the page, hash of what was indexed (`indexedHash`)]. */
  main: Record<string, [string, string]>;
  /** Delta-bundle pages: URL → hash of what was indexed. */
  delta: Record<string, string>;
  /** The delta bundle's folder under INDEX_FOLDER ("delta-7/"), or null when there is none; and its pages' result ids. */
  deltaBundle: string | null;
  deltaIds: string[];
  /** Counts delta bundles, so that each has a folder name of its own. */
  serial: number;
}

/** A hash of what Pagefind indexes of a page (see indexedPart), or null for a page it does not index. */
export function indexedHash(html: string): string | null {
  const part = indexedPart(html);
  return part === null ? null : createHash("sha1").update(part).digest("base64url");
}

/** What this build does to the index, given the pages rendered now. */
export interface DeltaPlan {
  /** Rebuild the main bundle whole (the delta grew past its limit, or a page's state is unknown). */
  compact: boolean;
  /** The delta bundle's pages after this build: URL → indexed hash. */
  delta: Map<string, string>;
  /** Whether the delta bundle differs from the one on the site (and must be written again). */
  rewrite: boolean;
  /** Main-bundle result ids to hide: pages in the delta or deleted. */
  superseded: string[];
}

/**
 * Plans the index of a build from the previous state: `current` are the URLs of the article pages
 * of the new site, `rendered` the indexed hash of each article page rendered now (the others are
 * unchanged since the previous build).
 */
export function planDelta(state: SearchState, current: ReadonlySet<string>, rendered: ReadonlyMap<string, string>): DeltaPlan {
  const delta = new Map<string, string>();
  let unknown = false;
  for (const url of current) {
    const hash = rendered.get(url);
    if (hash !== undefined) {
      if (state.main[url]?.[1] !== hash) delta.set(url, hash);
    } else if (state.delta[url] !== undefined) delta.set(url, state.delta[url]);
    else if (state.main[url] === undefined) unknown = true;
  }
  const gone = Object.keys(state.main).filter((url) => !current.has(url));
  const limit = Math.max(MIN_DELTA_PAGES, Math.ceil(DELTA_SHARE * current.size));
  const compact = unknown || delta.size + gone.length > limit;
  const superseded = [...delta.keys(), ...gone].flatMap((url) => (state.main[url] ? [state.main[url][0]] : []));
  const previous = Object.entries(state.delta);
  const rewrite = !compact && (previous.length !== delta.size || previous.some(([url, hash]) => delta.get(url) !== hash));
  return { compact, delta, rewrite, superseded: superseded.sort() };
}

const SEARCH_SOURCES = path.dirname(fileURLToPath(import.meta.url));

let version: Promise<string> | undefined;

/** A hash of the code that makes the index (this folder, tests excluded) and of Pagefind's version. */
export function searchVersion(): Promise<string> {
  version ??= (async () => {
    const hash = createHash("sha256");
    const files = (await readdir(SEARCH_SOURCES)).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).sort();
    for (const f of files) hash.update(f).update("\0").update(await readFile(path.join(SEARCH_SOURCES, f))).update("\0");
    const pagefindPackage = fileURLToPath(new URL("../../node_modules/pagefind/package.json", import.meta.url));
    hash.update(JSON.parse(await readFile(pagefindPackage, "utf8")).version as string);
    return hash.digest("hex");
  })();
  return version;
}

/** Bytes of a fragment file read to find its page's URL (it comes first in the fragment's JSON). */
const FRAGMENT_HEAD_BYTES = 2048;
/** Fragment files read at a time. */
const CONCURRENT_READS = 32;

/**
 * The result id of each page of a Pagefind bundle, by URL. Pagefind names each page's fragment by
 * the id search results carry; its URL is the first field of the (gzipped) fragment.
 */
export async function bundlePageIds(bundleDir: string): Promise<Map<string, string>> {
  const dir = path.join(bundleDir, "fragment");
  const names = (await readdir(dir)).filter((n) => n.endsWith(".pf_fragment"));
  const ids = new Map<string, string>();
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < names.length; i = next++) {
      const name = names[i]!;
      const handle = await open(path.join(dir, name));
      let head: Buffer;
      try {
        const buffer = Buffer.alloc(FRAGMENT_HEAD_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, FRAGMENT_HEAD_BYTES, 0);
        head = buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
      const text = gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH }).toString("utf8");
      const url = /"url":"((?:[^"\\]|\\.)*)"/.exec(text)?.[1];
      if (url === undefined) throw new Error(`Pagefind fragment without a URL: ${name}`);
      ids.set(JSON.parse(`"${url}"`) as string, name.slice(0, -".pf_fragment".length));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_READS }, worker));
  return ids;
}
