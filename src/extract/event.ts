/**
 * Finds the event and its number ("Đối thoại Chính sách quốc phòng Việt Nam-Campuchia lần thứ 5" → 5):
 * a numbered event in the headline, then in the lead; failing that an unnumbered one ("Điện đàm …").
 */
import type { EventResult } from "./types.ts";
import { metadata as settings } from "./settings.ts";
import { EVENT_HEADS, EVENT_NAME_STOPS, ORDINAL_WORDS, UNNUMBERED_EVENT_HEADS } from "./vocabulary/events.ts";
import { allMatches } from "./matches.ts";

export interface EventInput {
  title: string | null;
  /** Lead blocks of the article, in order. */
  lead: readonly string[];
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).map(escape).join("|");

const ORDINAL = String.raw`(\d{1,3}|[IVXLC]{1,7}|${alternation(ORDINAL_WORDS.map(([w]) => w))})`;
/**
 * Head (either case: "lần thứ N" makes even a lowercase one specific), then a bounded run without sentence
 * punctuation (lazily), then "lần thứ N". The head is literal and the gap bounded, so matching stays linear.
 */
const NUMBERED = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(EVENT_HEADS.flatMap((h) => [h, lowerFirst(h)]))})(?:[^.;:!?“”"\n]{0,${settings.eventNameMaxChars}}?)\slần(?:\sthứ)?\s${ORDINAL}(?![\p{L}\d])`, "gu");
const UNNUMBERED = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(UNNUMBERED_EVENT_HEADS)})\s[^.,;:!?“”"()\n]{3,${settings.eventNameMaxChars}}`, "gu");
const STOP = new RegExp(String.raw`\s(?:${alternation(EVENT_NAME_STOPS)})(?![\p{L}])`, "u");

/** The value of "5", "nhất", "XIV", or null. */
export function ordinalValue(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text) > 0 ? Number(text) : null;
  const word = ORDINAL_WORDS.find(([w]) => w === text.toLowerCase());
  if (word) return word[1];
  if (!/^[IVXLC]+$/.test(text)) return null;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let k = 0; k < text.length; k++) {
    const v = values[text[k]!]!, next = values[text[k + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

function numberedIn(text: string): EventResult | null {
  for (const m of allMatches(NUMBERED, text)) {
    const ordinal = ordinalValue(m[1]!);
    // A numbered event is a proper name even where the sentence writes its head in lowercase ("… giới thiệu giao lưu … lần thứ 2").
    if (ordinal !== null) return { event: upperFirst(m[0].replace(/\s+/g, " ").trim()), ordinal };
  }
  return null;
}

function unnumberedIn(text: string): string | null {
  for (const m of allMatches(UNNUMBERED, text)) {
    const name = m[0].split(STOP)[0]!.replace(/\s+/g, " ").trim();
    if (name.split(" ").length >= 3) return name;
  }
  return null;
}

/** Returns the event named by the headline or lead, with its number when it has one. */
export function extractEvent(input: EventInput): EventResult {
  const texts = [input.title ?? "", ...input.lead];
  for (const text of texts) {
    const found = numberedIn(text);
    if (found) return found;
  }
  for (const text of texts) {
    const name = unnumberedIn(text);
    if (name) return { event: name, ordinal: null };
  }
  return { event: null, ordinal: null };
}
