/** Splits raw text into normalized lines: NFC, any line ending, invisible spacing trimmed. */

/** Characters that only pad a line: no-break and zero-width spaces, BOM. */
const PADDING = /^[\s\u00a0\u200b\u200c\u200d\ufeff]+|[\s\u00a0\u200b\u200c\u200d\ufeff]+$/g;

/** Returns the lines of `text` (1-based line N is index N-1), each NFC-normalized and trimmed. */
export function splitLines(text: string): string[] {
  return text
    .normalize("NFC")
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(PADDING, "").replace(/[ \t\u00a0]+/g, " "));
}

/** Whitespace-collapsed text of all blocks, for the metadata extractors. */
export function joinText(parts: readonly { text: string }[]): string {
  return parts.map((p) => p.text).join("\n");
}
