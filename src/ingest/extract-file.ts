/** One raw file's whole ingest work, the unit the worker threads run: extract, then render the body's HTML. */
import { processRaw } from "./article.ts";
import { renderMarkdown } from "../render/markdown.ts";
import type { ExtractOptions } from "../extract/index.ts";
import type { CachedRaw } from "./cache.ts";

/**
 * What became of one file: a cacheable result, or an error or a time-out (see pool.ts) that is
 * reported but never cached, so the next build tries the file again.
 */
export type FileOutcome = CachedRaw | { ok: "error"; message: string } | { ok: "timeout"; seconds: number };

export function extractFile(bytes: Uint8Array, file: string, options: ExtractOptions): FileOutcome {
  try {
    const processed = processRaw(bytes, file, options);
    if (!processed.ok) return { ok: false, reason: processed.reason };
    const { frontMatter, body, removedLines, recheckOn, repeatables } = processed;
    return { ok: true, frontMatter, body, html: renderMarkdown(body), removedLines, recheckOn, repeatables };
  } catch (error) {
    return { ok: "error", message: (error as Error).message };
  }
}
