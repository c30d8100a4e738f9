/**
 * Ingest stage: every raw file under the content folder becomes an article (Markdown with
 * YAML front-matter, written with gray-matter) or a skipped file with its reason.
 */
import { readdir, readFile, mkdir, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import path from "node:path";
import matter from "gray-matter";
import { processRaw, articleId } from "./article.ts";
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
    .filter((e) => e.isFile() && /\.txt$/i.test(e.name))
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

/** Serializes one article as Markdown with YAML front-matter. */
export function toMarkdownFile(frontMatter: FrontMatter, body: string): string {
  return matter.stringify(body, frontMatter, { engines: { yaml: YAML_WRITER } });
}

/** Reads the content folder and writes one Markdown file per article into `outDir`. */
export async function ingest(contentDir: string, outDir: string, options: ExtractOptions = {}, onFile: FileProgress = () => {}): Promise<IngestResult> {
  await mkdir(outDir, { recursive: true });
  const corrections = await loadCorrections(contentDir);
  const result: IngestResult = { articles: [], skipped: [], corrections: { file: corrections.file, applied: 0, unknownIds: [], problems: corrections.problems } };
  const files = await listRawFiles(contentDir);
  for (const [i, file] of files.entries()) {
    onFile(i, files.length);
    let processed;
    try {
      processed = processRaw(await readFile(path.join(contentDir, file)), file, options);
    } catch (error) {
      result.skipped.push({ file, reason: `could not be processed: ${(error as Error).message}` });
      continue;
    }
    if (!processed.ok) {
      result.skipped.push({ file, reason: processed.reason });
      continue;
    }
    const correction = corrections.byId.get(processed.frontMatter.id);
    if (correction) {
      processed.frontMatter = applyCorrection(processed.frontMatter, correction);
      result.corrections.applied++;
    }
    const name = createHash("sha1").update(processed.frontMatter.id).digest("hex").slice(0, 16);
    const markdownPath = path.join(outDir, `${name}.md`);
    await writeFile(markdownPath, toMarkdownFile(processed.frontMatter, processed.body));
    result.articles.push({ frontMatter: processed.frontMatter, body: processed.body, markdownPath, removed: processed.removedLines });
  }
  onFile(files.length, files.length);
  result.corrections.unknownIds = unknownCorrectionIds(corrections, files.map(articleId));
  return result;
}
