/**
 * Extraction orchestrator: raw text in, article parts out. Each concern lives in its own module;
 * this file only wires them together and collects warnings.
 */
import { splitLines, joinText } from "./lines.ts";
import { stripBoilerplate } from "./boilerplate.ts";
import { extractDate } from "./date.ts";
import { extractPartners } from "./partners.ts";
import { extractEvent } from "./event.ts";
import { extractLocation } from "./location.ts";
import { extractParticipants } from "./participants.ts";
import { extractOutlet } from "./outlet.ts";
import { extractCredits } from "./credits.ts";
import type { ExtractedArticle } from "./types.ts";

export interface ExtractOptions {
  /** Dates after this are impossible (defaults to now). */
  today?: Date;
}

/** Extracts the article and its metadata from the text of one scraped page. */
export function extractArticle(text: string, options: ExtractOptions = {}): ExtractedArticle {
  const lines = splitLines(text);
  const cleaned = stripBoilerplate(lines);
  const bodyText = joinText(cleaned.blocks);
  const headAndBody = [cleaned.title ?? "", bodyText].join("\n");
  const captions = cleaned.blocks.filter((b) => b.kind === "caption").map((b) => b.text);

  const date = extractDate(lines, options.today ?? new Date());
  const partners = extractPartners(headAndBody);
  const event = extractEvent(headAndBody);
  const participants = extractParticipants(bodyText);
  const warnings: string[] = [];
  if (cleaned.title === null) warnings.push("no headline found");
  if (date.date === null) warnings.push(`no date: ${date.basis}`);
  if (participants.length === 0) warnings.push("no participants found");
  if (cleaned.blocks.length === 0) warnings.push("no article text found");

  return {
    title: cleaned.title,
    date,
    partners,
    event,
    location: extractLocation(cleaned.blocks.map((b) => b.text)),
    participants,
    outlet: extractOutlet(lines),
    credits: extractCredits(captions, cleaned.bylines),
    blocks: cleaned.blocks,
    removed: cleaned.removed,
    warnings,
  };
}
