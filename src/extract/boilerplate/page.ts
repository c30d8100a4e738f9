/** Describes each non-empty line of a page once: its shape, and whether it is furniture on its own. */
import { LIST_ITEM_TAGS, OUTLET_TAG } from "../vocabulary/boilerplate.ts";
import { shape } from "../settings.ts";
import { chromeReason, linkShapeReason } from "./chrome.ts";
import { markerKind, type MarkerKind } from "./markers.ts";
import { isSourceLine } from "./bylines.ts";
import { endsSentence, hasPhotoCredit, isHeadlineShaped, isProse, keyOf, wordPairs } from "./shape.ts";

/** One non-empty raw line and what its shape says. */
export interface PageLine {
  /** 1-based raw line number. */
  line: number;
  text: string;
  /** The text lower-cased, for comparisons. */
  key: string;
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
}

/** Sentences shorter than this are captions or quotes rather than paragraphs. */
const SHORT_PROSE_CHARS = 80;

function describe(text: string, line: number): PageLine {
  const key = keyOf(text);
  const marker = markerKind(text, key);
  const source = marker === null && isSourceLine(text, key);
  const chrome = marker === null && !source ? chromeReason(text, key) : null;
  const link = marker === null && chrome === null ? (linkShapeReason(text) ?? (LIST_ITEM_TAGS.test(text) ? "tagged link to another story" : null)) : null;
  const plain = marker === null && chrome === null && !source;
  const caption = plain && link === null && text.length <= shape.captionMaxChars && hasPhotoCredit(text);
  const prose = plain && link === null && (caption || isProse(text));
  return {
    line,
    text,
    key,
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
  };
}

/** The non-empty lines of a page (raw line N is `lines[N-1]`), described. */
export function describePage(lines: readonly string[]): PageLine[] {
  const page: PageLine[] = [];
  lines.forEach((text, i) => {
    if (text.trim() !== "") page.push(describe(text, i + 1));
  });
  return page;
}

const pairCache = new WeakMap<PageLine, Set<string>>();

/** The line's word pairs, computed once (list items are compared with their neighbours many times). */
export function pairsOf(p: PageLine): Set<string> {
  let pairs = pairCache.get(p);
  if (pairs === undefined) pairCache.set(p, (pairs = wordPairs(p.text)));
  return pairs;
}
