/**
 * Ingest stage: every raw file under the content folder becomes an article (Markdown with
 * YAML front-matter, written with gray-matter) or a skipped file with its reason.
 */
import { readdir, readFile, mkdir, writeFile, unlink } from "node:fs/promises";
import { createHash } from "node:crypto";
import path from "node:path";
import matter from "gray-matter";
import { articleId } from "./article.ts";
import {
  extractorVersion, cacheKey, loadCache, saveCache, appendCache, reusableOn, loadWritten, saveWritten,
  type CacheEntry, type WrittenMarkdown,
} from "./cache.ts";
import { extractAll, timeLimitReason, warmUp, type PoolOptions } from "./pool.ts";
import { furnitureFingerprint, knownFurnitureFor, learnFurniture } from "./furniture.ts";
import type { FileOutcome } from "./extract-file.ts";
import { rememberRenderedMarkdown } from "../render/markdown.ts";
import { loadCorrections, applyCorrection, unknownCorrectionIds } from "./corrections.ts";
import type { FrontMatter } from "../schema.ts";
import type { ExtractOptions } from "../extract/index.ts";
import type { RemovedLine } from "../extract/types.ts";

/** Called after each raw file with how many are done out of how many. */
export type FileProgress = (done: number, total: number) => void;

/** An ingested article: its front-matter, Markdown body, and where the Markdown was written. */
export interface IngestedArticle {
  frontMatter: FrontMatter;
  body: string;
  markdownPath: string;
  /** Raw lines dropped as boilerplate (with line numbers and reasons), for the review page. */
  removed: RemovedLine[];
}

/** A raw file that did not become an article. */
export interface SkippedFile {
  file: string;
  reason: string;
}

export interface IngestResult {
  articles: IngestedArticle[];
  skipped: SkippedFile[];
  /** Editors' corrections: where they were read from, how many applied, ids naming no article, invalid entries. */
  corrections: { file: string; applied: number; unknownIds: string[]; problems: string[] };
}

/** Lists raw `*.txt` files below `dir` (subfolders included), as sorted paths relative to it. */
export async function listRawFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    // A linked file counts too: reading it follows the link, and a broken link is skipped with its reason.
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && /\.txt$/i.test(e.name))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

/** gray-matter's own YAML engine (js-yaml), which it exposes but does not type. */
const { yaml } = (matter as unknown as { engines: { yaml: { parse: (input: string) => object; stringify: (data: object) => string } } }).engines;

/**
 * gray-matter trims the YAML it writes, which would cut the trailing newlines of a last value
 * written as a "|+" block (a string ending in newlines); a closing comment line keeps them.
 */
const YAML_WRITER = { parse: yaml.parse, stringify: (data: object): string => `${yaml.stringify(data)}# end of front-matter\n` };

/**
 * Serializes one article as Markdown with YAML front-matter. The body goes in as a file object:
 * given a string, gray-matter would first parse it, taking a leading "---" block of the article
 * text for front-matter.
 */
export function toMarkdownFile(frontMatter: FrontMatter, body: string): string {
  return matter.stringify({ content: body }, frontMatter, { engines: { yaml: YAML_WRITER } });
}

/** Markdown files written at a time. */
const CONCURRENT_WRITES = 32;
/** Raw files read at a time. */
const CONCURRENT_READS = 32;

/**
 * The cache file is rewritten without its superseded lines once they are as many as the live
 * ones (after a change to the extractor, rewriting costs what appending would); until then new
 * entries are appended, so a rebuild after one change writes one line.
 */
const MAX_STALE_LINES_PER_LIVE = 1;

/** The Markdown files ingest writes are named by a hash of the article id; other files in the folder are left alone. */
const MARKDOWN_NAME = /^[0-9a-f]{16}\.md$/;

/** The record of written Markdown files kept beside the cache file. */
function writtenFileFor(cacheFile: string): string {
  return `${cacheFile}.written.json`;
}

/** One article's Markdown file: its name, a fingerprint of what it is written from, and its parts. */
interface MarkdownFile {
  name: string;
  source: string;
  frontMatter: FrontMatter;
  body: string;
}

/**
 * Makes `outDir` hold exactly `files` (among the files named as ingest names them; others are
 * left alone): writes those missing or whose source changed since the record in `writtenFile`
 * was made, deletes those of articles that are gone, and updates the record. Without a record
 * every file is written.
 */
