/**
 * An article's raw lines as editors review them: each line kept, removed (with its reason) or
 * blank, and each kept line's paragraph. Kept apart from review.ts so that the extraction workers
 * can make them while they hold the decoded text (src/ingest/extract-file.ts): the build then
 * writes each review text file without reading and decoding the raw file again.
 */
import { splitLines } from "../extract/lines.ts";
import { paragraphsOf } from "../extract/paragraphs.ts";
import type { RemovedLine } from "../extract/types.ts";
import { reasonLabel } from "./reasons.ts";

export type LineStatus = "kept" | "removed" | "blank";

export interface ReviewLine {
  /** 1-based line number in the raw file. */
  n: number;
  text: string;
  status: LineStatus;
  /** Why the line was removed as boilerplate. */
  reason: string | null;
  /** For a kept line: the article paragraph it went into (1-based, in the order of kept paragraphs, the headline counted). */
  paragraph: number | null;
  /** True when the line was re-joined with the lines around it into one paragraph (a hard-wrapped page). */
  joined: boolean;
}

/**
 * Marks each raw line kept, removed (with its reason) or blank, and maps each kept line to the
 * paragraph it went into: extraction re-joins a hard-wrapped page's lines into paragraphs the same way
 * (paragraphsOf), so the mapping is made again from the raw text.
 */
export function reviewLines(rawText: string, removed: readonly RemovedLine[]): ReviewLine[] {
  const reasons = new Map(removed.map((r) => [r.line, r.reason]));
  const lines = splitLines(rawText);
  const paragraphOf = new Map<number, { number: number; joined: boolean }>();
  let number = 0;
  for (const p of paragraphsOf(lines)) {
    if (p.lines.every((n) => reasons.has(n))) continue;
    number++;
    for (const n of p.lines) paragraphOf.set(n, { number, joined: p.lines.length > 1 });
  }
  return lines.map((text, i) => {
    const reason = reasons.get(i + 1);
    const status: LineStatus = reason !== undefined ? "removed" : text === "" ? "blank" : "kept";
    const paragraph = status === "kept" ? paragraphOf.get(i + 1) : undefined;
    return { n: i + 1, text, status, reason: reason ?? null, paragraph: paragraph?.number ?? null, joined: paragraph?.joined ?? false };
  });
}

/**
 * The JSON of the lines as a review text file lists them (src/editors/review-text.ts): each line
 * with only the fields that apply to it, the reason as editors read it.
 */
export function reviewLinesJson(lines: readonly ReviewLine[]): string {
  return JSON.stringify(
    lines.map((l) => ({
      n: l.n,
      text: l.text,
      status: l.status,
      ...(l.reason !== null ? { reason: reasonLabel(l.reason) } : {}),
      ...(l.paragraph !== null ? { paragraph: l.paragraph } : {}),
      ...(l.joined ? { joined: true as const } : {}),
    })),
  );
}
