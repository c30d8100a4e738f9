/** Describes each non-empty line of a page once: its shape, and whether it is furniture on its own. */
import { LIST_ITEM_TAGS, OUTLET_TAG } from "../vocabulary/boilerplate.ts";
import { shape } from "../settings.ts";
import { chromeReason, linkShapeReason, undecorated } from "./chrome.ts";
import { markerKind, type MarkerKind } from "./markers.ts";
import { isSourceLine } from "./bylines.ts";
import { endsSentence, functionShareOf, hasPhotoCredit, isHeadlineShaped, isProse, keyOf, pairsOfWords } from "./shape.ts";
import { letterRuns } from "../chars.ts";
import type { Paragraph } from "../paragraphs.ts";
import { lineHash } from "../line-hash.ts";

/** One paragraph of the page (a non-empty raw line, or hard-wrapped lines re-joined) and what its shape says. */
export interface PageLine {
  /** 1-based raw line number (the first, for re-joined lines). */
  line: number;
  /** Every raw line the paragraph came from. */
  lines: readonly number[];
  /** The text as printed (what the article keeps). */
  text: string;
  /** The text without the bullets and bars a scraper left around it ("• …", "… |"): what its shape is judged on. */
  bare: string;
  /** The text lower-cased, for comparisons. */
  key: string;
  /** Its lower-cased words (letters and digits), computed once for the measures that count them. */
  words: readonly string[];
  /** Running text (sentence punctuation or long). */
  prose: boolean;
  /** Short sentence: a caption or a one-line quote. */
  shortProse: boolean;
  /** Ends with a photo credit ("(Ảnh: Trọng Đức/TTXVN)", "Ảnh: Ngô Tùng"): a caption, whatever its punctuation. */
  caption: boolean;
  /** Short, capitalised, unpunctuated: a headline, sub-heading or link. */
  headline: boolean;
  /** Why the line is furniture by itself (clock, widget, file name…), or null. */
  chrome: string | null;
  /** Why the line is a link to another story by its shape ("X X", "[Video] …"), or null. */
  link: string | null;
  marker: MarkerKind | null;
  /** "Theo TTXVN", "Nguồn: …". */
  source: boolean;
  /** Opens with an outlet tag ("(GLO)-", "TTO - "). */
  outletTag: boolean;
  /** Ends cut short ("…", "..."): teasers of other stories are truncated. */
  truncated: boolean;
  /** Share of its syllables that are function words (của, và, được…): high in running text, low in headlines and menus. */
  functionShare: number;
}

/** Sentences shorter than this are captions or quotes rather than paragraphs. */
const SHORT_PROSE_CHARS = 80;

function describe(printed: string, lines: readonly number[], known: ReadonlyMap<number, string> | undefined): PageLine {
  const text = undecorated(printed);
  const key = keyOf(text);
  const words = letterRuns(key);
  const learned = known === undefined || known.size === 0 ? null : (known.get(lineHash(key)) ?? null);
  const marker = learned === null ? markerKind(text, key) : null;
  const source = marker === null && learned === null && isSourceLine(text, key);
  const chrome = learned ?? (marker === null && !source ? chromeReason(text, key) : null);
  const link = marker === null && chrome === null ? (linkShapeReason(text) ?? (LIST_ITEM_TAGS.test(text) ? "tagged link to another story" : null)) : null;
  const plain = marker === null && chrome === null && !source;
  const caption = plain && link === null && text.length <= shape.captionMaxChars && hasPhotoCredit(text);
  const prose = plain && link === null && (caption || isProse(text));
  return {
    line: lines[0]!,
    lines,
    text: printed,
    bare: text,
    key,
    words,
    prose,
    shortProse: caption || (prose && text.length < SHORT_PROSE_CHARS && endsSentence(text)),
    caption,
    headline: plain && !caption && (link !== null || isHeadlineShaped(text)),
    chrome,
    link,
    marker,
    source,
    outletTag: OUTLET_TAG.test(text),
    truncated: /(?:\.\.\.|…)["”]?$/u.test(text) && text.length > shape.headlineMinWords,
    functionShare: functionShareOf(words),
  };
}

/**
 * The paragraphs of a page (see paragraphs.ts), described. `known` maps the hashes (see
 * ../line-hash.ts) of lines learned to be furniture across the archive to the reason reported for them.
 */
export function describePage(paragraphs: readonly Paragraph[], known?: ReadonlyMap<number, string>): PageLine[] {
  return paragraphs.map((p) => describe(p.text, p.lines, known));
}

const pairCache = new WeakMap<PageLine, Set<string>>();

/** The line's word pairs, computed once (list items are compared with their neighbours many times). */
export function pairsOf(p: PageLine): Set<string> {
  let pairs = pairCache.get(p);
  if (pairs === undefined) pairCache.set(p, (pairs = pairsOfWords(p.words)));
  return pairs;
}
