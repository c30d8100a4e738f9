/**
 * The ingest cache: what extraction made of each raw file (and its Markdown rendered to HTML),
 * kept between builds as NDJSON and keyed by the file's bytes, its path, the day and the code
 * of the extractor, so a rebuild only extracts files that changed.
 */
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { readdir, readFile, rename, mkdir } from "node:fs/promises";
import { once } from "node:events";
import { createInterface } from "node:readline";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FrontMatter } from "../schema.ts";
import type { RemovedLine } from "../extract/types.ts";

/** What one raw file became: an article (with its body's HTML) or the reason it was skipped. */
export type CachedRaw =
  | { ok: true; frontMatter: FrontMatter; body: string; html: string; removedLines: RemovedLine[] }
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

/** The cache key of one raw file: its bytes, its path (ids come from it), the day (dates are bounded by it) and the code. */
export function cacheKey(codeVersion: string, relativePath: string, day: string, bytes: Uint8Array): string {
  return createHash("sha256").update(codeVersion).update("\0").update(relativePath).update("\0").update(day).update("\0").update(bytes).digest("base64url");
}

/** Reads the cache file; a missing or damaged file is an empty cache. */
export async function loadCache(file: string): Promise<Map<string, CachedRaw>> {
  const entries = new Map<string, CachedRaw>();
  try {
    const lines = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line) continue;
      const [key, value] = JSON.parse(line) as [string, CachedRaw];
      entries.set(key, value);
    }
  } catch {
    entries.clear();
  }
  return entries;
}

/** Replaces the cache file with `entries` (written beside it, then renamed into place). */
export async function saveCache(file: string, entries: Iterable<[string, CachedRaw]>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const out = createWriteStream(temp, "utf8");
  for (const entry of entries) {
    if (!out.write(`${JSON.stringify(entry)}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  await rename(temp, file);
}
