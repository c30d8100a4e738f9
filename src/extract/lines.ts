/** Splits raw text into normalized lines: NFC, any line ending, invisible spacing trimmed. */
import { collapseBlanks } from "./chars.ts";

/** Characters that only pad a line: no-break and zero-width spaces, BOM. */
const PADDING = /[\s\u00a0\u200b\u200c\u200d\ufeff]/u;

/**
 * The line without padding at either end. A loop, not `/[…]+$/`: that pattern retries from every
 * position of a long inner run of spaces and takes quadratic time.
 */
function trimPadding(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && PADDING.test(line[start]!)) start++;
  while (end > start && PADDING.test(line[end - 1]!)) end--;
  return line.slice(start, end);
}

/** Returns the lines of `text` (1-based line N is index N-1), each NFC-normalized and trimmed. */
export function splitLines(text: string): string[] {
  return text
    .normalize("NFC")
    .split(/\r\n|\r|\n/)
    .map((line) => collapseBlanks(trimPadding(line)));
}

/** Whitespace-collapsed text of all blocks, for the metadata extractors. */
export function joinText(parts: readonly { text: string }[]): string {
  return parts.map((p) => p.text).join("\n");
}
