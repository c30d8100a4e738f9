/**
 * The ingest cache: what extraction made of each raw file (and its Markdown rendered to HTML),
 * kept between builds as NDJSON and keyed by the file's bytes, its path and the code of the
 * extractor, so a rebuild only extracts files that changed. Each entry also records the day it
 * was made, and an article the first later day that could change its date (dates are bounded by
 * today), so a new day re-extracts only the files whose date could have changed.
 */
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { readdir, readFile, rename, mkdir, writeFile } from "node:fs/promises";
import { once } from "node:events";
import { createInterface } from "node:readline";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FrontMatter } from "../schema.ts";
import type { RemovedLine } from "../extract/types.ts";
import type { FileRepeatables } from "./furniture.ts";

/**
 * What one raw file became: an article (with its body's HTML, and the first later day on which
 * its date could come out differently, see extractDate) or the reason it was skipped.
 */
export type CachedRaw =
  | {
      ok: true;
      frontMatter: FrontMatter;
      body: string;
      html: string;
      removedLines: RemovedLine[];
      recheckOn: string | null;
      /** Lines that may be furniture repeated across the archive (see ../extract/types.ts, ./furniture.ts). */
      repeatables: FileRepeatables;
    }
  | { ok: false; reason: string };

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The code whose output the cache holds: any change to these files invalidates every entry. */
const EXTRACTOR_SOURCES = ["extract", "ingest", "schema.ts", "render/markdown.ts"];

let version: Promise<string> | undefined;

/** A hash of the extractor's source files (tests excluded), computed once per process. */
export function extractorVersion(): Promise<string> {
  version ??= (async () => {
    const hash = createHash("sha256");
    const files: string[] = [];
    for (const entry of EXTRACTOR_SOURCES) {
      const full = path.join(SRC, entry);
      if (entry.endsWith(".ts")) files.push(full);
      else for (const f of await readdir(full, { recursive: true })) if (f.endsWith(".ts") && !f.endsWith(".test.ts")) files.push(path.join(full, f));
    }
    for (const f of files.sort()) hash.update(f.slice(SRC.length)).update("\0").update(await readFile(f)).update("\0");
    return hash.digest("hex");
  })();
  return version;
}

/** The cache key of one raw file: its bytes, its path (ids come from it) and the code; not the day (see CacheEntry). */
export function cacheKey(codeVersion: string, relativePath: string, bytes: Uint8Array): string {
  return createHash("sha256").update(codeVersion).update("\0").update(relativePath).update("\0").update(bytes).digest("base64url");
}

/** What extraction made of one file, and on which day. */
export interface CacheEntry {
  outcome: CachedRaw;
  /** The day (YYYY-MM-DD, UTC) the file was extracted on: the date extractor's "today". */
  extractedOn: string;
}

/**
 * Whether an entry made on its day still holds on `day`: from its own day until the day its date
 * is to be checked again. Only the date reads today, so a skipped file is skipped on every later
 * day; an earlier day is never trusted (a date allowed by a later day may be impossible on it).
 */
export function reusableOn(entry: CacheEntry, day: string): boolean {
  if (entry.extractedOn > day) return false;
  return !entry.outcome.ok || entry.outcome.recheckOn === null || day < entry.outcome.recheckOn;
}

/** The entries of a cache file, and how many lines it holds (superseded and unreadable ones included). */
export interface LoadedCache {
  entries: Map<string, CacheEntry>;
  lines: number;
}

/**
 * Reads the cache file; a missing file is an empty cache. The file is appended to, so a later
 * line for a key replaces an earlier one, and a line cut short by an interrupted write is skipped.
 */
export async function loadCache(file: string): Promise<LoadedCache> {
  const entries = new Map<string, CacheEntry>();
  let lines = 0;
  try {
    const input = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
    for await (const line of input) {
      if (!line) continue;
      lines++;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        continue;
      }
      if (!Array.isArray(parsed) || typeof parsed[0] !== "string" || typeof (parsed[1] as CacheEntry | null)?.extractedOn !== "string") continue;
      entries.set(parsed[0], parsed[1] as CacheEntry);
    }
  } catch {
    // No cache file yet (or an unreadable one): everything is extracted and the file rewritten.
    entries.clear();
  }
  return { entries, lines };
}

/** Writes entries as NDJSON lines to `file`, appending or replacing it, streamed (a cold cache is hundreds of megabytes). */
async function writeLines(file: string, entries: Iterable<[string, CacheEntry]>, flags: "a" | "w"): Promise<void> {
  const out = createWriteStream(file, { encoding: "utf8", flags });
  for (const entry of entries) {
    if (!out.write(`${JSON.stringify(entry)}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

/** Adds entries at the end of the cache file (they replace earlier lines with the same key). */
export async function appendCache(file: string, entries: Iterable<[string, CacheEntry]>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeLines(file, entries, "a");
}

/** Replaces the cache file with `entries` (written beside it, then renamed into place). */
export async function saveCache(file: string, entries: Iterable<[string, CacheEntry]>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeLines(temp, entries, "w");
  await rename(temp, file);
}

/**
 * The Markdown files an ingest wrote, by file name, each with a fingerprint of what it was
 * written from, kept beside the cache so the next ingest rewrites only files whose source changed.
 */
export type WrittenMarkdown = Map<string, string>;

/** Reads the record of written Markdown files; a missing or damaged one is empty (every file is rewritten). */
export async function loadWritten(file: string): Promise<WrittenMarkdown> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, "utf8"));
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      return new Map(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === "string"));
    }
  } catch {
    // Missing or damaged: nothing is known to be written.
  }
  return new Map();
}

/** Replaces the record of written Markdown files (written beside it, then renamed into place). */
export async function saveWritten(file: string, written: WrittenMarkdown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(Object.fromEntries(written)));
  await rename(temp, file);
}
