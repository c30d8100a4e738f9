/**
 * A title for a page that prints no headline (the scrape starts at the lead, or at a photo caption):
 * the first sentence of the lead, cut at a word boundary. The front-matter records that it was
 * derived, so editors see it flagged and can correct it.
 */
import { title as settings } from "./settings.ts";
import { OUTLET_TAG } from "./vocabulary/boilerplate.ts";
import type { Block } from "./types.ts";

/** A sentence ends at ".", "!", "?" or "…" (closing quotes aside) before a space and a capital or a quote. */
const SENTENCE_BREAK = /[.!?…]["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])/u;
const TRAILING_MARKS = /[\s.,;:…]+$/u;

/** The first sentence of `text`, without the outlet tag before the lead ("TTO - ") or its final full stop. */
export function firstSentence(text: string): string {
  const bare = text.replace(OUTLET_TAG, "").trim();
  const end = SENTENCE_BREAK.exec(bare);
  const sentence = end === null ? bare : bare.slice(0, end.index + 1);
  return sentence.replace(TRAILING_MARKS, "") || bare;
}

/** `text` cut at the last word boundary within `max` characters, marked "…" when cut. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(" ", max - 1);
  const cut = (space > max / 2 ? text.slice(0, space) : text.slice(0, max - 1)).replace(TRAILING_MARKS, "");
  return `${cut}…`;
}

/** The title derived from the article's lead (its first paragraph; a gallery's first caption), or null without text. */
export function deriveTitle(blocks: readonly Block[]): string | null {
  const lead = blocks.find((b) => b.kind === "paragraph") ?? blocks.find((b) => b.kind !== "byline") ?? blocks[0];
  if (lead === undefined) return null;
  return cutAtWord(firstSentence(lead.text), settings.derivedMaxChars);
}
