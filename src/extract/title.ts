/**
 * A title for a page that prints no headline (the scrape starts at the lead, or at a photo caption):
 * the first sentence of the lead, cut at a word boundary. The front-matter records that it was
 * derived, so editors see it flagged and can correct it.
 */
import { title as settings } from "./settings.ts";
import { OUTLET_TAG } from "./vocabulary/boilerplate.ts";
import type { Block } from "./types.ts";
import { FUNCTION_WORDS } from "./vocabulary/function-words.ts";

/** A sentence ends at ".", "!", "?" or "…" (closing quotes aside) before a space and a capital or a quote. */
const SENTENCE_BREAK = /[.!?…]["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])/u;
const TRAILING_MARKS = /[\s.,;:…]+$/u;

/** The first sentence of `text`, without the outlet tag before the lead ("TTO - ") or its final full stop. */
export function firstSentence(text: string): string {
  const bare = text.replace(OUTLET_TAG, "").trim();
  const end = SENTENCE_BREAK.exec(bare);
  const sentence = end === null ? bare : bare.slice(0, end.index + end[0].length);
  return sentence.replace(TRAILING_MARKS, "") || bare;
}

/**
 * `text` cut at the last word boundary within `max` characters, marked "…" when cut; a cut title does
 * not end on a function word ("… sang thăm và…" reads "… sang thăm…").
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(" ", max - 1);
  const words = (space > max / 2 ? text.slice(0, space) : text.slice(0, max - 1)).replace(TRAILING_MARKS, "").split(" ");
  while (words.length > 1 && FUNCTION_WORDS.has(words.at(-1)!.toLowerCase())) words.pop();
  return `${words.join(" ").replace(TRAILING_MARKS, "")}…`;
}

/**
 * The title derived from the article's lead: its first paragraph when one opens the article (a photo's
 * caption may come first), else its first block (a gallery's first caption); null without text.
 */
export function deriveTitle(blocks: readonly Block[]): string | null {
  const text = blocks.filter((b) => b.kind !== "byline");
  const lead = text.slice(0, settings.leadSearchBlocks).find((b) => b.kind === "paragraph") ?? text[0] ?? blocks[0];
  if (lead === undefined) return null;
  return cutAtWord(firstSentence(lead.text), settings.derivedMaxChars);
}
