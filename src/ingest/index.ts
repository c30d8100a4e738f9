/**
 * Ingest stage: every raw file under the content folder becomes an article (Markdown with
 * YAML front-matter, written with gray-matter) or a skipped file with its reason.
 */
import { readdir, readFile, mkdir, unlink } from "node:fs/promises";
import { statSync } from "node:fs";
import { createHash, hash } from "node:crypto";
import path from "node:path";
import matter from "gray-matter";
import { articleId } from "./article-id.ts";
import {
  extractorVersion, catalogueChangedAt, cacheKey, fileStamp, reusableOn, loadWritten, saveWritten, textKeyOf, IngestCache, MemoryTexts,
  type ArticleText, type FileRecord, type TextStore, type WrittenMarkdown,
} from "./cache.ts";
import { extractAll, timeLimitReason, warmUp, type PoolOptions } from "./pool.ts";
import { FurnitureCounts, furnitureFingerprint } from "./furniture.ts";
import type { FileOutcome } from "./extract-file.ts";
import { loadCorrections, applyCorrection, unknownCorrectionIds } from "./corrections.ts";
import { PageWriter } from "../render/writer.ts";
import type { FrontMatter } from "../schema.ts";
import type { ExtractOptions } from "../extract/index.ts";
import type { StorySketch } from "../site/story-sketch.ts";
import { settledLater } from "../settled-later.ts";

/** Called after each raw file with how many are done out of how many. */
export type FileProgress = (done: number, total: number) => void;

/**
 * An ingested article: its front-matter (corrections applied), what lists show of it, and where
 * its text is (read from `IngestResult.texts` only when a page shows it).
 */
