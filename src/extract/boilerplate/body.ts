/**
 * Inside the article: keeps each paragraph, sub-heading and caption once, and drops repeats
 * (captions printed twice, alt text repeating a caption or the headline, the lead repeated).
 */
import { shape } from "../settings.ts";
import { OUTLET_TAG } from "../vocabulary/boilerplate.ts";
import type { Block, RemovedLine } from "../types.ts";
import type { PageLine } from "./page.ts";
import { keyOf, sentenceCount } from "./shape.ts";
import { isSignature } from "./bylines.ts";

export interface BodyResult {
  blocks: Block[];
  removed: RemovedLine[];
}

/** Why a paragraph is furniture by itself (its own shape or vocabulary, or a list it stands in), or null. */
export function furnitureReason(p: PageLine, listReason: string | null): string | null {
  if (p.marker === "terminal") return "comment section";
  if (p.marker === "list" || p.marker === "media") return "list marker";
  if (p.marker === "link") return "link to another story";
  if (listReason !== null) return listReason;
  if (p.chrome !== null) return p.chrome;
  if (p.link !== null) return p.link;
  return null;
}

/**
 * Turns the article's lines (page indices `first`..`last`) into blocks. `listReason(i)` says why a
 * line belongs to a list of other stories, `titleKey` is the headline lower-cased, `titleIndex` its
 * page index (skipped when the headline stands inside the article's lines).
 */
export function articleBlocks(
  page: readonly PageLine[],
  first: number,
  last: number,
  listReason: (i: number) => string | null,
  titleKey: string | null,
  titleIndex: number | null,
): BodyResult {
  const result: BodyResult = { blocks: [], removed: [] };
  const seen = new Set<string>();
  // The next kept line is a caption: it follows an image (file name, alt text, headline repeated for the photo).
  let afterImage = false;
  const remove = (p: PageLine, reason: string) => result.removed.push({ line: p.line, text: p.text, reason });

  // The page line of the last kept block, for comparisons by key.
  let previousLine: PageLine | undefined;
  for (let i = first; i <= last; i++) {
    if (i === titleIndex) continue;
    const p = page[i]!;
    const key = p.key;
    const previous = result.blocks.at(-1);
    const furniture = furnitureReason(p, listReason(i));
    if (furniture !== null) {
      remove(p, furniture);
      afterImage ||= furniture === "image file name";
      continue;
    }
    if (p.source) {
      if (isEmptySource(p.text)) remove(p, "empty source line");
      else result.blocks.push(blockOf(p, "byline"));
      continue;
    }
    if (titleKey !== null && key === titleKey) {
      remove(p, "repeats the headline (image alt text)");
      // Alt text after its caption closes the photo; before it, announces the caption.
      afterImage = previous?.kind !== "caption" || previous.line !== page[i - 1]?.line;
      continue;
    }
    if (titleIndex !== null && i < titleIndex && repeatedBelow(page, i, titleIndex + 1, last)) {
      remove(p, "page description repeating the lead");
      continue;
    }
    if (seen.has(key)) {
      const twin = previous !== undefined && previousLine?.key === key;
      if (twin) previous.kind = "caption";
      remove(p, twin ? "caption printed twice" : "repeated line");
      continue;
    }
    if (isAltText(p, previousLine, page[i + 1])) {
      remove(p, "image alt text repeating the caption");
      if (previous !== undefined && previous.line === page[i - 1]?.line) previous.kind = "caption";
      else afterImage = true;
      continue;
    }
    seen.add(key);
    // A caption is one sentence at most; a longer line after an image is the next paragraph.
    const captionSized = p.bare.length <= shape.captionMaxChars && sentenceCount(p.bare) <= 1;
    const kind =
      (afterImage && captionSized) || p.caption ? "caption"
      : isSignature(p.bare) ? "byline"
      : p.headline && p.bare.length <= shape.headingMaxChars ? "heading"
      : "paragraph";
    result.blocks.push(blockOf(p, kind));
    previousLine = p;
    afterImage = false;
  }
  const cleaned = dropHeadlineRuns(result, page);
  // A heading introduces text; one left last is a paragraph (an unfinished one, where a file was cut).
  const tail = cleaned.blocks.at(-1);
  if (tail?.kind === "heading") tail.kind = "paragraph";
  return cleaned;
}

/** A source line a template left without its source ("Nguồn:"). */
export const isEmptySource = (text: string): boolean => /^\(?nguồn\s*:?\)?$/iu.test(text.trim());

/** The block a paragraph becomes, with its raw lines when it was re-joined from several. */
export function blockOf(p: PageLine, kind: Block["kind"]): Block {
  return p.lines.length > 1 ? { kind, text: p.text, line: p.line, lines: [...p.lines] } : { kind, text: p.text, line: p.line };
}

/** A list item inside the article ("1. …", "- …", "• …") may be unpunctuated without being a link. */
const ENUMERATED = /^(?:\d{1,2}[.)/]|[-+•*–])\s/u;

/**
 * Sub-headings never come three in a row: such a run is a box of links to other stories. Runs
 * introduced by a colon ("Thành phần đoàn gồm:") or enumerated are the article's own lists, and runs
 * worded like running text (a gallery's unpunctuated captions, "Các quán cafe khá đông khách") are
 * its captions: headlines have few function words.
 */
function dropHeadlineRuns(result: BodyResult, page: readonly PageLine[]): BodyResult {
  const blocks: Block[] = [];
  const { blocks: all } = result;
  const shareOf = new Map(page.map((p) => [p.line, p.functionShare]));
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]!.kind === "heading") j++;
    const run = all.slice(i, Math.max(j, i + 1));
    const introduced = i > 0 && /:$/u.test(all[i - 1]!.text);
    const worded = run.reduce((t, b) => t + (shareOf.get(b.line) ?? 0), 0) / run.length >= shape.captionRunMinShare;
    if (j - i >= shape.headlineRunMin && !introduced && !worded && !run.some((b) => ENUMERATED.test(b.text))) {
      for (const b of run) result.removed.push({ line: b.line, text: b.text, reason: "run of headlines (links to other stories)" });
    } else blocks.push(...run.map((b) => (j - i >= shape.headlineRunMin && worded ? { ...b, kind: "caption" as const } : b)));
    i = Math.max(j, i + 1);
  }
  return { ...result, blocks };
}

/** True when a later line of the article (`from`..`last`) contains line `i`, outlet tag aside: a description printed above the headline. */
function repeatedBelow(page: readonly PageLine[], i: number, from: number, last: number): boolean {
  const key = keyOf(page[i]!.text.replace(OUTLET_TAG, ""));
  for (let j = from; j <= last; j++) if (page[j]!.key.includes(key)) return true;
  return false;
}

/** A short line that the neighbouring caption starts with: the photo's alt text printed beside its caption. */
function isAltText(p: PageLine, previous: PageLine | undefined, next: PageLine | undefined): boolean {
  if (p.prose && !p.shortProse) return false;
  const stem = p.key.replace(/[.…]+$/u, "");
  if (stem.length < shape.altTextMinChars) return false;
  const captionedBy = (n: PageLine | undefined) => n !== undefined && n.key.length > stem.length && n.key.startsWith(stem) && n.caption;
  return captionedBy(previous) || captionedBy(next);
}
