/**
 * The ingest cache: what extraction made of each raw file, kept between builds so a rebuild only
 * extracts files that changed, and reads and hashes only files whose size or times changed.
 *
 * It is a folder (one per content folder) of two parts:
 * - `catalogue.ndjson`: one small record per raw file (`FileRecord`: its path, a stamp of its size
 *   and times, the key of its bytes, and what extraction made of it without the text: front-matter,
 *   summary, same-story sketch). Every build reads it whole (the site model needs every article's
 *   record); new records are appended and a later line for a file replaces an earlier one; it is
 *   rewritten once half its lines are superseded.
 * - `texts/<xx>/<key>.json`: the article's text (`ArticleText`: Markdown body, its HTML, the lines
 *   removed as boilerplate), one file per cache key, read only when a page showing it is rendered.
 *
 * Keys are the file's bytes, its path and the code of the extractor; a record also holds the day it
 * was made on, and an article the first later day that could change its date (dates are bounded by
 * today), so a new day re-extracts only the files whose date could have changed.
 */
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { readdir, readFile, rename, mkdir, writeFile, rm, stat } from "node:fs/promises";
import { once } from "node:events";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FrontMatter } from "../schema.ts";
import type { RemovedLine } from "../extract/types.ts";
import type { StorySketch } from "../site/story-sketch.ts";
import type { FileRepeatables } from "./furniture.ts";
import { hashModuleGraph } from "../source-hash.ts";

/**
 * What one raw file became, as the catalogue keeps it: an article's record without its text, or
 * the reason the file was skipped. A record, open to more fields: anything extraction learns per
 * file that later builds need for every file at once (without reading the texts) goes here.
 */
export type CachedRaw =
  | {
      ok: true;
      frontMatter: FrontMatter;
      /** The first sentence of the lead (src/site/summary.ts). */
      summary: string;
      /** For finding the same story told twice (src/site/duplicates.ts). */
      story: StorySketch;
      /** How many raw lines extraction removed as boilerplate. */
      removedCount: number;
      /** The first later day on which the article's date could come out differently (see extractDate). */
      recheckOn: string | null;
    }
  | { ok: false; reason: string };

/** An article's text, kept apart from its record and read only when a page shows it. */
export interface ArticleText {
  /** Markdown body. */
  body: string;
  /** The body rendered to sanitized HTML (src/render/markdown.ts). */
  html: string;
  /** Raw lines dropped as boilerplate, with line numbers and reasons. */
  removedLines: RemovedLine[];
  /**
   * Every raw line as the article's review text file lists it (reviewLinesJson in
   * src/editors/review-lines.ts), so the build writes that file without decoding the raw file
   * again; absent from texts cached before it was kept.
   */
  review?: string;
}

/** Where articles' texts are read from, by cache key. */
export interface TextStore {
  get(key: string): Promise<ArticleText>;
}

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The code whose output the cache holds: the extraction worker and every module it imports (the
 * review lines made at extraction included), and the rest of the ingest; any change to these files
 * invalidates every entry.
 */
export const EXTRACTOR_ENTRIES = ["ingest/worker.ts", "ingest/index.ts"];

let version: Promise<string> | undefined;

