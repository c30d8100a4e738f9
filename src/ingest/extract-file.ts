/**
 * One raw file's whole ingest work, the unit the worker threads run: extract, render the body's
 * HTML, and take what the site needs of every article without reading its text again (summary,
 * same-story sketch, the raw lines of its review text file).
 */
import { processRaw } from "./article.ts";
import { renderBlocks } from "../render/markdown.ts";
import { summarize } from "../site/summary.ts";
import { storySketch } from "../site/story-sketch.ts";
import { reviewLines, reviewLinesJson } from "../editors/review-lines.ts";
import type { ExtractOptions } from "../extract/index.ts";
import type { ArticleText, CachedRaw } from "./cache.ts";
import type { FileRepeatables } from "./furniture.ts";

/**
 * What became of one file: its catalogue record and text (and the lines that may repeat across the
 * archive, for learning its furniture, see furniture.ts), or an error or a time-out (see pool.ts)
 * that is reported but never cached, so the next build tries the file again.
 */
export type FileOutcome =
  | { ok: "done"; raw: CachedRaw; text: ArticleText | null; repeatables?: FileRepeatables }
  | { ok: "error"; message: string }
  | { ok: "timeout"; seconds: number };

export function extractFile(bytes: Uint8Array, file: string, options: ExtractOptions): FileOutcome {
  try {
    const processed = processRaw(bytes, file, options);
    if (!processed.ok) return { ok: "done", raw: { ok: false, reason: processed.reason }, text: null };
    const { rawText, frontMatter, body, blocks, removedLines, recheckOn, repeatables } = processed;
    return {
      ok: "done",
      raw: { ok: true, frontMatter, summary: summarize(body), story: storySketch(body), removedCount: removedLines.length, recheckOn },
      text: { body, html: renderBlocks(blocks), removedLines, review: reviewLinesJson(reviewLines(rawText, removedLines)) },
      repeatables,
    };
  } catch (error) {
    return { ok: "error", message: (error as Error).message };
  }
}
