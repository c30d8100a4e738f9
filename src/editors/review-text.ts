/**
 * The raw text of each article for the editors' review, as one small JSON file per article
 * (/bien-tap/van-ban/<name>.json) that the review page loads when an editor opens it, instead of
 * every raw text repeated inside the review pages' HTML.
 *
 * The format is generic: every raw line with its number, its text and its status, and optional
 * fields left out where they do not apply (why a line was removed, which paragraph of the article
 * a kept line went into), so extraction can report more about each line without a new format.
 */
import { hash } from "node:crypto";
import { memoized } from "../memo.ts";
import { REVIEW_PATH } from "./pages.ts";
import { reviewLinesJson, type LineStatus, type ReviewLine } from "./review-lines.ts";

/** The folder of the per-article files, under the review section. */
export const REVIEW_TEXT_PATH = `${REVIEW_PATH}van-ban/`;

/** One raw line in a review text file. */
export interface ReviewTextLine {
  /** 1-based line number in the raw file. */
  n: number;
  text: string;
  status: LineStatus;
  /** Why extraction removed the line (status "removed"), as editors read it (./reasons.ts). */
  reason?: string;
  /** For a kept line: the article paragraph it went into (1-based, the headline counted). */
  paragraph?: number;
  /** Present when the line was re-joined with the lines around it into that paragraph (a hard-wrapped page). */
  joined?: true;
}

/** A review text file: the article's id and raw file, and its raw lines (empty when the file cannot be read). */
export interface ReviewText {
  id: string;
  file: string;
  lines: ReviewTextLine[];
}

/**
 * The site path of an article's review text file (named by a hash of its id, which may hold any
 * character). Asked for every article at every build, by the page sets, the build and the review pages.
 */
export const reviewTextUrl = memoized((id: string): string => `${REVIEW_TEXT_PATH}${hash("sha1", id, "hex").slice(0, 16)}.json`);

/**
 * The JSON of an article's review text: its id, its raw file and its lines, given as ReviewLines
 * or as the JSON reviewLinesJson made of them (kept with the article's text since its extraction).
 */
export function reviewTextJson(id: string, file: string, lines: readonly ReviewLine[] | string): string {
  const linesJson = typeof lines === "string" ? lines : reviewLinesJson(lines);
  // The same bytes as JSON.stringify of a ReviewText, without parsing the lines again.
  return `{"id":${JSON.stringify(id)},"file":${JSON.stringify(file)},"lines":${linesJson}}\n`;
}
