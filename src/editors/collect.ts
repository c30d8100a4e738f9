/**
 * Gathers the review data of a build: flags and duplicates from the site model, removed lines from
 * ingest. Each article's raw lines come with its text from the ingest cache, made by its
 * extraction, when its review text file is written, a few at a time, so a large archive's raw text
 * is never all in memory at once (a text cached before they were kept has its raw file read again).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { IngestedArticle, SkippedFile } from "../ingest/index.ts";
import type { SiteModel } from "../site/model.ts";
import { correctionsPath } from "../ingest/corrections.ts";
import { buildReview, reviewLines, type ReviewEntry, type ReviewLine } from "./review.ts";
import { reviewTextJson, reviewTextUrl } from "./review-text.ts";
import { PageWriter } from "../render/writer.ts";
import type { TextStore } from "../ingest/cache.ts";
import type { RemovedLine } from "../extract/types.ts";

/** What the /bien-tap/ pages receive as the `review` global data. */
export interface ReviewData {
  /** In the site's order (newest first). */
  entries: ReviewEntry[];
  skipped: SkippedFile[];
  /** The content folder the raw files are read from (default content/raw). */
  contentDir?: string;
  /** The corrections file of this content folder, relative to the working folder (default content/corrections.yaml). */
  correctionsFile?: string;
}

/** Where raw files are when the review data does not say. */
const DEFAULT_CONTENT_DIR = "content/raw";

/** Where corrections go when the review data does not say. */
export const DEFAULT_CORRECTIONS_FILE = "content/corrections.yaml";

/** The decoded text of a raw file, or null when it cannot be read again. */
export async function readRawText(contentDir: string, file: string): Promise<string | null> {
  try {
    // Loaded when first needed: a build writes review texts from the ingest cache (ArticleText.review).
    const { decodeRaw } = await import("../ingest/decode.ts");
    const decoded = decodeRaw(await readFile(path.join(contentDir, file)));
    return decoded.ok ? decoded.text : null;
  } catch {
    return null;
  }
}

/** An article's raw lines marked kept or removed; empty when the raw file cannot be read again. */
export async function readReviewLines(contentDir: string | undefined, file: string, removed: readonly RemovedLine[]): Promise<ReviewLine[]> {
  const text = await readRawText(contentDir ?? DEFAULT_CONTENT_DIR, file);
  return text === null ? [] : reviewLines(text, removed);
}

/** Texts (or raw files) read at a time while review text files are written. */
const CONCURRENT_READS = 16;

/**
 * Writes the review text file (src/editors/review-text.ts) of each entry into the site folder
 * `outDir`, from its lines kept with its text in `texts` since its extraction, or else from the
 * raw file read again with the removed lines of its text.
 */
export async function writeReviewTexts(entries: readonly ReviewEntry[], contentDir: string, outDir: string, texts: TextStore): Promise<void> {
  const writer = new PageWriter();
  const linesOf = async (entry: ReviewEntry): Promise<readonly ReviewLine[] | string> => {
    const text = entry.textKey === null ? null : await texts.get(entry.textKey);
    return text?.review ?? readReviewLines(contentDir, entry.file, text?.removedLines ?? []);
  };
  for (let start = 0; start < entries.length; start += CONCURRENT_READS) {
    const batch = entries.slice(start, start + CONCURRENT_READS);
    const lines = await Promise.all(batch.map(linesOf));
    for (const [i, entry] of batch.entries()) {
      await writer.write(path.join(outDir, reviewTextUrl(entry.id)), reviewTextJson(entry.id, entry.file, lines[i]!));
    }
  }
  await writer.finish();
}

/** Review data for the articles of one build. */
export function collectReview(
  contentDir: string,
  articles: readonly IngestedArticle[],
  skipped: readonly SkippedFile[],
  model: SiteModel,
): ReviewData {
  const byId = new Map(articles.map((a) => [a.frontMatter.id, a]));
  const idByUrl = new Map(model.articles.map((a) => [a.url, a.fm.id]));
  const inputs = model.articles.map((a) => ({
    frontMatter: a.fm,
    removedCount: byId.get(a.fm.id)?.removedCount ?? 0,
    textKey: byId.get(a.fm.id)?.textKey,
    url: a.url,
    sameStory: a.sameStory.map((s) => idByUrl.get(s.url) ?? s.url),
  }));
  return { entries: buildReview(inputs), skipped: [...skipped], contentDir, correctionsFile: path.relative(".", correctionsPath(contentDir)) };
}