export interface IngestedArticle {
  frontMatter: FrontMatter;
  /** The first sentence of the lead. */
  summary: string;
  /** For finding the same story told twice (src/site/duplicates.ts). */
  story: StorySketch;
  /** Names the article's text (body, HTML, removed lines) in `IngestResult.texts`. */
  textKey: string;
  /** How many raw lines extraction removed as boilerplate. */
  removedCount: number;
  markdownPath: string;
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
  /** The articles' texts, by `textKey`. */
  texts: TextStore;
  /** Each raw file's stamp (size and times, see fileStamp) as this ingest saw it. */
  stamps: Map<string, string>;
  /** How many raw files were extracted (not taken from the cache). */
  extracted: number;
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

/** Raw files read (or looked at) at a time. */
const CONCURRENT_READS = 32;

/**
 * Raw files handed to the extraction workers at a time: a large archive's raw bytes are never all
 * in memory, and a batch is long enough (tens of seconds) that its last file barely idles a core.
 */
const EXTRACT_BATCH = 1024;

/**
 * The most files written since the catalogue was that are extracted before it is read: an edit
 * (a file or two changed or added) is extracted on a worker while the main thread reads the
 * catalogue (10,000 articles: about 0.3 s), instead of after it. More files than this are a batch
 * of new ones (or a first build), extracted in the ordinary way.
 */
const EARLY_FILES = 16;

/** The Markdown files ingest writes are named by a hash of the article id; other files in the folder are left alone. */
const MARKDOWN_NAME = /^[0-9a-f]{16}\.md$/;

/** The name of an article's Markdown file. */
function markdownName(id: string): string {
  return `${hash("sha1", id, "hex").slice(0, 16)}.md`;
}

/** The record of written Markdown files kept in the cache folder. */
function writtenFileFor(cacheDir: string): string {
  return path.join(cacheDir, "markdown-written.json");
}

/** The skip reason of a file that could not be read or extracted. */
function unprocessable(message: string): string {
  return `could not be processed: ${message}`;
}

/** Runs `work` on each item, `limit` at a time, in order of start. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) await work(items[i]!, i);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** The archive's furniture counts, brought up to date by each ingest of this process (see FurnitureCounts). */
const furnitureCounts = new FurnitureCounts();

/**
 * Reads the content folder and writes one Markdown file per article into `outDir`, leaving it
 * with exactly the Markdown files of the current articles. With a `cacheDir` (see cache.ts), files
 * whose size and times are unchanged are not read at all, files whose bytes were extracted before
 * (same path and extractor code, on a day whose date still holds) are taken from the cache, the
 * others are extracted on worker threads, each within a time limit (`pool`, see pool.ts), and only
 * Markdown files whose source changed are written. Lines that the archive shows to be furniture
 * (standing outside the article in several files, ./furniture.ts) are learned from every file's
 * first extraction, and the few files that kept one are extracted again with them known.
 */
export async function ingest(
  contentDir: string,
  outDir: string,
  options: ExtractOptions = {},
  onFile: FileProgress = () => {},
  cacheDir?: string,
  pool: PoolOptions = {},
): Promise<IngestResult> {
  await mkdir(outDir, { recursive: true });
  const corrections = await loadCorrections(contentDir);
  const files = await listRawFiles(contentDir);

  // 1. Each file's stamp. One stat after another: the file system answers from memory, faster than a queue of promises.
  const stamps: (string | null)[] = new Array(files.length).fill(null);
  // Why a file has no record: unreadable, failed or too slow; the skip reason as reported.
  const errors = new Map<number, string>();
  const ctimes: number[] = new Array(files.length).fill(-Infinity);
  let lastChange = -Infinity;
  for (const [i, file] of files.entries()) {
    let s;
    try {
      s = statSync(path.join(contentDir, file));
    } catch (error) {
      // Removed since it was listed, or a link to nothing: skipped with the reason, never fatal.
      errors.set(i, unprocessable((error as Error).message));
      continue;
    }
    stamps[i] = fileStamp(s);
    ctimes[i] = s.ctimeMs;
    if (s.ctimeMs > lastChange) lastChange = s.ctimeMs;
  }
  // A file written since the catalogue was (or any file, without one) will be extracted: a worker
  // starts loading the extractor now, while the catalogue is read (10,000 articles: about 0.3 s).
  // Not on every build: a build with nothing to extract took about 0.25 s longer with a worker
  // loading beside it (BENCHMARKS.md). A file whose stamp changed otherwise starts one below.
  const catalogueTime = (cacheDir ? await catalogueChangedAt(cacheDir) : null) ?? -Infinity;
  if (lastChange > catalogueTime) warmUp();
  // A few files written since the catalogue was: extracted now (EARLY_FILES); the catalogue says
  // below whether their bytes did change, and an extraction of unchanged bytes is dropped.
  const newer = cacheDir && catalogueTime > -Infinity ? files.flatMap((_, i) => (stamps[i] !== null && ctimes[i]! > catalogueTime ? [i] : [])) : [];
  const extractingEarly = new Set(newer.length <= EARLY_FILES ? newer : []);
  const early = extractingEarly.size > 0 ? settledLater(extractEarly(contentDir, files, newer, options, pool)) : null;

  const version = await extractorVersion();
  const day = (options.today ?? new Date()).toISOString().slice(0, 10);
  const cache = cacheDir ? await IngestCache.open(cacheDir, version) : null;
  const memory = cache ? null : new MemoryTexts();
  const texts: TextStore = cache ?? memory!;

  // Which files may have changed: those whose stamp differs from the catalogue's (or whose date is due a recheck).
  const records: (FileRecord | undefined)[] = new Array(files.length);
  for (const [i, file] of files.entries()) {
    const known = cache?.records.get(file);
    if (known && known.stamp === stamps[i] && reusableOn(known.entry, day)) records[i] = known;
  }
  const toRead = files.flatMap((_, i) => (records[i] === undefined && !errors.has(i) ? [i] : []));
  if (toRead.some((i) => !extractingEarly.has(i))) warmUp();

  // 2. The Markdown folder as the last ingest left it; files about to change are forgotten first,
  //    so that a build stopped half-way rewrites them next time.
  const writtenFile = cacheDir ? writtenFileFor(cacheDir) : null;
  const written: WrittenMarkdown = writtenFile ? await loadWritten(writtenFile) : new Map();
  const present = new Set((await readdir(outDir)).filter((name) => MARKDOWN_NAME.test(name)));
  if (writtenFile && toRead.length > 0) {
    const changing = new Set(toRead.map((i) => markdownName(articleId(files[i]!))));
    await saveWritten(writtenFile, new Map([...written].filter(([name]) => !changing.has(name))));
  }
  const writer = new PageWriter();
  const nowWritten: WrittenMarkdown = new Map();
  /** What an article's Markdown file is written from: its record (key and day) and the correction applied to it. */
  const sourceOf = (record: FileRecord, correction: unknown) =>
    createHash("sha1").update(textKeyOf(record)).update("\0").update(record.entry.extractedOn).update("\0").update(JSON.stringify(correction ?? null)).digest("base64url");
  /** Writes an article's Markdown file when it is missing or its source changed; `body` is read from the texts when not given. */
  const writeMarkdown = async (record: FileRecord, body?: string): Promise<void> => {
    const { outcome } = record.entry;
    if (!outcome.ok) return;
    const correction = corrections.byId.get(outcome.frontMatter.id);
    const name = markdownName(outcome.frontMatter.id);
    const source = sourceOf(record, correction);
    nowWritten.set(name, source);
    if (present.has(name) && written.get(name) === source) return;
    const frontMatter = correction ? applyCorrection(outcome.frontMatter, correction) : outcome.frontMatter;
    await writer.write(path.join(outDir, name), toMarkdownFile(frontMatter, body ?? (await texts.get(textKeyOf(record))).body));
  };

  // 3. Read the others, a batch at a time: unchanged bytes keep their record (restamped), changed ones are extracted.
  let done = files.length - toRead.length;
  onFile(done, files.length);
  const changed = new Map<string, FileRecord>();
  let extracted = 0;
  const fail = (i: number, outcome: Exclude<FileOutcome, { ok: "done" }>) =>
    errors.set(i, outcome.ok === "error" ? unprocessable(outcome.message) : timeLimitReason(outcome.seconds * 1000));
  /** Keeps a new record and its text: the text written now and let go (a large archive's texts are never all in memory). */
  const keep = async (i: number, record: FileRecord, text: ArticleText | null) => {
    extracted++;
    records[i] = record;
    changed.set(record.file, record);
    if (!text) return;
    if (cache) await writer.write(cache.textFile(textKeyOf(record)), JSON.stringify(text));
    else memory!.put(textKeyOf(record), text);
    await writeMarkdown(record, text.body);
  };
  /** Keeps file `i`'s first extraction (or the reason it has none). */
  const extractedFirst = async (i: number, bytes: Uint8Array, outcome: FileOutcome) => {
    onFile(++done, files.length);
    if (outcome.ok !== "done") return void fail(i, outcome);
    const key = cacheKey(version, files[i]!, bytes);
    await keep(i, { file: files[i]!, stamp: stamps[i]!, key, entry: { outcome: outcome.raw, extractedOn: day }, repeatables: outcome.repeatables }, outcome.text);
  };
  const extractedEarly = (await early) ?? new Map<number, Extracted>();
  for (let start = 0; start < toRead.length; start += EXTRACT_BATCH) {
    const tasks: { file: string; bytes: Uint8Array; index: number }[] = [];
    await eachLimited(toRead.slice(start, start + EXTRACT_BATCH), CONCURRENT_READS, async (i) => {
      const extracted = extractedEarly.get(i);
      let bytes: Uint8Array;
      try {
        bytes = extracted?.bytes ?? (await readFile(path.join(contentDir, files[i]!)));
      } catch (error) {
        errors.set(i, unprocessable((error as Error).message));
        onFile(++done, files.length);
        return;
      }
      const key = cacheKey(version, files[i]!, bytes);
      const known = cache?.records.get(files[i]!);
      if (known && known.key === key && reusableOn(known.entry, day)) {
        records[i] = { ...known, stamp: stamps[i]! };
        changed.set(files[i]!, records[i]);
        onFile(++done, files.length);
        return;
      }
      if (extracted) await extractedFirst(i, bytes, extracted.outcome);
      else tasks.push({ file: files[i]!, bytes, index: i });
    });
    await extractAll(tasks, options, (j, outcome) => extractedFirst(tasks[j]!.index, tasks[j]!.bytes, outcome), pool);
  }

  // 3b. What the archive shows to be furniture, learned from every file's first extraction; a file
  //     whose learned lines differ from those its record was made with is extracted again (a file
  //     that now has none, with none), keeping its first extraction's lines for the next build.
  furnitureCounts.update(records.map((record) => record?.repeatables));
  const again: { index: number; known: Map<number, string> | null }[] = [];
  for (const [i, record] of records.entries()) {
    if (!record?.repeatables) continue;
    const known = furnitureCounts.knownFor(record.repeatables);
    if ((known === null ? undefined : furnitureFingerprint(known)) !== record.learned) again.push({ index: i, known });
  }
  for (let start = 0; start < again.length; start += EXTRACT_BATCH) {
    const tasks: { file: string; bytes: Uint8Array; knownFurniture?: Map<number, string>; index: number }[] = [];
    await eachLimited(again.slice(start, start + EXTRACT_BATCH), CONCURRENT_READS, async ({ index, known }) => {
      // Unreadable now: the file keeps its first extraction, and the next build tries again.
      const bytes = await readFile(path.join(contentDir, files[index]!)).catch(() => null);
      if (bytes) tasks.push({ file: files[index]!, bytes, knownFurniture: known ?? undefined, index });
    });
    await extractAll(tasks, options, async (j, outcome) => {
      const { index, knownFurniture } = tasks[j]!;
      // A second extraction that fails leaves the first one standing (it is retried next build).
      if (outcome.ok !== "done") return;
      const first = records[index]!;
      const learnedWith = knownFurniture ? furnitureFingerprint(knownFurniture) : undefined;
      await keep(index, { ...first, entry: { outcome: outcome.raw, extractedOn: day }, learned: learnedWith }, outcome.text);
    }, pool);
  }

  // 4. The articles in file order; the Markdown files of unchanged articles whose correction changed.
  const result: IngestResult = {
    articles: [],
    skipped: [],
    corrections: { file: corrections.file, applied: 0, unknownIds: [], problems: corrections.problems },
    texts,
    stamps: new Map(files.flatMap((file, i) => (stamps[i] ? [[file, stamps[i]!] as const] : []))),
    extracted,
  };
  const live = new Map<string, FileRecord>();
  const rewrite: FileRecord[] = [];
  for (const [i, file] of files.entries()) {
    const record = records[i];
    if (!record) {
      result.skipped.push({ file, reason: errors.get(i) ?? "could not be processed: unknown error" });
      continue;
    }
    live.set(file, record);
    const { outcome } = record.entry;
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
    const name = markdownName(frontMatter.id);
    // Extracted now: its file was handled then. Otherwise written only if missing or its correction changed.
    if (!nowWritten.has(name)) rewrite.push(record);
    result.articles.push({
      frontMatter,
      summary: outcome.summary,
      story: outcome.story,
      textKey: textKeyOf(record),
      removedCount: outcome.removedCount,
      markdownPath: path.join(outDir, name),
    });
  }
  await eachLimited(rewrite, CONCURRENT_READS, (record) => writeMarkdown(record));
  await writer.finish();
  const gone = [...present].filter((name) => !nowWritten.has(name));
  await eachLimited(gone, CONCURRENT_READS, (name) => unlink(path.join(outDir, name)).catch(() => {}));
  if (writtenFile && (toRead.length > 0 || !sameEntries(written, nowWritten))) await saveWritten(writtenFile, nowWritten);
  // Records of files that are gone, changed or re-extracted stay in the catalogue until it is compacted.
  if (cache && (changed.size > 0 || live.size !== cache.records.size)) await cache.save([...changed.values()], live);
  result.corrections.unknownIds = unknownCorrectionIds(corrections, files.map(articleId));
  return result;
}

/** A file's bytes as read, and what extracting them gave. */
interface Extracted {
  bytes: Uint8Array;
  outcome: FileOutcome;
}

/** Extracts the files `indices` of `files` (a file that cannot be read now is left to the ordinary reading, which reports it). */
async function extractEarly(
  contentDir: string,
  files: readonly string[],
  indices: readonly number[],
  options: ExtractOptions,
  pool: PoolOptions,
): Promise<Map<number, Extracted>> {
  const read = await Promise.all(indices.map((i) => readFile(path.join(contentDir, files[i]!)).then((bytes) => ({ i, bytes }), () => null)));
  const tasks = read.flatMap((r) => (r ? [{ file: files[r.i]!, bytes: r.bytes, index: r.i }] : []));
  const extracted = new Map<number, Extracted>();
  await extractAll(tasks, options, (j, outcome) => void extracted.set(tasks[j]!.index, { bytes: tasks[j]!.bytes, outcome }), pool);
  return extracted;
}

/** Whether two maps hold the same entries. */
function sameEntries(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}
