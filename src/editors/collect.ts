/** Gathers the review data of a build: raw text read again, removed lines from ingest, page URLs from the site model. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { decodeRaw } from "../ingest/decode.ts";
import type { IngestedArticle, SkippedFile } from "../ingest/index.ts";
import type { SiteModel } from "../site/model.ts";
import { correctionsPath } from "../ingest/corrections.ts";
import { buildReview, type ReviewEntry } from "./review.ts";

/** What the /bien-tap/ pages receive as the `review` global data. */
export interface ReviewData {
  /** In the site's order (newest first). */
  entries: ReviewEntry[];
  skipped: SkippedFile[];
  /** The corrections file of this content folder, relative to the working folder (default content/corrections.yaml). */
  correctionsFile?: string;
}

/** Raw files read at once when gathering the review. */
const READ_CONCURRENCY = 16;

/** Where corrections go when the review data does not say. */
export const DEFAULT_CORRECTIONS_FILE = "content/corrections.yaml";

/** The decoded text of a raw file, or null when it cannot be read again. */
export async function readRawText(contentDir: string, file: string): Promise<string | null> {
  try {
    const decoded = decodeRaw(await readFile(path.join(contentDir, file)));
    return decoded.ok ? decoded.text : null;
  } catch {
    return null;
  }
}

/** Review data for the articles of one build. */
export async function collectReview(
  contentDir: string,
  articles: readonly IngestedArticle[],
  skipped: readonly SkippedFile[],
  model: SiteModel,
): Promise<ReviewData> {
  const byId = new Map(articles.map((a) => [a.frontMatter.id, a]));
  const idByUrl = new Map(model.articles.map((a) => [a.url, a.fm.id]));
  const rawTexts: (string | null)[] = new Array(model.articles.length).fill(null);
  // A few files at a time: a large archive must not open thousands of files at once.
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < model.articles.length) {
      const i = next++;
      rawTexts[i] = await readRawText(contentDir, model.articles[i]!.fm.file);
    }
  };
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
  const inputs = model.articles.map((a, i) => ({
    frontMatter: a.fm,
    removed: byId.get(a.fm.id)?.removed ?? [],
    rawText: rawTexts[i]!,
    url: a.url,
    sameStory: a.sameStory.map((s) => idByUrl.get(s.url) ?? s.url),
  }));
  return { entries: buildReview(inputs), skipped: [...skipped], correctionsFile: path.relative(".", correctionsPath(contentDir)) };
}
