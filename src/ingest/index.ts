/**
 * Ingest stage: every raw file under the content folder becomes an article (Markdown with
 * YAML front-matter, written with gray-matter) or a skipped file with its reason.
 */
import { readdir, readFile, mkdir, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import path from "node:path";
import matter from "gray-matter";
import { articleId } from "./article.ts";
import { extractorVersion, cacheKey, loadCache, saveCache, type CachedRaw } from "./cache.ts";
import { extractAll } from "./pool.ts";
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

/**
 * Reads the content folder and writes one Markdown file per article into `outDir`. With a
 * `cacheFile`, files whose bytes were extracted before (same path, day and extractor code) are
 * taken from the cache; the others are extracted on worker threads.
 */
export async function ingest(
  contentDir: string,
  outDir: string,
  options: ExtractOptions = {},
  onFile: FileProgress = () => {},
  cacheFile?: string,
): Promise<IngestResult> {
  await mkdir(outDir, { recursive: true });
  const corrections = await loadCorrections(contentDir);
  const result: IngestResult = { articles: [], skipped: [], corrections: { file: corrections.file, applied: 0, unknownIds: [], problems: corrections.problems } };
  const files = await listRawFiles(contentDir);
  const version = await extractorVersion();
  const day = (options.today ?? new Date()).toISOString().slice(0, 10);
  const cache = cacheFile ? await loadCache(cacheFile) : new Map<string, CachedRaw>();
  const keys: string[] = [];
  const outcomes: (FileOutcome | undefined)[] = [];
  const toExtract: { file: string; bytes: Uint8Array; index: number }[] = [];
  for (const [i, file] of files.entries()) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path.join(contentDir, file));
    } catch (error) {
      // Unreadable, removed since it was listed, or a link to nothing: skipped with the reason, never fatal.
      outcomes[i] = { ok: "error", message: (error as Error).message };
      continue;
    }
    keys[i] = cacheKey(version, file, day, bytes);
    outcomes[i] = cache.get(keys[i]!);
    if (outcomes[i] === undefined) toExtract.push({ file, bytes, index: i });
  }
  let done = files.length - toExtract.length;
  onFile(done, files.length);
  await extractAll(toExtract, options, (j, outcome) => {
    outcomes[toExtract[j]!.index] = outcome;
    onFile(++done, files.length);
  });

  const fresh = new Map<string, CachedRaw>();
  const writes: Promise<void>[] = [];
  for (const [i, file] of files.entries()) {
    const outcome = outcomes[i]!;
    if (outcome.ok === "error") {
      result.skipped.push({ file, reason: `could not be processed: ${outcome.message}` });
      continue;
    }
    fresh.set(keys[i]!, outcome);
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
    const name = createHash("sha1").update(frontMatter.id).digest("hex").slice(0, 16);
    const markdownPath = path.join(outDir, `${name}.md`);
    writes.push(writeFile(markdownPath, toMarkdownFile(frontMatter, outcome.body)));
    if (writes.length >= CONCURRENT_WRITES) await Promise.all(writes.splice(0));
    result.articles.push({ frontMatter, body: outcome.body, markdownPath, removed: outcome.removedLines });
  }
  await Promise.all(writes);
  if (cacheFile && (toExtract.length > 0 || fresh.size !== cache.size)) await saveCache(cacheFile, fresh);
  result.corrections.unknownIds = unknownCorrectionIds(corrections, files.map(articleId));
  return result;
}