async function updateMarkdownFolder(outDir: string, files: readonly MarkdownFile[], writtenFile: string | undefined): Promise<void> {
  const written: WrittenMarkdown = writtenFile ? await loadWritten(writtenFile) : new Map();
  const present = new Set((await readdir(outDir)).filter((name) => MARKDOWN_NAME.test(name)));
  const nowWritten: WrittenMarkdown = new Map(files.map((f) => [f.name, f.source]));
  const toWrite = files.filter((f) => !present.has(f.name) || written.get(f.name) !== f.source);
  const toDelete = [...present].filter((name) => !nowWritten.has(name));
  if (toWrite.length === 0 && toDelete.length === 0 && written.size === nowWritten.size) return;

  // Forget the files about to change first: if the build stops half-way, the next one rewrites them.
  const changing = new Set([...toWrite.map((f) => f.name), ...toDelete]);
  if (writtenFile) await saveWritten(writtenFile, new Map([...written].filter(([name]) => !changing.has(name))));
  const pending: Promise<void>[] = [];
  for (const { name, frontMatter, body } of toWrite) {
    pending.push(writeFile(path.join(outDir, name), toMarkdownFile(frontMatter, body)));
    if (pending.length >= CONCURRENT_WRITES) await Promise.all(pending.splice(0));
  }
  for (const name of toDelete) {
    pending.push(unlink(path.join(outDir, name)));
    if (pending.length >= CONCURRENT_WRITES) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
  if (writtenFile) await saveWritten(writtenFile, nowWritten);
}

/**
 * The second pass of extraction: counts across every file's first extraction which lines stand
 * outside the article in several files (./furniture.ts), and extracts again, with those lines
 * known as furniture, the few files that kept one. The result is cached under a key that adds the
 * file's learned lines to its own (`keys[i]` becomes that key), so adding a file that makes a line
 * repeated re-extracts exactly the files that print it, and removing it restores their first extraction.
 * Returns the first extractions it replaced, by their keys.
 */
async function extractAgainWithLearnedFurniture(
  contentDir: string,
  files: readonly string[],
  keys: string[],
  entries: (CacheEntry | undefined)[],
  errors: Map<number, string>,
  cached: ReadonlyMap<string, CacheEntry>,
  day: string,
  options: ExtractOptions,
  extracted: [string, CacheEntry][],
  pool: PoolOptions,
): Promise<Map<string, CacheEntry>> {
  const firstPass = new Map<string, CacheEntry>();
  const learned = learnFurniture(entries.map((e) => (e?.outcome.ok ? e.outcome.repeatables : undefined)));
  const again: { file: string; bytes: Uint8Array; knownFurniture: Map<number, string>; index: number; key: string }[] = [];
  for (const [i, entry] of entries.entries()) {
    if (!entry?.outcome.ok) continue;
    const known = knownFurnitureFor(entry.outcome.repeatables, learned);
    if (known === null) continue;
    const key = createHash("sha256").update(keys[i]!).update("\0").update(furnitureFingerprint(known)).digest("base64url");
    firstPass.set(keys[i]!, entry);
    keys[i] = key;
    const hit = cached.get(key);
    if (hit && reusableOn(hit, day)) entries[i] = hit;
    else again.push({ file: files[i]!, bytes: await readFile(path.join(contentDir, files[i]!)), knownFurniture: known, index: i, key });
  }
  if (again.length === 0) return firstPass;
  await extractAll(again, options, (j, outcome) => {
    const { index, key } = again[j]!;
    if (outcome.ok === "error" || outcome.ok === "timeout") {
      errors.set(index, outcome.ok === "error" ? `could not be processed: ${outcome.message}` : timeLimitReason(outcome.seconds * 1000));
      entries[index] = undefined;
      return;
    }
    entries[index] = { outcome, extractedOn: day };
    extracted.push([key, entries[index]]);
  }, pool);
  return firstPass;
}

/**
 * Reads the content folder and writes one Markdown file per article into `outDir`, leaving it
 * with exactly the Markdown files of the current articles. With a `cacheFile`, files whose bytes were
 * extracted before (same path and extractor code, on a day whose date still holds) are taken
 * from the cache, the others are extracted on worker threads, and only Markdown files whose
 * source changed are written. Each file's extraction has a time limit (`pool`, see pool.ts).
 */
export async function ingest(
  contentDir: string,
  outDir: string,
  options: ExtractOptions = {},
  onFile: FileProgress = () => {},
  cacheFile?: string,
  pool: PoolOptions = {},
): Promise<IngestResult> {
  await mkdir(outDir, { recursive: true });
  const corrections = await loadCorrections(contentDir);
  const result: IngestResult = { articles: [], skipped: [], corrections: { file: corrections.file, applied: 0, unknownIds: [], problems: corrections.problems } };
  const files = await listRawFiles(contentDir);
  const version = await extractorVersion();
  const day = (options.today ?? new Date()).toISOString().slice(0, 10);
  const cache = cacheFile ? await loadCache(cacheFile) : { entries: new Map<string, CacheEntry>(), lines: 0 };
  const keys: string[] = [];
  const entries: (CacheEntry | undefined)[] = [];
  // Why a file has no outcome: unreadable, failed or too slow; the skip reason as reported.
  const errors = new Map<number, string>();
  const toExtract: { file: string; bytes: Uint8Array; index: number }[] = [];
  // Read a batch at a time: one file after another spends most of its time waiting on each read.
  for (let start = 0; start < files.length; start += CONCURRENT_READS) {
    const batch = files.slice(start, start + CONCURRENT_READS);
    const read = await Promise.allSettled(batch.map((file) => readFile(path.join(contentDir, file))));
    read.forEach((outcome, k) => {
      const i = start + k;
      if (outcome.status === "rejected") {
        // Unreadable, removed since it was listed, or a link to nothing: skipped with the reason, never fatal.
        errors.set(i, `could not be processed: ${(outcome.reason as Error).message}`);
        return;
      }
      keys[i] = cacheKey(version, files[i]!, outcome.value);
      const cached = cache.entries.get(keys[i]!);
      if (cached && reusableOn(cached, day)) entries[i] = cached;
      else {
        // The first file to extract starts a worker loading while the rest are read.
        if (toExtract.length === 0) warmUp();
        toExtract.push({ file: files[i]!, bytes: outcome.value, index: i });
      }
    });
  }
  let done = files.length - toExtract.length;
  onFile(done, files.length);
  const extracted: [string, CacheEntry][] = [];
  await extractAll(toExtract, options, (j, outcome) => {
    const { index } = toExtract[j]!;
    if (outcome.ok === "error") errors.set(index, `could not be processed: ${outcome.message}`);
    else if (outcome.ok === "timeout") errors.set(index, timeLimitReason(outcome.seconds * 1000));
    else {
      entries[index] = { outcome, extractedOn: day };
      extracted.push([keys[index]!, entries[index]]);
    }
    onFile(++done, files.length);
  }, pool);
  // The first extraction of files extracted again stays cached: the next build starts from it.
  const firstPass = await extractAgainWithLearnedFurniture(contentDir, files, keys, entries, errors, cache.entries, day, options, extracted, pool);

  const markdown: MarkdownFile[] = [];
  const live = new Map<string, CacheEntry>(firstPass);
  for (const [i, file] of files.entries()) {
    const entry = entries[i];
    if (!entry) {
      result.skipped.push({ file, reason: errors.get(i) ?? "could not be processed: unknown error" });
      continue;
    }
    live.set(keys[i]!, entry);
    const { outcome } = entry;
    if (!outcome.ok) {
      result.skipped.push({ file, reason: outcome.reason });
      continue;
    }
    let frontMatter = outcome.frontMatter;
    const correction = corrections.byId.get(frontMatter.id);
    if (correction) {
      frontMatter = applyCorrection(frontMatter, correction);
      result.corrections.applied++;
    }
    rememberRenderedMarkdown(outcome.body, outcome.html);
    const name = `${createHash("sha1").update(frontMatter.id).digest("hex").slice(0, 16)}.md`;
    const markdownPath = path.join(outDir, name);
    // What the file is written from: the cached outcome (its key and day) and the correction applied to it.
    const source = createHash("sha1").update(keys[i]!).update("\0").update(entry.extractedOn).update("\0").update(JSON.stringify(correction ?? null)).digest("base64url");
    markdown.push({ name, source, frontMatter, body: outcome.body });
    result.articles.push({ frontMatter, body: outcome.body, markdownPath, removed: outcome.removedLines });
  }
  await updateMarkdownFolder(outDir, markdown, cacheFile && writtenFileFor(cacheFile));

  if (cacheFile) {
    // Lines of files that are gone, changed or re-extracted stay in the file until it is compacted.
    const stale = cache.lines + extracted.length - live.size;
    if (stale > 0 && stale >= MAX_STALE_LINES_PER_LIVE * live.size) await saveCache(cacheFile, live);
    else if (extracted.length > 0) await appendCache(cacheFile, extracted);
  }
  result.corrections.unknownIds = unknownCorrectionIds(corrections, files.map(articleId));
  return result;
}
