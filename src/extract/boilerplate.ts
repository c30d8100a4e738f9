/**
 * Separates the article from the page's furniture.
 * First version: headline = first non-empty line; exact repeats dropped. (Issue 3 makes it good.)
 */
import type { Block, CleanedArticle, RemovedLine } from "./types.ts";

/** Returns the headline, the article blocks and the removed lines of a page's lines. */
export function stripBoilerplate(lines: readonly string[]): CleanedArticle {
  const blocks: Block[] = [];
  const removed: RemovedLine[] = [];
  const seen = new Set<string>();
  let title: string | null = null;
  let titleLine: number | null = null;
  lines.forEach((text, i) => {
    if (text === "") return;
    if (title === null) {
      title = text;
      titleLine = i + 1;
      seen.add(text);
      return;
    }
    if (seen.has(text)) {
      removed.push({ line: i + 1, text, reason: "repeated line" });
      return;
    }
    seen.add(text);
    blocks.push({ kind: "paragraph", text, line: i + 1 });
  });
  return { title, titleLine, blocks, bylines: [], removed };
}
