/**
 * Collects photographers, reporters and agencies from captions and bylines:
 * "Ảnh: Dương Giang/TTXVN" → "Dương Giang", "TTXVN"; "Theo Hiền Hạnh (TTXVN/Vietnam+)" → "Hiền Hạnh",
 * "TTXVN", "Vietnam+"; "Theo TTXVN" → "TTXVN"; "Quang Hưng/VOV.VN" → "Quang Hưng", "VOV.VN"; a lone byline
 * name ("Hải An") as it stands.
 */
import { shape } from "./settings.ts";
import { allMatches } from "./matches.ts";

/** "Ảnh: X", "(Ảnh: X)", "Tin, ảnh: X", "Bài và ảnh: X", "Video: X", "Đồ họa: X". */
const LABELLED = /(?:^|\(|\s)(?:[Ảả]nh|Tin,? ảnh|Tin và ảnh|Bài,? ảnh|Bài và ảnh|Bài|Video|Clip|Đồ họa|Đồ hoạ|Thực hiện|Nguồn)\s?:\s?([^()\n:]{1,80}?)\s*(?:\)|\.?\s*$)/gu;
/** "Theo X", "Theo X (A/B)". */
const THEO = /^Theo\s([^()\n]{1,60}?)\s*(?:\(([^()\n]{1,60})\))?\.?$/u;
/** A lone name: two to six capitalized words ("Hải An", "Minh Hà - Đức Anh"). */
const LONE_NAME = /^\p{Lu}[\p{L}]*(?:[\s-]{1,3}\p{Lu}[\p{L}]*){1,5}$/u;
/** A reporter and an agency or site: "Quang Hưng/VOV.VN", "Thu Hà (TTXVN)". */
const NAME_AGENCY = /^\p{Lu}[\p{L} -]{1,40}(?:\/|\s\()[\p{Lu}][\p{L}\p{N}.+ ]{1,24}\)?$/u;
/** Parts of a credit: "A/B", "A - B", "A, B", "A và B". */
const SEPARATOR = /\s?\/\s?|\s[-–]\s|,\s?|\svà\s/u;

function parts(text: string): string[] {
  return text
    .split(SEPARATOR)
    .map((p) => p.replace(/^[\s.(]+|[\s.)]+$/g, ""))
    .filter((p) => p !== "" && p.length <= 40);
}

/** Credits of one byline line, or none. */
function fromByline(line: string): string[] {
  const text = line.trim();
  if (text === "" || text.length > shape.bylineMaxChars) return [];
  const theo = THEO.exec(text);
  if (theo) return [...parts(theo[1]!), ...(theo[2] ? parts(theo[2]) : [])];
  if (NAME_AGENCY.test(text)) return parts(text.replace(/\s?\(/, "/"));
  const labelled = allMatches(LABELLED, text).flatMap((m) => parts(m[1]!));
  if (labelled.length > 0 || /:\s*$/.test(text)) return labelled;
  return LONE_NAME.test(text) && text.split(/\s+/).length <= shape.nameBylineMaxWords ? parts(text) : [];
}

/** Returns every distinct credit, captions first, then bylines, then a closing "Theo …" left in the text. */
export function extractCredits(captions: readonly string[], bylines: readonly string[], lastBlock?: string): string[] {
  const credits = new Set<string>();
  for (const caption of captions) for (const m of allMatches(LABELLED, caption)) parts(m[1]!).forEach((p) => credits.add(p));
  for (const line of bylines) fromByline(line).forEach((p) => credits.add(p));
  if (lastBlock && THEO.test(lastBlock.trim()) && lastBlock.length <= shape.bylineMaxChars) fromByline(lastBlock).forEach((p) => credits.add(p));
  return [...credits];
}
