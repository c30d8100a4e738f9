/**
 * Extraction orchestrator: raw text in, article parts out. Each concern lives in its own module;
 * this file only wires them together and collects warnings.
 */
import { splitLines } from "./lines.ts";
import { dates as dateSettings } from "./settings.ts";
import { stripBoilerplate } from "./boilerplate.ts";
import { extractDate } from "./date.ts";
import { extractPartners } from "./partners.ts";
import { extractEvent } from "./event.ts";
import { extractLocation } from "./location.ts";
import { extractPeople } from "./participants.ts";
import { extractOutlet } from "./outlet.ts";
import { extractCredits } from "./credits.ts";
import { deriveTitle } from "./title.ts";
import { lineHash } from "./line-hash.ts";
import { keyOf } from "./boilerplate/shape.ts";
import { OUTLET_TAG } from "./vocabulary/boilerplate.ts";
import type { CleanedArticle, ExtractedArticle } from "./types.ts";

export interface ExtractOptions {
  /** Dates after this are impossible (defaults to now). */
  today?: Date;
  /** Lines learned to be furniture across the archive, by line hash, with their reason (see ../ingest/furniture.ts). */
  knownFurniture?: ReadonlyMap<number, string>;
  /** The raw file's path under the content folder ("vov.vn/2024/a.txt"): a folder named after a site names the outlet. */
  source?: string;
}

/** Raw lines outside the article at the top of the page (before its first block, or removed near the headline), nearest the headline first. */
function headerLines(lines: readonly string[], cleaned: CleanedArticle): string[] {
  const firstBlock = cleaned.blocks[0]?.line ?? lines.length + 1;
  const nearTitle = (cleaned.titleLine ?? 0) + dateSettings.clockLinesAfterTitle;
  const removed = new Set(cleaned.removed.filter((r) => r.line <= nearTitle).map((r) => r.line));
  // Where the page prints no headline, its top is the article's first block.
  const title = cleaned.titleLine ?? firstBlock;
  // A portal's header shows today's date among its menus, far above the headline: only lines near it count.
  const near = nearLines(lines, title, dateSettings.clockLinesAroundTitle);
  // Nearest the headline first: a ticker of other stories' clocks at the top of the page comes last.
  return lines
    .map((text, i) => ({ text, line: i + 1 }))
    .filter(({ line }) => (line < firstBlock || removed.has(line)) && near(line))
    .sort((a, b) => Math.abs(a.line - title) - Math.abs(b.line - title))
    .map(({ text }) => text);
}

/** An outlet's tag or site name before a dash ("TPO - ", "(Dân trí) - ", "Laocaitv.vn - "). */
const SITE_TAG = /^[\p{L}\d-]+\.(?:vn|com|net|org)(?:\.vn)?\s?[-–—]\s/u;

/** A block read as a caption that opens with an outlet's tag is the lead: no photo caption carries one. */
function opensWithOutletTag(text: string): boolean {
  return OUTLET_TAG.test(text) || SITE_TAG.test(text);
}

/** Whether a raw line stands within `reach` non-empty lines of line `anchor`. */
function nearLines(lines: readonly string[], anchor: number, reach: number): (line: number) => boolean {
  const nonEmptyBefore: number[] = [];
  let count = 0;
  lines.forEach((text, i) => {
    nonEmptyBefore[i + 1] = count;
    if (text.trim() !== "") count++;
  });
  const at = nonEmptyBefore[Math.min(Math.max(anchor, 1), lines.length)] ?? 0;
  return (line) => Math.abs((nonEmptyBefore[line] ?? 0) - at) <= reach;
}

/** Extracts the article and its metadata from the text of one scraped page. */
export function extractArticle(text: string, options: ExtractOptions = {}): ExtractedArticle {
  const lines = splitLines(text);
  const cleaned = stripBoilerplate(lines, { knownFurniture: options.knownFurniture });
  const blocks = cleaned.blocks.map((b) => b.text);
  const lead = cleaned.blocks.filter((b) => (b.kind !== "caption" || opensWithOutletTag(b.text)) && b.kind !== "byline").map((b) => b.text);
  const captions = cleaned.blocks.filter((b) => b.kind === "caption" || /(?<![\p{L}])Ảnh\s?:/u.test(b.text)).map((b) => b.text);

  // Captions are article text too: their full dates ("…, ngày 15-10-2024. Ảnh: …") support the year.
  // Publication lines stand near the headline or among the bylines and source lines ("Nguồn tin: Lao Động, 12/02/2008").
  const header = [...headerLines(lines, cleaned), ...cleaned.bylines];
  const date = extractDate({ article: [cleaned.title ?? "", ...blocks], header, today: options.today ?? new Date() });
  const credits = extractCredits(captions, cleaned.bylines, blocks.at(-1));
  const event = extractEvent({ title: cleaned.title, lead: lead.slice(0, 3) });
  const people = extractPeople([cleaned.title ?? "", ...blocks], credits);
  const participants = people.participants;
  const partners = extractPartners({ title: cleaned.title, event: event.event, blocks: lead, participantTitles: participants.map((p) => p.title) });
  const warnings: string[] = [];
  const title = cleaned.title ?? deriveTitle(cleaned.blocks);
  if (cleaned.title === null && title !== null) warnings.push("no headline on the page: title derived from the lead");
  if (date.date === null) warnings.push(`no date: ${date.basis}`);
  else if (date.basis.startsWith("page clock")) warnings.push("date is the page's clock (publication or scrape time), not an event day in the text");
  if (participants.length === 0) warnings.push("no participants found");
  if (partners.names.length === 0) warnings.push("no partner country found");
  if (cleaned.blocks.length === 0) warnings.push("no article text found");

  return {
    title,
    titleDerived: cleaned.title === null,
    date,
    partners,
    event,
    location: extractLocation(lead, cleaned.title),
    participants,
    mentioned: people.mentioned,
    outlet: extractOutlet(lines, options.source),
    credits,
    blocks: cleaned.blocks,
    removed: cleaned.removed,
    warnings,
    repeatables: { ...cleaned.repeatables, title: cleaned.title === null ? null : lineHash(keyOf(cleaned.title)) },
  };
}