/** A hash of the extractor's modules (EXTRACTOR_ENTRIES and what they import), computed once per process. */
export function extractorVersion(): Promise<string> {
  version ??= hashModuleGraph(SRC, EXTRACTOR_ENTRIES);
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

/** One raw file in the catalogue. */
export interface FileRecord {
  /** Path relative to the content folder, with "/". */
  file: string;
  /** The file's size and times when it was last read (`fileStamp`): unchanged, the bytes are not read again. */
  stamp: string;
  /** `cacheKey` of its bytes; also names its text (see textKeyOf). */
  key: string;
  entry: CacheEntry;
  /**
   * The lines its first extraction kept that may repeat across the archive (./furniture.ts): the
   * archive's furniture is learned from every file's, whichever extraction its entry holds.
   */
  repeatables?: FileRepeatables;
  /** When the entry is a second extraction, with lines the archive shows to be furniture: their fingerprint. */
  learned?: string;
}

/** The key an article's text is kept under: its bytes' key, or with the furniture it was extracted again with. */
export function textKeyOf(record: Pick<FileRecord, "key" | "learned">): string {
  return record.learned === undefined ? record.key : createHash("sha256").update(record.key).update("\0").update(record.learned).digest("base64url");
}

/**
 * A file's size, modification and change times and inode. A write changes the change time, which
 * no tool sets back (unlike the modification time), so an unchanged stamp means unchanged bytes.
 */
export function fileStamp(s: { size: number; mtimeMs: number; ctimeMs: number; ino: number }): string {
  return `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
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

/** The catalogue's first line: the format and the extractor version its records were made with. */
interface CatalogueHeader {
  catalogue: number;
  version: string;
}

/** Bumped when the records change shape; another format is read as an empty cache. */
const CATALOGUE_FORMAT = 3;

/**
 * The catalogue is rewritten without its superseded lines once they are as many as the live ones
 * (after a change to the extractor, rewriting costs what appending would); until then new records
 * are appended, so a rebuild after one change writes one line.
 */
const MAX_STALE_LINES_PER_LIVE = 1;

/** The ingest cache of one content folder (see the module comment). */
export class IngestCache implements TextStore {
  private constructor(
    readonly dir: string,
    readonly version: string,
    /** The catalogue's records by raw file. */
    readonly records: Map<string, FileRecord>,
    /** Lines in the catalogue file, superseded and unreadable ones included (0: no usable file). */
    private lines: number,
  ) {}

  get catalogueFile(): string {
    return catalogueIn(this.dir);
  }

  /** How many lines the catalogue file holds. */
  get lineCount(): number {
    return this.lines;
  }

  /**
   * Opens the cache in `dir` for extractor `version`. A missing or unreadable catalogue, or one
   * made by another extractor, is an empty cache; a line cut short by an interrupted write is skipped.
   * A process that builds again (npm start) gets the cache it had, unless the catalogue file changed
   * on disk since this process last read or wrote it.
   */
  static async open(dir: string, version: string): Promise<IngestCache> {
    const stamp = await catalogueStamp(dir);
    const kept = opened.get(dir);
    if (kept && kept.cache.version === version && kept.stamp === stamp && stamp !== null) return kept.cache;
    const cache = await IngestCache.read(dir, version);
    opened.set(dir, { cache, stamp: await catalogueStamp(dir) });
    return cache;
  }

  private static async read(dir: string, version: string): Promise<IngestCache> {
    const cache = new IngestCache(dir, version, new Map(), 0);
    try {
      // Read whole and split: far faster than a line reader, and a catalogue is a few kB an article.
      const text = await readFile(cache.catalogueFile, "utf8");
      let header: CatalogueHeader | null = null;
      for (const line of text.split("\n")) {
        if (!line) continue;
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch {
          cache.lines++;
          continue;
        }
        if (header === null) {
          header = parsed as CatalogueHeader;
          if (header?.catalogue !== CATALOGUE_FORMAT || header.version !== version) break;
          cache.lines++;
          continue;
        }
        cache.lines++;
        const record = parsed as FileRecord;
        if (typeof record?.file !== "string" || typeof record.key !== "string" || typeof record.entry?.extractedOn !== "string") continue;
        cache.records.set(record.file, record);
      }
      if (header?.catalogue !== CATALOGUE_FORMAT || header.version !== version) {
        cache.records.clear();
        cache.lines = 0;
      }
    } catch {
      // No catalogue yet (or an unreadable one): everything is extracted and the file rewritten.
      cache.records.clear();
      cache.lines = 0;
    }
    return cache;
  }

  /** The file an article's text is kept in. */
  textFile(key: string): string {
    return path.join(this.dir, "texts", key.slice(0, 2), `${key}.json`);
  }

  /** Reads an article's text. */
  async get(key: string): Promise<ArticleText> {
    return JSON.parse(await readFile(this.textFile(key), "utf8")) as ArticleText;
  }

  /** Writes an article's text (beside its final name, then renamed, so a reader never sees half of it). */
  async putText(key: string, text: ArticleText): Promise<void> {
    const file = this.textFile(key);
    await mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(text));
    await rename(temp, file);
  }

  /**
   * Records the catalogue after a build: `changed` are the records made or restamped by it, `live`
   * every record of a file that is still there. Appends the changed ones, or rewrites the file with
   * the live ones once the superseded lines are as many, then deletes texts no live record names.
   */
  async save(changed: readonly FileRecord[], live: ReadonlyMap<string, FileRecord>): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const stale = this.lines === 0 ? 0 : this.lines - 1 + changed.length - live.size;
    if (this.lines === 0 || (stale > 0 && stale >= MAX_STALE_LINES_PER_LIVE * live.size)) {
      const temp = `${this.catalogueFile}.${process.pid}.tmp`;
      await writeLines(temp, [{ catalogue: CATALOGUE_FORMAT, version: this.version }, ...live.values()], "w");
      await rename(temp, this.catalogueFile);
      this.lines = live.size + 1;
      await this.dropTextsExcept(new Set([...live.values()].map(textKeyOf)));
    } else if (changed.length > 0) {
      await writeLines(this.catalogueFile, changed, "a");
      this.lines += changed.length;
    }
    for (const record of changed) this.records.set(record.file, record);
    for (const file of [...this.records.keys()]) if (!live.has(file)) this.records.delete(file);
    opened.set(this.dir, { cache: this, stamp: await catalogueStamp(this.dir) });
  }

  /** Deletes the texts whose key is not in `keep` (texts of changed and removed files). */
  private async dropTextsExcept(keep: ReadonlySet<string>): Promise<void> {
    const root = path.join(this.dir, "texts");
    const folders = await readdir(root).catch(() => [] as string[]);
    for (const folder of folders) {
      for (const name of await readdir(path.join(root, folder)).catch(() => [] as string[])) {
        if (!keep.has(name.replace(/\.json$/, ""))) await rm(path.join(root, folder, name), { force: true });
      }
    }
  }
}

/** The caches this process opened, by folder, with the catalogue's stamp when it last read or wrote it. */
const opened = new Map<string, { cache: IngestCache; stamp: string | null }>();

/** The catalogue file in a cache folder. */
function catalogueIn(dir: string): string {
  return path.join(dir, "catalogue.ndjson");
}

/** When the catalogue in `dir` was last written (its change time, epoch ms), or null when there is none. */
export async function catalogueChangedAt(dir: string): Promise<number | null> {
  const s = await stat(catalogueIn(dir)).catch(() => null);
  return s ? s.ctimeMs : null;
}

/** The catalogue file's stamp (size and times, as fileStamp), or null when there is none. */
async function catalogueStamp(dir: string): Promise<string | null> {
  const s = await stat(catalogueIn(dir)).catch(() => null);
  return s ? fileStamp(s) : null;
}

/** Writes values as NDJSON lines to `file`, appending or replacing it, streamed (a large catalogue is tens of megabytes). */
async function writeLines(file: string, values: Iterable<unknown>, flags: "a" | "w"): Promise<void> {
  const out = createWriteStream(file, { encoding: "utf8", flags });
  for (const value of values) {
    if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

/** Texts kept in memory, for an ingest without a cache folder. */
export class MemoryTexts implements TextStore {
  private readonly texts = new Map<string, ArticleText>();

  async get(key: string): Promise<ArticleText> {
    const text = this.texts.get(key);
    if (!text) throw new Error(`no text for ${key}`);
    return text;
  }

  put(key: string, text: ArticleText): void {
    this.texts.set(key, text);
  }
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
